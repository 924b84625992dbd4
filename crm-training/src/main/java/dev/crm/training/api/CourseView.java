package dev.crm.training.api;

/** A course as other modules see it (e.g. complaint handling assigning a remedial course). */
public record CourseView(String code, String title, CourseCategory category, DeliveryForm deliveryForm,
                         int durationMinutes, int passMarkPercent) {
}
