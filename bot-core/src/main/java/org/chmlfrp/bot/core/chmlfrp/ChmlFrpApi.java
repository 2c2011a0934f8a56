package org.chmlfrp.bot.core.chmlfrp;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.chmlfrp.bot.core.chmlfrp.model.AnnouncementPage;
import org.chmlfrp.bot.core.chmlfrp.model.AvailableDomain;
import org.chmlfrp.bot.core.chmlfrp.model.FlowDay;
import org.chmlfrp.bot.core.chmlfrp.model.GeeTestProof;
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

/**
 * The ChmlFrp API v2, one method per endpoint. Every call is asynchronous: the future
 * completes with the decoded data or fails with an {@link ApiException}. Methods that
 * report only success answer with the API's own {@code msg} (e.g. {@code 注册成功}), so a
 * chat can relay it.
 *
 * <p>{@code token} parameters are the user's ChmlFrp usertoken (or a bearer access token);
 * how it travels is set by {@code chmlfrp.token-in}.
 */
public interface ChmlFrpApi {

    // --- account ---

    /**
     * {@code POST /login} with a JSON body {@code {username, password}}, as the current official
     * clients send it (never a password in a URL): username, QQ number or email, and password.
     * The answer carries the usertoken.
     */
    CompletableFuture<UserInfo> login(String username, String password);

    /** {@code POST /sendmailcode}. The real API wants a GeeTest proof; {@code captcha} may be null. */
    CompletableFuture<String> sendMailCode(MailCodeType type, String mail, GeeTestProof captcha);

    /** {@code GET /register}. */
    CompletableFuture<String> register(String username, String password, String mail, String qq, String code);

    /** {@code GET /userinfo}. */
    CompletableFuture<UserInfo> userInfo(String token);

    /** {@code GET /retoken}: the old token dies. {@code code} (the mail code) is sent when not null. */
    CompletableFuture<String> retoken(String token, String code);

    /** {@code POST /qiandao}: needs a GeeTest proof, which only the panel can produce. */
    CompletableFuture<String> signIn(String token, GeeTestProof captcha);

    /** {@code GET /qiandao_info}: signed in today?, points. */
    CompletableFuture<SignInInfo> signInInfo(String token);

    /** {@code GET /reset_password}. */
    CompletableFuture<String> resetPassword(String token, String originalPassword, String newPassword);

    /** {@code GET /update_username}. */
    CompletableFuture<String> updateUsername(String token, String newUsername);

    /** {@code GET /update_qq}. */
    CompletableFuture<String> updateQq(String token, String newQq);

    /** {@code GET /update_userimg}. */
    CompletableFuture<String> updateUserImg(String token, String newUserImgUrl);

    // --- tunnels ---

    /** {@code GET /tunnel}: the user's tunnels; empty when the API says {@code data: null}. */
    CompletableFuture<List<Tunnel>> tunnels(String token);

    /**
     * {@code POST /create_tunnel}. The tunnel as the API answers it, whose {@code id} is null
     * (the API's quirk); when the answer is a bare success envelope, as {@code /tunnel} shows it
     * after the change (found by name). Empty only when the change succeeded but neither shows it.
     */
    CompletableFuture<Optional<Tunnel>> createTunnel(String token, TunnelSpec spec);

    /**
     * {@code POST /update_tunnel}. The tunnel as the API answers it; when the answer is a bare
     * success envelope (the panel types it so), as {@code /tunnel} shows it after the change.
     * Empty only when the change succeeded but neither shows it.
     */
    CompletableFuture<Optional<Tunnel>> updateTunnel(String token, int tunnelId, TunnelSpec spec);

    /**
     * {@code POST /offline_tunnel} (form {@code tunnel_name}): kicks the frpc running the tunnel
     * off the node, so that a new one can connect. Answers the API's {@code msg}.
     */
    CompletableFuture<String> offlineTunnel(String token, String tunnelName);

    /**
     * {@code GET /delete_tunnel?tunnelid=}, as current clients do; when that path answers
     * 404, the document's {@code POST /deletetunnel}.
     */
    CompletableFuture<String> deleteTunnel(String token, int tunnelId);

    /** {@code GET /tunnel_config}: the frpc configuration (a secret: it holds the token). Empty names: all on the node. */
    CompletableFuture<String> tunnelConfig(String token, String node, List<String> tunnelNames);

    /** {@code GET /tunnel/last7days}. */
    CompletableFuture<TunnelTraffic> tunnelLast7Days(String token, int tunnelId);

    /** {@code GET /flow_last_7_days}: the account's traffic per day. */
    CompletableFuture<List<FlowDay>> flowLast7Days(String token);

    // --- nodes (public unless noted) ---

    /** {@code GET /node}. */
    CompletableFuture<List<Node>> nodes();

    /** {@code GET /nodeinfo} (needs a token; non-VIP tokens cannot see VIP nodes). */
    CompletableFuture<NodeInfo> nodeInfo(String token, String node);

    /** {@code GET /node_stats}. */
    CompletableFuture<List<NodeStats>> nodeStats();

    /** {@code GET /node_uptime}: {@code days} 1–90; {@code node} null for every node. */
    CompletableFuture<List<NodeUptime>> nodeUptime(int days, String node);

    /** {@code GET /node_status_info}, read as a stream into a bounded summary. */
    CompletableFuture<NodeStatusSummary> nodeStatusInfo(String node);

    /** {@code GET /panelinfo}. */
    CompletableFuture<PanelInfo> panelInfo();

    /** {@code GET /message/list?page&size}: the system announcements, newest first; {@code data: null} is none. */
    CompletableFuture<AnnouncementPage> announcements(String token, int page, int size);

    // --- gift cards ---

    /**
     * {@code POST /giftcard/redeem} with JSON {@code {usertoken, giftcode}}, as the official panel
     * sends it. {@code token} travels as every call's does; {@code usertoken}, when not null, is
     * also put in the body (the credential is a usertoken, not an OAuth access token). A refused
     * code is a {@link GiftCardRedemption.Refused}, not a failure; a dead token still fails with
     * an {@link ApiException}.
     */
    CompletableFuture<GiftCardRedemption> redeemGiftCard(String token, String usertoken, String giftCode);

    // --- free subdomains ---

    /** {@code GET /list_available_domains}. */
    CompletableFuture<List<AvailableDomain>> availableDomains();

    /** {@code GET /get_user_free_subdomains}. */
    CompletableFuture<List<Subdomain>> subdomains(String token);

    /** {@code POST /create_free_subdomain}. */
    CompletableFuture<String> createSubdomain(String token, SubdomainSpec spec);

    /** {@code POST /update_free_subdomain}: only target, TTL (and remarks) change. */
    CompletableFuture<String> updateSubdomain(String token, SubdomainSpec spec);

    /** {@code POST /delete_free_subdomain}. */
    CompletableFuture<String> deleteSubdomain(String token, String domain, String record);
}
