package org.chmlfrp.bot.testkit.chmlfrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FakeSeedTest {

    @Test
    void documentExamplesHoldTheDocumentsWorld() {
        FakeSeed seed = FakeSeed.documentExamples();

        assertThat(seed.users()).extracting(FakeUser::id).containsExactly(227, 1001);
        assertThat(seed.users())
                .extracting(FakeUser::token)
                .containsExactly("ChmlFrpDemoToken227", "ChmlFrpFreeToken1001");
        assertThat(seed.users().get(0).isVip()).isTrue();
        assertThat(seed.users().get(1).isVip()).isFalse();
        assertThat(seed.nodes()).hasSize(14);
        assertThat(seed.nodes())
                .filteredOn(n -> !n.online())
                .extracting(FakeNode::name)
                .containsExactlyInAnyOrder("日本东京直连", "英国伦敦", "中国台湾", "中国香港CN2-4", "浙江宁波", "美国洛杉矶-1");
        assertThat(seed.tunnels()).extracting(FakeTunnel::id).containsExactly(76427, 81329, 81402, 81403);
        assertThat(seed.availableDomains()).hasSize(5);
        assertThat(seed.subdomains()).hasSize(13);
        assertThat(seed.panel().friendLinks()).hasSize(7);
        assertThat(FakeSeed.demo()).isEqualTo(seed);
    }

    @Test
    void uptimeHistoryIsNinetyDeterministicDays() {
        FakeState a = new FakeState(FakeSeed.documentExamples(), FakeServerTest.CLOCK);
        FakeState b = new FakeState(FakeSeed.documentExamples(), FakeServerTest.CLOCK);

        for (String node : a.nodeNames()) {
            assertThat(a.uptimeHistory(node)).hasSize(90).isEqualTo(b.uptimeHistory(node));
        }
        List<Double> hk = a.uptimeHistory("中国香港CN2-4");
        assertThat(hk.subList(80, 90)).containsExactly(0.1877, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(hk.subList(0, 80)).allMatch(v -> v > 50);
    }

    @Test
    void aCustomSeedIsServed() {
        FakeSeed seed = FakeSeed.builder()
                .user(FakeUser.builder(1, "alice")
                        .token("tok-alice")
                        .usergroup("普通会员")
                        .build())
                .node(FakeNode.builder(7, "测试节点").rport("20000-20010").build())
                .tunnel(FakeTunnel.builder(5, "ssh", 1, "测试节点")
                        .portTunnel("tcp", 22, 20001)
                        .build())
                .availableDomain(1, "example.test")
                .build();

        try (FakeChmlFrpServer server = FakeChmlFrpServer.builder().seed(seed).start()) {
            ApiClient client = new ApiClient(server.baseUrl());

            assertThat(client.getAuthed("tok-alice", "/tunnel")
                            .data()
                            .get(0)
                            .path("ip")
                            .asText())
                    .isEqualTo("node7.frp.example");
            assertThat(client.get("/node").data()).hasSize(1);
            assertThat(server.state().nodeNames()).containsExactly("测试节点");
        }
    }

    @Test
    void seedsRejectInconsistentWorlds() {
        FakeNode node = FakeNode.builder(7, "n").build();
        FakeUser user = FakeUser.builder(1, "u").build();

        assertThatThrownBy(() -> FakeSeed.builder().node(node).node(node).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate node id");
        assertThatThrownBy(() -> FakeSeed.builder()
                        .user(user)
                        .tunnel(FakeTunnel.builder(1, "t", 1, "missing").build())
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown node");
        assertThatThrownBy(() -> FakeNode.builder(1, "x").rport("all").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stateChangesAreSnapshots() {
        FakeState state = new FakeState(FakeSeed.documentExamples(), FakeServerTest.CLOCK);
        FakeTunnel added = state.addTunnel(FakeTunnel.builder(0, "new", 1001, "湖南娄底")
                .portTunnel("tcp", 1, 40000)
                .build());

        state.setNodeState("湖南娄底", false);

        assertThat(added.id()).isEqualTo(81404);
        assertThat(state.node("湖南娄底").orElseThrow().online()).isFalse();
        assertThat(state.tunnels(1001)).containsExactly(added);
        assertThat(state.userByToken("ChmlFrpFreeToken1001"))
                .map(FakeUser::username)
                .contains("free_user");
        assertThat(state.userByLogin("10001")).map(FakeUser::id).contains(227);
    }
}
