package org.chmlfrp.bot.testkit.chmlfrp;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Exact-path routes to endpoints, per HTTP method. Filled before the server starts, read-only after. */
final class Router {

    private final Map<String, Map<String, Endpoint>> routes = new HashMap<>();

    Router get(String path, Endpoint endpoint) {
        return add("GET", path, endpoint);
    }

    Router post(String path, Endpoint endpoint) {
        return add("POST", path, endpoint);
    }

    /** The endpoints of {@code path} by method; empty if the path is unknown. */
    Optional<Map<String, Endpoint>> methodsOf(String path) {
        return Optional.ofNullable(routes.get(path));
    }

    private Router add(String method, String path, Endpoint endpoint) {
        Endpoint previous = routes.computeIfAbsent(path, p -> new HashMap<>()).put(method, endpoint);
        if (previous != null) {
            throw new IllegalStateException("two routes for " + method + " " + path);
        }
        return this;
    }
}
