package org.chmlfrp.bot.app;

/** Entry point of the runnable jar. The launcher proper (config, Guice, console, demo) arrives with the command core. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("chmlfrp-bot: the launcher (--config, --console, --demo) is coming with the command core.");
        System.exit(2);
    }
}
