package dev.crm.customer.domain;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.clustering.CentroidCluster;
import org.hipparchus.clustering.Clusterable;
import org.hipparchus.clustering.KMeansPlusPlusClusterer;
import org.hipparchus.clustering.distance.EuclideanDistance;
import org.hipparchus.random.Well19937c;

/**
 * k-means++ clustering of customers on RFM/CLV features (004 §2.1). Spend-like features are
 * heavily skewed, so they are log-transformed, and all are standardised before clustering:
 * otherwise money, in the thousands, would drown out recency and frequency. Centroids are
 * reported in the features' own units (the mean of the members), which is what a marketer
 * reads. A fixed seed makes a run reproducible.
 */
public final class CustomerClustering {

    public static final int MAX_K = 20;
    private static final int MAX_ITERATIONS = 100;

    /** A clusterable feature and how to read it from a value snapshot. */
    public enum Feature {
        RECENCY_DAYS("recencyDays", false),
        FREQUENCY("frequency", true),
        MONETARY("monetary", true),
        HISTORIC_CLV("historicClv", true),
        PREDICTED_CLV("predictedClv", true),
        PROBABILITY_ALIVE("probabilityAlive", false);

        private final String apiName;
        private final boolean skewed;

        Feature(String apiName, boolean skewed) {
            this.apiName = apiName;
            this.skewed = skewed;
        }

        public String apiName() {
            return apiName;
        }

        public static Feature byApiName(String name) {
            return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst().orElse(null);
        }

        /** This feature of a scored customer, or null when the snapshot lacks it. */
        public Double of(CustomerValue value) {
            return switch (this) {
                case RECENCY_DAYS -> value.rfm() == null ? null : (double) value.rfm().recencyDays();
                case FREQUENCY -> value.rfm() == null ? null : (double) value.rfm().frequency();
                case MONETARY -> value.rfm() == null ? null : value.rfm().monetary().doubleValue();
                case HISTORIC_CLV -> value.historicClv() == null ? null : value.historicClv().doubleValue();
                case PREDICTED_CLV -> value.prediction() == null ? null
                        : value.prediction().discountedClv().doubleValue();
                case PROBABILITY_ALIVE -> value.prediction() == null ? null : value.prediction().probabilityAlive();
            };
        }
    }

    private CustomerClustering() {
    }

    public static void check(int k, List<Feature> features, int customers) {
        List<FieldViolation> faults = new ArrayList<>();
        if (k < 2 || k > MAX_K) {
            faults.add(new FieldViolation("k", "must be between 2 and " + MAX_K));
        }
        if (features.isEmpty()) {
            faults.add(new FieldViolation("features", "at least one feature"));
        }
        if (faults.isEmpty() && customers < k) {
            faults.add(new FieldViolation("k", "only " + customers + " scored customers have all the features"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
    }

    /**
     * Clusters the customers' raw feature vectors.
     *
     * @return per cluster, the indexes of its members in {@code raw} and its centroid in raw units
     */
    public static List<Group> cluster(List<double[]> raw, List<Feature> features, int k, long seed) {
        int dimensions = raw.get(0).length;
        double[] mean = new double[dimensions];
        double[] deviation = new double[dimensions];
        List<double[]> transformed = new ArrayList<>(raw.size());
        for (double[] point : raw) {
            transformed.add(transform(point, features));
        }
        for (int d = 0; d < dimensions; d++) {
            for (double[] point : transformed) {
                mean[d] += point[d];
            }
            mean[d] /= transformed.size();
            for (double[] point : transformed) {
                deviation[d] += (point[d] - mean[d]) * (point[d] - mean[d]);
            }
            deviation[d] = Math.sqrt(deviation[d] / transformed.size());
        }
        List<Member> members = new ArrayList<>(raw.size());
        for (int i = 0; i < transformed.size(); i++) {
            double[] point = transformed.get(i);
            for (int d = 0; d < dimensions; d++) {
                // A constant feature carries no information; 0 keeps it out of the distances.
                point[d] = deviation[d] == 0 ? 0 : (point[d] - mean[d]) / deviation[d];
            }
            members.add(new Member(i, point));
        }
        KMeansPlusPlusClusterer<Member> clusterer = new KMeansPlusPlusClusterer<>(k, MAX_ITERATIONS,
                new EuclideanDistance(), new Well19937c(seed));
        List<CentroidCluster<Member>> clusters = clusterer.cluster(members);
        List<Group> groups = new ArrayList<>();
        for (CentroidCluster<Member> cluster : clusters) {
            int[] indexes = cluster.getPoints().stream().mapToInt(Member::index).toArray();
            double[] centroid = new double[dimensions];
            for (int index : indexes) {
                for (int d = 0; d < dimensions; d++) {
                    centroid[d] += raw.get(index)[d] / indexes.length;
                }
            }
            groups.add(new Group(indexes, centroid));
        }
        return groups;
    }

    /** Skewed features enter the clustering as log(1 + v) (negative values are clamped to 0). */
    static double[] transform(double[] raw, List<Feature> features) {
        double[] point = raw.clone();
        for (int d = 0; d < point.length; d++) {
            if (features.get(d).skewed) {
                point[d] = Math.log1p(Math.max(0, point[d]));
            }
        }
        return point;
    }

    public record Group(int[] members, double[] centroid) {
    }

    private record Member(int index, double[] point) implements Clusterable {
        @Override
        public double[] getPoint() {
            return point;
        }
    }
}
