package org.chmlfrp.bot.testkit.chmlfrp;

import java.util.Objects;

/**
 * A system announcement of {@code /message/list}.
 *
 * @param id          announcement id
 * @param title       title
 * @param contentMd   the text in Markdown
 * @param priority    higher first, as the panel sorts them
 * @param publishTime when it was published, Spring's way ({@code 2026-11-20T04:00:00.000+00:00})
 */
public record FakeAnnouncement(int id, String title, String contentMd, int priority, String publishTime) {

    public FakeAnnouncement {
        Objects.requireNonNull(title, "title");
        contentMd = contentMd == null ? "" : contentMd;
    }
}
