package org.chmlfrp.bot.app;

import java.nio.file.Path;
import java.util.Optional;

/** The command line: {@code [--config FILE] [--console] [--demo]}. */
public record LaunchOptions(Path config, boolean configGiven, boolean console, boolean demo, boolean help) {
    public static final String USAGE = "usage: java -jar chmlfrp-bot.jar [--config FILE] [--console] [--demo]";

    /** The options, or empty with a message when the line is wrong. */
    public static Optional<LaunchOptions> parse(String[] args, StringBuilder problem) {
        Path config = Path.of("config.yml");
        boolean given = false;
        boolean console = false;
        boolean demo = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--config" -> {
                    if (i + 1 >= args.length) {
                        problem.append("--config needs a file name");
                        return Optional.empty();
                    }
                    config = Path.of(args[++i]);
                    given = true;
                }
                case "--console" -> console = true;
                case "--demo" -> demo = true;
                case "--help", "-h" -> help = true;
                default -> {
                    if (args[i].startsWith("--config=")) {
                        config = Path.of(args[i].substring("--config=".length()));
                        given = true;
                    } else {
                        problem.append("unknown option ").append(args[i]);
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.of(new LaunchOptions(config, given, console || demo, demo, help));
    }
}
