package org.chmlfrp.bot.core.feature.tunnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.feature.domain.DomainNames;
import org.chmlfrp.bot.core.feature.node.NodeNames;
import org.chmlfrp.bot.core.i18n.I18n;
import org.junit.jupiter.api.Test;

/** The tunnel bundle in both languages, the declared command surface, and Guice wiring. */
class TunnelBundleAndWiringTest {
    private static final Path SOURCES = Path.of("src/main/java/org/chmlfrp/bot/core/feature/tunnel");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TunnelBundleAndWiringTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryPatternParses() throws IOException {
        Properties zh = bundle("tunnel_zh_CN");
        Properties en = bundle("tunnel_en");

        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (Properties p : new Properties[] {zh, en}) {
            for (String key : p.stringPropertyNames()) {
                assertThat(new MessageFormat(p.getProperty(key)).format(new Object[] {"a", "b", "c", "d", "e", "f"}))
                        .as(key)
                        .isNotBlank();
                assertThat(key).as("param descriptions live in the core bundle").doesNotStartWith("param.");
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"((?:tunnel|common|cmd)\\.[a-z0-9.-]+)\"");
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).contains("tunnel.list.title", "tunnel.invalid.remoteport-missing", "common.online");
        I18n i18n = new I18n();
        for (String key : used) {
            assertThat(i18n.has(BotLocale.ZH_CN, key)).as(key).isTrue();
            assertThat(i18n.has(BotLocale.EN, key)).as(key).isTrue();
        }
    }

    @Test
    void commandsMatchTheSpecTable() {
        Injector injector = Guice.createInjector(new TunnelModule(), b -> {
            b.bind(ChmlFrpApi.class).toInstance(mock(ChmlFrpApi.class));
            b.bind(Clock.class).toInstance(Clock.systemUTC());
        });
        var specs = injector.getInstance(Key.get(new TypeLiteral<Set<CommandSet>>() {})).stream()
                .flatMap(set -> set.commands().stream())
                .toList();
        I18n i18n = new I18n();

        assertThat(specs)
                .extracting(CommandSpec::usage)
                .containsExactlyInAnyOrder(
                        "tunnel list [page]",
                        "tunnel info <tunnel>",
                        "tunnel traffic <tunnel>",
                        "tunnel config <node> [names]",
                        "tunnel create <name> <node> <type> <localport> [remoteport] [domain] [ip=] [encrypt=] [compress=] [extra=]",
                        "tunnel edit <tunnel> [name=] [node=] [type=] [localport=] [remoteport=] [domain=] [ip=] [encrypt=] [compress=] [extra=]",
                        "tunnel delete <tunnel>",
                        "tunnel kick <tunnel>");
        for (CommandSpec s : specs) {
            assertThat(s.needsAccount()).as(s.pathText()).isTrue();
            assertThat(i18n.has(BotLocale.ZH_CN, s.descriptionKey()) && i18n.has(BotLocale.EN, s.descriptionKey()))
                    .as(s.descriptionKey())
                    .isTrue();
            for (ParamSpec p : s.params()) {
                assertThat(i18n.has(BotLocale.ZH_CN, p.descriptionKey()))
                        .as(p.descriptionKey())
                        .isTrue();
                if (p.name().equals("tunnel")) {
                    assertThat(p.completer()).isInstanceOf(TunnelNames.class);
                }
                if (p.name().equals("node")) {
                    assertThat(p.completer()).isInstanceOf(NodeNames.class);
                }
                if (p.name().equals("domain")) {
                    assertThat(p.completer()).isSameAs(injector.getInstance(DomainNames.class));
                }
            }
        }
        assertThat(specs)
                .filteredOn(s -> s.pathText().equals("tunnel config"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.scope()).isEqualTo(org.chmlfrp.bot.core.command.Scope.PRIVATE_ONLY);
                    assertThat(s.ephemeral()).isTrue();
                });
        assertThat(specs)
                .flatExtracting(CommandSpec::aliases)
                .containsExactlyInAnyOrder("隧道", "隧道列表", "隧道详情", "创建隧道", "修改隧道", "删除隧道", "隧道流量", "配置文件", "下线隧道", "踢下线");
    }
}
