package io.fieldback.survey;

import java.time.LocalDate;
import java.util.List;

/**
 * Vendor survey rows were stored, interviewed on these days. Fired as a CDI event inside the transaction that
 * stores them, so a listener's work (the insights read model) commits or rolls back with the chunk.
 */
public record VendorRowsImported(List<LocalDate> interviewDates) {
}
