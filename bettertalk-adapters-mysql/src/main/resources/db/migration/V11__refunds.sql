-- A paid booking can be called off and its price given back.
ALTER TABLE bookings DROP CONSTRAINT ck_bookings_status;
ALTER TABLE bookings ADD CONSTRAINT ck_bookings_status
    CHECK (status IN ('PENDING', 'CONFIRMED', 'CANCELLED', 'EXPIRED', 'REFUNDED'));

-- Money owed back, one refund per payment at most: a booking's own payment when it is refunded, or a payment that
-- came after its booking was closed. idempotency_key is fixed when the row is made, so every retry asks the
-- provider for the same refund. No card or bank data is ever stored here.
CREATE TABLE refunds (
    payment_id      VARCHAR(100) NOT NULL,
    booking_id      BINARY(16)   NOT NULL,
    amount_paise    BIGINT       NOT NULL,
    idempotency_key VARCHAR(120) NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    reason          VARCHAR(24)  NOT NULL,
    refund_id       VARCHAR(100) NOT NULL DEFAULT '',
    attempts        INT          NOT NULL DEFAULT 0,
    last_error      VARCHAR(200) NOT NULL DEFAULT '',
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (payment_id),
    CONSTRAINT uq_refunds_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT fk_refunds_booking FOREIGN KEY (booking_id) REFERENCES bookings (id),
    CONSTRAINT ck_refunds_state CHECK (state IN ('REQUESTED', 'PENDING', 'FAILED', 'PROCESSED')),
    CONSTRAINT ck_refunds_amount CHECK (amount_paise > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Reconciliation's question (which refunds are still owed or on their way, quiet longest first), and operators'.
CREATE INDEX ix_refunds_state_updated ON refunds (state, updated_at);
CREATE INDEX ix_refunds_booking ON refunds (booking_id, created_at);
CREATE INDEX ix_refunds_created ON refunds (created_at);

-- The refund rule's question: when did the mentor first write in this chat since the booking opened?
CREATE INDEX ix_chat_messages_chat_sender_sent ON chat_messages (chat_id, sender_id, sent_at);
