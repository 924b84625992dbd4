package dev.crm.app.console.web.loyalty;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Points spent at the customer's request; validation and {@code key} as in {@link AdjustmentForm}. */
record RedemptionForm(Long points, @Size(max = 500) String reason, @NotBlank @Size(max = 200) String key) {
}
