package org.chmlfrp.bot.testkit.onebot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One OneBot v11 message segment: a {@code type} and its string {@code data}, in insertion order
 * (the order CQ codes print their parameters in).
 *
 * @param type e.g. {@code text}, {@code at}, {@code reply}, {@code image}, {@code face}
 * @param data the segment's parameters; values are strings, as the array format carries them
 */
public record Segment(String type, Map<String, String> data) {

    public Segment {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        if (type.isEmpty()) {
            throw new IllegalArgumentException("segment type must not be empty");
        }
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    public static Segment text(String text) {
        return new Segment("text", Map.of("text", Objects.requireNonNull(text, "text")));
    }

    public static Segment at(long qq) {
        return new Segment("at", Map.of("qq", Long.toString(qq)));
    }

    /** {@code [CQ:at,qq=all]}. */
    public static Segment atAll() {
        return new Segment("at", Map.of("qq", "all"));
    }

    public static Segment reply(long messageId) {
        return new Segment("reply", Map.of("id", Long.toString(messageId)));
    }

    /** {@code file} is a file name, URL, {@code file:///} path or {@code base64://...}. */
    public static Segment image(String file) {
        return new Segment("image", Map.of("file", Objects.requireNonNull(file, "file")));
    }

    public static Segment face(int id) {
        return new Segment("face", Map.of("id", Integer.toString(id)));
    }

    /** The parameter's value, or {@code null} when absent. */
    public String get(String key) {
        return data.get(key);
    }

    public boolean isText() {
        return "text".equals(type);
    }

    /** {@code {"type": ..., "data": {...}}} as the array format writes it. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", type);
        ObjectNode dataNode = node.putObject("data");
        data.forEach(dataNode::put);
        return node;
    }

    /**
     * Reads an array-format segment. Non-string data values (some bots send {@code "qq": 10000})
     * are kept as their JSON text; {@code null} values are dropped.
     *
     * @throws IllegalArgumentException if the node has no string {@code type}
     */
    public static Segment fromJson(JsonNode node) {
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) {
            throw new IllegalArgumentException("segment without a string type: " + node);
        }
        Map<String, String> data = new LinkedHashMap<>();
        JsonNode dataNode = node.path("data");
        for (Map.Entry<String, JsonNode> field : dataNode.properties()) {
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            data.put(field.getKey(), value.isValueNode() ? value.asText() : value.toString());
        }
        return new Segment(type.asText(), data);
    }

    /** This segment as CQ code ({@code [CQ:at,qq=10000]}), or the escaped text for a text segment. */
    public String toCq() {
        return CqCode.encode(this);
    }
}
