package org.chmlfrp.bot.discord.render;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.chmlfrp.bot.core.support.ClockTicker;

/**
 * Button custom ids that carry who may press the button and the command it runs:
 * {@code cmd:<userId>:<command text>}. Discord allows 100 characters; a longer command is
 * kept here for a while under a short key instead: {@code ref:<userId>:<key>} (a Caffeine cache
 * that forgets it {@link #REMEMBERED} after the button was made).
 */
@Singleton
public final class ButtonIds {
    /** Discord's limit for a component's custom id. */
    public static final int MAX_LENGTH = 100;
    /** How long a long command is remembered for its button. */
    public static final Duration REMEMBERED = Duration.ofMinutes(15);

    private static final String DIRECT = "cmd:";
    private static final String REFERENCE = "ref:";

    /** A pressed button: whose it is, and the command, or empty when it was remembered and is gone. */
    public record Pressed(String ownerId, Optional<String> command) {
        public boolean ownedBy(String userId) {
            return ownerId.equals(userId);
        }
    }

    private final Cache<String, String> remembered;
    private final AtomicLong sequence = new AtomicLong();

    @Inject
    public ButtonIds(Clock clock) {
        this.remembered = Caffeine.newBuilder()
                .expireAfterWrite(REMEMBERED)
                .ticker(new ClockTicker(clock))
                .build();
    }

    public String encode(String ownerId, String command) {
        String direct = DIRECT + ownerId + ":" + command;
        if (direct.length() <= MAX_LENGTH) {
            return direct;
        }
        String key = Long.toString(sequence.incrementAndGet(), 36);
        remembered.put(key, command);
        return REFERENCE + ownerId + ":" + key;
    }

    /** The button behind a custom id, or empty when the id is not one of ours. */
    public Optional<Pressed> decode(String customId) {
        if (customId == null) {
            return Optional.empty();
        }
        boolean direct = customId.startsWith(DIRECT);
        if (!direct && !customId.startsWith(REFERENCE)) {
            return Optional.empty();
        }
        String rest = customId.substring(DIRECT.length());
        int colon = rest.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String owner = rest.substring(0, colon);
        String tail = rest.substring(colon + 1);
        if (direct) {
            return Optional.of(new Pressed(owner, Optional.of(tail)));
        }
        return Optional.of(new Pressed(owner, Optional.ofNullable(remembered.getIfPresent(tail))));
    }
}
