package dev.crm.app.plugins;

import dev.crm.core.api.RecordNotFoundException;
import dev.crm.plugin.api.ChannelAdapter;
import dev.crm.plugin.api.ChannelDescriptor;
import dev.crm.plugin.api.PluginApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Runs the PF4J plugin manager with the Spring context and keeps the channel adapters the started
 * plugins bring. Plugins load from the plugins folder and, unless switched off, from the plugins
 * bundled in the application (unpacked at start into a private folder; a plugin of the same id in
 * the plugins folder wins). A plugin that fails to load, needs another SDK version, or whose
 * adapter cannot describe itself is reported with its reason and does not stop the application.
 */
public class PluginHost implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PluginHost.class);
    static final String BUNDLED = "bundled-plugins/";

    private final PluginManager plugins;
    private final Path directory;
    private final Map<String, String> problems = new ConcurrentHashMap<>();
    private volatile Map<String, LoadedAdapter> adapters = Map.of();
    private volatile boolean running;

    public PluginHost(Path directory) {
        this(directory, null);
    }

    /** @param bundledDirectory where bundled plugins are unpacked, or null to load only the plugins folder */
    public PluginHost(Path directory, Path bundledDirectory) {
        this.directory = createDirectory(directory.toAbsolutePath().normalize());
        List<Path> roots = new ArrayList<>(List.of(this.directory));
        if (bundledDirectory != null) {
            roots.add(unpackBundled(createDirectory(bundledDirectory.toAbsolutePath().normalize())));
        }
        DefaultPluginManager manager = new DefaultPluginManager(roots);
        // Plugin-Requires is checked against the version of the SDK plugins are compiled against.
        manager.setSystemVersion(PluginApi.VERSION);
        this.plugins = manager;
    }

    public PluginManager plugins() {
        return plugins;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public synchronized void start() {
        plugins.loadPlugins();
        plugins.startPlugins();
        refreshAdapters();
        for (PluginWrapper plugin : plugins.getPlugins()) {
            Optional<String> problem = problemOf(plugin);
            if (problem.isPresent()) {
                log.warn("Plugin {} {} is {}: {}", plugin.getPluginId(), plugin.getDescriptor().getVersion(),
                        stateOf(plugin), problem.get());
            } else {
                log.info("Plugin {} {} is {}", plugin.getPluginId(), plugin.getDescriptor().getVersion(),
                        stateOf(plugin));
            }
        }
        log.info("{} plugin(s) with {} channel adapter(s) loaded from {}", plugins.getPlugins().size(),
                adapters.size(), plugins.getPluginsRoots());
        running = true;
    }

    @Override
    public synchronized void stop() {
        // unloadPlugins() stops each plugin first; stopPlugins() in PF4J 3.15 throws
        // ConcurrentModificationException (pf4j/pf4j#656).
        plugins.unloadPlugins();
        adapters = Map.of();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The adapter serving channels of this id, if a started plugin brings one. */
    public Optional<LoadedAdapter> adapter(String adapterId) {
        return Optional.ofNullable(adapters.get(adapterId));
    }

    public Collection<LoadedAdapter> adapters() {
        return adapters.values();
    }

    /**
     * What went wrong with a plugin, if anything: a load or start failure, an SDK version it does
     * not accept, or an adapter that could not describe itself.
     */
    public Optional<String> problemOf(PluginWrapper plugin) {
        if (!requirementMet(plugin)) {
            return Optional.of("requires plugin API " + plugin.getDescriptor().getRequires() + ", this host has "
                    + PluginApi.VERSION);
        }
        if (plugin.getFailedException() != null) {
            return Optional.of(String.valueOf(plugin.getFailedException().getMessage()));
        }
        return Optional.ofNullable(problems.get(plugin.getPluginId()));
    }

    /** PF4J's state, or INCOMPATIBLE for a plugin refused for its Plugin-Requires. */
    public String stateOf(PluginWrapper plugin) {
        return requirementMet(plugin) ? plugin.getPluginState().name() : "INCOMPATIBLE";
    }

    public synchronized PluginState enable(String pluginId) {
        plugin(pluginId);
        plugins.enablePlugin(pluginId);
        PluginState state = plugins.startPlugin(pluginId);
        refreshAdapters();
        return state;
    }

    public synchronized PluginState disable(String pluginId) {
        plugin(pluginId);
        plugins.disablePlugin(pluginId);
        refreshAdapters();
        return plugins.getPlugin(pluginId).getPluginState();
    }

    /**
     * Unloads a plugin and loads what its folder now holds (a replaced jar, a new version), without
     * restarting the application.
     */
    public synchronized Optional<PluginWrapper> reload(String pluginId) {
        plugin(pluginId);
        plugins.unloadPlugin(pluginId);
        problems.remove(pluginId);
        loadNew();
        return Optional.ofNullable(plugins.getPlugin(pluginId));
    }

    /** Loads and starts plugins added to the folders since they were last read; their ids. */
    public synchronized List<String> loadNew() {
        Set<Path> loaded = new HashSet<>();
        plugins.getPlugins().forEach(plugin -> loaded.add(plugin.getPluginPath().toAbsolutePath().normalize()));
        List<String> added = new ArrayList<>();
        for (Path root : plugins.getPluginsRoots()) {
            for (Path candidate : pluginFiles(root)) {
                if (loaded.contains(candidate.toAbsolutePath().normalize())) {
                    continue;
                }
                try {
                    String id = plugins.loadPlugin(candidate);
                    if (id != null) {
                        PluginState state = plugins.startPlugin(id);
                        log.info("Plugin {} loaded from {}: {}", id, candidate, state);
                        added.add(id);
                    }
                } catch (RuntimeException e) {
                    log.error("Cannot load plugin {}: {}", candidate, e.getMessage());
                }
            }
        }
        refreshAdapters();
        return added;
    }

    private void refreshAdapters() {
        Map<String, LoadedAdapter> found = new LinkedHashMap<>();
        for (PluginWrapper plugin : plugins.getStartedPlugins()) {
            String pluginId = plugin.getPluginId();
            problems.remove(pluginId);
            List<ChannelAdapter> extensions;
            try {
                extensions = plugins.getExtensions(ChannelAdapter.class, pluginId);
            } catch (RuntimeException | LinkageError e) {
                report(pluginId, "its extensions cannot be created: " + e);
                continue;
            }
            for (ChannelAdapter adapter : extensions) {
                describe(pluginId, adapter).ifPresent(descriptor -> {
                    LoadedAdapter previous = found.putIfAbsent(descriptor.id(), new LoadedAdapter(pluginId,
                            plugin.getDescriptor().getVersion(), adapter, descriptor));
                    if (previous != null) {
                        report(pluginId, "channel " + descriptor.id() + " is already served by plugin "
                                + previous.pluginId());
                    }
                });
            }
        }
        adapters = Map.copyOf(found);
    }

    /** A plugin's describe() runs once, bounded, so that a broken one cannot hang the host. */
    private Optional<ChannelDescriptor> describe(String pluginId, ChannelAdapter adapter) {
        try {
            ChannelDescriptor descriptor = CompletableFuture.supplyAsync(adapter::describe)
                    .get(5, TimeUnit.SECONDS);
            if (descriptor == null) {
                report(pluginId, adapter.getClass().getName() + ".describe() returned null");
            }
            return Optional.ofNullable(descriptor);
        } catch (Exception | LinkageError e) {
            report(pluginId, adapter.getClass().getName() + ".describe() failed: " + e);
            return Optional.empty();
        }
    }

    private void report(String pluginId, String problem) {
        log.error("Plugin {}: {}", pluginId, problem);
        problems.merge(pluginId, problem, (a, b) -> a + "; " + b);
    }

    private boolean requirementMet(PluginWrapper plugin) {
        String requires = plugin.getDescriptor().getRequires();
        return requires == null || requires.isBlank() || "*".equals(requires.strip())
                || plugins.getVersionManager().checkVersionConstraint(PluginApi.VERSION, requires);
    }

    /** The loaded plugin of this id; a 404 problem when there is none. */
    public PluginWrapper plugin(String pluginId) {
        PluginWrapper plugin = plugins.getPlugin(pluginId);
        if (plugin == null) {
            throw new RecordNotFoundException("plugin", pluginId);
        }
        return plugin;
    }

    private static List<Path> pluginFiles(Path root) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, "*.{jar,zip}")) {
            entries.forEach(files::add);
        } catch (IOException e) {
            log.warn("Cannot read plugin folder {}: {}", root, e.getMessage());
        }
        return files;
    }

    /**
     * Copies the plugin jars packed into the application to {@code target}, except those whose
     * plugin id the plugins folder already has (an administrator's newer copy wins).
     */
    private Path unpackBundled(Path target) {
        Set<String> present = new HashSet<>();
        pluginFiles(directory).forEach(file -> pluginIdOf(file).ifPresent(present::add));
        pluginFiles(target).forEach(PluginHost::deleteQuietly);
        try {
            Resource[] bundled = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
                    .getResources("classpath*:" + BUNDLED + "*.jar");
            for (Resource resource : bundled) {
                Path file = target.resolve(resource.getFilename());
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                Optional<String> id = pluginIdOf(file);
                if (id.isPresent() && present.contains(id.get())) {
                    log.info("Bundled plugin {} is overridden by the plugins folder", id.get());
                    deleteQuietly(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the bundled plugins to " + target, e);
        }
        return target;
    }

    private static Optional<String> pluginIdOf(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return Optional.ofNullable(manifest == null ? null : manifest.getMainAttributes().getValue("Plugin-Id"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot delete {}: {}", file, e.getMessage());
        }
    }

    private static Path createDirectory(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the plugins directory " + path, e);
        }
    }
}
