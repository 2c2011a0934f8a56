package org.chmlfrp.bot.core.chmlfrp.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code rate_limit_info} a refused {@code /giftcard/redeem} may carry: whether the account is
 * blocked from redeeming for a while, and the API's advice.
 *
 * @param remainingBanMinutes minutes until redeeming is allowed again; null when not blocked
 * @param banEndTime          when the block ends, as the API writes it; null when not blocked
 * @param tips                the API's advice, in its words
 */
public record GiftCardRateLimit(
        boolean blocked,
        String status,
        @JsonProperty("recent_attempts") int recentAttempts,
        @JsonProperty("total_attempts") int totalAttempts,
        @JsonProperty("consecutive_failures") int consecutiveFailures,
        @JsonProperty("remaining_ban_minutes") Integer remainingBanMinutes,
        @JsonProperty("ban_end_time") String banEndTime,
        String tips) {}
