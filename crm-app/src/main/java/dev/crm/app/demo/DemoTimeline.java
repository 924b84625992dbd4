package dev.crm.app.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every dated step of the demo story, from all areas, played in time order with the clock set to
 * each step's moment: time only runs forward, as it did for the people in the story.
 */
final class DemoTimeline {

    private record Step(Instant at, int thread, int order, Runnable action) {
    }

    private final List<Step> steps = new ArrayList<>();

    /**
     * @param thread the story the step belongs to; with {@code order}, it keeps a story's steps in the
     *               order they were written when two share an instant
     */
    void add(Instant at, int thread, int order, Runnable action) {
        steps.add(new Step(at, thread, order, action));
    }

    int size() {
        return steps.size();
    }

    void play(SeedingClock clock) {
        List<Step> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparing(Step::at).thenComparingInt(Step::thread).thenComparingInt(Step::order));
        try {
            for (Step step : ordered) {
                clock.travelTo(step.at());
                step.action().run();
            }
        } finally {
            clock.backToNow();
        }
    }
}
