package org.chmlfrp.bot.core.oauth;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.chmlfrp.bot.core.chat.ChatAdapter;

/**
 * Resumes the device logins a restart interrupted. Bound as the {@link ChatAdapter} named
 * {@code oauth} so the launcher starts it with the chat adapters (their sinks exist by then; the
 * first poll waits one interval); it takes no messages.
 */
@Singleton
public final class DeviceLoginResumer implements ChatAdapter {
    private final Optional<DeviceLogins> logins;

    @Inject
    public DeviceLoginResumer(Optional<DeviceLogins> logins) {
        this.logins = logins;
    }

    @Override
    public String name() {
        return "oauth";
    }

    @Override
    public boolean takesMessages() {
        return false;
    }

    @Override
    public void start() {
        logins.ifPresent(DeviceLogins::resume);
    }

    @Override
    public void stop() {
        logins.ifPresent(DeviceLogins::stop);
    }
}
