package org.chmlfrp.bot.core.feature.node;

import static org.assertj.core.api.Assertions.assertThat;

import org.chmlfrp.bot.core.chmlfrp.model.Node;
import org.chmlfrp.bot.core.chmlfrp.model.NodeGroup;
import org.junit.jupiter.api.Test;

class NodeFilterTest {
    private final Node vipAbroadWeb = new Node(1, "a", "日本", NodeGroup.VIP, false, true, false, true, null);
    private final Node freeChinaUdp = new Node(2, "b", "湖南", NodeGroup.USER, true, false, true, true, null);

    @Test
    void parsesKeywordsAndChineseWordsInAnyCase() {
        assertThat(NodeFilter.parse("VIP")).contains(NodeFilter.VIP);
        assertThat(NodeFilter.parse(" Online ")).contains(NodeFilter.ONLINE);
        assertThat(NodeFilter.parse("会员")).contains(NodeFilter.VIP);
        assertThat(NodeFilter.parse("免费")).contains(NodeFilter.USER);
        assertThat(NodeFilter.parse("国内")).contains(NodeFilter.CHINA);
        assertThat(NodeFilter.parse("海外")).contains(NodeFilter.ABROAD);
        assertThat(NodeFilter.parse("建站")).contains(NodeFilter.WEB);
        assertThat(NodeFilter.parse("在线")).contains(NodeFilter.ONLINE);
        assertThat(NodeFilter.parse("udp")).contains(NodeFilter.UDP);
        assertThat(NodeFilter.parse("2")).isEmpty();
        assertThat(NodeFilter.parse(null)).isEmpty();
        assertThat(NodeFilter.words())
                .contains("vip", "user", "china", "abroad", "web", "udp", "online", "会员", "免费", "国内", "海外", "建站", "在线")
                .doesNotHaveDuplicates();
    }

    @Test
    void acceptsByFlagGroupAndState() {
        assertThat(NodeFilter.VIP.accepts(vipAbroadWeb, false)).isTrue();
        assertThat(NodeFilter.VIP.accepts(freeChinaUdp, true)).isFalse();
        assertThat(NodeFilter.USER.accepts(freeChinaUdp, false)).isTrue();
        assertThat(NodeFilter.CHINA.accepts(freeChinaUdp, false)).isTrue();
        assertThat(NodeFilter.ABROAD.accepts(vipAbroadWeb, false)).isTrue();
        assertThat(NodeFilter.ABROAD.accepts(freeChinaUdp, false)).isFalse();
        assertThat(NodeFilter.WEB.accepts(vipAbroadWeb, false)).isTrue();
        assertThat(NodeFilter.WEB.accepts(freeChinaUdp, false)).isFalse();
        assertThat(NodeFilter.UDP.accepts(freeChinaUdp, false)).isTrue();
        assertThat(NodeFilter.UDP.accepts(vipAbroadWeb, true)).isFalse();
        assertThat(NodeFilter.ONLINE.accepts(vipAbroadWeb, true)).isTrue();
        assertThat(NodeFilter.ONLINE.accepts(vipAbroadWeb, false)).isFalse();
    }
}
