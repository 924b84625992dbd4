package dev.crm.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every console text exists in English and in Simplified Chinese, in every area's bundle. */
class MessageBundlesTest {

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        Map<String, Set<String>> english = keysByBundle("");
        Map<String, Set<String>> chinese = keysByBundle("_zh_CN");

        assertThat(english).as("bundles found").isNotEmpty();
        assertThat(chinese.keySet()).as("bundles with a Chinese translation").isEqualTo(english.keySet());
        for (String bundle : english.keySet()) {
            assertThat(differences(english.get(bundle), chinese.get(bundle)))
                    .as("keys of %s in only one language", bundle).isEmpty();
        }
    }

    @Test
    void theComparisonCatchesAKeyMissingInOneLanguage() {
        assertThat(differences(Set.of("a", "b"), Set.of("a"))).containsExactly("b (only in English)");
        assertThat(differences(Set.of("a"), Set.of("a", "c"))).containsExactly("c (only in Chinese)");
    }

    @Test
    void theMessageSourceFindsEveryBundle() throws IOException {
        assertThat(ConsoleConfiguration.bundleBasenames())
                .containsExactlyElementsOf(new TreeSet<>(keysByBundle("").keySet().stream()
                        .map(name -> "classpath:i18n/" + name).toList()));
    }

    static Set<String> differences(Set<String> english, Set<String> chinese) {
        Set<String> differences = new TreeSet<>();
        english.stream().filter(key -> !chinese.contains(key)).forEach(key -> differences.add(key + " (only in English)"));
        chinese.stream().filter(key -> !english.contains(key)).forEach(key -> differences.add(key + " (only in Chinese)"));
        return differences;
    }

    private static Map<String, Set<String>> keysByBundle(String suffix) throws IOException {
        Map<String, Set<String>> bundles = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(ConsoleConfiguration.BUNDLES)) {
            String file = resource.getFilename();
            String name = file.substring(0, file.length() - ".properties".length());
            boolean chinese = name.endsWith("_zh_CN");
            if (suffix.isEmpty() ? name.contains("_") : !chinese) {
                continue;
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            bundles.put(name.substring(0, name.length() - suffix.length()), new TreeSet<>(properties.stringPropertyNames()));
        }
        return bundles;
    }
}
