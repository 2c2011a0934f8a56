package org.chmlfrp.bot.core.command;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chmlfrp.bot.core.chat.Role;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.core.reply.Reply;
import org.chmlfrp.bot.core.reply.Visibility;

/**
 * The one way into every command, from every platform. A text line or a structured call
 * (path + named values) goes through the same checks — rate limit (not for bot admins), known command, scope
 * (secrets only in private), permission, arguments, linked account — and the same handler.
 * Handlers run on the command executor, never on the adapter's thread.
 */
@Singleton
public final class Dispatcher {
    /** Name of the executor commands run on. */
    public static final String EXECUTOR = "commands";

    private final CommandRegistry registry;
    private final CommandLineReader lines;
    private final ArgParser parser = new ArgParser();
    private final AccountDirectory accounts;
    private final RateLimiter rateLimiter;
    private final BotAdmins admins;
    private final I18n i18n;
    private final ErrorReplies errors;
    private final Executor executor;
    private final CommandMetrics metrics;
    private final Confirmations confirmations;

    /** @param confirmations where a {@link Reply#confirm} reply's action waits for {@code confirm} */
    @Inject
    public Dispatcher(
            CommandRegistry registry,
            CommandLineReader lines,
            AccountDirectory accounts,
            RateLimiter rateLimiter,
            BotAdmins admins,
            I18n i18n,
            @Named(EXECUTOR) Executor executor,
            CommandMetrics metrics,
            Confirmations confirmations) {
        this.registry = registry;
        this.lines = lines;
        this.accounts = accounts;
        this.rateLimiter = rateLimiter;
        this.admins = admins;
        this.i18n = i18n;
        this.errors = new ErrorReplies(i18n);
        this.executor = executor;
        this.metrics = metrics;
        this.confirmations = confirmations;
    }

    public CommandRegistry registry() {
        return registry;
    }

    /** The prefix hints show before a command ({@code /tunnel list 2}): the first configured one. */
    public String hintPrefix() {
        return lines.hintPrefix();
    }

