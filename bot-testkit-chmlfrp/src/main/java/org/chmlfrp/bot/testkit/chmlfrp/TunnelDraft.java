package org.chmlfrp.bot.testkit.chmlfrp;

import java.util.Locale;
import java.util.Set;

/**
 * The tunnel fields of a {@code create_tunnel} / {@code update_tunnel} request, read and
 * format-checked; {@link TunnelRules} checks them against the world.
 */
record TunnelDraft(
        String name,
        String node,
        String localIp,
        String type,
        int localPort,
        Integer remotePort,
        String domain,
        boolean encryption,
        boolean compression,
        String extraParams) {

    private static final Set<String> TYPES = Set.of("tcp", "udp", "http", "https");

    /**
     * Reads the request's tunnel fields with the document's rules. {@code booleansRequired}: the
     * create form needs {@code encryption} and {@code compression}; the update form defaults them to false.
     */
    static TunnelDraft read(ApiRequest request, boolean booleansRequired) {
        String name = request.required("tunnelname", "隧道名称不能为空").trim();
        String node = request.required("node", "节点名称不能为空").trim();
        String type = request.required("porttype", "端口类型不能为空").trim().toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw ApiError.badRequest("端口类型错误，仅允许tcp、udp、http、https");
        }
        int localPort = request.requiredInt("localport", "本地端口不能为空", "本地端口必须是数字");
        if (localPort < 1 || localPort > 65535) {
            throw ApiError.badRequest("本地端口必须在1到65535之间");
        }
        Integer remotePort = request.integer("remoteport", "外网端口必须是数字").orElse(null);
        String domain = request.text("banddomain").map(String::trim).orElse(null);
        boolean web = type.equals("http") || type.equals("https");
        if (web) {
            if (domain == null) {
                throw ApiError.badRequest("http/https隧道必须填写绑定域名(banddomain)");
            }
            if (remotePort != null) {
                throw ApiError.badRequest("http/https隧道不能填写外网端口(remoteport)");
            }
        } else {
            if (remotePort == null) {
                throw ApiError.badRequest("tcp/udp隧道必须填写外网端口(remoteport)");
            }
            if (domain != null) {
                throw ApiError.badRequest("tcp/udp隧道不能填写绑定域名(banddomain)");
            }
            if (remotePort < 1 || remotePort > 65535) {
                throw ApiError.badRequest("外网端口必须在1到65535之间");
            }
        }
        Boolean encryption =
                request.bool("encryption", "数据加密(encryption)只能是true或false").orElse(null);
        Boolean compression =
                request.bool("compression", "数据压缩(compression)只能是true或false").orElse(null);
        if (booleansRequired && encryption == null) {
            throw ApiError.badRequest("数据加密(encryption)不能为空");
        }
        if (booleansRequired && compression == null) {
            throw ApiError.badRequest("数据压缩(compression)不能为空");
        }
        String localIp = request.text("localip").map(String::trim).orElse("127.0.0.1");
        String extra = request.text("extraparams").orElse("");
        return new TunnelDraft(
                name,
                node,
                localIp,
                type,
                localPort,
                remotePort,
                domain,
                Boolean.TRUE.equals(encryption),
                Boolean.TRUE.equals(compression),
                extra);
    }

    boolean isWeb() {
        return type.equals("http") || type.equals("https");
    }
}
