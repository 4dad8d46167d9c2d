package io.fieldback.common;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Idempotency-Key for creating POSTs: the same key with the same body replays the first response; with
 * another body it is 422; while the first request is still running it is 409. Keys live 24 hours.
 * The claim is committed before the work starts, so concurrent retries on other instances see it; the work
 * then runs holding the claim's row lock and stores its response in the same transaction.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    static final Duration RETENTION = Duration.ofHours(24);

    private final ObjectMapper mapper;
    private final SecurityIdentity identity;

    public Idempotency(ObjectMapper mapper, SecurityIdentity identity) {
        this.mapper = mapper;
        this.identity = identity;
    }

    public <T> RestResponse<T> run(String key, String operation, Object request, Class<T> type,
            Supplier<RestResponse<T>> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 100) {
            throw ApiException.badRequest(HEADER, "must be 1 to 100 characters");
        }
        String caller = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        String hash = hash(operation, request);
        IdempotencyRecord previous = claim(caller, key, hash);
        if (previous != null) {
            return replay(previous, type);
        }
        // The work and the response it stores commit together, in one transaction that holds the claim's row
        // lock: if the request dies (the database went away, the instance was killed) both roll back, the
        // claim stays unfinished and unlocked, and the client's retry takes it over at once. A committed effect
        // always has its response stored, so a retry replays it and never does the work twice.
        // That transaction is an idempotent unit: when it loses a write conflict (a Galera certification
        // failure) nothing of it stayed, so it runs again here before the client sees a 503.
        return CertificationRetry.call("request with " + HEADER, () -> QuarkusTransaction.requiringNew().call(
                () -> runClaimed(caller, key, hash, type, action)));
    }

    /** The work under the claim's row lock, its response stored with it; or the response a faster retry stored. */
    private <T> RestResponse<T> runClaimed(String caller, String key, String hash, Class<T> type,
            Supplier<RestResponse<T>> action) {
        IdempotencyRecord record = lockNoWait(caller, key);
        if (record.completed) {
            // a retry that took over our claim finished first
            if (!record.requestHash.equals(hash)) {
                throw reused();
            }
            return replay(record, type);
        }
        record.requestHash = hash;
        RestResponse<T> response = action.get();
        remember(record, response);
        return response;
    }

    /** Returns the finished record to replay, or null when this request may do the work (new or unfinished claim). */
    private IdempotencyRecord claim(String caller, String key, String hash) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> claimOrFind(caller, key, hash));
        } catch (jakarta.persistence.PersistenceException e) {
            if (isLockConflict(e) || e instanceof org.hibernate.exception.ConstraintViolationException
                    || e.getCause() instanceof org.hibernate.exception.ConstraintViolationException) {
                // another instance inserted the same key a moment before us
                throw inProgress();
            }
            throw e;
        }
    }

    /** Claims the key (taking over an expired record), or answers the completed record to replay; null when claimed. */
    private IdempotencyRecord claimOrFind(String caller, String key, String hash) {
        Instant now = Instant.now();
        IdempotencyRecord existing = IdempotencyRecord.find(caller, key);
        if (existing != null && existing.expiresAt.isBefore(now)) {
            existing.delete();
            IdempotencyRecord.flush();
            existing = null;
        }
        if (existing == null) {
            IdempotencyRecord claim = new IdempotencyRecord();
            claim.id = UuidV7.next();
            claim.caller = caller;
            claim.key = key;
            claim.requestHash = hash;
            claim.createdAt = now;
            claim.expiresAt = now.plus(RETENTION);
            claim.persistAndFlush();
            return null;
        }
        if (!existing.completed) {
            // running (its row is locked: lockNoWait answers 409) or abandoned (taken over)
            return null;
        }
        if (!existing.requestHash.equals(hash)) {
            throw reused();
        }
        return existing;
    }

    /** Locks the claim for this transaction, or 409 when the request that owns it is still running. */
    private static IdempotencyRecord lockNoWait(String caller, String key) {
        try {
            Panache.getEntityManager()
                    .createNativeQuery("SELECT id FROM idempotency_keys WHERE caller = ?1 AND idem_key = ?2 FOR UPDATE NOWAIT")
                    .setParameter(1, caller).setParameter(2, key).getResultList();
        } catch (jakarta.persistence.PersistenceException e) {
            if (isLockConflict(e)) {
                throw inProgress();
            }
            throw e;
        }
        IdempotencyRecord record = IdempotencyRecord.find(caller, key);
        if (record == null) {
            // purged between the claim and now (only when it had expired): the client should simply retry
            throw inProgress();
        }
        return record;
    }

    /** MariaDB answers a NOWAIT lock conflict with 1205, MySQL 8 with 3572. */
    private static boolean isLockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && (sql.getErrorCode() == 1205 || sql.getErrorCode() == 3572)) {
                return true;
            }
        }
        return false;
    }

    private void remember(IdempotencyRecord record, RestResponse<?> response) {
        String body;
        try {
            body = mapper.writeValueAsString(response.getEntity());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        record.completed = true;
        record.responseStatus = response.getStatus();
        record.responseBody = body;
        URI location = response.getLocation();
        record.responseLocation = location == null ? null : location.toString();
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        record.responseEtag = etag == null ? null : etag.toString();
    }

    private <T> RestResponse<T> replay(IdempotencyRecord record, Class<T> type) {
        try {
            RestResponse.ResponseBuilder<T> builder = RestResponse.ResponseBuilder
                    .<T>create(record.responseStatus)
                    .entity(mapper.readValue(record.responseBody, type))
                    .header("Idempotent-Replayed", "true");
            if (record.responseLocation != null) {
                builder.location(URI.create(record.responseLocation));
            }
            if (record.responseEtag != null) {
                builder.header(HttpHeaders.ETAG, record.responseEtag);
            }
            return builder.build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hash(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(mapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiException reused() {
        return new ApiException(422, "idempotency-key-reused", "Idempotency key reused",
                "this Idempotency-Key was already used for a different request; use a new key", null);
    }

    private static ApiException inProgress() {
        return new ApiException(409, "idempotency-in-progress", "Request in progress",
                "a request with this Idempotency-Key is still being processed; retry shortly", null);
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.delete("expiresAt < ?1", Instant.now()));
    }
}
