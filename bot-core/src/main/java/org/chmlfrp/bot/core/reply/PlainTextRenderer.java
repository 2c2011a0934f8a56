package org.chmlfrp.bot.core.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.i18n.I18n;

/**
 * Renders a {@link Reply} as plain text: the title, text, {@code key: value} lines, tables
 * with columns aligned (wide characters count double), code verbatim, images through a
 * caller-supplied function (a saved file's path, or an alt text), and action hints.
 */
public final class PlainTextRenderer {
    private final Function<Block.Image, String> images;

    /** @param images what to print for an image (e.g. save it and return "[image: /tmp/x.png]") */
    public PlainTextRenderer(Function<Block.Image, String> images) {
        this.images = images;
    }

    public String render(Reply reply, Function<Action, String> actionHint) {
        List<String> parts = new ArrayList<>();
        if (reply.title() != null) {
            parts.add("【" + reply.title() + "】");
        }
        for (Block block : reply.blocks()) {
            parts.add(render(block));
        }
        if (reply.paging() != null && reply.paging().totalPages() > 1) {
            parts.add("(" + reply.paging().page() + "/" + reply.paging().totalPages() + ")");
        }
        for (Action a : reply.actions()) {
            String hint = actionHint.apply(a);
            if (hint != null && !hint.isEmpty()) {
                parts.add(hint);
            }
        }
        return String.join("\n", parts);
    }

    /**
     * An action where there are no buttons: a page as the next-page hint with the platform's command prefix,
     * a link as its label and address; null for confirm/cancel (the prompt's own text says what to send).
     */
    public static String actionHint(Action a, I18n i18n, BotLocale locale, String hintPrefix) {
        return switch (a.kind()) {
            case PAGE -> i18n.get(locale, "common.next-page-hint", hintPrefix + a.command());
            case LINK -> a.linkText();
            case CONFIRM, CANCEL -> null;
        };
    }

    public String render(Block block) {
        if (block instanceof Block.Text t) {
            return t.text();
        }
        if (block instanceof Block.Fields f) {
            List<String> lines = new ArrayList<>();
            for (Block.Field field : f.fields()) {
                lines.add(
                        field.value().contains("\n")
                                ? field.name() + ":\n" + field.value()
                                : field.name() + ": " + field.value());
            }
            return String.join("\n", lines);
        }
        if (block instanceof Block.Table t) {
            return table(t);
        }
        if (block instanceof Block.Code c) {
            return c.content().stripTrailing();
        }
        if (block instanceof Block.Image i) {
            return images.apply(i);
        }
        throw new IllegalArgumentException("unknown block " + block);
    }

    /** Columns padded to the widest cell, two spaces apart. */
    public static String table(Block.Table t) {
        int cols = t.headers().size();
        for (List<String> r : t.rows()) {
            cols = Math.max(cols, r.size());
        }
        int[] widths = new int[cols];
        List<List<String>> all = new ArrayList<>();
        all.add(t.headers());
        all.addAll(t.rows());
        for (List<String> r : all) {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], TextWidth.of(r.get(i)));
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> r : all) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                boolean last = i == r.size() - 1;
                b.append(last ? r.get(i) : TextWidth.pad(r.get(i), widths[i]));
                if (!last) {
                    b.append("  ");
                }
            }
            lines.add(b.toString().stripTrailing());
        }
        return String.join("\n", lines);
    }
}
