package dev.comptoir.customers.profile.entity;

import java.util.List;

/** One page of customers, with the total to page through them. */
public record CustomerPage(List<CustomerView> items, int page, int size, long total) {}
