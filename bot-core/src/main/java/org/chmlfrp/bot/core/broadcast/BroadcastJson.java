package org.chmlfrp.bot.core.broadcast;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.store.StoreException;

/**
 * What broadcasts keep in the database as JSON: queued replies (the outbox body, images as
 * base64) and the node-state high-water mark. The reply model stays free of Jackson: the
 * sealed {@link Block} set gets its type names here.
 */
@Singleton
final class BroadcastJson {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Block.Text.class, name = "text"),
        @JsonSubTypes.Type(value = Block.Fields.class, name = "fields"),
        @JsonSubTypes.Type(value = Block.Table.class, name = "table"),
        @JsonSubTypes.Type(value = Block.Code.class, name = "code"),
        @JsonSubTypes.Type(value = Block.Image.class, name = "image")
    })
    private interface BlockTypes {}

    private static final TypeReference<Reply> REPLY = new TypeReference<>() {};
    private static final TypeReference<LinkedHashMap<String, Boolean>> STATES = new TypeReference<>() {};

    private final ObjectMapper mapper = new ObjectMapper()
            .addMixIn(Block.class, BlockTypes.class)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A {@link Reply}, or the node states: node name to online, in the order the nodes were first seen. */
    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    Reply readReply(String json) {
        return read(json, REPLY, "a queued broadcast cannot be read back");
    }

    Map<String, Boolean> readStates(String json) {
        return read(json, STATES, "the stored node states cannot be read");
    }

    private <T> T read(String json, TypeReference<T> type, String what) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException(what + " (" + e.getOriginalMessage() + ")", e);
        }
    }
}
