package org.chmlfrp.bot.core.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class CjkFontsTest {

  static final String INSTALL_HINT =
      "No installed font can display Chinese, so charts would draw boxes. Install one:"
          + " sudo apt-get install fonts-wqy-microhei (CI installs it), or fonts-noto-cjk";

  private final Logger logger = (Logger) LoggerFactory.getLogger(CjkFonts.class);
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

  @BeforeEach
  void captureLogs() {
    logs.start();
    logger.addAppender(logs);
  }

  @AfterEach
  void releaseLogs() {
    logger.detachAppender(logs);
  }

  @Test
  void picksAnInstalledFamilyThatDisplaysChinese() {
    CjkFonts fonts = new CjkFonts();

    assertThat(fonts.canDisplayChinese()).withFailMessage(INSTALL_HINT).isTrue();
    assertThat(fonts.family()).isNotEqualTo(Font.SANS_SERIF);
    Font font = fonts.font(Font.PLAIN, 14f);
    assertThat(font.getFamily(Locale.ENGLISH)).isEqualToIgnoringCase(fonts.family());
    assertThat(font.canDisplayUpTo(CjkFonts.SAMPLE)).withFailMessage(INSTALL_HINT).isEqualTo(-1);
    assertThat(font.canDisplayUpTo("节点 在线率 流量 入站 出站 暂无数据 日期")).isEqualTo(-1);
    assertThat(warnings()).isEmpty();
  }

  @Test
  void fontHasTheRequestedStyleAndSize() {
    Font font = new CjkFonts().font(Font.BOLD, 22f);

    assertThat(font.isBold()).isTrue();
    assertThat(font.getSize2D()).isEqualTo(22f);
  }

  @Test
  void candidateOrderBeatsTheOrderOfInstalledFamilies() {
    List<String> cjk = installedCjkFamilies();
    assumeTrue(cjk.size() >= 2, "needs two installed CJK families, found " + cjk);
    String last = cjk.get(cjk.size() - 1);

    CjkFonts fonts = new CjkFonts(List.of("No Such Family", last), () -> cjk);

    assertThat(fonts.family()).isEqualTo(last);
  }

  @Test
  void candidatesMatchIgnoringCase() {
    List<String> cjk = installedCjkFamilies();
    assertThat(cjk).withFailMessage(INSTALL_HINT).isNotEmpty();
    String wanted = cjk.get(0);

    CjkFonts fonts =
        new CjkFonts(List.of(wanted.toUpperCase(Locale.ROOT)), () -> List.of("Serif", wanted));

    assertThat(fonts.family()).isEqualTo(wanted);
  }

  @Test
  void withoutCandidatesAnyInstalledFamilyThatDisplaysChineseIsTaken() {
    List<String> all = localFamilies();
    CjkFonts fonts = new CjkFonts(List.of(), () -> all);

    assertThat(fonts.canDisplayChinese()).withFailMessage(INSTALL_HINT).isTrue();
    assertThat(new Font(fonts.family(), Font.PLAIN, 12).canDisplayUpTo(CjkFonts.SAMPLE))
        .isEqualTo(-1);
  }

  @Test
  void fromEnvironmentReadsTheGivenGraphicsEnvironment() {
    CjkFonts fonts =
        CjkFonts.fromEnvironment(
            CjkFonts.DEFAULT_CANDIDATES, GraphicsEnvironment::getLocalGraphicsEnvironment);

    assertThat(fonts.canDisplayChinese()).withFailMessage(INSTALL_HINT).isTrue();
    assertThat(fonts.family()).isEqualTo(new CjkFonts().family());
  }

  @Test
  void unknownFamilyNamesAreNotMistakenForTheDialogFallback() {
    // new Font("No Such Family") silently becomes Dialog, which may well display Chinese.
    CjkFonts fonts =
        new CjkFonts(List.of("No Such Family"), () -> List.of("No Such Family", "Another Missing"));

    assertThat(fonts.family()).isEqualTo(Font.SANS_SERIF);
    assertThat(fonts.canDisplayChinese()).isFalse();
  }

  @Test
  void fallsBackToSansSerifWithOneWarningNamingTheFontPackages() {
    CjkFonts fonts = new CjkFonts(CjkFonts.DEFAULT_CANDIDATES, List::of);

    assertThat(fonts.family()).isEqualTo(Font.SANS_SERIF);
    assertThat(fonts.family()).isEqualTo(Font.SANS_SERIF);
    assertThat(fonts.canDisplayChinese()).isFalse();
    fonts.font(Font.PLAIN, 12f);

    assertThat(warnings()).hasSize(1);
    assertThat(warnings().get(0))
        .contains("boxes")
        .contains("fonts-noto-cjk")
        .contains("fonts-wqy-microhei");
  }

  @Test
  void aFailingFontListAlsoFallsBack() {
    CjkFonts fonts =
        new CjkFonts(
            CjkFonts.DEFAULT_CANDIDATES,
            () -> {
              throw new IllegalStateException("fontconfig broken");
            });

    assertThat(fonts.family()).isEqualTo(Font.SANS_SERIF);
    assertThat(warnings()).hasSize(1);
  }

  @Test
  void detectionIsLazyAndRunsOnceAcrossThreads() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    List<String> families = localFamilies();
    Supplier<Collection<String>> counting =
        () -> {
          calls.incrementAndGet();
          return families;
        };
    CjkFonts fonts = new CjkFonts(CjkFonts.DEFAULT_CANDIDATES, counting);
    assertThat(calls).hasValue(0);

    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return fonts.family();
                }));
      }
      start.countDown();
      List<String> chosen = new ArrayList<>();
      for (Future<String> f : results) {
        chosen.add(f.get(30, TimeUnit.SECONDS));
      }
      assertThat(chosen).containsOnly(fonts.family());
    } finally {
      pool.shutdownNow();
    }
    assertThat(calls).hasValue(1);
  }

  private List<String> warnings() {
    return logs.list.stream()
        .filter(e -> e.getLevel() == Level.WARN)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  static List<String> localFamilies() {
    return Arrays.asList(
        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ENGLISH));
  }

  /** Installed physical families that display the sample, in the environment's order. */
  static List<String> installedCjkFamilies() {
    List<String> out = new ArrayList<>();
    for (String name : localFamilies()) {
      Font f = new Font(name, Font.PLAIN, 12);
      if (f.getFamily(Locale.ENGLISH).equalsIgnoreCase(name)
          && !List.of("dialog", "dialoginput", "monospaced", "sansserif", "serif")
              .contains(name.toLowerCase(Locale.ROOT))
          && f.canDisplayUpTo(CjkFonts.SAMPLE) == -1) {
        out.add(name);
      }
    }
    return out;
  }
}
