package org.chmlfrp.bot.onebot.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextChunkerTest {
    @Test
    void shortTextIsOneChunk() {
        assertThat(TextChunker.chunks("abc", 10)).containsExactly("abc");
    }

    @Test
    void cutsAtTheLastLineBreakThatFits() {
        assertThat(TextChunker.chunks("aaaa\nbbbb\ncccc", 10)).containsExactly("aaaa\nbbbb", "cccc");
    }

    @Test
    void neverSplitsASurrogatePair() {
        String s = "x".repeat(9) + "😀" + "y";
        List<String> chunks = TextChunker.chunks(s, 10);
        assertThat(chunks).containsExactly("x".repeat(9), "😀y");
    }
}
