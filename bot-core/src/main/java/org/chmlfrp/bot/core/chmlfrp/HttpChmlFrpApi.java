package org.chmlfrp.bot.core.chmlfrp;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.chmlfrp.bot.core.chmlfrp.model.AnnouncementPage;
import org.chmlfrp.bot.core.chmlfrp.model.AvailableDomain;
import org.chmlfrp.bot.core.chmlfrp.model.FlowDay;
import org.chmlfrp.bot.core.chmlfrp.model.GeeTestProof;
import org.chmlfrp.bot.core.chmlfrp.model.GiftCardRateLimit;
import org.chmlfrp.bot.core.chmlfrp.model.GiftCardRedemption;
import org.chmlfrp.bot.core.chmlfrp.model.MailCodeType;
import org.chmlfrp.bot.core.chmlfrp.model.Node;
import org.chmlfrp.bot.core.chmlfrp.model.NodeInfo;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStats;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStatusSummary;
import org.chmlfrp.bot.core.chmlfrp.model.NodeUptime;
import org.chmlfrp.bot.core.chmlfrp.model.PanelInfo;
import org.chmlfrp.bot.core.chmlfrp.model.SignInInfo;
import org.chmlfrp.bot.core.chmlfrp.model.Subdomain;
import org.chmlfrp.bot.core.chmlfrp.model.SubdomainSpec;
import org.chmlfrp.bot.core.chmlfrp.model.Tunnel;
import org.chmlfrp.bot.core.chmlfrp.model.TunnelSpec;
import org.chmlfrp.bot.core.chmlfrp.model.TunnelTraffic;
import org.chmlfrp.bot.core.chmlfrp.model.UserInfo;
import org.chmlfrp.bot.core.support.Failures;

/** {@link ChmlFrpApi} over {@code java.net.http.HttpClient} and Jackson databind (records, {@link LenientModule}). */
@Singleton
public final class HttpChmlFrpApi implements ChmlFrpApi {
    /** The documented defaults the bot sends where the caller leaves a value out. */
    public static final String DEFAULT_LOCAL_IP = "127.0.0.1";

    public static final String DEFAULT_TTL = "10分钟";

    private final ObjectMapper mapper;
    private final ApiTransport transport;
    private final EnvelopeReader envelopes;
    private final NodeStatusReader statusReader;
    private final ApiMetrics metrics;

    /** The default client, built in the background while the rest of the bot starts. */
    public HttpChmlFrpApi(ChmlFrpSettings settings) {
        this(settings, new CompositeMeterRegistry());
    }

    /** The default client; every call timed into {@code registry} ({@code chmlbot.chmlfrp.calls}). */
    @Inject
    public HttpChmlFrpApi(ChmlFrpSettings settings, MeterRegistry registry) {
        this.metrics = new ApiMetrics(registry);
        this.mapper = LenientModule.configure(new ObjectMapper());
        this.transport = new ApiTransport(ApiTransport.defaultClientInBackground(settings), settings, mapper);
        this.envelopes = new EnvelopeReader(this.mapper);
        this.statusReader = new NodeStatusReader(this.mapper, envelopes);
    }

    // --- plumbing ---

    private CompletableFuture<ApiAnswer> call(ApiRequest request) {
        return metrics.observe(
                request.endpoint(),
                transport
                        .sendForBytes(request)
                        .thenApply(r -> envelopes.read(request.endpoint(), r.statusCode(), r.body())));
    }

    /** The answer's {@code data} object as a {@code type}; a success without one is malformed for a read. */
    private <T> CompletableFuture<T> data(ApiRequest request, Class<T> type) {
        return call(request)
                .thenApply(a -> object(request.endpoint(), a.data(), type)
                        .orElseThrow(() -> new ApiException(
                                ApiErrorKind.MALFORMED, request.endpoint().path(), 200, 200, a.msg())));
    }

    /** {@code data} as a {@code type} when it is an object; empty for null or another shape. */
    private <T> Optional<T> object(Endpoint endpoint, JsonNode data, Class<? extends T> type) {
        return data.isObject() ? Optional.of(decode(endpoint, data, mapper.constructType(type))) : Optional.empty();
    }

    /** The answer's {@code data} array; {@code null} (the API's "none") or another shape is an empty list. */
    private <T> CompletableFuture<List<T>> list(ApiRequest request, Class<T> type) {
        JavaType listType = mapper.getTypeFactory().constructCollectionType(List.class, type);
        return call(request)
                .thenApply(a -> a.data().isArray()
                        ? this.<List<T>>decode(request.endpoint(), a.data(), listType).stream()
                                .filter(Objects::nonNull)
                                .toList()
                        : List.<T>of());
    }

