package org.chmlfrp.bot.onebot.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.command.AccountDirectory;
import org.chmlfrp.bot.core.command.BotAdmins;
import org.chmlfrp.bot.core.command.CommandLineReader;
import org.chmlfrp.bot.core.command.CommandRegistry;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.Confirmations;
import org.chmlfrp.bot.core.command.Dispatcher;
import org.chmlfrp.bot.core.command.Invocation;
import org.chmlfrp.bot.core.command.LinkedAccount;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.command.ParamType;
import org.chmlfrp.bot.core.command.RateLimit;
import org.chmlfrp.bot.core.command.RateLimiter;
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
                CommandSpec.command("echo").aliases("回声")
                        .param(ParamSpec.required("words", ParamType.TEXT).takingRest())
                        .handler(ctx -> {
                            invocations.add(ctx.invocation());
                            return CompletableFuture.completedFuture(Reply.text("echo: " + ctx.args().string("words")));
                        }),
                CommandSpec.command("secret").privateOnly()
                        .param(ParamSpec.required("token", ParamType.TEXT).asSecret())
                        .handler(ctx -> CompletableFuture.completedFuture(Reply.text("used the token"))),
                CommandSpec.command("page").handler(ctx -> CompletableFuture.completedFuture(
                        Reply.builder().text("row 1").page(1, 2, "next", "page").build())),
                CommandSpec.command("chart").handler(ctx -> CompletableFuture.completedFuture(
                        Reply.builder().text("chart:").image(PNG, "c.png", "uptime 99%").build())));
    }

    public List<Invocation> invocations() {
        return invocations;
    }

    public Dispatcher dispatcher(I18n i18n) {
        CommandRegistry registry = new CommandRegistry(Set.of(this));
        return new Dispatcher(registry, new CommandLineReader(List.of("/", "#"), registry), new NoAccounts(),
                new RateLimiter(RateLimit.UNLIMITED, java.time.Clock.systemUTC()), BotAdmins.none(), i18n, Runnable::run,
                new Confirmations(java.time.Clock.systemUTC()));
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
