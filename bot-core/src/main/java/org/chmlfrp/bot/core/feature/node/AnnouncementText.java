package org.chmlfrp.bot.core.feature.node;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * An announcement's Markdown as a short plain-text excerpt for a chat: commonmark parses it and
 * only the words are kept (no {@code #}, {@code **}, link targets or HTML; a link keeps its
 * text), blocks and line breaks become single spaces, and anything past {@code max}
 * characters becomes an ellipsis.
 */
public final class AnnouncementText {
    private static final Parser PARSER = Parser.builder().build();

    private AnnouncementText() {}

    public static String excerpt(String markdown, int max) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Words words = new Words();
        PARSER.parse(markdown).accept(words);
        String text = words.out.toString().replaceAll("\\s+", " ").strip();
        return text.codePointCount(0, text.length()) <= max
                ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }

    /** Collects text and inline code; a space after every block and line break. */
    private static final class Words extends AbstractVisitor {
        private final StringBuilder out = new StringBuilder();

        @Override
        public void visit(Text text) {
            out.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            out.append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            out.append(' ');
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            out.append(' ');
        }

        @Override
        protected void visitChildren(Node parent) {
            super.visitChildren(parent);
            if (parent instanceof Block) {
                out.append(' ');
            }
        }
    }
}
