package dev.crm.loyalty.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A level for the default program; lower-case codes are accepted and stored upper-case. */
record DefineLevelRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]{0,31}",
                message = "must be 1-32 letters, digits or '_', starting with a letter") String code,
        @NotBlank @Size(max = 100) String name,
        @NotNull @Min(1) Integer rank,
        @Min(0) Long qualifyingPoints,
        @DecimalMin("0") BigDecimal qualifyingSpend,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 3, fraction = 2) BigDecimal earnMultiplier,
        Boolean priorityService,
        @DecimalMin("0") @DecimalMax("100") BigDecimal discountPercent) {
}
