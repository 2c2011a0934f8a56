-- chmlfrp-bot store, version 3: QZhua OAuth device-code logins in progress.
-- Portable SQL (H2 2.x and PostgreSQL), as V1: timestamps are epoch milliseconds in a BIGINT,
-- sealed_* columns hold base64(iv || AES-256-GCM ciphertext || tag).

-- A device-code login the bot is polling for (one per chat identity). The row goes when the
-- login ends (linked, denied, expired); one left by a restart is resumed or reported expired.
CREATE TABLE oauth_device_flow (
    platform            VARCHAR(16)   NOT NULL,
    user_id             VARCHAR(64)   NOT NULL,
    bot_account         VARCHAR(64),               -- the QQ self_id the user talked to
    locale              VARCHAR(16)   NOT NULL,    -- zh-CN | en: the language of the outcome message
    sealed_device_code  VARCHAR(8192) NOT NULL,
    user_code           VARCHAR(64)   NOT NULL,    -- shown to the user; not a secret
    interval_seconds    INTEGER       NOT NULL,    -- grows by 5 on every slow_down
    expires_at          BIGINT        NOT NULL,
    started_at          BIGINT        NOT NULL,
    CONSTRAINT pk_oauth_device_flow PRIMARY KEY (platform, user_id)
);
