package org.chmlfrp.bot.testkit.chmlfrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code bareWriteAnswers}: create and update answer as the panel types them, without {@code data}. */
class BareWriteAnswersTest extends FakeServerTest {
    @Override
    FakeChmlFrpServer.Builder configure(FakeChmlFrpServer.Builder builder) {
        return builder.bareWriteAnswers(true);
    }

    @Test
    void createAndUpdateAnswerWithoutDataButMakeTheChange() {
        ApiClient.Answer created = api.post(
                "/create_tunnel",
                Map.of(
                        "token",
                        VIP_TOKEN,
                        "tunnelname",
                        "bare",
                        "node",
                        "湖南娄底",
                        "porttype",
                        "tcp",
                        "localport",
                        25565,
                        "remoteport",
                        25600,
                        "encryption",
                        false,
                        "compression",
                        false));
        assertThat(created.code()).isEqualTo(200);
        assertThat(created.json().has("data")).isFalse();
        assertThat(server.state().tunnel(227, "bare")).isPresent();

        ApiClient.Answer updated = api.post(
                "/update_tunnel",
                Map.of(
                        "token",
                        VIP_TOKEN,
                        "tunnelid",
                        81329,
                        "tunnelname",
                        "230vZqUp",
                        "node",
                        "日本东京直连-2",
                        "porttype",
                        "tcp",
                        "localport",
                        2222,
                        "remoteport",
                        56078));
        assertThat(updated.code()).isEqualTo(200);
        assertThat(updated.json().has("data")).isFalse();
        assertThat(server.state().tunnel(81329).orElseThrow().localPort()).isEqualTo(2222);
    }
}