    private <T> T decode(Endpoint endpoint, JsonNode node, JavaType type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new ApiException(ApiErrorKind.MALFORMED, endpoint.path(), 200, 200, null, e);
        }
    }

    private CompletableFuture<String> message(ApiRequest request) {
        return call(request).thenApply(ApiAnswer::msg);
    }

    /**
     * A tunnel write. The tunnel the API answered with; when the answer carries no tunnel (a
     * bare success envelope, as the panel types {@code /update_tunnel}'s), the tunnel as one
     * read of {@code /tunnel} shows it. A success is never turned into a failure: empty when
     * that read fails or does not show it.
     */
    private CompletableFuture<Optional<Tunnel>> tunnelWrite(ApiRequest request, Predicate<Tunnel> which) {
        return call(request).thenCompose(a -> {
            try {
                Optional<Tunnel> answered = object(request.endpoint(), a.data(), Tunnel.class);
                if (answered.isPresent()) {
                    return CompletableFuture.completedFuture(answered);
                }
            } catch (ApiException unreadable) {
                // the change was made: read the state instead
            }
            return tunnels(request.token())
                    .handle((all, failure) -> all == null
                            ? Optional.<Tunnel>empty()
                            : all.stream().filter(which).findFirst());
        });
    }

    private static ApiRequest withProof(ApiRequest request, GeeTestProof proof) {
        return proof == null
                ? request
                : request.param("lot_number", proof.lotNumber())
                        .param("captcha_output", proof.captchaOutput())
                        .param("pass_token", proof.passToken())
                        .param("gen_time", proof.genTime());
    }

    private static ApiRequest tunnelBody(ApiRequest request, TunnelSpec spec) {
        return request.param("tunnelname", spec.name())
                .param("node", spec.node())
                .param(
                        "localip",
                        spec.localIp() == null || spec.localIp().isBlank() ? DEFAULT_LOCAL_IP : spec.localIp())
                .param("porttype", spec.type() == null ? null : spec.type().apiName())
                .param("localport", spec.localPort())
                .param("remoteport", spec.remotePort())
                .param("banddomain", spec.bindDomain())
                .param("encryption", spec.encryption() != null && spec.encryption())
                .param("compression", spec.compression() != null && spec.compression())
                .param("extraparams", spec.extraParams());
    }

    // --- account ---

    @Override
    public CompletableFuture<UserInfo> login(String username, String password) {
        return data(
                ApiRequest.to(Endpoint.LOGIN).param("username", username).param("password", password), UserInfo.class);
    }

    @Override
    public CompletableFuture<String> sendMailCode(MailCodeType type, String mail, GeeTestProof captcha) {
        return message(withProof(
                ApiRequest.to(Endpoint.SEND_MAIL_CODE)
                        .param("type", type.apiName())
                        .param("mail", mail),
                captcha));
    }

    @Override
    public CompletableFuture<String> register(String username, String password, String mail, String qq, String code) {
        return message(ApiRequest.to(Endpoint.REGISTER)
                .param("username", username)
                .param("password", password)
                .param("mail", mail)
                .param("qq", qq)
                .param("code", code));
    }

    @Override
    public CompletableFuture<UserInfo> userInfo(String token) {
        return data(ApiRequest.to(Endpoint.USER_INFO, token), UserInfo.class);
    }

    @Override
    public CompletableFuture<String> retoken(String token, String code) {
        return message(ApiRequest.to(Endpoint.RETOKEN, token).param("code", code));
    }

    @Override
    public CompletableFuture<String> signIn(String token, GeeTestProof captcha) {
        return message(withProof(ApiRequest.to(Endpoint.SIGN_IN, token), captcha));
    }

    @Override
    public CompletableFuture<SignInInfo> signInInfo(String token) {
        return data(ApiRequest.to(Endpoint.SIGN_IN_INFO, token), SignInInfo.class);
    }

    @Override
    public CompletableFuture<String> resetPassword(String token, String originalPassword, String newPassword) {
        return message(ApiRequest.to(Endpoint.RESET_PASSWORD, token)
                .param("original_password", originalPassword)
                .param("new_password", newPassword));
    }

    @Override
    public CompletableFuture<String> updateUsername(String token, String newUsername) {
        return message(ApiRequest.to(Endpoint.UPDATE_USERNAME, token).param("new_username", newUsername));
    }

    @Override
    public CompletableFuture<String> updateQq(String token, String newQq) {
        return message(ApiRequest.to(Endpoint.UPDATE_QQ, token).param("new_qq", newQq));
    }

    @Override
    public CompletableFuture<String> updateUserImg(String token, String newUserImgUrl) {
        return message(ApiRequest.to(Endpoint.UPDATE_USERIMG, token).param("new_userimg", newUserImgUrl));
    }

    // --- tunnels ---

    @Override
    public CompletableFuture<List<Tunnel>> tunnels(String token) {
        return list(ApiRequest.to(Endpoint.TUNNELS, token), Tunnel.class);
    }

    @Override
    public CompletableFuture<Optional<Tunnel>> createTunnel(String token, TunnelSpec spec) {
        return tunnelWrite(
                tunnelBody(ApiRequest.to(Endpoint.CREATE_TUNNEL, token), spec),
                t -> spec.name().equals(t.name()));
    }

    @Override
    public CompletableFuture<Optional<Tunnel>> updateTunnel(String token, int tunnelId, TunnelSpec spec) {
        return tunnelWrite(
                tunnelBody(ApiRequest.to(Endpoint.UPDATE_TUNNEL, token).param("tunnelid", tunnelId), spec),
                t -> t.id() != null && t.id() == tunnelId);
    }

    @Override
    public CompletableFuture<String> offlineTunnel(String token, String tunnelName) {
        return message(ApiRequest.to(Endpoint.OFFLINE_TUNNEL, token).param("tunnel_name", tunnelName));
    }

    @Override
    public CompletableFuture<String> deleteTunnel(String token, int tunnelId) {
        return message(ApiRequest.to(Endpoint.DELETE_TUNNEL, token).param("tunnelid", tunnelId))
                .exceptionallyCompose(failure -> {
                    boolean pathMissing = ApiException.unwrap(failure)
                            .filter(e -> e.kind() == ApiErrorKind.NOT_FOUND && e.httpStatus() == 404)
                            .isPresent();
                    // The document's older form: POST /deletetunnel?tunnelid=
                    return pathMissing
                            ? message(ApiRequest.to(Endpoint.DELETE_TUNNEL_LEGACY, token)
                                    .queryParam("tunnelid", tunnelId))
                            : CompletableFuture.failedFuture(Failures.unwrap(failure));
                });
    }

    @Override
    public CompletableFuture<String> tunnelConfig(String token, String node, List<String> tunnelNames) {
        String names = tunnelNames == null || tunnelNames.isEmpty() ? null : String.join(",", tunnelNames);
        return call(ApiRequest.to(Endpoint.TUNNEL_CONFIG, token)
                        .param("node", node)
                        .param("tunnel_names", names))
                .thenApply(a -> a.data().isNull() ? "" : a.data().asText());
    }

    @Override
    public CompletableFuture<TunnelTraffic> tunnelLast7Days(String token, int tunnelId) {
        return data(
                ApiRequest.to(Endpoint.TUNNEL_LAST_7_DAYS, token).param("tunnel_id", tunnelId), TunnelTraffic.class);
    }

    @Override
    public CompletableFuture<List<FlowDay>> flowLast7Days(String token) {
        return list(ApiRequest.to(Endpoint.FLOW_LAST_7_DAYS, token), FlowDay.class);
    }

    // --- nodes ---

    @Override
    public CompletableFuture<List<Node>> nodes() {
        return list(ApiRequest.to(Endpoint.NODES), Node.class);
    }

    @Override
    public CompletableFuture<NodeInfo> nodeInfo(String token, String node) {
        return data(ApiRequest.to(Endpoint.NODE_INFO, token).param("node", node), NodeInfo.class);
    }

    @Override
    public CompletableFuture<List<NodeStats>> nodeStats() {
        return list(ApiRequest.to(Endpoint.NODE_STATS), NodeStats.class);
    }

    @Override
    public CompletableFuture<List<NodeUptime>> nodeUptime(int days, String node) {
        return list(ApiRequest.to(Endpoint.NODE_UPTIME).param("time", days).param("node", node), NodeUptime.class);
    }

    @Override
    public CompletableFuture<NodeStatusSummary> nodeStatusInfo(String node) {
        ApiRequest request = ApiRequest.to(Endpoint.NODE_STATUS_INFO).param("nodename", node);
        return metrics.observe(
                Endpoint.NODE_STATUS_INFO, transport.sendForStream(request).thenApply(r -> {
                    try {
                        return statusReader.read(node, r.statusCode(), r.body());
                    } catch (IOException e) {
                        throw new ApiException(
                                ApiErrorKind.NETWORK, Endpoint.NODE_STATUS_INFO.path(), 200, null, null, e);
                    }
                }));
    }

    @Override
    public CompletableFuture<PanelInfo> panelInfo() {
        return data(ApiRequest.to(Endpoint.PANEL_INFO), PanelInfo.class);
    }

    @Override
    public CompletableFuture<AnnouncementPage> announcements(String token, int page, int size) {
        ApiRequest request =
                ApiRequest.to(Endpoint.ANNOUNCEMENTS, token).param("page", page).param("size", size);
        return call(request)
                .thenApply(a -> object(request.endpoint(), a.data(), AnnouncementPage.class)
                        .orElseGet(() -> AnnouncementPage.empty(page, size)));
    }

    // --- gift cards ---

    @Override
    public CompletableFuture<GiftCardRedemption> redeemGiftCard(String token, String usertoken, String giftCode) {
        ApiRequest request = ApiRequest.to(Endpoint.GIFTCARD_REDEEM, token)
                .param("usertoken", usertoken)
                .param("giftcode", giftCode);
        return transport.sendForBytes(request).thenApply(r -> giftCard(request.endpoint(), r.statusCode(), r.body()));
    }

    /** The reward, or the refusal with its {@code rate_limit_info}; a dead token or a broken answer still throws. */
    private GiftCardRedemption giftCard(Endpoint endpoint, int status, byte[] body) {
        ApiAnswer answer;
        try {
            answer = envelopes.read(endpoint, status, body);
        } catch (ApiException e) {
            if ((e.kind() == ApiErrorKind.VALIDATION || e.kind() == ApiErrorKind.NOT_FOUND)
                    && e.apiMessage().isPresent()) {
                return new GiftCardRedemption.Refused(e.apiMessage().get(), rateLimitOf(body));
            }
            throw e;
        }
        JsonNode data = answer.data();
        boolean membership = "会员".equals(data.path("rewardType").asText()) || data.hasNonNull("memberDays");
        return object(
                        endpoint,
                        data,
                        membership ? GiftCardRedemption.Membership.class : GiftCardRedemption.Points.class)
                .orElseThrow(
                        () -> new ApiException(ApiErrorKind.MALFORMED, endpoint.path(), status, 200, answer.msg()));
    }

    private GiftCardRateLimit rateLimitOf(byte[] body) {
        try {
            JsonNode info = mapper.readTree(body).path("rate_limit_info");
            return info.isObject() ? mapper.treeToValue(info, GiftCardRateLimit.class) : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    // --- free subdomains ---

    @Override
    public CompletableFuture<List<AvailableDomain>> availableDomains() {
        return list(ApiRequest.to(Endpoint.AVAILABLE_DOMAINS), AvailableDomain.class);
    }

    @Override
    public CompletableFuture<List<Subdomain>> subdomains(String token) {
        return list(ApiRequest.to(Endpoint.SUBDOMAINS, token), Subdomain.class);
    }

    @Override
    public CompletableFuture<String> createSubdomain(String token, SubdomainSpec spec) {
        return subdomainWrite(Endpoint.CREATE_SUBDOMAIN, token, spec, spec.type());
    }

    /** The record's type is not sent: an update changes only target, TTL and remarks. */
    @Override
    public CompletableFuture<String> updateSubdomain(String token, SubdomainSpec spec) {
        return subdomainWrite(Endpoint.UPDATE_SUBDOMAIN, token, spec, null);
    }

    /** {@code type} null is left out. */
    private CompletableFuture<String> subdomainWrite(Endpoint endpoint, String token, SubdomainSpec spec, String type) {
        return message(ApiRequest.to(endpoint, token)
                .param("domain", spec.domain())
                .param("record", spec.record())
                .param("type", type)
                .param("target", spec.target())
                .param("ttl", spec.ttl() == null ? DEFAULT_TTL : spec.ttl())
                .param("remarks", spec.remarks()));
    }

    @Override
    public CompletableFuture<String> deleteSubdomain(String token, String domain, String record) {
        return message(ApiRequest.to(Endpoint.DELETE_SUBDOMAIN, token)
                .param("domain", domain)
                .param("record", record));
    }
}
