package org.chmlfrp.bot.core.chmlfrp.model;

/**
 * A bounded summary of {@code /node_status_info}, whose answer runs to megabytes: the node
 * details, the newest sample, how many samples there were and the peaks among them. The
 * status list itself is never kept.
 *
 * @param latest        the sample with the newest timestamp, or null when the list is empty
 * @param peakCurConns  the highest {@code cur_conns} over all samples
 * @param averageCpu    the mean {@code cpu_usage} over all samples (0 when there are none)
 */
public record NodeStatusSummary(
        String nodeName,
        NodeDetails details,
        StatusSample latest,
        int sampleCount,
        int peakCurConns,
        double averageCpu) {}
