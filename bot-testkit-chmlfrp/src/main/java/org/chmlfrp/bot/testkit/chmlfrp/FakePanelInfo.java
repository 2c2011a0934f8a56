package org.chmlfrp.bot.testkit.chmlfrp;

import java.util.List;

/**
 * The platform totals of {@code /panelinfo} at seed time. The fake reports them live: the
 * tunnel and user amounts move with tunnels and users created or deleted, and
 * {@code node_amount} is always the current node count.
 *
 * @param tunnelAmount tunnels on the platform
 * @param userAmount   users on the platform
 * @param friendLinks  friend links
 */
public record FakePanelInfo(long tunnelAmount, long userAmount, List<FakeFriendLink> friendLinks) {

    public FakePanelInfo {
        friendLinks = List.copyOf(friendLinks);
    }
}
