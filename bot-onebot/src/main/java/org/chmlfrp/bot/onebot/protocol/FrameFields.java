package org.chmlfrp.bot.onebot.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one inbound frame the bot reads, pulled out by a streaming parser in one pass
 * (fields come in any order): no JSON tree is built for a message event. Values follow OneBot's
 * loose typing as {@link Json#text} and {@link Json#id} do for trees.
 */
final class FrameFields {
    boolean hasPostType;
    String postType = "";
    long selfId;
    String metaEventType = "";
    long interval;
    String subType = "";
    String messageType = "";
    String messageId = "";
    long userId;
    long groupId;
    boolean hasMessage;
    List<Segment> message = List.of();
    String messageText = "";
    /** {@code raw_message}, read only when {@code message} is absent: a CQ string or segments. */
    String rawMessageText;
    List<Segment> rawMessage;
    String senderCard = "";
    String senderNickname = "";
    String senderRole = "";
    long senderUserId;
    boolean hasEcho;
    JsonNode echo;
    boolean hasRetcode;
    Integer retcode;
    boolean hasStatus;
    String status = "";
    JsonNode data;
    String wording;

    /** The message: {@code message} when present (even null), else {@code raw_message}. */
    List<Segment> messageSegments() {
        if (hasMessage) {
            return message;
        }
        if (rawMessageText != null) {
            return CqCode.parse(rawMessageText);
        }
        return rawMessage == null ? List.of() : rawMessage;
    }

    /** Reads the object the parser is at (its START_OBJECT already consumed) up to its end. */
    static FrameFields read(JsonParser p) throws IOException {
        FrameFields f = new FrameFields();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            f.field(name, p);
        }
        return f;
    }

    private void field(String name, JsonParser p) throws IOException {
        switch (name) {
            case "post_type" -> {
                hasPostType = p.currentToken() != JsonToken.VALUE_NULL;
                postType = text(p);
            }
            case "self_id" -> selfId = id(p);
            case "meta_event_type" -> metaEventType = text(p);
            case "interval" -> interval = wholeNumber(p);
            case "sub_type" -> subType = text(p);
            case "message_type" -> messageType = text(p);
            case "message_id" -> messageId = text(p);
            case "user_id" -> userId = id(p);
            case "group_id" -> groupId = id(p);
            case "message" -> {
                hasMessage = true;
                if (p.currentToken() == JsonToken.VALUE_STRING) {
                    messageText = p.getText();
                    message = CqCode.parse(messageText);
                } else {
                    message = segments(p);
                }
            }
            case "raw_message" -> {
                if (p.currentToken() == JsonToken.VALUE_STRING) {
                    rawMessageText = p.getText();
                } else {
                    rawMessage = segments(p);
                }
            }
            case "sender" -> sender(p);
            case "echo" -> {
                hasEcho = true;
                echo = p.readValueAsTree();
            }
            case "retcode" -> {
                hasRetcode = true;
                JsonToken t = p.currentToken();
                retcode = t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT ? intValue(p) : null;
                p.skipChildren();
            }
            case "status" -> {
                hasStatus = true;
                status = text(p);
            }
            case "data" -> data = p.readValueAsTree();
            case "wording" -> wording = text(p);
            default -> p.skipChildren();
        }
    }

    private void sender(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "card" -> senderCard = text(p);
                case "nickname" -> senderNickname = text(p);
                case "role" -> senderRole = text(p);
                case "user_id" -> senderUserId = id(p);
                default -> p.skipChildren();
            }
        }
    }

    /** An array of segments (non-objects skipped) or a single segment object; anything else is none. */
    static List<Segment> segments(JsonParser p) throws IOException {
        List<Segment> out = new ArrayList<>();
        if (p.currentToken() == JsonToken.START_ARRAY) {
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT) {
                    out.add(segment(p));
                } else {
                    p.skipChildren();
                }
            }
        } else if (p.currentToken() == JsonToken.START_OBJECT) {
            out.add(segment(p));
        } else {
            p.skipChildren();
        }
        return out;
    }

    private static Segment segment(JsonParser p) throws IOException {
        String type = "";
        Map<String, String> data = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("type".equals(name)) {
                type = text(p);
            } else if ("data".equals(name) && value == JsonToken.START_OBJECT) {
                data.clear();
                for (JsonToken d = p.nextToken(); d == JsonToken.FIELD_NAME; d = p.nextToken()) {
                    String key = p.currentName();
                    if (p.nextToken() == JsonToken.VALUE_NULL) {
                        data.remove(key);
                    } else {
                        data.put(key, text(p));
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return new Segment(type, data);
    }

    /** The current value as text whatever its JSON type ("" for null); objects and arrays as compact JSON. */
    static String text(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
                return p.getText();
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
                return Json.text(p.readValueAsTree());
            case START_OBJECT:
            case START_ARRAY:
                return p.readValueAsTree().toString();
            default:
                return "";
        }
    }

    /** A QQ number: a JSON integer or a string holding one; 0 otherwise. */
    static long id(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue().longValue()
                        : p.getLongValue();
            case VALUE_STRING:
                try {
                    return Long.parseLong(p.getText().trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            default:
                p.skipChildren();
                return 0;
        }
    }

    private static long wholeNumber(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return ((Number) p.getNumberValue()).longValue();
            default:
                p.skipChildren();
                return 0;
        }
    }

    private static int intValue(JsonParser p) throws IOException {
        return p.getNumberValue().intValue();
    }
}
