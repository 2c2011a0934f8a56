package org.chmlfrp.bot.core.chmlfrp.model;

/** An inclusive port range such as a node's {@code rport} ({@code "10000-65535"}). */
public record PortRange(int low, int high) {
    public static final PortRange ALL = new PortRange(1, 65535);

    public boolean contains(int port) {
        return port >= low && port <= high;
    }

    /** Parses {@code "10000-65535"} or a single port; anything unreadable means {@link #ALL}. */
    public static PortRange parse(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        String[] parts = text.trim().split("\\s*-\\s*");
        try {
            int low = Integer.parseInt(parts[0]);
            int high = parts.length > 1 ? Integer.parseInt(parts[1]) : low;
            return low <= high ? new PortRange(low, high) : ALL;
        } catch (NumberFormatException e) {
            return ALL;
        }
    }

    @Override
    public String toString() {
        return low == high ? Integer.toString(low) : low + "-" + high;
    }
}
