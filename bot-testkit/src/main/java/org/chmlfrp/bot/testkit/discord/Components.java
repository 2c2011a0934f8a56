package org.chmlfrp.bot.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Message and modal components: Discord numbers them, and the fake looks them up by custom id. */
final class Components {

    static final int ACTION_ROW = 1;
    static final int BUTTON = 2;
    static final int TEXT_INPUT = 4;
    static final int LABEL = 18;

    private Components() {}

    /**
     * Gives every component without an {@code id} the next free number, depth first, as Discord
     * does for stored messages and modals.
     */
    static void assignIds(ArrayNode components) {
        List<ObjectNode> all = new ArrayList<>();
        collect(components, all);
        int max = 0;
        for (ObjectNode c : all) {
            max = Math.max(max, c.path("id").asInt(0));
        }
        for (ObjectNode c : all) {
            if (!c.hasNonNull("id")) {
                c.put("id", ++max);
            }
        }
    }

    /** The component with that custom id, anywhere in the tree. */
    static Optional<ObjectNode> find(JsonNode components, String customId) {
        List<ObjectNode> all = new ArrayList<>();
        if (components instanceof ArrayNode array) {
            collect(array, all);
        }
        return all.stream()
                .filter(c -> customId.equals(c.path("custom_id").asText(null)))
                .findFirst();
    }

    private static void collect(ArrayNode components, List<ObjectNode> into) {
        for (JsonNode node : components) {
            if (node instanceof ObjectNode c) {
                into.add(c);
                if (c.get("components") instanceof ArrayNode children) {
                    collect(children, into);
                }
                if (c.get("component") instanceof ObjectNode child) {
                    ArrayNode single = DiscordJson.array();
                    single.add(child);
                    collect(single, into);
                }
                if (c.get("accessory") instanceof ObjectNode accessory) {
                    ArrayNode single = DiscordJson.array();
                    single.add(accessory);
                    collect(single, into);
                }
            }
        }
    }
}
