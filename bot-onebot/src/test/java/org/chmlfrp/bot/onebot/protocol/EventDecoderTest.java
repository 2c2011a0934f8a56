package org.chmlfrp.bot.onebot.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Frames from literal JSON, both message formats, meta events, action answers. */
class EventDecoderTest {
    private final EventDecoder decoder = new EventDecoder();

    private OneBotEvent event(String json) {
        Inbound in = decoder.decode(json);
        assertThat(in).isInstanceOf(Inbound.Event.class);
        return ((Inbound.Event) in).event();
    }

    @Test
    void privateMessageInArrayFormat() {
        OneBotEvent e = event("""
                {"time":1700000000,"self_id":10000,"post_type":"message","message_type":"private","sub_type":"friend",
                 "message_id":123,"user_id":10001,
                 "message":[{"type":"text","data":{"text":"/node list"}},{"type":"face","data":{"id":1}}],
                 "raw_message":"/node list[CQ:face,id=1]","font":0,
                 "sender":{"user_id":10001,"nickname":"alice","sex":"unknown","age":0}}
                """);
        OneBotEvent.Message m = (OneBotEvent.Message) e;
        assertThat(m.selfId()).isEqualTo(10000);
        assertThat(m.fromSelf()).isFalse();
        assertThat(m.kind()).isEqualTo(OneBotEvent.ChatKind.PRIVATE);
        assertThat(m.messageId()).isEqualTo("123");
        assertThat(m.userId()).isEqualTo(10001);
        assertThat(m.senderName()).isEqualTo("alice");
        assertThat(m.senderRole()).isEmpty();
        assertThat(m.message()).containsExactly(Segment.text("/node list"), new Segment("face", Map.of("id", "1")));
    }

    @Test
    void groupMessageInCqStringFormatIsUnescaped() {
        OneBotEvent e = event("""
                {"time":1,"self_id":"10000","post_type":"message","message_type":"group","sub_type":"normal",
                 "message_id":"77","group_id":5000,"user_id":"10001",
                 "message":"[CQ:at,qq=10000] /tunnel info a&#91;1&#93;&amp;b",
                 "raw_message":"[CQ:at,qq=10000] /tunnel info a&#91;1&#93;&amp;b","font":0,
                 "sender":{"user_id":10001,"nickname":"alice","card":"Alice in group","role":"admin"}}
                """);
        OneBotEvent.Message m = (OneBotEvent.Message) e;
        assertThat(m.selfId()).isEqualTo(10000);
        assertThat(m.inGroup()).isTrue();
        assertThat(m.groupId()).isEqualTo(5000);
        assertThat(m.userId()).isEqualTo(10001);
        assertThat(m.messageId()).isEqualTo("77");
        assertThat(m.senderRole()).isEqualTo("admin");
        assertThat(m.senderName()).isEqualTo("Alice in group");
        assertThat(m.message()).containsExactly(Segment.at(10000), Segment.text(" /tunnel info a[1]&b"));
    }

    @Test
    void missingMessageFallsBackToRawMessage() {
        OneBotEvent.Message m = (OneBotEvent.Message) event("""
                {"self_id":1,"post_type":"message","message_type":"private","message_id":1,"user_id":2,
                 "raw_message":"/help &amp;"}
                """);
        assertThat(m.message()).containsExactly(Segment.text("/help &"));
    }

    @Test
    void messageSentIsMarkedAsTheBotsOwn() {
        OneBotEvent.Message m = (OneBotEvent.Message) event("""
                {"self_id":10000,"post_type":"message_sent","message_type":"group","message_id":5,"group_id":5000,
                 "user_id":10000,"message":[{"type":"text","data":{"text":"/node list"}}],"sender":{"user_id":10000}}
                """);
        assertThat(m.fromSelf()).isTrue();
    }

    @Test
    void heartbeatAndLifecycle() {
        assertThat(event("""
                {"time":1,"self_id":10000,"post_type":"meta_event","meta_event_type":"heartbeat","interval":5000,
                 "status":{"online":true,"good":true}}
                """)).isEqualTo(new OneBotEvent.Heartbeat(10000, 5000, OneBotEvent.Presence.ONLINE));
        assertThat(event("""
                {"time":1,"self_id":10000,"post_type":"meta_event","meta_event_type":"lifecycle","sub_type":"connect"}
                """)).isEqualTo(new OneBotEvent.Lifecycle(10000, "connect"));
    }

