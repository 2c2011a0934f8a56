-- chmlfrp-bot store, version 2: announcements subscriptions and sign-in reminders.
-- Portable SQL, as V1: runs unchanged on H2 2.x and PostgreSQL; timestamps are epoch milliseconds.

-- A group or channel may now subscribe to the panel's announcements ('news').
ALTER TABLE subscription DROP CONSTRAINT ck_subscription_kind;
ALTER TABLE subscription ADD CONSTRAINT ck_subscription_kind CHECK (kind IN ('nodes', 'daily', 'news'));

-- A user who is reminded privately, at a time of day, when they have not signed in yet.
CREATE TABLE signin_reminder (
    platform          VARCHAR(16)  NOT NULL,
    user_id           VARCHAR(64)  NOT NULL,
    bot_account       VARCHAR(64),               -- the QQ self_id it was set up through
    remind_minute     INTEGER      NOT NULL,     -- the time of day, minutes after midnight in broadcast.zone
    last_checked_date VARCHAR(10),               -- ISO date of the last day the API was asked, or null
    next_due_at       BIGINT       NOT NULL,     -- when it is next due (the job reads by this)
    created_at        BIGINT       NOT NULL,
    stopped_reason    VARCHAR(255),              -- set when the bot stopped it on its own
    CONSTRAINT pk_signin_reminder PRIMARY KEY (platform, user_id),
    CONSTRAINT ck_signin_reminder_minute CHECK (remind_minute BETWEEN 0 AND 1439)
);
CREATE INDEX ix_signin_reminder_due ON signin_reminder (next_due_at);
