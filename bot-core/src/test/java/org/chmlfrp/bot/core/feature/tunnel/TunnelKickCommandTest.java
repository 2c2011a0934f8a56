package org.chmlfrp.bot.core.feature.tunnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chmlfrp.bot.core.feature.tunnel.TunnelFeature.FREE_QQ;
import static org.chmlfrp.bot.core.feature.tunnel.TunnelFeature.VIP_QQ;

import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.testing.BotHarness;
import org.chmlfrp.bot.testkit.chmlfrp.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code tunnel kick <id|name>}: the running frpc is kicked off so a new one can connect. */
class TunnelKickCommandTest {
    private final BotHarness h = TunnelFeature.start();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void kickByIdSendsTheTunnelsNameAndRelaysTheApisWords() {
        h.fake().state().setTunnelOnline(81329, true);

        Reply r = h.privately(VIP_QQ, "/tunnel kick 81329");

        assertThat(r.error()).isFalse();
        assertThat(r.plainText())
                .contains("隧道已下线")
                .contains("#81329")
                .contains("230vZqUp")
                .contains("重新启动 frpc");
        assertThat(h.fake().state().tunnel(81329).orElseThrow().online()).isFalse();
        RecordedRequest call = h.fake().requests("/offline_tunnel").get(0);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.body()).isEqualTo("tunnel_name=230vZqUp");
    }

    @Test
    void theChineseAliasWorksInAGroupByName() {
        h.fake().state().setTunnelOnline(81329, true);
        Reply r = h.inGroup(VIP_QQ, "/下线隧道 230vzqup");
        assertThat(r.error()).isFalse();
        assertThat(h.fake().state().tunnel(81329).orElseThrow().online()).isFalse();
        assertThat(h.english().privately(VIP_QQ, "踢下线 230vZqUp").plainText()).contains("kicked off");
    }

    @Test
    void anUnknownTunnelNamesTheUsersTunnelsAndCallsNothing() {
        Reply r = h.privately(VIP_QQ, "/tunnel kick nope");
        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("nope").contains("230vZqUp");
        assertThat(h.fake().requests("/offline_tunnel")).isEmpty();
    }

    @Test
    void aRefusalRelaysTheApisMessage() {
        h.fake().faults().status("/offline_tunnel", 200, "{\"msg\":\"隧道不在线\",\"code\":400,\"state\":\"fail\"}");
        Reply r = h.privately(VIP_QQ, "/tunnel kick 230vZqUp");
        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("隧道不在线");
    }

    @Test
    void withoutALinkItSaysHowToBind() {
        Reply r = h.privately("424242", "/tunnel kick 81329");
        assertThat(r.error()).isTrue();
        assertThat(r.plainText()).contains("bind");
        assertThat(h.privately(FREE_QQ, "/tunnel kick 81329").plainText())
                .as("another user's id")
                .contains("81329");
    }
}
