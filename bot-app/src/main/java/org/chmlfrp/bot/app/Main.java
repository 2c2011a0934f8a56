package org.chmlfrp.bot.app;

import java.util.Arrays;

/** Entry point of {@code chmlfrp-bot.jar}. See {@link Launcher}. */
public final class Main {
    private Main() {}

    /**
     * Guice's own switch: provision through reflection instead of generating a class per injected
     * constructor. The bot builds its singletons once, so generated classes buy nothing at run
     * time and cost ~0.3 s of a ~1.5 s start on two cores (BENCHMARKS.md). No interceptors are used.
     */
    static final String GUICE_BYTECODE_GEN = "guice_bytecode_gen_option";

    public static void main(String[] args) {
        if (System.getProperty(GUICE_BYTECODE_GEN) == null) {
            System.setProperty(GUICE_BYTECODE_GEN, "DISABLED");
        }
        if (Arrays.asList(args).contains("--console") || Arrays.asList(args).contains("--demo")) {
            // The chat is on stdout: keep the logs on stderr to warnings unless asked otherwise.
            if (System.getProperty("CHMLBOT_LOG_LEVEL") == null && System.getenv("CHMLBOT_LOG_LEVEL") == null) {
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
