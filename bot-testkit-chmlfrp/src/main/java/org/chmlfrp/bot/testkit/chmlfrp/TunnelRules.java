package org.chmlfrp.bot.testkit.chmlfrp;

/** The rules a tunnel draft must keep against the world (node, flags, VIP, name, quota, ports). */
final class TunnelRules {

    private TunnelRules() {}

    /**
     * Checks {@code draft} for {@code user}; {@code editedId} is the tunnel being updated (left out of
     * the name, port and domain checks, and of the quota), or {@code null} for a new one.
     *
     * @return the node the tunnel goes on
     */
    static FakeNode check(World world, FakeUser user, TunnelDraft draft, Integer editedId) {
        FakeNode node = world.node(draft.node()).orElseThrow(() -> ApiError.badRequest("节点不存在"));
        if (node.isVip() && !user.isVip()) {
            throw ApiError.badRequest("该节点为VIP节点，您的用户组无权使用");
        }
        if (draft.type().equals("udp") && !node.udp()) {
            throw ApiError.badRequest("该节点不支持UDP");
        }
        if (draft.isWeb() && !node.web()) {
            throw ApiError.badRequest("该节点不允许建站(http/https)");
        }
        if (!draft.isWeb() && !node.allowsRemotePort(draft.remotePort())) {
            throw ApiError.badRequest("外网端口不在该节点允许的范围内(" + node.rport() + ")");
        }
        boolean nameTaken = world.tunnelsOf(user.id()).stream()
                .anyMatch(t -> t.name().equals(draft.name()) && !isEdited(t, editedId));
        if (nameTaken) {
            throw ApiError.badRequest("隧道名称已存在");
        }
        if (editedId == null && world.tunnelsOf(user.id()).size() >= user.tunnelQuota()) {
            throw ApiError.badRequest("隧道数量已达上限(" + user.tunnelQuota() + ")");
        }
        for (FakeTunnel other : world.allTunnels()) {
            if (isEdited(other, editedId) || !other.node().equals(node.name())) {
                continue;
            }
            if (!draft.isWeb() && !other.isWeb() && draft.remotePort().equals(other.remotePort())) {
                throw ApiError.badRequest("该外网端口已被占用");
            }
            if (draft.isWeb()
                    && other.isWeb()
                    && other.type().equals(draft.type())
                    && draft.domain().equalsIgnoreCase(other.domain())) {
                throw ApiError.badRequest("该域名已被绑定");
            }
        }
        return node;
    }

    private static boolean isEdited(FakeTunnel tunnel, Integer editedId) {
        return editedId != null && tunnel.id() == editedId;
    }
}
