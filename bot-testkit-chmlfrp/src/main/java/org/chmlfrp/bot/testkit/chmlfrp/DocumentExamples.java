package org.chmlfrp.bot.testkit.chmlfrp;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The API document's example data as one coherent world. Where the document masks a value
 * ({@code ***}) or leaves it out, a plausible one stands in (host names under {@code frp.one},
 * addresses from the documentation ranges 203.0.113.0/24 and 198.51.100.0/24).
 */
final class DocumentExamples {

    private DocumentExamples() {}

    static FakeSeed seed() {
        FakeSeed.Builder b = FakeSeed.builder();
        users().forEach(b::user);
        nodes().forEach(b::node);
        tunnels().forEach(b::tunnel);
        availableDomains().forEach(b::availableDomain);
        subdomains().forEach(b::subdomain);
        b.panel(panel());
        announcements().forEach(b::announcement);
        giftCards().forEach(b::giftCard);
        // The document's /node_uptime example: 中国香港CN2-4 was down almost all of the 10th day
        // before "today" and fully down since.
        b.uptime("中国香港CN2-4", List.of(0.1877, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0));
        return b.build();
    }

    static List<FakeUser> users() {
        FakeUser boring = FakeUser.builder(227, "boring_student")
                .password("Demo@123456")
                .email("demo227@example.com")
                .qq("10001")
                .usergroup("超级会员")
                .token("ChmlFrpDemoToken227")
                .bandwidth(50)
                .tunnelQuota(16)
                .integral(15168)
                .term("9999-09-09")
                .regtime("2023-08-26")
                .realname("已实名")
                .userimg("https://q.qlogo.cn/g?b=qq&nk=10001&s=100")
                .totalDownload(150_640_674L)
                .totalUpload(3_224_701L)
                .lastSignIn(LocalDateTime.of(2024, 12, 20, 8, 30, 12))
                .totalSignIns(386)
                .totalSignInPoints(2_104)
                .build();
        FakeUser free = FakeUser.builder(1001, "free_user")
                .password("Free@123456")
                .email("free@example.com")
                .qq("10002")
                .usergroup(FakeUser.FREE_GROUP)
                .token("ChmlFrpFreeToken1001")
                .bandwidth(8)
                .tunnelQuota(4)
                .integral(20)
                .term("9999-09-09")
                .regtime("2024-11-02")
                .realname("未实名")
                .build();
        return List.of(boring, free);
    }

