package org.chmlfrp.bot.core.feature.tunnel;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.chmlfrp.bot.core.chmlfrp.ApiErrorKind;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.model.Tunnel;
import org.chmlfrp.bot.core.chmlfrp.model.TunnelType;
import org.chmlfrp.bot.core.command.ApiRefusals;
import org.chmlfrp.bot.core.command.Args;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.command.ParamType;
import org.chmlfrp.bot.core.feature.domain.DomainNames;
import org.chmlfrp.bot.core.feature.node.NodeCatalog;
import org.chmlfrp.bot.core.feature.node.NodeNames;
import org.chmlfrp.bot.core.reply.Block;
import org.chmlfrp.bot.core.reply.Reply;

/**
 * Changing tunnels: {@code tunnel create}, {@code tunnel edit}, {@code tunnel delete},
 * {@code tunnel kick}. Create and edit check the API's rules before the API is called; delete
 * asks for {@code confirm}; kick ends the frpc session on the node so a new one can connect.
 */
public final class TunnelChangeCommands implements CommandSet {
    private static final ParamType TYPE = ParamType.choice("tcp", "udp", "http", "https");
    /** What {@code tunnel edit} can change, in the order changes are listed. */
    private static final List<String> EDIT_KEYS =
            List.of("name", "node", "type", "localport", "remoteport", "domain", "ip", "encrypt", "compress", "extra");

    private final ChmlFrpApi api;
    private final TunnelLookup lookup;
    private final TunnelRules rules;
    private final NodeNames nodeNames;
    private final DomainNames domains;

