package org.chmlfrp.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chmlfrp.bot.discord.DiscordRig.ALICE;
import static org.chmlfrp.bot.discord.DiscordRig.BOB;
import static org.chmlfrp.bot.discord.DiscordRig.CHANNEL;
import static org.chmlfrp.bot.discord.DiscordRig.GUILD;
import static org.chmlfrp.bot.discord.DiscordRig.WAIT;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Injector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.command.CommandRegistry;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.chmlfrp.bot.testkit.chmlfrp.FakeTunnel;
import org.chmlfrp.bot.testkit.discord.FakeDiscord;
import org.chmlfrp.bot.testkit.discord.InteractionHandle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole adapter against a fake Discord (gateway + REST over real sockets) and the fake
 * ChmlFrp API: JDA is pointed at the fake with exactly {@code rest-url} and {@code gateway-url}.
 */
class DiscordEndToEndTest {
    private static final String TOKEN = "ChmlFrpDemoToken227";

    @RegisterExtension
    final DiscordRig rig = new DiscordRig();

    private FakeChmlFrpServer chmlfrp;
    private FakeDiscord discord;
    private Injector injector;

    @BeforeEach
    void start() throws Exception {
        chmlfrp = rig.keep(FakeChmlFrpServer.builder().start());
        discord = rig.discord();
        injector = rig.start(bot -> CoreFixture.injector(chmlfrp.baseUrl(), bot));
    }

    @Test
    void theSlashCommandsAreRegisteredInTheGuildWithTheDeclaredNames() {
        JsonNode registered = discord.registeredCommands(GUILD);
        Set<String> names = new TreeSet<>();
        registered.forEach(c -> names.add(c.get("name").asText()));
        Set<String> firstWords = new TreeSet<>();
        injector.getInstance(CommandRegistry.class)
                .all()
                .forEach(s -> firstWords.add(s.path().get(0)));

        assertThat(names).isEqualTo(firstWords).contains("tunnel", "node", "domain", "bind", "help");
        JsonNode tunnel = find(registered, "tunnel");
        JsonNode create = find(tunnel.get("options"), "create");
        List<String> options = new ArrayList<>();
        create.get("options").forEach(o -> options.add(o.get("name").asText()));
        assertThat(options)
                .containsExactly(
                        "name",
                        "node",
                        "type",
                        "localport",
                        "remoteport",
                        "domain",
                        "ip",
                        "encrypt",
                        "compress",
                        "extra");
        assertThat(discord.requests("PUT", ".*/applications/\\d+/guilds/" + GUILD + "/commands"))
                .isNotEmpty();
        assertThat(discord.registeredCommands(null))
                .as("stale global commands removed")
                .isEmpty();
        assertThat(discord.unknownRequests()).isEmpty();
    }

    @Test
    void nodeAutocompleteSuggestsMatchingNodesOnly() {
        InteractionHandle h = discord.autocomplete(GUILD, CHANNEL, ALICE, "zh-CN", "tunnel", "create", "node", "湖");

        JsonNode callback = h.awaitCallback(WAIT);

        assertThat(h.callbackType()).isEqualTo(8);
        JsonNode choices = callback.get("data").get("choices");
        assertThat(choices.size()).isBetween(1, 25);
        choices.forEach(c -> assertThat(c.get("value").asText()).contains("湖"));
    }

    @Test
    void bindWithoutATokenOpensAModalAndItsSubmitLinksTheAccount() {
        InteractionHandle open = rig.slash(ALICE, "zh-CN", "bind", null, Map.of());
        JsonNode modal = open.awaitCallback(WAIT);
        assertThat(open.callbackType()).isEqualTo(9);
        assertThat(modal.get("data").get("custom_id").asText()).isEqualTo("modal:bind");

        InteractionHandle submit =
                discord.modalSubmit(GUILD, CHANNEL, ALICE, "zh-CN", "modal:bind", Map.of("token", TOKEN));
        JsonNode answer = submit.awaitFinalMessage(WAIT);

        assertThat(answer.path("flags").asInt() & 64).isEqualTo(64);
        assertThat(answer.toString()).doesNotContain(TOKEN);
        assertThat(chmlfrp.requests("/userinfo")).isNotEmpty();
    }

    @Test
    void nodeListAnswersWithAnEmbedListingTheNodes() {
        InteractionHandle h = rig.slash(ALICE, "zh-CN", "node", "list", Map.of());

        JsonNode message = h.awaitFinalMessage(WAIT);

        String embedText = message.get("embeds").get(0).toString();
        List<String> nodes = chmlfrp.state().nodeNames();
        long shown = nodes.stream().filter(embedText::contains).count();
        assertThat(shown).isGreaterThanOrEqualTo(Math.min(5, nodes.size()));
        assertThat(message.get("allowed_mentions").get("parse")).isEmpty();
    }

