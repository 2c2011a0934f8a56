package org.chmlfrp.bot.onebot;

import java.time.Duration;

/**
 * Timings and limits of the adapter that are not configuration: sensible defaults for
 * production, shorter ones for tests.
 *
 * @param actionTimeout    how long an action call waits for its answer
 * @param connectTimeout   how long a forward dial may take
 * @param reconnectInitial first delay before redialling a forward connection
 * @param reconnectMax     cap of the exponential backoff
 * @param staleHeartbeats  a connection silent for this many heartbeat intervals is closed
 * @param staleCheckPeriod how often connections are checked for silence
 * @param maxMessageChars  longer replies are split into several messages
 * @param stopGrace        on stop, how long queued replies may still go out
 */
public record OneBotOptions(
        Duration actionTimeout,
        Duration connectTimeout,
        Duration reconnectInitial,
        Duration reconnectMax,
        int staleHeartbeats,
        Duration staleCheckPeriod,
        int maxMessageChars,
        Duration stopGrace) {

    public static OneBotOptions defaults() {
        return new OneBotOptions(
                Duration.ofSeconds(10),
                Duration.ofSeconds(10),
                Duration.ofSeconds(1),
                Duration.ofSeconds(60),
                3,
                Duration.ofSeconds(1),
                4000,
                Duration.ofSeconds(3));
    }

    public OneBotOptions withActionTimeout(Duration d) {
        return new OneBotOptions(
                d,
                connectTimeout,
                reconnectInitial,
                reconnectMax,
                staleHeartbeats,
                staleCheckPeriod,
                maxMessageChars,
                stopGrace);
    }

    public OneBotOptions withReconnect(Duration initial, Duration max) {
        return new OneBotOptions(
                actionTimeout,
                connectTimeout,
                initial,
                max,
                staleHeartbeats,
                staleCheckPeriod,
                maxMessageChars,
                stopGrace);
    }

    public OneBotOptions withStaleCheckPeriod(Duration d) {
        return new OneBotOptions(
                actionTimeout,
                connectTimeout,
                reconnectInitial,
                reconnectMax,
                staleHeartbeats,
                d,
                maxMessageChars,
                stopGrace);
    }

    public OneBotOptions withMaxMessageChars(int n) {
        return new OneBotOptions(
                actionTimeout,
                connectTimeout,
                reconnectInitial,
                reconnectMax,
                staleHeartbeats,
                staleCheckPeriod,
                n,
                stopGrace);
    }
}
