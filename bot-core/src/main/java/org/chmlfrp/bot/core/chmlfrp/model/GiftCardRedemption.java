package org.chmlfrp.bot.core.chmlfrp.model;

/**
 * What {@code POST /giftcard/redeem} answered: a membership or points were added, or the code was
 * refused (wrong, used, expired, too many attempts) in the API's words. A dead token or a failed
 * call is not a redemption: those stay {@code ApiException}s.
 */
public sealed interface GiftCardRedemption {

    /** {@code rewardType: "会员"}: the account's membership was extended. */
    record Membership(String cardName, String memberType, int memberDays, String newTerm)
            implements GiftCardRedemption {}

    /** {@code rewardType: "积分"}: points were added. */
    record Points(String cardName, long points, long newIntegral) implements GiftCardRedemption {}

    /**
     * The API refused the code.
     *
     * @param msg       the API's words
     * @param rateLimit its {@code rate_limit_info}, or null when it sent none
     */
    record Refused(String msg, GiftCardRateLimit rateLimit) implements GiftCardRedemption {}
}
