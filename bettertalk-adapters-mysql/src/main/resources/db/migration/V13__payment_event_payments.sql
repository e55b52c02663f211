-- Each provider event keeps the payment it was about, so every payment attempt the provider reported (failed ones
-- too) can be read back for its booking.
ALTER TABLE payment_events ADD COLUMN payment_id VARCHAR(100) NOT NULL DEFAULT '';
CREATE INDEX ix_payment_events_order ON payment_events (order_id, received_at);
CREATE INDEX ix_payment_events_payment ON payment_events (payment_id);
