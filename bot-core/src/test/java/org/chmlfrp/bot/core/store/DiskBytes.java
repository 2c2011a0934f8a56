package org.chmlfrp.bot.core.store;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Searches raw file bytes for a string in the encodings a database might use. */
final class DiskBytes {

    private static final List<Charset> ENCODINGS =
            List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE);

    private DiskBytes() {}

    static boolean contains(byte[] haystack, String text) {
        for (Charset encoding : ENCODINGS) {
            if (indexOf(haystack, text.getBytes(encoding)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