    /**
     * A chat line. Empty when the line is not meant for the bot or the user is over the rate
     * limit and was already told. {@code mentioned}: the line began with {@code @bot} (already removed).
     */
    public CompletableFuture<Optional<Reply>> onText(Invocation invocation, String text, boolean mentioned) {
        Optional<List<String>> words = lines.read(text, mentioned);
        if (words.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Invocation inv = withAdminRole(invocation);
        switch (rateCheck(inv)) {
            case SILENT:
                metrics.count(CommandMetrics.UNMATCHED, CommandMetrics.Outcome.RATE_LIMITED);
                return CompletableFuture.completedFuture(Optional.empty());
            case NOTIFY:
                metrics.count(CommandMetrics.UNMATCHED, CommandMetrics.Outcome.RATE_LIMITED);
                return CompletableFuture.completedFuture(Optional.of(Reply.error(t(inv, "error.rate-limited"))));
            default:
                break;
        }
        Optional<CommandRegistry.Match> match = registry.match(words.get());
        if (match.isEmpty()) {
            metrics.count(CommandMetrics.UNMATCHED, CommandMetrics.Outcome.UNKNOWN);
            return CompletableFuture.completedFuture(Optional.of(unknown(inv, words.get())));
        }
        CommandSpec spec = match.get().spec();
        List<String> rest = match.get().rest();
        return run(inv, spec, !rest.isEmpty(), () -> parser.parseWords(spec, rest))
                .thenApply(Optional::of);
    }

    /** A structured call (a Discord slash command): the path and the raw values by parameter name. */
    public CompletableFuture<Reply> onStructured(Invocation invocation, String path, Map<String, String> values) {
        Invocation inv = withAdminRole(invocation);
        Optional<CommandSpec> spec = registry.byPath(path);
        if (spec.isEmpty()) {
            metrics.count(CommandMetrics.UNMATCHED, CommandMetrics.Outcome.UNKNOWN);
            return CompletableFuture.completedFuture(unknown(inv, ArgParser.tokenize(path)));
        }
        switch (rateCheck(inv)) {
            case SILENT:
            case NOTIFY:
                metrics.count(spec.get().pathText(), CommandMetrics.Outcome.RATE_LIMITED);
                return CompletableFuture.completedFuture(Reply.error(t(inv, "error.rate-limited")));
            default:
                break;
        }
        boolean given = values.values().stream().anyMatch(v -> v != null && !v.isEmpty());
        return run(inv, spec.get(), given, () -> parser.parseNamed(spec.get(), values));
    }

    private CompletableFuture<Reply> run(
            Invocation inv, CommandSpec spec, boolean argsGiven, java.util.function.Supplier<ArgParser.Result> parse) {
        Optional<Reply> refused = checkScope(inv, spec, argsGiven).or(() -> checkPermission(inv, spec));
        if (refused.isPresent()) {
            metrics.count(spec.pathText(), CommandMetrics.Outcome.REFUSED);
            return CompletableFuture.completedFuture(refused.get());
        }
        ArgParser.Result parsed = parse.get();
        if (!parsed.ok()) {
            metrics.count(spec.pathText(), CommandMetrics.Outcome.USAGE);
            return CompletableFuture.completedFuture(usageError(inv, spec, parsed.error()));
        }
        long started = System.nanoTime();
        return CompletableFuture.supplyAsync(() -> prepare(inv, spec, parsed.args()), executor)
                .thenCompose(ready -> ready)
                .handle((reply, failure) -> {
                    CommandMetrics.Outcome outcome = failure != null
                            ? CommandMetrics.Outcome.FAILED
                            : reply.error() ? CommandMetrics.Outcome.ERROR : CommandMetrics.Outcome.OK;
                    metrics.ran(spec.pathText(), outcome, System.nanoTime() - started);
                    return failure == null ? reply : errors.forFailure(inv.locale(), spec.pathText(), failure);
                })
                .thenApply(reply -> reply.confirmation() == null
                        ? reply
                        : confirmations.hold(inv, reply.confirmation(), i18n, lines.hintPrefix()))
                .thenApply(
                        reply -> spec.ephemeral() || reply.error() ? reply.withVisibility(Visibility.PRIVATE) : reply);
    }

    private CompletionStage<Reply> prepare(Invocation inv, CommandSpec spec, Args args) {
        if (!spec.needsAccount()) {
            return handle(inv, spec, args, null);
        }
        Function<Optional<LinkedAccount>, CompletionStage<Reply>> then = found -> found.isEmpty()
                ? CompletableFuture.completedFuture(Reply.error(t(inv, "error.no-account", lines.hintPrefix())))
                : handle(inv, spec, args, found.get());
        CompletableFuture<Optional<LinkedAccount>> lookup =
                accounts.lookup(inv.user().identity());
        // a token refresh completes on an HTTP thread: the handler still runs on the command executor
        return lookup.isDone() ? lookup.thenCompose(then) : lookup.thenComposeAsync(then, executor);
    }

    private CompletionStage<Reply> handle(Invocation inv, CommandSpec spec, Args args, LinkedAccount account) {
        CommandContext ctx = new CommandContext(inv, spec, args, account, i18n, lines.hintPrefix());
        try {
            CompletionStage<Reply> stage = spec.handler().handle(ctx);
            return stage == null ? CompletableFuture.completedFuture(Reply.text(t(inv, "common.done"))) : stage;
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private Optional<Reply> checkScope(Invocation inv, CommandSpec spec, boolean argsGiven) {
        if (spec.scope() == Scope.GROUP_ONLY && !inv.inGroup()) {
            return Optional.of(Reply.error(t(inv, "error.group-only", spec.pathText())));
        }
        if (spec.scope() == Scope.PRIVATE_ONLY && !inv.secretSafe()) {
            if (spec.takesSecret() && argsGiven) {
                String key = secretInGroupKey(spec);
                return Optional.of(Reply.error(t(inv, key, lines.hintPrefix() + spec.pathText()))
                        .withRecall());
            }
            return Optional.of(Reply.error(t(inv, "error.private-only", lines.hintPrefix() + spec.pathText())));
        }
        return Optional.empty();
    }

    /** The warning for a secret typed in a group: a token and a gift code have their own words. */
    private static String secretInGroupKey(CommandSpec spec) {
        for (ParamSpec p : spec.params()) {
            if (p.secret() && (p.name().equals("token") || p.name().equals("giftcode"))) {
                return "error.secret-in-group." + p.name();
            }
        }
        return "error.secret-in-group";
    }

    private Optional<Reply> checkPermission(Invocation inv, CommandSpec spec) {
        if (inv.role().atLeast(spec.permission())) {
            return Optional.empty();
        }
        String key =
                spec.permission() == Role.BOT_ADMIN ? "error.permission.bot-admin" : "error.permission.group-admin";
        return Optional.of(Reply.error(t(inv, key)));
    }

    private Reply usageError(Invocation inv, CommandSpec spec, ArgError error) {
        String problem = switch (error.kind()) {
            case MISSING -> t(inv, "error.args.missing", paramLabel(inv, error.param()));
            case INVALID ->
                t(
                        inv,
                        "error.args.invalid",
                        paramLabel(inv, error.param()),
                        error.value(),
                        expectation(inv, spec, error.param()));
            case UNKNOWN_OPTION -> t(inv, "error.args.unknown-option", error.param());
            case TOO_MANY -> t(inv, "error.args.too-many", error.value());
        };
        return Reply.error(problem + "\n" + t(inv, "error.usage", lines.hintPrefix() + spec.usage()));
    }

    private String paramLabel(Invocation inv, String param) {
        return t(inv, "error.args.param-label", param, t(inv, "param." + param));
    }

    private String expectation(Invocation inv, CommandSpec spec, String param) {
        return spec.params().stream()
                .filter(p -> p.name().equals(param))
                .findFirst()
                .map(p -> {
                    if (p.type() instanceof ParamType.Choice c) {
                        return t(inv, "param.expect.choice", String.join(" | ", c.choices()));
                    }
                    if (p.type() instanceof ParamType.Int i) {
                        return t(inv, "param.expect.int", i.min(), i.max());
                    }
                    return t(inv, p.type().expectationKey());
                })
                .orElse("");
    }

    private Reply unknown(Invocation inv, List<String> words) {
        // Only the first word is repeated: what follows may be a secret typed into the wrong command.
        String typed = words.isEmpty() ? "" : words.get(0);
        List<CommandSpec> group = words.isEmpty() ? List.of() : registry.group(words.get(0));
        if (!group.isEmpty()) {
            String subs = group.stream().map(s -> s.path().get(1)).collect(Collectors.joining(", "));
            return Reply.error(t(inv, "error.unknown.group", lines.hintPrefix() + words.get(0), subs));
        }
        return registry.nearest(words)
                .map(s -> Reply.error(t(inv, "error.unknown.suggest", typed, lines.hintPrefix() + s.pathText())))
                .orElseGet(() -> Reply.error(t(inv, "error.unknown", typed, lines.hintPrefix())));
    }

    /** Bot admins ({@code bot.admins}, the console operator) are never rate limited. */
    private RateLimiter.Decision rateCheck(Invocation inv) {
        return inv.role() == Role.BOT_ADMIN
                ? RateLimiter.Decision.ALLOW
                : rateLimiter.check(inv.user().identity());
    }

    private Invocation withAdminRole(Invocation inv) {
        return admins.contains(inv.user().identity()) ? inv.withRole(Role.BOT_ADMIN) : inv;
    }

    private String t(Invocation inv, String key, Object... args) {
        return i18n.get(inv.locale(), key, args);
    }
}
