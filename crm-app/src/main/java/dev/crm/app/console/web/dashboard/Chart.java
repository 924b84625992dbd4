package dev.crm.app.console.web.dashboard;

import java.util.List;

/**
 * What dashboard.js draws on one canvas, written into its {@code data-chart} attribute as JSON.
 * A null value is a gap (a bucket with nothing to measure), never 0; {@code target} draws a dashed
 * line at that value (the 90 % satisfaction target).
 *
 * @param type    "line" or "bar"
 * @param unit    "percent" fixes the axis at 0..100; "count" starts it at 0
 */
record Chart(String type, String unit, List<String> labels, List<Dataset> datasets, Double target,
             String targetLabel) {

    record Dataset(String label, List<? extends Number> data) {
    }

    static Chart line(String unit, List<String> labels, List<Dataset> datasets) {
        return new Chart("line", unit, labels, datasets, null, null);
    }

    static Chart bar(String unit, List<String> labels, List<Dataset> datasets) {
        return new Chart("bar", unit, labels, datasets, null, null);
    }

    Chart withTarget(double value, String label) {
        return new Chart(type, unit, labels, datasets, value, label);
    }
}
