package org.chmlfrp.bot.testkit.chmlfrp;

/** One API endpoint: a request in, an answer out. Business failures may be thrown as {@link ApiError}. */
@FunctionalInterface
interface Endpoint {
    ApiResponse handle(ApiRequest request);
}
