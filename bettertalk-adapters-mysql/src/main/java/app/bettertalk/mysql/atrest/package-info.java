/**
 * Encryption at rest: what people tell each other (chat messages, session notes and their history, safety plans,
 * moderation copies, reports and notes) reaches the database only as AES-256-GCM ciphertext. Each chat, person or
 * moderation case has its own data key, stored in {@code data_keys} wrapped by a master key that never enters the
 * database; rotating the master key re-wraps the data keys without touching the ciphertext. The associated data of
 * every value names its table, column and row, so a value copied into another row does not open.
 */
package app.bettertalk.mysql.atrest;
