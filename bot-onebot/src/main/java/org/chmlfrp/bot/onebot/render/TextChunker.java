package org.chmlfrp.bot.onebot.render;

import java.util.ArrayList;
import java.util.List;

/** Cuts text into pieces of at most {@code max} chars, at line breaks where it can, never inside a surrogate pair. */
final class TextChunker {
    private TextChunker() {}

    static List<String> chunks(String text, int max) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (text.length() - start > max) {
            int end = start + max;
            int nl = text.lastIndexOf('\n', end - 1);
            int cut;
            if (nl > start) {
                cut = nl;
            } else {
                cut = end;
                if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                    cut--;
                }
            }
            out.add(text.substring(start, cut));
            start = cut < text.length() && text.charAt(cut) == '\n' ? cut + 1 : cut;
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }
}
