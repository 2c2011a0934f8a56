package org.chmlfrp.bot.core.chmlfrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.chmlfrp.bot.core.chmlfrp.model.AnnouncementPage;
import org.chmlfrp.bot.core.chmlfrp.model.Node;
import org.chmlfrp.bot.core.chmlfrp.model.NodeGroup;
import org.chmlfrp.bot.core.chmlfrp.model.NodeInfo;
import org.chmlfrp.bot.core.chmlfrp.model.NodeUptime;
import org.chmlfrp.bot.core.chmlfrp.model.OnlineState;
import org.chmlfrp.bot.core.chmlfrp.model.Tunnel;
import org.chmlfrp.bot.core.chmlfrp.model.TunnelTraffic;
import org.chmlfrp.bot.core.chmlfrp.model.UserInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shapes current clients show beyond the document (chmlfrp-api-notes.md): newer and older
 * field names, floats where whole numbers are declared, string booleans in every spelling,
 * {@code ""} for "none", bare success envelopes and a CDN's HTML instead of the API.
 */
class LenientDecodingTest {
    private final ObjectMapper mapper = LenientModule.configure(new ObjectMapper());
    private final EnvelopeReader envelopes = new EnvelopeReader(mapper);

    private <T> T read(String json, Class<T> type) throws Exception {
        return mapper.readValue(json.replace('\'', '"'), type);
    }

    @Test
    void nodeInfoTakesTheNewerCamelCaseNamesAndAFloatPercent() throws Exception {
        NodeInfo n = read(
                "{'id':11,'name':'江苏宿迁','nodegroup':'vip','udp':'true','web':'no','china':'yes',"
                        + "'fangyu':'false','totalTrafficIn':1024,'totalTrafficOut':'2048','real_IP':'203.0.113.11',"
                        + "'bandwidth_usage_percent':12.5,'num_cores':8.0,'state':'online','toowhite':true,'port':'7000'}",
                NodeInfo.class);
        assertThat(n.node().group()).isEqualTo(NodeGroup.VIP);
        assertThat(n.node().udp()).isTrue();
        assertThat(n.node().web()).isFalse();
        assertThat(n.node().china()).isTrue();
        assertThat(n.node().fangyu()).isFalse();
        assertThat(n.details().totalTrafficIn()).isEqualTo(1024L);
        assertThat(n.details().totalTrafficOut()).isEqualTo(2048L);
        assertThat(n.details().numCores()).isEqualTo(8);
        assertThat(n.realIp()).isEqualTo("203.0.113.11");
        assertThat(n.bandwidthUsagePercent()).isEqualTo(12.5);
        assertThat(n.state()).isEqualTo(OnlineState.ONLINE);
        assertThat(n.toowhite()).isTrue();
        assertThat(n.port()).isEqualTo(7000);
    }

