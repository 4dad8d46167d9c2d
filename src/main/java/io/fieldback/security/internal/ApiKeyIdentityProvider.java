package io.fieldback.security.internal;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

import io.fieldback.security.Scope;

/** Turns a valid, unrevoked API key into an identity with its role and tenant. */
@ApplicationScoped
class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            ApiKeySecrets.Parts parts = ApiKeySecrets.parse(request.key());
            if (parts == null) {
                throw new AuthenticationFailedException("malformed API key");
            }
            ApiKey key = QuarkusTransaction.requiringNew().call(() -> ApiKey.findByKeyId(parts.keyId()));
            if (key == null || key.revokedAt != null || !ApiKeySecrets.matches(parts.secret(), key.secretHash)) {
                throw new AuthenticationFailedException("unknown or revoked API key");
            }
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal("apikey:" + key.keyId))
                    .addRole(key.role);
            if (key.dealerId != null) {
                identity.addAttribute(Scope.DEALER, key.dealerId.toString());
            }
            if (key.vendorId != null) {
                identity.addAttribute(Scope.VENDOR, key.vendorId.toString());
            }
            return identity.build();
        });
    }
}