    static List<FakeNode> nodes() {
        return List.of(
                FakeNode.builder(2, "四川德阳电信")
                        .area("中国四川德阳")
                        .vip(true)
                        .china(true)
                        .web(true)
                        .udp(true)
                        .fangyu(true)
                        .notes("超大带宽，啥都能干")
                        .online(true)
                        .host("dy.frp.one")
                        .realIp("203.0.113.2")
                        .adminPort(8233)
                        .cpuInfo("Intel(R) Xeon(R) Gold 6148 CPU @ 2.40GHz")
                        .numCores(16)
                        .memoryTotal(33_557_090_304L)
                        .storageTotal(107_374_182_400L)
                        .storageUsed(21_474_836_480L)
                        .load(1.32, 1.18, 1.05)
                        .uptimeSeconds(2_592_000)
                        .coordinates("104.397894,31.127991")
                        .traffic(550_093_529L, 14_367_772_669L)
                        .bandwidthUsagePercent(12)
                        .cpuUsage(11.913401)
                        .curCounts(54)
                        .clientCounts(93)
                        .tunnelCounts(190)
                        .build(),
                FakeNode.builder(3, "日本东京直连")
                        .area("日本东京")
                        .vip(false)
                        .china(false)
                        .web(true)
                        .udp(true)
                        .fangyu(false)
                        .notes("直连线路，已停用维护中")
                        .online(false)
                        .host("jp.frp.one")
                        .realIp("198.51.100.3")
                        .adminPort(8233)
                        .cpuInfo("AMD EPYC 7B13")
                        .numCores(2)
                        .memoryTotal(2_083_807_232L)
                        .storageTotal(21_474_836_480L)
                        .storageUsed(6_442_450_944L)
                        .load(0, 0, 0)
                        .uptimeSeconds(0)
                        .coordinates("139.691706,35.689487")
                        .traffic(42_756_780L, 627_716_268L)
                        .build(),
                FakeNode.builder(4, "湖北十堰")
                        .area("中国湖北十堰")
                        .vip(true)
                        .china(true)
                        .web(true)
                        .udp(true)
                        .fangyu(true)
                        .notes("超大带宽，啥都能干")
                        .online(true)
                        .host("sy.frp.one")
                        .realIp("203.0.113.4")
                        .adminPort(8233)
                        .cpuInfo("Intel(R) Xeon(R) CPU E5-2682 v4 @ 2.50GHz")
                        .numCores(8)
                        .memoryTotal(8_200_454_144L)
                        .storageTotal(64_412_954_624L)
                        .storageUsed(1_539_403_776L)
                        .load(0.23, 0.28, 0.39)
                        .uptimeSeconds(783_376)
                        .coordinates("110.801237,32.637002")
                        .traffic(4_889_547_522L, 23_194_219_684L)
                        .bandwidthUsagePercent(1)
                        .cpuUsage(7.002964)
                        .curCounts(78)
                        .clientCounts(81)
                        .tunnelCounts(206)
                        .build(),
                FakeNode.builder(6, "日本东京直连-2")
                        .area("日本东京")
                        .vip(true)
                        .china(false)
                        .web(true)
                        .udp(true)
                        .fangyu(true)
                        .notes("超高带宽，干啥都行")
                        .online(true)
                        .host("jp2.frp.one")
                        .realIp("198.51.100.6")
                        .adminPort(8233)
                        .cpuInfo("AMD EPYC 7763 64-Core Processor")
                        .numCores(4)
                        .memoryTotal(8_200_454_144L)
                        .storageTotal(53_687_091_200L)
                        .storageUsed(8_589_934_592L)
                        .load(0.41, 0.37, 0.33)
                        .uptimeSeconds(1_728_000)
                        .coordinates("139.691706,35.689487")
                        .traffic(370_133_148L, 1_806_032_050L)
                        .cpuUsage(15.734785)
                        .curCounts(14)
                        .clientCounts(52)
                        .tunnelCounts(166)
                        .build(),
                FakeNode.builder(8, "英国伦敦")
                        .area("英国伦敦")
                        .vip(false)
                        .china(false)
                        .web(true)
                        .udp(true)
                        .fangyu(false)
                        .notes("欧洲线路，延迟较高")
                        .online(false)
                        .host("uk.frp.one")
                        .realIp("198.51.100.8")
                        .adminPort(8233)
                        .cpuInfo("Intel(R) Xeon(R) CPU E5-2690 v3 @ 2.60GHz")
                        .numCores(2)
                        .memoryTotal(2_083_807_232L)
                        .storageTotal(21_474_836_480L)
                        .storageUsed(5_368_709_120L)
                        .load(0, 0, 0)
                        .uptimeSeconds(0)
                        .coordinates("-0.127758,51.507351")
                        .traffic(29_645_901L, 185_976_760L)
                        .build(),
                FakeNode.builder(11, "江苏宿迁")
                        .area("江苏宿迁")
                        .vip(false)
                        .china(true)
                        .web(false)
                        .udp(true)
                        .fangyu(true)
                        .notes("推荐游戏,web,ssh等服务")
                        .online(true)
                        .host("sq.frp.one")
                        .realIp("203.0.113.11")
                        .adminPort(8233)
                        .nodeToken("ChmlFrpToken")
                        .cpuInfo("Intel(R) Xeon(R) Gold 6146 CPU @ 3.20GHz")
                        .numCores(8)
                        .memoryTotal(16_779_546_624L)
                        .storageTotal(160_801_107_968L)
                        .storageUsed(17_889_017_856L)
                        .load(0, 0.02, 0.03)
                        .uptimeSeconds(1_286_486)
                        .coordinates("118.295113,33.946709")
                        .version("ChmlFrp-0.51.2_240715")
                        .toowhite(false)
                        .traffic(0, 0)
                        .cpuUsage(0.669085)
                        .build(),
                FakeNode.builder(12, "中国台湾")
                        .area("中国台湾")
                        .vip(false)
                        .china(false)
                        .web(true)
                        .udp(true)
                        .fangyu(false)
                        .notes("免备案建站")
                        .online(false)
                        .host("tw.frp.one")
                        .realIp("198.51.100.12")
                        .adminPort(8233)
                        .cpuInfo("Intel(R) Xeon(R) CPU E5-2630 v4 @ 2.20GHz")
                        .numCores(2)
                        .memoryTotal(4_135_583_744L)
                        .storageTotal(42_949_672_960L)
                        .storageUsed(7_516_192_768L)
                        .load(0, 0, 0)
                        .uptimeSeconds(0)
                        .coordinates("121.565418,25.032969")
                        .traffic(102_720_193L, 3_505_114_345L)
                        .build(),
                FakeNode.builder(16, "湖南娄底")
                        .area("中国湖南娄底")
                        .vip(false)
                        .china(true)
                        .web(true)
                        .udp(true)
                        .fangyu(true)
                        .notes("推荐游戏,web,ssh等服务")
                        .online(true)
                        .host("ld.frp.one")
                        .realIp("203.0.113.16")
                        .adminPort(8233)
                        .cpuInfo("Intel(R) Xeon(R) CPU E5-2696 v4 @ 2.20GHz")
                        .numCores(8)
                        .memoryTotal(16_779_546_624L)
                        .storageTotal(107_374_182_400L)
                        .storageUsed(30_064_771_072L)
                        .load(2.41, 2.18, 2.02)
                        .uptimeSeconds(3_456_000)
                        .coordinates("111.993497,27.700062")
                        .traffic(3_117_717_383L, 19_172_556_232L)
                        .bandwidthUsagePercent(47)
                        .cpuUsage(6.482438)
                        .curCounts(133)
                        .clientCounts(422)
                        .tunnelCounts(590)
                        .build(),
                FakeNode.builder(19, "河北秦皇岛联通")
                        .area("河北秦皇岛")
                        .vip(false)
                        .china(true)
                        .web(false)
                        .udp(true)
                        .fangyu(true)
                        .notes("推荐大带宽类服务")
                        .online(true)
                        .host("qhd.frp.one")
                        .realIp("203.0.113.19")
                        .adminPort(8233)
                        .cpuInfo("Intel(R) Xeon(R) Silver 4214 CPU @ 2.20GHz")
                        .numCores(8)
                        .memoryTotal(16_779_546_624L)
                        .storageTotal(64_412_954_624L)
                        .storageUsed(12_884_901_888L)
                        .load(0.88, 0.92, 0.95)
                        .uptimeSeconds(2_160_000)
                        .coordinates("119.600493,39.935385")
                        .traffic(3_065_984_513L, 26_479_783_790L)
                        .bandwidthUsagePercent(19)
                        .cpuUsage(3.518275)
                        .curCounts(147)
                        .clientCounts(163)
                        .tunnelCounts(216)
                        .build(),
                FakeNode.builder(24, "中国香港CN2-4")
                        .area("中国香港")
                        .vip(true)
                        .china(false)
                        .web(true)
                        .udp(true)
                        .fangyu(true)
                        .notes("CN2 GIA线路，免备案建站")
                        .online(false)
                        .host("hk4.frp.one")
                        .realIp("198.51.100.24")
                        .adminPort(8233)
                        .cpuInfo("AMD EPYC 7K62 48-Core Processor")
                        .numCores(2)
                        .memoryTotal(2_083_807_232L)
                        .storageTotal(42_949_672_960L)
                        .storageUsed(4_294_967_296L)
                        .load(0, 0, 0)
                        .uptimeSeconds(0)
                        .coordinates("114.169361,22.319304")
                        .traffic(7_510_489L, 12_531_460L)
                        .build(),
                FakeNode.builder(27, "浙江宁波")
                        .area("中国浙江宁波")
                        .vip(true)
                        .china(true)
                        .web(false)
                        .udp(true)
                        .fangyu(true)
                        .notes("大带宽BGP，维护中")
                        .online(false)
                        .host("nb.frp.one")
                        .realIp("203.0.113.27")
                        .adminPort(8233)
                        .cpuInfo("Intel(R) Xeon(R) Platinum 8255C CPU @ 2.50GHz")
                        .numCores(4)
                        .memoryTotal(8_200_454_144L)
                        .storageTotal(53_687_091_200L)
                        .storageUsed(3_221_225_472L)
                        .load(0, 0, 0)
                        .uptimeSeconds(0)
                        .coordinates("121.549792,29.868388")
                        .traffic(6_500_049L, 136_115_575L)
                        .build(),
                FakeNode.builder(29, "美国洛杉矶-1")
                        .area("美国洛杉矶")
                        .vip(false)
                        .china(false)
                        .web(true)
                        .udp(true)
                        .fangyu(false)
                        .notes("美国线路，免备案建站")
                        .online(false)
                        .host("la1.frp.one")
                        .realIp("198.51.100.29")
                        .adminPort(8233)
                        .cpuInfo("Intel(R) Xeon(R) CPU E5-2650 v2 @ 2.60GHz")
                        .numCores(2)
                        .memoryTotal(2_083_807_232L)
                        .storageTotal(21_474_836_480L)
                        .storageUsed(6_442_450_944L)
                        .load(0, 0, 0)
                        .uptimeSeconds(0)
                        .coordinates("-118.243685,34.052234")
                        .traffic(1_108_281_131L, 1_046_310_738L)
                        .build(),
                FakeNode.builder(30, "美国洛杉矶-2")
                        .area("美国洛杉矶")
                        .vip(true)
                        .china(false)
                        .web(true)
                        .udp(true)
                        .fangyu(true)
                        .notes("大带宽AS9929线路，晚高峰不卡顿")
                        .online(true)
                        .host("la2.frp.one")
                        .realIp("198.51.100.30")
                        .adminPort(8233)
                        .rport("20000-60000")
                        .cpuInfo("AMD EPYC 9554 64-Core Processor")
                        .numCores(4)
                        .memoryTotal(8_200_454_144L)
                        .storageTotal(53_687_091_200L)
                        .storageUsed(5_368_709_120L)
                        .load(0.15, 0.12, 0.10)
                        .uptimeSeconds(1_036_800)
                        .coordinates("-118.243685,34.052234")
                        .traffic(864_098_232L, 7_786_697_517L)
                        .cpuUsage(1.931229)
                        .curCounts(71)
                        .clientCounts(37)
                        .tunnelCounts(87)
                        .build(),
                FakeNode.builder(31, "呼和浩特电信")
                        .area("中国内蒙古呼和浩特")
                        .vip(false)
                        .china(true)
                        .web(false)
                        .udp(true)
                        .fangyu(true)
                        .notes("大带宽内蒙古，稳定性未知")
                        .online(true)
                        .host("hhht.frp.one")
                        .realIp("203.0.113.31")
                        .adminPort(8233)
                        .cpuInfo("Intel(R) Xeon(R) CPU E5-2673 v4 @ 2.30GHz")
                        .numCores(4)
                        .memoryTotal(8_200_454_144L)
                        .storageTotal(53_687_091_200L)
                        .storageUsed(2_147_483_648L)
                        .load(0.05, 0.07, 0.06)
                        .uptimeSeconds(604_800)
                        .coordinates("111.749180,40.842585")
                        .traffic(275_058_994L, 765_604_230L)
                        .bandwidthUsagePercent(1)
                        .cpuUsage(2.929857)
                        .curCounts(7)
                        .clientCounts(10)
                        .tunnelCounts(11)
                        .build());
    }

