package app.bettertalk.core.safety;

/**
 * Where a text the screens flagged goes: to the moderators. Called inside the transaction that stores the text.
 */
public interface Concerns {
    /** A text the crisis screen flagged, sent once its writer had seen the helplines: first in the queue. */
    void raise(Concern concern);

    /** A post or comment that said a watched word which flags or holds it. */
    void raise(WordConcern concern);
}
