package dev.crm.plugin.api;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a channel is.
 *
 * @param id           stable identifier used in URLs and settings keys, e.g. {@code email},
 *                     {@code wechat}: lower-case letters, digits and dashes, 2 to 32 characters
 * @param displayName  what staff see in the console
 * @param capabilities what the channel can do; at least one
 */
public record ChannelDescriptor(String id, String displayName, Set<ChannelCapability> capabilities) {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    public ChannelDescriptor {
        Objects.requireNonNull(id, "id");
        if (!SLUG.matcher(id).matches()) {
            throw new IllegalArgumentException("channel id must be a lower-case slug of 2-32 characters: " + id);
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("displayName must not be blank");
        }
        if (capabilities == null || capabilities.isEmpty()) {
            throw new IllegalArgumentException("a channel needs at least one capability");
        }
        capabilities = Set.copyOf(capabilities);
    }

    public boolean can(ChannelCapability capability) {
        return capabilities.contains(capability);
    }
}
