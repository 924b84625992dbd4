package dev.crm.app.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/** The host really loads plugin jars from its folder, honours Plugin-Requires, and unloads on stop. */
class PluginHostTest {

    @TempDir
    Path plugins;

    @Test
    void anEmptyFolderIsAValidStateWithZeroPlugins() {
        PluginHost host = new PluginHost(plugins);
        host.start();

        assertThat(host.plugins().getPlugins()).isEmpty();
        assertThat(host.isRunning()).isTrue();
        host.stop();
    }

    @Test
    void aMissingFolderIsCreated() {
        Path missing = plugins.resolve("not-yet");
        new PluginHost(missing);

        assertThat(missing).isDirectory();
    }

    @Test
    void aCompatiblePluginJarIsLoadedStartedAndUnloadedOnStop() throws IOException {
        writePluginJar("greeting-channel", "1.2.3", ">=1.0.0 & <2.0.0");
        PluginHost host = new PluginHost(plugins);

        host.start();

        PluginWrapper plugin = host.plugins().getPlugin("greeting-channel");
        assertThat(plugin).isNotNull();
        assertThat(plugin.getDescriptor().getVersion()).isEqualTo("1.2.3");
        assertThat(plugin.getPluginState()).isEqualTo(PluginState.STARTED);
        assertThat(GreetingPlugin.started).isTrue();

        host.stop();

        assertThat(host.plugins().getPlugins()).isEmpty();
        assertThat(GreetingPlugin.started).isFalse();
        assertThat(host.isRunning()).isFalse();
    }

    @Test
    void aPluginForAnotherMajorApiVersionIsNotStarted() throws IOException {
        writePluginJar("future-channel", "9.0.0", ">=2.0.0");
        PluginHost host = new PluginHost(plugins);

        host.start();

        PluginWrapper plugin = host.plugins().getPlugin("future-channel");
        assertThat(plugin == null || plugin.getPluginState() != PluginState.STARTED).isTrue();
        host.stop();
    }

    private void writePluginJar(String id, String version, String requires) throws IOException {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Plugin-Id", id);
        attributes.putValue("Plugin-Version", version);
        attributes.putValue("Plugin-Requires", requires);
        attributes.putValue("Plugin-Class", GreetingPlugin.class.getName());
        attributes.putValue("Plugin-Provider", "CRM tests");
        try (OutputStream file = Files.newOutputStream(plugins.resolve(id + "-" + version + ".jar"));
             JarOutputStream jar = new JarOutputStream(file, manifest)) {
            jar.flush();
        }
    }
}
