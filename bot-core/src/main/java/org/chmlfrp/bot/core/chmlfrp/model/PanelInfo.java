package org.chmlfrp.bot.core.chmlfrp.model;

import java.util.List;

/** The public panel totals of {@code /panelinfo}. */
public record PanelInfo(int tunnelAmount, int nodeAmount, int userAmount, List<FriendLink> friendLinks) {
    public PanelInfo {
        friendLinks = List.copyOf(friendLinks);
    }
}
