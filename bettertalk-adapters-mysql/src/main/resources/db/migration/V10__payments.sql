-- One line per booking's checkout with the payment provider: its order (NULL order_id while it is being opened),
-- the payment that paid it, and the latest failed attempt. No card or bank data is ever stored here.
CREATE TABLE payments (
    booking_id   BINARY(16)   NOT NULL,
    order_id     VARCHAR(100) NULL,
    amount_paise BIGINT       NOT NULL,
    currency     CHAR(3)      NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    payment_id   VARCHAR(100) NULL,
    last_failure VARCHAR(200) NOT NULL DEFAULT '',
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (booking_id),
    CONSTRAINT uq_payments_order UNIQUE (order_id),
    CONSTRAINT uq_payments_payment UNIQUE (payment_id),
    CONSTRAINT fk_payments_booking FOREIGN KEY (booking_id) REFERENCES bookings (id),
    CONSTRAINT ck_payments_state CHECK (state IN ('OPENING', 'OPEN', 'PAID'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_payments_state_created ON payments (state, created_at);
CREATE INDEX ix_payments_created ON payments (created_at);

-- Every provider event (webhook) received, once: a redelivery finds its id here and changes nothing.
CREATE TABLE payment_events (
    event_id    VARCHAR(100) NOT NULL,
    event_type  VARCHAR(50)  NOT NULL,
    order_id    VARCHAR(100) NOT NULL DEFAULT '',
    received_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The payment sweep's question: which bookings were left unpaid past the time to pay.
CREATE INDEX ix_bookings_status_created ON bookings (status, created_at);
