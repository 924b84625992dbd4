package dev.crm.complaint.api;

/** The default taxonomy: the union of the handbooks' types (DOMAIN.md §1.3). */
public enum ComplaintType {
    SERVICE, PRODUCT_QUALITY, SYSTEM, PROCESS, PRICE, COMMUNICATION, INFORMATION_ERROR, OTHER
}
