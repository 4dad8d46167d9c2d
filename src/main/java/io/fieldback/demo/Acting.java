package io.fieldback.demo;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.TimeSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * Runs a step of the demo history as a named person in a role (and tenant), at a past instant: the
 * services then check roles, tenancy and every rule exactly as for a request made at that time.
 */
@ApplicationScoped
class Acting {

    private final TimeSource time;

    Acting(TimeSource time) {
        this.time = time;
    }

    /** Who acts: a person's name, one role, and the tenant claims ({@code io.fieldback.security.Scope}). */
    record Actor(String name, String role, Map<String, UUID> scope) {

        static Actor of(String name, String role) {
            return new Actor(name, role, Map.of());
        }
    }

    <T> T as(Actor actor, Instant at, Supplier<T> work) {
        return as(actor, () -> time.asOf(at, work));
    }

    <T> T as(Actor actor, Supplier<T> work) {
        ManagedContext requests = Arc.container().requestContext();
        requests.activate();
        try {
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(actor.name())).addRole(actor.role());
            actor.scope().forEach((claim, id) -> identity.addAttribute(claim, id.toString()));
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(identity.build());
            return work.get();
        } finally {
            requests.terminate();
        }
    }
}
