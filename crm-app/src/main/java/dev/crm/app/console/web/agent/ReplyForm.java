package dev.crm.app.console.web.agent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reply to the customer, on the version of the complaint the page showed. */
record ReplyForm(Long version, @NotBlank @Size(max = 10000) String text) {
}
