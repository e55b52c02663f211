package app.bettertalk.core.notes;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What every {@link NotesDocuments} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class NotesDocumentsContract {
    private NotesDocuments notes;
    private ContractRows rows;
    private User asha;
    private Mentor ravi;
    private ChatThread chat;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        var stores = freshStores();
        notes = stores.notes();
        rows = new ContractRows(stores);
        asha = rows.user("asha");
        ravi = rows.mentor("ravi_k");
        chat = rows.thread(asha, ravi);
    }

    @Test
    void a_saved_revision_reads_back_with_every_field() {
        var first = new SessionNotes(chat.id(), "Sleep: 5h.\n- breathing\n- journaling\nनमस्ते 🌱", 1, ravi.id(),
                at(3));

        save(first);

        assertThat(notes.of(chat.id())).contains(first);
    }

    @Test
    void a_revision_of_the_longest_allowed_text_reads_back_whole() {
        var first = new SessionNotes(chat.id(), "🌱".repeat(SessionNotes.MAX_LENGTH), 1, ravi.id(), at(3));

        save(first);

        assertThat(notes.of(chat.id())).contains(first);
    }

    @Test
    void a_revision_with_empty_text_reads_back_empty() {
        var emptied = new SessionNotes(chat.id(), "", 1, ravi.id(), at(3));

        save(emptied);

        assertThat(notes.of(chat.id())).contains(emptied);
    }

    @Test
    void a_chat_whose_notes_were_never_saved_has_none() {
        assertThat(notes.of(chat.id())).isEmpty();
    }

    @Test
    void the_latest_saved_revision_is_the_current_notes() {
        var first = revision(1, "first", 1);
        save(first);
        var second = first.revised("second", ravi.id(), at(2));

        save(second);

        assertThat(notes.of(chat.id())).contains(second);
    }

    @Test
    void saving_a_first_revision_over_saved_notes_is_a_notes_changed_conflict() {
        save(revision(1, "first", 1));

        assertThatThrownBy(() -> save(revision(1, "a stale first", 2)))
                .isInstanceOfSatisfying(DomainException.Conflict.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo("notes_changed"));
    }

    @Test
    void saving_a_revision_that_skips_a_version_is_a_notes_changed_conflict() {
        save(revision(1, "first", 1));

        assertThatThrownBy(() -> save(revision(3, "third", 3)))
                .isInstanceOfSatisfying(DomainException.Conflict.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo("notes_changed"));
    }

    @Test
    void saving_anything_but_version_one_first_is_a_notes_changed_conflict() {
        assertThatThrownBy(() -> save(revision(2, "second", 1)))
                .isInstanceOfSatisfying(DomainException.Conflict.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo("notes_changed"));
    }

    @Test
    void a_refused_revision_leaves_the_current_notes_as_they_were() {
        var first = revision(1, "first", 1);
        save(first);

        var refused = catchThrowable(() -> save(revision(1, "a stale first", 2)));

        assertThat(refused).isInstanceOf(DomainException.Conflict.class);
        assertThat(notes.of(chat.id())).contains(first);
        assertThat(notes.history(chat.id(), 10)).containsExactly(first);
    }

    @Test
    void each_chats_notes_count_their_own_versions() {
        var other = rows.thread(rows.user("kabir"), ravi);
        save(revision(1, "first", 1));
        save(revision(2, "second", 2));
        var othersFirst = new SessionNotes(other.id(), "kabir's first", 1, ravi.id(), at(3));

        save(othersFirst);

        assertThat(notes.of(other.id())).contains(othersFirst);
        assertThat(notes.of(chat.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void the_history_lists_every_revision_newest_first() {
        var first = revision(1, "first", 1);
        var second = revision(2, "second", 2);
        var third = revision(3, "third", 3);
        save(first);
        save(second);
        save(third);

        assertThat(notes.history(chat.id(), 10)).containsExactly(third, second, first);
    }

    @Test
    void the_history_lists_at_most_limit_revisions_the_newest_ones() {
        save(revision(1, "first", 1));
        var second = revision(2, "second", 2);
        var third = revision(3, "third", 3);
        save(second);
        save(third);

        assertThat(notes.history(chat.id(), 2)).containsExactly(third, second);
    }

    @Test
    void the_history_leaves_out_other_chats_revisions() {
        var other = rows.thread(rows.user("kabir"), ravi);
        var mine = revision(1, "mine", 1);
        save(mine);
        save(new SessionNotes(other.id(), "theirs", 1, ravi.id(), at(2)));

        assertThat(notes.history(chat.id(), 10)).containsExactly(mine);
    }

    @Test
    void a_chat_whose_notes_were_never_saved_has_no_history() {
        assertThat(notes.history(chat.id(), 10)).isEmpty();
    }

    private SessionNotes revision(int version, String text, long minutes) {
        return new SessionNotes(chat.id(), text, version, ravi.id(), at(minutes));
    }

    private void save(SessionNotes revision) {
        rows.write(() -> notes.save(revision));
    }
}
