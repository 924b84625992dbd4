package dev.crm.training.domain;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * HR's rule for appraisals (DOMAIN.md §4): the weights of the quantitative (KPIs), qualitative
 * (supervisor rating) and process (conduct compliance) parts, in whole percent summing to 100, and
 * the result bands — a name and the lowest final score that reaches it. An appraisal copies the
 * weights and bands when it is opened, so a later change of the scheme leaves it as it was.
 */
@Document("training_appraisal_schemes")
public class AppraisalScheme {

    public static final List<Band> DEFAULT_BANDS = List.of(new Band("OUTSTANDING", 90), new Band("GOOD", 75),
            new Band("ADEQUATE", 60), new Band("NEEDS_IMPROVEMENT", 0));
    static final int MAX_BANDS = 10;

    @Id
    private final String code;
    private String name;
    private Weights weights;
    private List<Band> bands;
    private final Instant definedAt;
    private final String definedBy;
    @Version
    private Long version;

    AppraisalScheme(String code, String name, Weights weights, List<Band> bands, Instant definedAt, String definedBy,
                    Long version) {
        this.code = code;
        this.name = name;
        this.weights = weights;
        this.bands = bands == null ? List.of() : List.copyOf(bands);
        this.definedAt = definedAt;
        this.definedBy = definedBy;
        this.version = version;
    }

    /** Whole percent per part; they must sum to 100. */
    public record Weights(Integer quantitative, Integer qualitative, Integer process) {

        /** @throws InvalidInputException naming the part, or {@code weights} when they do not sum to 100 */
        public static Weights of(Integer quantitative, Integer qualitative, Integer process) {
            List<FieldViolation> violations = new ArrayList<>();
            check("weights.quantitative", quantitative, violations);
            check("weights.qualitative", qualitative, violations);
            check("weights.process", process, violations);
            if (violations.isEmpty() && quantitative + qualitative + process != 100) {
                violations.add(new FieldViolation("weights", "must sum to 100 %, not "
                        + (quantitative + qualitative + process) + " %"));
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            return new Weights(quantitative, qualitative, process);
        }

        private static void check(String field, Integer value, List<FieldViolation> violations) {
            if (value == null) {
                violations.add(new FieldViolation(field, "is required"));
            } else if (value < 0 || value > 100) {
                violations.add(new FieldViolation(field, "must be between 0 and 100"));
            }
        }

        /**
         * The weighted mean of the parts present: a part with nothing to measure (null) is left out
         * and the others' weights count in proportion. Null when the present parts weigh nothing.
         */
        public BigDecimal combine(BigDecimal quantitativeScore, BigDecimal qualitativeScore, BigDecimal processScore) {
            BigDecimal total = BigDecimal.ZERO;
            int weight = 0;
            if (quantitativeScore != null) {
                total = total.add(quantitativeScore.multiply(BigDecimal.valueOf(quantitative)));
                weight += quantitative;
            }
            if (qualitativeScore != null) {
                total = total.add(qualitativeScore.multiply(BigDecimal.valueOf(qualitative)));
                weight += qualitative;
            }
            if (processScore != null) {
                total = total.add(processScore.multiply(BigDecimal.valueOf(process)));
                weight += process;
            }
            return weight == 0 ? null : total.divide(BigDecimal.valueOf(weight), 2, RoundingMode.HALF_UP);
        }
    }

    public record Band(String name, Integer minScore) {
    }

    /**
     * @param bands null or empty: {@link #DEFAULT_BANDS}
     * @throws InvalidInputException naming {@code code}, {@code name}, {@code weights...} or {@code bands[i]...}
     */
    public static AppraisalScheme define(String code, String name, Weights weights, List<Band> bands, String by,
                                         Instant at) {
        List<FieldViolation> violations = new ArrayList<>();
        String normalisedCode = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        if (normalisedCode == null || !normalisedCode.matches("[A-Z0-9][A-Z0-9_-]{0,39}")) {
            violations.add(new FieldViolation("code", "must be 1-40 letters, digits, '-' or '_'"));
        }
        if (name == null || name.isBlank()) {
            violations.add(new FieldViolation("name", "is required"));
        }
        if (weights == null) {
            violations.add(new FieldViolation("weights", "is required"));
        }
        List<Band> checked = checkBands(bands == null || bands.isEmpty() ? DEFAULT_BANDS : bands, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new AppraisalScheme(normalisedCode, name.strip(), weights, checked, at, by, null);
    }

    private static List<Band> checkBands(List<Band> bands, List<FieldViolation> violations) {
        if (bands.size() > MAX_BANDS) {
            violations.add(new FieldViolation("bands", "at most " + MAX_BANDS));
            return List.of();
        }
        Set<String> names = new HashSet<>();
        Set<Integer> thresholds = new HashSet<>();
        List<Band> checked = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            String field = "bands[" + i + "]";
            if (band == null || band.name() == null || band.name().isBlank()) {
                violations.add(new FieldViolation(field + ".name", "is required"));
                continue;
            }
            String bandName = band.name().strip().toUpperCase(Locale.ROOT);
            if (!names.add(bandName)) {
                violations.add(new FieldViolation(field + ".name", "appears twice"));
            }
            if (band.minScore() == null || band.minScore() < 0 || band.minScore() > 100) {
                violations.add(new FieldViolation(field + ".minScore", "must be between 0 and 100"));
                continue;
            }
            if (!thresholds.add(band.minScore())) {
                violations.add(new FieldViolation(field + ".minScore", "two bands start at " + band.minScore()));
            }
            checked.add(new Band(bandName, band.minScore()));
        }
        if (!thresholds.contains(0)) {
            violations.add(new FieldViolation("bands", "one band must start at 0 so that every score has a band"));
        }
        checked.sort(Comparator.comparing(Band::minScore).reversed());
        return checked;
    }

    /** The band of a final score: the one with the highest threshold the score reaches. */
    public static String bandOf(List<Band> bands, BigDecimal score) {
        if (score == null) {
            return null;
        }
        return bands.stream().filter(b -> score.compareTo(BigDecimal.valueOf(b.minScore())) >= 0)
                .max(Comparator.comparing(Band::minScore)).map(Band::name).orElse(null);
    }

    public String code() { return code; }
    public String name() { return name; }
    public Weights weights() { return weights; }
    public List<Band> bands() { return List.copyOf(bands); }
    public Instant definedAt() { return definedAt; }
    public String definedBy() { return definedBy; }
    public Long version() { return version; }
}
