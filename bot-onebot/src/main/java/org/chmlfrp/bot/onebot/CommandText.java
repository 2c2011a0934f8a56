package org.chmlfrp.bot.onebot;

import java.util.List;
import org.chmlfrp.bot.onebot.protocol.Segment;

/**
 * The command line in a message: its text segments joined, and whether it began with
 * {@code @bot} (an {@code at} segment naming the bot's own account, after any quoted
 * {@code reply}), in which case the at is removed. Other segments (faces, images, other ats)
 * stand as a space. Only groups have mentions.
 */
public record CommandText(String text, boolean mentioned) {

    public static CommandText of(List<Segment> message, long selfId, boolean group) {
        int i = 0;
        boolean mentioned = false;
        while (i < message.size()) {
            Segment s = message.get(i);
            if (s.is("reply") || (s.isText() && s.get("text").isBlank())) {
                i++;
            } else if (group && selfId > 0 && s.is("at") && s.get("qq").trim().equals(Long.toString(selfId))) {
                mentioned = true;
                i++;
            } else {
                break;
            }
        }
        StringBuilder b = new StringBuilder();
        for (; i < message.size(); i++) {
            Segment s = message.get(i);
            if (s.isText()) {
                b.append(s.get("text"));
            } else {
                b.append(' ');
            }
        }
        return new CommandText(b.toString().strip(), mentioned);
    }
}
