package app.bettertalk.core.moderation;

import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.shared.Port;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored moderation cases, their reports, and the record of moderators reading reported chat messages. */
@Port
public interface ModerationCases {
    Optional<ModerationCase> byId(CaseId id);

    /**
     * The undecided case of {@code candidate}'s subject: the one already open, or else {@code candidate}, stored now.
     * Two reports at once join one case.
     */
    ModerationCase openFor(ModerationCase candidate);

    /** Saves a case's crisis flag and decision. */
    void update(ModerationCase moderationCase);

    /** Undecided cases, crisis ones first, then the oldest first. */
    List<ModerationCase> queue(int limit);

    /** Whether {@code author} has an undecided crisis case about something they wrote in {@code place}. */
    boolean openCrisisOf(UserId author, UUID place);

    /** Every case about things {@code author} wrote or is, newest first: their history for a moderator. */
    List<ModerationCase> ofAuthor(UserId author, int limit);

    /** Adds {@code report} unless its reporter already reported the case; false when they had. */
    boolean addReport(Report report);

    /** A case's reports, oldest first. */
    List<Report> reportsOf(CaseId id);

    /** The reports {@code reporter} made, newest first, with their cases. */
    List<ReportedCase> reportsBy(UserId reporter, int limit);

    /** Records that {@code moderator} read the reported chat message of case {@code id}. */
    void recordRead(CaseId id, UserId moderator, Instant at);

    /** Who read a case's reported chat message and when, oldest first. */
    List<Read> readsOf(CaseId id);

    /** A report with the case it is in. */
    record ReportedCase(Report report, ModerationCase moderationCase) {
    }

    /** A moderator's read of a reported chat message. */
    record Read(UserId moderator, Instant at) {
    }
}
