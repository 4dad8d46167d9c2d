package io.fieldback.security.internal;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The bearer tokens' parser (what Quarkus' JWT mechanism calls per request), remembering a token it has verified:
 * a phone sends the same token with every request, and verifying its signature again cost 14% of the app's CPU in
 * the phone-writes profile (issue 21). A token is remembered for at most its remaining lifetime and at most
 * {@code fieldback.security.verified-token-ttl} (so a key withdrawn from the key set stops being honoured that long
 * after the verifier itself stops honouring it), and a hit is re-checked against its expiry: an expired token is
 * refused whether or not it was remembered. Anything else goes to smallrye's own parser.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private final DefaultJWTParser verifier;
    private final Cache<String, JsonWebToken> verified;

    public VerifiedTokens(DefaultJWTParser verifier,
            @ConfigProperty(name = "fieldback.security.verified-token-ttl", defaultValue = "PT1M") Duration ttl,
            @ConfigProperty(name = "fieldback.security.verified-tokens", defaultValue = "10000") int size) {
        this.verifier = verifier;
        this.verified = Caffeine.newBuilder().maximumSize(size).expireAfter(lifetime(ttl)).build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null && secondsLeft(known) > 0) {
            return known;
        }
        JsonWebToken fresh = verifier.parse(token);
        if (secondsLeft(fresh) > 0) {
            verified.put(token, fresh);
        }
        return fresh;
    }

    /** Seconds until the token's expiry by the wall clock (the verifier's clock too); 0 without an expiry. */
    private static long secondsLeft(JsonWebToken jwt) {
        long exp = jwt.getExpirationTime();
        return exp <= 0 ? 0 : exp - System.currentTimeMillis() / 1000;
    }

    private static Expiry<String, JsonWebToken> lifetime(Duration ttl) {
        return new Expiry<>() {
            @Override
            public long expireAfterCreate(String key, JsonWebToken jwt, long now) {
                return Math.max(0, Math.min(TimeUnit.SECONDS.toNanos(secondsLeft(jwt)), ttl.toNanos()));
            }

            @Override
            public long expireAfterUpdate(String key, JsonWebToken jwt, long now, long current) {
                return expireAfterCreate(key, jwt, now);
            }

            @Override
            public long expireAfterRead(String key, JsonWebToken jwt, long now, long current) {
                return current;
            }
        };
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
