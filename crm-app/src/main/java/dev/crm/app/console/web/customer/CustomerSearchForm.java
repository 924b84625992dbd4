package dev.crm.app.console.web.customer;

import dev.crm.customer.api.CustomerDesk;
import dev.crm.customer.api.LifecycleStage;
import dev.crm.customer.api.ValueTier;
import jakarta.validation.constraints.Size;

/** The customer search: each given criterion narrows the list (as GET /api/v1/customers). */
record CustomerSearchForm(@Size(max = 200) String name, @Size(max = 40) String phone,
                          @Size(max = 200) String externalRef, ValueTier tier, LifecycleStage stage) {

    boolean isEmpty() {
        return blank(name) && blank(phone) && blank(externalRef) && tier == null && stage == null;
    }

    CustomerDesk.Search search() {
        return new CustomerDesk.Search(name, phone, externalRef, tier, stage);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
