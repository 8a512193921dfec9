-- Time slots in which a participant is not there ("I have to leave at two"): the solver then
-- does not count on them in that slot and never puts a session they host there.
CREATE TABLE barcamp.away (
    barcamp_id      UUID        NOT NULL,
    registration_id UUID        NOT NULL,
    slot_id         UUID        NOT NULL REFERENCES barcamp.slot (id) ON DELETE CASCADE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (registration_id, slot_id),
    FOREIGN KEY (barcamp_id, registration_id)
        REFERENCES barcamp.participant (barcamp_id, registration_id) ON DELETE CASCADE
);
CREATE INDEX away_barcamp ON barcamp.away (barcamp_id);
