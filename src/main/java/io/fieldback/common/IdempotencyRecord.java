package io.fieldback.common;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A creating request's Idempotency-Key and, once it finished, the response to replay. */
@Entity
@Table(name = "idempotency_keys")
public class IdempotencyRecord extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "BINARY(16)")
    public UUID id;

    @Column(name = "caller", nullable = false, length = 200)
    public String caller;

    @Column(name = "idem_key", nullable = false, length = 100)
    public String key;

    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    @Column(name = "completed", nullable = false)
    public boolean completed;

    @Column(name = "response_status")
    public Integer responseStatus;

    @Column(name = "response_body", columnDefinition = "MEDIUMTEXT")
    public String responseBody;

    @Column(name = "response_location", length = 1000)
    public String responseLocation;

    @Column(name = "response_etag", length = 64)
    public String responseEtag;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    static IdempotencyRecord find(String caller, String key) {
        return find("caller = ?1 and key = ?2", caller, key).firstResult();
    }

    /**
     * Rewrites the stored responses whose body mentions {@code text} (privacy's erasure scrubs a customer's values
     * from the replays that name its id), in the caller's transaction; how many changed. The table stays common's:
     * no other module writes it.
     */
    @SuppressWarnings("unchecked")
    public static int rewriteResponsesMentioning(String text, UnaryOperator<String> rewrite) {
        var em = Panache.getEntityManager();
        List<Object[]> rows = em.createNativeQuery(
                "SELECT id, response_body FROM idempotency_keys WHERE response_body LIKE ?1")
                .setParameter(1, "%" + text + "%").getResultList();
        int changed = 0;
        for (Object[] row : rows) {
            String body = (String) row[1];
            String rewritten = rewrite.apply(body);
            if (!rewritten.equals(body)) {
                em.createNativeQuery("UPDATE idempotency_keys SET response_body = ?1 WHERE id = ?2")
                        .setParameter(1, rewritten).setParameter(2, row[0]).executeUpdate();
                changed++;
            }
        }
        return changed;
    }
}
