package org.chmlfrp.bot.testkit.onebot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the bot sent in a {@code send_private_msg} / {@code send_group_msg} / {@code send_msg}
 * call, decoded: the segments of an array message (or of a single segment object), or of a CQ
 * string parsed per {@code message/string.md} ({@link #wasCqString()} tells which).
 *
 * @param segments    the message's segments in order
 * @param wasCqString true when {@code message} was a JSON string rather than segments; with
 *                    {@code auto_escape: true} the whole string is one text segment
 * @param groupId     {@code params.group_id}, when present
 * @param userId      {@code params.user_id}, when present
 */
public record SentMessage(List<Segment> segments, boolean wasCqString, OptionalLong groupId, OptionalLong userId) {

    private static final String BASE64 = "base64://";

    public SentMessage {
        segments = List.copyOf(segments);
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(userId, "userId");
    }

    /** Decodes a recorded send action. */
    public static SentMessage of(RecordedAction action) {
        return of(action.params());
    }

    /**
     * Decodes send-action params.
     *
     * @throws IllegalArgumentException if there is no {@code message} or it is not a string, an
     *                                  object or an array of segment objects
     */
    public static SentMessage of(JsonNode params) {
        JsonNode message = params.get("message");
        if (message == null || message.isNull()) {
            throw new IllegalArgumentException("no message in " + params);
        }
        boolean string = message.isTextual();
        List<Segment> segments;
        if (string) {
            segments = params.path("auto_escape").asBoolean(false)
                    ? List.of(Segment.text(message.asText()))
                    : CqCode.decode(message.asText());
        } else if (message.isObject()) {
            segments = List.of(Segment.fromJson(message));
        } else if (message.isArray()) {
            segments = new ArrayList<>();
            for (JsonNode segment : message) {
                segments.add(Segment.fromJson(segment));
            }
        } else {
            throw new IllegalArgumentException("message is neither a string nor segments: " + message);
        }
        return new SentMessage(segments, string, idOf(params, "group_id"), idOf(params, "user_id"));
    }

    /** The text of all text segments, concatenated. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Segment segment : segments) {
            if (segment.isText()) {
                text.append(segment.data().getOrDefault("text", ""));
            }
        }
        return text.toString();
    }

    /** The segments of this type, in order. */
    public List<Segment> segments(String type) {
        return segments.stream().filter(s -> s.type().equals(type)).toList();
    }

    public boolean hasReply() {
        return !segments("reply").isEmpty();
    }

    /** The message id the first {@code reply} segment quotes. */
    public Optional<String> replyTo() {
        return segments("reply").stream()
                .map(s -> s.get("id"))
                .filter(Objects::nonNull)
                .findFirst();
    }

    public boolean hasAt() {
        return !segments("at").isEmpty();
    }

    /** The {@code qq} of every {@code at} segment, in order ({@code all} for @all). */
    public List<String> atTargets() {
        return segments("at").stream()
                .map(s -> s.get("qq"))
                .filter(Objects::nonNull)
                .toList();
    }

    public boolean hasImage() {
        return !segments("image").isEmpty();
    }

    public List<Segment> images() {
        return segments("image");
    }

    /**
     * The bytes of every {@code image} whose {@code file} is {@code base64://...}, in order
     * (images by URL or path are skipped).
     *
     * @throws IllegalArgumentException if such a payload is not valid base64
     */
    public List<byte[]> imageBytes() {
        List<byte[]> images = new ArrayList<>();
        for (Segment image : images()) {
            String file = image.get("file");
            if (file != null && file.startsWith(BASE64)) {
                images.add(Base64.getMimeDecoder().decode(file.substring(BASE64.length())));
            }
        }
        return images;
    }

    private static OptionalLong idOf(JsonNode params, String field) {
        JsonNode value = params.get(field);
        if (value == null || value.isNull()) {
            return OptionalLong.empty();
        }
        if (value.canConvertToLong()) {
            return OptionalLong.of(value.asLong());
        }
        try {
            return OptionalLong.of(Long.parseLong(value.asText().strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
