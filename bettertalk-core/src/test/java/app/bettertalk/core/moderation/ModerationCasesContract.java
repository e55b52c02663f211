package app.bettertalk.core.moderation;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.safety.Subject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link ModerationCases} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class ModerationCasesContract {
    private ModerationCases cases;
    private ContractRows rows;
    private User asha;
    private User ravi;
    private User meera;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        var stores = freshStores();
        cases = stores.moderationCases();
        rows = new ContractRows(stores);
        asha = rows.user("asha");
        ravi = rows.user("ravi");
        meera = rows.user("meera");
    }

    private ModerationCase candidate(Subject subject, boolean crisis, long minute) {
        return new ModerationCase(CaseId.random(), subject, asha.id(), "Text as it was, नमस्ते 🌱",
                Optional.of(UUID.randomUUID()), crisis, false, at(minute), Optional.empty());
    }

    private static Subject post() {
        return new Subject(Subject.Kind.POST, UUID.randomUUID());
    }

    private ModerationCase open(ModerationCase candidate) {
        return rows.inTransaction(() -> cases.openFor(candidate));
    }

    private Report report(CaseId id, User reporter, ReportReason reason, long minute) {
        return new Report(UUID.randomUUID(), id, Optional.ofNullable(reporter).map(User::id), reason,
                "They keep messaging me", at(minute));
    }

    @Test
    void a_case_reads_back_with_every_field() {
        var stored = open(candidate(post(), true, 1));

        assertThat(cases.byId(stored.id())).contains(stored);
    }

    @Test
    void a_held_case_reads_back_held_and_a_case_becomes_held_on_update() {
        var held = new ModerationCase(CaseId.random(), post(), asha.id(), "x", Optional.of(UUID.randomUUID()), false,
                true, at(1), Optional.empty());
        var later = open(candidate(post(), false, 2)).asHeld();

        rows.write(() -> cases.update(later));

        assertThat(cases.byId(open(held).id())).contains(held);
        assertThat(cases.byId(later.id())).hasValueSatisfying(found -> assertThat(found.held()).isTrue());
        assertThat(cases.byId(later.id())).contains(later);
    }

    @Test
    void a_watched_word_report_reads_back_with_its_reason() {
        var stored = open(candidate(post(), false, 1));
        var byTheWord = report(stored.id(), null, ReportReason.WATCHED_WORD, 2);

        rows.write(() -> cases.addReport(byTheWord));

        assertThat(cases.reportsOf(stored.id())).containsExactly(byTheWord);
    }

    @Test
    void a_profile_case_has_no_place() {
        var profile = new ModerationCase(CaseId.random(), new Subject(Subject.Kind.PROFILE, asha.id().value()),
                asha.id(), "asha", Optional.empty(), false, false, at(1), Optional.empty());

        assertThat(cases.byId(open(profile).id())).contains(profile);
    }

    @Test
    void a_second_case_for_the_same_open_subject_joins_the_first() {
        var subject = post();
        var first = open(candidate(subject, false, 1));

        var second = open(candidate(subject, true, 2));

        assertThat(second).isEqualTo(first);
        assertThat(cases.queue(10)).containsExactly(first);
    }

    @Test
    void once_decided_a_new_report_of_the_subject_opens_a_new_case() {
        var subject = post();
        var first = open(candidate(subject, false, 1));
        var decided = first.decided(new Decision(Outcome.DISMISSED, meera.id(), at(2), "fine", Optional.empty()));
        rows.write(() -> cases.update(decided));

        var again = open(candidate(subject, false, 3));

        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(cases.byId(first.id())).contains(decided);
    }

    @Test
    void a_decision_reads_back_with_its_note_and_end() {
        var stored = open(candidate(post(), false, 1));
        var decided = stored.decided(new Decision(Outcome.SUSPENDED, meera.id(), at(5), "Third warning.",
                Optional.of(at(5).plus(Duration.ofDays(7)))));

        rows.write(() -> cases.update(decided));

        assertThat(cases.byId(stored.id())).contains(decided);
        assertThat(cases.queue(10)).isEmpty();
    }

    @Test
    void the_queue_is_open_cases_crisis_first_then_oldest_first() {
        var old = open(candidate(post(), false, 1));
        var newer = open(candidate(post(), false, 5));
        var crisis = open(candidate(post(), true, 9));
        var becameCrisis = open(candidate(post(), false, 7)).asCrisis();
        rows.write(() -> cases.update(becameCrisis));
        var decided = open(candidate(post(), true, 0));
        rows.write(() -> cases.update(decided.decided(new Decision(Outcome.HIDDEN, meera.id(), at(10), "",
                Optional.empty()))));

        assertThat(cases.queue(10)).containsExactly(becameCrisis, crisis, old, newer);
        assertThat(cases.queue(2)).containsExactly(becameCrisis, crisis);
    }

    @Test
    void an_open_crisis_case_is_found_by_its_author_and_place_until_decided() {
        var chat = UUID.randomUUID();
        var flagged = new ModerationCase(CaseId.random(), new Subject(Subject.Kind.MESSAGE, UUID.randomUUID()),
                asha.id(), "x", Optional.of(chat), true, false, at(1), Optional.empty());
        var calm = new ModerationCase(CaseId.random(), new Subject(Subject.Kind.MESSAGE, UUID.randomUUID()),
                ravi.id(), "x", Optional.of(chat), false, false, at(1), Optional.empty());
        open(flagged);
        open(calm);

        assertThat(cases.openCrisisOf(asha.id(), chat)).isTrue();
        assertThat(cases.openCrisisOf(ravi.id(), chat)).isFalse();
        assertThat(cases.openCrisisOf(asha.id(), UUID.randomUUID())).isFalse();

        rows.write(() -> cases.update(flagged.decided(new Decision(Outcome.DISMISSED, meera.id(), at(2), "",
                Optional.empty()))));

        assertThat(cases.openCrisisOf(asha.id(), chat)).isFalse();
    }

    @Test
    void an_authors_history_is_every_case_about_them_newest_first() {
        var first = open(candidate(post(), false, 1));
        var second = open(candidate(post(), false, 2));
        var other = new ModerationCase(CaseId.random(), post(), ravi.id(), "x", Optional.empty(), false, false, at(3),
                Optional.empty());
        open(other);

        assertThat(cases.ofAuthor(asha.id(), 10)).containsExactly(second, first);
        assertThat(cases.ofAuthor(asha.id(), 1)).containsExactly(second);
    }

    @Test
    void a_member_reports_a_case_once_and_the_screen_may_report_beside_them() {
        var stored = open(candidate(post(), false, 1));
        var first = report(stored.id(), ravi, ReportReason.HARASSMENT, 2);

        var counted = rows.inTransaction(() -> cases.addReport(first));
        var again = rows.inTransaction(() -> cases.addReport(report(stored.id(), ravi, ReportReason.SPAM, 3)));
        var screen = report(stored.id(), null, ReportReason.SELF_HARM, 4);
        rows.write(() -> cases.addReport(screen));
        var other = report(stored.id(), meera, ReportReason.OTHER, 5);
        rows.write(() -> cases.addReport(other));

        assertThat(counted).isTrue();
        assertThat(again).isFalse();
        assertThat(cases.reportsOf(stored.id())).containsExactly(first, screen, other);
    }

    @Test
    void a_reporter_finds_their_reports_newest_first_with_their_cases() {
        var one = open(candidate(post(), false, 1));
        var two = open(candidate(post(), false, 2));
        var earlier = report(one.id(), ravi, ReportReason.SPAM, 3);
        var later = report(two.id(), ravi, ReportReason.HARASSMENT, 4);
        rows.write(() -> cases.addReport(earlier));
        rows.write(() -> cases.addReport(later));
        rows.write(() -> cases.addReport(report(two.id(), meera, ReportReason.OTHER, 5)));

        assertThat(cases.reportsBy(ravi.id(), 10)).containsExactly(new ModerationCases.ReportedCase(later, two),
                new ModerationCases.ReportedCase(earlier, one));
        assertThat(cases.reportsBy(asha.id(), 10)).isEmpty();
    }

    @Test
    void reads_of_a_case_are_recorded_in_order() {
        var stored = open(candidate(new Subject(Subject.Kind.MESSAGE, UUID.randomUUID()), false, 1));

        rows.write(() -> cases.recordRead(stored.id(), meera.id(), at(3)));
        rows.write(() -> cases.recordRead(stored.id(), ravi.id(), at(4)));

        assertThat(cases.readsOf(stored.id())).containsExactly(new ModerationCases.Read(meera.id(), at(3)),
                new ModerationCases.Read(ravi.id(), at(4)));
    }
}
