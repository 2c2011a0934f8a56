package org.chmlfrp.bot.discord.render;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import org.chmlfrp.bot.core.reply.Action;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.PlainTextRenderer;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.reply.Visibility;

/**
 * Turns the core's neutral {@link Reply} into a Discord message: one embed (title, text as
 * description, tables and code in code blocks, Fields blocks as embed fields), charts and
 * files as uploads shown through {@code attachment://}, red for errors, and the reply's
 * actions as buttons that only the invoking user may press. Text from users or the API is
 * escaped, never read as markdown; Discord's length limits are kept.
 */
@Singleton
public final class ReplyRenderer {
    public static final int COLOR = 0x3B82F6;
    public static final int ERROR_COLOR = 0xED4245;

    static final int MAX_EMBEDS = 10;
    static final int MAX_BUTTONS = 25;
    static final int BUTTON_LABEL_MAX = 80;

    private final ButtonIds buttonIds;

    @Inject
    public ReplyRenderer(ButtonIds buttonIds) {
        this.buttonIds = buttonIds;
    }

    /**
     * @param ownerId the user whose buttons these are, or null for an unprompted message (no buttons)
     * @param ephemeralAsked the command asks for an ephemeral answer; errors and private replies are ephemeral anyway
     */
    public RenderedMessage render(Reply reply, String ownerId, boolean ephemeralAsked) {
        boolean ephemeral = ephemeralAsked || reply.error() || reply.visibility() == Visibility.PRIVATE;
        Body body = new Body();
        for (Block block : reply.blocks()) {
            body.add(block);
        }
        int color = reply.error() ? ERROR_COLOR : COLOR;
        List<MessageEmbed> embeds = embeds(reply, body, color);
        List<ActionRow> rows = ownerId == null ? List.of() : buttons(reply.actions(), ownerId);
        // Discord refuses a message with nothing to show; a zero-width space stands in.
        String content = embeds.isEmpty() && body.attachments.isEmpty() ? "\u200b" : "";
        return new RenderedMessage(content, embeds, rows, body.attachments, ephemeral);
    }

    /** A reply for an unprompted message (broadcasts): no buttons, never ephemeral. */
    public RenderedMessage renderUnprompted(Reply reply) {
        return render(reply, null, false).withEphemeral(false);
    }

    private List<MessageEmbed> embeds(Reply reply, Body body, int color) {
        List<EmbedBuilder> builders = new ArrayList<>();
        EmbedBuilder main = new EmbedBuilder().setColor(color);
        builders.add(main);
        if (reply.title() != null && !reply.title().isBlank()) {
            main.setTitle(Limits.cut(reply.title(), MessageEmbed.TITLE_MAX_LENGTH));
        }
        if (!body.description.isEmpty()) {
            main.setDescription(body.description.toString());
        }
        EmbedBuilder current = main;
        for (MessageEmbed.Field f : body.fields) {
            if (current.getFields().size() == MessageEmbed.MAX_FIELD_AMOUNT) {
                if (builders.size() == MAX_EMBEDS) {
                    break;
                }
                current = new EmbedBuilder().setColor(color);
                builders.add(current);
            }
            current.addField(f);
        }
        for (int i = 0; i < body.images.size(); i++) {
            String url = "attachment://" + body.images.get(i);
            if (i == 0) {
                main.setImage(url);
            } else if (builders.size() < MAX_EMBEDS) {
                builders.add(new EmbedBuilder().setColor(color).setImage(url));
            }
        }
        if (reply.paging() != null && reply.paging().totalPages() > 1) {
            builders.get(builders.size() - 1)
                    .setFooter(reply.paging().page() + "/" + reply.paging().totalPages());
        }
        keepWithinTotal(builders);
        List<MessageEmbed> out = new ArrayList<>();
        for (EmbedBuilder b : builders) {
            if (!b.isEmpty()) {
                out.add(b.build());
            }
        }
        return out;
    }

