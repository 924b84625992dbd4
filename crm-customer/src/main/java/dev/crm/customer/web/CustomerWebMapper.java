package dev.crm.customer.web;

import dev.crm.core.api.EmailAddress;
import dev.crm.core.api.PhoneNumber;
import dev.crm.customer.domain.Customer;
import dev.crm.customer.domain.CustomerProfile;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface CustomerWebMapper {

    @Mapping(target = "valueTier", source = "value.tier")
    @Mapping(target = "lifecycleStage", source = "value.stage")
    CustomerResponse toResponse(Customer customer);

    CustomerProfile toProfile(CustomerProfileRequest request);

    default String text(EmailAddress email) {
        return email == null ? null : email.value();
    }

    default String text(PhoneNumber phone) {
        return phone == null ? null : phone.value();
    }
}
