package app.bettertalk.core.safety;

/**
 * Where a text the crisis screen flagged goes once its writer has seen the helplines and sent it anyway: to the
 * moderators, first in their queue. Called inside the transaction that stores the text.
 */
public interface Concerns {
    void raise(Concern concern);
}
