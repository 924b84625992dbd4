package dev.crm.plugin.api;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a channel is.
 *
 * @param id           stable identifier that appears in URLs, settings and reports: a lower-case
 *                     slug of 2 to 32 characters, letters and digits in dash-separated words,
 *                     starting with a letter, e.g. {@code email}, {@code wechat-oa}, {@code sms2}
 * @param displayName  what staff see in the console, e.g. {@code WeChat official account}
 * @param capabilities what the channel can do; at least one
 */
public record ChannelDescriptor(String id, String displayName, Set<ChannelCapability> capabilities) {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public ChannelDescriptor {
        requireChannelId(id, "id");
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

    /** Channel ids end up in URL paths and report keys, hence one strict spelling everywhere. */
    static void requireChannelId(String id, String field) {
        Objects.requireNonNull(id, field);
        if (id.length() < 2 || id.length() > 32 || !SLUG.matcher(id).matches()) {
            throw new IllegalArgumentException(field
                    + " must be a lower-case slug of 2-32 characters (letters, digits, single dashes): '" + id + "'");
        }
    }
}
