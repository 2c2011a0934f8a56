package org.chmlfrp.bot.core.chmlfrp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.chmlfrp.bot.core.chmlfrp.model.NodeDetails;
import org.chmlfrp.bot.core.chmlfrp.model.NodeStatusSummary;
import org.chmlfrp.bot.core.chmlfrp.model.StatusSample;

/**
 * Reads {@code /node_status_info} — megabytes of {@code status_list} — with Jackson's
 * streaming parser. One sample at a time is read into its record and folded into the
 * summary; the list is never held. Failing envelopes are handed to {@link EnvelopeReader}.
 */
final class NodeStatusReader {
    private final ObjectMapper mapper;
    private final EnvelopeReader envelopes;

    NodeStatusReader(ObjectMapper mapper, EnvelopeReader envelopes) {
        this.mapper = mapper;
        this.envelopes = envelopes;
    }

    NodeStatusSummary read(String nodeName, int httpStatus, InputStream body) throws IOException {
        if (httpStatus < 200 || httpStatus >= 300) {
            // A failing answer is small: let the envelope reader classify it.
            byte[] whole;
            try (InputStream in = body) {
                whole = in.readNBytes(64 * 1024);
            }
            envelopes.read(Endpoint.NODE_STATUS_INFO, httpStatus, whole);
            throw malformed(httpStatus, null);
        }
        JsonFactory factory = mapper.getFactory();
        try (InputStream in = body;
                JsonParser p = factory.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw malformed(httpStatus, null);
            }
            Summary summary = new Summary();
            Integer code = null;
            String state = null;
            String msg = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "code" -> code = value.isNumeric() ? p.getIntValue() : parseInt(p.getValueAsString());
                    case "state" -> state = p.getValueAsString();
                    case "msg" -> msg = p.getValueAsString();
                    case "data" -> readData(p, value, summary);
                    default -> p.skipChildren();
                }
            }
            if (code == null || code != 200 || !"success".equalsIgnoreCase(state)) {
                throw new ApiException(
                        EnvelopeReader.kindOf(
                                Endpoint.NODE_STATUS_INFO, httpStatus, code == null ? httpStatus : code, msg),
                        Endpoint.NODE_STATUS_INFO.path(),
                        httpStatus,
                        code,
                        msg);
            }
            return summary.toRecord(nodeName);
        } catch (com.fasterxml.jackson.core.JsonParseException
                | com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            throw malformed(httpStatus, e);
        }
    }

    private static ApiException malformed(int httpStatus, Throwable cause) {
        return new ApiException(
                ApiErrorKind.MALFORMED, Endpoint.NODE_STATUS_INFO.path(), httpStatus, null, null, cause);
    }

    private void readData(JsonParser p, JsonToken start, Summary summary) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("node_details".equals(field) && value == JsonToken.START_OBJECT) {
                summary.details = mapper.readValue(p, NodeDetails.class);
            } else if ("status_list".equals(field) && value == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    summary.add(mapper.readValue(p, StatusSample.class));
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private static Integer parseInt(String text) {
        try {
            return text == null ? null : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The running fold over the samples. */
    private static final class Summary {
        NodeDetails details;
        StatusSample latest;
        int count;
        int peakCurConns;
        double cpuSum;

        void add(StatusSample s) {
            count++;
            peakCurConns = Math.max(peakCurConns, s.curConns());
            cpuSum += s.cpuUsage();
            if (latest == null
                    || (s.timestamp() != null
                            && (latest.timestamp() == null || s.timestamp().isAfter(latest.timestamp())))) {
                latest = s;
            }
        }

        NodeStatusSummary toRecord(String nodeName) {
            return new NodeStatusSummary(
                    nodeName, details, latest, count, peakCurConns, count == 0 ? 0 : cpuSum / count);
        }
    }
}
