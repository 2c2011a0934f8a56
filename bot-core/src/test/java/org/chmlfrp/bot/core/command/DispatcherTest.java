package org.chmlfrp.bot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.ChatUser;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.chat.Role;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.reply.Visibility;
import org.chmlfrp.bot.core.testing.InMemoryAccounts;
import org.chmlfrp.bot.testkit.VirtualClock;
import org.junit.jupiter.api.Test;

/** The framework's checks, with toy commands: what a user sees for each way a command can be refused. */
class DispatcherTest {
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final AtomicInteger echoed = new AtomicInteger();
    private final Confirmations confirmations = new Confirmations(clock);
    private final AtomicInteger removals = new AtomicInteger();
    private final I18n i18n = new I18n();

    private final CommandSet toys = () -> List.of(
            CommandSpec.command("echo")
                    .aliases("回声")
                    .param(ParamSpec.required("words", ParamType.TEXT).takingRest())
                    .handler(ctx -> {
                        echoed.incrementAndGet();
                        return CompletableFuture.completedFuture(
                                Reply.text("echo: " + ctx.args().string("words")));
                    }),
            CommandSpec.command("port", "check")
                    .param(ParamSpec.required("localport", ParamType.PORT))
                    .param(ParamSpec.optional("remoteport", ParamType.PORT))
                    .param(ParamSpec.optional("domain", ParamType.TEXT))
                    .param(ParamSpec.option("encrypt", ParamType.BOOL))
                    .handler(ctx -> CompletableFuture.completedFuture(
                            Reply.text(ctx.args().asMap().toString()))),
            CommandSpec.command("secret")
                    .privateOnly()
                    .param(ParamSpec.required("token", ParamType.TEXT).asSecret())
                    .handler(ctx -> CompletableFuture.completedFuture(
                            Reply.text("used " + ctx.args().string("token")))),
            CommandSpec.command("mine")
                    .needsAccount()
                    .handler(ctx -> CompletableFuture.completedFuture(
                            Reply.text("account " + ctx.account().orElseThrow().username()))),
            CommandSpec.command("admin")
                    .permission(Role.GROUP_ADMIN)
                    .handler(ctx -> CompletableFuture.completedFuture(Reply.text("admin ok"))),
            CommandSpec.command("boom").handler(ctx -> {
                throw new IllegalStateException("internal detail java.lang.Boom");
            }),
            CommandSpec.command("remove")
                    .handler(ctx -> CompletableFuture.completedFuture(Reply.confirm("remove it?", () -> {
                        removals.incrementAndGet();
                        return CompletableFuture.completedFuture(Reply.text("removed"));
                    }))));

    private Dispatcher dispatcher(RateLimit limit, BotAdmins admins) {
        CommandRegistry registry = new CommandRegistry(Set.of(toys, new ConfirmationCommands(confirmations)));
        return new Dispatcher(
                registry,
                new CommandLineReader(List.of("/", "#"), registry),
                accounts,
                new RateLimiter(limit, clock),
                admins,
                i18n,
                Runnable::run,
                CommandMetrics.none(),
                confirmations);
    }

    private final Dispatcher dispatcher = dispatcher(RateLimit.parse("5/min").orElseThrow(), BotAdmins.none());
    private final ChatUser alice = new ChatUser(Platform.ONEBOT, "1001", "alice");

    private Optional<Reply> privately(Dispatcher d, String text) throws Exception {
        return d.onText(Invocation.privateChat(alice, "9", Role.MEMBER, BotLocale.EN), text, false)
                .get(5, TimeUnit.SECONDS);
    }

    private Optional<Reply> inGroup(Dispatcher d, String text, Role role) throws Exception {
        Invocation inv =
                new Invocation(alice, new ChatPlace.Group(Platform.ONEBOT, "777", "9"), role, BotLocale.ZH_CN, false);
        return d.onText(inv, text, false).get(5, TimeUnit.SECONDS);
    }

