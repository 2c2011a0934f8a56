package org.chmlfrp.bot.core.feature.account;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.chmlfrp.bot.core.broadcast.BroadcastSettings;
import org.chmlfrp.bot.core.broadcast.WatchStops;
import org.chmlfrp.bot.core.chat.ChatIdentity;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.command.ParamType;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.store.SigninReminder;
import org.chmlfrp.bot.core.store.SigninReminders;

/**
 * {@code signin remind [on|off] [HH:mm]} in private, with a linked account: a private reminder at
 * that time of day ({@code broadcast.zone}, default {@value #DEFAULT_TIME}) when the user has not
 * signed in yet. {@code on} again changes the time; alone it says whether it is on and when.
 */
public final class SigninReminderCommand implements CommandSet {
    static final String DEFAULT_TIME = "20:00";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");

    private final SigninReminders reminders;
    private final BroadcastSettings settings;
    private final Clock clock;

    @Inject
    public SigninReminderCommand(SigninReminders reminders, BroadcastSettings settings, Clock clock) {
        this.reminders = reminders;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.command("signin", "remind")
                .aliases("签到提醒")
                .param(ParamSpec.optional("state", ParamType.choice("on", "off")))
                .param(ParamSpec.optional("time", ParamType.TEXT))
                .privateOnly()
                .needsAccount()
                .ephemeral()
                .handler(this::remind));
    }

    private CompletionStage<Reply> remind(CommandContext ctx) {
        ChatIdentity who = ctx.user().identity();
        Optional<String> state = ctx.args().optString("state");
        if (state.isEmpty()) {
            return Reply.text(statusLine(ctx, reminders.find(who)) + "\n" + ctx.t("signin.remind.how", ctx.prefix()))
                    .completed();
        }
        if (state.get().equals("off")) {
            return Reply.text(ctx.t(reminders.remove(who) ? "signin.remind.off" : "signin.remind.already-off"))
                    .completed();
        }
        String typed = ctx.args().optString("time").orElse(DEFAULT_TIME).strip();
        LocalTime time;
        try {
            time = LocalTime.parse(typed, TYPED);
        } catch (DateTimeParseException e) {
            return Reply.error(ctx.t("signin.remind.bad-time", ctx.prefix())).completed();
        }
        Optional<SigninReminder> before = reminders.find(who);
        reminders.save(new SigninReminder(
                who,
                ctx.place().botAccount(),
                time,
                before.map(SigninReminder::lastCheckedDate).orElse(null),
                SigninReminder.nextAt(time, settings.zone(), clock.instant()),
                clock.instant(),
                null));
        return Reply.text(ctx.t(
                        "signin.remind.on", SHOWN.format(time), settings.zone().getId()))
                .completed();
    }

    /** Whether this user's reminder is on (and when), off, or stopped and why. */
    static String statusLine(CommandContext ctx, Optional<SigninReminder> reminder) {
        if (reminder.isEmpty()) {
            return ctx.t("signin.remind.status.off");
        }
        SigninReminder r = reminder.get();
        if (r.active()) {
            return ctx.t("signin.remind.status.on", SHOWN.format(r.time()));
        }
        return ctx.t(
                WatchStops.INVALID_TOKEN.equals(r.stoppedReason())
                        ? "signin.remind.status.stopped.invalid-token"
                        : "signin.remind.status.stopped");
    }
}
