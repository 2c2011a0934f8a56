package org.chmlfrp.bot.app.ops;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** The Prometheus registry {@code /metrics} shows, with the JVM and process binders on it. */
public final class OpsMetrics {
    private OpsMetrics() {}

    /**
     * A registry with memory, GC, threads, class loading, CPU, open files and uptime. The GC binder
     * is returned for closing with the registry (it listens to GC notifications).
     */
    public static Registry create() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmInfoMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return new Registry(registry, gc);
    }

    /** The registry and what must be closed with it. */
    public record Registry(PrometheusMeterRegistry prometheus, JvmGcMetrics gc) implements AutoCloseable {
        @Override
        public void close() {
            gc.close();
            prometheus.close();
        }
    }
}
