package org.chmlfrp.bot.app;

import java.util.Arrays;

/** Entry point of {@code chmlfrp-bot.jar}. See {@link Launcher}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--console") || Arrays.asList(args).contains("--demo")) {
            // The chat is on stdout: keep the logs on stderr to warnings unless asked otherwise.
            if (System.getenv("CHMLBOT_LOG_LEVEL") == null) {
                System.setProperty("CHMLBOT_LOG_LEVEL", "WARN");
            }
        }
        Launcher launcher = new Launcher(System.in, System.out, System.err, System.getenv());
        Thread hook = new Thread(launcher::requestStop, "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        int code = launcher.run(args);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
        System.exit(code);
    }
}
