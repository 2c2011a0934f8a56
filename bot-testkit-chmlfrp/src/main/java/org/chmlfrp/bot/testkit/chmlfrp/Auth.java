package org.chmlfrp.bot.testkit.chmlfrp;

/** Finds the user behind a request's token, failing the way the API does. */
final class Auth {

    static final String INVALID_TOKEN = "无效的Token";
    /** {@code /nodeinfo}'s own wording for the same thing. */
    static final String WRONG_TOKEN = "错误的token";

    private final FakeState state;

    Auth(FakeState state) {
        this.state = state;
    }

    /** The token's user, or {@code 401 无效的Token}. */
    FakeUser user(ApiRequest request) {
        return user(request, INVALID_TOKEN);
    }

    /** The token's user, or {@code 401 message}. */
    FakeUser user(ApiRequest request, String message) {
        return request.token().flatMap(state::userByToken).orElseThrow(() -> new ApiError(401, message));
    }
}
