package io.fieldback.notification.internal;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.fieldback.notification.Channel;

/** The provider of each channel: the enabled real one, else the log-only adapter. */
@ApplicationScoped
public class Adapters {

    private final Map<Channel, ChannelAdapter> byChannel = new EnumMap<>(Channel.class);

    Adapters(Instance<ChannelAdapter> providers, LogAdapter log) {
        for (Channel channel : Channel.values()) {
            byChannel.put(channel, log.as(channel));
        }
        for (ChannelAdapter provider : providers) {
            if (provider.enabled()) {
                byChannel.put(provider.channel(), provider);
            }
        }
    }

    ChannelAdapter of(Channel channel) {
        return byChannel.get(channel);
    }
}
