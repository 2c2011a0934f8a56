package org.chmlfrp.bot.testkit.onebot;

/** How a forward fake turns away a bot whose access token is missing or wrong. */
public enum TokenRefusal {
    /** Refuse the WebSocket upgrade with HTTP 401 (go-cqhttp, Lagrange.OneBot). */
    HTTP_401,
    /**
     * Accept the upgrade, send NapCat's answer
     * {@code {"status":"failed","retcode":1403,"data":null,"message":"token验证失败","wording":"token验证失败","echo":null}},
     * then close the connection (NapCat's {@code OB11WebSocketServerAdapter.authorize}).
     */
    NAPCAT_1403
}
