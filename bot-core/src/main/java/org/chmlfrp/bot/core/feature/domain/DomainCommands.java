package org.chmlfrp.bot.core.feature.domain;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.HttpChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.model.AvailableDomain;
import org.chmlfrp.bot.core.chmlfrp.model.Subdomain;
import org.chmlfrp.bot.core.chmlfrp.model.SubdomainSpec;
import org.chmlfrp.bot.core.command.CommandContext;
import org.chmlfrp.bot.core.command.CommandSet;
import org.chmlfrp.bot.core.command.CommandSpec;
import org.chmlfrp.bot.core.command.ParamSpec;
import org.chmlfrp.bot.core.command.ParamType;
import org.chmlfrp.bot.core.feature.domain.DnsRules.RecordType;
import org.chmlfrp.bot.core.reply.Paging;
import org.chmlfrp.bot.core.reply.Reply;

/**
 * Free subdomains: {@code domain available}, {@code domain list [page]}, {@code domain create},
 * {@code domain edit} and {@code domain delete} (with confirm). Input is checked against the API's
 * own rules before any change is sent. A subdomain's target (often the user's home IP) is shown in
 * private only.
 */
public final class DomainCommands implements CommandSet {
    static final int PAGE_SIZE = 10;

    private final ChmlFrpApi api;
    private final DomainNames domains;

