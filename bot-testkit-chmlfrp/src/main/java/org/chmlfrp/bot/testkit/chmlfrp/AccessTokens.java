package org.chmlfrp.bot.testkit.chmlfrp;

import java.util.OptionalInt;

/**
 * Access tokens issued by someone else (the fake QZhua authorization server) that the fake
 * ChmlFrp API accepts as {@code Authorization: Bearer}, as the real API accepts QZhua's JWTs.
 */
@FunctionalInterface
public interface AccessTokens {
    /** The ChmlFrp user id this access token acts for, while it is valid; empty otherwise. */
    OptionalInt accountOf(String accessToken);
}
