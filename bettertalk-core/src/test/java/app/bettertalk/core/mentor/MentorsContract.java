package app.bettertalk.core.mentor;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static app.bettertalk.core.ContractRows.at;
import static app.bettertalk.core.ContractRows.newMentor;
import static app.bettertalk.core.ContractRows.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link Mentors} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class MentorsContract {
    private Stores stores;
    private Mentors mentors;
    private ContractRows rows;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        stores = freshStores();
        mentors = stores.mentors();
        rows = new ContractRows(stores);
    }

    @Test
    void a_mentor_profile_reads_back_with_every_field() {
        var user = mentorAccount("ravi_k");
        var mentor = new Mentor(user.id(), "Ravi Kumar – रवि", "Here for the long nights",
                "Trained listener.\nनमस्ते 🌱", List.of("self-growth", "anxiety", "breakup"), List.of("Hindi", "English", "Tamil"), 12, true, at(0),
                at(3));

        rows.write(() -> mentors.add(mentor));

        assertThat(mentors.byId(user.id())).contains(mentor);
    }

    @Test
    void a_mentor_without_tags_or_stated_experience_reads_back_so() {
        var user = mentorAccount("ravi_k");
        var mentor = new Mentor(user.id(), "Ravi", "Listener", "Just here.", List.of(), List.of(), 0, false, at(0),
                at(0));

        rows.write(() -> mentors.add(mentor));

        assertThat(mentors.byId(user.id())).contains(mentor);
    }

    @Test
    void a_person_without_a_mentor_profile_finds_none() {
        var asha = rows.user("asha");
        rows.mentor("ravi_k");

        assertThat(mentors.byId(asha.id())).isEmpty();
    }

    @Test
    void ids_find_the_mentors_among_them() {
        var ravi = rows.mentor("ravi_k");
        var meera = rows.mentor("meera");
        rows.mentor("kabir");
        var asha = rows.user("asha");

        var found = mentors.byIds(List.of(ravi.id(), asha.id(), meera.id(), UserId.random()));

        assertThat(found).containsExactlyInAnyOrder(ravi, meera);
    }

    @Test
    void no_ids_find_no_mentors() {
        rows.mentor("ravi_k");

        assertThat(mentors.byIds(List.of())).isEmpty();
    }

    @Test
    void mentors_are_listed_oldest_application_first() {
        var newest = applied("meera", at(30), false);
        var oldest = applied("ravi_k", at(10), true);
        var middle = applied("kabir", at(20), false);

        assertThat(mentors.list(false, 10)).containsExactly(oldest, middle, newest);
    }

    @Test
    void only_the_unverified_are_listed_when_asked() {
        var newest = applied("meera", at(30), false);
        applied("ravi_k", at(10), true);
        var middle = applied("kabir", at(20), false);

        assertThat(mentors.list(true, 10)).containsExactly(middle, newest);
    }

    @Test
    void at_most_limit_mentors_are_listed_the_oldest_ones() {
        applied("meera", at(30), false);
        var oldest = applied("ravi_k", at(10), true);
        var middle = applied("kabir", at(20), false);

        assertThat(mentors.list(false, 2)).containsExactly(oldest, middle);
    }

    @Test
    void applying_twice_is_an_already_a_mentor_conflict() {
        var ravi = rows.mentor("ravi_k");

        assertThatThrownBy(() -> rows.write(() -> mentors.add(newMentor(ravi.id(), at(5)))))
                .isInstanceOfSatisfying(DomainException.Conflict.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo("already_a_mentor"));
    }

    @Test
    void updating_a_mentor_replaces_every_stored_field() {
        var ravi = rows.mentor("ravi_k");
        var edited = ravi.edited(new Mentor.Details("Ravi K.", "New headline", "New bio.", List.of("grief"),
                List.of("Bengali"), 3), at(5)).withVerified(true, at(6));

        rows.write(() -> mentors.update(edited));

        assertThat(mentors.byId(ravi.id())).contains(edited);
    }

    private User mentorAccount(String username) {
        var user = newUser(username, at(0)).withRole(Role.MENTOR, at(0));
        rows.write(() -> stores.users().add(user));
        return user;
    }

    private Mentor applied(String username, Instant at, boolean verified) {
        var user = mentorAccount(username);
        var mentor = newMentor(user.id(), at).withVerified(verified, at);
        rows.write(() -> mentors.add(mentor));
        return mentor;
    }
}
