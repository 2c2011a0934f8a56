package org.chmlfrp.bot.onebot.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Every log event of every logger while open (logback's ListAppender on the root), as level and text. */
public final class LogLines implements AutoCloseable {
    /** One log event: its level, the logger's name and the formatted message. */
    public record Line(Level level, String logger, String text) {}

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public LogLines() {
        appender.start();
        root.addAppender(appender);
    }

    public List<Line> all() {
        List<ILoggingEvent> events;
        synchronized (appender) { // AppenderBase.doAppend holds this lock while it adds
            events = new ArrayList<>(appender.list);
        }
        return events.stream()
                .map(e -> new Line(e.getLevel(), e.getLoggerName(), e.getFormattedMessage()))
                .toList();
    }

    /** The lines whose text contains {@code part}. */
    public List<Line> containing(String part) {
        return all().stream().filter(l -> l.text().contains(part)).toList();
    }

    /** The first line containing {@code part}, waiting for it up to {@code timeout}. */
    public Line await(String part, Duration timeout) {
        Waits.until("a log line with \"" + part + "\"", () -> !containing(part).isEmpty(), timeout);
        return containing(part).get(0);
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
