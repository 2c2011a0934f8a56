package org.chmlfrp.bot.testkit.discord;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One file part of a {@code multipart/form-data} request ({@code files[n]} in JDA's uploads).
 *
 * @param field       the form field name, e.g. {@code files[0]}
 * @param filename    the part's {@code filename}, e.g. {@code a.png}
 * @param contentType the part's {@code Content-Type}, or {@code application/octet-stream}
 * @param bytes       the raw bytes as uploaded
 */
public record UploadedFile(String field, String filename, String contentType, byte[] bytes) {

    public UploadedFile {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The {@code n} of a {@code files[n]} field, or -1 for any other field name. */
    public int index() {
        if (field.startsWith("files[") && field.endsWith("]")) {
            try {
                return Integer.parseInt(field.substring(6, field.length() - 1));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UploadedFile that
                && field.equals(that.field)
                && filename.equals(that.filename)
                && contentType.equals(that.contentType)
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * field.hashCode() + filename.hashCode()) + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "UploadedFile[" + field + ", " + filename + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}
