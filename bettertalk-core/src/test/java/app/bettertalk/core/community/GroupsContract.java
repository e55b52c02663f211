package app.bettertalk.core.community;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static app.bettertalk.core.ContractRows.at;
import static app.bettertalk.core.ContractRows.newGroup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link Groups} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class GroupsContract {
    private Groups groups;
    private ContractRows rows;
    private User creator;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        var stores = freshStores();
        groups = stores.groups();
        rows = new ContractRows(stores);
        creator = rows.user("asha");
    }

    @Test
    void a_group_reads_back_with_every_field() {
        var group = new Group(GroupId.random(), "Exam stress", "For the weeks before results.\nनमस्ते 🌱",
                creator.id(), at(7));

        rows.write(() -> groups.add(group));

        assertThat(groups.byId(group.id())).contains(group);
    }

    @Test
    void a_group_without_description_reads_back_so() {
        var group = new Group(GroupId.random(), "Grief", "", creator.id(), at(7));

        rows.write(() -> groups.add(group));

        assertThat(groups.byId(group.id())).contains(group);
    }

    @Test
    void an_unknown_id_finds_no_group() {
        rows.group("Anxiety", creator);

        assertThat(groups.byId(GroupId.random())).isEmpty();
    }

    @Test
    void a_name_finds_its_group_ignoring_case() {
        var anxiety = rows.group("Social Anxiety", creator);
        rows.group("Breakups", creator);

        assertThat(groups.byName("sOCIAL aNXIETY")).contains(anxiety);
    }

    @Test
    void an_unknown_name_finds_no_group() {
        rows.group("Anxiety", creator);

        assertThat(groups.byName("Anxiety and more")).isEmpty();
    }

    @Test
    void all_groups_are_listed_by_name_ignoring_case() {
        var career = rows.group("Career", creator);
        var anxiety = rows.group("anxiety", creator);
        var breakups = rows.group("Breakups", creator);

        assertThat(groups.all()).containsExactly(anxiety, breakups, career);
    }

    @Test
    void no_groups_are_listed_before_one_is_created() {
        assertThat(groups.all()).isEmpty();
    }

    @Test
    void adding_a_group_whose_name_is_taken_in_other_case_is_a_group_name_taken_conflict() {
        rows.group("Exam Stress", creator);
        var again = newGroup("exam STRESS", creator.id(), at(1));

        assertThatThrownBy(() -> rows.write(() -> groups.add(again)))
                .isInstanceOfSatisfying(DomainException.Conflict.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo("group_name_taken"));
    }
}
