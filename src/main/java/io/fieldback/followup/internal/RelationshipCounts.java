package io.fieldback.followup.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A count for each relationship type, in {@link io.fieldback.customer.Relationship} order (OEM, dealer, end user). */
@Embeddable
public class RelationshipCounts {

    @Column(name = "oem", nullable = false)
    public int oem;

    @Column(name = "dealer", nullable = false)
    public int dealer;

    @Column(name = "end_user", nullable = false)
    public int endUser;

    public static RelationshipCounts of(int[] byRelationship) {
        RelationshipCounts counts = new RelationshipCounts();
        counts.oem = byRelationship[0];
        counts.dealer = byRelationship[1];
        counts.endUser = byRelationship[2];
        return counts;
    }

    public int[] toArray() {
        return new int[] { oem, dealer, endUser };
    }
}
