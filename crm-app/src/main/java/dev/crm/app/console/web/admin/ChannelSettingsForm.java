package dev.crm.app.console.web.admin;

import dev.crm.app.channels.Channels.ChannelView;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A channel's settings as the page edits them: readable settings as {@code key=value} lines (they
 * replace the previous ones, as in the API); one secret to set by name and value (the value is typed
 * into a password box and never shown again); the names of secrets to remove. Secrets not named keep
 * their values.
 */
record ChannelSettingsForm(boolean enabled, String settings, String secretName, String secretValue,
                           Set<String> removeSecrets) {

    static ChannelSettingsForm of(ChannelView channel) {
        return new ChannelSettingsForm(channel.enabled(), lines(channel.settings()), "", "", Set.of());
    }

    private static String lines(Map<String, String> settings) {
        return settings == null ? "" : settings.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }
}
