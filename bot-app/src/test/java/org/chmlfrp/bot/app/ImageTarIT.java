package org.chmlfrp.bot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OCI image Jib wrote under {@code -Pimage} (its config and layers, read from the tar).
 * Runs where that tar exists: {@code ./mvnw -B -Pimage -Djib.from.image=scratch verify -pl bot-app -am}
 * builds it offline; a plain {@code verify} builds no image and skips this.
 */
class ImageTarIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, byte[]> blobs;
    private static JsonNode manifest;
    private static JsonNode config;

    @BeforeAll
    static void readTar() throws IOException {
        // Set by the image profile only, so a plain verify never reads a tar left from an older build.
        String property = System.getProperty("chmlfrp.bot.image.tar");
        assumeTrue(property != null, "no image built (-Pimage)");
        Path tar = Path.of(property);
        assertThat(tar).as("the image profile's tar").isRegularFile();
        blobs = entries(Files.newInputStream(tar));
        JsonNode index = JSON.readTree(blobs.get("index.json"));
        manifest =
                JSON.readTree(blob(index.get("manifests").get(0).get("digest").asText()));
        config = JSON.readTree(blob(manifest.get("config").get("digest").asText()))
                .get("config");
    }

    @Test
    void runsTheBotAsANonRootUserOnTheDataVolume() {
        assertThat(config.get("User").asText()).isEqualTo("10001:10001");
        assertThat(config.get("WorkingDir").asText()).isEqualTo("/data");
        assertThat(config.get("Volumes").has("/data")).isTrue();
        assertThat(texts(config.get("Entrypoint"))).startsWith("java").endsWith("org.chmlfrp.bot.app.Main");
        assertThat(texts(config.get("Cmd"))).containsExactly("--config", "/data/config.yml");
    }

    @Test
    void servesHealthAndMetricsOnAnExposedPortByDefault() {
        assertThat(texts(config.get("Env"))).contains("CHMLBOT_SERVER_LISTEN=0.0.0.0:9464", "CHMLBOT_LOG_LEVEL=INFO");
        assertThat(config.get("ExposedPorts").has("9464/tcp")).isTrue();
    }

    @Test
    void carriesTheDataDirectoryWritableByThatUserTheHealthProbeAndTheChartFont() throws IOException {
        Map<String, TarArchiveEntry> files = new HashMap<>();
        for (JsonNode layer : manifest.get("layers")) {
            try (TarArchiveInputStream in = new TarArchiveInputStream(new GZIPInputStream(
                    new ByteArrayInputStream(blob(layer.get("digest").asText()))))) {
                for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    files.put(e.getName().replaceAll("/$", ""), e);
                }
            }
        }
        assertThat(files.get("data").isDirectory()).isTrue();
        assertThat(files.get("data").getMode() & 0777).isEqualTo(0777);
        assertThat(files)
                .containsKeys(
                        "app/classes/org/chmlfrp/bot/app/ops/HealthProbe.class",
                        "app/classes/org/chmlfrp/bot/app/Main.class",
                        "app/jib-classpath-file");
        assertThat(files.keySet()).anyMatch(n -> n.matches("app/libs/ph-fonts-noto-sans-sc-.*\\.jar"));
        assertThat(files.keySet()).noneMatch(n -> n.contains("bot-testkit-") && !n.contains("chmlfrp"));
    }

    private static byte[] blob(String digest) {
        byte[] b = blobs.get("blobs/sha256/" + digest.substring("sha256:".length()));
        assertThat(b).as(digest).isNotNull();
        return b;
    }

    private static Map<String, byte[]> entries(InputStream raw) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(raw)) {
            for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.isFile()) {
                    out.put(e.getName().replaceFirst("^\\./", ""), in.readAllBytes());
                }
            }
        }
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
