package dev.crm.app.channels;

import dev.crm.app.plugins.LoadedAdapter;
import dev.crm.app.plugins.PluginHost;
import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.plugin.api.ChannelCapability;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

/**
 * The channel instances: those configured in {@code channel_instances}, and one unconfigured
 * instance per loaded adapter that has none of its own id yet (so a freshly installed plugin shows
 * up, switched off, ready to be configured).
 */
@Service
public class Channels {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int MAX_VALUE_LENGTH = 8192;

    private final MongoOperations mongo;
    private final PluginHost host;
    private final AuditLog audit;
    private final Clock clock;

    Channels(MongoOperations mongo, PluginHost host, AuditLog audit, Clock clock) {
        this.mongo = mongo;
        this.host = host;
        this.audit = audit;
        this.clock = clock;
    }

    /** A channel as administrators see it: never its secrets, only their names. */
    public record ChannelView(String id, String adapter, String displayName, String plugin, String pluginVersion,
                              List<ChannelCapability> capabilities, ChannelState state, boolean enabled,
                              Map<String, String> settings, List<String> secrets, Instant updatedAt,
                              String updatedBy) {
    }

    public List<ChannelView> list() {
        Map<String, ChannelInstance> instances = new LinkedHashMap<>();
        mongo.findAll(ChannelInstance.class).forEach(instance -> instances.put(instance.id(), instance));
        for (LoadedAdapter adapter : host.adapters()) {
            instances.putIfAbsent(adapter.id(), ChannelInstance.create(adapter.id(), adapter.id()));
        }
        return instances.values().stream().map(this::view).sorted(Comparator.comparing(ChannelView::id)).toList();
    }

    public ChannelView get(String id) {
        return view(instance(id).orElseThrow(() -> new RecordNotFoundException("channel", id)));
    }

    /** The instances outbound messages can go through now. */
    List<LiveChannel> active(ChannelCapability capability) {
        List<LiveChannel> live = new ArrayList<>();
        for (ChannelInstance instance : mongo.findAll(ChannelInstance.class)) {
            live(instance).filter(channel -> channel.can(capability)).ifPresent(live::add);
        }
        return live;
    }

    Optional<LiveChannel> active(String id) {
        return Optional.ofNullable(mongo.findById(id, ChannelInstance.class)).flatMap(this::live);
    }

    public ChannelView configure(String id, String adapter, Boolean enabled, Map<String, String> settings,
                                 Map<String, String> secrets, String by) {
        List<FieldViolation> violations = new ArrayList<>();
        if (id == null || id.length() < 2 || id.length() > 32 || !ID.matcher(id).matches()) {
            violations.add(new FieldViolation("id", "must be a lower-case slug of 2-32 characters"));
        }
        if (adapter != null && !adapter.isBlank()
                && (adapter.strip().length() > 64 || !ID.matcher(adapter.strip()).matches())) {
            // Adapter ids are lower-case slugs (ChannelDescriptor#id); anything else can never match a plugin.
            violations.add(new FieldViolation("adapter", "must be a lower-case slug of at most 64 characters"));
        }
        ChannelInstance existing = id == null ? null : mongo.findById(id, ChannelInstance.class);
        String adapterId = adapterFor(id, adapter, existing);
        if (adapterId == null) {
            violations.add(new FieldViolation("adapter", "is required: no loaded channel adapter has the id " + id));
        }
        checkEntries("settings", settings, violations);
        checkEntries("secrets", secrets, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ChannelInstance instance = existing != null ? existing : ChannelInstance.create(id, adapterId);
        instance.configure(adapterId, enabled == null || enabled, settings == null ? Map.of() : settings,
                secrets == null ? Map.of() : secrets, by, clock.instant());
        ChannelInstance saved = mongo.save(instance);
        // The audit trail names the secrets that changed, never their values.
        audit.record(new AuditEvent(by, "channel.configured", "Channel", id, Map.of("adapter", adapterId,
                "enabled", String.valueOf(saved.enabled()), "secretsChanged",
                String.join(",", secrets == null ? List.of() : secrets.keySet()))));
        return view(saved);
    }

    public ChannelView switchTo(String id, boolean enabled, String by) {
        ChannelInstance instance = instance(id).orElseThrow(() -> new RecordNotFoundException("channel", id));
        instance.switchTo(enabled, by, clock.instant());
        ChannelInstance saved = mongo.save(instance);
        audit.record(AuditEvent.of(by, enabled ? "channel.enabled" : "channel.disabled", "Channel", id));
        return view(saved);
    }

    public void remove(String id, String by) {
        ChannelInstance instance = mongo.findById(id, ChannelInstance.class);
        if (instance == null) {
            throw new RecordNotFoundException("channel", id);
        }
        mongo.remove(instance);
        audit.record(AuditEvent.of(by, "channel.removed", "Channel", id));
    }

    /** The adapter asked for; else the one the instance has; else the loaded adapter of the instance's id. */
    private String adapterFor(String id, String requested, ChannelInstance existing) {
        if (requested != null && !requested.isBlank()) {
            return requested.strip();
        }
        if (existing != null) {
            return existing.adapter();
        }
        return id == null ? null : host.adapter(id).map(LoadedAdapter::id).orElse(null);
    }

    private Optional<ChannelInstance> instance(String id) {
        return Optional.ofNullable(mongo.findById(id, ChannelInstance.class))
                .or(() -> host.adapter(id).map(adapter -> ChannelInstance.create(id, adapter.id())));
    }

    private Optional<LiveChannel> live(ChannelInstance instance) {
        if (!instance.enabled()) {
            return Optional.empty();
        }
        return host.adapter(instance.adapter()).map(adapter -> new LiveChannel(instance, adapter));
    }

    private ChannelView view(ChannelInstance instance) {
        Optional<LoadedAdapter> adapter = host.adapter(instance.adapter());
        ChannelState state = adapter.isEmpty() ? ChannelState.ADAPTER_MISSING
                : instance.version() == null ? ChannelState.UNCONFIGURED
                : instance.enabled() ? ChannelState.ACTIVE : ChannelState.DISABLED;
        return new ChannelView(instance.id(), instance.adapter(),
                adapter.map(a -> a.descriptor().displayName()).orElse(null),
                adapter.map(LoadedAdapter::pluginId).orElse(null),
                adapter.map(LoadedAdapter::pluginVersion).orElse(null),
                adapter.map(a -> a.descriptor().capabilities().stream().sorted().toList()).orElse(List.of()),
                state, instance.enabled(), instance.settings(), List.copyOf(instance.secretNames()),
                instance.updatedAt(), instance.updatedBy());
    }

    private static void checkEntries(String field, Map<String, String> entries, List<FieldViolation> violations) {
        if (entries == null) {
            return;
        }
        entries.forEach((key, value) -> {
            if (key == null || key.isBlank() || key.length() > 64) {
                violations.add(new FieldViolation(field, "keys must be 1-64 characters"));
            } else if (value != null && value.length() > MAX_VALUE_LENGTH) {
                violations.add(new FieldViolation(field + "." + key, "must be at most " + MAX_VALUE_LENGTH + " characters"));
            }
        });
    }
}
