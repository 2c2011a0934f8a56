package org.chmlfrp.bot.discord.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import java.util.Map;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.command.CommandRegistry;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.discord.CoreFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JDA's localization keys answered from the core's bundles. */
class DiscordLocalizationTest {
    private static DiscordLocalization localization;

    @BeforeAll
    static void setUp() {
        Injector injector = CoreFixture.injector();
        localization =
                new DiscordLocalization(injector.getInstance(I18n.class), injector.getInstance(CommandRegistry.class));
    }

    @Test
    void commandDescriptionsComeFromCmdKeys() {
        Map<DiscordLocale, String> m = localization.apply("tunnel.delete.description");
        assertThat(m.get(DiscordLocale.CHINESE_CHINA)).isEqualTo("删除隧道（需要确认）");
        assertThat(m.get(DiscordLocale.CHINESE_TAIWAN)).isEqualTo("删除隧道（需要确认）");
        assertThat(m.get(DiscordLocale.ENGLISH_US))
                .isNotBlank()
                .doesNotContain("‹")
                .isEqualTo(m.get(DiscordLocale.ENGLISH_UK));
        assertThat(m).doesNotContainKey(DiscordLocale.JAPANESE);
    }

    @Test
    void optionDescriptionsComeFromParamKeysEvenForAnOptionCalledName() {
        assertThat(localization.apply("tunnel.create.options.name.description").get(DiscordLocale.CHINESE_CHINA))
                .isEqualTo("名称");
        assertThat(localization.apply("tunnel.create.options.name.name"))
                .containsEntry(DiscordLocale.CHINESE_CHINA, "name")
                .containsEntry(DiscordLocale.ENGLISH_US, "name");
        assertThat(localization.apply("set.name.name")).containsEntry(DiscordLocale.CHINESE_CHINA, "name");
        assertThat(localization.apply("set.name.description").get(DiscordLocale.CHINESE_CHINA))
                .isEqualTo("修改用户名");
    }

    @Test
    void choicesAreNotTranslated() {
        assertThat(localization.apply("node.list.options.filter.choices.vip.name"))
                .isEmpty();
    }

    @Test
    void aGroupWithoutItsOwnTextListsItsSubcommands() {
        String zh = localization.commandDescription(BotLocale.ZH_CN, "node");
        assertThat(zh).isNotBlank().hasSizeLessThanOrEqualTo(100);
        if (!zh.startsWith("‹")) {
            assertThat(zh)
                    .satisfiesAnyOf(
                            s -> assertThat(s).contains("list"),
                            s -> assertThat(s).contains("节点"));
        }
    }

    @Test
    void longTextsAreCutToOneHundredCharacters() {
        assertThat(localization.optionDescription(BotLocale.EN, "filter")).hasSizeLessThanOrEqualTo(100);
        assertThat(localization.commandDescription(BotLocale.ZH_CN, "node list"))
                .hasSizeLessThanOrEqualTo(100);
    }

    @Test
    void userLocalesMapToTheTwoBotLanguages() {
        assertThat(DiscordLocalization.botLocale(DiscordLocale.CHINESE_CHINA)).isEqualTo(BotLocale.ZH_CN);
        assertThat(DiscordLocalization.botLocale(DiscordLocale.CHINESE_TAIWAN)).isEqualTo(BotLocale.ZH_CN);
        assertThat(DiscordLocalization.botLocale(DiscordLocale.ENGLISH_US)).isEqualTo(BotLocale.EN);
        assertThat(DiscordLocalization.botLocale(DiscordLocale.JAPANESE)).isEqualTo(BotLocale.EN);
        assertThat(DiscordLocalization.botLocale(null)).isEqualTo(BotLocale.EN);
    }
}
