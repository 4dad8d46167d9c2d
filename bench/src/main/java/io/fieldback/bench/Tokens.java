package io.fieldback.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;

/**
 * RS256 bearer tokens signed with the dev key (src/main/resources/dev/privateKey.pem), shaped like the
 * ones the dev token endpoint mints: issuer, subject/upn, groups = [role], tenant claims. The bench starts
 * the prod-profile app with MP_JWT_VERIFY_PUBLICKEY_LOCATION pointing at the matching dev public key.
 */
public final class Tokens {

    public static final String ISSUER = "https://fieldback.dev";

    private final PrivateKey key;

    public Tokens(Path privateKeyPem) throws Exception {
        String pem = Files.readString(privateKeyPem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    public String technician(String subject, UUID stationId, UUID technicianId) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject
                + "\",\"groups\":[\"technician\"],\"station_id\":\"" + stationId + "\",\"technician_id\":\""
                + technicianId + "\",\"iat\":" + now + ",\"exp\":" + (now + 12 * 3600) + ",\"jti\":\""
                + UUID.randomUUID() + "\"}";
        return sign(claims);
    }

    /** A dealer system's token: role dealer, confined to one dealer by the dealer_id claim. */
    public String dealer(String subject, UUID dealerId) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject
                + "\",\"groups\":[\"dealer\"],\"dealer_id\":\"" + dealerId + "\",\"iat\":" + now + ",\"exp\":"
                + (now + 12 * 3600) + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        return sign(claims);
    }

    /** A survey vendor's token: role vendor, confined to one vendor by the vendor_id claim. */
    public String vendor(String subject, UUID vendorId) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject
                + "\",\"groups\":[\"vendor\"],\"vendor_id\":\"" + vendorId + "\",\"iat\":" + now + ",\"exp\":"
                + (now + 12 * 3600) + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        return sign(claims);
    }

    /** A person's token with any role and no tenant (admins, analysts, agents...). */
    public String person(String subject, String role) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        return sign("{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject
                + "\",\"groups\":[\"" + role + "\"],\"iat\":" + now + ",\"exp\":" + (now + 12 * 3600)
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}");
    }

    private String sign(String claims) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String body = b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update((header + "." + body).getBytes(StandardCharsets.US_ASCII));
        return header + "." + body + "." + b64.encodeToString(rsa.sign());
    }
}
