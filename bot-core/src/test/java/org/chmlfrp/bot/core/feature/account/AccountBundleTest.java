package org.chmlfrp.bot.core.feature.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.i18n.I18n;
import org.junit.jupiter.api.Test;

/** The account bundle: the same keys in both languages, valid patterns, a description for every command and parameter. */
class AccountBundleTest {
    private final I18n i18n = new I18n();

    private static Properties load(String name) throws IOException {
        try (InputStream in = AccountBundleTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void bothLanguagesHaveExactlyTheSameKeysAndEveryPatternFormats() throws IOException {
        Properties zh = load("account_zh_CN.properties");
        Properties en = load("account_en.properties");

        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        for (Properties p : List.of(zh, en)) {
            for (String key : p.stringPropertyNames()) {
                String formatted =
                        new MessageFormat(p.getProperty(key), Locale.ROOT).format(new Object[] {"a", "b", "c"});
                assertThat(formatted).as(key).isNotBlank().doesNotContain("{0}");
            }
        }
    }

    @Test
    void everyAccountCommandAndParameterIsDescribedInBothLanguages() {
        List<CommandSpec> specs = AccountHarness.commandsForDescription();
        Set<String> keys = specs.stream().map(CommandSpec::descriptionKey).collect(Collectors.toSet());
        specs.forEach(s -> s.params().stream().map(ParamSpec::descriptionKey).forEach(keys::add));
        for (BotLocale locale : BotLocale.values()) {
            assertThat(keys)
                    .allSatisfy(k ->
                            assertThat(i18n.has(locale, k)).as(locale + " " + k).isTrue());
        }
        assertThat(specs)
                .extracting(CommandSpec::pathText)
                .containsExactlyInAnyOrder(
                        "bind",
                        "login",
                        "unbind",
                        "me",
                        "mailcode",
                        "register",
                        "retoken",
                        "password",
                        "set qq",
                        "set avatar",
                        "set name",
                        "signin status",
                        "signin remind");
    }

    @Test
    void everyAccountCommandButSigninStatusIsEphemeral() {
        assertThat(AccountHarness.commandsForDescription())
                .allSatisfy(s -> assertThat(s.ephemeral())
                        .as(s.pathText())
                        .isEqualTo(!s.pathText().equals("signin status")));
    }
}
