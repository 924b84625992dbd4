package dev.crm.app.console.web.dashboard;

/**
 * The KPI dashboard's GET form: bucket size, date range (ISO dates, both included) and an optional
 * breakdown. Kept as text: the complaint module parses it and names a bad field.
 */
record KpiFilter(String period, String from, String to, String groupBy) {

    static final java.util.List<String> PERIODS = java.util.List.of("MONTH", "QUARTER", "YEAR");
    static final java.util.List<String> GROUPS = java.util.List.of("CHANNEL", "TYPE", "GRADE", "DEPARTMENT", "AGENT");
}
