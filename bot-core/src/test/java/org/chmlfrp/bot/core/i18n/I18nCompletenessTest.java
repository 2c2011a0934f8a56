package org.chmlfrp.bot.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.net.URI;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.CoreModule;
import org.chmlfrp.bot.core.broadcast.BroadcastSettings;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.command.CommandRegistry;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.store.Database;
import org.chmlfrp.bot.core.store.StoreStart;
import org.chmlfrp.bot.core.store.TokenCipher;
import org.junit.jupiter.api.Test;

/**
 * Every string exists in zh-CN and en: the bundles have the same keys, every command the
 * Guice assembly declares has its description and parameter texts, and every pattern formats.
 */
class I18nCompletenessTest {
    private final I18n i18n = new I18n();

    private static ResourceBundle bundle(String base, BotLocale locale) {
        return ResourceBundle.getBundle(
                base,
                locale.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() {
        int checked = 0;
        for (String base : I18n.BUNDLES) {
            ResourceBundle zh;
            try {
                zh = bundle(base, BotLocale.ZH_CN);
            } catch (MissingResourceException e) {
                continue;
            }
            ResourceBundle en = bundle(base, BotLocale.EN);
            assertThat(zh.getLocale().toString()).isEqualTo("zh_CN");
            assertThat(en.getLocale().toString()).isEqualTo("en");
            Set<String> missingInEn = new TreeSet<>(zh.keySet());
            missingInEn.removeAll(en.keySet());
            Set<String> missingInZh = new TreeSet<>(en.keySet());
            missingInZh.removeAll(zh.keySet());
            assertThat(missingInEn).as("keys of %s missing in en", base).isEmpty();
            assertThat(missingInZh).as("keys of %s missing in zh-CN", base).isEmpty();
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @Test
    void noKeyIsDefinedInTwoBundles() {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (String base : I18n.BUNDLES) {
            try {
                for (String k : bundle(base, BotLocale.ZH_CN).keySet()) {
                    if (!seen.add(k)) {
                        twice.add(base + ":" + k);
                    }
                }
            } catch (MissingResourceException e) {
                // feature without strings
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyPatternFormatsAndKeepsItsApostrophes() {
        for (BotLocale locale : BotLocale.values()) {
            for (String key : i18n.keys(locale)) {
                String pattern = null;
                for (ResourceBundle b : i18n.bundles(locale)) {
                    if (b.containsKey(key)) {
                        pattern = b.getString(key);
                        break;
                    }
                }
                String formatted =
                        new MessageFormat(pattern, locale.locale()).format(new Object[] {"A", "B", "C", "D", "E", "F"});
                long quotesIn = pattern.chars().filter(c -> c == '\'').count();
                assertThat(quotesIn % 2)
                        .as("%s %s: write '' for an apostrophe", locale, key)
                        .isZero();
                assertThat(formatted).as("%s %s", locale, key).doesNotContain("{0}");
            }
        }
    }

    @Test
    void everyDeclaredCommandHasItsTextsInBothLanguages() {
        Injector injector = Guice.createInjector(new CoreModule(
                ChmlFrpSettings.of(URI.create("http://127.0.0.1:9")),
                BotSettings.defaults(),
                BroadcastSettings.defaults(),
                new StoreStart(Database.open("jdbc:h2:mem:i18n-test;DB_CLOSE_DELAY=-1"), TokenCipher.ephemeral())));
        try {
            CommandRegistry registry = injector.getInstance(CommandRegistry.class);
            assertThat(registry.all()).isNotEmpty();
            List<String> missing = new ArrayList<>();
            for (BotLocale locale : BotLocale.values()) {
                for (CommandSpec spec : registry.all()) {
                    if (!i18n.has(locale, spec.descriptionKey())) {
                        missing.add(locale.tag() + " " + spec.descriptionKey());
                    }
                    for (ParamSpec p : spec.params()) {
                        if (!i18n.has(locale, p.descriptionKey())) {
                            missing.add(locale.tag() + " " + p.descriptionKey());
                        }
                    }
                }
            }
            assertThat(missing).isEmpty();
        } finally {
            injector.getInstance(Database.class).close();
        }
    }
}
