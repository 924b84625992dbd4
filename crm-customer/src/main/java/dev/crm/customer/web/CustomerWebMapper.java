package dev.crm.customer.web;

import dev.crm.core.api.EmailAddress;
import dev.crm.core.api.PhoneNumber;
import dev.crm.customer.application.RegisterCustomer;
import dev.crm.customer.domain.Customer;
import org.mapstruct.Mapper;

@Mapper
interface CustomerWebMapper {

    CustomerResponse toResponse(Customer customer);

    RegisterCustomer toCommand(RegisterCustomerRequest request);

    default String text(EmailAddress email) {
        return email == null ? null : email.value();
    }

    default String text(PhoneNumber phone) {
        return phone == null ? null : phone.value();
    }
}
