package org.chmlfrp.bot.core.chart;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws the bot's charts as PNG images sized for a phone screen, from plain data, headless.
 *
 * <p>Every call builds its own chart, so one instance can be used from many threads at once.
 * Rendering never throws for empty or odd data: an empty chart carries {@link ChartText#noData()}.
 * The words on a chart all come from the {@link ChartText}; the only other text is dates ({@code
 * MM-dd}), numbers, "%" and byte units. All text is drawn in the {@link CjkFonts} font, which the
 * bot carries itself, so charts draw Chinese on a machine without any CJK font installed.
 */
@Singleton
public final class ChartRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(ChartRenderer.class);

    public static final int DEFAULT_WIDTH = 800;
    public static final int DEFAULT_HEIGHT = 450;

    /** Lines get markers (dots) up to this many days; beyond it the dots would merge into a blur. */
    static final int MAX_DAYS_WITH_MARKERS = 31;

    private static final String DAY_PATTERN = "MM-dd";
    private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ofPattern(DAY_PATTERN, Locale.ROOT);
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final long DAY_MILLIS = 24L * 60 * 60 * 1000;

    private final ChartTheme theme;
    private final int width;
    private final int height;

    /** A renderer drawing {@value #DEFAULT_WIDTH}×{@value #DEFAULT_HEIGHT} images. */
    @Inject
    public ChartRenderer(CjkFonts fonts) {
        this(fonts, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    public ChartRenderer(CjkFonts fonts, int width, int height) {
        if (width < 200 || height < 150) {
            throw new IllegalArgumentException("chart too small: " + width + "x" + height);
        }
        this.theme = new ChartTheme(Objects.requireNonNull(fonts, "fonts"));
        this.width = width;
        this.height = height;
    }

    /**
     * A line chart of daily uptime: x = days ({@code MM-dd}), y = 0–100 %, one line per series, a
     * legend when there is more than one series. Series without points are left out; with no points
     * at all the chart shows {@link ChartText#noData()}.
     */
    public byte[] uptimePng(ChartText text, List<UptimeSeries> series) {
        return png(text, t -> uptimeChart(t, series));
    }

    /**
     * Grouped bars of daily inbound and outbound traffic. The y axis is in the unit ({@link
     * ByteUnit}) that suits the largest value, and its title gets that unit appended. Several entries
     * for one day are added up. With no days the chart shows {@link ChartText#noData()}.
     */
    public byte[] trafficPng(ChartText text, List<TrafficDay> days) {
        return png(text, t -> trafficChart(t, days));
    }

    // ---------------------------------------------------------------------------------------------
    // chart building (package-private so tests can look at the chart, not only the pixels)

    Chart<?, ?> uptimeChart(ChartText text, List<UptimeSeries> series) {
        List<UptimeSeries> lines = cleanUptime(series);
        if (lines.isEmpty()) {
            return emptyChart(text);
        }

        XYChart chart = new XYChart(width, height);
        chart.setTitle(text.title());
        chart.setXAxisTitle(text.xAxis());
        chart.setYAxisTitle(text.yAxis());
        AxesChartStyler styler = chart.getStyler();
        theme.style(styler, text);
        styler.setLegendVisible(lines.size() > 1);
        styler.setDatePattern(DAY_PATTERN);
        styler.setTimezone(UTC);
        styler.setYAxisMin(0.0);
        styler.setYAxisMax(100.0);
        styler.setYAxisTickLabelsFormattingFunction(v -> String.format(Locale.ROOT, "%.0f%%", v));
        theme.styleUptime(chart.getStyler());

        int maxPoints = lines.stream().mapToInt(l -> l.points().size()).max().orElse(0);
        List<String> names =
                uniqueNames(lines.stream().map(UptimeSeries::nodeName).toList());
        for (int i = 0; i < lines.size(); i++) {
            List<DailyValue> points = lines.get(i).points();
            List<Date> xs = points.stream().map(p -> toDate(p.day())).toList();
            List<Double> ys = points.stream().map(DailyValue::value).toList();
            theme.styleLine(chart.addSeries(names.get(i), xs, ys), i, maxPoints <= MAX_DAYS_WITH_MARKERS);
        }
        Set<LocalDate> days = lines.stream()
                .flatMap(l -> l.points().stream())
                .map(DailyValue::day)
                .collect(Collectors.toSet());
        if (days.size() == 1) {
            // A single day gives the date axis a zero-width range and no tick label; widen it.
            LocalDate day = days.iterator().next();
            styler.setXAxisMin((double) toDate(day.minusDays(1)).getTime());
            styler.setXAxisMax((double) toDate(day.plusDays(1)).getTime());
        }
        return chart;
    }

    Chart<?, ?> trafficChart(ChartText text, List<TrafficDay> days) {
        Map<LocalDate, long[]> byDay = new TreeMap<>();
        if (days != null) {
            for (TrafficDay d : days) {
                if (d == null) {
                    continue;
                }
                long[] sum = byDay.computeIfAbsent(d.day(), k -> new long[2]);
                sum[0] = saturatedAdd(sum[0], Math.max(0, d.inBytes()));
                sum[1] = saturatedAdd(sum[1], Math.max(0, d.outBytes()));
            }
        }
        if (byDay.isEmpty()) {
            return emptyChart(text);
        }

        long maxBytes = byDay.values().stream()
                .mapToLong(v -> Math.max(v[0], v[1]))
                .max()
                .orElse(0);
        ByteUnit unit = ByteUnit.forMax(maxBytes);

        List<String> categories = new ArrayList<>(byDay.size());
        List<Double> in = new ArrayList<>(byDay.size());
        List<Double> out = new ArrayList<>(byDay.size());
        byDay.forEach((day, v) -> {
            categories.add(DAY_FORMAT.format(day));
            in.add(unit.scale(v[0]));
            out.add(unit.scale(v[1]));
        });

        CategoryChart chart = new CategoryChart(width, height);
        chart.setTitle(text.title());
        chart.setXAxisTitle(text.xAxis());
        chart.setYAxisTitle(text.yAxis().isBlank() ? unit.label() : text.yAxis() + " (" + unit.label() + ")");
        AxesChartStyler styler = chart.getStyler();
        theme.style(styler, text);
        styler.setYAxisTitleVisible(true);
        styler.setLegendVisible(true);
        styler.setYAxisMin(0.0);
        if (maxBytes == 0) {
            styler.setYAxisMax(1.0);
        }
        styler.setYAxisDecimalPattern("#,##0.##");
        if (categories.size() > 10) {
            styler.setXAxisMaxLabelCount(10);
        }
        theme.styleTraffic(chart.getStyler());

        List<String> names = uniqueNames(List.of(text.inLabel(), text.outLabel()));
        theme.styleInOut(chart.addSeries(names.get(0), categories, in), chart.addSeries(names.get(1), categories, out));
        return chart;
    }

    /** A chart with a title and the "no data" note in the middle of an empty plot, no axes. */
    Chart<?, ?> emptyChart(ChartText text) {
        XYChart chart = new XYChart(width, height);
        chart.setTitle(text.title());
        AxesChartStyler styler = chart.getStyler();
        theme.styleEmpty(styler, text);
        styler.setXAxisMin(0.0);
        styler.setXAxisMax(1.0);
        styler.setYAxisMin(0.0);
        styler.setYAxisMax(1.0);
        if (!text.noData().isBlank()) {
            AnnotationText note = new AnnotationText(text.noData(), 0.5, 0.5, false);
            chart.addAnnotation(note);
        }
        return chart;
    }

    // ---------------------------------------------------------------------------------------------

    /** {@code build}'s chart as a PNG, with {@code text} (null: no words). */
    private byte[] png(ChartText text, Function<ChartText, Chart<?, ?>> build) {
        ChartText t = text == null ? new ChartText(null, null, null, null, null, null) : text;
        try {
            return encode(build.apply(t));
        } catch (RuntimeException e) {
            // Odd data must not cost the user a reply: draw the "no data" chart instead.
            LOG.warn("Could not draw chart '{}'; sending an empty chart instead", t.title(), e);
            return encode(emptyChart(t));
        }
    }

    private static byte[] encode(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed", e);
        }
    }

    /** Drops unknown values and empty series; sorts by day; one value per day; clamps to 0–100. */
    private static List<UptimeSeries> cleanUptime(List<UptimeSeries> series) {
        List<UptimeSeries> out = new ArrayList<>();
        if (series == null) {
            return out;
        }
        for (int i = 0; i < series.size(); i++) {
            UptimeSeries s = series.get(i);
            if (s == null) {
                continue;
            }
            Map<LocalDate, Double> byDay = new TreeMap<>();
            for (DailyValue p : s.points()) {
                if (p != null && Double.isFinite(p.value())) {
                    byDay.put(p.day(), Math.max(0.0, Math.min(100.0, p.value())));
                }
            }
            if (byDay.isEmpty()) {
                continue;
            }
            List<DailyValue> points = byDay.entrySet().stream()
                    .map(e -> new DailyValue(e.getKey(), e.getValue()))
                    .toList();
            String name = s.nodeName().isBlank() ? "#" + (i + 1) : s.nodeName().strip();
            out.add(new UptimeSeries(name, points));
        }
        return out;
    }

    /** XChart needs unique, non-empty series names. */
    private static List<String> uniqueNames(List<String> wanted) {
        Set<String> used = new HashSet<>();
        List<String> names = new ArrayList<>(wanted.size());
        for (int i = 0; i < wanted.size(); i++) {
            String base = wanted.get(i) == null || wanted.get(i).isBlank() ? "#" + (i + 1) : wanted.get(i);
            String name = base;
            for (int n = 2; !used.add(name); n++) {
                name = base + " (" + n + ")";
            }
            names.add(name);
        }
        return names;
    }

    private static Date toDate(LocalDate day) {
        return new Date(day.toEpochDay() * DAY_MILLIS);
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
