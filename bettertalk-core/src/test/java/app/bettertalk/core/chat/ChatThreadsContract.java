package app.bettertalk.core.chat;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Race;
import app.bettertalk.core.Stores;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.mentor.Mentor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link ChatThreads} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class ChatThreadsContract {
    private static final Instant NOW = at(1_000);

    private ChatThreads threads;
    private ContractRows rows;
    private User asha;
    private Mentor ravi;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        var stores = freshStores();
        threads = stores.chatThreads();
        rows = new ContractRows(stores);
        asha = rows.user("asha");
        ravi = rows.mentor("ravi_k");
    }

    @Test
    void opening_a_pair_without_a_thread_stores_the_candidate_and_returns_it() {
        var candidate = ChatThread.unopened(ChatId.random(), asha.id(), ravi.id(), at(1));

        var opened = rows.inTransaction(() -> threads.lockOrOpen(candidate));

        assertThat(opened).isEqualTo(candidate);
        assertThat(threads.byId(candidate.id())).contains(candidate);
    }

    @Test
    void a_thread_reads_back_with_every_field() {
        var thread = new ChatThread(ChatId.random(), asha.id(), ravi.id(), new ChatWindow(at(2), at(2 + 7 * 24 * 60)),
                true, at(1));

        rows.write(() -> {
            threads.lockOrOpen(ChatThread.unopened(thread.id(), asha.id(), ravi.id(), at(1)));
            threads.update(thread);
        });

        assertThat(threads.byId(thread.id())).contains(thread);
    }

    @Test
    void an_unknown_id_finds_no_thread() {
        rows.thread(asha, ravi);

        assertThat(threads.byId(ChatId.random())).isEmpty();
    }

    @Test
    void locking_a_thread_finds_it() {
        var thread = rows.thread(asha, ravi);

        var locked = rows.inTransaction(() -> threads.lockById(thread.id()));

        assertThat(locked).contains(thread);
    }

    @Test
    void locking_an_unknown_thread_finds_none() {
        rows.thread(asha, ravi);

        var locked = rows.inTransaction(() -> threads.lockById(ChatId.random()));

        assertThat(locked).isEmpty();
    }

    @Test
    void a_pair_finds_its_thread() {
        var thread = rows.thread(asha, ravi);
        rows.thread(rows.user("kabir"), ravi);

        assertThat(threads.ofPair(asha.id(), ravi.id())).contains(thread);
    }

    @Test
    void a_pair_without_a_thread_finds_none() {
        var meera = rows.mentor("meera");
        rows.thread(asha, ravi);

        assertThat(threads.ofPair(asha.id(), meera.id())).isEmpty();
    }

    @Test
    void opening_a_pair_that_has_a_thread_returns_that_thread_and_stores_nothing() {
        var existing = rows.thread(asha, ravi);
        var candidate = ChatThread.unopened(ChatId.random(), asha.id(), ravi.id(), at(50));

        var opened = rows.inTransaction(() -> threads.lockOrOpen(candidate));

        assertThat(opened).isEqualTo(existing);
        assertThat(threads.byId(candidate.id())).isEmpty();
    }

    @Test
    void two_units_of_work_racing_to_open_one_pair_end_with_one_thread() throws Exception {
        var one = ChatThread.unopened(ChatId.random(), asha.id(), ravi.id(), at(1));
        var other = ChatThread.unopened(ChatId.random(), asha.id(), ravi.id(), at(1));

        var opened = Race.of(opening(one), opening(other));

        assertThat(opened.get(0)).isEqualTo(opened.get(1));
        assertThat(threads.ofPair(asha.id(), ravi.id())).contains(opened.get(0));
    }

    @Test
    void a_participants_threads_as_user_or_mentor_are_listed_latest_ending_first() {
        var meera = rows.mentor("meera");
        var kabir = rows.user("kabir");
        var asMentorEndingSoon = rows.thread(asha, ravi, at(0), at(100));
        var asUserEndingLast = rows.thread(ravi.id(), meera.id(), at(0), at(300));
        var asMentorEndingBetween = rows.thread(kabir, ravi, at(0), at(200));

        assertThat(threads.ofParticipant(ravi.id()))
                .containsExactly(asUserEndingLast, asMentorEndingBetween, asMentorEndingSoon);
    }

    @Test
    void a_participants_threads_leave_out_threads_of_others() {
        var meera = rows.mentor("meera");
        var kabir = rows.user("kabir");
        var hers = rows.thread(asha, ravi);
        rows.thread(kabir, meera);

        assertThat(threads.ofParticipant(asha.id())).containsExactly(hers);
    }

    @Test
    void someone_in_no_chat_has_no_threads_listed() {
        var kabir = rows.user("kabir");
        rows.thread(asha, ravi);

        assertThat(threads.ofParticipant(kabir.id())).isEmpty();
    }

    @Test
    void updating_a_thread_replaces_its_window_and_active_flag() {
        var thread = rows.thread(asha, ravi, at(0), at(100));
        var extended = thread.extendedBy(3, at(50)).deactivated();

        rows.write(() -> threads.update(extended));

        assertThat(threads.byId(thread.id())).contains(extended);
    }

    @Test
    void claiming_ended_threads_returns_the_active_ones_ended_at_or_before_now() {
        var endedBefore = rows.thread(asha, ravi, at(0), NOW.minusNanos(1_000));
        var endedNow = rows.thread(rows.user("kabir"), ravi, at(0), NOW);
        rows.thread(rows.user("meera"), ravi, at(0), NOW.plusNanos(1_000));
        var alreadyClosed = rows.thread(rows.user("tara"), ravi, at(0), at(10)).deactivated();
        rows.write(() -> threads.update(alreadyClosed));

        var claimed = rows.inTransaction(() -> threads.claimEnded(NOW, 10));

        assertThat(claimed).containsExactlyInAnyOrder(endedBefore, endedNow);
    }

    @Test
    void claiming_returns_at_most_limit_threads_all_of_them_ended() {
        var ended = List.of(
                rows.thread(asha, ravi, at(0), at(10)),
                rows.thread(rows.user("kabir"), ravi, at(0), at(20)),
                rows.thread(rows.user("meera"), ravi, at(0), at(30)));
        rows.thread(rows.user("tara"), ravi, at(0), NOW.plusSeconds(60));

        var claimed = rows.inTransaction(() -> threads.claimEnded(NOW, 2));

        assertThat(claimed).hasSize(2).isSubsetOf(ended);
    }

    @Test
    void claiming_when_no_window_has_ended_returns_none() {
        rows.thread(asha, ravi, at(0), NOW.plusSeconds(1));

        var claimed = rows.inTransaction(() -> threads.claimEnded(NOW, 10));

        assertThat(claimed).isEmpty();
    }

    @Test
    void a_thread_never_opened_is_not_claimed() {
        rows.write(() -> threads.lockOrOpen(ChatThread.unopened(ChatId.random(), asha.id(), ravi.id(), at(0))));

        var claimed = rows.inTransaction(() -> threads.claimEnded(NOW, 10));

        assertThat(claimed).isEmpty();
    }

    @Test
    void deactivating_threads_marks_only_those_inactive_and_keeps_their_windows() {
        var first = rows.thread(asha, ravi, at(0), at(10));
        var second = rows.thread(rows.user("kabir"), ravi, at(0), at(20));
        var untouched = rows.thread(rows.user("meera"), ravi, at(0), at(30));

        rows.write(() -> threads.deactivate(List.of(first.id(), second.id())));

        assertThat(threads.byId(first.id())).contains(first.deactivated());
        assertThat(threads.byId(second.id())).contains(second.deactivated());
        assertThat(threads.byId(untouched.id())).contains(untouched);
    }

    @Test
    void deactivating_no_threads_changes_nothing() {
        var thread = rows.thread(asha, ravi, at(0), at(10));

        rows.write(() -> threads.deactivate(List.of()));

        assertThat(threads.byId(thread.id())).contains(thread);
    }

    private Callable<ChatThread> opening(ChatThread candidate) {
        return () -> rows.inTransaction(() -> threads.lockOrOpen(candidate));
    }
}
