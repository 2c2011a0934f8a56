package org.chmlfrp.bot.app.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatAdapter;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.ChatSink;
import org.chmlfrp.bot.core.chat.ChatUser;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.chat.Role;
import org.chmlfrp.bot.core.command.Dispatcher;
import org.chmlfrp.bot.core.command.Invocation;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.core.reply.Action;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.PlainTextRenderer;
import org.chmlfrp.bot.core.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A terminal chat: each stdin line is a private message from the operator (a bot admin);
 * replies are printed as plain text, tables aligned, images saved to a temporary file whose
 * path is printed. Lines are answered one at a time, in order. The prefix is optional here.
 * Messages the bot sends on its own (a device login's outcome) are printed too: it is also the
 * console's {@link ChatSink}.
 */
public final class ConsoleAdapter implements ChatAdapter, ChatSink {
    /** The console user's identity: the operator. */
    public static final ChatIdentity OPERATOR = new ChatIdentity(Platform.CONSOLE, "operator");

    private static final Logger log = LoggerFactory.getLogger(ConsoleAdapter.class);

    private final Dispatcher dispatcher;
    private final BufferedReader in;
    private final PrintStream out;
    private final BotLocale locale;
    private final I18n i18n;
    private final PlainTextRenderer renderer;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopping;
    private Thread thread;

    public ConsoleAdapter(
            Dispatcher dispatcher, BufferedReader in, PrintStream out, BotLocale locale, I18n i18n, Path imageDir) {
        this.dispatcher = dispatcher;
        this.in = in;
        this.out = out;
        this.locale = locale;
        this.i18n = i18n;
        this.renderer = new PlainTextRenderer(image -> saveImage(imageDir, image));
    }

    @Override
    public String name() {
        return "console";
    }

    @Override
    public void start() {
        thread = new Thread(this::loop, "console");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until stdin ends (or the adapter stops). */
    public void awaitEnd() throws InterruptedException {
        finished.await();
    }

    @Override
    public void stop() {
        stopping = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void loop() {
        ChatUser operator = new ChatUser(Platform.CONSOLE, OPERATOR.userId(), "operator");
        Invocation invocation = Invocation.privateChat(operator, null, Role.BOT_ADMIN, locale);
        try {
            out.print("> ");
            out.flush();
            String line;
            while (!stopping && (line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    answer(invocation, line);
                }
                out.print("> ");
                out.flush();
            }
            out.println();
        } catch (IOException e) {
            log.warn("console input failed: {}", e.toString());
        } finally {
            finished.countDown();
        }
    }

    private void answer(Invocation invocation, String line) {
        try {
            Optional<Reply> reply = dispatcher.onText(invocation, line, true).get(60, TimeUnit.SECONDS);
            reply.ifPresent(r -> out.println(renderer.render(r, this::hint)));
        } catch (TimeoutException e) {
            out.println(i18n.get(locale, "error.api.timeout"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.error("console command failed", e);
            out.println(i18n.get(locale, "error.internal"));
        }
        out.flush();
    }

    @Override
    public Platform platform() {
        return Platform.CONSOLE;
    }

    @Override
    public CompletableFuture<Void> send(ChatPlace place, Reply reply) {
        synchronized (out) {
            out.println();
            out.println(renderer.render(reply, this::hint));
            out.flush();
        }
        return CompletableFuture.completedFuture(null);
    }

    /** The console takes a line with or without the bot's prefix: hints show the prefix the other hints show. */
    private String hint(Action a) {
        return PlainTextRenderer.actionHint(a, i18n, locale, dispatcher.hintPrefix());
    }

    private String saveImage(Path dir, Block.Image image) {
        try {
            Files.createDirectories(dir);
            String name = image.fileName() == null ? "chart.png" : image.fileName();
            Path file = Files.createTempFile(dir, name.replaceAll("\\.png$", "") + "-", ".png");
            Files.write(file, image.png());
            return "[" + image.altText() + "] " + file.toAbsolutePath();
        } catch (IOException e) {
            return "[" + image.altText() + "]";
        }
    }
}
