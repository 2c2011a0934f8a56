package org.chmlfrp.bot.core.oauth;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.chmlfrp.bot.core.BotSettings;
import org.chmlfrp.bot.core.chat.ChatAdapter;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpApi;
import org.chmlfrp.bot.core.chmlfrp.ChmlFrpSettings;
import org.chmlfrp.bot.core.i18n.I18n;
import org.chmlfrp.bot.core.store.AccessRenewal;
import org.chmlfrp.bot.core.store.AccountLinks;
import org.chmlfrp.bot.core.store.DeviceFlows;
import org.chmlfrp.bot.core.support.DaemonThreads;

/**
 * QZhua device-code login ({@code oauth.*}): the client, the token refresher and the device
 * logins exist only when {@link OAuthSettings#enabled()}; otherwise each is empty and account
 * links are never renewed. The resumer is the {@link ChatAdapter} named {@code oauth}.
 */
public final class OAuthModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), ChatAdapter.class).addBinding().to(DeviceLoginResumer.class);
    }

    @Provides
    @Singleton
    Optional<QZhuaClient> qzhua(OAuthSettings settings, ChmlFrpSettings chmlfrp) {
        return settings.enabled() ? Optional.of(new QZhuaClient(settings, chmlfrp.timeout())) : Optional.empty();
    }

    @Provides
    @Singleton
    Optional<TokenRefresher> tokenRefresher(
            Optional<QZhuaClient> client,
            AccountLinks links,
            PrivateNotices notices,
            I18n i18n,
            BotSettings settings,
            Clock clock) {
        return client.map(c -> new TokenRefresher(c, links, notices, i18n, settings.locale(), clock));
    }

    @Provides
    AccessRenewal renewal(Optional<TokenRefresher> refresher) {
        return refresher.<AccessRenewal>map(r -> r).orElse(AccessRenewal.NONE);
    }

    @Provides
    @Singleton
    Optional<DeviceLogins> deviceLogins(
            Optional<QZhuaClient> client,
            DeviceFlows flows,
            AccountLinks links,
            ChmlFrpApi api,
            PrivateNotices notices,
            I18n i18n,
            Clock clock) {
        return client.map(c -> {
            ScheduledThreadPoolExecutor polls =
                    new ScheduledThreadPoolExecutor(1, DaemonThreads.named("oauth-device-login-"));
            polls.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // stop() drops the waiting polls
            return new DeviceLogins(c, flows, links, api, notices, i18n, polls, clock);
        });
    }
}
