package app.bettertalk.core.community;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link Memberships} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class MembershipsContract {
    private Memberships memberships;
    private ContractRows rows;
    private User asha;
    private User ravi;
    private Group anxiety;
    private Group career;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        var stores = freshStores();
        memberships = stores.memberships();
        rows = new ContractRows(stores);
        asha = rows.user("asha");
        ravi = rows.user("ravi_k");
        anxiety = rows.group("Anxiety", asha);
        career = rows.group("Career", asha);
    }

    @Test
    void joining_makes_a_member() {
        var joined = join(anxiety, asha);

        assertThat(joined).isTrue();
        assertThat(memberships.isMember(anxiety.id(), asha.id())).isTrue();
    }

    @Test
    void joining_one_group_is_not_joining_another() {
        join(anxiety, asha);

        assertThat(memberships.isMember(career.id(), asha.id())).isFalse();
    }

    @Test
    void one_persons_joining_does_not_make_another_a_member() {
        join(anxiety, asha);

        assertThat(memberships.isMember(anxiety.id(), ravi.id())).isFalse();
    }

    @Test
    void joining_twice_changes_nothing_the_second_time() {
        join(anxiety, asha);

        var joinedAgain = join(anxiety, asha);

        assertThat(joinedAgain).isFalse();
        assertThat(memberships.memberCounts(List.of(anxiety.id()))).containsEntry(anxiety.id(), 1);
    }

    @Test
    void leaving_ends_the_membership() {
        join(anxiety, asha);

        var left = leave(anxiety, asha);

        assertThat(left).isTrue();
        assertThat(memberships.isMember(anxiety.id(), asha.id())).isFalse();
    }

    @Test
    void leaving_twice_changes_nothing_the_second_time() {
        join(anxiety, asha);
        join(anxiety, ravi);
        leave(anxiety, asha);

        var leftAgain = leave(anxiety, asha);

        assertThat(leftAgain).isFalse();
        assertThat(memberships.memberCounts(List.of(anxiety.id()))).containsEntry(anxiety.id(), 1);
    }

    @Test
    void leaving_a_group_never_joined_changes_nothing() {
        join(anxiety, ravi);

        var left = leave(anxiety, asha);

        assertThat(left).isFalse();
        assertThat(memberships.isMember(anxiety.id(), ravi.id())).isTrue();
    }

    @Test
    void a_person_may_join_again_after_leaving() {
        join(anxiety, asha);
        leave(anxiety, asha);

        var rejoined = join(anxiety, asha);

        assertThat(rejoined).isTrue();
        assertThat(memberships.isMember(anxiety.id(), asha.id())).isTrue();
    }

    @Test
    void member_counts_count_each_groups_members() {
        join(anxiety, asha);
        join(anxiety, ravi);
        join(career, ravi);

        var counts = memberships.memberCounts(List.of(anxiety.id(), career.id()));

        assertThat(counts).containsEntry(anxiety.id(), 2).containsEntry(career.id(), 1);
    }

    @Test
    void member_counts_give_a_group_without_members_none() {
        join(anxiety, asha);

        var counts = memberships.memberCounts(List.of(anxiety.id(), career.id()));

        assertThat(counts.getOrDefault(career.id(), 0)).isZero();
        assertThat(counts).containsEntry(anxiety.id(), 1);
    }

    @Test
    void member_counts_leave_out_groups_not_asked_about() {
        join(anxiety, asha);
        join(career, asha);

        var counts = memberships.memberCounts(List.of(career.id()));

        assertThat(counts).containsOnlyKeys(career.id());
    }

    @Test
    void member_counts_of_no_groups_are_empty() {
        join(anxiety, asha);

        assertThat(memberships.memberCounts(List.of())).isEmpty();
    }

    @Test
    void a_persons_groups_are_listed_in_the_order_they_joined() {
        var breakups = rows.group("Breakups", asha);
        join(career, asha, 10);
        join(anxiety, asha, 20);
        join(breakups, asha, 30);
        join(breakups, ravi, 40);

        assertThat(memberships.groupsOf(asha.id())).containsExactly(career.id(), anxiety.id(), breakups.id());
    }

    @Test
    void a_person_in_no_group_has_none_listed() {
        join(anxiety, ravi);

        assertThat(memberships.groupsOf(asha.id())).isEmpty();
    }

    private boolean join(Group group, User user) {
        return join(group, user, 1);
    }

    private boolean join(Group group, User user, long minutes) {
        return rows.inTransaction(() -> memberships.join(group.id(), user.id(), at(minutes)));
    }

    private boolean leave(Group group, User user) {
        return rows.inTransaction(() -> memberships.leave(group.id(), user.id()));
    }
}
