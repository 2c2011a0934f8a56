package org.chmlfrp.bot.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SPEC §4: an error or usage reply is one message of at most 400 characters, however it was made. */
class ReplyErrorTest {
    @Test
    void aLongErrorIsCutTo400CharactersWithAnEllipsis() {
        Reply reply = Reply.error("错".repeat(1000));
        assertThat(reply.plainText()).hasSize(400).endsWith("…");
        assertThat(reply.error()).isTrue();
    }

    @Test
    void aShortErrorIsKeptWhole() {
        assertThat(Reply.error("无效的Token").plainText()).isEqualTo("无效的Token");
    }
}
