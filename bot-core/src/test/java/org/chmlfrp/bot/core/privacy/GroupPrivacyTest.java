package org.chmlfrp.bot.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.CoreModule;
import org.chmlfrp.bot.core.broadcast.BroadcastSettings;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.ChatUser;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.chat.Role;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.command.BotAdmins;
import org.chmlfrp.bot.core.command.CommandRegistry;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.Dispatcher;
import org.chmlfrp.bot.core.command.Invocation;
import org.chmlfrp.bot.core.command.LinkedAccount;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.store.Database;
import org.chmlfrp.bot.core.store.StoreStart;
import org.chmlfrp.bot.core.store.TokenCipher;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every command the real Guice assembly declares, run in a group by a linked member, with
 * plausible arguments: no reply carries the user's email, QQ number, token, avatar, real-name
 * state, a node address or an frp configuration, and no secret typed in the group reaches the API.
 */
class GroupPrivacyTest {
    private static final String TOKEN = "ChmlFrpDemoToken227";
    private static final List<String> NEVER_IN_GROUP = List.of(
            TOKEN,
            "demo227@example.com",
            "10001",
            "q.qlogo.cn",
            "已实名",
            ".frp.one",
            "[common]",
            "server_addr",
            "Demo@123456",
            "VIP30-DEMO-2026");
    private static final Map<String, String> SAMPLE = Map.ofEntries(
            Map.entry("token", TOKEN),
            Map.entry("username", "boring_student"),
            Map.entry("password", "Demo@123456"),
            Map.entry("purpose", "retoken"),
            Map.entry("email", "demo227@example.com"),
            Map.entry("qq", "10001"),
            Map.entry("code", "123456"),
            Map.entry("old", "Demo@123456"),
            Map.entry("new", "Demo@654321"),
            Map.entry("url", "https://example.com/a.png"),
            Map.entry("name", "web"),
            Map.entry("page", "1"),
            Map.entry("tunnel", "web"),
            Map.entry("node", "湖南娄底"),
            Map.entry("type", "tcp"),
            Map.entry("localport", "25565"),
            Map.entry("remoteport", "30001"),
            Map.entry("domain", "frp.wtf"),
            Map.entry("names", "web"),
            Map.entry("filter", "online"),
            Map.entry("days", "7"),
            Map.entry("record", "mc"),
            Map.entry("target", "1.2.3.4"),
            Map.entry("kind", "nodes"),
            Map.entry("state", "on"),
            Map.entry("command", "tunnel list"),
            Map.entry("giftcode", "VIP30-DEMO-2026"));

    private FakeChmlFrpServer fake;
    private Injector injector;

    @BeforeEach
    void start() {
        fake = FakeChmlFrpServer.builder().start();
        injector = Guice.createInjector(new CoreModule(
                ChmlFrpSettings.of(fake.baseUrl()).withTimeout(Duration.ofSeconds(5)),
                new BotSettings(BotLocale.ZH_CN, BotAdmins.none(), RateLimit.UNLIMITED, List.of("/")),
                BroadcastSettings.defaults(),
                new StoreStart(Database.open("jdbc:h2:mem:privacy;DB_CLOSE_DELAY=-1"), TokenCipher.ephemeral())));
        injector.getInstance(AccountDirectory.class)
                .link(
                        new ChatUser(Platform.ONEBOT, "10001", "u").identity(),
                        new LinkedAccount(227, "boring_student", TOKEN));
    }

    @AfterEach
    void stop() {
        injector.getInstance(Database.class).close();
        fake.close();
    }

    private Optional<Reply> inGroup(String line) throws Exception {
        Invocation inv = new Invocation(
                new ChatUser(Platform.ONEBOT, "10001", "u"),
                new ChatPlace.Group(Platform.ONEBOT, "5000", "9999"),
                Role.MEMBER,
                BotLocale.ZH_CN,
                false);
        return injector.getInstance(Dispatcher.class).onText(inv, line, false).get(30, TimeUnit.SECONDS);
    }

    private static String line(CommandSpec spec) {
        List<String> words = new ArrayList<>(spec.path());
        for (ParamSpec p : spec.params()) {
            if ((p.required() || p.secret()) && SAMPLE.containsKey(p.name())) {
                words.add(SAMPLE.get(p.name()));
            }
        }
        return "/" + String.join(" ", words);
    }

    private static String everything(Reply r) {
        StringBuilder b = new StringBuilder(r.plainText());
        for (Block block : r.blocks()) {
            if (block instanceof Block.Code c) {
                b.append(c.content());
            }
        }
        r.actions().forEach(a -> b.append(a.label()).append(a.command()));
        return b.toString();
    }

    @Test
    void noCommandShowsPrivateFactsInAGroup() throws Exception {
        List<CommandSpec> all = injector.getInstance(CommandRegistry.class).all();
        assertThat(all.size()).isGreaterThan(3);
        List<String> ran = new ArrayList<>();
        for (CommandSpec spec : all) {
            String line = line(spec);
            Optional<Reply> reply = inGroup(line);
            assertThat(reply).as(line).isPresent();
            String text = everything(reply.get());
            for (String secret : NEVER_IN_GROUP) {
                if (line.contains(secret)) {
                    // the user typed it; the reply must not repeat it either
                    assertThat(text).as("%s repeats what the user typed", line).doesNotContain(secret);
                } else {
                    assertThat(text).as("%s in a group shows %s", line, secret).doesNotContain(secret);
                }
            }
            ran.add(line);
        }
        assertThat(ran).contains("/help");
    }

    @Test
    void secretsTypedInAGroupNeverReachTheApi() throws Exception {
        for (CommandSpec spec : injector.getInstance(CommandRegistry.class).all()) {
            if (!spec.takesSecret()) {
                continue;
            }
            fake.clearRequests();
            Reply r = inGroup(line(spec)).orElseThrow();
            assertThat(r.recallInvocation()).as(spec.pathText()).isTrue();
            assertThat(fake.requests())
                    .as("%s reached the API", spec.pathText())
                    .isEmpty();
        }
    }
}
