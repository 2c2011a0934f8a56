package org.chmlfrp.bot.discord.render;

/** Discord's length limits and the small text fixes that keep a message valid. */
public final class Limits {
    private Limits() {}

    /** At most {@code max} characters; a cut text ends with an ellipsis. Surrogate pairs are not split. */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, Math.max(0, end)) + "…";
    }

    /** Discord refuses empty field names and values. */
    public static String nonBlank(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }

    /** Three backticks inside a code block would end it early: break them with a zero-width space. */
    public static String defuseFences(String content) {
        return content.replace("```", "`\u200b``");
    }

    /** A file name Discord keeps as it is (it is also used in {@code attachment://}). */
    public static String fileName(String wanted) {
        String cleaned = wanted == null ? "" : wanted.replaceAll("[^A-Za-z0-9._-]", "_");
        cleaned = cleaned.replaceAll("^[._]+", "");
        return cleaned.isEmpty() ? "file" : cut(cleaned, 64).replace("…", "");
    }
}
