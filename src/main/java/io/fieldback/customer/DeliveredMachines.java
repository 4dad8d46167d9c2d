package io.fieldback.customer;

import java.time.YearMonth;

/** How many machines of a product series were delivered in a month (the base of failure rates). */
public record DeliveredMachines(String productSeries, YearMonth month, long machines) {
}
