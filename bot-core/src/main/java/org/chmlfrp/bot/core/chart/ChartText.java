package org.chmlfrp.bot.core.chart;

/**
 * The words drawn on a chart, already localized by the caller: the chart code itself contains no
 * Chinese or English words. {@code null} components are treated as empty.
 *
 * @param title the chart title, e.g. "湖南娄底 节点在线率（近 30 天）"
 * @param xAxis the x-axis title, e.g. "日期"; empty hides it
 * @param yAxis the y-axis title, e.g. "在线率" or "流量"; on a traffic chart the unit is appended
 *     by the renderer, giving e.g. "流量 (GB)"
 * @param inLabel legend label of inbound traffic (traffic charts only)
 * @param outLabel legend label of outbound traffic (traffic charts only)
 * @param noData the note drawn in the middle of a chart that has no data, e.g. "暂无数据"
 */
public record ChartText(String title, String xAxis, String yAxis, String inLabel, String outLabel, String noData) {

    public ChartText {
        title = orEmpty(title);
        xAxis = orEmpty(xAxis);
        yAxis = orEmpty(yAxis);
        inLabel = orEmpty(inLabel);
        outLabel = orEmpty(outLabel);
        noData = orEmpty(noData);
    }

    /** Text for an uptime chart, which has no in/out labels. */
    public static ChartText uptime(String title, String xAxis, String yAxis, String noData) {
        return new ChartText(title, xAxis, yAxis, "", "", noData);
    }

    /** Text for a traffic chart. */
    public static ChartText traffic(
            String title, String xAxis, String yAxis, String inLabel, String outLabel, String noData) {
        return new ChartText(title, xAxis, yAxis, inLabel, outLabel, noData);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
