package app.bettertalk.core.audit;

import app.bettertalk.core.shared.Port;
import app.bettertalk.core.shared.UserId;

import java.util.List;
import java.util.Optional;

/** The append-only record of reads of private words by anyone but their owners. */
@Port
public interface AuditTrail {
    /** Appends {@code entry}; there is no way to change or remove one. */
    void record(AuditEntry entry);

    /** The newest entries first, at most {@code limit}; with {@code person}, those by or about them. */
    List<AuditEntry> recent(Optional<UserId> person, int limit);
}
