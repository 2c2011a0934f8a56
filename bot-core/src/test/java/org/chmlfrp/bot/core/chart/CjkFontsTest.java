package org.chmlfrp.bot.core.chart;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * The charts' font is the bundled Noto Sans SC, found without any installed font: every font
 * source here says "no installed CJK font", as on a bare server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CjkFontsTest {

    static final String BUNDLED_FAMILY = "Noto Sans SC";
    private static final String MISSING = "fonts/no-such-font.ttf";
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** Counts how often the installed fonts are asked for: never, while the bundled font loads. */
    private final AtomicInteger installedLookups = new AtomicInteger();

    /** Loaded once for the class (10 MB): no installed fonts, and the list is never needed. */
    private final CjkFonts bundled = new CjkFonts(CjkFonts.BUNDLED_FONT, () -> {
        installedLookups.incrementAndGet();
        return List.of();
    });

    private final Logger logger = (Logger) LoggerFactory.getLogger(CjkFonts.class);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void captureLogs() {
        logs.list.clear();
        logs.start();
        levelBefore = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logger.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        logger.detachAppender(logs);
        logger.setLevel(levelBefore);
    }

    // ----------------------------------------------------------------------------- bundled font

    @Test
    void theBundledFontIsChosenWithoutLookingAtInstalledFonts() {
        assertThat(bundled.source()).isEqualTo(CjkFonts.Source.BUNDLED);
        assertThat(bundled.family()).isEqualTo(BUNDLED_FAMILY);
        assertThat(bundled.font(Font.PLAIN, 14f).getFamily()).isEqualTo(BUNDLED_FAMILY);
        assertThat(installedLookups).hasValue(0);
        assertThat(warnings()).isEmpty();
    }

    @Test
    void everyChineseWordOfEveryChartHasAGlyph() throws IOException, URISyntaxException {
        List<String> chartTexts = zhChartTexts();
        assertThat(chartTexts).hasSizeGreaterThan(10);
        Font font = bundled.font(Font.PLAIN, 14f);

        for (String text : chartTexts) {
            text.codePoints()
                    .filter(CjkFontsTest::isChinese)
                    .forEach(cp -> assertThat(glyphCode(font, cp))
                            .as("glyph of %s in \"%s\"", Character.toString(cp), text)
                            .isNotEqualTo(font.getMissingGlyphCode()));
        }
        assertThat(font.canDisplayUpTo(String.join("", chartTexts))).isEqualTo(-1);
    }

    @Test
    void chineseCharactersAreDrawnAsTheirOwnGlyphsNotBoxes() {
        Font font = bundled.font(Font.PLAIN, 32f);
        byte[] box = draw(font, font.createGlyphVector(FRC, new int[] {font.getMissingGlyphCode()}));
        String chars = "湖南娄底节点在线率流量";

        List<byte[]> drawn = new ArrayList<>();
        for (int i = 0; i < chars.length(); i++) {
            byte[] glyph = draw(font, font.createGlyphVector(FRC, chars.substring(i, i + 1)));
            assertThat(inked(glyph)).as("ink of %s", chars.charAt(i)).isGreaterThan(20);
            assertThat(glyph)
                    .as("%s drawn as the missing-glyph box", chars.charAt(i))
                    .isNotEqualTo(box);
            for (int j = 0; j < drawn.size(); j++) {
                assertThat(glyph)
                        .as("%s and %s drawn alike", chars.charAt(i), chars.charAt(j))
                        .isNotEqualTo(drawn.get(j));
            }
            drawn.add(glyph);
        }
    }

    @Test
    void stylesAndSizesAreDerivedFromTheBundledFont() {
        Font title = bundled.font(Font.BOLD, 22f);
        Font tick = bundled.font(Font.PLAIN, 14f);

        assertThat(title.isBold()).isTrue();
        assertThat(title.getSize2D()).isEqualTo(22f);
        assertThat(title.getFamily()).isEqualTo(BUNDLED_FAMILY);
        assertThat(tick.isPlain()).isTrue();
        assertThat(tick.getSize2D()).isEqualTo(14f);
        assertThat(glyphCode(title, '湖')).isEqualTo(glyphCode(tick, '湖'));
    }

    @Test
    void theFontIsLoadedLazilyAndOnceAcrossThreads() throws Exception {
        CjkFonts fonts = new CjkFonts(CjkFonts.BUNDLED_FONT, List::of);
        assertThat(loads()).isZero();

        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Font>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return fonts.font(Font.PLAIN, 14f);
                }));
            }
            start.countDown();
            for (Future<Font> f : results) {
                assertThat(f.get(60, TimeUnit.SECONDS).getFamily()).isEqualTo(BUNDLED_FAMILY);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(loads()).isEqualTo(1);
    }

    // ----------------------------------------------------------------------------- fallbacks

    @Test
    void withoutTheBundledFontAnInstalledFontThatDisplaysChineseIsTaken() {
        Font notCjk = new Font(Font.SERIF, Font.PLAIN, 1);
        Font cjk = bundled.font(Font.PLAIN, 1f); // stands in for an installed CJK font
        CjkFonts fonts = new CjkFonts(MISSING, () -> List.of(notCjk, cjk));

        assertThat(fonts.source()).isEqualTo(CjkFonts.Source.INSTALLED);
        assertThat(fonts.family()).isEqualTo(BUNDLED_FAMILY);
        assertThat(warnings()).singleElement().asString().contains(MISSING).contains(BUNDLED_FAMILY);
    }

    @Test
    void anUnreadableFontFileCountsAsMissing() {
        Font cjk = bundled.font(Font.PLAIN, 1f);
        CjkFonts fonts = new CjkFonts("fonts/not-a-font.ttf", () -> List.of(cjk));

        assertThat(fonts.source()).isEqualTo(CjkFonts.Source.INSTALLED);
        assertThat(warnings()).hasSize(2).first().asString().contains("not-a-font.ttf");
    }

    @Test
    void withNeitherBundledNorInstalledCjkFontsItFallsBackToSansSerifWithOneWarning() {
        CjkFonts fonts = new CjkFonts(MISSING, List::of);

        assertThat(fonts.source()).isEqualTo(CjkFonts.Source.FALLBACK);
        assertThat(fonts.family()).isEqualTo(Font.SANS_SERIF);
        fonts.font(Font.PLAIN, 12f);
        assertThat(warnings())
                .singleElement()
                .asString()
                .contains(MISSING)
                .contains("boxes")
                .contains("fonts-noto-cjk");
    }

    @Test
    void aFailingFontListAlsoFallsBack() {
        Supplier<Collection<Font>> broken = () -> {
            throw new IllegalStateException("fontconfig broken");
        };
        CjkFonts fonts = new CjkFonts(MISSING, broken);

        assertThat(fonts.source()).isEqualTo(CjkFonts.Source.FALLBACK);
        assertThat(warnings()).hasSize(1);
    }

    @Test
    void installedFamilyNamesThatDoNotResolveAreLeftOut() {
        // new Font("No Such Family") silently becomes Dialog, which may well display Chinese.
        List<Font> fonts = CjkFonts.fontsNamed(Arrays.asList("No Such Family", null, " ", "serif", "Monospaced"));

        assertThat(fonts).extracting(Font::getFamily).containsExactly("Serif", "Monospaced");
    }

    // ----------------------------------------------------------------------------- helpers

    private long loads() {
        return logs.list.stream()
                .filter(e -> e.getFormattedMessage().startsWith("Loaded chart font"))
                .count();
    }

    private List<String> warnings() {
        return logs.list.stream()
                .filter(e -> e.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    /** Every zh-CN text that a chart can show: the values of the {@code *.chart.*} keys. */
    static List<String> zhChartTexts() throws IOException, URISyntaxException {
        Path dir =
                Path.of(CjkFontsTest.class.getClassLoader().getResource("i18n").toURI());
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith("_zh_CN.properties"))
                    .toList()) {
                Properties bundle = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    bundle.load(in);
                }
                bundle.stringPropertyNames().stream()
                        .filter(key -> key.contains(".chart."))
                        .forEach(key -> texts.add(bundle.getProperty(key)));
            }
        }
        return texts;
    }

    static boolean isChinese(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION;
    }

    static int glyphCode(Font font, int codePoint) {
        return font.createGlyphVector(FRC, Character.toString(codePoint)).getGlyphCode(0);
    }

    /** The glyphs drawn black on white into a 64×64 gray image; its pixels. */
    private static byte[] draw(Font font, GlyphVector glyphs) {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 64, 64);
            g.setColor(Color.BLACK);
            g.setFont(font);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.drawGlyphVector(glyphs, 8, 48);
        } finally {
            g.dispose();
        }
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    private static int inked(byte[] gray) {
        int n = 0;
        for (byte b : gray) {
            if ((b & 0xFF) < 128) {
                n++;
            }
        }
        return n;
    }
}
