package app.bettertalk.core.identity;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Race;
import app.bettertalk.core.Stores;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Callable;

import static app.bettertalk.core.ContractRows.at;
import static app.bettertalk.core.ContractRows.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link Users} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class UsersContract {
    private Users users;
    private ContractRows rows;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        var stores = freshStores();
        users = stores.users();
        rows = new ContractRows(stores);
    }

    @Test
    void an_onboarded_account_reads_back_with_every_field() {
        var profile = new Profile(new AnonymousUsername("Asha_R"), new PhoneNumber("+447911123456"), 27, "Asha",
                "Line one\nline two, नमस्ते 🌱");
        var user = User.restore(UserId.random(), new GoogleSubject("109876543210987654321"),
                new EmailAddress("asha.rao@example.com"), "Asha Rao", Role.MENTOR, profile, at(0), at(5));

        rows.write(() -> users.add(user));

        assertThat(users.byId(user.id())).contains(user);
    }

    @Test
    void consents_read_back_oldest_first_and_agreeing_to_a_version_again_keeps_the_first_time() {
        var asha = rows.user("asha");
        var other = rows.user("ravi");

        rows.write(() -> users.recordConsent(asha.id(), new Consent("2026-01-01", at(1))));
        rows.write(() -> users.recordConsent(asha.id(), new Consent("2026-12-07", at(2))));
        rows.write(() -> users.recordConsent(asha.id(), new Consent("2026-12-07", at(3))));

        assertThat(users.consentsOf(asha.id()))
                .containsExactly(new Consent("2026-01-01", at(1)), new Consent("2026-12-07", at(2)));
        assertThat(users.consentsOf(other.id())).isEmpty();
    }

    @Test
    void an_account_not_yet_onboarded_reads_back_without_a_profile() {
        var user = User.signedUp(UserId.random(), new GoogleSubject("google-new"), new EmailAddress("new@example.com"),
                "New Person", at(0));

        rows.write(() -> users.add(user));

        var stored = users.byId(user.id()).orElseThrow();
        assertThat(stored).isEqualTo(user);
        assertThat(stored.profile()).isEmpty();
    }

    @Test
    void an_unknown_id_finds_no_account() {
        rows.user("asha");

        assertThat(users.byId(UserId.random())).isEmpty();
    }

    @Test
    void a_google_subject_finds_its_account() {
        var asha = rows.user("asha");
        rows.user("ravi_k");

        assertThat(users.byGoogleSubject(asha.googleSubject())).contains(asha);
    }

    @Test
    void an_unknown_google_subject_finds_no_account() {
        rows.user("asha");

        assertThat(users.byGoogleSubject(new GoogleSubject("google-nobody"))).isEmpty();
    }

    @Test
    void an_email_finds_its_account() {
        var asha = rows.user("asha");
        rows.user("ravi_k");

        assertThat(users.byEmail(new EmailAddress("asha@example.com"))).contains(asha);
    }

    @Test
    void an_email_several_accounts_hold_finds_the_one_updated_most_recently() {
        var shared = new EmailAddress("shared@example.com");
        var earlier = newUser("asha", at(0)).withGoogleDetails(shared, "Asha", at(10));
        var recent = newUser("ravi_k", at(0)).withGoogleDetails(shared, "Ravi", at(30));
        var between = newUser("meera", at(0)).withGoogleDetails(shared, "Meera", at(20));

        rows.write(() -> {
            users.add(earlier);
            users.add(recent);
            users.add(between);
        });

        assertThat(users.byEmail(shared)).contains(recent);
    }

    @Test
    void an_unknown_email_finds_no_account() {
        rows.user("asha");

        assertThat(users.byEmail(new EmailAddress("nobody@example.com"))).isEmpty();
    }

    @Test
    void a_username_finds_its_account_ignoring_case() {
        var asha = rows.user("Asha_R");

        assertThat(users.byUsernameLike("aSHA_r")).contains(asha);
    }

    @Test
    void a_name_that_looks_like_a_username_finds_its_account() {
        var lily = rows.user("lily_k");
        var maya = rows.user("maya");
        var asha = rows.user("asha");

        assertThat(users.byUsernameLike("Iily_k")).contains(lily);
        assertThat(users.byUsernameLike("rnaya")).contains(maya);
        assertThat(users.byUsernameLike("\u0430sha")).contains(asha);
    }

    @Test
    void an_unknown_username_finds_no_account() {
        rows.user("asha");

        assertThat(users.byUsernameLike("meera")).isEmpty();
    }

    @Test
    void a_name_that_only_resembles_a_username_finds_no_account() {
        rows.user("lily_k");

        assertThat(users.byUsernameLike("lily_j")).isEmpty();
        assertThat(users.byUsernameLike("lily k")).isEmpty();
    }

    @Test
    void ids_find_the_accounts_that_exist_among_them() {
        var asha = rows.user("asha");
        var ravi = rows.user("ravi_k");
        rows.user("meera");

        var found = users.byIds(List.of(asha.id(), UserId.random(), ravi.id()));

        assertThat(found).containsExactlyInAnyOrder(asha, ravi);
    }

    @Test
    void no_ids_find_no_accounts() {
        rows.user("asha");

        assertThat(users.byIds(List.of())).isEmpty();
    }

    @Test
    void a_role_lists_its_accounts_oldest_first() {
        var newest = rows.user("meera", at(30));
        var oldest = rows.user("asha", at(10));
        var middle = rows.user("ravi_k", at(20));
        rows.write(() -> users.update(middle.withRole(Role.ADMIN, at(40))));

        var plainUsers = users.withRole(Role.USER, 10);

        assertThat(plainUsers).containsExactly(oldest, newest);
    }

    @Test
    void a_role_lists_at_most_limit_accounts_the_oldest_ones() {
        rows.user("meera", at(30));
        var oldest = rows.user("asha", at(10));
        var middle = rows.user("ravi_k", at(20));

        var firstTwo = users.withRole(Role.USER, 2);

        assertThat(firstTwo).containsExactly(oldest, middle);
    }

    @Test
    void adding_an_account_for_a_google_subject_that_has_one_is_a_google_account_taken_conflict() {
        var asha = rows.user("asha");
        var again = User.signedUp(UserId.random(), asha.googleSubject(), new EmailAddress("other@example.com"),
                "Other", at(1));

        assertThatThrownBy(() -> rows.write(() -> users.add(again)))
                .isInstanceOfSatisfying(DomainException.Conflict.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo("google_account_taken"));
    }

    @Test
    void updating_an_account_replaces_every_stored_field() {
        var newcomer = User.signedUp(UserId.random(), new GoogleSubject("google-new"),
                new EmailAddress("new@example.com"), "New Person", at(0));
        rows.write(() -> users.add(newcomer));
        var onboarded = newcomer.onboard(new Profile(new AnonymousUsername("meera"), new PhoneNumber("+919812345678"),
                        31, "Meera", "Learning to rest."), at(1))
                .withGoogleDetails(new EmailAddress("meera.new@example.com"), "Meera S", at(2))
                .withRole(Role.MENTOR, at(3));

        rows.write(() -> users.update(onboarded));

        assertThat(users.byId(newcomer.id())).contains(onboarded);
    }

    @Test
    void updating_an_account_to_a_username_another_holds_in_other_case_is_a_username_taken_conflict() {
        rows.user("Asha_R");
        var newcomer = User.signedUp(UserId.random(), new GoogleSubject("google-new"),
                new EmailAddress("new@example.com"), "New Person", at(0));
        rows.write(() -> users.add(newcomer));
        var clash = newcomer.onboard(new Profile(new AnonymousUsername("ASHA_r"), new PhoneNumber("+919812345678"),
                31, "", ""), at(1));

        assertThatThrownBy(() -> rows.write(() -> users.update(clash)))
                .isInstanceOfSatisfying(DomainException.Conflict.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo("username_taken"));
    }

    @Test
    void updating_an_account_to_a_username_that_looks_like_another_is_a_username_taken_conflict() {
        rows.user("lily_k");
        var newcomer = User.signedUp(UserId.random(), new GoogleSubject("google-new"),
                new EmailAddress("new@example.com"), "New Person", at(0));
        rows.write(() -> users.add(newcomer));
        var lookalike = newcomer.onboard(new Profile(new AnonymousUsername("Iily_k"), new PhoneNumber("+919812345678"),
                31, "", ""), at(1));

        assertThatThrownBy(() -> rows.write(() -> users.update(lookalike)))
                .isInstanceOfSatisfying(DomainException.Conflict.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo("username_taken"));
        assertThat(users.byId(newcomer.id()).orElseThrow().onboarded()).isFalse();
    }

    @Test
    void adding_an_onboarded_account_whose_username_looks_like_another_is_a_username_taken_conflict() {
        rows.user("maya");
        var lookalike = newUser("rnaya", at(1));

        assertThatThrownBy(() -> rows.write(() -> users.add(lookalike)))
                .isInstanceOfSatisfying(DomainException.Conflict.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo("username_taken"));
        assertThat(users.byId(lookalike.id())).isEmpty();
    }

    @Test
    void an_account_may_be_updated_keeping_its_own_username() {
        var asha = rows.user("asha");
        var edited = asha.editProfile(new PhoneNumber("+919812345678"), 31, "Asha", "Still here.", at(5));

        rows.write(() -> users.update(edited));

        assertThat(users.byId(asha.id())).contains(edited);
    }

    @Test
    void two_accounts_racing_for_one_username_get_one_success() throws Exception {
        var first = User.signedUp(UserId.random(), new GoogleSubject("google-1"), new EmailAddress("one@example.com"),
                "One", at(0));
        var second = User.signedUp(UserId.random(), new GoogleSubject("google-2"),
                new EmailAddress("two@example.com"), "Two", at(0));
        rows.write(() -> {
            users.add(first);
            users.add(second);
        });

        var outcomes = Race.of(claiming(first, "meera"), claiming(second, "Meera"));

        assertThat(outcomes).containsExactlyInAnyOrder("stored", "username_taken");
        assertThat(users.byUsernameLike("meera")).isPresent();
    }

    @Test
    void two_accounts_racing_for_two_usernames_that_look_alike_get_one_success() throws Exception {
        var first = User.signedUp(UserId.random(), new GoogleSubject("google-1"), new EmailAddress("one@example.com"),
                "One", at(0));
        var second = User.signedUp(UserId.random(), new GoogleSubject("google-2"),
                new EmailAddress("two@example.com"), "Two", at(0));
        rows.write(() -> {
            users.add(first);
            users.add(second);
        });

        var outcomes = Race.of(claiming(first, "lily_k"), claiming(second, "Iily_k"));

        assertThat(outcomes).containsExactlyInAnyOrder("stored", "username_taken");
        assertThat(users.byUsernameLike("lily_k")).isPresent();
    }

    private Callable<String> claiming(User newcomer, String username) {
        var onboarded = newcomer.onboard(new Profile(new AnonymousUsername(username),
                new PhoneNumber("+919812345678"), 30, "", ""), at(1));
        return () -> {
            try {
                rows.write(() -> users.update(onboarded));
                return "stored";
            } catch (DomainException.Conflict conflict) {
                return conflict.reason();
            }
        };
    }
}
