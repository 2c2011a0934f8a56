package org.chmlfrp.bot.onebot;

import java.util.List;
import org.chmlfrp.bot.core.command.RateLimit;

/** The {@code onebot} section. */
public record OneBotSettings(
        boolean enabled, List<String> commandPrefixes, RateLimit sendRate, List<Connection> connections) {
    public OneBotSettings {
        commandPrefixes = List.copyOf(commandPrefixes);
        connections = List.copyOf(connections);
    }

    /** One entry of {@code onebot.connections}. */
    public sealed interface Connection permits Forward, Reverse {
        String accessToken();
    }

    /** The bot dials the OneBot implementation at {@code url}. */
    public record Forward(String url, String accessToken) implements Connection {
        @Override
        public String toString() {
            return "Forward[" + url + (accessToken.isEmpty() ? "" : ", access-token=***") + "]";
        }
    }

    /** The OneBot implementation dials the bot at {@code host:port} + {@code path}. */
    public record Reverse(String host, int port, String path, String accessToken) implements Connection {
        @Override
        public String toString() {
            return "Reverse[" + host + ":" + port + path + (accessToken.isEmpty() ? "" : ", access-token=***") + "]";
        }
    }
}