    @Inject
    public TunnelChangeCommands(ChmlFrpApi api, NodeCatalog catalog, DomainNames domains) {
        this.api = api;
        this.lookup = new TunnelLookup(api);
        this.rules = new TunnelRules(catalog);
        this.nodeNames = new NodeNames(catalog);
        this.domains = domains;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                fields(CommandSpec.command("tunnel", "create").aliases("创建隧道"), true)
                        .needsAccount()
                        .handler(this::create),
                fields(
                                CommandSpec.command("tunnel", "edit")
                                        .aliases("修改隧道")
                                        .param(TunnelCommands.tunnelParam(api)),
                                false)
                        .needsAccount()
                        .handler(this::edit),
                CommandSpec.command("tunnel", "delete")
                        .aliases("删除隧道")
                        .param(TunnelCommands.tunnelParam(api))
                        .needsAccount()
                        .handler(this::delete),
                CommandSpec.command("tunnel", "kick")
                        .aliases("下线隧道", "踢下线")
                        .param(TunnelCommands.tunnelParam(api))
                        .needsAccount()
                        .handler(this::kick));
    }

    /** The tunnel's fields: create needs the first four (remote port and domain may follow), edit takes any. */
    private CommandSpec.Builder fields(CommandSpec.Builder b, boolean create) {
        BiFunction<String, ParamType, ParamSpec> needed = create ? ParamSpec::required : ParamSpec::option;
        BiFunction<String, ParamType, ParamSpec> positional = create ? ParamSpec::optional : ParamSpec::option;
        return b.param(needed.apply("name", ParamType.TEXT))
                .param(needed.apply("node", ParamType.TEXT).completedBy(nodeNames))
                .param(needed.apply("type", TYPE))
                .param(needed.apply("localport", ParamType.PORT))
                .param(positional.apply("remoteport", ParamType.PORT))
                .param(positional.apply("domain", ParamType.TEXT).completedBy(domains))
                .param(ParamSpec.option("ip", ParamType.TEXT))
                .param(ParamSpec.option("encrypt", ParamType.BOOL))
                .param(ParamSpec.option("compress", ParamType.BOOL))
                .param(ParamSpec.option("extra", ParamType.TEXT));
    }

    // --- create ---

    private CompletionStage<Reply> create(CommandContext ctx) {
        Args a = ctx.args();
        String typedType = a.string("type");
        TunnelFields wanted = new TunnelFields(
                a.string("name").trim(),
                a.string("node").trim(),
                TunnelType.parse(typedType).orElse(null),
                a.optString("ip").orElse(null),
                a.integer("localport"),
                a.optInt("remoteport").orElse(null),
                a.optString("domain").map(String::trim).orElse(null),
                a.optBool("encrypt").orElse(false),
                a.optBool("compress").orElse(false),
                a.optString("extra").orElse(""));
        return checked(
                ctx,
                wanted,
                typedType,
                fields -> api.createTunnel(ctx.token(), fields.toSpec())
                        .thenCompose(created -> created.filter(t -> t.id() != null)
                                .map(t -> created(ctx, fields, List.of(t)).completed())
                                // create_tunnel answers "id": null: the id comes from one read of the list
                                .orElseGet(() -> api.tunnels(ctx.token())
                                        .handle((list, failure) ->
                                                created(ctx, fields, list == null ? List.of() : list)))));
    }

    private Reply created(CommandContext ctx, TunnelFields fields, List<Tunnel> list) {
        Optional<Tunnel> found =
                list.stream().filter(t -> fields.name().equals(t.name())).findFirst();
        String next = ctx.t(
                ctx.inGroup() ? "tunnel.create.next.group" : "tunnel.create.next",
                ctx.prefix(),
                fields.node(),
                fields.name());
        if (found.isEmpty()) {
            return Reply.builder()
                    .text(ctx.t("tunnel.create.done-no-id", fields.name(), fields.node(), ctx.prefix()))
                    .text(next)
                    .build();
        }
        Tunnel t = found.get();
        return Reply.builder()
                .title(ctx.t("tunnel.create.done", t.name(), TunnelView.id(t)))
                .fields(List.of(
                        new Block.Field(ctx.t("tunnel.field.id"), TunnelView.id(t), true),
                        new Block.Field(ctx.t("tunnel.field.name"), t.name(), true),
                        new Block.Field(ctx.t("tunnel.field.node"), t.node(), true),
                        new Block.Field(ctx.t("tunnel.field.type"), TunnelView.type(t), true),
                        new Block.Field(ctx.t("tunnel.col.route"), TunnelView.route(ctx, t), false)))
                .text(next)
                .build();
    }

    // --- edit ---

    private CompletionStage<Reply> edit(CommandContext ctx) {
        Args a = ctx.args();
        if (EDIT_KEYS.stream().noneMatch(a::has)) {
            return Reply.error(ctx.t(
                            "tunnel.edit.nothing",
                            String.join(" ", EDIT_KEYS),
                            ctx.prefix() + ctx.spec().usage()))
                    .completed();
        }
        return lookup.withTunnel(ctx, current -> {
            TunnelFields before = TunnelFields.of(current);
            String typedType = a.optString("type").orElse(current.rawType());
            TunnelFields after = merge(before, a);
            return checked(ctx, after, typedType, fields -> {
                if (fields.equals(before)) {
                    return Reply.error(ctx.t("tunnel.edit.unchanged", TunnelView.id(current), current.name()))
                            .completed();
                }
                return api.updateTunnel(ctx.token(), current.id(), fields.toSpec())
                        .thenApply(updated -> edited(ctx, current, before, fields));
            });
        });
    }

    /**
     * The tunnel after the user's changes. A remote port or a domain that no longer fits the
     * type is dropped unless the user gave it (then the rules name it).
     */
    static TunnelFields merge(TunnelFields before, Args a) {
        TunnelType type = a.optString("type").flatMap(TunnelType::parse).orElse(before.type());
        boolean wasWeb = before.type() != null && before.type().isWeb();
        boolean web = type != null && type.isWeb();
        Integer remotePort = a.has("remoteport")
                ? a.optInt("remoteport").orElse(null)
                : (web || wasWeb ? null : before.remotePort());
        String domain = a.has("domain")
                ? a.optString("domain").map(String::trim).orElse(null)
                : (web && wasWeb ? before.domain() : null);
        return new TunnelFields(
                a.optString("name").map(String::trim).orElse(before.name()),
                a.optString("node").map(String::trim).orElse(before.node()),
                type,
                a.optString("ip").orElse(before.localIp()),
                a.optInt("localport").orElse(before.localPort()),
                remotePort,
                domain,
                a.optBool("encrypt").orElse(before.encryption()),
                a.optBool("compress").orElse(before.compression()),
                a.optString("extra").orElse(before.extra()));
    }

    private Reply edited(CommandContext ctx, Tunnel current, TunnelFields before, TunnelFields after) {
        List<String> lines = new ArrayList<>();
        change(ctx, lines, "tunnel.field.name", before, after, TunnelFields::name);
        change(ctx, lines, "tunnel.field.node", before, after, TunnelFields::node);
        change(
                ctx,
                lines,
                "tunnel.field.type",
                before,
                after,
                f -> f.type() == null ? "-" : f.type().apiName());
        change(ctx, lines, "tunnel.field.local-ip", before, after, TunnelFields::localIp);
        change(ctx, lines, "tunnel.field.local-port", before, after, f -> String.valueOf(f.localPort()));
        change(ctx, lines, "tunnel.field.remote-port", before, after, f -> TunnelView.text(f.remotePort()));
        change(ctx, lines, "tunnel.field.domain", before, after, f -> TunnelView.text(f.domain()));
        change(ctx, lines, "tunnel.field.encryption", before, after, f -> TunnelView.yesNo(ctx, f.encryption()));
        change(ctx, lines, "tunnel.field.compression", before, after, f -> TunnelView.yesNo(ctx, f.compression()));
        if (!before.extra().equals(after.extra())) {
            // extra parameters may carry credentials: their values stay out of groups
            lines.add(
                    ctx.inGroup()
                            ? ctx.t("tunnel.edit.change.hidden", ctx.t("tunnel.field.extra"))
                            : ctx.t(
                                    "tunnel.edit.change",
                                    ctx.t("tunnel.field.extra"),
                                    TunnelView.text(before.extra()),
                                    TunnelView.text(after.extra())));
        }
        return Reply.builder()
                .title(ctx.t("tunnel.edit.done", TunnelView.id(current), after.name()))
                .text(String.join("\n", lines))
                .build();
    }

    /** A line for the field {@code shown} reads, when its text changed. */
    private static void change(
            CommandContext ctx,
            List<String> lines,
            String labelKey,
            TunnelFields before,
            TunnelFields after,
            Function<TunnelFields, String> shown) {
        String was = shown.apply(before);
        String now = shown.apply(after);
        if (!Objects.equals(was, now)) {
            lines.add(ctx.t("tunnel.edit.change", ctx.t(labelKey), was, now));
        }
    }

    // --- delete ---

    private CompletionStage<Reply> delete(CommandContext ctx) {
        return lookup.withTunnel(
                ctx,
                t -> Reply.confirm(
                                ctx.t("tunnel.delete.prompt", TunnelView.id(t), t.name(), t.node()),
                                () -> deleteNow(ctx, t))
                        .completed());
    }

    private CompletionStage<Reply> deleteNow(CommandContext ctx, Tunnel t) {
        // "does not exist / not yours": most likely deleted already (the panel, another chat)
        return ApiRefusals.recover(
                api.deleteTunnel(ctx.token(), t.id())
                        .thenApply(msg -> Reply.text(ctx.t("tunnel.delete.done", TunnelView.id(t), t.name()))),
                EnumSet.of(ApiErrorKind.VALIDATION, ApiErrorKind.NOT_FOUND),
                refused -> Optional.of(Reply.error(ctx.t(
                        "tunnel.delete.refused",
                        TunnelView.id(t),
                        t.name(),
                        refused.apiMessage().orElse(ctx.t("error.api.no-message")),
                        ctx.prefix()))));
    }

    // --- kick ---

    /** {@code /offline_tunnel} takes the tunnel's name; the user may give its id. */
    private CompletionStage<Reply> kick(CommandContext ctx) {
        return lookup.withTunnel(
                ctx,
                t -> api.offlineTunnel(ctx.token(), t.name())
                        .thenApply(msg -> Reply.text(ctx.t(
                                "tunnel.kick.done",
                                TunnelView.id(t),
                                t.name(),
                                msg == null || msg.isBlank() ? ctx.t("error.api.no-message") : msg))));
    }

    // --- shared ---

    /** The shape rules, then the node rules; {@code then} runs with the node's canonical name filled in. */
    private CompletionStage<Reply> checked(
            CommandContext ctx,
            TunnelFields fields,
            String typedType,
            Function<TunnelFields, CompletionStage<Reply>> then) {
        Optional<Problem> problem = rules.shape(fields, typedType);
        if (problem.isPresent()) {
            return Reply.error(problem.get().text(ctx)).completed();
        }
        return rules.withNode(ctx, fields.node(), fields.type(), node -> then.apply(fields.withNode(node)));
    }
}
