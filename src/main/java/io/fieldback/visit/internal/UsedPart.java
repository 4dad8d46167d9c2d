package io.fieldback.visit.internal;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.fieldback.visit.Billing;

/** A part fitted during a visit; entries logged as timeline events remember that event. */
@Embeddable
public class UsedPart {

    @Column(name = "part_number", nullable = false, length = 40)
    public String partNumber;

    @Column(nullable = false, precision = 10, scale = 2)
    public BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Billing billing;

    @Column(name = "used_part_returned", nullable = false)
    public boolean usedPartReturned;

    @Column(name = "source_event_id", columnDefinition = "BINARY(16)")
    public UUID sourceEventId;
}
