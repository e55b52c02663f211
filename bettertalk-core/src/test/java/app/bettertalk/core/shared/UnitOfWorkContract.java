package app.bettertalk.core.shared;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.Message;
import app.bettertalk.core.chat.MessageId;
import app.bettertalk.core.community.Comment;
import app.bettertalk.core.community.CommentId;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.notes.SessionNotes;
import app.bettertalk.core.notification.Email;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.bettertalk.core.ContractRows.at;
import static app.bettertalk.core.ContractRows.newGroup;
import static app.bettertalk.core.ContractRows.newMentor;
import static app.bettertalk.core.ContractRows.newPendingBooking;
import static app.bettertalk.core.ContractRows.newPlan;
import static app.bettertalk.core.ContractRows.newPost;
import static app.bettertalk.core.ContractRows.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * What every {@link UnitOfWork} promises over the stores it spans; an adapter's test extends this with its own
 * fresh stores.
 */
public abstract class UnitOfWorkContract {
    private Stores stores;
    private UnitOfWork unitOfWork;
    private ContractRows rows;
    private User asha;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        stores = freshStores();
        unitOfWork = stores.unitOfWork();
        rows = new ContractRows(stores);
        asha = rows.user("asha");
    }

    @Test
    void the_value_of_the_work_is_returned() {
        var value = unitOfWork.inTransaction(() -> "done");

        assertThat(value).isEqualTo("done");
    }

    @Test
    void work_that_completes_is_kept() {
        var ravi = newUser("ravi_k", at(1));

        unitOfWork.inTransaction(() -> {
            stores.users().add(ravi);
            return null;
        });

        assertThat(stores.users().byId(ravi.id())).contains(ravi);
    }

    @Test
    void work_reads_what_it_wrote_before_it_completes() {
        var ravi = newUser("ravi_k", at(1));

        var seen = unitOfWork.inTransaction(() -> {
            stores.users().add(ravi);
            return stores.users().byId(ravi.id());
        });

        assertThat(seen).contains(ravi);
    }

    @Test
    void the_exception_of_work_that_throws_reaches_the_caller() {
        var boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
            throw boom;
        })).isSameAs(boom);
    }

    @Test
    void work_that_throws_leaves_no_trace_in_any_port() {
        var ravi = newUser("ravi_k", at(1)).withRole(Role.MENTOR, at(1));
        var mentor = newMentor(ravi.id(), at(1));
        var plan = newPlan(ravi.id(), at(1));
        var group = newGroup("Anxiety", asha.id(), at(1));
        var post = newPost(group.id(), asha.id(), "Heavy day.", at(2));
        var comment = new Comment(CommentId.random(), post.id(), ravi.id(), "I hear you.", at(3));
        var booking = newPendingBooking(asha.id(), plan, at(2));
        var chat = ChatThread.unopened(ChatId.random(), asha.id(), ravi.id(), at(3));
        var message = new Message(MessageId.random(), chat.id(), asha.id(), "c1", "Hello", at(4));
        var notes = new SessionNotes(chat.id(), "first", 1, ravi.id(), at(4));
        var welcome = new Email.OnboardingCompleted(asha.id(), "asha");

        var thrown = catchThrowable(() -> unitOfWork.inTransaction(() -> {
            stores.users().add(ravi);
            stores.mentors().add(mentor);
            stores.plans().add(plan);
            stores.groups().add(group);
            stores.memberships().join(group.id(), asha.id(), at(2));
            stores.posts().add(post);
            stores.comments().add(comment);
            stores.bookings().add(booking);
            stores.chatThreads().lockOrOpen(chat);
            stores.chatMessages().addOnce(message);
            stores.notes().save(notes);
            stores.outbox().queue(welcome, at(4));
            throw new DomainException.Conflict("late_refusal", "Refused after writing everything.");
        }));

        assertThat(thrown).isInstanceOf(DomainException.Conflict.class);
        assertSoftly(softly -> {
            softly.assertThat(stores.users().byId(ravi.id())).as("user").isEmpty();
            softly.assertThat(stores.users().byUsernameLike("ravi_k")).as("username").isEmpty();
            softly.assertThat(stores.mentors().byId(ravi.id())).as("mentor").isEmpty();
            softly.assertThat(stores.plans().byId(plan.id())).as("plan").isEmpty();
            softly.assertThat(stores.groups().byId(group.id())).as("group").isEmpty();
            softly.assertThat(stores.groups().byName("Anxiety")).as("group name").isEmpty();
            softly.assertThat(stores.memberships().groupsOf(asha.id())).as("membership").isEmpty();
            softly.assertThat(stores.posts().byId(post.id())).as("post").isEmpty();
            softly.assertThat(stores.comments().onPosts(List.of(post.id()))).as("comment").isEmpty();
            softly.assertThat(stores.bookings().byId(booking.id())).as("booking").isEmpty();
            softly.assertThat(stores.chatThreads().ofPair(asha.id(), ravi.id())).as("chat thread").isEmpty();
            softly.assertThat(stores.chatMessages().bySenderAndClientId(asha.id(), "c1")).as("message").isEmpty();
            softly.assertThat(stores.notes().of(chat.id())).as("notes").isEmpty();
            softly.assertThat(rows.inTransaction(() -> stores.outbox().queue(welcome, at(5))))
                    .as("outbox takes the email's key as new").isTrue();
        });
    }

    @Test
    void work_that_throws_leaves_the_rows_it_changed_as_they_were() {
        var ravi = rows.mentor("ravi_k");
        var plan = rows.plan(ravi);
        var group = rows.group("Anxiety", asha);
        rows.write(() -> stores.memberships().join(group.id(), asha.id(), at(1)));
        var booking = rows.pendingBooking(asha, plan, at(1));
        var chat = rows.thread(asha, ravi);
        var notes = new SessionNotes(chat.id(), "first", 1, ravi.id(), at(2));
        rows.write(() -> stores.notes().save(notes));

        var thrown = catchThrowable(() -> unitOfWork.inTransaction(() -> {
            stores.users().update(asha.withRole(Role.ADMIN, at(9)));
            stores.mentors().update(ravi.withVerified(true, at(9)));
            stores.plans().update(plan.withActive(false, at(9)));
            stores.memberships().leave(group.id(), asha.id());
            stores.bookings().update(booking.cancel(at(9)));
            stores.chatThreads().update(chat.deactivated());
            stores.notes().save(notes.revised("second", ravi.id(), at(9)));
            throw new IllegalStateException("boom");
        }));

        assertThat(thrown).hasMessage("boom");
        assertSoftly(softly -> {
            softly.assertThat(stores.users().byId(asha.id())).as("user").contains(asha);
            softly.assertThat(stores.mentors().byId(ravi.id())).as("mentor").contains(ravi);
            softly.assertThat(stores.plans().byId(plan.id())).as("plan").contains(plan);
            softly.assertThat(stores.memberships().isMember(group.id(), asha.id())).as("membership").isTrue();
            softly.assertThat(stores.bookings().byId(booking.id())).as("booking").contains(booking);
            softly.assertThat(stores.chatThreads().byId(chat.id())).as("chat thread").contains(chat);
            softly.assertThat(stores.notes().of(chat.id())).as("notes").contains(notes);
        });
    }

    @Test
    void a_nested_unit_of_work_returns_its_value_to_the_outer_work() {
        var value = unitOfWork.inTransaction(() -> unitOfWork.inTransaction(() -> 41) + 1);

        assertThat(value).isEqualTo(42);
    }

    @Test
    void a_nested_unit_of_work_joins_the_outer_one_and_fails_with_it() {
        var ravi = newUser("ravi_k", at(1));
        var meera = newUser("meera", at(1));

        var thrown = catchThrowable(() -> unitOfWork.inTransaction(() -> {
            stores.users().add(ravi);
            unitOfWork.inTransaction(() -> {
                stores.users().add(meera);
                return null;
            });
            throw new IllegalStateException("the outer work fails after the inner one completed");
        }));

        assertThat(thrown).isInstanceOf(IllegalStateException.class);
        assertThat(stores.users().byIds(List.of(ravi.id(), meera.id()))).isEmpty();
    }

    @Test
    void a_nested_unit_of_work_sees_what_the_outer_work_wrote() {
        var ravi = newUser("ravi_k", at(1));

        var seen = unitOfWork.inTransaction(() -> {
            stores.users().add(ravi);
            return unitOfWork.inTransaction(() -> stores.users().byId(ravi.id()));
        });

        assertThat(seen).contains(ravi);
    }
}
