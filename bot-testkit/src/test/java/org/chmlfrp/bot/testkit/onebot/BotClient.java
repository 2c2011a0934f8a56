package org.chmlfrp.bot.testkit.onebot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Plays the bot against a forward fake: a bare java.net.http WebSocket client. */
final class BotClient implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(5);

    private final ObjectMapper json = new ObjectMapper();
    private final Frames frames = new Frames();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final WebSocket socket;

    private BotClient(URI url, Map<String, String> headers) throws ExecutionException {
        WebSocket.Builder builder =
                HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT);
        headers.forEach(builder::header);
        try {
            socket = builder.buildAsync(url, new Listener()).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("no handshake with " + url, e);
        }
    }

    static BotClient connect(URI url) {
        return connect(url, Map.of());
    }

    static BotClient connect(URI url, Map<String, String> headers) {
        try {
            return new BotClient(url, headers);
        } catch (ExecutionException e) {
            throw new AssertionError("handshake with " + url + " failed", e.getCause());
        }
    }

    /** The HTTP status the fake refused the handshake with. */
    static int refusedStatus(URI url, Map<String, String> headers) {
        try (BotClient unexpected = new BotClient(url, headers)) {
            throw new AssertionError("handshake was accepted: " + unexpected);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw new AssertionError("handshake failed otherwise", e.getCause());
        }
    }

    Frames frames() {
        return frames;
    }

    /** Sends {@code {"action", "params", "echo"}}; echo null = no echo field. */
    void call(String action, JsonNode params, JsonNode echo) {
        ObjectNode request = json.createObjectNode().put("action", action);
        if (params != null) {
            request.set("params", params);
        }
        if (echo != null) {
            request.set("echo", echo);
        }
        sendText(request.toString());
    }

    /** Calls and waits for the answer carrying this echo. */
    JsonNode callAndAwait(String action, JsonNode params, JsonNode echo) {
        call(action, params, echo);
        return frames.await(Frames.response(echo), WAIT);
    }

    synchronized void sendText(String text) {
        socket.sendText(text, true).join();
    }

    ObjectNode params() {
        return json.createObjectNode();
    }

    JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** The close code the fake sent, waiting up to {@link #WAIT}. */
    int awaitCloseCode() {
        try {
            return closeCode.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("connection was not closed", e);
        }
    }

    /** Closes from the bot's side with this code. */
    void closeWith(int code) {
        socket.sendClose(code, "bot closing").join();
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        if (socket != null) {
            socket.abort();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(parse(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode.completeExceptionally(error);
        }
    }
}
