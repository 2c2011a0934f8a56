package org.chmlfrp.bot.testkit.chmlfrp;

import java.util.Objects;

/**
 * A gift card of {@code /giftcard/redeem}: a code that gives, once, either membership days or points.
 *
 * @param code        what the user types
 * @param cardName    the card's name, as the answer shows it
 * @param memberType  the user group it grants (e.g. {@code 超级会员}); null for a points card
 * @param memberDays  days of membership it adds; 0 for a points card
 * @param points      points it adds; 0 for a membership card
 */
public record FakeGiftCard(String code, String cardName, String memberType, int memberDays, long points) {

    public FakeGiftCard {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(cardName, "cardName");
        if (memberType != null && memberDays <= 0) {
            throw new IllegalArgumentException("a membership card needs a positive number of days");
        }
    }

    public static FakeGiftCard membership(String code, String cardName, String memberType, int days) {
        return new FakeGiftCard(code, cardName, memberType, days, 0);
    }

    public static FakeGiftCard points(String code, String cardName, long points) {
        return new FakeGiftCard(code, cardName, null, 0, points);
    }

    /** {@code 会员} or {@code 积分}, the API's {@code rewardType}. */
    public String rewardType() {
        return memberType != null ? "会员" : "积分";
    }
}
