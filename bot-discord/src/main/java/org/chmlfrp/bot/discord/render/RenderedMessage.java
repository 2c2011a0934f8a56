package org.chmlfrp.bot.discord.render;

import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * A reply as Discord shows it: embeds, button rows, uploaded files, and whether only the user
 * sees it. Turns into a new message or into an edit of a deferred one; both allow no mentions.
 *
 * @param content   plain text above the embeds, or empty
 * @param ephemeral only the invoking user sees it (ignored outside interactions)
 */
public record RenderedMessage(
        String content,
        List<MessageEmbed> embeds,
        List<ActionRow> rows,
        List<Attachment> attachments,
        boolean ephemeral) {

    /** Nothing may be pinged: not {@code @everyone}, not roles, not users. */
    public static final EnumSet<Message.MentionType> NO_MENTIONS = EnumSet.noneOf(Message.MentionType.class);

    public RenderedMessage {
        content = content == null ? "" : content;
        embeds = List.copyOf(embeds);
        rows = List.copyOf(rows);
        attachments = List.copyOf(attachments);
    }

    public RenderedMessage withEphemeral(boolean value) {
        return new RenderedMessage(content, embeds, rows, attachments, value);
    }

    /** A new message (interaction reply, follow-up or channel message). */
    public MessageCreateData toCreateData() {
        MessageCreateBuilder b = new MessageCreateBuilder()
                .setAllowedMentions(NO_MENTIONS)
                .mentionRepliedUser(false)
                .setContent(content)
                .setEmbeds(embeds)
                .setComponents(rows)
                .setFiles(attachments.stream().map(Attachment::toUpload).toList());
        return b.build();
    }

    /**
     * The whole message as an edit of the deferred original. JDA's default mentions do not
     * apply to edits, so they are set here explicitly.
     */
    public MessageEditData toEditData() {
        MessageEditBuilder b = new MessageEditBuilder()
                .setAllowedMentions(NO_MENTIONS)
                .mentionRepliedUser(false)
                .setContent(content)
                .setEmbeds(embeds)
                .setComponents(rows)
                .setAttachments(attachments.stream().map(Attachment::toUpload).toList());
        return b.build();
    }
}
