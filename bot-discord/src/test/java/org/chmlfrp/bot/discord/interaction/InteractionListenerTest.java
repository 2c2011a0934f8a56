package org.chmlfrp.bot.discord.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.google.inject.Injector;
import java.util.List;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.chmlfrp.bot.discord.CoreFixture;
import org.chmlfrp.bot.discord.DiscordModule;
import org.chmlfrp.bot.discord.DiscordSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** JDA events (mocked) through the real core: modals, ownership of buttons, ephemeral answers. */
class InteractionListenerTest {
    private static final String ALICE = "111";
    private static final String BOB = "222";

    private InteractionListener listener;
    private final ReplyCallbackAction replyAction = mock(ReplyCallbackAction.class);

    @BeforeEach
    void setUp() {
        Injector injector =
                CoreFixture.injector(new DiscordModule(new DiscordSettings(false, "", List.of(), null, "", "")));
        listener = injector.getInstance(InteractionListener.class);
        when(replyAction.setEphemeral(anyBoolean())).thenReturn(replyAction);
    }

    @Test
    void bindWithoutItsTokenOpensAModalInsteadOfRunning() {
        SlashCommandInteractionEvent event = slash("bind", List.of(), DiscordLocale.CHINESE_CHINA);
        ModalCallbackAction modalAction = mock(ModalCallbackAction.class);
        when(event.replyModal(any(Modal.class))).thenReturn(modalAction);

        listener.onSlashCommandInteraction(event);

        ArgumentCaptor<Modal> modal = ArgumentCaptor.forClass(Modal.class);
        verify(event).replyModal(modal.capture());
        verify(modalAction).queue(any(), any());
        verify(event, never()).reply(any(MessageCreateData.class));
        assertThat(modal.getValue().getId()).isEqualTo("modal:bind");
        assertThat(modal.getValue().getTitle()).isEqualTo("绑定 ChmlFrp 账号：令牌，或 QZhua 登录");
        Label label = (Label) modal.getValue().getComponents().get(0);
        assertThat(((TextInput) label.getChild()).getCustomId()).isEqualTo("token");
    }

    @Test
    void loginKeepsTheUsernameGivenAndAsksForThePassword() {
        OptionMapping username = option("username", "alice");
        SlashCommandInteractionEvent event = slash("login", List.of(username), DiscordLocale.ENGLISH_US);
        when(event.replyModal(any(Modal.class))).thenReturn(mock(ModalCallbackAction.class));

        listener.onSlashCommandInteraction(event);

        ArgumentCaptor<Modal> modal = ArgumentCaptor.forClass(Modal.class);
        verify(event).replyModal(modal.capture());
        List<String> ids = modal.getValue().getComponents().stream()
                .map(c -> ((TextInput) ((Label) c).getChild()).getCustomId())
                .toList();
        assertThat(ids).containsExactly("username", "password");
        assertThat(((TextInput) ((Label) modal.getValue().getComponents().get(0)).getChild()).getValue())
                .isEqualTo("alice");
    }

    @Test
    void aSlashCommandIsAnsweredThroughTheDispatcher() {
        SlashCommandInteractionEvent event = slash("help", List.of(), DiscordLocale.ENGLISH_US);
        when(event.reply(any(MessageCreateData.class))).thenReturn(replyAction);

        listener.onSlashCommandInteraction(event);

        ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(event, timeout(3000)).reply(sent.capture());
        verify(replyAction, timeout(1000)).setEphemeral(false);
        assertThat(sent.getValue().getEmbeds().get(0).getTitle()).contains("commands");
        assertThat(sent.getValue().getAllowedMentions()).isEmpty();
    }

    @Test
    void anotherUsersButtonSaysNotYoursEphemerallyAndRunsNothing() {
        ButtonInteractionEvent event = button(BOB, "cmd:" + ALICE + ":confirm");
        when(event.reply(any(MessageCreateData.class))).thenReturn(replyAction);

        listener.onButtonInteraction(event);

        ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(event).reply(sent.capture());
        verify(replyAction).setEphemeral(true);
        assertThat(sent.getValue().getEmbeds().get(0).getDescription())
                .contains("This button belongs to whoever ran the command");
    }

    @Test
    void theOwnersButtonRunsItsCommand() {
        ButtonInteractionEvent event = button(ALICE, "cmd:" + ALICE + ":cancel");
        when(event.reply(any(MessageCreateData.class))).thenReturn(replyAction);

        listener.onButtonInteraction(event);

        ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(event, timeout(3000)).reply(sent.capture());
        verify(replyAction, timeout(1000)).setEphemeral(true); // "nothing to confirm" is an error
        assertThat(sent.getValue().getEmbeds().get(0).getDescription()).contains("Nothing is waiting");
    }

    @Test
    void anExpiredButtonSaysSo() {
        ButtonInteractionEvent event = button(ALICE, "ref:" + ALICE + ":zzz");
        when(event.reply(any(MessageCreateData.class))).thenReturn(replyAction);

        listener.onButtonInteraction(event);

        ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(event).reply(sent.capture());
        assertThat(sent.getValue().getEmbeds().get(0).getDescription()).contains("This button has expired");
    }

    @Test
    void aSubmittedModalRunsItsCommandWithTheFieldsAndAnswersEphemerally() {
        ModalInteractionEvent event = mock(ModalInteractionEvent.class);
        user(event, ALICE, false, DiscordLocale.ENGLISH_US);
        when(event.getModalId()).thenReturn("modal:bind");
        ModalMapping token = mock(ModalMapping.class);
        when(token.getCustomId()).thenReturn("token");
        when(token.getAsString()).thenReturn("not-a-real-token");
        when(event.getValues()).thenReturn(List.of(token));
        when(event.reply(any(MessageCreateData.class))).thenReturn(replyAction);
        when(event.deferReply(anyBoolean())).thenReturn(replyAction);

        listener.onModalInteraction(event);

        verify(replyAction, timeout(5000)).setEphemeral(true);
    }

    private static SlashCommandInteractionEvent slash(String path, List<OptionMapping> options, DiscordLocale locale) {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        user(event, ALICE, false, locale);
        when(event.getFullCommandName()).thenReturn(path);
        when(event.getOptions()).thenReturn(options);
        return event;
    }

    private static ButtonInteractionEvent button(String presser, String customId) {
        ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
        user(event, presser, true, DiscordLocale.ENGLISH_US);
        when(event.getComponentId()).thenReturn(customId);
        Message message = mock(Message.class);
        when(event.getMessage()).thenReturn(message);
        return event;
    }

    private static void user(
            net.dv8tion.jda.api.interactions.Interaction event, String id, boolean guild, DiscordLocale locale) {
        User user = mock(User.class);
        when(user.getId()).thenReturn(id);
        when(user.getName()).thenReturn("user" + id);
        when(event.getUser()).thenReturn(user);
        when(event.isFromGuild()).thenReturn(guild);
        when(event.getChannelId()).thenReturn("999");
        when(event.getUserLocale()).thenReturn(locale);
    }

    private static OptionMapping option(String name, String value) {
        OptionMapping o = mock(OptionMapping.class);
        when(o.getName()).thenReturn(name);
        when(o.getAsString()).thenReturn(value);
        return o;
    }
}
