package dev.crm.app.plugins;

import dev.crm.plugin.api.ChannelAdapter;
import dev.crm.plugin.api.ChannelDescriptor;

/**
 * A channel adapter found in a started plugin, with the descriptor it gave when it was loaded (a
 * plugin is asked once, so a misbehaving {@code describe()} cannot break later listings).
 */
public record LoadedAdapter(String pluginId, String pluginVersion, ChannelAdapter adapter,
                            ChannelDescriptor descriptor) {

    public String id() {
        return descriptor.id();
    }
}
