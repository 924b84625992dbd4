package dev.crm.training.domain;

public enum EnrolmentStatus { ENROLLED, COMPLETED, CANCELLED }
