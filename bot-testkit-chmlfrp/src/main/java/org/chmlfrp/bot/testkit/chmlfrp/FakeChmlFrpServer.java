package org.chmlfrp.bot.testkit.chmlfrp;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stateful, in-memory fake of the whole ChmlFrp API v2 over real HTTP, bound to
 * {@code 127.0.0.1} on a free port.
 *
 * <pre>{@code
 * try (FakeChmlFrpServer server = FakeChmlFrpServer.builder().start()) {
 *     URI base = server.baseUrl();            // http://127.0.0.1:41234
 *     server.state().setNodeState("湖南娄底", false);
 *     server.faults().delay("/tunnel", Duration.ofSeconds(5));
 *     ...
 *     List<RecordedRequest> calls = server.requests("/tunnel");
 * }
 * }</pre>
 *
 * <p>It answers every endpoint of the API document with the document's shapes and quirks
 * (see the package documentation), takes the token as {@code Authorization: Bearer X}, a bare
 * {@code Authorization: X}, a {@code token} query parameter or {@code token} in a JSON body, and
 * serves its requests on a small thread pool. The bot's {@code --demo} mode runs one.
 */
public final class FakeChmlFrpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FakeChmlFrpServer.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final FakeState state;
    private final FakeFaults faults;
    private final RequestLog log;
    private final URI baseUrl;

    private FakeChmlFrpServer(
            HttpServer server, ExecutorService executor, FakeState state, FakeFaults faults, RequestLog log) {
        this.server = server;
        this.executor = executor;
        this.state = state;
        this.faults = faults;
        this.log = log;
        this.baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The API root, e.g. {@code http://127.0.0.1:41234} (no trailing slash). */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The live world; changes show in the next answers. */
    public FakeState state() {
        return state;
    }

    /** Failures and delays per path. */
    public FakeFaults faults() {
        return faults;
    }

    /** Every request received, in arrival order (the most recent {@link Builder#requestLogLimit} of them). */
    public List<RecordedRequest> requests() {
        return log.all();
    }

    /** The requests received on this path (exact match, no query), in arrival order. */
    public List<RecordedRequest> requests(String path) {
        return log.byPath(path);
    }

    public void clearRequests() {
        log.clear();
    }

    /** Stops listening and ends the worker threads (requests in flight are cut off). */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("fake ChmlFrp server threads did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "FakeChmlFrpServer[" + baseUrl + "]";
    }

    /** Configures and starts a {@link FakeChmlFrpServer}. */
    public static final class Builder {
        private FakeSeed seed;
        private boolean httpStatusMirrorsCode;
        private boolean requireCaptcha;
        private boolean legacyDeleteOnly;
        private boolean bareWriteAnswers;
        private int statusListSize = 6000;
        private Clock clock = Clock.systemUTC();
        private int threads = 8;
        private int requestLogLimit = 10_000;

        private Builder() {}

        /** The initial world; {@link FakeSeed#documentExamples()} if not called. */
        public Builder seed(FakeSeed value) {
            seed = Objects.requireNonNull(value, "seed");
            return this;
        }

        /**
         * False (default): business errors answer HTTP 200 with a failing body, the real API's
         * quirk. True: the HTTP status is the body's {@code code}.
         */
        public Builder httpStatusMirrorsCode(boolean value) {
            httpStatusMirrorsCode = value;
            return this;
        }

        /**
         * True: {@code /sendmailcode} fails with {@code 400 请先完成人机验证} unless the GeeTest fields
         * {@code lot_number}, {@code captcha_output}, {@code pass_token}, {@code gen_time} are all present.
         * Default false. ({@code /qiandao} always needs them.)
         */
        public Builder requireCaptcha(boolean value) {
            requireCaptcha = value;
            return this;
        }

        /**
         * True: {@code GET /delete_tunnel} answers Spring's 404, so clients must fall back to the
         * document's {@code POST /deletetunnel}. Default false.
         */
        public Builder legacyDeleteOnly(boolean value) {
            legacyDeleteOnly = value;
            return this;
        }

        /**
         * True: {@code /create_tunnel} and {@code /update_tunnel} answer a success envelope without
         * {@code data} ({@code {"msg","code","state"}}), as the panel types their answers. The change
         * is made all the same. Default false (the document's answers, with the tunnel).
         */
        public Builder bareWriteAnswers(boolean value) {
            bareWriteAnswers = value;
            return this;
        }

        /** Entries in {@code /node_status_info}'s {@code status_list} (default 6000, about 2 MB). */
        public Builder statusListSize(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("statusListSize must be >= 0");
            }
            statusListSize = value;
            return this;
        }

        /**
         * The fake's clock (default: system clock, UTC). "Today" for uptime and traffic history and
         * daily sign-in is the clock's date in the clock's zone.
         */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Worker threads (default 8). */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be >= 1");
            }
            threads = value;
            return this;
        }

        /** How many recent requests {@link #requests()} keeps (default 10 000). */
        public Builder requestLogLimit(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("requestLogLimit must be >= 1");
            }
            requestLogLimit = value;
            return this;
        }

        /**
         * Binds {@code 127.0.0.1} on a free port and starts serving.
         *
         * @throws UncheckedIOException if the port cannot be bound
         */
        public FakeChmlFrpServer start() {
            ServerOptions options = new ServerOptions(
                    httpStatusMirrorsCode, requireCaptcha, legacyDeleteOnly, bareWriteAnswers, statusListSize, clock);
            FakeState state = new FakeState(seed != null ? seed : FakeSeed.documentExamples(), clock);
            FakeFaults faults = new FakeFaults();
            RequestLog log = new RequestLog(requestLogLimit);

            Router router = new Router();
            new AccountEndpoints(state, options).register(router);
            new TunnelEndpoints(state, options).register(router);
            new NodeEndpoints(state, options).register(router);
            new DomainEndpoints(state).register(router);
            new PanelEndpoints(state).register(router);
            new MessageEndpoints(state).register(router);
            new GiftCardEndpoints(state).register(router);

            HttpServer server;
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot bind the fake ChmlFrp server", e);
            }
            ExecutorService executor = Executors.newFixedThreadPool(threads, new WorkerThreads());
            server.createContext(
                    "/", new RequestHandler(router, faults, log, new ResponseWriter(httpStatusMirrorsCode), clock));
            server.setExecutor(executor);
            server.start();
            FakeChmlFrpServer fake = new FakeChmlFrpServer(server, executor, state, faults, log);
            LOG.info("fake ChmlFrp API listening on {}", fake.baseUrl());
            return fake;
        }
    }

    /** Daemon worker threads named after the fake. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "fake-chmlfrp-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
