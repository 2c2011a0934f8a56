package org.chmlfrp.bot.core.chmlfrp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One call to make: the endpoint, its parameters in order (null values are left out) and
 * the token, if the endpoint takes one. GET parameters go in the query string, POST
 * parameters in a JSON body; {@code queryOnly} parameters go in the query whatever the verb.
 */
final class ApiRequest {
    private final Endpoint endpoint;
    private final String token;
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final Map<String, Object> queryOnly = new LinkedHashMap<>();

    private ApiRequest(Endpoint endpoint, String token) {
        this.endpoint = endpoint;
        this.token = token;
    }

    static ApiRequest to(Endpoint endpoint) {
        return new ApiRequest(endpoint, null);
    }

    static ApiRequest to(Endpoint endpoint, String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a token is required for " + endpoint.path());
        }
        return new ApiRequest(endpoint, token.trim());
    }

    ApiRequest param(String name, Object value) {
        if (value != null) {
            params.put(name, value);
        }
        return this;
    }

    ApiRequest queryParam(String name, Object value) {
        if (value != null) {
            queryOnly.put(name, value);
        }
        return this;
    }

    Endpoint endpoint() {
        return endpoint;
    }

    String token() {
        return token;
    }

    Map<String, Object> params() {
        return Collections.unmodifiableMap(params);
    }

    Map<String, Object> queryOnly() {
        return Collections.unmodifiableMap(queryOnly);
    }
}
