package org.chmlfrp.bot.core.chmlfrp;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.chmlfrp.bot.core.chmlfrp.model.AvailableDomain;
import org.chmlfrp.bot.core.chmlfrp.model.FlowDay;
import org.chmlfrp.bot.core.chmlfrp.model.GeeTestProof;
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

/** {@link ChmlFrpApi} over {@code java.net.http.HttpClient} and Jackson. */
public final class HttpChmlFrpApi implements ChmlFrpApi {
    /** The documented defaults the bot sends where the caller leaves a value out. */
    public static final String DEFAULT_LOCAL_IP = "127.0.0.1";
    public static final String DEFAULT_TTL = "10分钟";

    private final ApiTransport transport;
    private final EnvelopeReader envelopes;
    private final NodeStatusReader statusReader;

    public HttpChmlFrpApi(ChmlFrpSettings settings, HttpClient client, ObjectMapper mapper) {
        this(settings, CompletableFuture.completedFuture(client), mapper);
    }

    /** The default client, built in the background while the rest of the bot starts. */
    public HttpChmlFrpApi(ChmlFrpSettings settings) {
        this(settings, ApiTransport.defaultClientInBackground(settings), new ObjectMapper());
    }

    private HttpChmlFrpApi(ChmlFrpSettings settings, CompletableFuture<HttpClient> client, ObjectMapper mapper) {
        ObjectMapper lenient = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.transport = new ApiTransport(client, settings, lenient);
        this.envelopes = new EnvelopeReader(lenient);
        this.statusReader = new NodeStatusReader(lenient, envelopes);
    }

    // --- plumbing ---

    private CompletableFuture<ApiAnswer> call(ApiRequest request) {
        return transport.sendForBytes(request)
                .thenApply(r -> envelopes.read(request.endpoint(), r.statusCode(), r.body()));
    }

    private <T> CompletableFuture<T> data(ApiRequest request, Function<JsonNode, T> decode) {
        return call(request).thenApply(a -> {
            if (a.data() == null || !a.data().isObject()) {
                throw new ApiException(ApiErrorKind.MALFORMED, request.endpoint().path(), 200, 200, a.msg());
            }
            return decode.apply(a.data());
        });
    }

    private <T> CompletableFuture<List<T>> list(ApiRequest request, Function<JsonNode, T> decode) {
        return call(request).thenApply(a -> ModelDecoder.list(a.data(), decode));
    }

    private CompletableFuture<String> message(ApiRequest request) {
        return call(request).thenApply(ApiAnswer::msg);
    }

    private static ApiRequest withProof(ApiRequest request, GeeTestProof proof) {
        if (proof != null) {
            request.param("lot_number", proof.lotNumber())
                    .param("captcha_output", proof.captchaOutput())
                    .param("pass_token", proof.passToken())
                    .param("gen_time", proof.genTime());
        }
        return request;
    }

    private static ApiRequest tunnelBody(ApiRequest request, TunnelSpec spec) {
        request.param("tunnelname", spec.name())
                .param("node", spec.node())
                .param("localip", spec.localIp() == null || spec.localIp().isBlank() ? DEFAULT_LOCAL_IP : spec.localIp())
                .param("porttype", spec.type() == null ? null : spec.type().apiName())
                .param("localport", spec.localPort())
                .param("remoteport", spec.remotePort())
                .param("banddomain", spec.bindDomain())
                .param("encryption", spec.encryption() != null && spec.encryption())
                .param("compression", spec.compression() != null && spec.compression())
                .param("extraparams", spec.extraParams());
        return request;
    }

    // --- account ---

    @Override
    public CompletableFuture<UserInfo> login(String username, String password) {
        return data(ApiRequest.to(Endpoint.LOGIN).param("username", username).param("password", password),
                ModelDecoder::user);
    }

    @Override
    public CompletableFuture<String> sendMailCode(MailCodeType type, String mail, GeeTestProof captcha) {
        return message(withProof(ApiRequest.to(Endpoint.SEND_MAIL_CODE)
                .param("type", type.apiName()).param("mail", mail), captcha));
    }

    @Override
    public CompletableFuture<String> register(String username, String password, String mail, String qq, String code) {
        return message(ApiRequest.to(Endpoint.REGISTER).param("username", username).param("password", password)
                .param("mail", mail).param("qq", qq).param("code", code));
    }

    @Override
    public CompletableFuture<UserInfo> userInfo(String token) {
        return data(ApiRequest.to(Endpoint.USER_INFO, token), ModelDecoder::user);
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
        return data(ApiRequest.to(Endpoint.SIGN_IN_INFO, token), ModelDecoder::signInInfo);
    }

    @Override
    public CompletableFuture<String> resetPassword(String token, String originalPassword, String newPassword) {
        return message(ApiRequest.to(Endpoint.RESET_PASSWORD, token)
                .param("original_password", originalPassword).param("new_password", newPassword));
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
        return list(ApiRequest.to(Endpoint.TUNNELS, token), ModelDecoder::tunnel);
    }

    @Override
    public CompletableFuture<Tunnel> createTunnel(String token, TunnelSpec spec) {
        return data(tunnelBody(ApiRequest.to(Endpoint.CREATE_TUNNEL, token), spec), ModelDecoder::tunnel);
    }

    @Override
    public CompletableFuture<Tunnel> updateTunnel(String token, int tunnelId, TunnelSpec spec) {
        return data(tunnelBody(ApiRequest.to(Endpoint.UPDATE_TUNNEL, token).param("tunnelid", tunnelId), spec),
                ModelDecoder::tunnel);
    }

