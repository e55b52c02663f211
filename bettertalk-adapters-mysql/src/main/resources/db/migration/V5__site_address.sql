-- Where `serve` was last reached (one row), so an email sweep running in another process, as cron runs it, links
-- its emails to the address the product is actually served on.
CREATE TABLE site_address (
    id          INT          NOT NULL,
    url         VARCHAR(500) NOT NULL,
    recorded_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id)
);
