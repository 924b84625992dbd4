package dev.crm.customer.web;

import dev.crm.customer.domain.Order;
import org.mapstruct.Mapper;

@Mapper
interface OrderWebMapper {

    OrderController.OrderResponse toResponse(Order order);
}
