package org.chmlfrp.bot.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One INTERACTION_CREATE the fake sent, and everything the bot answered to it: the callback
 * ({@code POST /interactions/{id}/{token}/callback}), edits of {@code @original} and followups
 * ({@code /webhooks/{appId}/{token}...}).
 *
 * <p>Callback types: 4 reply, 5 deferred reply ("thinking"), 6 deferred update, 7 update the
 * component's message, 8 autocomplete choices, 9 modal.
 */
public final class InteractionHandle {

    /** Interaction types as Discord numbers them. */
    public static final int APPLICATION_COMMAND = 2;

    public static final int MESSAGE_COMPONENT = 3;
    public static final int APPLICATION_COMMAND_AUTOCOMPLETE = 4;
    public static final int MODAL_SUBMIT = 5;

    private final long id;
    private final String token;
    private final int type;
    private final long guildId;
    private final long channelId;
    private final long userId;
    private final long componentMessageId;
    private final ObjectNode payload;
    private final Signal signal;

    private int callbackType;
    private RecordedHttp callback;
    private long originalMessageId;
    private RecordedHttp finalRequest;
    private JsonNode finalMessage;
    private final List<RecordedHttp> edits = new ArrayList<>();
    private final List<RecordedHttp> followups = new ArrayList<>();

    InteractionHandle(
            long id,
            String token,
            int type,
            long guildId,
            long channelId,
            long userId,
            long componentMessageId,
            ObjectNode payload,
            Signal signal) {
        this.id = id;
        this.token = token;
        this.type = type;
        this.guildId = guildId;
        this.channelId = channelId;
        this.userId = userId;
        this.componentMessageId = componentMessageId;
        this.payload = payload;
        this.signal = signal;
    }

    public long id() {
        return id;
    }

    public String token() {
        return token;
    }

    /** 2 command, 3 component, 4 autocomplete, 5 modal submit. */
    public int type() {
        return type;
    }

    /** 0 for a DM. */
    public long guildId() {
        return guildId;
    }

    public long channelId() {
        return channelId;
    }

    public long userId() {
        return userId;
    }

    /** The INTERACTION_CREATE {@code d} exactly as dispatched (a copy). */
    public JsonNode payload() {
        return payload.deepCopy();
    }

    /** The callback type the bot answered with; 0 while it has not answered. */
    public synchronized int callbackType() {
        return callbackType;
    }

    public synchronized boolean acknowledged() {
        return callbackType != 0;
    }

    /**
     * The callback body ({@code {"type": 4, "data": {...}}}; {@code payload_json} for multipart),
     * waiting for it.
     *
     * @throws AssertionError when the bot did not answer within {@code timeout}
     */
    public JsonNode awaitCallback(Duration timeout) {
        return awaitCallbackRequest(timeout).json();
    }

    /** The whole callback request (query, headers, uploaded files), waiting for it. */
    public RecordedHttp awaitCallbackRequest(Duration timeout) {
        RecordedHttp request = signal.await(this::callback, timeout);
        if (request == null) {
            throw new AssertionError("no interaction callback for " + describe() + " within " + timeout);
        }
        return request;
    }

    /**
     * The message the user ends up seeing first: the callback's {@code data} for type 4 (reply)
     * and 7 (update), or the body of the first {@code PATCH .../messages/@original} after a type 5
     * or 6 defer. Multipart bodies give their {@code payload_json}; the files are in
     * {@link #awaitFinalRequest(Duration)} / {@link #finalAttachments()}.
     *
     * @throws AssertionError on timeout, or at once when the callback carries no message (8, 9)
     */
    public JsonNode awaitFinalMessage(Duration timeout) {
        awaitFinalRequest(timeout);
        synchronized (this) {
            return finalMessage;
        }
    }

