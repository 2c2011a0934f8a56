package org.chmlfrp.bot.testkit.chmlfrp;

import java.util.List;

/** The frpc INI of {@code /tunnel_config}, as the document shows it. */
final class FrpcConfig {

    private FrpcConfig() {}

    static String ini(FakeNode node, FakeUser user, List<FakeTunnel> tunnels) {
        StringBuilder sb = new StringBuilder();
        sb.append("[common]\n")
                .append("server_addr = ")
                .append(node.host())
                .append('\n')
                .append("server_port = ")
                .append(node.port())
                .append('\n')
                .append("tls_enable = false\n")
                .append("user = ")
                .append(user.token())
                .append('\n')
                .append("token = ")
                .append(node.nodeToken())
                .append("\n\n");
        for (FakeTunnel t : tunnels) {
            sb.append('[')
                    .append(t.name())
                    .append("]\n")
                    .append("type = ")
                    .append(t.type())
                    .append('\n')
                    .append("local_ip = ")
                    .append(t.localIp())
                    .append('\n')
                    .append("local_port = ")
                    .append(t.localPort())
                    .append('\n');
            if (t.isWeb()) {
                sb.append("custom_domains = ").append(t.domain()).append('\n');
            } else {
                sb.append("remote_port = ").append(t.remotePort()).append('\n');
            }
            if (t.encryption()) {
                sb.append("use_encryption = true\n");
            }
            if (t.compression()) {
                sb.append("use_compression = true\n");
            }
            if (!t.extraParams().isBlank()) {
                sb.append(t.extraParams().strip()).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
