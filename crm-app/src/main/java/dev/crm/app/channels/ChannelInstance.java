package dev.crm.app.channels;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One configured channel: which adapter serves it, whether it is on, and its settings. Secrets are
 * settings too, kept apart so that they are never read back through the API. Outbox messages name
 * the instance in their {@code channel} field; inbound providers call its id's URL.
 */
@Document("channel_instances")
public class ChannelInstance {

    @Id
    private final String id;
    private String adapter;
    private boolean enabled;
    private Map<String, String> settings;
    private Map<String, String> secrets;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Long version;

    @PersistenceCreator
    ChannelInstance(String id, String adapter, boolean enabled, Map<String, String> settings,
                    Map<String, String> secrets, Instant updatedAt, String updatedBy, Long version) {
        this.id = id;
        this.adapter = adapter;
        this.enabled = enabled;
        this.settings = settings == null ? new LinkedHashMap<>() : new LinkedHashMap<>(settings);
        this.secrets = secrets == null ? new LinkedHashMap<>() : new LinkedHashMap<>(secrets);
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.version = version;
    }

    static ChannelInstance create(String id, String adapter) {
        return new ChannelInstance(id, adapter, false, Map.of(), Map.of(), null, null, null);
    }

    /**
     * Replaces the readable settings; secrets given with a value are set, with an empty value
     * removed, and secrets not mentioned are kept (the caller cannot read them to send them back).
     */
    void configure(String adapter, boolean enabled, Map<String, String> settings, Map<String, String> secrets,
                   String by, Instant at) {
        this.adapter = adapter;
        this.enabled = enabled;
        this.settings = new LinkedHashMap<>(settings);
        secrets.forEach((key, value) -> {
            if (value == null || value.isEmpty()) {
                this.secrets.remove(key);
            } else {
                this.secrets.put(key, value);
            }
        });
        this.settings.keySet().removeAll(this.secrets.keySet());
        touch(by, at);
    }

    void switchTo(boolean enabled, String by, Instant at) {
        this.enabled = enabled;
        touch(by, at);
    }

    private void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** What the plugin sees: readable settings and secrets in one map. */
    Map<String, String> effectiveSettings() {
        Map<String, String> all = new LinkedHashMap<>(settings);
        all.putAll(secrets);
        return Map.copyOf(all);
    }

    public String id() {
        return id;
    }

    public String adapter() {
        return adapter;
    }

    public boolean enabled() {
        return enabled;
    }

    public Map<String, String> settings() {
        return Map.copyOf(settings);
    }

    /** The names of the secrets set, never their values. */
    public Set<String> secretNames() {
        return new TreeSet<>(secrets.keySet());
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Long version() {
        return version;
    }
}
