package org.chmlfrp.bot.core.chmlfrp.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/** The public panel totals of {@code /panelinfo}. */
public record PanelInfo(
        @JsonProperty("tunnel_amount") int tunnelAmount,
        @JsonProperty("node_amount") int nodeAmount,
        @JsonProperty("user_amount") int userAmount,
        @JsonProperty("friend_links") List<FriendLink> friendLinks) {
    public PanelInfo {
        friendLinks = friendLinks == null
                ? List.of()
                : friendLinks.stream().filter(Objects::nonNull).toList();
    }
}
