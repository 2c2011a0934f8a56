package org.chmlfrp.bot.testkit.chmlfrp;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The free-subdomain rules of the document: record types, TTL strings, targets. */
final class SubdomainRules {

    /** The only TTL values the API takes, in its own spelling. */
    static final List<String> TTLS =
            List.of("1分钟", "2分钟", "5分钟", "10分钟", "15分钟", "30分钟", "1小时", "2小时", "5小时", "12小时", "1天");

    static final List<String> TYPES = List.of("A", "AAAA", "CNAME", "SRV");

    static final String BAD_TTL = "TTL只能是" + String.join("、", TTLS);
    static final String BAD_TYPE = "解析类型只能是A、AAAA、CNAME、SRV";

    private static final Pattern RECORD = Pattern.compile("^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$");
    private static final Pattern IPV4 =
            Pattern.compile("^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
    private static final Pattern HOST = Pattern.compile(
            "^(?=.{1,253}$)([A-Za-z0-9_\\u0080-\\uFFFF]([A-Za-z0-9_\\u0080-\\uFFFF-]*[A-Za-z0-9_\\u0080-\\uFFFF])?\\.)+"
                    + "[A-Za-z\\u0080-\\uFFFF]{2,}\\.?$");

    private SubdomainRules() {}

    static String type(String raw) {
        String type = raw.trim().toUpperCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw ApiError.badRequest(BAD_TYPE);
        }
        return type;
    }

    static String ttl(String raw) {
        String ttl = raw.trim();
        if (!TTLS.contains(ttl)) {
            throw ApiError.badRequest(BAD_TTL);
        }
        return ttl;
    }

    static String record(String raw) {
        String record = raw.trim();
        if (!RECORD.matcher(record).matches()) {
            throw ApiError.badRequest("记录格式错误，只能包含字母、数字、下划线和连字符");
        }
        return record;
    }

    /** A target fitting the record type: IPv4 for A, IPv6 for AAAA, a host name for CNAME. */
    static String target(String type, String raw) {
        String target = raw.trim();
        switch (type) {
            case "A":
                if (!isIpv4(target)) {
                    throw ApiError.badRequest("A记录的解析目标必须是IPv4地址");
                }
                break;
            case "AAAA":
                if (!isIpv6(target)) {
                    throw ApiError.badRequest("AAAA记录的解析目标必须是IPv6地址");
                }
                break;
            case "CNAME":
                if (isIpv4(target) || !HOST.matcher(target).matches()) {
                    throw ApiError.badRequest("CNAME记录的解析目标必须是域名");
                }
                break;
            default:
                break;
        }
        return target;
    }

    static boolean isIpv4(String s) {
        return IPV4.matcher(s).matches();
    }

    static boolean isIpv6(String s) {
        if (!s.contains(":") || !s.matches("^[0-9A-Fa-f:.]+$")) {
            return false;
        }
        try {
            // an IPv6 literal: parsed locally, no name lookup
            return InetAddress.getByName(s) instanceof Inet6Address;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