    @Test
    void idsThatAreNoNumbersReadAsZeroAndValuesOfTheWrongShapeAsAbsent() {
        OneBotEvent.Message m = (OneBotEvent.Message) event("""
                {"post_type":"message","message_type":"private","self_id":"not-a-number","user_id":"10001",
                 "group_id":{"id":1},"message_id":[1],"sub_type":{"x":1},"sender":[1,2],
                 "message":[{"type":"text","data":{"text":"/help","extra":{"nested":true},"n":null}}]}
                """);
        assertThat(m.selfId()).isZero();
        assertThat(m.userId()).isEqualTo(10001);
        assertThat(m.groupId()).isZero();
        assertThat(m.messageId()).isEmpty();
        assertThat(m.subType()).isEmpty();
        assertThat(m.senderName()).isEmpty();
        assertThat(m.message()).containsExactly(Segment.text("/help"));
    }

    @Test
    void guildAndOtherMessageTypesAreNotMessages() {
        // go-cqhttp's channel message: ids are strings, user_id is a tiny_id, not a QQ number
        assertThat(event("""
                {"time":1,"self_id":10000,"self_tiny_id":"144115218676000000","post_type":"message",
                 "message_type":"guild","sub_type":"channel","guild_id":"47","channel_id":"11","message_id":"BAAC-1",
                 "user_id":"144115218678093982","message":[{"type":"text","data":{"text":"/help"}}],
                 "sender":{"user_id":144115218678093982,"tiny_id":"144115218678093982","nickname":"x"}}
                """)).isEqualTo(new OneBotEvent.Other(10000, "message"));
        assertThat(event("{\"self_id\":1,\"post_type\":\"message\",\"user_id\":2,\"message\":\"/help\"}"))
                .isEqualTo(new OneBotEvent.Other(1, "message"));
    }

    @Test
    void heartbeatsTellWhetherTheAccountIsOnline() {
        assertThat(event("""
                {"self_id":10000,"post_type":"meta_event","meta_event_type":"heartbeat","interval":30000,
                 "status":{"online":false,"good":true}}
                """)).isEqualTo(new OneBotEvent.Heartbeat(10000, 30000, OneBotEvent.Presence.OFFLINE));
        // NapCat may send online: null; go-cqhttp adds more fields; some send no status at all
        assertThat(event("""
                {"self_id":10000,"post_type":"meta_event","meta_event_type":"heartbeat","interval":5000,
                 "status":{"online":null,"good":true}}
                """)).isEqualTo(new OneBotEvent.Heartbeat(10000, 5000, OneBotEvent.Presence.UNKNOWN));
        assertThat(event("""
                {"self_id":10000,"post_type":"meta_event","meta_event_type":"heartbeat","interval":5000.0,
                 "status":{"app_initialized":true,"app_enabled":true,"app_good":true,"online":true,"good":true,
                 "stat":{"packet_received":1}}}
                """)).isEqualTo(new OneBotEvent.Heartbeat(10000, 5000, OneBotEvent.Presence.ONLINE));
        assertThat(event("{\"self_id\":1,\"post_type\":\"meta_event\",\"meta_event_type\":\"heartbeat\"}"))
                .isEqualTo(new OneBotEvent.Heartbeat(1, 0, OneBotEvent.Presence.UNKNOWN));
    }

    @Test
    void botOfflineAndOnlineNotices() {
        // NapCat (BotOfflineEvent) and Lagrange.OneBot (OneBotBotOffline): notice_type bot_offline
        assertThat(event("""
                {"time":1,"self_id":10000,"post_type":"notice","notice_type":"bot_offline","user_id":10000,
                 "tag":"下线通知","message":"你的帐号在另一台设备登录"}
                """)).isEqualTo(new OneBotEvent.BotOffline(10000, "下线通知", "你的帐号在另一台设备登录"));
        // older Lagrange.OneBot: notify / bot_offline; the account from user_id when self_id is missing
        assertThat(event("""
                {"post_type":"notice","notice_type":"notify","sub_type":"bot_offline","user_id":"20000",
                 "tag":"KickNT","message":null}
                """)).isEqualTo(new OneBotEvent.BotOffline(20000, "KickNT", ""));
        assertThat(event("""
                {"self_id":10000,"post_type":"notice","notice_type":"bot_online","reason":"Reconnect"}
                """)).isEqualTo(new OneBotEvent.BotOnline(10000, "Reconnect"));
    }

    @Test
    void napCatsTokenRefusalIsAnAnswerWithoutEcho() {
        // OB11Response.res(null, 'failed', 1403, 'token验证失败'), sent before NapCat closes the socket
        Inbound.Response r = (Inbound.Response) decoder.decode("""
                {"status":"failed","retcode":1403,"data":null,"message":"token验证失败","wording":"token验证失败",
                 "echo":null}
                """);
        assertThat(r.echo().isNull()).isTrue();
        assertThat(r.result().ok()).isFalse();
        assertThat(r.result().retcode()).isEqualTo(1403);
        assertThat(r.result().message()).isEqualTo("token验证失败");
    }