    @Test
    void theDocumentsSnakeCaseNamesStillWork() throws Exception {
        NodeInfo n = read("{'total_traffic_in':5,'total_traffic_out':6,'realIp':'198.51.100.1'}", NodeInfo.class);
        assertThat(n.details().totalTrafficIn()).isEqualTo(5);
        assertThat(n.details().totalTrafficOut()).isEqualTo(6);
        assertThat(n.realIp()).isEqualTo("198.51.100.1");
        assertThat(n.state()).as("missing is unknown, not null").isEqualTo(OnlineState.UNKNOWN);
        assertThat(n.node().group()).isEqualTo(NodeGroup.UNKNOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'true'", "'yes'", "'1'", "true", "1", "' YES '"})
    void everyTrueSpelling(String value) throws Exception {
        assertThat(read("{'udp':" + value + "}", Node.class).udp()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"'false'", "'no'", "'0'", "false", "0", "''", "null", "'maybe'", "{}"})
    void everyFalseSpellingAndNothingIsFalse(String value) throws Exception {
        assertThat(read("{'udp':" + value + "}", Node.class).udp()).isFalse();
    }

    @Test
    void numbersAsStringsEmptyStringsAndFloats() throws Exception {
        UserInfo u = read(
                "{'id':'227','bandwidth':'','tunnel':16.0,'integral':'15168.4','total_download':'x',"
                        + "'usertoken':'secret-token'}",
                UserInfo.class);
        assertThat(u.id()).isEqualTo(227);
        assertThat(u.bandwidth()).isZero();
        assertThat(u.tunnelQuota()).isEqualTo(16);
        assertThat(u.integral()).isEqualTo(15168L);
        assertThat(u.totalDownload()).as("unreadable is 0, not a failed answer").isZero();
        assertThat(u.toString()).doesNotContain("secret-token");

        Tunnel t = read("{'id':'','name':'mc','type':'TCP','nport':'25565','state':'yes','uptime':''}", Tunnel.class);
        assertThat(t.id()).as("\"\" is no id").isNull();
        assertThat(t.type()).hasToString("TCP");
        assertThat(t.rawType()).isEqualTo("TCP");
        assertThat(t.localPort()).isEqualTo(25565);
        assertThat(t.online()).isTrue();
        assertThat(t.uptime()).isNull();
        assertThat(t.nodeState()).isEqualTo(OnlineState.UNKNOWN);
    }

    @Test
    void timesWithAndWithoutAnOffset() throws Exception {
        assertThat(read("{'uptime':'2024-12-21T01:38:19.000+00:00'}", Tunnel.class)
                        .uptime())
                .isEqualTo(Instant.parse("2024-12-21T01:38:19Z"));
        assertThat(read("{'uptime':'2024-12-21 09:38:19'}", Tunnel.class).uptime())
                .as("local times are the service's (UTC+8)")
                .isEqualTo(Instant.parse("2024-12-21T01:38:19Z"));
        assertThat(read("{'uptime':'not a time'}", Tunnel.class).uptime()).isNull();
        NodeUptime u = read(
                "{'history_uptime':[{'recorded_at':'2024-12-12T00:00:00','uptime':'99.5'},"
                        + "{'recorded_at':null,'uptime':1},null]}",
                NodeUptime.class);
        assertThat(u.history()).singleElement().satisfies(p -> {
            assertThat(p.day()).isEqualTo(LocalDate.of(2024, 12, 12));
            assertThat(p.uptime()).isEqualTo(99.5);
        });
    }

    @Test
    void trafficDaysMixNumbersAndStringsAndUnreadableDaysAreZero() throws Exception {
        TunnelTraffic t = read("{'traffic_in':[1,'2','',null,3.6],'traffic_out':null}", TunnelTraffic.class);
        assertThat(t.trafficIn()).containsExactly(1L, 2L, 0L, 0L, 4L);
        assertThat(t.trafficOut()).isEmpty();
    }

    @Test
    void announcementsPage() throws Exception {
        AnnouncementPage p = read(
                "{'messages':[{'title':'维护通知','contentMd':'# 标题','priority':1,"
                        + "'publishTime':'2026-11-20T12:00:00','extra':'ignored'}],'total':'1','page':1,'size':5,"
                        + "'totalPages':1}",
                AnnouncementPage.class);
        assertThat(p.total()).isEqualTo(1);
        assertThat(p.messages()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("维护通知");
            assertThat(a.priority()).isEqualTo("1");
            assertThat(a.publishTime()).isEqualTo(Instant.parse("2026-11-20T04:00:00Z"));
        });
    }

    @Test
    void aBareSuccessEnvelopeIsSuccess() {
        ApiAnswer a = envelopes.read(
                Endpoint.UPDATE_TUNNEL, 200, bytes("{\"msg\":\"隧道更新成功\",\"code\":200,\"state\":\"success\"}"));
        assertThat(a.msg()).isEqualTo("隧道更新成功");
        assertThat(a.data().isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 502, 503, 520, 522, 525})
    void aCdnPageInsteadOfTheApiIsUnavailable(int status) {
        assertThatThrownBy(() -> envelopes.read(
                        Endpoint.TUNNELS, status, bytes("<!DOCTYPE html><html><title>Just a moment...</title></html>")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiErrorKind.UNAVAILABLE);
                    assertThat(e.httpStatus()).isEqualTo(status);
                });
    }

    @Test
    void theApisOwnJsonUnderTheseStatusesKeepsItsKind() {
        assertThatThrownBy(() -> envelopes.read(
                        Endpoint.TUNNELS, 502, bytes("{\"msg\":\"网关错误\",\"code\":502,\"state\":\"fail\"}")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiErrorKind.SERVER_ERROR);
                    assertThat(e.apiMessage()).hasValue("网关错误");
                });
        assertThatThrownBy(() -> envelopes.read(Endpoint.TUNNELS, 200, bytes("<html></html>")))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiErrorKind.MALFORMED));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
