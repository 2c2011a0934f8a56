package org.chmlfrp.bot.core.chmlfrp.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The sign-in state from {@code /qiandao_info}.
 *
 * @param lastSignInTime          as the API spells it; null if never
 * @param countOfMatchingRecords  the API's {@code count_of_matching_records}
 */
public record SignInInfo(
        @JsonProperty("last_sign_in_time") String lastSignInTime,
        @JsonProperty("total_points") long totalPoints,
        @JsonProperty("total_sign_ins") int totalSignIns,
        @JsonProperty("count_of_matching_records") int countOfMatchingRecords,
        @JsonProperty("is_signed_in_today") boolean signedInToday) {}
