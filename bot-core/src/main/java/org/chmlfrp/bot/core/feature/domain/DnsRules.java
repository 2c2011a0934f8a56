package org.chmlfrp.bot.core.feature.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The free-subdomain rules the API states, checked before calling it: the record label, the record
 * types and which target fits which type (A: IPv4, AAAA: IPv6, CNAME: a host name; SRV: free text).
 * Pure string checks: nothing here resolves a name.
 */
public final class DnsRules {
    /** What the API accepts as a {@code record}: letters, digits, underscore and hyphen, 1–63, no hyphen at the ends. */
    private static final Pattern RECORD = Pattern.compile("^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$");

    private static final Pattern IPV4 =
            Pattern.compile("^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
    private static final Pattern HEX_GROUP = Pattern.compile("^[0-9A-Fa-f]{1,4}$");
    /** A host-name label; non-ASCII letters allowed (internationalized names such as 映射.中国). */
    private static final Pattern LABEL = Pattern.compile(
            "^[A-Za-z0-9_\\u0080-\\uFFFF](?:[A-Za-z0-9_\\u0080-\\uFFFF-]{0,61}[A-Za-z0-9_\\u0080-\\uFFFF])?$");

    /** The record types the API allows. */
    public enum RecordType {
        A,
        AAAA,
        CNAME,
        SRV;

        public static Optional<RecordType> parse(String text) {
            return Arrays.stream(values())
                    .filter(t -> text != null && t.name().equals(text.strip().toUpperCase(Locale.ROOT)))
                    .findFirst();
        }
    }

    private DnsRules() {}

    public static boolean validRecord(String record) {
        return record != null && RECORD.matcher(record).matches();
    }

    /** Whether {@code target} suits a record of this type. */
    public static boolean targetFits(RecordType type, String target) {
        if (target == null || target.isBlank()) {
            return false;
        }
        String t = target.strip();
        return switch (type) {
            case A -> isIpv4(t);
            case AAAA -> isIpv6(t);
            case CNAME -> isHostName(t);
            case SRV -> true;
        };
    }

    public static boolean isIpv4(String s) {
        return s != null && IPV4.matcher(s).matches();
    }

    /** A textual IPv6 address: eight groups, or fewer with one {@code ::}, optionally ending in an IPv4 address. */
    public static boolean isIpv6(String s) {
        if (s == null || !s.contains(":")) {
            return false;
        }
        String body = s;
        int groupsNeeded = 8;
        int lastColon = s.lastIndexOf(':');
        if (s.substring(lastColon + 1).contains(".")) {
            if (!isIpv4(s.substring(lastColon + 1))) {
                return false;
            }
            String prefix = s.substring(0, lastColon + 1);
            body = prefix.endsWith("::") ? prefix : prefix.substring(0, prefix.length() - 1);
            groupsNeeded = 6;
        }
        int doubleColon = body.indexOf("::");
        if (doubleColon < 0) {
            return groups(body) == groupsNeeded;
        }
        if (body.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        int head = groups(body.substring(0, doubleColon));
        int rest = groups(body.substring(doubleColon + 2));
        return head >= 0 && rest >= 0 && head + rest < groupsNeeded;
    }

    /** How many hex groups a colon-separated run has: 0 for an empty run, -1 if a group is not valid. */
    private static int groups(String run) {
        if (run.isEmpty()) {
            return 0;
        }
        String[] parts = run.split(":", -1);
        return Arrays.stream(parts).allMatch(p -> HEX_GROUP.matcher(p).matches()) ? parts.length : -1;
    }

    /** A host name of two or more labels (a trailing dot allowed), not an IP address, whose last label is not a number. */
    public static boolean isHostName(String s) {
        if (s == null || s.isEmpty() || isIpv4(s) || s.contains(":")) {
            return false;
        }
        String name = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        if (name.length() > 253) {
            return false;
        }
        String[] labels = name.split("\\.", -1);
        return labels.length >= 2
                && Arrays.stream(labels).allMatch(l -> LABEL.matcher(l).matches())
                && !labels[labels.length - 1].matches("\\d+");
    }
}
