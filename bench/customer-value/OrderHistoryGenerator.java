import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Writes an order CSV whose customers behave as the BG/NBD and Gamma-Gamma models assume, so a
 * fit on it is meaningful: each customer has a Poisson purchase rate λ ~ Gamma(r, α) per week,
 * after each purchase drops out with probability p ~ Beta(a, b), and spends per order
 * z ~ Gamma(p_s, ν) with ν ~ Gamma(q, γ). First purchases are spread over the first half of a
 * two-year window ending yesterday. Run: java OrderHistoryGenerator.java FILE CUSTOMERS [seed [alpha]]
 */
public class OrderHistoryGenerator {

    static final double R = 0.9, A = 0.8, B = 2.5;
    static final double P = 6, Q = 4, GAMMA = 15;

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int customers = Integer.parseInt(args[1]);
        SplittableRandom random = new SplittableRandom(args.length > 2 ? Long.parseLong(args[2]) : 42);
        double alpha = args.length > 3 ? Double.parseDouble(args[3]) : 10;
        LocalDate end = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        LocalDate start = end.minusWeeks(104);
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("customerRef,orderRef,orderedAt,amount,currency,margin,productCategory,channel\n");
            for (int c = 0; c < customers; c++) {
                double lambda = gamma(random, R) / alpha;
                double dropout = beta(random, A, B);
                double nu = gamma(random, Q) / GAMMA;
                double week = random.nextDouble() * 52;
                int order = 0;
                while (week <= 104) {
                    LocalDate day = start.plusDays((long) (week * 7));
                    if (day.isAfter(end)) {
                        break;
                    }
                    double amount = Math.max(0.01, gamma(random, P) / nu);
                    out.write(String.format("CUST-%07d,ORD-%07d-%03d,%s,%.2f,CNY,,cat-%d,online%n", c, c, order, day,
                            amount, c % 12));
                    rows++;
                    order++;
                    if (order > 1 && random.nextDouble() < dropout) {
                        break;
                    }
                    if (lambda <= 0) {
                        break;
                    }
                    week += -Math.log(1 - random.nextDouble()) / lambda;
                }
            }
        }
        System.out.println(rows);
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang, with the usual boost for shape < 1. */
    static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3, c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x, v;
            do {
                x = normal(random);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    static double beta(SplittableRandom random, double a, double b) {
        double x = gamma(random, a);
        return x / (x + gamma(random, b));
    }

    static double normal(SplittableRandom random) {
        double u = 1 - random.nextDouble(), v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
