package dev.crm.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.InboundRejectedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A push with a DOCTYPE that declares two external entities: one reads a local file, one calls a
 * local server (the "beacon"), so the test can see whether either was resolved.
 */
class XxeTest {

    private static final String SECRET = "TOP-SECRET-7f3a91";

    @TempDir
    Path dir;

    private HttpServer beacon;
    private final AtomicInteger beaconHits = new AtomicInteger();
    private byte[] attack;

    @BeforeEach
    void armTheAttack() throws Exception {
        Path secretFile = Files.writeString(dir.resolve("secret.txt"), SECRET);
        beacon = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        beacon.createContext("/xxe", exchange -> {
            beaconHits.incrementAndGet();
            byte[] body = "BEACON".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        beacon.start();
        attack = new String(TencentSide.sample("xxe.xml"), StandardCharsets.UTF_8)
                .replace("@SECRET_FILE_URL@", secretFile.toUri().toString())
                .replace("@BEACON_URL@", "http://127.0.0.1:" + beacon.getAddress().getPort() + "/xxe")
                .getBytes(StandardCharsets.UTF_8);
    }

    @AfterEach
    void stopBeacon() {
        beacon.stop(0);
    }

    @Test
    void theAttackWorksAgainstAParserWithDefaultSettings() throws Exception {
        // The control: without this the test below could pass with a payload that does nothing.
        String content = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(attack)).getElementsByTagName("Content").item(0).getTextContent();

        assertThat(content).contains(SECRET).contains("BEACON");
        assertThat(beaconHits).hasValue(1);
    }

    @Test
    void theChannelRejectsItAsMalformedWithoutResolvingAnyEntity() {
        TestContext context = TestContext.of(Map.of("token", MessagePushTest.TOKEN),
                new MutableClock(Instant.ofEpochSecond(MessagePushTest.NOW)));

        InboundRejectedException rejection = MessagePushTest.assertRejected(
                TencentSide.push(MessagePushTest.TOKEN, MessagePushTest.NOW, "1", MessagePushTest.OPENID, attack),
                context, Reason.MALFORMED);

        assertThat(beaconHits).hasValue(0);
        for (Throwable t = rejection; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET);
        }
    }

    @Test
    void aDoctypeWithInternalEntitiesOnlyIsRejectedToo() {
        // Entity expansion (billion laughs) needs no external access; only refusing DOCTYPEs stops it.
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                + new String(TencentSide.sample("text.xml"), StandardCharsets.UTF_8).replace("<![CDATA[你好", "&lol2;<![CDATA[你好");
        TestContext context = TestContext.of(Map.of("token", MessagePushTest.TOKEN),
                new MutableClock(Instant.ofEpochSecond(MessagePushTest.NOW)));

        MessagePushTest.assertRejected(TencentSide.push(MessagePushTest.TOKEN, MessagePushTest.NOW, "1",
                MessagePushTest.OPENID, laughs.getBytes(StandardCharsets.UTF_8)), context, Reason.MALFORMED);
    }

    @Test
    void anEncryptedPushCannotSmuggleADoctypeEither() {
        String key = EncryptedModeTest.KEY;
        String encrypt = TencentSide.encrypt(key, EncryptedModeTest.APP_ID, new byte[16],
                new String(attack, StandardCharsets.UTF_8));
        TestContext context = TestContext.of(Map.of("token", MessagePushTest.TOKEN, "app-id", EncryptedModeTest.APP_ID,
                "encoding-aes-key", key), new MutableClock(Instant.ofEpochSecond(MessagePushTest.NOW)));

        MessagePushTest.assertRejected(TencentSide.encryptedPush(MessagePushTest.TOKEN, MessagePushTest.NOW, "1",
                MessagePushTest.OPENID, encrypt), context, Reason.MALFORMED);

        assertThat(beaconHits).hasValue(0);
    }
}
