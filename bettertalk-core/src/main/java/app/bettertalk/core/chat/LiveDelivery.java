package app.bettertalk.core.chat;

import app.bettertalk.core.shared.Port;

/**
 * Pushes a stored message to the participants' open chat pages. Called only after the message committed; it may
 * be called again for the same message (a retried send), so receivers deduplicate by message id.
 */
@Port
public interface LiveDelivery {
    void deliver(Message message);
}
