package org.chmlfrp.bot.discord.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.google.inject.Injector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.chmlfrp.bot.core.command.CommandRegistry;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.discord.CoreFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The slash commands generated from the real core's declarations: the whole JSON as Discord
 * receives it (golden file; regenerate with {@code -Dgolden.update=true} and review the diff),
 * and the rules one by one.
 */
class SlashCommandFactoryTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final String GOLDEN = "golden/slash-commands.json";

    private static CommandRegistry registry;
    private static ArrayNode commands;

    @BeforeAll
    static void generate() throws IOException {
        Injector injector = CoreFixture.injector();
        registry = injector.getInstance(CommandRegistry.class);
        I18n i18n = injector.getInstance(I18n.class);
        List<SlashCommandData> data =
                new SlashCommandFactory(registry, new DiscordLocalization(i18n, registry)).commands();
        commands = JSON.createArrayNode();
        for (SlashCommandData d : data) {
            commands.add(JSON.readTree(d.toData().toJson()));
        }
    }

    @Test
    void theWholeSetMatchesTheGoldenFile() throws IOException {
        JsonNode actual = JSON.readTree(JSON.writeValueAsString(JSON.treeToValue(commands, Object.class)));
        if (Boolean.getBoolean("golden.update")) {
            Path file = Path.of("src/test/resources", GOLDEN);
            Files.writeString(
                    file,
                    JSON.writeValueAsString(JSON.treeToValue(commands, Object.class)) + "\n",
                    StandardCharsets.UTF_8);
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(GOLDEN)) {
            assertThat(in).as(GOLDEN).isNotNull();
            assertThat(actual).isEqualTo(JSON.readTree(in));
        }
    }

    @Test
    void everyDeclaredPathBecomesACommandOrASubcommandAndNothingElse() {
        Set<String> generated = new java.util.TreeSet<>();
        for (JsonNode c : commands) {
            List<JsonNode> subs =
                    options(c).stream().filter(o -> o.get("type").asInt() == 1).toList();
            if (subs.isEmpty()) {
                generated.add(c.get("name").asText());
            } else {
                subs.forEach(s -> generated.add(
                        c.get("name").asText() + " " + s.get("name").asText()));
            }
        }
        Set<String> declared =
                registry.all().stream().map(s -> s.pathText()).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(generated).isEqualTo(declared);
        assertThat(names(commands))
                .contains("tunnel", "node", "domain", "set", "help", "bind", "confirm")
                .doesNotHaveDuplicates();
    }

    @Test
    void tunnelCreateHasTheSpecOptionsInOrderWithTypesAndAutocomplete() {
        JsonNode create = sub("tunnel", "create");
        List<JsonNode> o = options(create);
        assertThat(names(o))
                .containsExactly(
                        "name",
                        "node",
                        "type",
                        "localport",
                        "remoteport",
                        "domain",
                        "ip",
                        "encrypt",
                        "compress",
                        "extra");
        assertThat(o.stream()
                        .filter(x -> x.path("required").asBoolean())
                        .map(x -> x.get("name").asText()))
                .containsExactly("name", "node", "type", "localport");
        assertThat(option(create, "name").get("type").asInt()).isEqualTo(3);
        assertThat(option(create, "node").get("autocomplete").asBoolean()).isTrue();
        assertThat(option(create, "domain").get("autocomplete").asBoolean()).isTrue();
        assertThat(option(create, "type").get("autocomplete").asBoolean()).isFalse();
        assertThat(names(list(option(create, "type").get("choices"))))
                .containsExactlyInAnyOrderElementsOf(choiceValues(option(create, "type")));
        JsonNode local = option(create, "localport");
        assertThat(local.get("type").asInt()).isEqualTo(4);
        assertThat(local.get("min_value").asLong()).isEqualTo(1);
        assertThat(local.get("max_value").asLong()).isEqualTo(65535);
        assertThat(option(create, "encrypt").get("type").asInt()).isEqualTo(5);
    }

    @Test
    void requiredOptionsComeFirstEvenWhenDeclaredLater() {
        for (JsonNode c : commands) {
            List<JsonNode> holders = new ArrayList<>();
            List<JsonNode> subs =
                    options(c).stream().filter(o -> o.get("type").asInt() == 1).toList();
            holders.addAll(subs.isEmpty() ? List.of(c) : subs);
            for (JsonNode h : holders) {
                boolean optionalSeen = false;
                for (JsonNode o : options(h)) {
                    boolean required = o.path("required").asBoolean();
                    assertThat(required && optionalSeen)
                            .as("%s: required after optional", h.get("name"))
                            .isFalse();
                    optionalSeen |= !required;
                }
            }
        }
    }

    @Test
    void integersKeepTheirRangeAndChoicesTheirWords() {
        JsonNode page = option(sub("tunnel", "list"), "page");
        assertThat(page.get("type").asInt()).isEqualTo(4);
        assertThat(page.get("min_value").asLong()).isEqualTo(1);
        assertThat(page.get("max_value").asLong()).isEqualTo(9999);
        JsonNode days = option(sub("node", "uptime"), "days");
        assertThat(days.get("min_value").asLong()).isEqualTo(1);
        JsonNode filter = option(sub("node", "list"), "filter");
        assertThat(filter.get("type").asInt()).isEqualTo(3);
        assertThat(choiceValues(filter)).contains("vip", "online", "udp");
        assertThat(choiceValues(option(sub("domain", "create"), "type"))).containsExactly("A", "AAAA", "CNAME", "SRV");
    }

    @Test
    void tunnelAndNodeParametersAutocomplete() {
        assertThat(option(sub("tunnel", "delete"), "tunnel").get("autocomplete").asBoolean())
                .isTrue();
        assertThat(option(sub("tunnel", "info"), "tunnel").get("autocomplete").asBoolean())
                .isTrue();
        assertThat(option(sub("node", "info"), "node").get("autocomplete").asBoolean())
                .isTrue();
        assertThat(option(sub("domain", "delete"), "domain").get("autocomplete").asBoolean())
                .isTrue();
    }

    @Test
    void bindAndLoginOptionsAreOptionalSoThatAModalCanAskForThem() {
        assertThat(option(top("bind"), "token").path("required").asBoolean()).isFalse();
        assertThat(option(top("login"), "username").path("required").asBoolean())
                .isFalse();
        assertThat(option(top("login"), "password").path("required").asBoolean())
                .isFalse();
        assertThat(option(top("register"), "password").path("required").asBoolean())
                .isTrue();
    }

    @Test
    void descriptionsAreEnglishByDefaultAndChineseForZhCnAndZhTw() {
        JsonNode create = sub("tunnel", "create");
        assertThat(create.get("description").asText()).isNotBlank().doesNotContain("‹");
        assertThat(create.get("description_localizations").get("zh-CN").asText())
                .startsWith("创建隧道");
        assertThat(create.get("description_localizations").get("zh-TW").asText())
                .startsWith("创建隧道");
        assertThat(create.get("description_localizations").get("en-US").asText())
                .isEqualTo(create.get("description").asText());
        JsonNode node = option(create, "node");
        assertThat(node.get("description_localizations").get("zh-CN").asText()).isEqualTo("节点名称");
        assertThat(node.get("name_localizations").get("zh-CN").asText()).isEqualTo("node");
        assertThat(top("tunnel").get("name_localizations").get("zh-CN").asText())
                .isEqualTo("tunnel");
    }

    @Test
    void everyTextKeepsDiscordsLimits() {
        List<JsonNode> all = new ArrayList<>();
        collect(JSON.valueToTree(commands), all);
        for (JsonNode n : all) {
            if (n.has("description")) {
                assertThat(n.get("description").asText()).hasSizeBetween(1, 100);
                n.path("description_localizations")
                        .forEach(d -> assertThat(d.asText()).hasSizeBetween(1, 100));
            }
            if (n.has("name") && n.has("type")) {
                assertThat(n.get("name").asText()).matches("[a-z0-9_-]{1,32}");
            }
        }
        assertThat(commands.size()).isLessThanOrEqualTo(100);
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isObject()) {
            out.add(n);
        }
        n.forEach(child -> collect(child, out));
    }

    static JsonNode top(String name) {
        return StreamSupport.stream(commands.spliterator(), false)
                .filter(c -> c.get("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no /" + name));
    }

    static JsonNode sub(String group, String name) {
        return options(top(group)).stream()
                .filter(o -> o.get("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no /" + group + " " + name));
    }

    static JsonNode option(JsonNode holder, String name) {
        return options(holder).stream()
                .filter(o -> o.get("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option " + name));
    }

    static List<JsonNode> options(JsonNode holder) {
        return list(holder.path("options"));
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    static List<String> names(Iterable<JsonNode> nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(n.get("name").asText()));
        return out;
    }

    static List<String> choiceValues(JsonNode option) {
        List<String> out = new ArrayList<>();
        option.path("choices").forEach(c -> out.add(c.get("value").asText()));
        return out;
    }
}
