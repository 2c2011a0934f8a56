package org.chmlfrp.bot.core.chmlfrp.model;

/**
 * The sign-in state from {@code /qiandao_info}.
 *
 * @param lastSignInTime          as the API spells it; null if never
 * @param countOfMatchingRecords  the API's {@code count_of_matching_records}
 */
public record SignInInfo(String lastSignInTime, long totalPoints, int totalSignIns, int countOfMatchingRecords,
                         boolean signedInToday) {
}