    @Inject
    public DomainCommands(ChmlFrpApi api, DomainNames domains) {
        this.api = api;
        this.domains = domains;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                CommandSpec.command("domain", "available").aliases("可用域名").handler(this::available),
                CommandSpec.command("domain", "list")
                        .aliases("域名", "我的域名")
                        .needsAccount()
                        .param(ParamSpec.optional("page", ParamType.integer(1, 1000)))
                        .handler(this::list),
                subdomain("create", "创建域名")
                        .param(ParamSpec.required("type", ParamType.choice("A", "AAAA", "CNAME", "SRV")))
                        .param(ParamSpec.required("target", ParamType.TEXT))
                        .param(ParamSpec.option("ttl", ParamType.TEXT))
                        .param(ParamSpec.option("remarks", ParamType.TEXT))
                        .handler(this::create),
                subdomain("edit", "修改域名")
                        .param(ParamSpec.required("target", ParamType.TEXT))
                        .param(ParamSpec.option("ttl", ParamType.TEXT))
                        .param(ParamSpec.option("remarks", ParamType.TEXT))
                        .handler(this::edit),
                subdomain("delete", "删除域名").handler(this::delete));
    }

    /** A command on one subdomain: {@code record} and {@code domain} come first. */
    private CommandSpec.Builder subdomain(String name, String alias) {
        return CommandSpec.command("domain", name)
                .aliases(alias)
                .needsAccount()
                .param(ParamSpec.required("record", ParamType.TEXT))
                .param(ParamSpec.required("domain", ParamType.TEXT).completedBy(domains));
    }

    // --- domain available ---

    private CompletionStage<Reply> available(CommandContext ctx) {
        return api.availableDomains().thenApply(domains -> {
            if (domains.isEmpty()) {
                return Reply.text(ctx.t("domain.available.empty"));
            }
            boolean remarks = domains.stream()
                    .anyMatch(d -> d.remarks() != null && !d.remarks().isBlank());
            List<String> headers = new ArrayList<>(List.of(ctx.t("domain.col.domain"), ctx.t("domain.col.icp")));
            if (remarks) {
                headers.add(ctx.t("domain.col.remarks"));
            }
            List<List<String>> rows = domains.stream()
                    .map(d -> {
                        String icp = ctx.t(d.icpFiling() ? "common.yes" : "common.no");
                        return remarks ? List.of(d.domain(), icp, orDash(d.remarks())) : List.of(d.domain(), icp);
                    })
                    .toList();
            return Reply.builder()
                    .title(ctx.t("domain.available.title"))
                    .table(headers, rows)
                    .text(ctx.t("domain.available.hint", ctx.prefix()))
                    .build();
        });
    }

    // --- domain list ---

    private CompletionStage<Reply> list(CommandContext ctx) {
        int page = ctx.args().optInt("page").orElse(1);
        return api.subdomains(ctx.token()).thenApply(all -> listReply(ctx, page, all));
    }

    private Reply listReply(CommandContext ctx, int page, List<Subdomain> all) {
        if (all.isEmpty()) {
            return Reply.text(ctx.t("domain.list.empty", ctx.prefix()));
        }
        int pages = Paging.count(all.size(), PAGE_SIZE);
        if (page > pages) {
            return Reply.error(ctx.t("domain.page.out-of-range", page, pages));
        }
        boolean full = !ctx.inGroup();
        List<String> headers = full
                ? List.of(
                        ctx.t("domain.col.fqdn"),
                        ctx.t("domain.col.type"),
                        ctx.t("domain.col.target"),
                        ctx.t("domain.col.ttl"),
                        ctx.t("domain.col.remarks"))
                : List.of(ctx.t("domain.col.fqdn"), ctx.t("domain.col.type"), ctx.t("domain.col.ttl"));
        List<List<String>> rows = Paging.slice(all, page, PAGE_SIZE).stream()
                .map(s -> full
                        ? List.of(s.fqdn(), orDash(s.type()), orDash(s.target()), orDash(s.ttl()), orDash(s.remarks()))
                        : List.of(s.fqdn(), orDash(s.type()), orDash(s.ttl())))
                .toList();
        Reply.Builder b =
                Reply.builder().title(ctx.t("domain.list.title", all.size())).table(headers, rows);
        if (!full) {
            b.text(ctx.t("domain.list.targets-private"));
        }
        return b.page(page, pages, ctx.t("domain.next-page"), "domain list").build();
    }

    // --- domain create ---

    private CompletionStage<Reply> create(CommandContext ctx) {
        String record = ctx.args().string("record").strip();
        String typedDomain = ctx.args().string("domain").strip();
        RecordType type = RecordType.parse(ctx.args().string("type")).orElseThrow();
        String target = ctx.args().string("target").strip();
        if (!DnsRules.validRecord(record)) {
            return Reply.error(ctx.t("domain.record.invalid", record)).completed();
        }
        if (!DnsRules.targetFits(type, target)) {
            return Reply.error(badTarget(ctx, type, target)).completed();
        }
        Optional<String> ttlArg = ctx.args().optString("ttl");
        Optional<String> ttl = ttlArg.flatMap(TtlInput::parse);
        if (ttlArg.isPresent() && ttl.isEmpty()) {
            return badTtl(ctx, ttlArg.get());
        }
        String apiTtl = ttl.orElse(HttpChmlFrpApi.DEFAULT_TTL);
        String remarks = ctx.args().optString("remarks").orElse(null);
        return api.availableDomains().thenCompose(domains -> {
            Optional<String> domain = domains.stream()
                    .map(AvailableDomain::domain)
                    .filter(d -> sameDomain(d, typedDomain))
                    .findFirst();
            if (domain.isEmpty()) {
                return Reply.error(ctx.t(
                                "domain.domain.unavailable",
                                typedDomain,
                                domains.stream().map(AvailableDomain::domain).collect(Collectors.joining(", "))))
                        .completed();
            }
            SubdomainSpec spec = new SubdomainSpec(domain.get(), record, type.name(), target, apiTtl, remarks);
            String fqdn = record + "." + domain.get();
            return api.createSubdomain(ctx.token(), spec)
                    .thenApply(msg -> Reply.text(
                            ctx.inGroup()
                                    ? ctx.t("domain.create.done.group", msg, fqdn, type.name(), apiTtl)
                                    : ctx.t("domain.create.done", msg, fqdn, target, type.name(), apiTtl)));
        });
    }

    // --- domain edit ---

    private CompletionStage<Reply> edit(CommandContext ctx) {
        String record = ctx.args().string("record").strip();
        String domain = ctx.args().string("domain").strip();
        String target = ctx.args().string("target").strip();
        Optional<String> ttlArg = ctx.args().optString("ttl");
        Optional<String> ttl = ttlArg.flatMap(TtlInput::parse);
        if (ttlArg.isPresent() && ttl.isEmpty()) {
            return badTtl(ctx, ttlArg.get());
        }
        Optional<String> remarks = ctx.args().optString("remarks");
        return api.subdomains(ctx.token()).thenCompose(all -> {
            Optional<Subdomain> found = find(all, record, domain);
            if (found.isEmpty()) {
                return notFound(ctx, record, domain).completed();
            }
            Subdomain s = found.get();
            Optional<RecordType> type = RecordType.parse(s.type());
            if (type.isPresent() && !DnsRules.targetFits(type.get(), target)) {
                return Reply.error(badTarget(ctx, type.get(), target)).completed();
            }
            // Pass the current TTL and remarks when not given: the API would otherwise reset them.
            String newTtl = ttl.orElse(s.ttl() == null || s.ttl().isBlank() ? HttpChmlFrpApi.DEFAULT_TTL : s.ttl());
            SubdomainSpec spec =
                    new SubdomainSpec(s.domain(), s.record(), s.type(), target, newTtl, remarks.orElse(s.remarks()));
            return api.updateSubdomain(ctx.token(), spec)
                    .thenApply(msg -> Reply.text(
                            ctx.inGroup()
                                    ? ctx.t("domain.edit.done.group", msg, s.fqdn(), newTtl)
                                    : ctx.t("domain.edit.done", msg, s.fqdn(), target, newTtl)));
        });
    }

    // --- domain delete ---

    private CompletionStage<Reply> delete(CommandContext ctx) {
        String record = ctx.args().string("record").strip();
        String domain = ctx.args().string("domain").strip();
        String token = ctx.token();
        return api.subdomains(token).thenApply(all -> {
            Optional<Subdomain> found = find(all, record, domain);
            if (found.isEmpty()) {
                return notFound(ctx, record, domain);
            }
            Subdomain s = found.get();
            return Reply.confirm(
                    ctx.t("domain.delete.prompt", s.fqdn()),
                    () -> api.deleteSubdomain(token, s.domain(), s.record())
                            .thenApply(msg -> Reply.text(ctx.t("domain.delete.done", msg, s.fqdn()))));
        });
    }

    // --- helpers ---

    /** The user's subdomain {@code record.domain}: the record ignoring case (as DNS does), the domain too. */
    static Optional<Subdomain> find(List<Subdomain> all, String record, String domain) {
        return all.stream()
                .filter(s -> s.record() != null && s.record().equalsIgnoreCase(record.strip()))
                .filter(s -> s.domain() != null && sameDomain(s.domain(), domain))
                .findFirst();
    }

    /** {@code frp.wtf}, {@code FRP.WTF}, {@code .frp.wtf} and {@code frp.wtf.} are the same domain. */
    static boolean sameDomain(String known, String typed) {
        return normalizeDomain(known).equals(normalizeDomain(typed));
    }

    private static String normalizeDomain(String d) {
        return d.strip().toLowerCase(Locale.ROOT).replaceAll("^\\.+|\\.+$", "");
    }

    private static Reply notFound(CommandContext ctx, String record, String domain) {
        return Reply.error(ctx.t("domain.not-found", record + "." + normalizeDomain(domain), ctx.prefix()));
    }

    private static String badTarget(CommandContext ctx, RecordType type, String target) {
        return ctx.t("domain.target.invalid." + type.name().toLowerCase(Locale.ROOT), target);
    }

    private static CompletableFuture<Reply> badTtl(CommandContext ctx, String typed) {
        return Reply.error(ctx.t(
                        "domain.ttl.invalid",
                        typed,
                        String.join(" ", TtlInput.shortForms()),
                        String.join(" ", TtlInput.apiValues())))
                .completed();
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s.strip();
    }
}
