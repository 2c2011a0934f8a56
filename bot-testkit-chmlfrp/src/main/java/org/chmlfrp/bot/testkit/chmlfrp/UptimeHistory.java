package org.chmlfrp.bot.testkit.chmlfrp;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Daily uptime values of a node, {@value #DAYS} of them, oldest first; the last one is today.
 *
 * <p>Scale: a percentage from 0 to 100 with at most four decimals, the scale of the document's
 * example ({@code 0.1877} for a node that was down almost all day, {@code 0} after). Online nodes
 * mostly score between 97 and 100; an offline node was healthy until some day in the last weeks,
 * scores a low partial value that day and 0 after it. Values are deterministic: a
 * {@link Random} seeded with the node id.
 */
final class UptimeHistory {

    /** How many days the fake keeps (the API's maximum {@code time}). */
    static final int DAYS = 90;

    private UptimeHistory() {}

    /**
     * The full history: {@code recent} (most recent days, last = today) preceded by generated older days.
     */
    static List<Double> complete(int nodeId, boolean online, List<Double> recent) {
        if (recent.size() > DAYS) {
            throw new IllegalArgumentException("at most " + DAYS + " days of uptime, got " + recent.size());
        }
        // Explicit recent days tell the story of the outage; the older days were healthy.
        List<Double> generated = generate(nodeId, online || !recent.isEmpty());
        List<Double> all = new ArrayList<>(generated.subList(0, DAYS - recent.size()));
        all.addAll(recent);
        return List.copyOf(all);
    }

    /** {@value #DAYS} generated values for a node, oldest first. */
    static List<Double> generate(int nodeId, boolean online) {
        Random random = new Random(nodeId * 7919L + 17);
        int downSince = online ? DAYS : DAYS - 3 - random.nextInt(20);
        List<Double> values = new ArrayList<>(DAYS);
        for (int day = 0; day < DAYS; day++) {
            double value;
            if (day < downSince) {
                value = healthyDay(random);
            } else if (day == downSince) {
                value = random.nextDouble() * 40;
            } else {
                value = 0;
            }
            values.add(round4(value));
        }
        return List.copyOf(values);
    }

    private static double healthyDay(Random random) {
        double roll = random.nextDouble();
        if (roll < 0.80) {
            return 100 - random.nextDouble() * 0.5;
        }
        if (roll < 0.95) {
            return 97 + random.nextDouble() * 2.5;
        }
        return 80 + random.nextDouble() * 17;
    }

    static double round4(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
