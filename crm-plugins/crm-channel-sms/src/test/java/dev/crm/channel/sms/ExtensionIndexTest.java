package dev.crm.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Without PF4J's index the build is green and the host finds no channel in the jar. */
class ExtensionIndexTest {

    @Test
    void theExtensionIndexNamesTheAdapter() throws IOException {
        List<String> entries = new ArrayList<>();
        for (URL index : Collections.list(getClass().getClassLoader().getResources("META-INF/extensions.idx"))) {
            try (InputStream in = index.openStream()) {
                entries.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            }
        }

        assertThat(entries).contains(SmsChannel.class.getName());
    }
}
