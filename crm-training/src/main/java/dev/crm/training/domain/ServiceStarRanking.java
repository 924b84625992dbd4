package dev.crm.training.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Service Star ranking of a period: appraisals with a final score, best first. Ties on the final
 * score go to the higher quantitative (KPI) score — measured service outranks judgement —, then to
 * the higher supervisor rating; a part with nothing to measure ranks below any figure. People equal
 * on all three share a rank (1, 2, 2, 4) and are listed by username; the top {@code n} are everyone
 * ranked {@code n} or better, so a tie at the cut is never broken arbitrarily.
 */
public final class ServiceStarRanking {

    private ServiceStarRanking() {
    }

    public record Contender(String staff, BigDecimal finalScore, BigDecimal quantitativeScore, Integer supervisorRating) {
    }

    public record Place(int rank, Contender contender) {
    }

    private static final Comparator<BigDecimal> HIGHER_FIRST = Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder());
    private static final Comparator<Contender> MERIT = Comparator.comparing(Contender::finalScore, HIGHER_FIRST)
            .thenComparing(Contender::quantitativeScore, HIGHER_FIRST)
            .thenComparing(c -> c.supervisorRating() == null ? null : BigDecimal.valueOf(c.supervisorRating()),
                    HIGHER_FIRST);

    public static List<Place> top(List<Contender> contenders, int n) {
        List<Contender> ranked = contenders.stream().filter(c -> c.finalScore() != null)
                .sorted(MERIT.thenComparing(Contender::staff)).toList();
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Contender contender = ranked.get(i);
            int rank = i > 0 && MERIT.compare(ranked.get(i - 1), contender) == 0 ? places.get(i - 1).rank() : i + 1;
            if (rank > n) {
                break;
            }
            places.add(new Place(rank, contender));
        }
        return places;
    }

}
