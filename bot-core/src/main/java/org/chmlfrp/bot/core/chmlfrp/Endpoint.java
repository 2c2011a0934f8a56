package org.chmlfrp.bot.core.chmlfrp;

/**
 * Every endpoint the client calls, with the HTTP method the API document or the current
 * official clients use, whether it needs a token, and whether a GET may be retried once (pure
 * reads only: a GET that changes something, such as {@code /register} or {@code /retoken}, is
 * never retried). POST bodies are JSON, except {@link HttpVerb#POST_FORM}.
 */
enum Endpoint {
    /** POST with a JSON body, as every current official client sends it: never a password in a URL. */
    LOGIN("/login", HttpVerb.POST, false, false),
    SEND_MAIL_CODE("/sendmailcode", HttpVerb.POST, false, false),
    REGISTER("/register", HttpVerb.GET, false, false),
    USER_INFO("/userinfo", HttpVerb.GET, true, true),
    RETOKEN("/retoken", HttpVerb.GET, true, false),
    SIGN_IN("/qiandao", HttpVerb.POST, true, false),
    SIGN_IN_INFO("/qiandao_info", HttpVerb.GET, true, true),
    RESET_PASSWORD("/reset_password", HttpVerb.GET, true, false),
    UPDATE_USERNAME("/update_username", HttpVerb.GET, true, false),
    UPDATE_QQ("/update_qq", HttpVerb.GET, true, false),
    UPDATE_USERIMG("/update_userimg", HttpVerb.GET, true, false),
    TUNNELS("/tunnel", HttpVerb.GET, true, true),
    CREATE_TUNNEL("/create_tunnel", HttpVerb.POST, true, false),
    UPDATE_TUNNEL("/update_tunnel", HttpVerb.POST, true, false),
    DELETE_TUNNEL("/delete_tunnel", HttpVerb.GET, true, false),
    DELETE_TUNNEL_LEGACY("/deletetunnel", HttpVerb.POST, true, false),
    /** Kicks the running frpc off a tunnel; the official launcher posts a form. */
    OFFLINE_TUNNEL("/offline_tunnel", HttpVerb.POST_FORM, true, false),
    TUNNEL_CONFIG("/tunnel_config", HttpVerb.GET, true, true),
    TUNNEL_LAST_7_DAYS("/tunnel/last7days", HttpVerb.GET, true, true),
    FLOW_LAST_7_DAYS("/flow_last_7_days", HttpVerb.GET, true, true),
    NODES("/node", HttpVerb.GET, false, true),
    NODE_INFO("/nodeinfo", HttpVerb.GET, true, true),
    NODE_STATS("/node_stats", HttpVerb.GET, false, true),
    NODE_UPTIME("/node_uptime", HttpVerb.GET, false, true),
    NODE_STATUS_INFO("/node_status_info", HttpVerb.GET, false, true),
    PANEL_INFO("/panelinfo", HttpVerb.GET, false, true),
    ANNOUNCEMENTS("/message/list", HttpVerb.GET, true, true),
    /** As the official panel posts it: JSON {@code {usertoken, giftcode}}. Never retried: a code is used once. */
    GIFTCARD_REDEEM("/giftcard/redeem", HttpVerb.POST, true, false),
    AVAILABLE_DOMAINS("/list_available_domains", HttpVerb.GET, false, true),
    SUBDOMAINS("/get_user_free_subdomains", HttpVerb.GET, true, true),
    CREATE_SUBDOMAIN("/create_free_subdomain", HttpVerb.POST, true, false),
    UPDATE_SUBDOMAIN("/update_free_subdomain", HttpVerb.POST, true, false),
    DELETE_SUBDOMAIN("/delete_free_subdomain", HttpVerb.POST, true, false);

    /** GET (parameters in the query), POST (a JSON body) or POST with a form body. */
    enum HttpVerb {
        GET,
        POST,
        POST_FORM;

        /** The HTTP method. */
        String method() {
            return this == GET ? "GET" : "POST";
        }
    }

    private final String path;
    private final HttpVerb verb;
    private final boolean needsToken;
    private final boolean retryable;

    Endpoint(String path, HttpVerb verb, boolean needsToken, boolean retryable) {
        this.path = path;
        this.verb = verb;
        this.needsToken = needsToken;
        this.retryable = retryable;
    }

    String path() {
        return path;
    }

    HttpVerb verb() {
        return verb;
    }

    boolean needsToken() {
        return needsToken;
    }

    /** True for pure reads: one retry on a connect failure or a 5xx is safe. */
    boolean retryable() {
        return retryable;
    }
}
