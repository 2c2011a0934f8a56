package org.chmlfrp.bot.onebot.protocol;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One frame from the implementation as databind reads it, fields in any order: the union of
 * the fields of the events the bot acts on (event/message.md, event/meta.md, the
 * {@code bot_offline}/{@code bot_online} notices of NapCat and Lagrange.OneBot) and of an
 * action answer. Absent fields are null (numbers 0); values of the wrong shape read as
 * absent ({@link LenientModule}). Only {@code echo} and {@code data}, which the bot passes on
 * as they came, are trees.
 *
 * @param message  a message event's message, or the text of an answer or a notice
 * @param status   an answer's {@code ok}/{@code failed}, or a heartbeat's {@code {online, good}}
 * @param wording  an answer's human-readable reason (go-cqhttp also sends it as {@code msg})
 * @param tag      a {@code bot_offline} notice's title
 * @param reason   a {@code bot_online} notice's reason (Lagrange.OneBot)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record InboundFrame(
        @JsonProperty("post_type") String postType,
        @JsonProperty("self_id") long selfId,
        @JsonProperty("meta_event_type") String metaEventType,
        @JsonProperty("notice_type") String noticeType,
        @JsonProperty("sub_type") String subType,
        @JsonProperty("message_type") String messageType,
        @JsonProperty("message_id") String messageId,
        @JsonProperty("user_id") long userId,
        @JsonProperty("group_id") long groupId,
        @JsonProperty("interval") long interval,
        @JsonProperty("message") MessageBody message,
        @JsonProperty("raw_message") MessageBody rawMessage,
        @JsonProperty("sender") Sender sender,
        @JsonProperty("status") Status status,
        @JsonProperty("retcode") Integer retcode,
        @JsonProperty("echo") JsonNode echo,
        @JsonProperty("data") JsonNode data,
        @JsonProperty("wording") @JsonAlias("msg") String wording,
        @JsonProperty("tag") String tag,
        @JsonProperty("reason") String reason) {

    /** A message event's {@code sender}, as far as the bot uses it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Sender(
            @JsonProperty("user_id") long userId,
            @JsonProperty("nickname") String nickname,
            @JsonProperty("card") String card,
            @JsonProperty("role") String role) {}

    /**
     * {@code status}: a string in an action answer, an object in a heartbeat (whose
     * {@code online} is null when the heartbeat did not say, as NapCat may).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Status(String text, Boolean online) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Status named(String text) {
            return new Status(text, null);
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        static Status reported(@JsonProperty("online") Boolean online) {
            return new Status(null, online);
        }
    }
}
