package org.chmlfrp.bot.discord.render;

import java.util.Arrays;
import java.util.Objects;
import net.dv8tion.jda.api.utils.FileUpload;

/**
 * A file to upload with a message: a chart or a configuration file. Kept as bytes so that the
 * same rendered message can be sent more than once (a {@link FileUpload} is read only once).
 */
public record Attachment(String fileName, byte[] data) {
    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public FileUpload toUpload() {
        return FileUpload.fromData(data, fileName);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attachment a && fileName.equals(a.fileName) && Arrays.equals(data, a.data);
    }

    @Override
    public int hashCode() {
        return fileName.hashCode() * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + data.length + " bytes]";
    }
}