    @Test
    void prefixesAliasesAndQuotesReachTheHandler() throws Exception {
        assertThat(privately(dispatcher, "/echo hello world").orElseThrow().plainText())
                .isEqualTo("echo: hello world");
        assertThat(privately(dispatcher, "#echo \"a  b\"").orElseThrow().plainText())
                .isEqualTo("echo: a  b");
        assertThat(privately(dispatcher, "回声 你好").orElseThrow().plainText()).isEqualTo("echo: 你好");
    }

    @Test
    void everyCommandIsCountedByItsDeclaredPathAndOutcomeNeverByWhatWasTyped() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        CommandRegistry registry = new CommandRegistry(Set.of(toys, new ConfirmationCommands(confirmations)));
        Dispatcher d = new Dispatcher(
                registry,
                new CommandLineReader(List.of("/", "#"), registry),
                accounts,
                new RateLimiter(RateLimit.parse("6/min").orElseThrow(), clock),
                BotAdmins.none(),
                i18n,
                Runnable::run,
                new CommandMetrics(meters),
                confirmations);

        privately(d, "回声 你好");
        privately(d, "/boom");
        privately(d, "/port check 70000");
        inGroup(d, "/secret tok-3f9a", Role.MEMBER);
        privately(d, "/nosuch tok-3f9a");
        privately(d, "/mine");
        privately(d, "/echo over the limit");
        privately(d, "hello there");

