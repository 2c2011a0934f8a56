package org.chmlfrp.bot.testkit.chmlfrp;

/** {@code /panelinfo}: platform totals (live) and friend links. Public. */
final class PanelEndpoints {

    private final FakeState state;

    PanelEndpoints(FakeState state) {
        this.state = state;
    }

    void register(Router router) {
        router.get("/panelinfo", this::panelInfo);
    }

    private ApiResponse panelInfo(ApiRequest request) {
        return state.locked(w -> ApiResponse.ok(
                "获取成功",
                ApiShapes.panel(
                        w.panelAtSeed(),
                        w.tunnelAmount(),
                        w.userAmount(),
                        w.nodes().size())));
    }
}
