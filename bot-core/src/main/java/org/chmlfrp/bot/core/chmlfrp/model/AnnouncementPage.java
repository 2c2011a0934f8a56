package org.chmlfrp.bot.core.chmlfrp.model;

import java.util.List;
import java.util.Objects;

/** One page of {@code /message/list}: {@code {messages, total, page, size, totalPages}}. */
public record AnnouncementPage(List<Announcement> messages, int total, int page, int size, int totalPages) {
    public AnnouncementPage {
        messages = messages == null
                ? List.of()
                : messages.stream().filter(Objects::nonNull).toList();
    }

    /** What {@code "data": null} means: no announcements. */
    public static AnnouncementPage empty(int page, int size) {
        return new AnnouncementPage(List.of(), 0, page, size, 0);
    }
}
