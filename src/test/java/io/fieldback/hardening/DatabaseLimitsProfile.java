package io.fieldback.hardening;

import java.util.HashMap;
import java.util.Map;

/** {@link TinyLimitsProfile} with the buckets in the database (fieldback.limits.backend=database). */
public class DatabaseLimitsProfile extends TinyLimitsProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("fieldback.limits.backend", "database");
        overrides.put("fieldback.embedded-db.data-dir", "target/mariadb-test-limits-db");
        return overrides;
    }
}
