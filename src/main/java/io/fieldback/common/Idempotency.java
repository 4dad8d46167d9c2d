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

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Idempotency-Key for creating POSTs: the same key with the same body replays the first response; with
 * another body it is 422; while the first request is still running it is 409. Keys live 24 hours.
 * The claim is committed before the work starts, so concurrent retries on other instances see it.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    static final Duration RETENTION = Duration.ofHours(24);
    /** A claim this old without a response belongs to a request that died; a retry may take it over. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

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
        RestResponse<T> response;
        try {
            response = action.get();
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.delete("caller = ?1 and key = ?2", caller, key));
            throw e;
        }
        remember(caller, key, response);
        return response;
    }

    /** Returns the finished record to replay, or null when this request now owns the key. */
    private IdempotencyRecord claim(String caller, String key, String hash) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
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
                    if (existing.createdAt.isBefore(now.minus(ABANDONED_AFTER))) {
                        existing.createdAt = now;
                        existing.requestHash = hash;
                        return null;
                    }
                    throw inProgress();
                }
                if (!existing.requestHash.equals(hash)) {
                    throw new ApiException(422, "idempotency-key-reused", "Idempotency key reused",
                            "this Idempotency-Key was already used for a different request; use a new key", null);
                }
                return existing;
            });
        } catch (jakarta.persistence.PersistenceException e) {
            // another instance inserted the same key a moment before us
            throw inProgress();
        }
    }

    private void remember(String caller, String key, RestResponse<?> response) {
        String body;
        try {
            body = mapper.writeValueAsString(response.getEntity());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            IdempotencyRecord record = IdempotencyRecord.find(caller, key);
            if (record == null) {
                return;
            }
            record.completed = true;
            record.responseStatus = response.getStatus();
            record.responseBody = body;
            URI location = response.getLocation();
            record.responseLocation = location == null ? null : location.toString();
            Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
            record.responseEtag = etag == null ? null : etag.toString();
        });
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

    private static ApiException inProgress() {
        return new ApiException(409, "idempotency-in-progress", "Request in progress",
                "a request with this Idempotency-Key is still being processed; retry shortly", null);
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.delete("expiresAt < ?1", Instant.now()));
    }
}
