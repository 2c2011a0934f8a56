package org.chmlfrp.bot.testkit.chmlfrp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code POST /giftcard/redeem} with JSON {@code {usertoken, giftcode}}, as the official panel sends
 * it (the Bearer header is accepted for the token too). A card is used once. A wrong or used
 * code fails with {@code msg} and {@code rate_limit_info}; after {@value GiftCardAttempts#MAX_FAILURES}
 * failures in a row the account is blocked for {@value GiftCardAttempts#BAN_MINUTES} minutes
 * ({@code 429}, {@code blocked: true}). A membership card sets the user group and extends the term;
 * a points card adds to {@code integral}.
 */
final class GiftCardEndpoints {

    static final String WRONG_CODE = "礼品卡不存在或已失效";
    static final String USED_CODE = "该礼品卡已被使用";
    static final String BLOCKED = "兑换失败次数过多，请稍后再试";

    private final FakeState state;

    GiftCardEndpoints(FakeState state) {
        this.state = state;
    }

    void register(Router router) {
        router.post("/giftcard/redeem", this::redeem);
    }

    private ApiResponse redeem(ApiRequest request) {
        String token =
                request.text("usertoken").or(request::token).orElseThrow(() -> new ApiError(401, Auth.INVALID_TOKEN));
        FakeUser user = state.userByToken(token).orElseThrow(() -> new ApiError(401, Auth.INVALID_TOKEN));
        String code = request.required("giftcode", "礼品卡代码不能为空").trim();
        return state.locked(w -> {
            Instant now = w.clock.instant();
            GiftCardAttempts attempts = w.giftCardAttempts(user.id());
            if (attempts.blocked(now)) {
                return refusal(429, BLOCKED, attempts, now);
            }
            FakeGiftCard card = w.giftCard(code).orElse(null);
            if (card == null || w.giftCardUsed(code)) {
                attempts.failed(now);
                if (attempts.blocked(now)) {
                    return refusal(429, BLOCKED, attempts, now);
                }
                return refusal(400, card == null ? WRONG_CODE : USED_CODE, attempts, now);
            }
            attempts.succeeded(now);
            w.useGiftCard(code);
            FakeUser current = w.user(user.id());
            ObjectNode data = Json.object();
            data.put("rewardType", card.rewardType());
            data.put("cardName", card.cardName());
            if (card.memberType() != null) {
                String term = extended(current.term(), card.memberDays(), LocalDate.now(w.clock));
                w.putUser(current.toBuilder()
                        .usergroup(card.memberType())
                        .term(term)
                        .build());
                data.put("memberType", card.memberType());
                data.put("memberDays", card.memberDays());
                data.put("newTerm", term);
            } else {
                long integral = current.integral() + card.points();
                w.putUser(current.toBuilder().integral(integral).build());
                data.put("points", card.points());
                data.put("newIntegral", integral);
            }
            return ApiResponse.ok("兑换成功", data);
        });
    }

    /** The term {@code days} after the current one, or after today when it has passed or cannot be read. */
    static String extended(String term, int days, LocalDate today) {
        LocalDate from = today;
        try {
            LocalDate current = LocalDate.parse(term);
            if (current.isAfter(today)) {
                from = current;
            }
        } catch (DateTimeParseException | NullPointerException e) {
            // no readable term: count from today
        }
        return from.plusDays(days).toString();
    }

    private static ApiResponse refusal(int code, String msg, GiftCardAttempts attempts, Instant now) {
        ObjectNode body = Json.object();
        body.put("msg", msg);
        body.put("code", code);
        body.put("state", "fail");
        ObjectNode info = body.putObject("rate_limit_info");
        boolean blocked = attempts.blocked(now);
        info.put("blocked", blocked);
        info.put("status", blocked ? "blocked" : "normal");
        info.put("recent_attempts", attempts.recent());
        info.put("total_attempts", attempts.total());
        info.put("consecutive_failures", attempts.consecutiveFailures());
        if (blocked) {
            long seconds = Duration.between(now, attempts.blockedUntil()).toSeconds();
            long minutes = Math.max(1, (seconds + 59) / 60);
            info.put("remaining_ban_minutes", minutes);
            info.put("ban_end_time", ApiTime.spring(attempts.blockedUntil()));
            info.put("tips", "失败次数过多，请 " + minutes + " 分钟后再试");
        } else {
            info.put("tips", "请检查礼品卡代码是否正确，连续失败 " + GiftCardAttempts.MAX_FAILURES + " 次将被暂时禁止兑换");
        }
        return new ApiResponse.Envelope(code, body);
    }
}