        Map<String, Double> counts = new TreeMap<>();
        meters.find(CommandMetrics.COUNTER)
                .counters()
                .forEach(c ->
                        counts.put(c.getId().getTag("command") + " " + c.getId().getTag("outcome"), c.count()));
        assertThat(counts)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "echo ok",
                        1.0,
                        "boom failed",
                        1.0,
                        "port check usage",
                        1.0,
                        "secret refused",
                        1.0,
                        "(unmatched) unknown",
                        1.0,
                        "mine error",
                        1.0,
                        "(unmatched) rate-limited",
                        1.0));
        assertThat(meters.find(CommandMetrics.LATENCY).timers())
                .extracting(t -> t.getId().getTag("command"))
                .containsExactlyInAnyOrder("echo", "boom", "mine");
        assertThat(meters.getMeters())
                .allSatisfy(m ->
                        assertThat(m.getId().getTags().toString()).doesNotContain("tok-3f9a", "1001", "你好", "nosuch"));
    }

    @Test
    void plainChatIsIgnoredAndNotCounted() throws Exception {
        assertThat(privately(dispatcher, "hello there")).isEmpty();
        assertThat(privately(dispatcher, "echo without prefix")).isEmpty();
        assertThat(echoed).hasValue(0);
    }

    @Test
    void positionalWordsSkipOptionalParametersTheyDoNotFit() throws Exception {
        assertThat(privately(dispatcher, "/port check 8080 25565").orElseThrow().plainText())
                .isEqualTo("{localport=8080, remoteport=25565}");
        assertThat(privately(dispatcher, "/port check 80 mc.example.com encrypt=yes")
                        .orElseThrow()
                        .plainText())
                .isEqualTo("{localport=80, domain=mc.example.com, encrypt=true}");
    }

    @Test
    void badArgumentsGiveTheProblemAndTheUsageLine() throws Exception {
        Reply missing = privately(dispatcher, "/port check").orElseThrow();
        assertThat(missing.error()).isTrue();
        assertThat(missing.plainText())
                .contains("Missing localport")
                .contains("Usage: /port check <localport> [remoteport] [domain] [encrypt=]");
        Reply invalid = privately(dispatcher, "/port check 70000").orElseThrow();
        assertThat(invalid.plainText()).contains("localport").contains("70000").contains("1 to 65535");
        assertThat(privately(dispatcher, "/port check 80 encrypt=maybe")
                        .orElseThrow()
                        .plainText())
                .contains("encrypt")
                .contains("maybe");
        assertThat(privately(dispatcher, "/port check 80 colour=red")
                        .orElseThrow()
                        .plainText())
                .contains("no option called colour");
    }

    @Test
    void unknownCommandsSuggestTheNearestOne() throws Exception {
        assertThat(privately(dispatcher, "/ecko hi").orElseThrow().plainText()).contains("Did you mean /echo");
        assertThat(privately(dispatcher, "/zzzzzzzz").orElseThrow().plainText()).contains("/help");
        assertThat(privately(dispatcher, "/port").orElseThrow().plainText()).contains("check");
    }

    @Test
    void anUnknownCommandDoesNotRepeatWhatFollowsIt() throws Exception {
        Reply r = inGroup(dispatcher, "/bnid ChmlFrpDemoToken227", Role.MEMBER).orElseThrow();
        assertThat(r.plainText()).contains("bnid").doesNotContain("ChmlFrpDemoToken227");
    }

    @Test
    void aSecretSentInAGroupIsRefusedNotUsedAndRecalled() throws Exception {
        Reply r = inGroup(dispatcher, "/secret abc123", Role.MEMBER).orElseThrow();
        assertThat(r.recallInvocation()).isTrue();
        assertThat(r.plainText()).doesNotContain("abc123").contains("重置令牌").contains("私聊");
        assertThat(inGroup(dispatcher, "/secret", Role.MEMBER).orElseThrow().recallInvocation())
                .isFalse();
        assertThat(privately(dispatcher, "/secret abc123").orElseThrow().plainText())
                .isEqualTo("used abc123");
    }

    @Test
    void commandsThatNeedAnAccountSayHowToBind() throws Exception {
        assertThat(privately(dispatcher, "/mine").orElseThrow().plainText()).contains("/bind");
        accounts.link(new ChatIdentity(Platform.ONEBOT, "1001"), new LinkedAccount(227, "boring", "tok"));
        assertThat(privately(dispatcher, "/mine").orElseThrow().plainText()).isEqualTo("account boring");
    }

    @Test
    void permissionsFollowGroupRoleAndBotAdmins() throws Exception {
        assertThat(inGroup(dispatcher, "/admin", Role.MEMBER).orElseThrow().plainText())
                .contains("管理员");
        assertThat(inGroup(dispatcher, "/admin", Role.GROUP_ADMIN).orElseThrow().plainText())
                .isEqualTo("admin ok");
        Dispatcher withAdmin = dispatcher(RateLimit.UNLIMITED, new BotAdmins(Set.of(alice.identity())));
        assertThat(inGroup(withAdmin, "/admin", Role.MEMBER).orElseThrow().plainText())
                .isEqualTo("admin ok");
    }

    @Test
    void rateLimitGivesOneNoticeThenSilenceUntilTheWindowFrees() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(privately(dispatcher, "/echo " + i)).isPresent();
        }
        assertThat(privately(dispatcher, "/echo 6").orElseThrow().plainText()).contains("too fast");
        assertThat(privately(dispatcher, "/nonsense")).isEmpty();
        assertThat(privately(dispatcher, "/echo 7")).isEmpty();
        clock.advance(Duration.ofSeconds(61));
        assertThat(privately(dispatcher, "/echo 8").orElseThrow().plainText()).isEqualTo("echo: 8");
    }

    @Test
    void botAdminsAndTheConsoleOperatorAreNeverRateLimited() throws Exception {
        Dispatcher d = dispatcher(RateLimit.parse("2/min").orElseThrow(), new BotAdmins(Set.of(alice.identity())));
        for (int i = 0; i < 20; i++) {
            assertThat(privately(d, "/echo " + i).orElseThrow().plainText()).isEqualTo("echo: " + i);
        }
        ChatUser operator = new ChatUser(Platform.CONSOLE, "operator", "operator");
        Invocation console = Invocation.privateChat(operator, null, Role.BOT_ADMIN, BotLocale.EN);
        for (int i = 0; i < 20; i++) {
            assertThat(d.onText(console, "echo " + i, true)
                            .get(5, TimeUnit.SECONDS)
                            .orElseThrow()
                            .plainText())
                    .isEqualTo("echo: " + i);
        }
        ChatUser bob = new ChatUser(Platform.ONEBOT, "1002", "bob");
        Invocation member = Invocation.privateChat(bob, "9", Role.MEMBER, BotLocale.EN);
        d.onText(member, "/echo 1", false);
        d.onText(member, "/echo 2", false);
        assertThat(d.onText(member, "/echo 3", false)
                        .get(5, TimeUnit.SECONDS)
                        .orElseThrow()
                        .plainText())
                .as("an ordinary user still is")
                .contains("too fast");
        Reply structured =
                d.onStructured(member, "port check", Map.of("localport", "80")).get(5, TimeUnit.SECONDS);
        assertThat(structured.plainText()).contains("too fast");
        Invocation adminStructured = Invocation.privateChat(alice, "9", Role.MEMBER, BotLocale.EN);
        for (int i = 0; i < 5; i++) {
            assertThat(d.onStructured(adminStructured, "port check", Map.of("localport", "80"))
                            .get(5, TimeUnit.SECONDS)
                            .plainText())
                    .isEqualTo("{localport=80}");
        }
    }

    @Test
    void failuresNeverShowInternals() throws Exception {
        Reply r = privately(dispatcher, "/boom").orElseThrow();
        assertThat(r.error()).isTrue();
        assertThat(r.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(r.plainText())
                .doesNotContain("java.")
                .doesNotContain("Exception")
                .contains("went wrong");
    }

    @Test
    void confirmationsAreForTheSameUserInTheSameChatWithin60Seconds() throws Exception {
        Reply prompt = privately(dispatcher, "/remove").orElseThrow();
        assertThat(prompt.plainText())
                .isEqualTo("remove it?\nSend /confirm within 60 seconds to go ahead, or /cancel.");
        assertThat(prompt.actions()).extracting(a -> a.command()).containsExactly("confirm", "cancel");
        assertThat(prompt.confirmation()).isNull();
        assertThat(removals).hasValue(0);
        assertThat(inGroup(dispatcher, "/confirm", Role.MEMBER).orElseThrow().plainText())
                .contains("没有等待确认");
        assertThat(privately(dispatcher, "/confirm").orElseThrow().plainText()).isEqualTo("removed");
        assertThat(removals).hasValue(1);
        assertThat(privately(dispatcher, "/confirm").orElseThrow().plainText()).contains("Nothing is waiting");

        privately(dispatcher, "/remove");
        clock.advance(Duration.ofSeconds(61));
        assertThat(privately(dispatcher, "/confirm").orElseThrow().plainText()).contains("Nothing is waiting");

        privately(dispatcher, "/remove");
        assertThat(privately(dispatcher, "/cancel").orElseThrow().plainText()).isEqualTo("Cancelled.");
        assertThat(privately(dispatcher, "/confirm").orElseThrow().plainText()).contains("Nothing is waiting");
    }

    @Test
    void structuredCallsUseTheSameChecks() throws Exception {
        Invocation inv =
                Invocation.privateChat(new ChatUser(Platform.DISCORD, "42", "bob"), null, Role.MEMBER, BotLocale.EN);
        Reply ok = dispatcher
                .onStructured(inv, "port check", Map.of("localport", "80", "domain", "a.b"))
                .get(5, TimeUnit.SECONDS);
        assertThat(ok.plainText()).isEqualTo("{localport=80, domain=a.b}");
        Reply bad = dispatcher
                .onStructured(inv, "port check", Map.of("localport", "0"))
                .get(5, TimeUnit.SECONDS);
        assertThat(bad.plainText()).contains("localport").contains("Usage");
    }
}
