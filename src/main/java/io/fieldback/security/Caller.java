package io.fieldback.security;

import java.util.Arrays;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling and which tenant they are bound to, whether they signed in with a token or an API
 * key. Services ask it for scope; they never parse tokens themselves.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public boolean isAny(String... roles) {
        return Arrays.stream(roles).anyMatch(identity::hasRole);
    }

    public UUID dealerId() {
        return scope(Scope.DEALER);
    }

    public UUID stationId() {
        return scope(Scope.STATION);
    }

    public UUID vendorId() {
        return scope(Scope.VENDOR);
    }

    public UUID technicianId() {
        return scope(Scope.TECHNICIAN);
    }

    /**
     * The dealer this caller is confined to, or null when they see every dealer's data. Roles that
     * work across the network (admin, analyst, agent, handler) are never confined.
     */
    public UUID confinedToDealer() {
        if (isAny(Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.WARRANTY_ANALYST)) {
            return null;
        }
        return is(Roles.DEALER) ? requireScope(Scope.DEALER) : null;
    }

    /** The station this caller is confined to (station managers and technicians), or null. */
    public UUID confinedToStation() {
        if (isAny(Roles.ADMIN, Roles.ANALYST, Roles.AGENT, Roles.HANDLER, Roles.WARRANTY_ANALYST, Roles.DEALER)) {
            return null;
        }
        return isAny(Roles.STATION_MANAGER, Roles.TECHNICIAN) ? requireScope(Scope.STATION) : null;
    }

    /** Whether a station (of the given dealer) is within this caller's tenancy. */
    public boolean canSeeStation(UUID stationId, UUID stationDealerId) {
        UUID dealer = confinedToDealer();
        if (dealer != null && !dealer.equals(stationDealerId)) {
            return false;
        }
        UUID station = confinedToStation();
        return station == null || station.equals(stationId);
    }

    private UUID requireScope(String name) {
        UUID id = scope(name);
        if (id == null) {
            // a tenant-bound role without its tenant sees nothing rather than everything
            return new UUID(0, 0);
        }
        return id;
    }

    private UUID scope(String name) {
        Object value = identity.getAttribute(name);
        if (value == null && identity.getPrincipal() instanceof JsonWebToken jwt) {
            value = jwt.getClaim(name);
        }
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.toString().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
