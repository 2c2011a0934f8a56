package org.chmlfrp.bot.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chmlfrp.bot.core.chat.BotLocale;
import org.chmlfrp.bot.core.i18n.I18n;
import org.junit.jupiter.api.Test;

/** One way to page a list and one way to show the next-page hint on every text platform. */
class PagingTest {
    private final I18n i18n = new I18n();
    private final PlainTextRenderer plain = new PlainTextRenderer(image -> "[" + image.altText() + "]");

    @Test
    void aMiddlePageCountsThePagesAndOffersTheNextOne() {
        Reply r = Reply.builder().text("rows").page(2, 3, "Next", "domain list").build();
        assertThat(r.paging()).isEqualTo(new Paging(2, 3));
        assertThat(r.actions()).containsExactly(new Action(Action.Kind.PAGE, "Next", "domain list 3"));
    }

    @Test
    void theLastPageOffersNothingAndASinglePageShowsNoCount() {
        Reply last = Reply.builder().page(3, 3, "Next", "tunnel list").build();
        assertThat(last.paging()).isEqualTo(new Paging(3, 3));
        assertThat(last.actions()).isEmpty();
        Reply only = Reply.builder().page(1, 1, "Next", "tunnel list").build();
        assertThat(only.paging()).isNull();
        assertThat(only.actions()).isEmpty();
    }

    @Test
    void pagesAreCountedAndSlicedByPageSize() {
        List<Integer> items = List.of(1, 2, 3, 4, 5, 6, 7);
        assertThat(Paging.count(7, 3)).isEqualTo(3);
        assertThat(Paging.count(6, 3)).isEqualTo(2);
        assertThat(Paging.slice(items, 1, 3)).containsExactly(1, 2, 3);
        assertThat(Paging.slice(items, 3, 3)).containsExactly(7);
    }

    @Test
    void theNextPageHintUsesThePlatformsPrefixAndTheReplysLanguage() {
        Reply r =
                Reply.builder().text("rows").page(1, 2, "Next", "node list udp").build();
        assertThat(plain.render(r, a -> PlainTextRenderer.actionHint(a, i18n, BotLocale.ZH_CN, "#")))
                .isEqualTo("rows\n(1/2)\n下一页：发送 #node list udp 2");
        assertThat(plain.render(r, a -> PlainTextRenderer.actionHint(a, i18n, BotLocale.EN, "/")))
                .endsWith("Next page: send /node list udp 2");
    }

    @Test
    void linksReadAsTheirAddressAndConfirmButtonsAddNothing() {
        assertThat(PlainTextRenderer.actionHint(Action.link("Panel", "https://panel.example"), i18n, BotLocale.EN, "/"))
                .isEqualTo("Panel: https://panel.example");
        assertThat(PlainTextRenderer.actionHint(
                        new Action(Action.Kind.CONFIRM, "OK", "confirm"), i18n, BotLocale.EN, "/"))
                .isNull();
    }
}
