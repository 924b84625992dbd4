package dev.crm.app.console.web.supervisor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Handing a complaint over: to whom, why, and the version the supervisor saw. */
record ReassignForm(@NotBlank String newOwner, @NotBlank @Size(max = 2000) String reason, @NotNull Long version) {

    static ReassignForm blank(long version) {
        return new ReassignForm("", "", version);
    }
}
