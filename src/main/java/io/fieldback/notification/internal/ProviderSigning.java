package io.fieldback.notification.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Aliyun's RPC request signature (version 1.0): HMAC-SHA1 over the canonical, sorted, RFC 3986-encoded query. */
public final class ProviderSigning {

    private ProviderSigning() {
    }

    public static String aliyun(String method, Map<String, String> params, String secret) {
        String toSign = method + "&" + encode("/") + "&" + encode(canonical(params));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String canonical(Map<String, String> params) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(params).forEach((k, v) -> out.append(out.length() == 0 ? "" : "&").append(encode(k))
                .append('=').append(encode(v == null ? "" : v)));
        return out.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}
