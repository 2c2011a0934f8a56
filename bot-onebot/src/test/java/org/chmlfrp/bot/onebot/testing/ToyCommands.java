package org.chmlfrp.bot.onebot.testing;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Names;
import com.google.inject.util.Modules;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.CommandModule;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.command.BotAdmins;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.Dispatcher;
import org.chmlfrp.bot.core.command.Invocation;
import org.chmlfrp.bot.core.command.LinkedAccount;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.command.ParamType;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.core.reply.Reply;

/**
 * A real {@link Dispatcher} with toy commands, recording each invocation: {@code echo <words>}
 * (alias 回声), {@code secret <token>} (private only), {@code page}, {@code chart}.
 */
public final class ToyCommands implements CommandSet {
    /** A tiny valid PNG header plus bytes. */
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private final List<Invocation> invocations = new CopyOnWriteArrayList<>();

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                CommandSpec.command("echo")
                        .aliases("回声")
                        .param(ParamSpec.required("words", ParamType.TEXT).takingRest())
                        .handler(ctx -> {
                            invocations.add(ctx.invocation());
                            return CompletableFuture.completedFuture(
                                    Reply.text("echo: " + ctx.args().string("words")));
                        }),
                CommandSpec.command("secret")
                        .privateOnly()
                        .param(ParamSpec.required("token", ParamType.TEXT).asSecret())
                        .handler(ctx -> CompletableFuture.completedFuture(Reply.text("used the token"))),
                CommandSpec.command("page")
                        .handler(ctx -> CompletableFuture.completedFuture(Reply.builder()
                                .text("row 1")
                                .page(1, 2, "next", "page")
                                .build())),
                CommandSpec.command("chart")
                        .handler(ctx -> CompletableFuture.completedFuture(Reply.builder()
                                .text("chart:")
                                .image(PNG, "c.png", "uptime 99%")
                                .build())));
    }

    public List<Invocation> invocations() {
        return invocations;
    }

    /** The production command framework over these commands (plus confirm/cancel), run on the caller's thread. */
    public Dispatcher dispatcher(I18n i18n) {
        return Guice.createInjector(
                        Modules.override(new CommandModule())
                                .with(b -> b.bind(Key.get(Executor.class, Names.named(Dispatcher.EXECUTOR)))
                                        .toInstance(Runnable::run)),
                        b -> {
                            b.bind(BotSettings.class)
                                    .toInstance(new BotSettings(
                                            BotLocale.ZH_CN, BotAdmins.none(), RateLimit.UNLIMITED, List.of("/", "#")));
                            b.bind(Clock.class).toInstance(Clock.systemUTC());
                            b.bind(MeterRegistry.class).toInstance(new CompositeMeterRegistry());
                            b.bind(AccountDirectory.class).toInstance(new NoAccounts());
                            b.bind(I18n.class).toInstance(i18n);
                            Multibinder.newSetBinder(b, CommandSet.class)
                                    .addBinding()
                                    .toInstance(this);
                        })
                .getInstance(Dispatcher.class);
    }

    private static final class NoAccounts implements AccountDirectory {
        private final Map<ChatIdentity, LinkedAccount> links = new ConcurrentHashMap<>();

        @Override
        public Optional<LinkedAccount> find(ChatIdentity identity) {
            return Optional.ofNullable(links.get(identity));
        }

        @Override
        public void link(ChatIdentity identity, LinkedAccount account) {
            links.put(identity, account);
        }

        @Override
        public boolean unlink(ChatIdentity identity) {
            return links.remove(identity) != null;
        }
    }
}
