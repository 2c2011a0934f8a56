package org.chmlfrp.bot.onebot.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One OneBot v11 message segment: a {@code type} and its {@code data} (string values, in
 * order). Outgoing user and API text only ever goes into {@link #text(String)} segments.
 */
public record Segment(String type, Map<String, String> data) {
    public Segment {
        Objects.requireNonNull(type, "type");
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    public static Segment text(String text) {
        return new Segment("text", Map.of("text", text));
    }

    public static Segment at(long qq) {
        return new Segment("at", Map.of("qq", Long.toString(qq)));
    }

    public static Segment reply(String messageId) {
        return new Segment("reply", Map.of("id", messageId));
    }

    /** An image given as base64 PNG bytes. */
    public static Segment imageBase64(String base64) {
        return new Segment("image", Map.of("file", "base64://" + base64));
    }

    public boolean isText() {
        return "text".equals(type);
    }

    public boolean is(String t) {
        return type.equals(t);
    }

    /** A data value, or "" when absent. */
    public String get(String key) {
        String v = data.get(key);
        return v == null ? "" : v;
    }

    /** {@code {"type": ..., "data": {...}}}. */
    public ObjectNode toJson() {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("type", type);
        ObjectNode d = node.putObject("data");
        data.forEach(d::put);
        return node;
    }

    /** Writes {@code {"type": ..., "data": {...}}} at the generator's position. */
    public void writeTo(JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", type);
        out.writeObjectFieldStart("data");
        for (Map.Entry<String, String> e : data.entrySet()) {
            out.writeStringField(e.getKey(), e.getValue());
        }
        out.writeEndObject();
        out.writeEndObject();
    }

    /**
     * One array-format segment as databind reads it: data values that are JSON scalars become
     * their text, null values are dropped, a missing type or data is empty.
     */
    @JsonCreator
    static Segment read(@JsonProperty("type") String type, @JsonProperty("data") Map<String, String> data) {
        if (data == null) {
            return new Segment(type == null ? "" : type, Map.of());
        }
        data.values().removeIf(Objects::isNull); // databind's own mutable map
        return new Segment(type == null ? "" : type, data);
    }

    /** Reads one array-format segment from a tree; data values of any JSON type become their text. */
    public static Segment fromJson(JsonNode node) {
        String type = Json.text(node.get("type"));
        Map<String, String> data = new LinkedHashMap<>();
        JsonNode d = node.get("data");
        if (d != null && d.isObject()) {
            for (Map.Entry<String, JsonNode> e : d.properties()) {
                if (!e.getValue().isNull()) {
                    data.put(e.getKey(), Json.text(e.getValue()));
                }
            }
        }
        return new Segment(type, data);
    }
}
