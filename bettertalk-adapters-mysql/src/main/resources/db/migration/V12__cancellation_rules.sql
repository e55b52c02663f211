-- A plan states its cancellation rule, and a booking keeps the rule its plan had when it was booked. Every plan and
-- booking made before this had the default rule.
ALTER TABLE mentor_plans ADD COLUMN cancellation_rule VARCHAR(24) NOT NULL DEFAULT 'UNTIL_MENTOR_REPLIES';
ALTER TABLE mentor_plans ADD CONSTRAINT ck_mentor_plans_cancellation_rule
    CHECK (cancellation_rule IN ('UNTIL_MENTOR_REPLIES', 'NO_REFUNDS'));
ALTER TABLE bookings ADD COLUMN cancellation_rule VARCHAR(24) NOT NULL DEFAULT 'UNTIL_MENTOR_REPLIES';
ALTER TABLE bookings ADD CONSTRAINT ck_bookings_cancellation_rule
    CHECK (cancellation_rule IN ('UNTIL_MENTOR_REPLIES', 'NO_REFUNDS'));
