package org.chmlfrp.bot.core.reply;

import java.util.List;
import java.util.Objects;

/** A part of a {@link Reply}. Closed set: every adapter renders each of these. */
public sealed interface Block permits Block.Text, Block.Fields, Block.Table, Block.Code, Block.Image {

    /** Plain text; never markup. */
    record Text(String text) implements Block {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Key/value facts (an embed's fields on Discord, {@code key: value} lines elsewhere). */
    record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    record Field(String name, String value, boolean inline) {
        public Field {
            Objects.requireNonNull(name, "name");
            value = value == null ? "-" : value;
        }
    }

    /** Rows of columns where alignment matters. */
    record Table(List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Verbatim text such as a frpc configuration; {@code fileName} non-null means it may be
     * sent as a file attachment where the platform can.
     */
    record Code(String language, String content, String fileName) implements Block {
        public Code {
            Objects.requireNonNull(content, "content");
        }
    }

    /** A PNG image with a file name and a text that stands in where images fail. */
    record Image(byte[] png, String fileName, String altText) implements Block {
        public Image {
            Objects.requireNonNull(png, "png");
            png = png.clone();
        }

        @Override
        public byte[] png() {
            return png.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Image i
                    && java.util.Arrays.equals(png, i.png)
                    && Objects.equals(fileName, i.fileName)
                    && Objects.equals(altText, i.altText);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(png) * 31 + Objects.hash(fileName, altText);
        }

        @Override
        public String toString() {
            return "Image[" + fileName + ", " + png.length + " bytes]";
        }
    }
}
