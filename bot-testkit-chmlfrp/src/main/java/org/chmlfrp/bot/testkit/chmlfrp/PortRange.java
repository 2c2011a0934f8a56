package org.chmlfrp.bot.testkit.chmlfrp;

/** A node's remote port range as the API writes it: {@code "10000-65535"} (or a single port). */
record PortRange(int min, int max) {

    static PortRange parse(String text) {
        String t = text.trim();
        int dash = t.indexOf('-');
        try {
            if (dash < 0) {
                int p = Integer.parseInt(t);
                return new PortRange(p, p);
            }
            return new PortRange(
                    Integer.parseInt(t.substring(0, dash).trim()),
                    Integer.parseInt(t.substring(dash + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port range: " + text, e);
        }
    }

    boolean contains(int port) {
        return port >= min && port <= max;
    }
}
