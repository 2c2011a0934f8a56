package org.chmlfrp.bot.core.feature.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.time.Duration;
import java.util.List;
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
import org.chmlfrp.bot.core.command.Dispatcher;
import org.chmlfrp.bot.core.command.Invocation;
import org.chmlfrp.bot.core.command.LinkedAccount;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.store.Database;
import org.chmlfrp.bot.core.store.StoreStart;
import org.chmlfrp.bot.core.store.TokenCipher;
import org.chmlfrp.bot.testkit.chmlfrp.FakeChmlFrpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code help} shows what a group is subscribed to; {@code me} shows whether the user's watch is on. */
class StatusInHelpAndMeTest {
    private FakeChmlFrpServer fake;
    private Injector injector;
    private final ChatUser admin = new ChatUser(Platform.ONEBOT, "10001", "a");

    @BeforeEach
    void start() {
        fake = FakeChmlFrpServer.builder().start();
        injector = Guice.createInjector(new CoreModule(
                ChmlFrpSettings.of(fake.baseUrl()).withTimeout(Duration.ofSeconds(5)),
                new BotSettings(BotLocale.ZH_CN, BotAdmins.none(), RateLimit.UNLIMITED, List.of("/")),
                BroadcastSettings.defaults(),
                new StoreStart(
                        Database.open("jdbc:h2:mem:status-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"),
                        TokenCipher.ephemeral())));
        injector.getInstance(AccountDirectory.class)
                .link(admin.identity(), new LinkedAccount(227, "boring_student", "ChmlFrpDemoToken227"));
    }

    @AfterEach
    void stop() {
        injector.getInstance(Database.class).close();
        fake.close();
    }

    private Reply send(Invocation inv, String line) throws Exception {
        return injector.getInstance(Dispatcher.class)
                .onText(inv, line, false)
                .get(20, TimeUnit.SECONDS)
                .orElseThrow();
    }

    @Test
    void helpInAGroupShowsTheGroupsSubscriptions() throws Exception {
        Invocation inGroup = new Invocation(
                admin, new ChatPlace.Group(Platform.ONEBOT, "5000", "9999"), Role.GROUP_ADMIN, BotLocale.ZH_CN, false);
        assertThat(send(inGroup, "/help").plainText()).contains("本群当前没有订阅任何播报");
        send(inGroup, "/subscribe nodes");
        assertThat(send(inGroup, "/help").plainText()).contains("本群当前订阅：").contains("节点");
    }

    @Test
    void meInPrivateShowsTheWatch() throws Exception {
        Invocation priv = Invocation.privateChat(admin, "9999", Role.MEMBER, BotLocale.ZH_CN);
        assertThat(send(priv, "/me").plainText()).contains("boring_student").contains("隧道监控：未开启");
        send(priv, "/watch on");
        assertThat(send(priv, "/me").plainText()).contains("隧道监控：已开启");
        assertThat(send(priv, "/help").plainText()).contains("隧道监控：已开启");
    }
}
