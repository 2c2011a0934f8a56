package org.chmlfrp.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Injector;
import java.util.List;
import org.chmlfrp.bot.core.chat.ChatConnections;
import org.chmlfrp.bot.testkit.discord.FakeDiscord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code discord.shard-ids}: an instance runs only the shards it is given out of
 * {@code discord.shards}, so several instances split one bot's shards. Against the fake gateway.
 */
class DiscordShardSplitTest {
    @RegisterExtension
    final DiscordRig rig = new DiscordRig();

    private Injector start(Integer shards, List<Integer> shardIds) throws Exception {
        FakeDiscord discord = rig.discord();
        return rig.start(
                new DiscordSettings(
                        true, discord.botToken(), List.of(), shards, discord.restUrl(), discord.gatewayUrl(), shardIds),
                CoreFixture::injector);
    }

    private List<String> identifiedShards() {
        return rig.discord().gatewayFramesReceived().stream()
                .filter(f -> f.path("op").asInt() == 2)
                .map(f -> f.get("d").get("shard"))
                .map(JsonNode::toString)
                .toList();
    }

    @Test
    void onlyTheGivenShardIdsOfTheTotalConnect() throws Exception {
        Injector injector = start(4, List.of(1, 3));

        assertThat(identifiedShards()).containsExactlyInAnyOrder("[1,4]", "[3,4]");
        assertThat(rig.adapter().isUp()).isTrue();
        assertThat(injector.getInstance(ChatConnections.class).down()).isEmpty();
    }

    @Test
    void withoutShardIdsEveryShardOfTheTotalConnects() throws Exception {
        start(2, List.of());

        assertThat(identifiedShards()).containsExactlyInAnyOrder("[0,2]", "[1,2]");
    }

    @Test
    void theConnectionIsReportedDownOnceStopped() throws Exception {
        Injector injector = start(2, List.of(0));
        ChatConnections connections = injector.getInstance(ChatConnections.class);
        assertThat(connections.down()).isEmpty();

        rig.adapter().stop();

        assertThat(connections.down()).containsExactly("discord");
    }

    @Test
    void shardIdsNeedANumericTotalAboveEachOfThem() {
        assertThatThrownBy(() -> new DiscordSettings(true, "t", List.of(), null, "", "", List.of(0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiscordSettings(true, "t", List.of(), 2, "", "", List.of(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
