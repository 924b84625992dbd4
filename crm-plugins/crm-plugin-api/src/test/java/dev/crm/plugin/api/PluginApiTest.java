package dev.crm.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/** The range the README tells plugin authors to declare works with PF4J's own version check. */
class PluginApiTest {

    private final VersionManager versions = new DefaultVersionManager();

    @Test
    void theDocumentedRequiresRangeAcceptsThisVersion() {
        assertThat(versions.checkVersionConstraint(PluginApi.VERSION, ">=1.0.0 & <2.0.0")).isTrue();
    }

    @Test
    void aPluginForTheNextMajorVersionIsNotAccepted() {
        assertThat(versions.checkVersionConstraint(PluginApi.VERSION, ">=2.0.0")).isFalse();
    }

    @Test
    void theVersionIsSemantic() {
        assertThat(PluginApi.VERSION).matches("\\d+\\.\\d+\\.\\d+");
    }
}
