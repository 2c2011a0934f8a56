package org.chmlfrp.bot.testkit.onebot;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Group member roles as the fake knows them: set explicitly, or taken from the group messages it sent. */
final class MemberRoles {

    static final Set<String> VALID = Set.of("owner", "admin", "member");

    private record Member(long groupId, long userId) {}

    private final Map<Member, String> roles = new ConcurrentHashMap<>();

    static String requireValid(String role) {
        if (!VALID.contains(role)) {
            throw new IllegalArgumentException("role must be owner, admin or member, not " + role);
        }
        return role;
    }

    void put(long groupId, long userId, String role) {
        roles.put(new Member(groupId, userId), requireValid(role));
    }

    /** The member's role; {@code member} when unknown. */
    String of(long groupId, long userId) {
        return roles.getOrDefault(new Member(groupId, userId), "member");
    }
}