    @Override
    public CompletableFuture<String> deleteTunnel(String token, int tunnelId) {
        ApiRequest current = ApiRequest.to(Endpoint.DELETE_TUNNEL, token).param("tunnelid", tunnelId);
        return message(current).handle((msg, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(msg);
            }
            boolean pathMissing = ApiException.unwrap(failure)
                    .map(e -> e.kind() == ApiErrorKind.NOT_FOUND && e.httpStatus() == 404)
                    .orElse(false);
            if (pathMissing) {
                // The document's older form: POST /deletetunnel?tunnelid=
                ApiRequest legacy = ApiRequest.to(Endpoint.DELETE_TUNNEL_LEGACY, token).queryParam("tunnelid", tunnelId);
                return message(legacy);
            }
            return CompletableFuture.<String>failedFuture(unwrapCompletion(failure));
        }).thenCompose(f -> f);
    }

    @Override
    public CompletableFuture<String> tunnelConfig(String token, String node, List<String> tunnelNames) {
        String names = tunnelNames == null || tunnelNames.isEmpty() ? null : String.join(",", tunnelNames);
        return call(ApiRequest.to(Endpoint.TUNNEL_CONFIG, token).param("node", node).param("tunnel_names", names))
                .thenApply(a -> a.data() == null || a.data().isNull() ? "" : a.data().asText());
    }

    @Override
    public CompletableFuture<TunnelTraffic> tunnelLast7Days(String token, int tunnelId) {
        return data(ApiRequest.to(Endpoint.TUNNEL_LAST_7_DAYS, token).param("tunnel_id", tunnelId),
                ModelDecoder::tunnelTraffic);
    }

    @Override
    public CompletableFuture<List<FlowDay>> flowLast7Days(String token) {
        return list(ApiRequest.to(Endpoint.FLOW_LAST_7_DAYS, token), ModelDecoder::flowDay);
    }

    // --- nodes ---

    @Override
    public CompletableFuture<List<Node>> nodes() {
        return list(ApiRequest.to(Endpoint.NODES), ModelDecoder::node);
    }

    @Override
    public CompletableFuture<NodeInfo> nodeInfo(String token, String node) {
        return data(ApiRequest.to(Endpoint.NODE_INFO, token).param("node", node), ModelDecoder::nodeInfo);
    }

    @Override
    public CompletableFuture<List<NodeStats>> nodeStats() {
        return list(ApiRequest.to(Endpoint.NODE_STATS), ModelDecoder::nodeStats);
    }

    @Override
    public CompletableFuture<List<NodeUptime>> nodeUptime(int days, String node) {
        return list(ApiRequest.to(Endpoint.NODE_UPTIME).param("time", days).param("node", node),
                ModelDecoder::nodeUptime);
    }

    @Override
    public CompletableFuture<NodeStatusSummary> nodeStatusInfo(String node) {
        ApiRequest request = ApiRequest.to(Endpoint.NODE_STATUS_INFO).param("nodename", node);
        return transport.sendForStream(request).thenApply(r -> {
            try {
                return statusReader.read(node, r.statusCode(), r.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).exceptionallyCompose(failure -> {
            Throwable cause = unwrapCompletion(failure);
            if (cause instanceof UncheckedIOException io) {
                return CompletableFuture.failedFuture(new ApiException(ApiErrorKind.NETWORK,
                        Endpoint.NODE_STATUS_INFO.path(), 200, null, null, io.getCause()));
            }
            return CompletableFuture.failedFuture(cause);
        });
    }

    @Override
    public CompletableFuture<PanelInfo> panelInfo() {
        return data(ApiRequest.to(Endpoint.PANEL_INFO), ModelDecoder::panelInfo);
    }

    // --- free subdomains ---

    @Override
    public CompletableFuture<List<AvailableDomain>> availableDomains() {
        return list(ApiRequest.to(Endpoint.AVAILABLE_DOMAINS), ModelDecoder::availableDomain);
    }

    @Override
    public CompletableFuture<List<Subdomain>> subdomains(String token) {
        return list(ApiRequest.to(Endpoint.SUBDOMAINS, token), ModelDecoder::subdomain);
    }

    @Override
    public CompletableFuture<String> createSubdomain(String token, SubdomainSpec spec) {
        return message(ApiRequest.to(Endpoint.CREATE_SUBDOMAIN, token)
                .param("domain", spec.domain()).param("record", spec.record()).param("type", spec.type())
                .param("target", spec.target()).param("ttl", spec.ttl() == null ? DEFAULT_TTL : spec.ttl())
                .param("remarks", spec.remarks()));
    }

    @Override
    public CompletableFuture<String> updateSubdomain(String token, SubdomainSpec spec) {
        return message(ApiRequest.to(Endpoint.UPDATE_SUBDOMAIN, token)
                .param("domain", spec.domain()).param("record", spec.record()).param("target", spec.target())
                .param("ttl", spec.ttl() == null ? DEFAULT_TTL : spec.ttl()).param("remarks", spec.remarks()));
    }

    @Override
    public CompletableFuture<String> deleteSubdomain(String token, String domain, String record) {
        return message(ApiRequest.to(Endpoint.DELETE_SUBDOMAIN, token).param("domain", domain).param("record", record));
    }

    private static Throwable unwrapCompletion(Throwable t) {
        Throwable cur = t;
        while (cur instanceof CompletionException && cur.getCause() != null) {
            cur = cur.getCause();
        }
        return cur;
    }
}
