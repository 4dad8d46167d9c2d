package io.fieldback.security;

import java.util.UUID;

/**
 * Which tenants exist, answered by the features that own them (station owns dealers, survey owns vendors).
 * Security depends on no feature: the features implement this and security finds them by {@link #kind()}.
 */
public interface TenantDirectory {

    enum Kind { DEALER, VENDOR }

    Kind kind();

    boolean exists(UUID id);
}
