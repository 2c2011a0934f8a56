package org.chmlfrp.bot.onebot.render;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.core.reply.Action;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.PlainTextRenderer;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.onebot.protocol.Segment;

/**
 * Turns a {@link Reply} into OneBot segment arrays. Every piece of text — the reply's own, the
 * user's, the API's — goes into {@code text} segments only, so a tunnel called
 * {@code [CQ:at,qq=all]} prints literally and pings nobody. The renderer adds no {@code at}.
 * Blocks render as the core's plain text (fields as {@code name: value}, tables aligned, code
 * verbatim); images as {@code base64://} image segments with their alt text as the fallback;
 * a PAGE action as the localized next-page hint, a LINK as its label and address. Long replies are split into several messages.
 */
public final class SegmentRenderer {
    /** QQ accepts long messages, but risk control and clients do not love them. */
    public static final int DEFAULT_MAX_CHARS = 4000;

    private final I18n i18n;
    private final BotLocale locale;
    private final String hintPrefix;
    private final int maxChars;
    private volatile Packed last;
    private final PlainTextRenderer plain = new PlainTextRenderer(image -> "[" + image.altText() + "]");

    public SegmentRenderer(I18n i18n, BotLocale locale, String hintPrefix, int maxChars) {
        this.i18n = i18n;
        this.locale = locale;
        this.hintPrefix = hintPrefix;
        if (maxChars < 16) {
            throw new IllegalArgumentException("maxChars too small: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /**
     * @param quoteMessageId the command's message id to quote with a {@code reply} segment at
     *                       the start of the first message (groups), or null
     * @return the messages to send, in order; empty when the reply has nothing to show
     */
    public List<OutgoingMessage> render(Reply reply, String quoteMessageId) {
        List<MessageBuilder> messages = packed(reply);
        List<OutgoingMessage> out = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            String quote = i == 0 ? quoteMessageId : null;
            out.add(messages.get(i).build(quote));
        }
        return out;
    }

    /**
     * The reply packed into messages. Replies are immutable and a command often hands the same
     * one to many users (a cached list page), so the last one packed is kept and reused.
     */
    private List<MessageBuilder> packed(Reply reply) {
        Packed last = this.last;
        if (last != null && last.reply() == reply) {
            return last.messages();
        }
        List<MessageBuilder> messages = List.copyOf(pack(pieces(reply)));
        this.last = new Packed(reply, messages);
        return messages;
    }

    /** Builders here are only read once packed. */
    private record Packed(Reply reply, List<MessageBuilder> messages) {}

    /** Text pieces (Strings, joined by line breaks) and images (Block.Image), in order. */
    private List<Object> pieces(Reply reply) {
        List<Object> pieces = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        if (reply.title() != null && !reply.title().isBlank()) {
            lines.add("【" + reply.title() + "】");
        }
        for (Block block : reply.blocks()) {
            if (block instanceof Block.Image image) {
                flush(pieces, lines);
                pieces.add(image);
            } else {
                String text = plain.render(block);
                if (!text.isEmpty()) {
                    lines.add(text);
                }
            }
        }
        if (reply.paging() != null && reply.paging().totalPages() > 1) {
            lines.add(i18n.get(
                    locale, "common.page", reply.paging().page(), reply.paging().totalPages()));
        }
        for (Action action : reply.actions()) {
            String hint = PlainTextRenderer.actionHint(action, i18n, locale, hintPrefix);
            if (hint != null) {
                lines.add(hint);
            }
        }
        flush(pieces, lines);
        return pieces;
    }

    private static void flush(List<Object> pieces, List<String> lines) {
        if (!lines.isEmpty()) {
            pieces.add(String.join("\n", lines));
            lines.clear();
        }
    }

    private List<MessageBuilder> pack(List<Object> pieces) {
        List<MessageBuilder> messages = new ArrayList<>();
        MessageBuilder current = new MessageBuilder();
        for (Object piece : pieces) {
            if (piece instanceof Block.Image image) {
                current.image(image);
                continue;
            }
            for (String chunk : TextChunker.chunks((String) piece, maxChars)) {
                if (!current.fits(chunk, maxChars)) {
                    messages.add(current);
                    current = new MessageBuilder();
                }
                current.text(chunk);
            }
        }
        if (!current.isEmpty()) {
            messages.add(current);
        }
        return messages;
    }

    /** One message being filled: its segments and, beside them, the text-only fallback. */
    private static final class MessageBuilder {
        private final List<Segment> segments = new ArrayList<>();
        private final List<Segment> fallback = new ArrayList<>();
        private int chars;

        boolean isEmpty() {
            return segments.isEmpty();
        }

        boolean fits(String chunk, int max) {
            return chars == 0 || chars + 1 + chunk.length() <= max;
        }

        void text(String chunk) {
            segments.add(Segment.text(lastIsText(segments) ? "\n" + chunk : chunk));
            fallback.add(Segment.text(lastIsText(fallback) ? "\n" + chunk : chunk));
            chars += chunk.length() + 1;
        }

        void image(Block.Image image) {
            segments.add(Segment.imageBase64(Base64.getEncoder().encodeToString(image.png())));
            String alt = "[" + (image.altText() == null ? "" : image.altText()) + "]";
            fallback.add(Segment.text(lastIsText(fallback) ? "\n" + alt : alt));
            chars += alt.length() + 1;
        }

        OutgoingMessage build(String quoteMessageId) {
            List<Segment> s = OutgoingMessage.mergeText(segments);
            List<Segment> f = OutgoingMessage.mergeText(fallback);
            if (quoteMessageId != null && !quoteMessageId.isEmpty()) {
                s.add(0, Segment.reply(quoteMessageId));
                f.add(0, Segment.reply(quoteMessageId));
            }
            return new OutgoingMessage(s, f);
        }

        private static boolean lastIsText(List<Segment> list) {
            return !list.isEmpty() && list.get(list.size() - 1).isText();
        }
    }
}
