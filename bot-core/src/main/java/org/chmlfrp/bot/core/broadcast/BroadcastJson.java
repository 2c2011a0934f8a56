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

    private static final TypeReference<LinkedHashMap<String, Boolean>> STATES = new TypeReference<>() {};

    private final ObjectMapper mapper = new ObjectMapper()
            .addMixIn(Block.class, BlockTypes.class)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    String write(Reply reply) {
        return write((Object) reply);
    }

    Reply readReply(String json) {
        try {
            return mapper.readValue(json, Reply.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("a queued broadcast cannot be read back (" + e.getOriginalMessage() + ")", e);
        }
    }

    /** Node name to online, in the order the nodes were first seen. */
    String writeStates(Map<String, Boolean> states) {
        return write((Object) states);
    }

    Map<String, Boolean> readStates(String json) {
        try {
            return mapper.readValue(json, STATES);
        } catch (JsonProcessingException e) {
            throw new StoreException("the stored node states cannot be read (" + e.getOriginalMessage() + ")", e);
        }
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
