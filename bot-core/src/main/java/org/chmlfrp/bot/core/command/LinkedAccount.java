package org.chmlfrp.bot.core.command;

/** A chat user's linked ChmlFrp account, with the token opened for this command. toString hides the token. */
public record LinkedAccount(int chmlfrpUserId, String username, String token) {
    @Override
    public String toString() {
        return "LinkedAccount[" + chmlfrpUserId + ", " + username + ", token=***]";
    }
}
