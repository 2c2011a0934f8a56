package org.chmlfrp.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class LogSetupTest {

    private static LoggerContext configure(Map<String, String> settings, ExecutionStatus expected) {
        LoggerContext context = new LoggerContext();
        LogSetup setup = new LogSetup(settings::get);
        setup.setContext(context);
        assertThat(setup.configure(context)).isEqualTo(expected);
        return context;
    }

    @Test
    void logsGoToStderrAtTheDocumentedLevels() {
        LoggerContext context = configure(Map.of(), ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("STDERR"))
                .isInstanceOfSatisfying(
                        ConsoleAppender.class, a -> assertThat(a.getTarget()).isEqualTo("System.err"));
        assertThat(context.getLogger("org.chmlfrp.bot.core.store.Database").getEffectiveLevel())
                .isEqualTo(Level.INFO);
        assertThat(context.getLogger("com.zaxxer.hikari.pool.HikariPool").getEffectiveLevel())
                .isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.java_websocket.client.WebSocketClient")
                        .getEffectiveLevel())
                .isEqualTo(Level.WARN);
    }

    @Test
    void levelsCanBeChangedAndAnXmlFileNamedByTheUserWins() {
        LoggerContext context = configure(
                Map.of("CHMLBOT_LOG_LEVEL", "debug", "CHMLBOT_ROOT_LOG_LEVEL", "nonsense"),
                ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger("org.chmlfrp.bot").getLevel()).isEqualTo(Level.DEBUG);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.WARN);

        LoggerContext own =
                configure(Map.of("logback.configurationFile", "my-logback.xml"), ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(own.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNull();
    }
}
