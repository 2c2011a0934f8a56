package org.chmlfrp.bot.discord.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.Interaction;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.chat.ChatPlace;
import org.chmlfrp.bot.core.chat.Platform;
import org.chmlfrp.bot.core.chat.Role;
import org.chmlfrp.bot.core.command.Invocation;
import org.junit.jupiter.api.Test;

class InvocationFactoryTest {
    private final InvocationFactory factory = new InvocationFactory();

    @Test
    void aGuildChannelIsAGroupKeyedByTheChannel() {
        Interaction i = interaction(true, DiscordLocale.CHINESE_TAIWAN);
        Member member = mock(Member.class);
        when(i.getMember()).thenReturn(member);

        Invocation inv = factory.of(i);

        assertThat(inv.user().platform()).isEqualTo(Platform.DISCORD);
        assertThat(inv.user().id()).isEqualTo("111");
        assertThat(inv.place()).isEqualTo(new ChatPlace.Group(Platform.DISCORD, "222", null));
        assertThat(inv.role()).isEqualTo(Role.MEMBER);
        assertThat(inv.locale()).isEqualTo(BotLocale.ZH_CN);
        assertThat(inv.secretSafe()).isTrue();
    }

    @Test
    void aDmIsAPrivateChatWithTheUser() {
        Invocation inv = factory.of(interaction(false, DiscordLocale.ENGLISH_US));
        assertThat(inv.place()).isEqualTo(new ChatPlace.Private(Platform.DISCORD, "111", null));
        assertThat(inv.locale()).isEqualTo(BotLocale.EN);
        assertThat(inv.secretSafe()).isTrue();
    }

    @Test
    void manageServerOrAdministratorMakesAGroupAdmin() {
        Member manager = mock(Member.class);
        when(manager.hasPermission(Permission.MANAGE_SERVER)).thenReturn(true);
        Member admin = mock(Member.class);
        when(admin.hasPermission(Permission.ADMINISTRATOR)).thenReturn(true);
        Member broken = mock(Member.class);
        when(broken.hasPermission(Permission.ADMINISTRATOR)).thenThrow(new IllegalStateException("no roles cached"));

        assertThat(InvocationFactory.roleOf(manager)).isEqualTo(Role.GROUP_ADMIN);
        assertThat(InvocationFactory.roleOf(admin)).isEqualTo(Role.GROUP_ADMIN);
        assertThat(InvocationFactory.roleOf(mock(Member.class))).isEqualTo(Role.MEMBER);
        assertThat(InvocationFactory.roleOf(broken)).isEqualTo(Role.MEMBER);
        assertThat(InvocationFactory.roleOf(null)).isEqualTo(Role.MEMBER);
    }

    static Interaction interaction(boolean guild, DiscordLocale locale) {
        Interaction i = mock(Interaction.class);
        User user = mock(User.class);
        when(user.getId()).thenReturn("111");
        when(user.getName()).thenReturn("alice");
        when(i.getUser()).thenReturn(user);
        when(i.isFromGuild()).thenReturn(guild);
        when(i.getChannelId()).thenReturn("222");
        when(i.getUserLocale()).thenReturn(locale);
        return i;
    }
}