    static List<FakeTunnel> tunnels() {
        return List.of(
                FakeTunnel.builder(76427, "3I40Au4X", 227, "中国香港CN2-4")
                        .portTunnel("tcp", 5244, 65500)
                        .encryption(true)
                        .compression(true)
                        .online(false)
                        .build(),
                FakeTunnel.builder(81329, "230vZqUp", 227, "日本东京直连-2")
                        .portTunnel("tcp", 222, 56078)
                        .online(true)
                        .uptime("2024-12-21T01:38:19.000+00:00")
                        .build(),
                FakeTunnel.builder(81402, "web", 227, "湖南娄底")
                        .webTunnel("http", 80, "mc.frp.wtf")
                        .online(true)
                        .uptime("2024-12-20T13:05:42.000+00:00")
                        .clientVersion("0.51.2")
                        .todayTraffic(52_428_800L, 314_572_800L)
                        .curConns(3)
                        .build(),
                FakeTunnel.builder(81403, "mc-bedrock", 227, "湖南娄底")
                        .portTunnel("udp", 19132, 25566)
                        .online(true)
                        .uptime("2024-12-19T22:47:03.000+00:00")
                        .clientVersion("0.51.2")
                        .todayTraffic(18_874_368L, 96_468_992L)
                        .curConns(2)
                        .build());
    }

