package dev.crm.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.plugin.echo.EchoChannel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;

/**
 * An {@code @Extension} compiled against this SDK is indexed by PF4J's annotation processor and
 * found by a plugin manager, both on the classpath and packed as the README says: the build wiring
 * an integrator relies on, which otherwise fails silently (no index, no channel).
 */
class ExtensionDiscoveryTest {

    private static final String INDEX = "META-INF/extensions.idx";
    private static final String REQUIRES = ">=1.0.0 & <2.0.0";

    @TempDir
    Path plugins;

    @Test
    void theAnnotationProcessorIndexesTheAdapter() throws IOException {
        assertThat(generatedIndex()).as("an %s written by PF4J's annotation processor that lists %s",
                INDEX, EchoChannel.class.getName()).contains(EchoChannel.class.getName());
    }

    @Test
    void aPluginManagerFindsAnAdapterOnTheClasspath() {
        PluginManager manager = new DefaultPluginManager(plugins);

        List<ChannelAdapter> adapters = manager.getExtensions(ChannelAdapter.class);

        assertThat(adapters).hasSize(1).first().isInstanceOf(EchoChannel.class);
        assertThat(adapters.get(0).send(new OutboundMessage("m-7", "anyone", null, "hi", Map.of()), null))
                .isEqualTo(DeliveryResult.delivered("echo-m-7"));
    }

    @Test
    void aPluginJarWithTheDocumentedManifestIsStartedAndItsAdapterFound() throws IOException {
        writePluginJar("echo-channel", REQUIRES, false);
        PluginManager manager = startedHost();
        try {
            assertThat(manager.getPlugin("echo-channel").getPluginState()).isEqualTo(PluginState.STARTED);

            List<ChannelAdapter> adapters = manager.getExtensions(ChannelAdapter.class, "echo-channel");

            assertThat(adapters).hasSize(1);
            ChannelAdapter adapter = adapters.get(0);
            assertThat(adapter.getClass().getClassLoader())
                    .as("loaded from the plugin jar, isolated from the host's classpath")
                    .isSameAs(manager.getPluginClassLoader("echo-channel"));
            assertThat(adapter.describe().id()).isEqualTo("echo");
        } finally {
            manager.unloadPlugins();
        }
    }

    @Test
    void aPluginRequiringAnotherMajorVersionIsNotStarted() throws IOException {
        writePluginJar("future-channel", ">=2.0.0", false);
        PluginManager manager = startedHost();
        try {
            assertThat(manager.getPlugin("future-channel"))
                    .satisfiesAnyOf(plugin -> assertThat(plugin).isNull(),
                            plugin -> assertThat(plugin.getPluginState()).isNotEqualTo(PluginState.STARTED));
            assertThat(manager.getExtensions(ChannelAdapter.class, "future-channel")).isEmpty();
        } finally {
            manager.unloadPlugins();
        }
    }

    @Test
    void aPluginThatBundlesTheSdkOffersNoAdapterTheHostCanUse() throws IOException {
        // Why the README insists on provided scope: the plugin's own copy of ChannelAdapter is a
        // different type from the host's, so PF4J skips the extension, silently.
        writePluginJar("bundling-channel", REQUIRES, true);
        PluginManager manager = startedHost();
        try {
            assertThat(manager.getPlugin("bundling-channel").getPluginState()).isEqualTo(PluginState.STARTED);
            assertThat(manager.getExtensions(ChannelAdapter.class, "bundling-channel")).isEmpty();
        } finally {
            manager.unloadPlugins();
        }
    }

    private PluginManager startedHost() {
        DefaultPluginManager manager = new DefaultPluginManager(plugins);
        manager.setSystemVersion(PluginApi.VERSION);
        manager.loadPlugins();
        manager.startPlugins();
        return manager;
    }

    /** The index the build generated for the test sources (the main jar's own index is empty). */
    private static String generatedIndex() throws IOException {
        List<URL> indexes = Collections.list(ExtensionDiscoveryTest.class.getClassLoader().getResources(INDEX));
        List<String> contents = new ArrayList<>();
        for (URL index : indexes) {
            try (InputStream in = index.openStream()) {
                contents.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return contents.stream().filter(content -> content.contains(EchoChannel.class.getName())).findFirst().orElse("");
    }

    /** A jar as a plugin author's build produces it; no Plugin-Class, since it is optional. */
    private void writePluginJar(String id, String requires, boolean bundleSdk) throws IOException {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Plugin-Id", id);
        attributes.putValue("Plugin-Version", "1.0.0");
        attributes.putValue("Plugin-Requires", requires);
        try (OutputStream file = Files.newOutputStream(plugins.resolve(id + "-1.0.0.jar"));
             JarOutputStream jar = new JarOutputStream(file, manifest)) {
            addClass(jar, EchoChannel.class);
            if (bundleSdk) {
                addClass(jar, ChannelAdapter.class);
            }
            jar.putNextEntry(new JarEntry(INDEX));
            jar.write(generatedIndex().getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
    }

    private static void addClass(JarOutputStream jar, Class<?> type) throws IOException {
        String entry = type.getName().replace('.', '/') + ".class";
        try (InputStream bytes = type.getClassLoader().getResourceAsStream(entry)) {
            jar.putNextEntry(new JarEntry(entry));
            bytes.transferTo(jar);
            jar.closeEntry();
        }
    }
}
