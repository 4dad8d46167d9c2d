package io.fieldback.followup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.SelectableConsumer;
import org.hibernate.persister.entity.EntityPersister;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * CallRows writes a new call's row by hand, beside the FollowUp entity that maps the same table. A column added to
 * the entity must be written there too, or be named here as one a new call leaves empty: this test fails until it is.
 */
@QuarkusTest
class CallRowsTest {

    /** Columns a call gets later in its life (claims, attempts, sampling, the questionnaire, screening, closing). */
    private static final Set<String> SET_LATER = Set.of("close_reason", "claimed_by", "claim_expires_at",
            "last_counted_attempt_at", "sample_date", "questionnaire_id", "questionnaire_version",
            "screening_cleared_by", "screening_cleared_at", "screening_clear_reason", "escalation_id");

    @Inject
    EntityManager em;

    @Test
    void aNewCallsRowNamesEveryColumnTheEntityMapsButThoseSetLaterInItsLife() {
        Set<String> mapped = new TreeSet<>();
        SelectableConsumer callsColumn = (index, column) -> {
            if (column.getContainingTableExpression().equals("followup_calls")) {
                mapped.add(column.getSelectionExpression());
            }
        };
        EntityPersister calls = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel().getEntityDescriptor(FollowUp.class);
        calls.getIdentifierMapping().forEachSelectable(callsColumn);
        calls.forEachSelectable(callsColumn);
        assertThat(mapped).containsAll(SET_LATER);
        mapped.removeAll(SET_LATER);

        assertThat(new TreeSet<>(CallRows.columns())).isEqualTo(mapped);
        assertThat(CallRows.columns()).doesNotHaveDuplicates();
    }
}