    static List<FakeAvailableDomain> availableDomains() {
        return List.of(
                new FakeAvailableDomain(1, "映射.中国", null, false),
                new FakeAvailableDomain(2, "frp.wtf", null, false),
                new FakeAvailableDomain(3, "owo.vin", null, false),
                new FakeAvailableDomain(4, "baozi.site", null, false),
                new FakeAvailableDomain(5, "731250.xyz", null, false));
    }

    static List<FakeSubdomain> subdomains() {
        return List.of(
                new FakeSubdomain(6, 227, "frp.wtf", "boring", "A", "27.157.70.7", null, "1分钟"),
                new FakeSubdomain(7, 227, "frp.wtf", "MC", "A", "103.76.128.110", "", "1分钟"),
                new FakeSubdomain(8, 227, "frp.wtf", "chaoji", "A", "218.86.15.187", null, "1分钟"),
                new FakeSubdomain(11, 227, "owo.vin", "mc", "A", "218.86.15.187", null, "1分钟"),
                new FakeSubdomain(13, 227, "owo.vin", "boring", "A", "218.86.15.187", null, "1分钟"),
                new FakeSubdomain(17, 227, "frp.wtf", "Alist", "A", "194.147.16.88", "", "1分钟"),
                new FakeSubdomain(24, 227, "frp.wtf", "Minecraft", "A", "192.168.1.1", "解析隧道：alist11", "1分钟"),
                new FakeSubdomain(47, 227, "baozi.site", "mc", "A", "0.0.0.0", "自定义地址", "10分钟"),
                new FakeSubdomain(95, 227, "baozi.site", "boring", "A", "0.0.0.0", "自定义地址", "10分钟"),
                new FakeSubdomain(163, 227, "731250.xyz", "chaoji", "A", "0.0.0.0", "自定义地址", "10分钟"),
                new FakeSubdomain(332, 227, "映射.中国", "chaoji", "A", "0.0.0.0", "自定义地址", "10分钟"),
                new FakeSubdomain(333, 227, "frp.wtf", "chaoji", "A", "0.0.0.0", "自定义地址", "10分钟"),
                new FakeSubdomain(509, 227, "frp.wtf", "chmlfrp_ui", "CNAME", "baidu123.frp.one", "", "10分钟"));
    }

