package org.chmlfrp.bot.testkit.chmlfrp;

import java.util.List;
import java.util.Random;

/**
 * Seven days of traffic, oldest first, the last day being today. Deterministic: a {@link Random}
 * seeded with the tunnel or user id; today's values are the live {@code today_traffic_*}.
 */
final class TrafficHistory {

    static final int DAYS = 7;

    private TrafficHistory() {}

    /** Bytes in and out per day. */
    record Days(long[] in, long[] out) {}

    /** A tunnel's last seven days; a tunnel that never ran has none. */
    static Days ofTunnel(FakeTunnel tunnel) {
        long[] in = new long[DAYS];
        long[] out = new long[DAYS];
        boolean everRan = !FakeTunnel.NOT_STARTED.equals(tunnel.clientVersion())
                || tunnel.todayTrafficIn() > 0
                || tunnel.todayTrafficOut() > 0;
        if (everRan) {
            Random random = new Random(tunnel.id() * 31L + 7);
            for (int day = 0; day < DAYS - 1; day++) {
                in[day] = 1_048_576L + random.nextInt(80 * 1_048_576);
                out[day] = in[day] * (2 + random.nextInt(6));
            }
        }
        in[DAYS - 1] = tunnel.todayTrafficIn();
        out[DAYS - 1] = tunnel.todayTrafficOut();
        return new Days(in, out);
    }

    /** An account's last seven days: the sum over its tunnels. */
    static Days ofAccount(List<FakeTunnel> tunnels) {
        long[] in = new long[DAYS];
        long[] out = new long[DAYS];
        for (FakeTunnel t : tunnels) {
            Days days = ofTunnel(t);
            for (int i = 0; i < DAYS; i++) {
                in[i] += days.in()[i];
                out[i] += days.out()[i];
            }
        }
        return new Days(in, out);
    }
}
