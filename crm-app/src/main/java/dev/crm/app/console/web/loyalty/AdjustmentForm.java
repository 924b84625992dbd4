package dev.crm.app.console.web.loyalty;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A manual correction (signed points, mandatory reason). Which values are acceptable is the
 * ledger's rule, reported back per field exactly as the API reports it. {@code key} is the form's
 * one-time idempotency key, made when the form is rendered: posting the same form again posts nothing.
 */
record AdjustmentForm(Long points, @Size(max = 500) String reason, @NotBlank @Size(max = 200) String key) {
}
