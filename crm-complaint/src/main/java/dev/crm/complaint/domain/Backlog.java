package dev.crm.complaint.domain;

import dev.crm.complaint.api.Grade;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Open complaints (not closed or archived) at an instant, by age since receipt and grade
 * (DOMAIN.md §1.11). Ages: under one day, one to three days, three to seven days, seven days or
 * more; each bucket includes its lower bound.
 */
public record Backlog(Instant asOf, List<Group> groups) {

    public static final Duration ONE_DAY = Duration.ofDays(1);
    public static final Duration THREE_DAYS = Duration.ofDays(3);
    public static final Duration SEVEN_DAYS = Duration.ofDays(7);

    /** One group's backlog: a row per grade (null = not yet graded) and their total. */
    public record Group(String group, List<Row> byGrade, Row total) {
    }

    public record Row(Grade grade, long underOneDay, long oneToThreeDays, long threeToSevenDays, long overSevenDays,
                      long total) {

        public static Row empty(Grade grade) {
            return new Row(grade, 0, 0, 0, 0, 0);
        }

        public Row plus(Row other) {
            return new Row(grade, underOneDay + other.underOneDay, oneToThreeDays + other.oneToThreeDays,
                    threeToSevenDays + other.threeToSevenDays, overSevenDays + other.overSevenDays,
                    total + other.total);
        }
    }
}
