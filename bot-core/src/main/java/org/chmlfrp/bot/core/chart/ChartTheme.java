package org.chmlfrp.bot.core.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * How the bot's charts look: colours, fonts, sizes and paddings, applied to XChart's stylers and
 * series. {@link ChartRenderer} decides what a chart shows; this class decides how it is drawn.
 * All text is in the {@link CjkFonts} font. Stateless apart from the fonts, so safe to share.
 */
final class ChartTheme {
    private static final Color BACKGROUND = Color.WHITE;
    private static final Color TEXT = new Color(0x21, 0x21, 0x21);
    private static final Color GRID = new Color(0xE0, 0xE0, 0xE0);
    private static final Color BORDER = new Color(0xBD, 0xBD, 0xBD);
    private static final Color NOTE = new Color(0x75, 0x75, 0x75);
    private static final Color IN_COLOR = new Color(0x1E, 0x88, 0xE5);
    private static final Color OUT_COLOR = new Color(0xFB, 0x8C, 0x00);
    private static final Color[] SERIES_COLORS = {
        new Color(0x1E, 0x88, 0xE5),
        new Color(0xE5, 0x39, 0x35),
        new Color(0x43, 0xA0, 0x47),
        new Color(0xFB, 0x8C, 0x00),
        new Color(0x8E, 0x24, 0xAA),
        new Color(0x00, 0xAC, 0xC1),
        new Color(0x6D, 0x4C, 0x41),
        new Color(0xD8, 0x1B, 0x60),
        new Color(0x54, 0x6E, 0x7A),
        new Color(0xC0, 0xCA, 0x33),
    };

    private static final float TITLE_SIZE = 22f;
    private static final float AXIS_TITLE_SIZE = 16f;
    private static final float TICK_SIZE = 14f;
    private static final float LEGEND_SIZE = 14f;
    private static final float NOTE_SIZE = 22f;

    private static final float LINE_WIDTH = 2.5f;
    private static final int MARKER_SIZE = 7;

    private final CjkFonts fonts;

    ChartTheme(CjkFonts fonts) {
        this.fonts = fonts;
    }

    /** The look every chart shares: fonts, colours, paddings, the legend below the plot. */
    void style(AxesChartStyler s, ChartText text) {
        s.setBaseFont(fonts.font(Font.PLAIN, TICK_SIZE));
        s.setChartTitleFont(fonts.font(Font.BOLD, TITLE_SIZE));
        s.setAxisTitleFont(fonts.font(Font.PLAIN, AXIS_TITLE_SIZE));
        s.setAxisTickLabelsFont(fonts.font(Font.PLAIN, TICK_SIZE));
        s.setLegendFont(fonts.font(Font.PLAIN, LEGEND_SIZE));
        s.setAnnotationTextFont(fonts.font(Font.PLAIN, NOTE_SIZE));
        s.setAnnotationTextPanelFont(fonts.font(Font.PLAIN, LEGEND_SIZE));
        s.setToolTipFont(fonts.font(Font.PLAIN, TICK_SIZE));
        s.setLocale(Locale.ROOT);

        s.setChartTitleVisible(!text.title().isBlank());
        s.setChartTitleBoxVisible(false);
        s.setXAxisTitleVisible(!text.xAxis().isBlank());
        s.setYAxisTitleVisible(!text.yAxis().isBlank());

        s.setChartBackgroundColor(BACKGROUND);
        s.setPlotBackgroundColor(BACKGROUND);
        s.setChartFontColor(TEXT);
        s.setChartTitleFontColor(TEXT);
        s.setAxisTickLabelsColor(TEXT);
        s.setPlotBorderVisible(true);
        s.setPlotBorderColor(BORDER);
        s.setPlotGridLinesColor(GRID);
        s.setPlotGridVerticalLinesVisible(false);
        s.setAxisTickMarksColor(BORDER);
        s.setAnnotationTextFontColor(NOTE);
        s.setChartPadding(14);
        s.setChartTitlePadding(12);
        s.setAxisTitlePadding(8);
        s.setPlotMargin(6);

        s.setLegendPosition(LegendPosition.OutsideS);
        s.setLegendLayout(LegendLayout.Horizontal);
        s.setLegendBorderColor(BACKGROUND);
        s.setLegendBackgroundColor(BACKGROUND);
        s.setAntiAlias(true);
        s.setTextAntiAlias(true);
    }

    /** A chart with nothing to plot: no legend, axis titles, ticks or grid, only the title and the note. */
    void styleEmpty(AxesChartStyler s, ChartText text) {
        style(s, text);
        s.setLegendVisible(false);
        s.setAxisTitlesVisible(false);
        s.setAxisTicksVisible(false);
        s.setPlotGridLinesVisible(false);
    }

    /** The uptime line chart's own parts: the cursor font and the size of the day markers. */
    void styleUptime(XYStyler s) {
        s.setCursorFont(fonts.font(Font.PLAIN, TICK_SIZE));
        s.setMarkerSize(MARKER_SIZE);
    }

    /** The {@code index}-th line of a line chart: its colour, a thick round stroke, dots if wanted. */
    void styleLine(XYSeries s, int index, boolean markers) {
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        Color color = SERIES_COLORS[index % SERIES_COLORS.length];
        s.setLineColor(color);
        s.setMarkerColor(color);
        s.setLineStyle(new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        s.setMarker(markers ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
    }

    /** The traffic bar chart's own parts: bar label font, bars side by side with some space between. */
    void styleTraffic(CategoryStyler s) {
        s.setLabelsFont(fonts.font(Font.PLAIN, TICK_SIZE));
        s.setAvailableSpaceFill(0.7);
        s.setOverlapped(false);
    }

    /** The traffic chart's bars: inbound and outbound, each in its colour. */
    void styleInOut(CategorySeries in, CategorySeries out) {
        in.setFillColor(IN_COLOR);
        in.setLineColor(IN_COLOR);
        out.setFillColor(OUT_COLOR);
        out.setLineColor(OUT_COLOR);
    }
}
