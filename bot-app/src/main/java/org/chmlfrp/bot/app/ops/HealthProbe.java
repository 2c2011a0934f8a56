package org.chmlfrp.bot.app.ops;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * A container health check that needs nothing but the JRE and this class:
 * {@code java -cp /app/classes org.chmlfrp.bot.app.ops.HealthProbe [URL]} exits 0 when
 * {@code GET URL} (default {@value #DEFAULT_URL}) answers 200, else 1. The image's base has no
 * promise of curl or wget, and Jib cannot write a Dockerfile {@code HEALTHCHECK}: the compose file
 * runs this.
 */
public final class HealthProbe {
    static final String DEFAULT_URL = "http://127.0.0.1:9464/health";

    private HealthProbe() {}

    public static void main(String[] args) {
        System.exit(probe(args.length > 0 ? args[0] : DEFAULT_URL) ? 0 : 1);
    }

    static boolean probe(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(3000);
            c.setReadTimeout(5000);
            int status = c.getResponseCode();
            InputStream body = status >= 400 ? c.getErrorStream() : c.getInputStream();
            if (body != null) {
                body.close();
            }
            return status == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
