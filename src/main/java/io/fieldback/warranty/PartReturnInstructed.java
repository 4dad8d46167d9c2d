package io.fieldback.warranty;

import java.time.LocalDate;
import java.util.UUID;

/** An analyst said what happens to a claimed part: returned by a day, kept until a day, or scrapped. */
public record PartReturnInstructed(UUID returnId, UUID claimId, String claimNumber, UUID lineId, UUID stationId,
        UUID dealerId, String partNumber, String failedSerial, ReturnInstruction instruction, LocalDate dueOn,
        LocalDate keepUntil) {

    public static final String TOPIC = "warranty.part-return-instructed";
}
