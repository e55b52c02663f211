/**
 * Session notes: one {@link app.bettertalk.core.notes.SessionNotes} document per chat thread, so it carries over
 * when the user rebooks, covering every booking of that pair. The thread's mentor writes and edits it, keeping every
 * revision; the thread's user reads the current text; nobody else learns it exists, admins included.
 */
package app.bettertalk.core.notes;
