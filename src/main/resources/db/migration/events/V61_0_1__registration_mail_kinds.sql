-- REGISTERED: the first mail after registering; its text follows the status at sending time
-- (confirmed or waiting list).
ALTER TABLE events.notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE events.notification ADD CONSTRAINT notification_kind_check
    CHECK (kind IN ('REGISTERED', 'PROMOTED', 'CANCELLED', 'EVENT_CANCELLED', 'CONFIRMED', 'WAITLISTED'));
ALTER TABLE events.notification ADD COLUMN not_before TIMESTAMPTZ NOT NULL DEFAULT now();
