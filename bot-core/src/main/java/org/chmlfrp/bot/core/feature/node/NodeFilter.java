package org.chmlfrp.bot.core.feature.node;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.chmlfrp.bot.core.chmlfrp.model.Node;
import org.chmlfrp.bot.core.chmlfrp.model.NodeGroup;

/**
 * The filters of {@code node list}: each has an English keyword (used in page commands) and a
 * Chinese word, both accepted in any case.
 */
public enum NodeFilter {
    VIP("vip", "会员"),
    USER("user", "免费"),
    CHINA("china", "国内"),
    ABROAD("abroad", "海外"),
    WEB("web", "建站"),
    UDP("udp", "udp"),
    ONLINE("online", "在线");

    private final String keyword;
    private final String chinese;

    NodeFilter(String keyword, String chinese) {
        this.keyword = keyword;
        this.chinese = chinese;
    }

    /** The English keyword, e.g. {@code vip}: what page commands carry. */
    public String keyword() {
        return keyword;
    }

    /** The i18n key of the filter's label. */
    public String labelKey() {
        return "node.filter." + keyword;
    }

    /** Whether a node passes this filter; {@code online} is the node's state from the cached stats. */
    public boolean accepts(Node node, boolean online) {
        return switch (this) {
            case VIP -> node.group() == NodeGroup.VIP;
            case USER -> node.group() != NodeGroup.VIP;
            case CHINA -> node.china();
            case ABROAD -> !node.china();
            case WEB -> node.web();
            case UDP -> node.udp();
            case ONLINE -> online;
        };
    }

    /** The filter a word names (English keyword or Chinese word, any case). */
    public static Optional<NodeFilter> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.keyword.equals(w) || f.chinese.equals(w))
                .findFirst();
    }

    /** Every accepted word, English keywords first (for the parameter's choice type). */
    public static String[] words() {
        return Stream.concat(
                        Arrays.stream(values()).map(f -> f.keyword),
                        Arrays.stream(values()).map(f -> f.chinese))
                .distinct()
                .toArray(String[]::new);
    }
}
