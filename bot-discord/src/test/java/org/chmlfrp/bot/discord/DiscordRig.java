package org.chmlfrp.bot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Injector;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chmlfrp.bot.testkit.Closer;
import org.chmlfrp.bot.testkit.discord.FakeDiscord;
import org.chmlfrp.bot.testkit.discord.InteractionHandle;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up every Discord end-to-end test shares: a FakeDiscord (gateway and REST over real
 * sockets) with one guild and one channel, the real bot assembled by Guice and started against it,
 * and whatever else the test {@link #keep keeps}, closed after each test, newest first. Register it
 * with {@code @RegisterExtension final DiscordRig rig = new DiscordRig();}.
 */
final class DiscordRig implements AfterEachCallback {
    static final Duration WAIT = Duration.ofSeconds(15);
    static final long GUILD = 1_100_000_000_000_000_001L;
    static final long CHANNEL = 1_100_000_000_000_000_002L;
    static final long ALICE = 1_100_000_000_000_000_003L;
    static final long BOB = 1_100_000_000_000_000_004L;

    private final Closer open = new Closer();
    private FakeDiscord discord;
    private DiscordAdapter adapter;

    /** The fake Discord with the guild {@link #GUILD} and its channel {@link #CHANNEL}, started at the first call. */
    FakeDiscord discord() {
        if (discord == null) {
            discord = keep(FakeDiscord.start());
            discord.guild(GUILD, "ChmlFrp fans");
            discord.channel(GUILD, CHANNEL, "general");
        }
        return discord;
    }

    /** The bot registering its commands in {@link #GUILD}, assembled by {@code core}, started and ready. */
    Injector start(Function<DiscordModule, Injector> core) throws Exception {
        FakeDiscord fake = discord();
        Injector injector = start(
                new DiscordSettings(
                        true, fake.botToken(), List.of(Long.toString(GUILD)), null, fake.restUrl(), fake.gatewayUrl()),
                core);
        fake.awaitIdentified(WAIT);
        return injector;
    }

    /** The bot with these settings, assembled by {@code core}, started and ready. */
    Injector start(DiscordSettings settings, Function<DiscordModule, Injector> core) throws Exception {
        Injector injector = core.apply(new DiscordModule(settings));
        adapter = injector.getInstance(DiscordAdapter.class);
        keep(adapter::stop);
        adapter.start();
        adapter.awaitReady(WAIT);
        return injector;
    }

    DiscordAdapter adapter() {
        return adapter;
    }

    /** Closed after the test, before what was kept earlier. */
    <T extends AutoCloseable> T keep(T resource) {
        return open.keep(resource);
    }

    /** {@code user} runs a slash command in {@link #CHANNEL}; {@code subcommand} null for none. */
    InteractionHandle slash(long user, String locale, String command, String subcommand, Map<String, ?> options) {
        return discord().slashCommand(GUILD, CHANNEL, user, locale, command, subcommand, options);
    }

    /** What the user finally sees for that slash command. */
    JsonNode answer(long user, String locale, String command, String subcommand, Map<String, ?> options) {
        return slash(user, locale, command, subcommand, options).awaitFinalMessage(WAIT);
    }

    /** {@code user} presses the button {@code customId} on a message in {@link #CHANNEL}. */
    InteractionHandle button(long user, String locale, String customId, long messageId) {
        return discord().button(GUILD, CHANNEL, user, locale, customId, messageId);
    }

    /** {@code user} links their ChmlFrp account with {@code /bind token:…}; the answer. */
    JsonNode bind(long user, String locale, String token) {
        return answer(user, locale, "bind", null, Map.of("token", token));
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        discord = null;
        adapter = null;
        open.close();
    }
}