    /** The request that carried the final message (callback or edit), waiting for it. */
    public RecordedHttp awaitFinalRequest(Duration timeout) {
        RecordedHttp request = signal.await(
                () -> {
                    synchronized (this) {
                        if (finalRequest == null && (callbackType == 8 || callbackType == 9)) {
                            return callback;
                        }
                        return finalRequest;
                    }
                },
                timeout);
        synchronized (this) {
            if (request == null) {
                throw new AssertionError("no final message for " + describe() + " within " + timeout
                        + " (callback type " + callbackType + ", " + edits.size() + " edit(s))");
            }
            if (finalRequest == null) {
                throw new AssertionError(describe() + " was answered with callback type " + callbackType
                        + ", which shows no message: " + callback.json());
            }
            return finalRequest;
        }
    }

    /** The files uploaded with the final message (empty if none, or not there yet). */
    public synchronized List<UploadedFile> finalAttachments() {
        return finalRequest == null ? List.of() : finalRequest.files();
    }

    /** Every {@code PATCH .../messages/@original} so far. */
    public synchronized List<RecordedHttp> edits() {
        return List.copyOf(edits);
    }

    /** The {@code n}th (0-based) edit of {@code @original}, waiting for it. */
    public RecordedHttp awaitEdit(int n, Duration timeout) {
        RecordedHttp edit = signal.await(
                () -> {
                    synchronized (this) {
                        return edits.size() > n ? edits.get(n) : null;
                    }
                },
                timeout);
        if (edit == null) {
            throw new AssertionError(
                    "no edit #" + n + " of @original for " + describe() + " within " + timeout + ": " + edits());
        }
        return edit;
    }

    /** Every followup ({@code POST /webhooks/{appId}/{token}}) so far. */
    public synchronized List<RecordedHttp> followups() {
        return List.copyOf(followups);
    }

    /** The {@code n}th (0-based) followup, waiting for it. */
    public RecordedHttp awaitFollowup(int n, Duration timeout) {
        RecordedHttp followup = signal.await(
                () -> {
                    synchronized (this) {
                        return followups.size() > n ? followups.get(n) : null;
                    }
                },
                timeout);
        if (followup == null) {
            throw new AssertionError("no followup #" + n + " for " + describe() + " within " + timeout);
        }
        return followup;
    }

    /**
     * The id of the message {@code @original} names: the reply (4) or "thinking" message (5)
     * the fake created, or the component's message (6, 7); 0 before the callback.
     */
    public synchronized long messageId() {
        return originalMessageId;
    }

    // ---- bookkeeping by the REST side ----

    synchronized RecordedHttp callback() {
        return callback;
    }

    long componentMessageId() {
        return componentMessageId;
    }

    /** Claims the single callback; returns the type already given, or 0 if this one wins. */
    synchronized int acknowledge(int newType, long messageId) {
        if (callbackType != 0) {
            return callbackType;
        }
        callbackType = newType;
        originalMessageId = messageId;
        return 0;
    }

    // The signal is poked outside this handle's lock: waiters take the signal's monitor first.

    void callbackRecorded(RecordedHttp request) {
        synchronized (this) {
            callback = request;
            if ((callbackType == 4 || callbackType == 7) && request.json() != null) {
                finalMessage = request.json().path("data").deepCopy();
                finalRequest = request;
            }
        }
        signal.changed();
    }

    void editRecorded(RecordedHttp request) {
        synchronized (this) {
            edits.add(request);
            if (finalRequest == null && request.status() < 300) {
                finalMessage = request.json() == null
                        ? DiscordJson.object()
                        : request.json().deepCopy();
                finalRequest = request;
            }
        }
        signal.changed();
    }

    void followupRecorded(RecordedHttp request) {
        synchronized (this) {
            followups.add(request);
        }
        signal.changed();
    }

    private String describe() {
        return "interaction " + id + " (type " + type + ")";
    }

    @Override
    public String toString() {
        return "InteractionHandle[" + describe() + ", callback " + callbackType() + "]";
    }
}
