package org.chmlfrp.bot.discord;

import org.chmlfrp.bot.core.chat.ChatPlace;

/**
 * Discord will not take messages for this place: the channel is gone, the bot lost access or
 * may not write there, the user closed their DMs. Sending again will not help; whoever
 * subscribed the place should be told, or the subscription marked broken.
 */
public final class PlaceUnreachableException extends RuntimeException {
    private final transient ChatPlace place;

    public PlaceUnreachableException(ChatPlace place, String reason, Throwable cause) {
        super("cannot reach Discord " + (place.isPrivate() ? "user " : "channel ") + place.id() + ": " + reason, cause);
        this.place = place;
    }

    public ChatPlace place() {
        return place;
    }
}
