package dev.crm.customer.domain.clv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** The CDNOW sample of Fader &amp; Hardie (weeks), read from the test resources. */
final class CdnowSample {

    private CdnowSample() {
    }

    /** Rows ID,x,t_x,T,zbar: frequency, recency, age in weeks and mean repeat spend. */
    static List<PurchaseHistory> withSpend() {
        return read("/clv/cdnow_customers_summary_with_transactions.csv").stream()
                .map(f -> new PurchaseHistory(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[1]) == 0 ? 0 : Double.parseDouble(f[4])))
                .toList();
    }

    /** Rows ID,frequency,recency,T. */
    static List<PurchaseHistory> counts() {
        return read("/clv/cdnow_customers_summary.csv").stream()
                .map(f -> PurchaseHistory.of(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3])))
                .toList();
    }

    private static List<String[]> read(String resource) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(CdnowSample.class.getResourceAsStream(resource)), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
