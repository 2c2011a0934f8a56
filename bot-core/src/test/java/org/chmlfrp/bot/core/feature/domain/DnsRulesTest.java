package org.chmlfrp.bot.core.feature.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.chmlfrp.bot.core.feature.domain.DnsRules.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DnsRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"mc", "MC", "chmlfrp_ui", "a", "my-server1", "_srv", "0"})
    void validRecords(String record) {
        assertThat(DnsRules.validRecord(record)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "mc.frp.wtf",
                "-mc",
                "mc-",
                "m c",
                "我的",
                "a*",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            })
    void invalidRecords(String record) {
        assertThat(DnsRules.validRecord(record)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3.4", "0.0.0.0", "255.255.255.255", "192.168.1.1"})
    void ipv4(String s) {
        assertThat(DnsRules.isIpv4(s)).isTrue();
        assertThat(DnsRules.targetFits(RecordType.A, s)).isTrue();
        assertThat(DnsRules.targetFits(RecordType.AAAA, s)).isFalse();
        assertThat(DnsRules.targetFits(RecordType.CNAME, s)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3", "256.1.1.1", "1.2.3.4.5", "01.2.3.4", "a.b.c.d", "1.2.3.4 "})
    void notIpv4(String s) {
        assertThat(DnsRules.isIpv4(s)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2001:db8::1",
                "::1",
                "::",
                "fe80::1:2",
                "2001:0db8:0000:0000:0000:ff00:0042:8329",
                "::ffff:192.0.2.1",
                "1:2:3:4:5:6:1.2.3.4",
                "1::",
                "2409:8a00:1:2:3:4:5:6"
            })
    void ipv6(String s) {
        assertThat(DnsRules.isIpv6(s)).isTrue();
        assertThat(DnsRules.targetFits(RecordType.AAAA, s)).isTrue();
        assertThat(DnsRules.targetFits(RecordType.A, s)).isFalse();
        assertThat(DnsRules.targetFits(RecordType.CNAME, s)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1.2.3.4",
                "2001:db8:::1",
                "1::2::3",
                "12345::1",
                "g::1",
                "1:2:3:4:5:6:7",
                "1:2:3:4:5:6:7:8:9",
                ":1:2:3:4:5:6:7",
                "1:2:3:4:5:6:7:",
                "::1.2.3",
                "1:2:3:4:5:6:7:1.2.3.4",
                "example.com",
                ""
            })
    void notIpv6(String s) {
        assertThat(DnsRules.isIpv6(s)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "example.com",
                "baidu123.frp.one",
                "a.b.c.example.org.",
                "映射.中国",
                "xn--fiq228c.xn--fiqs8s",
                "my-host.frp.wtf"
            })
    void hostNames(String s) {
        assertThat(DnsRules.isHostName(s)).isTrue();
        assertThat(DnsRules.targetFits(RecordType.CNAME, s)).isTrue();
        assertThat(DnsRules.targetFits(RecordType.A, s)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"localhost", "1.2.3.4", "-a.com", "a-.com", "a..com", "a.123", "::1", "a b.com", ".com", ""})
    void notHostNames(String s) {
        assertThat(DnsRules.isHostName(s)).isFalse();
    }

    @Test
    void srvTakesAnyNonBlankTargetAndTypesParseInAnyCase() {
        assertThat(DnsRules.targetFits(RecordType.SRV, "0 5 25565 mc.example.com"))
                .isTrue();
        assertThat(DnsRules.targetFits(RecordType.SRV, " ")).isFalse();
        assertThat(RecordType.parse("cname")).contains(RecordType.CNAME);
        assertThat(RecordType.parse(" aaaa ")).contains(RecordType.AAAA);
        assertThat(RecordType.parse("MX")).isEmpty();
    }
}
