package org.chmlfrp.bot.core.i18n;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every user-facing string, from resource bundles in zh-CN and en (UTF-8 properties): the
 * core's {@code i18n/messages} and one bundle per feature ({@code i18n/tunnel}, …), searched
 * in order. Patterns are {@link MessageFormat}s: write {@code ''} for an apostrophe. A
 * missing key shows as {@code ‹key›} and is logged, never thrown.
 */
@Singleton
public final class I18n {
    /** The bundles of the core and every feature. */
    public static final List<String> BUNDLES = List.of(
            "i18n.messages",
            "i18n.account",
            "i18n.tunnel",
            "i18n.node",
            "i18n.domain",
            "i18n.broadcast",
            "i18n.gift",
            "i18n.oauth");

    private static final Logger log = LoggerFactory.getLogger(I18n.class);

    private final List<String> baseNames;
    private final java.util.Map<BotLocale, List<ResourceBundle>> loaded =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<BotLocale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();
    private final Set<String> reportedMissing = Collections.synchronizedSet(new HashSet<>());

    @Inject
    public I18n() {
        this(BUNDLES);
    }

    public I18n(List<String> baseNames) {
        this.baseNames = List.copyOf(baseNames);
    }

    /** The bundles for a locale that exist on the class path, in search order. */
    public List<ResourceBundle> bundles(BotLocale locale) {
        return loaded.computeIfAbsent(locale, this::load);
    }

    private List<ResourceBundle> load(BotLocale locale) {
        List<ResourceBundle> out = new ArrayList<>();
        for (String name : baseNames) {
            try {
                out.add(ResourceBundle.getBundle(
                        name,
                        locale.locale(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException e) {
                // a feature without strings yet
            }
        }
        return List.copyOf(out);
    }

    private String pattern(BotLocale locale, String key) {
        for (ResourceBundle b : bundles(locale)) {
            if (b.containsKey(key)) {
                return b.getString(key);
            }
        }
        return null;
    }

    public String get(BotLocale locale, String key, Object... args) {
        String pattern = pattern(locale, key);
        if (pattern == null) {
            if (reportedMissing.add(locale.tag() + ":" + key)) {
                log.warn("missing i18n key {} for {}", key, locale.tag());
            }
            return "‹" + key + "›";
        }
        if (args.length == 0 && pattern.indexOf('\'') < 0 && pattern.indexOf('{') < 0) {
            return pattern;
        }
        return compiled(locale, key, pattern).format(args);
    }

    /**
     * A private copy of the key's parsed pattern: parsing once per (locale, key) and cloning
     * per call, since a {@link MessageFormat} is not safe to share between threads.
     */
    private MessageFormat compiled(BotLocale locale, String key, String pattern) {
        MessageFormat parsed = formats.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> new MessageFormat(pattern, locale.locale()));
        return (MessageFormat) parsed.clone();
    }

    public boolean has(BotLocale locale, String key) {
        return pattern(locale, key) != null;
    }

    public Set<String> keys(BotLocale locale) {
        Set<String> keys = new HashSet<>();
        for (ResourceBundle b : bundles(locale)) {
            for (Enumeration<String> e = b.getKeys(); e.hasMoreElements(); ) {
                keys.add(e.nextElement());
            }
        }
        return keys;
    }
}
