package dev.crm.app.plugins;

import dev.crm.plugin.api.PluginApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the PF4J plugin manager with the Spring context: plugins load and start when the context
 * starts and are unloaded when it stops. A plugin that fails to load is reported as FAILED and
 * does not stop the application.
 */
public class PluginHost implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PluginHost.class);

    private final PluginManager plugins;
    private volatile boolean running;

    PluginHost(Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the plugins directory " + root, e);
        }
        DefaultPluginManager manager = new DefaultPluginManager(root);
        // Plugin-Requires is checked against the version of the SDK plugins are compiled against.
        manager.setSystemVersion(PluginApi.VERSION);
        this.plugins = manager;
    }

    public PluginManager plugins() {
        return plugins;
    }

    @Override
    public void start() {
        plugins.loadPlugins();
        plugins.startPlugins();
        for (PluginWrapper plugin : plugins.getPlugins()) {
            log.info("Plugin {} {} is {}", plugin.getPluginId(), plugin.getDescriptor().getVersion(),
                    plugin.getPluginState());
        }
        log.info("{} plugin(s) loaded from {}", plugins.getPlugins().size(), plugins.getPluginsRoots());
        running = true;
    }

    @Override
    public void stop() {
        // unloadPlugins() stops each plugin first; stopPlugins() in PF4J 3.15 throws
        // ConcurrentModificationException (pf4j/pf4j#656).
        plugins.unloadPlugins();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
