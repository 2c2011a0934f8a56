package org.chmlfrp.bot.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;

/**
 * The jar's logging, set up in code (found by logback through {@code META-INF/services}): logs go
 * to stderr so the console chat on stdout stays readable. Reading an XML file instead costs a
 * quarter of a second at start (logback's XML configurator and a SAX parser, ~600 classes).
 *
 * <p>{@code CHMLBOT_LOG_LEVEL} (the bot's own loggers, default {@code INFO}) and
 * {@code CHMLBOT_ROOT_LOG_LEVEL} (everything else, default {@code WARN}) are read from the system
 * properties, then the environment. {@code -Dlogback.configurationFile=FILE} still wins: this
 * configurator then steps aside.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    private static final Map<String, Level> FIXED = Map.of(
            "com.zaxxer.hikari", Level.WARN,
            "org.flywaydb", Level.WARN,
            "net.dv8tion", Level.INFO,
            "org.java_websocket", Level.WARN);

    private final UnaryOperator<String> settings;

    /** For logback's service loader: settings from system properties, then the environment. */
    public LogSetup() {
        this(name -> {
            String value = System.getProperty(name);
            return value != null ? value : System.getenv(name);
        });
    }

    LogSetup(UnaryOperator<String> settings) {
        this.settings = settings;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (settings.apply("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(level("CHMLBOT_ROOT_LOG_LEVEL", Level.WARN));
        root.addAppender(stderr);
        context.getLogger("org.chmlfrp.bot").setLevel(level("CHMLBOT_LOG_LEVEL", Level.INFO));
        FIXED.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private Level level(String name, Level fallback) {
        String value = settings.apply(name);
        return value == null || value.isBlank() ? fallback : Level.toLevel(value.trim(), fallback);
    }
}
