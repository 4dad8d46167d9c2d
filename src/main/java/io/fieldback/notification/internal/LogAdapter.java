package io.fieldback.notification.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.notification.Channel;
import io.quarkus.logging.Log;

/**
 * The default "provider" of every channel whose real provider is off: it logs the message and answers
 * accepted. It remembers what it took (a bounded map) so a lookup after a restart-free time-out works.
 */
@ApplicationScoped
public class LogAdapter {

    private static final int REMEMBERED = 100_000;

    private final Map<UUID, String> taken = new ConcurrentHashMap<>();
    private final AtomicLong sends = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();

    SendResult send(Outgoing message) {
        String id = "log-" + message.id();
        if (taken.putIfAbsent(message.id(), id) != null) {
            duplicates.incrementAndGet();
            Log.warnf("notification %s handed to the log adapter a second time", message.id());
        }
        if (taken.size() > REMEMBERED) {
            taken.clear();
        }
        sends.incrementAndGet();
        Log.infof("[%s] to %s: %s", message.channel(), message.address(), message.body());
        return new SendResult.Accepted(id);
    }

    Optional<String> lookup(Outgoing message) {
        return Optional.ofNullable(taken.get(message.id()));
    }

    /** How many messages were handed over since start (tests count double sends with it). */
    public long sends() {
        return sends.get();
    }

    /** How many messages were handed over a second time (must stay 0). */
    public long duplicates() {
        return duplicates.get();
    }

    /** Whether this message was handed over (tests). */
    public boolean took(UUID notificationId) {
        return taken.containsKey(notificationId);
    }

    ChannelAdapter as(Channel channel) {
        LogAdapter self = this;
        return new ChannelAdapter() {
            public Channel channel() {
                return channel;
            }

            public boolean enabled() {
                return true;
            }

            public SendResult send(Outgoing message) {
                return self.send(message);
            }

            public Optional<String> lookup(Outgoing message) {
                return self.lookup(message);
            }
        };
    }
}