    /**
     * Seven announcements in the panel's style (Markdown), newest on 2026-11-20; not from the
     * document, which predates {@code /message/list}.
     */
    static List<FakeAnnouncement> announcements() {
        return List.of(
                new FakeAnnouncement(
                        7,
                        "节点维护通知",
                        "## 维护时间\n**2026-11-21 02:00 至 04:00**，[湖南娄底](https://panel.chmlfrp.cn/node) 节点停机维护。\n\n"
                                + "- 维护期间隧道无法连接\n- 请提前做好准备",
                        2,
                        "2026-11-20T04:00:00.000+00:00"),
                new FakeAnnouncement(
                        6, "新节点上线：日本东京直连-2", "新增 **日本东京直连-2** 节点，支持 `UDP` 与建站。", 1, "2026-11-12T02:30:00.000+00:00"),
                new FakeAnnouncement(
                        5, "关于隧道被占用的说明", "如果提示隧道已在线，请先在面板“下线隧道”，再重新启动 frpc。", 1, "2026-10-30T08:00:00.000+00:00"),
                new FakeAnnouncement(4, "签到活动", "> 每日签到可获得积分，积分可兑换带宽。", 0, "2026-10-01T00:00:00.000+00:00"),
                new FakeAnnouncement(
                        3, "免费二级域名开放", "可在面板申请 `frp.wtf` 等域名下的免费二级域名。", 0, "2026-09-15T06:00:00.000+00:00"),
                new FakeAnnouncement(2, "客户端更新", "frpc 已更新到 **0.51.2**，请及时更新客户端。", 0, "2026-08-01T03:00:00.000+00:00"),
                new FakeAnnouncement(1, "欢迎使用 ChmlFrp", "# 欢迎\n免费、稳定的内网穿透服务。", 0, "2026-01-01T00:00:00.000+00:00"));
    }

    /** Gift cards for {@code /giftcard/redeem}; not from the document. */
    static List<FakeGiftCard> giftCards() {
        return List.of(
                FakeGiftCard.membership("VIP30-DEMO-2026", "30天超级会员体验卡", "超级会员", 30),
                FakeGiftCard.points("POINTS500-DEMO", "500积分卡", 500),
                FakeGiftCard.points("POINTS100-DEMO", "100积分卡", 100));
    }

    static FakePanelInfo panel() {
        return new FakePanelInfo(
                22_905,
                22_203,
                List.of(
                        new FakeFriendLink("System爱好者-形象站", "System爱好者社区", "https://ahzsys.cn"),
                        new FakeFriendLink("黑软小栈", "共享软件和技术", "https://www.ixmu.net/"),
                        new FakeFriendLink("云术二级域名", null, "https://dom.cloudery.cn/"),
                        new FakeFriendLink("零六云", null, "https://yun.01ii.cn/"),
                        new FakeFriendLink("茶水晶MC生电服务器", "生电 建筑 养老 摸鱼 1.20.4生电服务器", "https://www.tacserver.top/"),
                        new FakeFriendLink("liuzhen932", "只要愿意去做，人无所不通", "https://blog.liuzhen932.top/"),
                        new FakeFriendLink("KaedeharaLu's Blog", "一个高中生的个人博客0.o", "https://www.kazuhalu.com/")));
    }
}
