package dev.crm.app.plugins;

import org.pf4j.Plugin;

/** The plugin class named by the test plugin jars that {@link PluginHostTest} writes. */
public class GreetingPlugin extends Plugin {

    static volatile boolean started;

    @Override
    public void start() {
        started = true;
    }

    @Override
    public void stop() {
        started = false;
    }
}
