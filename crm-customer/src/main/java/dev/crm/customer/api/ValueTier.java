package dev.crm.customer.api;

import java.util.Locale;
import java.util.Set;

/**
 * A customer's value level A–D and the two vocabularies the handbooks use for it
 * (004 §2.2–2.4): High/Medium/Low and Core/Key/Routine. D is the low tier's lower half —
 * customers the business keeps with incentives only (000 §4.2).
 */
public enum ValueTier {
    A("HIGH", "CORE"),
    B("MEDIUM", "KEY"),
    C("LOW", "ROUTINE"),
    D("LOW", "ROUTINE");

    private final String band;
    private final String segment;

    ValueTier(String band, String segment) {
        this.band = band;
        this.segment = segment;
    }

    /** HIGH, MEDIUM or LOW. */
    public String band() {
        return band;
    }

    /** CORE, KEY or ROUTINE. */
    public String segment() {
        return segment;
    }

    /** Every name this tier answers to, lower-case: "a", "high", "core". */
    public Set<String> names() {
        return Set.of(name().toLowerCase(Locale.ROOT), band.toLowerCase(Locale.ROOT),
                segment.toLowerCase(Locale.ROOT));
    }
}
