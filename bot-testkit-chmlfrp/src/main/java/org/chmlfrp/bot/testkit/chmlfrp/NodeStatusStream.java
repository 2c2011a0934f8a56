package org.chmlfrp.bot.testkit.chmlfrp;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Random;

/**
 * Writes {@code /node_status_info}'s answer straight onto the response: the envelope, the node's
 * {@code node_details}, then {@code size} {@code status_list} entries generated one at a time,
 * newest first, one every 20 seconds back from now. Nothing is held in memory but the current
 * entry, so the megabytes the real API sends cost the fake nothing. Deterministic per node id.
 */
final class NodeStatusStream implements ApiResponse.BodyWriter {

    private static final int STEP_SECONDS = 20;

    private final FakeNode node;
    private final int size;
    private final Instant now;

    NodeStatusStream(FakeNode node, int size, Instant now) {
        this.node = node;
        this.size = size;
        this.now = now;
    }

    @Override
    public void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("msg", "节点状态信息获取成功");
        g.writeNumberField("code", 200);
        g.writeObjectFieldStart("data");
        writeDetails(g);
        g.writeArrayFieldStart("status_list");
        writeEntries(g);
        g.writeEndArray();
        g.writeEndObject();
        g.writeStringField("state", "success");
        g.writeEndObject();
    }

    private void writeDetails(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("node_details");
        g.writeNumberField("total_traffic_in", node.totalTrafficIn());
        g.writeStringField("cpu_info", node.cpuInfo());
        g.writeNumberField("num_cores", node.numCores());
        g.writeStringField("coordinates", node.coordinates());
        g.writeNumberField("storage_total", node.storageTotal());
        g.writeFieldName("load5");
        g.writeTree(Json.number(node.load5()));
        g.writeStringField("version", node.version());
        g.writeFieldName("load1");
        g.writeTree(Json.number(node.load1()));
        g.writeNumberField("total_traffic_out", node.totalTrafficOut());
        g.writeNumberField("uptime_seconds", node.uptimeSeconds());
        g.writeNumberField("memory_total", node.memoryTotal());
        g.writeNumberField("storage_used", node.storageUsed());
        g.writeFieldName("load15");
        g.writeTree(Json.number(node.load15()));
        g.writeEndObject();
    }

    private void writeEntries(JsonGenerator g) throws IOException {
        Random random = new Random(node.id() * 1_000_003L);
        long newest = now.getEpochSecond() - Math.floorMod(now.getEpochSecond(), STEP_SECONDS);
        long sent = 700_000_000L + node.id() * 1_000_000L;
        long recv = 1_300_000_000L + node.id() * 2_000_000L;
        int baseConns = Math.max(node.curCounts(), 5);
        int clients = Math.max(node.clientCounts(), 3);
        long memoryBase = Math.max(node.memoryTotal() / 27, 100_000_000L);
        for (int i = 0; i < size; i++) {
            int conns = baseConns + random.nextInt(baseConns / 2 + 10) - baseConns / 4;
            g.writeStartObject();
            g.writeNumberField("proxy_https", 13);
            g.writeNumberField("download_bandwidth_usage_percent", random.nextInt(5));
            g.writeNumberField("cur_conns", conns);
            g.writeNumberField("sent_packets", sent);
            g.writeNumberField("memory_used", memoryBase + random.nextInt(8_000_000));
            g.writeNumberField("active_conn", conns * 2 + random.nextInt(5));
            g.writeNumberField("recv_packets", recv);
            g.writeNumberField("proxy_tcp", 151);
            g.writeNumberField("proxy_udp", 12);
            g.writeNumberField("proxy_http", 30);
            g.writeNumberField("upload_bandwidth_usage_percent", random.nextInt(3));
            g.writeNumberField("cpu_usage", Math.round((1 + random.nextDouble() * 12) * 1e6) / 1e6);
            g.writeNumberField("page_tables", 3_800_000 + random.nextInt(1_200_000));
            g.writeNumberField("passive_conn", random.nextInt(2));
            g.writeStringField("timestamp", ApiTime.spring(Instant.ofEpochSecond(newest - (long) i * STEP_SECONDS)));
            g.writeNumberField("client_counts", clients);
            g.writeEndObject();
            // going back in time, the packet counters were lower
            sent = Math.max(0, sent - 20_000 - random.nextInt(15_000));
            recv = Math.max(0, recv - 40_000 - random.nextInt(30_000));
        }
    }
}
