package org.chmlfrp.bot.discord.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.model.AvailableDomain;
import org.chmlfrp.bot.core.chmlfrp.model.Node;
import org.chmlfrp.bot.core.chmlfrp.model.NodeGroup;
import org.chmlfrp.bot.core.chmlfrp.model.OnlineState;
import org.chmlfrp.bot.core.chmlfrp.model.Tunnel;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.command.LinkedAccount;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.command.ParamType;
import org.chmlfrp.bot.core.feature.domain.DomainNames;
import org.chmlfrp.bot.core.feature.node.NodeCatalog;
import org.chmlfrp.bot.core.feature.node.NodeNames;
import org.chmlfrp.bot.core.feature.tunnel.TunnelNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AutocompleteProviderTest {
    private static final ChatIdentity ALICE = new ChatIdentity(Platform.DISCORD, "111");

    private final ChmlFrpApi api = mock(ChmlFrpApi.class);
    private final AccountDirectory accounts = mock(AccountDirectory.class);
    private final ParamSpec tunnelParam =
            ParamSpec.required("tunnel", ParamType.TEXT).completedBy(new TunnelNames(api));
    private final ParamSpec domainParam =
            ParamSpec.required("domain", ParamType.TEXT).completedBy(new DomainNames(api, Clock.systemUTC()));
    private final AutocompleteProvider provider = new AutocompleteProvider(accounts, Runnable::run);
    private ParamSpec nodeParam;

    @BeforeEach
    void setUp() {
        when(api.nodes())
                .thenReturn(CompletableFuture.completedFuture(
                        List.of(node("湖南电信", true, false), node("香港 HK-1", true, true), node("湖北联通", false, true))));
        nodeParam = nodeParam();
    }

    @Test
    void nodesThatStartWithTheTextComeFirstThenThoseContainingIt() {
        assertThat(values(nodeParam, "湖", Map.of())).containsExactly("湖南电信", "湖北联通");
        assertThat(values(nodeParam, "hk", Map.of())).containsExactly("香港 HK-1");
        assertThat(values(nodeParam, "", Map.of())).hasSize(3);
    }

    @Test
    void nodesAreFilteredByTheTunnelTypeAlreadyChosen() {
        assertThat(values(nodeParam, "", Map.of("type", "udp"))).containsExactly("香港 HK-1", "湖北联通");
        assertThat(values(nodeParam, "", Map.of("type", "http"))).containsExactly("湖南电信", "香港 HK-1");
        assertThat(values(nodeParam, "", Map.of("type", "bogus"))).hasSize(3);
    }

    @Test
    void atMostTwentyFiveChoices() {
        List<Node> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(node("node-" + i, true, true));
        }
        when(api.nodes()).thenReturn(CompletableFuture.completedFuture(many));
        assertThat(provider.suggest(nodeParam(), "node", Map.of(), ALICE).join())
                .hasSize(25);
    }

    @Test
    void tunnelsAreTheUsersOwnAndEmptyWhenNotLinked() {
        when(accounts.find(ALICE)).thenReturn(Optional.empty());
        assertThat(provider.suggest(tunnelParam, "", Map.of(), ALICE).join()).isEmpty();
        verify(api, never()).tunnels(any());

        when(accounts.find(ALICE)).thenReturn(Optional.of(new LinkedAccount(227, "alice", "tok")));
        when(api.tunnels("tok"))
                .thenReturn(CompletableFuture.completedFuture(List.of(tunnel(7, "mc"), tunnel(8, "web"))));
        List<Command.Choice> choices =
                provider.suggest(tunnelParam, "m", Map.of(), ALICE).join();
        assertThat(choices).extracting(Command.Choice::getName).containsExactly("mc (#7)");
        assertThat(choices).extracting(Command.Choice::getAsString).containsExactly("7");
    }

    @Test
    void aSlowApiGivesNoSuggestionsInsteadOfMissingDiscordsWindow() {
        when(accounts.find(ALICE)).thenReturn(Optional.of(new LinkedAccount(227, "alice", "tok")));
        when(api.tunnels("tok")).thenReturn(new CompletableFuture<>());
        long start = System.nanoTime();
        assertThat(provider.suggest(tunnelParam, "", Map.of(), ALICE).join()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void domainsAreTheAvailableMainDomainsFetchedOnce() {
        when(api.availableDomains())
                .thenReturn(CompletableFuture.completedFuture(List.of(
                        new AvailableDomain(1, "chmlfrp.net", "", false),
                        new AvailableDomain(2, "frp.example.com", "", true))));
        assertThat(values(domainParam, "frp", Map.of())).containsExactly("frp.example.com", "chmlfrp.net");
        assertThat(values(domainParam, "", Map.of())).hasSize(2);
        verify(api, org.mockito.Mockito.times(1)).availableDomains();
    }

    @Test
    void aFailedLookupGivesNoSuggestions() {
        when(api.availableDomains()).thenReturn(CompletableFuture.failedFuture(new RuntimeException("down")));
        assertThat(values(domainParam, "", Map.of())).isEmpty();
    }

    @Test
    void aParameterWithoutACompleterGetsNoSuggestions() {
        assertThat(provider.suggest(ParamSpec.required("name", ParamType.TEXT), "", Map.of(), ALICE)
                        .join())
                .isEmpty();
    }

    private ParamSpec nodeParam() {
        NodeCatalog catalog = new NodeCatalog(api, Clock.systemUTC(), Duration.ofMinutes(1));
        return ParamSpec.required("node", ParamType.TEXT).completedBy(new NodeNames(catalog));
    }

    private List<String> values(ParamSpec p, String typed, Map<String, String> others) {
        return provider.suggest(p, typed, others, ALICE).join().stream()
                .map(Command.Choice::getAsString)
                .toList();
    }

    static Node node(String name, boolean web, boolean udp) {
        return new Node(name.hashCode(), name, "area", NodeGroup.USER, true, web, udp, false, "");
    }

    static Tunnel tunnel(int id, String name) {
        return new Tunnel(
                id,
                name,
                "127.0.0.1",
                "tcp",
                25565,
                "30000",
                "湖南电信",
                true,
                227,
                false,
                false,
                "",
                null,
                null,
                0,
                0,
                0,
                OnlineState.ONLINE,
                null);
    }
}
