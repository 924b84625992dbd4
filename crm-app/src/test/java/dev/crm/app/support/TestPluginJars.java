package dev.crm.app.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Packs test classes into a plugin jar the way a plugin build does: manifest, the classes (and
 * their nested classes), and PF4J's extensions index naming the adapter.
 */
public final class TestPluginJars {

    private TestPluginJars() {
    }

    public static Path write(Path directory, String pluginId, String version, String requires, Class<?> adapter)
            throws IOException {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Plugin-Id", pluginId);
        attributes.putValue("Plugin-Version", version);
        attributes.putValue("Plugin-Requires", requires);
        attributes.putValue("Plugin-Provider", "CRM tests");
        Path jarFile = directory.resolve(pluginId + "-" + version + ".jar");
        try (OutputStream file = Files.newOutputStream(jarFile); JarOutputStream jar = new JarOutputStream(file, manifest)) {
            Path classes = classesRoot(adapter);
            String packagePath = adapter.getPackageName().replace('.', '/');
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(classes.resolve(packagePath),
                    adapter.getSimpleName() + "*.class")) {
                for (Path entry : entries) {
                    jar.putNextEntry(new JarEntry(packagePath + "/" + entry.getFileName()));
                    jar.write(Files.readAllBytes(entry));
                    jar.closeEntry();
                }
            }
            jar.putNextEntry(new JarEntry("META-INF/extensions.idx"));
            jar.write((adapter.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return jarFile;
    }

    private static Path classesRoot(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
