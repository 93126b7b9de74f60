/** A subscriber group on order-events: each customer's ordering activity, counted once per event. */
package dev.comptoir.customers.activity;
