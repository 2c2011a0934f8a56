package org.chmlfrp.bot.core.feature.help;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.chmlfrp.bot.core.command.ArgParser;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.command.CommandRegistry;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.command.ParamType;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.Reply;

/** {@code help [command]}: generated from the declarations, in the user's language. */
public final class HelpCommand implements CommandSet {
    private final Supplier<CommandRegistry> registry;
    private final List<Function<CommandContext, String>> status;

    /**
     * @param status lines about this place or user (subscriptions, watch; offline bot accounts
     *               for admins) shown under the list, in order; each may answer null for none
     */
    public HelpCommand(Supplier<CommandRegistry> registry, List<Function<CommandContext, String>> status) {
        this.registry = registry;
        this.status = List.copyOf(status);
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.command("help")
                .aliases("帮助", "菜单")
                .param(ParamSpec.optional("command", ParamType.TEXT).takingRest())
                .handler(this::help));
    }

    private CompletionStage<Reply> help(CommandContext ctx) {
        return CompletableFuture.completedFuture(
                ctx.args().optString("command").map(c -> one(ctx, c)).orElseGet(() -> all(ctx)));
    }

    private Reply all(CommandContext ctx) {
        Map<String, List<String>> byGroup = new LinkedHashMap<>();
        for (CommandSpec s : registry.get().all()) {
            StringBuilder line = new StringBuilder(ctx.prefix()).append(s.usage());
            if (!s.aliases().isEmpty()) {
                line.append(" · ").append(String.join("/", s.aliases()));
            }
            line.append(" — ").append(ctx.t(s.descriptionKey()));
            byGroup.computeIfAbsent(s.path().get(0), k -> new ArrayList<>()).add(line.toString());
        }
        Reply.Builder b = Reply.builder().title(ctx.t("help.title")).text(ctx.t("help.intro", ctx.prefix()));
        b.text(byGroup.values().stream().flatMap(List::stream).collect(Collectors.joining("\n")));
        status.stream()
                .map(s -> s.apply(ctx))
                .filter(l -> l != null && !l.isBlank())
                .forEach(b::text);
        return b.text(ctx.t("help.footer", ctx.prefix())).build();
    }

    private Reply one(CommandContext ctx, String typed) {
        String cleaned = typed.strip();
        if (cleaned.startsWith(ctx.prefix())) {
            cleaned = cleaned.substring(ctx.prefix().length());
        }
        return registry.get()
                .match(ArgParser.tokenize(cleaned))
                .map(m -> details(ctx, m.spec()))
                .orElseGet(() -> Reply.error(ctx.t("help.unknown", typed, ctx.prefix())));
    }

    private Reply details(CommandContext ctx, CommandSpec s) {
        List<Block.Field> fields = new ArrayList<>();
        fields.add(new Block.Field(ctx.t("help.usage"), ctx.prefix() + s.usage(), false));
        if (!s.aliases().isEmpty()) {
            fields.add(new Block.Field(ctx.t("help.aliases"), String.join(", ", s.aliases()), false));
        }
        String where = switch (s.scope()) {
            case ANY -> ctx.t("help.where.any");
            case PRIVATE_ONLY -> ctx.t("help.where.private");
            case GROUP_ONLY -> ctx.t("help.where.group");
        };
        fields.add(new Block.Field(ctx.t("help.where"), where, true));
        String who = switch (s.permission()) {
            case MEMBER -> ctx.t("help.permission.member");
            case GROUP_ADMIN -> ctx.t("help.permission.group-admin");
            case BOT_ADMIN -> ctx.t("help.permission.bot-admin");
        };
        fields.add(new Block.Field(ctx.t("help.permission"), who, true));
        if (s.needsAccount()) {
            fields.add(new Block.Field(ctx.t("help.needs-account"), ctx.t("common.yes"), true));
        }
        List<String> params = s.params().stream()
                .map(p -> p.usageToken() + " " + ctx.t(p.descriptionKey()))
                .toList();
        Reply.Builder b = Reply.builder()
                .title(ctx.t("help.command.title", s.pathText()))
                .text(ctx.t(s.descriptionKey()))
                .fields(fields);
        if (!params.isEmpty()) {
            b.fields(List.of(new Block.Field(ctx.t("help.params"), String.join("\n", params), false)));
        }
        return b.build();
    }
}
