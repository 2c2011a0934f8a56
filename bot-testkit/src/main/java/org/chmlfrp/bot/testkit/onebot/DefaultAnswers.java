package org.chmlfrp.bot.testkit.onebot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.LongSupplier;

/**
 * The answers of a healthy OneBot implementation to the actions the bot uses
 * ({@code api/public.md}); anything else is {@code failed} with retcode 1404.
 */
final class DefaultAnswers {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final long selfId;
    private final String nickname;
    private final LongSupplier nextMessageId;
    private final MemberRoles roles;

    DefaultAnswers(long selfId, String nickname, LongSupplier nextMessageId, MemberRoles roles) {
        this.selfId = selfId;
        this.nickname = nickname;
        this.nextMessageId = nextMessageId;
        this.roles = roles;
    }

    ActionResult answer(String action, JsonNode params) {
        switch (action) {
            case "get_login_info":
                return ActionResult.ok(JSON.objectNode().put("user_id", selfId).put("nickname", nickname));
            case "send_private_msg":
                return sent(params, params.hasNonNull("user_id"), "user_id");
            case "send_group_msg":
                return sent(params, params.hasNonNull("group_id"), "group_id");
            case "send_msg":
                return sent(
                        params, params.hasNonNull("user_id") || params.hasNonNull("group_id"), "user_id or group_id");
            case "delete_msg":
                return params.hasNonNull("message_id") ? ActionResult.ok(JSON.objectNode()) : missing("message_id");
            case "get_group_member_info":
                return memberInfo(params);
            case "get_status":
                return ActionResult.ok(JSON.objectNode().put("online", true).put("good", true));
            case "get_version_info":
                return ActionResult.ok(JSON.objectNode()
                        .put("app_name", "FakeOneBot")
                        .put("app_version", "1.0.0")
                        .put("protocol_version", "v11"));
            case "upload_private_file":
            case "upload_group_file":
                return params.hasNonNull("file") ? ActionResult.ok() : missing("file");
            default:
                return ActionResult.failed(ActionResult.UNKNOWN_ACTION, "unknown action " + action);
        }
    }

    private ActionResult sent(JsonNode params, boolean hasTarget, String target) {
        if (!hasTarget) {
            return missing(target);
        }
        if (!params.hasNonNull("message")) {
            return missing("message");
        }
        return ActionResult.ok(JSON.objectNode().put("message_id", nextMessageId.getAsLong()));
    }

    private ActionResult memberInfo(JsonNode params) {
        if (!params.hasNonNull("group_id") || !params.hasNonNull("user_id")) {
            return missing("group_id and user_id");
        }
        long groupId = params.get("group_id").asLong();
        long userId = params.get("user_id").asLong();
        ObjectNode data = JSON.objectNode()
                .put("group_id", groupId)
                .put("user_id", userId)
                .put("nickname", userId == selfId ? nickname : EventFactory.nicknameOf(userId))
                .put("card", "")
                .put("sex", "unknown")
                .put("age", 0)
                .put("area", "")
                .put("join_time", 0)
                .put("last_sent_time", 0)
                .put("level", "1")
                .put("role", roles.of(groupId, userId))
                .put("unfriendly", false)
                .put("title", "")
                .put("title_expire_time", 0)
                .put("card_changeable", false);
        return ActionResult.ok(data);
    }

    private static ActionResult missing(String what) {
        return ActionResult.failed(ActionResult.BAD_REQUEST, "missing " + what);
    }
}
