-- chmlfrp-bot store, version 1.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL. No BLOB/BYTEA, no vendor functions.
-- Every timestamp is epoch milliseconds (UTC) in a BIGINT.
-- Every sealed_* column holds base64(iv || AES-256-GCM ciphertext || tag), never a token in clear.

-- A chat identity linked to a ChmlFrp account. Several identities may link the same account.
CREATE TABLE account_link (
    platform          VARCHAR(16)   NOT NULL,  -- onebot | discord | console
    user_id           VARCHAR(64)   NOT NULL,  -- QQ number, Discord user id, ...
    credential_kind   VARCHAR(16)   NOT NULL,  -- usertoken | oauth
    sealed_secret     VARCHAR(8192) NOT NULL,  -- the usertoken, or the OAuth refresh token
    sealed_access     VARCHAR(8192),           -- the OAuth access token, when one is held
    access_expires_at BIGINT,                  -- its expiry
    chmlfrp_user_id   INTEGER       NOT NULL,
    chmlfrp_username  VARCHAR(255)  NOT NULL,
    linked_at         BIGINT        NOT NULL,
    CONSTRAINT pk_account_link PRIMARY KEY (platform, user_id),
    CONSTRAINT ck_account_link_kind CHECK (credential_kind IN ('usertoken', 'oauth'))
);
CREATE INDEX ix_account_link_chmlfrp_user ON account_link (chmlfrp_user_id);

-- A group or channel that receives broadcasts of one kind.
CREATE TABLE subscription (
    platform     VARCHAR(16)  NOT NULL,
    chat_id      VARCHAR(64)  NOT NULL,        -- group number, channel id
    kind         VARCHAR(16)  NOT NULL,        -- nodes | daily
    bot_account  VARCHAR(64),                  -- the QQ self_id it was made through
    created_by   VARCHAR(64)  NOT NULL,
    created_at   BIGINT       NOT NULL,
    broken_since BIGINT,                       -- set while the place cannot be reached
    CONSTRAINT pk_subscription PRIMARY KEY (platform, chat_id, kind),
    CONSTRAINT ck_subscription_kind CHECK (kind IN ('nodes', 'daily'))
);
CREATE INDEX ix_subscription_kind ON subscription (kind);

-- A user who is told privately when one of their tunnels goes offline or back online.
CREATE TABLE watch (
    platform       VARCHAR(16)  NOT NULL,
    user_id        VARCHAR(64)  NOT NULL,
    bot_account    VARCHAR(64),
    created_at     BIGINT       NOT NULL,
    stopped_reason VARCHAR(255),               -- set when the bot stopped it on its own
    CONSTRAINT pk_watch PRIMARY KEY (platform, user_id)
);

-- Small facts broadcasts must remember across restarts ("daily summary last sent on ...").
-- The value column is state_value: VALUE is a reserved word in H2.
CREATE TABLE broadcast_state (
    name        VARCHAR(128)  NOT NULL,
    state_value VARCHAR(4000) NOT NULL,
    updated_at  BIGINT        NOT NULL,
    CONSTRAINT pk_broadcast_state PRIMARY KEY (name)
);