    @Test
    void aConfirmButtonPressedByTheInvokerDeletesTheTunnelAndBySomeoneElseDoesNot() {
        JsonNode bound = rig.bind(ALICE, "en-US", TOKEN);
        assertThat(bound.path("flags").asInt() & 64)
                .as("bind answers ephemerally")
                .isEqualTo(64);

        FakeTunnel tunnel = chmlfrp.state().tunnels(227).get(0);
        InteractionHandle delete =
                rig.slash(ALICE, "en-US", "tunnel", "delete", Map.of("tunnel", Integer.toString(tunnel.id())));
        JsonNode prompt = delete.awaitFinalMessage(WAIT);
        JsonNode buttons = prompt.get("components").get(0).get("components");
        String confirmId = buttons.get(0).get("custom_id").asText();
        assertThat(buttons.get(0).get("style").asInt()).isEqualTo(4);
        assertThat(buttons.get(0).get("label").asText()).isEqualTo("Confirm");
        assertThat(buttons.get(1).get("label").asText()).isEqualTo("Cancel");

        InteractionHandle stranger = rig.button(BOB, "en-US", confirmId, delete.messageId());
        JsonNode notYours = stranger.awaitFinalMessage(WAIT);
        assertThat(notYours.path("flags").asInt() & 64).isEqualTo(64);
        assertThat(chmlfrp.requests("/delete_tunnel")).isEmpty();
        assertThat(chmlfrp.state().tunnel(tunnel.id())).isPresent();

        InteractionHandle press = rig.button(ALICE, "en-US", confirmId, delete.messageId());
        press.awaitFinalMessage(WAIT);
        assertThat(chmlfrp.requests("/delete_tunnel"))
                .singleElement()
                .satisfies(r -> assertThat(r.query()).containsEntry("tunnelid", Integer.toString(tunnel.id())));
        assertThat(chmlfrp.state().tunnel(tunnel.id())).isEmpty();
    }

    @Test
    void panelNewsShowsAnnouncementsAndItsPageButtonTurnsThePage() {
        rig.bind(ALICE, "zh-CN", TOKEN);

        InteractionHandle news = rig.slash(ALICE, "zh-CN", "panel", "news", Map.of());
        JsonNode first = news.awaitFinalMessage(WAIT);
        String embed = first.get("embeds").get(0).toString();
        assertThat(embed)
                .contains("节点维护通知")
                .contains("维护时间")
                .doesNotContain("**")
                .doesNotContain("contentMd");
        JsonNode next = first.get("components").get(0).get("components").get(0);

        JsonNode second = rig.button(ALICE, "zh-CN", next.get("custom_id").asText(), news.messageId())
                .awaitFinalMessage(WAIT);
        assertThat(second.toString()).contains("欢迎使用 ChmlFrp");
        assertThat(chmlfrp.requests("/message/list"))
                .extracting(r -> r.query().get("page"))
                .containsExactly("1", "2");
    }

    @Test
    void tunnelKickPostsTheTunnelsNameToOfflineTunnel() {
        rig.bind(ALICE, "en-US", TOKEN);
        chmlfrp.state().setTunnelOnline(81329, true);

        JsonNode kicked = rig.answer(ALICE, "en-US", "tunnel", "kick", Map.of("tunnel", "81329"));

        assertThat(kicked.toString()).contains("kicked off").contains("230vZqUp");
        assertThat(chmlfrp.requests("/offline_tunnel"))
                .singleElement()
                .satisfies(r -> assertThat(r.body()).isEqualTo("tunnel_name=230vZqUp"));
        assertThat(chmlfrp.state().tunnel(81329).orElseThrow().online()).isFalse();
    }

    @Test
    void anEditAfterADeferCarriesAllowedMentionsToo() {
        chmlfrp.faults().delay("/node", Duration.ofSeconds(2));
        InteractionHandle h = rig.slash(ALICE, "en-US", "node", "list", Map.of());

        JsonNode callback = h.awaitCallback(WAIT);
        assertThat(h.callbackType()).isEqualTo(5);
        JsonNode message = h.awaitFinalMessage(WAIT);
        assertThat(message.get("allowed_mentions").get("parse")).isEmpty();
        assertThat(callback).isNotNull();
    }

    @Test
    void theSinkPostsToTheChannelWithoutMentionsAndReportsAnUnknownChannelAsUnreachable() throws Exception {
        DiscordSink sink = injector.getInstance(DiscordSink.class);

        sink.send(
                        new ChatPlace.Group(Platform.DISCORD, Long.toString(CHANNEL), null),
                        Reply.text("@everyone 湖南娄底 is offline"))
                .get(10, TimeUnit.SECONDS);

        JsonNode posted = discord.awaitChannelMessage(CHANNEL, WAIT).json();
        assertThat(posted.get("allowed_mentions").get("parse")).isEmpty();
        assertThat(posted.get("embeds").get(0).get("description").asText()).contains("湖南娄底");

        CompletableFuture<Void> nowhere =
                sink.send(new ChatPlace.Group(Platform.DISCORD, "1234567890123", null), Reply.text("x"));
        assertThatThrownBy(() -> nowhere.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(PlaceUnreachableException.class);
    }

    @Test
    void anErrorAfterAPublicDeferIsSentEphemerallyAndThePublicPlaceholderRemoved() {
        rig.bind(ALICE, "en-US", TOKEN);
        chmlfrp.faults().delay("/tunnel", Duration.ofSeconds(2));

        InteractionHandle h = rig.slash(ALICE, "en-US", "tunnel", "info", Map.of("tunnel", "no-such-tunnel"));

        h.awaitCallback(WAIT);
        assertThat(h.callbackType()).isEqualTo(5);
        JsonNode followup = h.awaitFollowup(0, WAIT).json();
        assertThat(followup.path("flags").asInt() & 64).isEqualTo(64);
        assertThat(followup.get("allowed_mentions").get("parse")).isEmpty();
        discord.awaitRequest("DELETE", ".*/webhooks/\\d+/[^/]+/messages/@original", WAIT);
    }

    private static JsonNode find(JsonNode array, String name) {
        for (JsonNode n : array) {
            if (n.get("name").asText().equals(name)) {
                return n;
            }
        }
        throw new AssertionError("no " + name + " in " + array);
    }
}
