/**
 * The notes tab of a chat and its API: the thread's mentor writes from a known version (a stale one is a conflict
 * that keeps what they typed), the thread's user reads; the core refuses everyone else as if the notes did not exist.
 */
package app.bettertalk.web.notes;