    @Test
    void goCqhttpsMsgIsTheReasonAndARetcodeMayBeAString() {
        Inbound.Response r = (Inbound.Response) decoder.decode(
                "{\"status\":\"failed\",\"retcode\":\"100\",\"msg\":\"SEND_MSG_API_ERROR\",\"echo\":\"s1-9\"}");
        assertThat(r.result().retcode()).isEqualTo(100);
        assertThat(r.result().message()).isEqualTo("SEND_MSG_API_ERROR");
    }

    @Test
    void noticesAndRequestsAreOther() {
        assertThat(event("{\"self_id\":1,\"post_type\":\"notice\",\"notice_type\":\"group_increase\"}"))
                .isEqualTo(new OneBotEvent.Other(1, "notice"));
    }

    @Test
    void actionAnswersKeepTheirEchoAsSent() {
        Inbound in = decoder.decode(
                "{\"status\":\"failed\",\"retcode\":1200,\"data\":null,\"echo\":{\"n\":1},\"wording\":\"x\"}");
        Inbound.Response r = (Inbound.Response) in;
        assertThat(r.echo().isObject()).isTrue();
        assertThat(r.result().retcode()).isEqualTo(1200);
        assertThat(r.result().ok()).isFalse();
        assertThat(r.result().message()).isEqualTo("x");

        Inbound.Response n = (Inbound.Response)
                decoder.decode("{\"status\":\"ok\",\"retcode\":0,\"data\":{\"message_id\":9},\"echo\":17}");
        assertThat(n.echo().isNumber()).isTrue();
        assertThat(n.result().ok()).isTrue();
        assertThat(n.result().data().get("message_id").asInt()).isEqualTo(9);
    }

    @Test
    void fieldsAreReadInAnyOrderWithLooseTypesAndUnknownFieldsSkipped() {
        OneBotEvent.Message m = (OneBotEvent.Message) event("""
                {"sender":{"card":"","nickname":"bob","role":"owner","extra":{"a":[1,{"b":2}]},"user_id":"10002"},
                 "message":[{"data":{"text":"/ping","note":null},"type":"text"},7,{"type":"at","data":{"qq":10000}}],
                 "unknown":{"nested":[{"x":[]}]},"group_id":"5000","message_type":"group",
                 "raw_message":"ignored when message is present","message_id":"m-1","self_id":10000.0,
                 "post_type":"message","user_id":null}
                """);
        assertThat(m.inGroup()).isTrue();
        assertThat(m.groupId()).isEqualTo(5000);
        assertThat(m.userId()).isEqualTo(10002);
        assertThat(m.selfId()).as("a whole number written as a float").isEqualTo(10000);
        assertThat(m.senderName()).isEqualTo("bob");
        assertThat(m.senderRole()).isEqualTo("owner");
        assertThat(m.messageId()).isEqualTo("m-1");
        assertThat(m.message()).containsExactly(Segment.text("/ping"), Segment.at(10000));
    }

    @Test
    void aNullMessageIsEmptyAndASenderThatIsNoObjectIsIgnored() {
        OneBotEvent.Message m = (OneBotEvent.Message) event("""
                {"post_type":"message","message_type":"private","user_id":3,"message":null,"raw_message":"x",
                 "sender":"nobody"}
                """);
        assertThat(m.message()).isEmpty();
        assertThat(m.userId()).isEqualTo(3);
        assertThat(m.senderName()).isEmpty();
    }

    @Test
    void anAnswerWithoutRetcodeFollowsItsStatusAndKeepsItsMessage() {
        Inbound.Response r = (Inbound.Response)
                decoder.decode("{\"echo\":\"s1-3\",\"status\":\"failed\",\"message\":\"不支持的消息\",\"data\":{\"a\":[1]}}");
        assertThat(r.echo().asText()).isEqualTo("s1-3");
        assertThat(r.result().retcode()).isEqualTo(-1);
        assertThat(r.result().message()).isEqualTo("不支持的消息");
        assertThat(r.result().data().at("/a/0").asInt()).isEqualTo(1);
        assertThat(((Inbound.Response) decoder.decode("{\"status\":\"ok\",\"echo\":1}"))
                        .result()
                        .ok())
                .isTrue();
    }

    @Test
    void garbageIsUnreadableNotAnException() {
        assertThat(decoder.decode("not json")).isInstanceOf(Inbound.Unreadable.class);
        assertThat(decoder.decode("[1,2]")).isInstanceOf(Inbound.Unreadable.class);
        assertThat(decoder.decode("{\"hello\":1}")).isInstanceOf(Inbound.Unreadable.class);
        assertThat(decoder.decode("")).isInstanceOf(Inbound.Unreadable.class);
        assertThat(decoder.decode("{\"post_type\":\"message\",\"message\":[")).isInstanceOf(Inbound.Unreadable.class);
        assertThat(decoder.decode("\"text\"")).isInstanceOf(Inbound.Unreadable.class);
    }
}
