package org.chmlfrp.bot.core.reply;

import java.util.List;

/** Page {@code page} (1-based) of {@code totalPages}. */
public record Paging(int page, int totalPages) {
    public boolean hasNext() {
        return page < totalPages;
    }

    /** How many pages {@code items} items fill, {@code pageSize} a page. */
    public static int count(int items, int pageSize) {
        return (items + pageSize - 1) / pageSize;
    }

    /** The items on page {@code page} (1-based). */
    public static <T> List<T> slice(List<T> items, int page, int pageSize) {
        return items.subList(Math.min(items.size(), (page - 1) * pageSize), Math.min(items.size(), page * pageSize));
    }
}
