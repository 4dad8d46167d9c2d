package io.fieldback.notification.internal;

import java.util.Optional;

import io.fieldback.notification.Channel;

/** One provider of one channel. Implementations must not throw for provider errors: they answer a SendResult. */
public interface ChannelAdapter {

    Channel channel();

    /** Whether settings turned this provider on; the log-only adapter stands in for those that are off. */
    boolean enabled();

    SendResult send(Outgoing message);

    /**
     * After an unknown outcome: the provider's message id when it did take the message with our id as
     * client reference, empty when it did not. Throws when it cannot tell (ask again later).
     */
    Optional<String> lookup(Outgoing message);
}
