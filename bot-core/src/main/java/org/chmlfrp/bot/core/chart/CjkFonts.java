package org.chmlfrp.bot.core.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The font the charts are drawn in: one that can draw Chinese, so that node names and titles do
 * not come out as boxes ("tofu"), whatever fonts the machine has.
 *
 * <p>The bot carries its own font: Noto Sans SC Regular ({@value #BUNDLED_FONT}, OFL-1.1, from
 * {@code com.helger.font:ph-fonts-noto-sans-sc}), which covers all of GB2312. It is read once per
 * instance, lazily on the first chart, and kept; every size and style is derived from it, so no
 * installed font and no fontconfig set-up is needed. {@link #font} may be called from many threads.
 *
 * <p>Only if that resource is missing or unreadable (a jar built without it) are the installed
 * fonts looked at: the first physical family, then logical family, that displays {@link #SAMPLE}.
 * If none does, the choice is {@link Font#SANS_SERIF}, which may draw boxes; each of these cases
 * logs one WARN.
 */
public final class CjkFonts {

    private static final Logger LOG = LoggerFactory.getLogger(CjkFonts.class);

    /** The class-path resource of the bundled font. */
    public static final String BUNDLED_FONT = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    /** The text a font must display completely to be chosen. */
    public static final String SAMPLE = "湖南娄底节点在线率";

    private static final Set<String> LOGICAL_FAMILIES =
            Set.of("dialog", "dialoginput", "monospaced", "sansserif", "serif");

    /** Where the chosen font came from. */
    public enum Source {
        /** The font shipped with the bot ({@link #BUNDLED_FONT}). */
        BUNDLED,
        /** An installed font, because the bundled one could not be read. */
        INSTALLED,
        /** {@link Font#SANS_SERIF}: nothing that surely draws Chinese was found. */
        FALLBACK
    }

    private final String bundledResource;
    private final Supplier<? extends Collection<Font>> installedFonts;
    private Choice choice;

    /** The bundled font, with the fonts of the local graphics environment as fallback. */
    public CjkFonts() {
        this(BUNDLED_FONT, CjkFonts::localFonts);
    }

    /**
     * For tests and unusual setups.
     *
     * @param bundledResource class-path resource of a TrueType font, tried first
     * @param installedFonts the installed fonts, one per family; called only if the resource cannot
     *     be read, at most once
     */
    public CjkFonts(String bundledResource, Supplier<? extends Collection<Font>> installedFonts) {
        this.bundledResource = Objects.requireNonNull(bundledResource, "bundledResource");
        this.installedFonts = Objects.requireNonNull(installedFonts, "installedFonts");
    }

    /** A font of the chosen family in the given {@link Font} style and point size. */
    public Font font(int style, float size) {
        return choice().font().deriveFont(style, size);
    }

    /** The chosen family name (English), chosen on the first call. */
    public String family() {
        return choice().font().getFamily(Locale.ENGLISH);
    }

    /** Where the chosen font came from. */
    public Source source() {
        return choice().source();
    }

    /**
     * One plain font per named family, leaving out names that do not resolve to a font of that
     * family: {@code new Font("No Such Family")} silently becomes Dialog, which must not be mistaken
     * for an installed font.
     */
    static List<Font> fontsNamed(Collection<String> familyNames) {
        List<Font> fonts = new ArrayList<>();
        for (String name : familyNames) {
            if (name == null || name.isBlank()) {
                continue;
            }
            Font font = new Font(name, Font.PLAIN, 1);
            if (font.getFamily(Locale.ENGLISH).equalsIgnoreCase(name)
                    || font.getFamily().equalsIgnoreCase(name)) {
                fonts.add(font);
            }
        }
        return fonts;
    }

    private synchronized Choice choice() {
        if (choice == null) {
            choice = choose();
        }
        return choice;
    }

    private Choice choose() {
        Optional<Font> bundled = loadBundled();
        if (bundled.isPresent()) {
            return new Choice(bundled.get(), Source.BUNDLED);
        }
        Optional<Font> installed = firstInstalledCjk();
        if (installed.isPresent()) {
            LOG.warn(
                    "The chart font {} is missing or unreadable; charts use the installed font '{}'.",
                    bundledResource,
                    installed.get().getFamily(Locale.ENGLISH));
            return new Choice(installed.get(), Source.INSTALLED);
        }
        LOG.warn(
                "The chart font {} is missing or unreadable and no installed font can display"
                        + " Chinese; charts may show boxes instead of Chinese text. Use the complete bot jar,"
                        + " or install a CJK font (e.g. fonts-noto-cjk).",
                bundledResource);
        return new Choice(new Font(Font.SANS_SERIF, Font.PLAIN, 1), Source.FALLBACK);
    }

    private Optional<Font> loadBundled() {
        long start = System.nanoTime();
        try (InputStream in = CjkFonts.class.getClassLoader().getResourceAsStream(bundledResource)) {
            if (in == null) {
                return Optional.empty();
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, new BufferedInputStream(in));
            if (font.canDisplayUpTo(SAMPLE) != -1) {
                LOG.warn("The chart font {} cannot display Chinese; it is not used", bundledResource);
                return Optional.empty();
            }
            LOG.debug(
                    "Loaded chart font '{}' from {} in {} ms",
                    font.getFamily(Locale.ENGLISH),
                    bundledResource,
                    (System.nanoTime() - start) / 1_000_000);
            return Optional.of(font);
        } catch (IOException | FontFormatException | RuntimeException e) {
            LOG.warn("Could not read the chart font {}: {}", bundledResource, e.toString());
            return Optional.empty();
        }
    }

    private Optional<Font> firstInstalledCjk() {
        Collection<Font> installed;
        try {
            installed = Objects.requireNonNullElse(installedFonts.get(), List.of());
        } catch (RuntimeException | Error e) {
            // e.g. a broken fontconfig set-up; charts still render, in the fallback font.
            LOG.debug("Could not list installed fonts", e);
            installed = List.of();
        }
        // physical families first, then logical ones, each in the given order (a stable sort)
        return installed.stream()
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing((Font f) ->
                        LOGICAL_FAMILIES.contains(f.getFamily(Locale.ENGLISH).toLowerCase(Locale.ROOT))))
                .filter(f -> f.canDisplayUpTo(SAMPLE) == -1)
                .findFirst();
    }

    private static List<Font> localFonts() {
        return fontsNamed(
                List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ENGLISH)));
    }

    private record Choice(Font font, Source source) {}
}
