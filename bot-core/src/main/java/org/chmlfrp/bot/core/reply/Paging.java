package org.chmlfrp.bot.core.reply;

/** Page {@code page} (1-based) of {@code totalPages}. */
public record Paging(int page, int totalPages) {
    public boolean hasNext() {
        return page < totalPages;
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
