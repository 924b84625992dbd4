package dev.crm.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.InvalidInputException;
import dev.crm.customer.domain.CustomerClustering.Feature;
import dev.crm.customer.domain.CustomerClustering.Group;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CustomerClusteringTest {

    private static final List<Feature> FEATURES = List.of(Feature.RECENCY_DAYS, Feature.FREQUENCY, Feature.MONETARY);

    @Test
    void wellSeparatedGroupsAreFoundWithCentroidsInTheFeaturesOwnUnits() {
        Random random = new Random(7);
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            points.add(new double[] {5 + random.nextInt(10), 20 + random.nextInt(5), 5000 + random.nextInt(1000)});
        }
        for (int i = 0; i < 100; i++) {
            points.add(new double[] {300 + random.nextInt(60), 1, 50 + random.nextInt(50)});
        }

        List<Group> groups = CustomerClustering.cluster(points, FEATURES, 2, 1L);

        assertThat(groups).hasSize(2);
        Group loyal = groups.stream().filter(g -> g.centroid()[1] > 10).findFirst().orElseThrow();
        assertThat(loyal.members()).hasSize(100);
        assertThat(Arrays.stream(loyal.members()).allMatch(index -> index < 100)).isTrue();
        assertThat(loyal.centroid()[2]).isBetween(5000.0, 6000.0);
    }

    @Test
    void theSameSeedGivesTheSameClusters() {
        Random random = new Random(3);
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            points.add(new double[] {random.nextInt(400), 1 + random.nextInt(10), random.nextInt(3000)});
        }

        List<Group> first = CustomerClustering.cluster(points, FEATURES, 4, 99L);
        List<Group> second = CustomerClustering.cluster(points, FEATURES, 4, 99L);

        for (int g = 0; g < 4; g++) {
            assertThat(second.get(g).members()).containsExactly(first.get(g).members());
        }
    }

    @Test
    void kMustFitTheCustomers() {
        assertThatThrownBy(() -> CustomerClustering.check(1, FEATURES, 100)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CustomerClustering.check(5, FEATURES, 3)).hasMessageContaining("only 3");
    }
}
