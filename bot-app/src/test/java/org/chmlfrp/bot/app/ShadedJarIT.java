package org.chmlfrp.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the shaded jar carries: only what runs. */
class ShadedJarIT {

    private static final String FONT_DIR = "fonts/ttf/NotoSansSC/";
    private static List<String> names;

    @BeforeAll
    static void readJar() throws IOException {
        Path jar = Path.of(System.getProperty("chmlfrp.bot.jar", "target/chmlfrp-bot.jar"))
                .toAbsolutePath();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            names = zip.stream().map(ZipEntry::getName).toList();
        }
    }

    @Test
    void carriesTheRegularChartFontAndItsLicenceButNoOtherWeight() {
        assertThat(names).contains(FONT_DIR + "NotoSansSC-Regular.ttf", FONT_DIR + "OFL.txt");
        assertThat(names.stream().filter(n -> n.endsWith(".ttf") || n.endsWith(".otf")))
                .containsExactly(FONT_DIR + "NotoSansSC-Regular.ttf");
        assertThat(names).noneMatch(n -> n.startsWith("com/helger/"));
    }

    @Test
    void carriesTheFakeChmlFrpApiForDemoButNoChatFakes() {
        assertThat(names).contains("org/chmlfrp/bot/testkit/chmlfrp/FakeChmlFrpServer.class");
        assertThat(names).noneMatch(n -> n.startsWith("org/chmlfrp/bot/testkit/onebot/"));
        assertThat(names).noneMatch(n -> n.startsWith("org/chmlfrp/bot/testkit/discord/"));
    }
}
