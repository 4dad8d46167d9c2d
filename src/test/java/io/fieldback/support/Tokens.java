package io.fieldback.support;

import java.time.Duration;
import java.util.UUID;

import io.fieldback.security.Roles;
import io.fieldback.security.Scope;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Signed tokens for tests, made the way the identity provider would make them. */
public final class Tokens {

    private Tokens() {
    }

    public static String token(String role, String scopeClaim, UUID scopeId) {
        return token("test-" + role + "-" + UUID.randomUUID(), role, scopeClaim, scopeId);
    }

    public static String token(String subject, String role, String scopeClaim, UUID scopeId) {
        JwtClaimsBuilder claims = Jwt.issuer("https://fieldback.dev").subject(subject)
                .groups(role).expiresIn(Duration.ofHours(1));
        if (scopeClaim != null && scopeId != null) {
            claims.claim(scopeClaim, scopeId.toString());
        }
        return claims.sign();
    }

    public static RequestSpecification as(String role) {
        return RestAssured.given().auth().oauth2(token(role, null, null)).contentType("application/json");
    }

    public static RequestSpecification admin() {
        return as(Roles.ADMIN);
    }

    public static RequestSpecification dealer(UUID dealerId) {
        return RestAssured.given().auth().oauth2(token(Roles.DEALER, Scope.DEALER, dealerId))
                .contentType("application/json");
    }

    public static RequestSpecification stationManager(UUID stationId) {
        return RestAssured.given().auth().oauth2(token(Roles.STATION_MANAGER, Scope.STATION, stationId))
                .contentType("application/json");
    }

    public static RequestSpecification technician(UUID stationId) {
        return RestAssured.given().auth().oauth2(token(Roles.TECHNICIAN, Scope.STATION, stationId))
                .contentType("application/json");
    }
}
