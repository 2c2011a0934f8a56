package org.chmlfrp.bot.core.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * What a command answers: a neutral document that every adapter renders its own way (OneBot
 * segments, Discord embeds and components, plain text). No platform markup inside.
 *
 * @param title            a heading, or null
 * @param blocks           the body, in order
 * @param actions          confirm/cancel/next page
 * @param visibility       private replies are ephemeral on Discord
 * @param paging           which page of a long list, or null
 * @param error            an error or usage message (ephemeral on Discord; one short message)
 * @param recallInvocation the user's message carried a secret in a group: the adapter should recall it
 * @param confirmation     an action to run only after {@code confirm}, or null; the dispatcher keeps it and
 *                         answers with the prompt instead of this reply
 */
public record Reply(
        String title,
        List<Block> blocks,
        List<Action> actions,
        Visibility visibility,
        Paging paging,
        boolean error,
        boolean recallInvocation,
        Confirmation confirmation) {

    public Reply {
        blocks = List.copyOf(blocks);
        actions = List.copyOf(actions);
        visibility = visibility == null ? Visibility.NORMAL : visibility;
    }

    public static Reply text(String text) {
        return builder().text(text).build();
    }

    /** SPEC §4: an error or usage reply is one message of at most this many characters. */
    public static final int MAX_ERROR_LENGTH = 400;

    /** An error or usage reply, cut to {@link #MAX_ERROR_LENGTH} characters. */
    public static Reply error(String text) {
        String cut = text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH - 1) + "…" : text;
        return builder().text(cut).error().build();
    }

    /** Asks the user to confirm {@code description} first; {@code then} runs on {@code confirm}. */
    public static Reply confirm(String description, Supplier<CompletionStage<Reply>> then) {
        return new Reply(
                null,
                List.of(new Block.Text(description)),
                List.of(),
                null,
                null,
                false,
                false,
                new Confirmation(description, then));
    }

    /** This reply as a finished stage, for a handler that answers without calling anything. */
    public CompletableFuture<Reply> completed() {
        return CompletableFuture.completedFuture(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** All text of the reply, blocks and title, for logs and tests. Images show as their alt text. */
    public String plainText() {
        StringBuilder b = new StringBuilder();
        if (title != null) {
            b.append(title).append('\n');
        }
        for (Block block : blocks) {
            if (block instanceof Block.Text t) {
                b.append(t.text()).append('\n');
            } else if (block instanceof Block.Fields f) {
                f.fields()
                        .forEach(x -> b.append(x.name())
                                .append(": ")
                                .append(x.value())
                                .append('\n'));
            } else if (block instanceof Block.Table t) {
                b.append(String.join(" | ", t.headers())).append('\n');
                t.rows().forEach(r -> b.append(String.join(" | ", r)).append('\n'));
            } else if (block instanceof Block.Code c) {
                b.append(c.content()).append('\n');
            } else if (block instanceof Block.Image i) {
                b.append('[').append(i.altText()).append("]\n");
            }
        }
        return b.toString().strip();
    }

    public Reply withVisibility(Visibility v) {
        return new Reply(title, blocks, actions, v, paging, error, recallInvocation, confirmation);
    }

    public Reply withRecall() {
        return new Reply(title, blocks, actions, visibility, paging, error, true, confirmation);
    }

    public static final class Builder {
        private String title;
        private final List<Block> blocks = new ArrayList<>();
        private final List<Action> actions = new ArrayList<>();
        private Visibility visibility = Visibility.NORMAL;
        private Paging paging;
        private boolean error;
        private boolean recall;

        public Builder title(String t) {
            this.title = t;
            return this;
        }

        public Builder text(String text) {
            blocks.add(new Block.Text(text));
            return this;
        }

        /** Adds every block and action of another reply (to extend it). */
        public Builder blocksFrom(Reply other) {
            blocks.addAll(other.blocks());
            actions.addAll(other.actions());
            return this;
        }

        public Builder block(Block block) {
            blocks.add(block);
            return this;
        }

        public Builder fields(List<Block.Field> fields) {
            if (!fields.isEmpty()) {
                blocks.add(new Block.Fields(fields));
            }
            return this;
        }

        public Builder table(List<String> headers, List<List<String>> rows) {
            blocks.add(new Block.Table(headers, rows));
            return this;
        }

        public Builder code(String language, String content, String fileName) {
            blocks.add(new Block.Code(language, content, fileName));
            return this;
        }

        public Builder image(byte[] png, String fileName, String altText) {
            blocks.add(new Block.Image(png, fileName, altText));
            return this;
        }

        public Builder action(Action action) {
            actions.add(action);
            return this;
        }

        /**
         * Page {@code page} of {@code pages}: the page count when there are several, and a next-page action
         * (a button, or a hint) that runs {@code command} with the next page's number after it.
         */
        public Builder page(int page, int pages, String nextLabel, String command) {
            if (pages > 1) {
                this.paging = new Paging(page, pages);
            }
            if (page < pages) {
                actions.add(new Action(Action.Kind.PAGE, nextLabel, command + " " + (page + 1)));
            }
            return this;
        }

        public Builder privateToUser() {
            this.visibility = Visibility.PRIVATE;
            return this;
        }

        public Builder error() {
            this.error = true;
            return this;
        }

        public Builder recallInvocation() {
            this.recall = true;
            return this;
        }

        public Reply build() {
            return new Reply(title, blocks, actions, visibility, paging, error, recall, null);
        }
    }
}
