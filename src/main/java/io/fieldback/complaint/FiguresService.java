package io.fieldback.complaint;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The monthly complaint figures (also for the insights feature). A complaint belongs to the month it was
 * received in for the on-time rates and the Pareto, to the month of its first closure for the mean time to
 * close; a recurrence to the month it was reopened in. Duplicates count nowhere.
 */
public interface FiguresService {

    ComplaintFigures figures(YearMonth month);

    /**
     * The same figures for any span [from, to) (the insights reports use weeks). With a dealer (or station),
     * only complaints about visits its stations made count. {@code period} is the label the answer carries in
     * its {@code month} field.
     */
    ComplaintFigures figures(String period, ZoneId zone, Instant from, Instant to, UUID dealerId, UUID stationId);
}
