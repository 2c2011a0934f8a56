package org.chmlfrp.bot.testkit.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartTest {

    @Test
    void readsTheBoundaryQuotedOrNot() {
        assertThat(Multipart.boundary("multipart/form-data; boundary=abc")).isEqualTo("abc");
        assertThat(Multipart.boundary("Multipart/Form-Data; charset=utf-8; boundary=\"a b\""))
                .isEqualTo("a b");
        assertThat(Multipart.boundary("application/json")).isNull();
        assertThatThrownBy(() -> Multipart.boundary("multipart/form-data"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void splitsPartsKeepingBinaryBytesAndQuotedFilenames() {
        String body = "preamble\r\n--xyz\r\n"
                + "Content-Disposition: form-data; name=\"payload_json\"\r\n\r\n{\"a\":1}\r\n"
                + "--xyz\r\nContent-Disposition: form-data; name=\"files[1]\"; filename=\"流量 \\\"7d\\\".png\"\r\n"
                + "Content-Type: image/png\r\n\r\n\r\n--x\r\n"
                + "--xyz--\r\n";
        List<Multipart.Part> parts = Multipart.parse(body.getBytes(StandardCharsets.UTF_8), "xyz");
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).name()).isEqualTo("payload_json");
        assertThat(parts.get(0).filename()).isNull();
        assertThat(parts.get(0).text()).isEqualTo("{\"a\":1}");
        assertThat(parts.get(1).name()).isEqualTo("files[1]");
        assertThat(parts.get(1).filename()).isEqualTo("流量 \"7d\".png");
        assertThat(parts.get(1).contentType()).isEqualTo("image/png");
        assertThat(parts.get(1).text()).isEqualTo("\r\n--x");
        assertThat(new UploadedFile("files[1]", "a", "b", new byte[0]).index()).isEqualTo(1);
    }

    @Test
    void anUnclosedBodyIsRejected() {
        assertThatThrownBy(() -> Multipart.parse(
                        "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx".getBytes(StandardCharsets.UTF_8),
                        "xyz"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
