package org.chmlfrp.bot.core.chmlfrp.model;

import java.time.Instant;

/**
 * A system announcement of {@code /message/list}.
 *
 * @param id          the announcement's id, when the API sends one (it orders announcements of the same time)
 * @param contentMd   the text, in Markdown
 * @param priority    as the API sends it (a number or a word); null when absent
 * @param publishTime when it was published, or null
 */
public record Announcement(Integer id, String title, String contentMd, String priority, Instant publishTime) {}