    /** Discord rejects a message whose embeds hold more than 6000 characters: drop fields from the end. */
    private static void keepWithinTotal(List<EmbedBuilder> builders) {
        while (builders.stream().mapToInt(EmbedBuilder::length).sum() > MessageEmbed.EMBED_MAX_LENGTH_BOT) {
            EmbedBuilder last = builders.get(builders.size() - 1);
            if (last.getFields().isEmpty()) {
                if (builders.size() == 1) {
                    String d = last.getDescriptionBuilder().toString();
                    last.setDescription(Limits.cut(d, Math.max(1, d.length() - 500)));
                } else {
                    builders.remove(builders.size() - 1);
                }
            } else {
                last.getFields().remove(last.getFields().size() - 1);
            }
        }
    }

    private List<ActionRow> buttons(List<Action> actions, String ownerId) {
        List<Button> buttons = new ArrayList<>();
        for (Action a : actions) {
            if (buttons.size() == MAX_BUTTONS) {
                break;
            }
            String label = Limits.cut(a.label().isBlank() ? a.command() : a.label(), BUTTON_LABEL_MAX);
            if (a.kind() == Action.Kind.LINK) {
                buttons.add(Button.link(a.command(), label));
                continue;
            }
            String id = buttonIds.encode(ownerId, a.command());
            buttons.add(
                    switch (a.kind()) {
                        case CONFIRM -> Button.danger(id, label);
                        case CANCEL -> Button.secondary(id, label);
                        case PAGE, LINK -> Button.primary(id, label);
                    });
        }
        return buttons.isEmpty() ? List.of() : ActionRow.partitionOf(buttons);
    }

    /** The description, fields and uploads gathered from the blocks, in order. */
    private static final class Body {
        final StringBuilder description = new StringBuilder();
        final List<MessageEmbed.Field> fields = new ArrayList<>();
        final List<Attachment> attachments = new ArrayList<>();
        final List<String> images = new ArrayList<>();
        private final Set<String> fileNames = new HashSet<>();

        void add(Block block) {
            if (block instanceof Block.Text t) {
                text(MarkdownSanitizer.escape(t.text()));
            } else if (block instanceof Block.Fields f) {
                for (Block.Field field : f.fields()) {
                    fields.add(new MessageEmbed.Field(
                            Limits.nonBlank(
                                    Limits.cut(MarkdownSanitizer.escape(field.name()), MessageEmbed.TITLE_MAX_LENGTH)),
                            Limits.nonBlank(
                                    Limits.cut(MarkdownSanitizer.escape(field.value()), MessageEmbed.VALUE_MAX_LENGTH)),
                            field.inline()));
                }
            } else if (block instanceof Block.Table t) {
                fenced("", PlainTextRenderer.table(t), "table.txt");
            } else if (block instanceof Block.Code c) {
                if (c.fileName() != null && !c.fileName().isBlank()) {
                    file(c.fileName(), c.content().getBytes(StandardCharsets.UTF_8));
                } else {
                    fenced(c.language(), c.content(), "code.txt");
                }
            } else if (block instanceof Block.Image i) {
                String name = file(i.fileName() == null ? "image.png" : i.fileName(), i.png());
                images.add(name);
            }
        }

        private void text(String text) {
            int room = MessageEmbed.DESCRIPTION_MAX_LENGTH - lengthWithSeparator();
            if (room <= 1) {
                return;
            }
            separate();
            description.append(Limits.cut(text, room));
        }

        /** A code block in the description; one that does not fit is uploaded as a file instead. */
        private void fenced(String language, String content, String fallbackFile) {
            String lang = language == null ? "" : language.replaceAll("[^A-Za-z0-9_+-]", "");
            String block = "```" + lang + "\n" + Limits.defuseFences(content.stripTrailing()) + "\n```";
            if (block.length() > MessageEmbed.DESCRIPTION_MAX_LENGTH - lengthWithSeparator()) {
                file(fallbackFile, content.getBytes(StandardCharsets.UTF_8));
                return;
            }
            separate();
            description.append(block);
        }

        private int lengthWithSeparator() {
            return description.length() == 0 ? 0 : description.length() + 1;
        }

        private void separate() {
            if (description.length() > 0) {
                description.append('\n');
            }
        }

        private String file(String wanted, byte[] data) {
            String name = Limits.fileName(wanted);
            String unique = name;
            for (int n = 2; !fileNames.add(unique.toLowerCase(Locale.ROOT)); n++) {
                int dot = name.lastIndexOf('.');
                unique = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
            }
            attachments.add(new Attachment(unique, data));
            return unique;
        }
    }
}
