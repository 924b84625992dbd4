package dev.crm.complaint.domain;

import dev.crm.complaint.api.ThirdPartyKind;

/**
 * Who handles the complaint now: a staff member, a department, or an external third party. The
 * owner stays accountable whoever handles it (first-inquiry responsibility, DOMAIN.md §1.2).
 */
public record Assignment(String handler, String department, ThirdPartyKind thirdPartyKind, String thirdPartyName) {

    public boolean isEmpty() {
        return blank(handler) && blank(department) && thirdPartyKind == null;
    }

    public String describe() {
        StringBuilder text = new StringBuilder();
        if (!blank(handler)) {
            text.append("handler ").append(handler);
        }
        if (!blank(department)) {
            text.append(text.isEmpty() ? "" : ", ").append("department ").append(department);
        }
        if (thirdPartyKind != null) {
            text.append(text.isEmpty() ? "" : ", ").append(thirdPartyKind).append(' ')
                    .append(thirdPartyName == null ? "" : thirdPartyName);
        }
        return text.toString().strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
