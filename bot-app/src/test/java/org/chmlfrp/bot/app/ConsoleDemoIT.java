package org.chmlfrp.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command, as a user types it: the shaded jar with {@code --demo}, fed a
 * scripted console session on stdin; it answers every line and exits 0 on EOF.
 */
class ConsoleDemoIT {
    @TempDir
    Path work;

    private record Run(int exit, String out, String err) {}

    private Run run(List<String> args, String stdin) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("chmlfrp.bot.jar", "target/chmlfrp-bot.jar"))
                .toAbsolutePath();
        assertThat(jar).exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command =
                new java.util.ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-jar", jar.toString()));
        command.addAll(args);
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        Process p = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done).as("the bot exits on EOF").isTrue();
        return new Run(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theDemoAnswersAScriptedSessionAndExitsCleanlyOnEof() throws Exception {
        Run r = run(
                List.of("--demo"),
                String.join(
                        "\n",
                        "/help",
                        "/me",
                        "/tunnel list",
                        "/node list",
                        "/node uptime 湖南娄底 7",
                        "/tunnel create x 湖南娄底 tcp 8080",
                        ""));
        assertThat(r.exit()).as("exit code; stderr: %s", r.err()).isZero();
        String out = r.out();
        assertThat(out).contains("演示").contains("ChmlFrpDemoToken227");
        // help lists every command family
        assertThat(out)
                .contains("/tunnel create")
                .contains("/node list")
                .contains("/domain create")
                .contains("/bind");
        // me: the demo account
        assertThat(out).contains("boring_student").contains("超级会员");
        // tunnel list: the demo tunnels
        assertThat(out).contains("3I40Au4X").contains("230vZqUp").contains("mc-bedrock");
        // node list: the demo nodes
        assertThat(out).contains("湖南娄底").contains("江苏宿迁");
        // node uptime: a chart saved to a file, its path printed
        assertThat(out).containsPattern("\\.png");
        // ... drawn in the font the jar carries: no warning that it is missing
        assertThat(r.err()).doesNotContain("chart font");
        // the create without a remote port is refused, naming it
        assertThat(out).contains("remoteport");
        assertThat(out).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void theConsoleOperatorIsNotRateLimited() throws Exception {
        // The default limit is 10/min; the operator is a bot admin and is never refused.
        Run r = run(List.of("--demo"), "/cancel\n".repeat(25));
        assertThat(r.exit()).as("exit code; stderr: %s", r.err()).isZero();
        assertThat(r.out().split("没有等待确认", -1)).as("every line answered").hasSize(26);
        assertThat(r.out()).doesNotContain("太快");
    }

    @Test
    void aMissingConfigWithoutDemoExitsWithTwoAndSaysWhereTheExampleIs() throws Exception {
        Run r = run(List.of(), "");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("config.yml").contains("config.example.yml");
    }

    @Test
    void aBadConfigExitsWithTwoNamingTheKey() throws Exception {
        Files.writeString(work.resolve("bad.yml"), "chmlfrp:\n  timeout: soon\n");
        Run r = run(List.of("--config", "bad.yml", "--console"), "");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("chmlfrp.timeout");
    }

    @Test
    void aConsoleOnlyBotWithAFileStoreKeepsLinksAcrossRestarts() throws Exception {
        Files.writeString(work.resolve("config.yml"), "bot: {locale: en}\n");
        Run first = run(List.of("--console"), "/unbind\n");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(work.resolve("data/secret.key")).exists();
        assertThat(Files.list(work.resolve("data")).map(Path::toString)).anyMatch(f -> f.endsWith(".mv.db"));
    }

    @Test
    void aRestartWithALostKeyExitsWithTwoNamingTheKeyFile() throws Exception {
        Files.writeString(work.resolve("config.yml"), "bot: {locale: en}\n");
        Run first = run(List.of("--console"), "");
        assertThat(first.exit()).as(first.err()).isZero();
        Files.delete(work.resolve("data/secret.key")); // the next start generates another key

        Run second = run(List.of("--console"), "/help\n");

        assertThat(second.exit()).isEqualTo(2);
        assertThat(second.err())
                .contains("configuration error: storage.key-file")
                .contains("not the key");
        assertThat(second.err()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aStoreThatCannotOpenExitsWithOneSayingWhichStoreAndWhy() throws Exception {
        Files.writeString(
                work.resolve("config.yml"),
                "bot: {locale: en}\nstorage:\n  url: \"jdbc:postgresql://127.0.0.1:1/bot?password=hunter2\"\n");

        Run r = run(List.of("--console"), "/help\n");

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("cannot start: cannot open the store at jdbc:postgresql://127.0.0.1:1/bot");
        assertThat(r.err())
                .doesNotContain("hunter2")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
    }
}
