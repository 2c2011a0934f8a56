package org.chmlfrp.bot.core.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Charts are drawn with the bundled font while no installed font is visible (as on a bare server). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartRendererTest {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final long MB = 1024L * 1024;
    private static final long GB = MB * 1024;
    private static final LocalDate END = LocalDate.of(2025, 6, 30);

    private static final ChartText UPTIME_ZH = ChartText.uptime("湖南娄底节点在线率（近 7 天）", "日期", "在线率", "暂无数据");
    private static final ChartText TRAFFIC_ZH = ChartText.traffic("隧道 mc 流量（近 7 天）", "日期", "流量", "入站", "出站", "暂无数据");

    /** Loaded once for the class; the installed fonts it could fall back to: none. */
    private final CjkFonts fonts = new CjkFonts(CjkFonts.BUNDLED_FONT, List::of);

    private final ChartRenderer renderer = new ChartRenderer(fonts);

    // ----------------------------------------------------------------------------- output format

    @Test
    void runsHeadless() {
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    }

    @Test
    void uptimeIsAPngOfTheDefaultSize() {
        byte[] png = renderer.uptimePng(UPTIME_ZH, List.of(series("湖南娄底", 7, 99.0)));

        assertPng(png, 800, 450);
    }

    @Test
    void trafficIsAPngOfTheDefaultSize() {
        byte[] png = renderer.trafficPng(TRAFFIC_ZH, traffic(7, 3 * GB));

        assertPng(png, 800, 450);
    }

    @Test
    void sizeCanBeChosen() {
        ChartRenderer big = new ChartRenderer(fonts, 1200, 675);

        assertPng(big.uptimePng(UPTIME_ZH, List.of(series("a", 3, 50))), 1200, 675);
        assertPng(big.trafficPng(TRAFFIC_ZH, traffic(7, MB)), 1200, 675);
    }

    @Test
    void pngBytesCanBeWrittenAndReadBack(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("uptime.png");
        Files.write(file, renderer.uptimePng(UPTIME_ZH, List.of(series("湖南娄底", 30, 97.5))));

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(450);
    }

    // ----------------------------------------------------------------------------- Chinese text

    @Test
    void everyFontOnTheChartIsTheBundledOneAndHasGlyphsForTheChineseText() {
        String title = "湖南娄底节点在线率（近 7 天）";
        ChartText text = ChartText.uptime(title, "日期", "在线率", "暂无数据");
        XYChart uptime = (XYChart) renderer.uptimeChart(text, List.of(series("湖南娄底", 7, 99), series("广东深圳", 7, 90)));
        CategoryChart traffic = (CategoryChart) renderer.trafficChart(TRAFFIC_ZH, traffic(7, GB));
        List<Chart<?, ?>> charts = List.of(uptime, traffic, renderer.emptyChart(text));

        assertThat(fonts.source()).isEqualTo(CjkFonts.Source.BUNDLED);
        assertThat(fonts.family()).isEqualTo(CjkFontsTest.BUNDLED_FAMILY);
        List<Font> used = new ArrayList<>();
        for (Chart<?, ?> chart : charts) {
            AxesChartStyler styler = (AxesChartStyler) chart.getStyler();
            used.addAll(List.of(
                    styler.getBaseFont(),
                    styler.getChartTitleFont(),
                    styler.getAxisTitleFont(),
                    styler.getAxisTickLabelsFont(),
                    styler.getLegendFont(),
                    styler.getAnnotationTextFont(),
                    styler.getAnnotationTextPanelFont(),
                    styler.getToolTipFont()));
        }
        used.add(uptime.getStyler().getCursorFont());
        used.add(traffic.getStyler().getLabelsFont());

        String words = title + "日期在线率" + String.join("", TRAFFIC_ZH.inLabel(), TRAFFIC_ZH.outLabel());
        for (Font font : used) {
            assertThat(font.getFamily()).isEqualTo(CjkFontsTest.BUNDLED_FAMILY);
            words.codePoints()
                    .filter(CjkFontsTest::isChinese)
                    .forEach(cp -> assertThat(CjkFontsTest.glyphCode(font, cp))
                            .as("glyph of %s in %s", Character.toString(cp), font)
                            .isNotEqualTo(font.getMissingGlyphCode()));
        }
    }

    @Test
    void chineseTitlesAreDrawnAsGlyphsNotBoxes() {
        // Two titles of the same length and width class: missing glyphs ("tofu") all look the same,
        // so if the font cannot draw Chinese, both images come out identical.
        List<UptimeSeries> data = List.of(series("node", 7, 95));
        BufferedImage a = decode(renderer.uptimePng(ChartText.uptime("湖南娄底节点在线率", "", "", ""), data));
        BufferedImage b = decode(renderer.uptimePng(ChartText.uptime("广东深圳节点流量图", "", "", ""), data));

        int titleBand = 60;
        assertThat(darkPixels(a, titleBand)).isGreaterThan(200);
        assertThat(differentPixels(a, b, titleBand))
                .withFailMessage("Two different Chinese titles render identically: the font draws boxes.")
                .isGreaterThan(100);
    }

    // ----------------------------------------------------------------------------- uptime

    @Test
    void uptimeAxisIsZeroToHundredPercentWithDays() {
        XYChart chart = (XYChart) renderer.uptimeChart(UPTIME_ZH, List.of(series("湖南娄底", 7, 99)));

        assertThat(chart.getStyler().getYAxisMin()).isEqualTo(0.0);
        assertThat(chart.getStyler().getYAxisMax()).isEqualTo(100.0);
        assertThat(chart.getStyler().getDatePattern()).isEqualTo("MM-dd");
        assertThat(chart.getStyler().getYAxisTickLabelsFormattingFunction().apply(80.0))
                .isEqualTo("80%");
        assertThat(chart.getTitle()).isEqualTo(UPTIME_ZH.title());
        assertThat(chart.getXAxisTitle()).isEqualTo("日期");
        assertThat(chart.getYAxisTitle()).isEqualTo("在线率");
        assertThat(chart.getStyler().isLegendVisible()).isFalse();
    }

    @Test
    void ninetyDaySeries() {
        UptimeSeries s = series("湖南娄底", 90, 98.5);
        XYChart chart = (XYChart) renderer.uptimeChart(UPTIME_ZH, List.of(s));

        XYSeries line = chart.getSeries("湖南娄底");
        assertThat(line.getXData()).hasSize(90);
        assertThat(line.getMarker()).isSameAs(SeriesMarkers.NONE);
        assertPng(renderer.uptimePng(UPTIME_ZH, List.of(s)), 800, 450);
    }

    @Test
    void shortSeriesHaveMarkers() {
        XYChart chart = (XYChart) renderer.uptimeChart(UPTIME_ZH, List.of(series("a", 7, 99)));

        assertThat(chart.getSeries("a").getMarker()).isNotSameAs(SeriesMarkers.NONE);
    }

    @Test
    void severalSeriesGetALegendAndUniqueNames() {
        List<UptimeSeries> in =
                List.of(series("湖南娄底", 30, 99), series("广东深圳", 30, 80), series("湖南娄底", 30, 70), series(" ", 30, 60));

        XYChart chart = (XYChart) renderer.uptimeChart(UPTIME_ZH, in);

        assertThat(chart.getStyler().isLegendVisible()).isTrue();
        assertThat(names(chart)).containsExactly("湖南娄底", "广东深圳", "湖南娄底 (2)", "#4");
        assertPng(renderer.uptimePng(UPTIME_ZH, in), 800, 450);
    }

    @Test
    void seriesOfDifferentLengthsAndTenNodes() {
        List<UptimeSeries> in = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            in.add(series("节点" + i, 5 + i * 9, 50 + i * 5));
        }

        assertPng(renderer.uptimePng(UPTIME_ZH, in), 800, 450);
        XYChart chart = (XYChart) renderer.uptimeChart(UPTIME_ZH, in);
        assertThat(chart.getSeriesCollection()).hasSize(10);
        assertThat(chart.getSeries("节点0").getMarker()).isSameAs(SeriesMarkers.NONE);
    }

    @Test
    void pointsAreSortedDedupedAndClamped() {
        UptimeSeries s = new UptimeSeries(
                "n",
                List.of(
                        new DailyValue(END, 150),
                        new DailyValue(END.minusDays(2), -3),
                        new DailyValue(END.minusDays(1), Double.NaN),
                        new DailyValue(END.minusDays(3), 40),
                        new DailyValue(END.minusDays(3), 42)));

        XYSeries line = ((XYChart) renderer.uptimeChart(UPTIME_ZH, List.of(s))).getSeries("n");

        assertThat(line.getYData()).containsExactly(42.0, 0.0, 100.0);
        assertThat(line.getXData()).isSorted();
    }

    @Test
    void aSingleDayStillGetsADateAxis() {
        UptimeSeries one = new UptimeSeries("n", List.of(new DailyValue(END, 99.9)));
        XYChart chart = (XYChart) renderer.uptimeChart(UPTIME_ZH, List.of(one));

        assertThat(chart.getStyler().getXAxisMin()).isNotNull();
        assertThat(chart.getStyler().getXAxisMax())
                .isGreaterThan(chart.getStyler().getXAxisMin());
        assertPng(renderer.uptimePng(UPTIME_ZH, List.of(one)), 800, 450);
    }

    @Test
    void emptyUptimeDataGivesANoDataChart() {
        List<List<UptimeSeries>> empties = new ArrayList<>();
        empties.add(null);
        empties.add(List.of());
        empties.add(List.of(new UptimeSeries("n", List.of())));
        empties.add(List.of(new UptimeSeries("n", List.of(new DailyValue(END, Double.NaN)))));

        for (List<UptimeSeries> empty : empties) {
            assertPng(renderer.uptimePng(UPTIME_ZH, empty), 800, 450);
            Chart<?, ?> chart = renderer.uptimeChart(UPTIME_ZH, empty);
            assertThat(chart.getSeriesCollection()).isEmpty();
            assertThat(chart.getTitle()).isEqualTo(UPTIME_ZH.title());
        }
    }

    @Test
    void theNoDataNoteIsDrawn() {
        BufferedImage withNote = decode(renderer.uptimePng(UPTIME_ZH, List.of()));
        BufferedImage without =
                decode(renderer.uptimePng(ChartText.uptime(UPTIME_ZH.title(), "日期", "在线率", ""), List.of()));

        assertThat(differentPixels(withNote, without, 450)).isGreaterThan(100);
    }

    @Test
    void nullOrEmptyTextIsFine() {
        assertPng(renderer.uptimePng(null, List.of(series("n", 7, 90))), 800, 450);
        assertPng(renderer.uptimePng(null, null), 800, 450);
        assertPng(renderer.trafficPng(null, traffic(7, GB)), 800, 450);
        assertPng(renderer.trafficPng(new ChartText("", "", "", "", "", ""), List.of()), 800, 450);
    }

    // ----------------------------------------------------------------------------- traffic

    @Test
    void trafficUnitFollowsTheLargestDay() {
        assertThat(yTitle(traffic(7, 3 * GB))).isEqualTo("流量 (GB)");
        assertThat(yTitle(traffic(7, 5 * MB))).isEqualTo("流量 (MB)");
        assertThat(yTitle(traffic(7, 20 * 1024))).isEqualTo("流量 (KB)");
        assertThat(yTitle(traffic(7, 500))).isEqualTo("流量 (B)");
        assertThat(yTitle(List.of(new TrafficDay(END, 0, 0)))).isEqualTo("流量 (B)");

        CategoryChart noTitle = (CategoryChart)
                renderer.trafficChart(ChartText.traffic("t", "", "", "in", "out", ""), traffic(7, 3 * GB));
        assertThat(noTitle.getYAxisTitle()).isEqualTo("GB");
    }

    @Test
    void trafficValuesAreInTheChosenUnit() {
        List<TrafficDay> days =
                List.of(new TrafficDay(END.minusDays(1), 3 * GB, GB / 2), new TrafficDay(END, GB, 2 * GB));

        CategoryChart chart = (CategoryChart) renderer.trafficChart(TRAFFIC_ZH, days);

        CategorySeries in = chart.getSeries("入站");
        CategorySeries out = chart.getSeries("出站");
        assertThat(in.getYData()).containsExactly(3.0, 1.0);
        assertThat(out.getYData()).containsExactly(0.5, 2.0);
        assertThat(new ArrayList<Object>(in.getXData())).containsExactly("06-29", "06-30");
        assertThat(chart.getStyler().getYAxisMin()).isEqualTo(0.0);
        assertThat(chart.getStyler().isLegendVisible()).isTrue();
    }

    @Test
    void trafficDaysAreSortedAndMerged() {
        List<TrafficDay> days = List.of(
                new TrafficDay(END, MB, MB),
                new TrafficDay(END.minusDays(1), 2 * MB, -5),
                new TrafficDay(END, MB, 3 * MB));

        CategoryChart chart = (CategoryChart) renderer.trafficChart(TRAFFIC_ZH, days);

        assertThat(new ArrayList<Object>(chart.getSeries("入站").getXData())).containsExactly("06-29", "06-30");
        assertThat(chart.getSeries("入站").getYData()).containsExactly(2.0, 2.0);
        assertThat(chart.getSeries("出站").getYData()).containsExactly(0.0, 4.0);
    }

    @Test
    void sameOrBlankInOutLabelsDoNotBreakTheChart() {
        ChartText same = ChartText.traffic("t", "", "", "x", "x", "");
        ChartText blank = ChartText.traffic("t", "", "", "", "", "");

        assertThat(names(renderer.trafficChart(same, traffic(7, MB)))).containsExactly("x", "x (2)");
        assertThat(names(renderer.trafficChart(blank, traffic(7, MB)))).containsExactly("#1", "#2");
        assertPng(renderer.trafficPng(same, traffic(7, MB)), 800, 450);
    }

    @Test
    void allZeroTrafficRenders() {
        List<TrafficDay> zeros = new ArrayList<>();
        for (int i = 6; i >= 0; i--) {
            zeros.add(new TrafficDay(END.minusDays(i), 0, 0));
        }

        assertPng(renderer.trafficPng(TRAFFIC_ZH, zeros), 800, 450);
    }

    @Test
    void thirtyTrafficDaysRender() {
        assertPng(renderer.trafficPng(TRAFFIC_ZH, traffic(30, 700 * MB)), 800, 450);
    }

    @Test
    void emptyTrafficGivesANoDataChart() {
        List<List<TrafficDay>> empties = new ArrayList<>();
        empties.add(null);
        empties.add(List.of());
        for (List<TrafficDay> empty : empties) {
            assertPng(renderer.trafficPng(TRAFFIC_ZH, empty), 800, 450);
            assertThat(renderer.trafficChart(TRAFFIC_ZH, empty).getSeriesCollection())
                    .isEmpty();
        }
    }

    // ----------------------------------------------------------------------------- threads

    @Test
    void rendersConcurrentlyFromFourThreads() throws Exception {
        List<UptimeSeries> uptime = List.of(series("湖南娄底", 90, 97), series("广东深圳", 90, 88));
        List<TrafficDay> traffic = traffic(7, 3 * GB);
        int[] expectedUptime = pixels(decode(renderer.uptimePng(UPTIME_ZH, uptime)));
        int[] expectedTraffic = pixels(decode(renderer.trafficPng(TRAFFIC_ZH, traffic)));

        int threads = 4;
        int rounds = 5;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<byte[]>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<byte[]> out = new ArrayList<>();
                    for (int r = 0; r < rounds; r++) {
                        out.add(renderer.uptimePng(UPTIME_ZH, uptime));
                        out.add(renderer.trafficPng(TRAFFIC_ZH, traffic));
                    }
                    return out;
                }));
            }
            start.countDown();
            for (Future<List<byte[]>> f : futures) {
                List<byte[]> pngs = f.get(120, TimeUnit.SECONDS);
                assertThat(pngs).hasSize(2 * rounds);
                for (int i = 0; i < pngs.size(); i++) {
                    int[] expected = i % 2 == 0 ? expectedUptime : expectedTraffic;
                    assertThat(pixels(decode(pngs.get(i)))).isEqualTo(expected);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ----------------------------------------------------------------------------- helpers

    private static List<String> names(Chart<?, ?> chart) {
        return chart.getSeriesCollection().stream().map(s -> s.getName()).toList();
    }

    private String yTitle(List<TrafficDay> days) {
        return ((CategoryChart) renderer.trafficChart(TRAFFIC_ZH, days)).getYAxisTitle();
    }

    /** {@code days} days ending at {@link #END}, wobbling around {@code level}. */
    static UptimeSeries series(String name, int days, double level) {
        List<DailyValue> points = new ArrayList<>();
        for (int i = days - 1; i >= 0; i--) {
            points.add(new DailyValue(END.minusDays(i), Math.min(100, level + (i % 3) - 1)));
        }
        return new UptimeSeries(name, points);
    }

    /** {@code days} days ending at {@link #END}; the largest inbound value is {@code max}. */
    static List<TrafficDay> traffic(int days, long max) {
        List<TrafficDay> out = new ArrayList<>();
        for (int i = days - 1; i >= 0; i--) {
            long in = i == 0 ? max : max / (i + 1);
            out.add(new TrafficDay(END.minusDays(i), in, in / 3));
        }
        return out;
    }

    static void assertPng(byte[] png, int width, int height) {
        assertThat(png).startsWith(PNG_MAGIC);
        BufferedImage image = decode(png);
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }

    static BufferedImage decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).as("ImageIO could not decode the PNG").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** Pixels in the top {@code rows} rows that are clearly darker than the white background. */
    static int darkPixels(BufferedImage image, int rows) {
        int n = 0;
        for (int y = 0; y < Math.min(rows, image.getHeight()); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int gray = (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
                if (gray < 128) {
                    n++;
                }
            }
        }
        return n;
    }

    static int differentPixels(BufferedImage a, BufferedImage b, int rows) {
        int n = 0;
        for (int y = 0; y < Math.min(rows, a.getHeight()); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
