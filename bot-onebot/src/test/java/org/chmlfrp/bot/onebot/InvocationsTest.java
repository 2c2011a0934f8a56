package org.chmlfrp.bot.onebot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.chat.Role;
import org.chmlfrp.bot.core.command.Invocation;
import org.chmlfrp.bot.onebot.protocol.OneBotEvent;
import org.chmlfrp.bot.onebot.protocol.Segment;
import org.junit.jupiter.api.Test;

class InvocationsTest {
    private static OneBotEvent.Message group(String role) {
        return new OneBotEvent.Message(
                10000,
                false,
                OneBotEvent.ChatKind.GROUP,
                "normal",
                "1",
                10001,
                5000,
                List.of(Segment.text("/x")),
                role,
                "Alice");
    }

    @Test
    void groupRolesMap() {
        assertThat(Invocations.of(group("owner"), 10000, BotLocale.ZH_CN).role())
                .isEqualTo(Role.GROUP_ADMIN);
        assertThat(Invocations.of(group("admin"), 10000, BotLocale.ZH_CN).role())
                .isEqualTo(Role.GROUP_ADMIN);
        assertThat(Invocations.of(group("member"), 10000, BotLocale.ZH_CN).role())
                .isEqualTo(Role.MEMBER);
        assertThat(Invocations.of(group(""), 10000, BotLocale.ZH_CN).role()).isEqualTo(Role.MEMBER);
    }

    @Test
    void aGroupIsNotSafeForSecretsAndNamesTheBotAccount() {
        Invocation inv = Invocations.of(group("member"), 10000, BotLocale.EN);
        assertThat(inv.place()).isEqualTo(new ChatPlace.Group(Platform.ONEBOT, "5000", "10000"));
        assertThat(inv.secretSafe()).isFalse();
        assertThat(inv.user().id()).isEqualTo("10001");
        assertThat(inv.user().name()).isEqualTo("Alice");
        assertThat(inv.locale()).isEqualTo(BotLocale.EN);
    }

    @Test
    void aPrivateChatIsSafeForSecrets() {
        OneBotEvent.Message m = new OneBotEvent.Message(
                10000, false, OneBotEvent.ChatKind.PRIVATE, "friend", "1", 10001, 0, List.of(), "", "");
        Invocation inv = Invocations.of(m, 10000, BotLocale.ZH_CN);
        assertThat(inv.place()).isEqualTo(new ChatPlace.Private(Platform.ONEBOT, "10001", "10000"));
        assertThat(inv.secretSafe()).isTrue();
        assertThat(inv.role()).isEqualTo(Role.MEMBER);
        assertThat(inv.user().name()).isEqualTo("10001");
    }
}
