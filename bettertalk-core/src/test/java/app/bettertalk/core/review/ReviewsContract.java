package app.bettertalk.core.review;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What every {@link Reviews} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class ReviewsContract {
    private Reviews reviews;
    private ContractRows rows;
    private User asha;
    private Mentor ravi;
    private Plan plan;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        var stores = freshStores();
        reviews = stores.reviews();
        rows = new ContractRows(stores);
        asha = rows.user("asha");
        ravi = rows.mentor("ravi_k");
        plan = rows.plan(ravi);
    }

    /** A review, not stored, of a new stored booking of {@code member} with {@link #plan}'s mentor. */
    private Review newReview(User member, int stars, Instant at) {
        var booking = rows.pendingBooking(member, plan, at);
        return Review.written(ReviewId.random(), booking.id(), member.id(), plan.mentor(), new Stars(stars),
                "Review " + stars, at);
    }

    private Review stored(Review review) {
        rows.write(() -> reviews.add(review));
        return review;
    }

    @Test
    void a_review_reads_back_with_every_field() {
        var review = new Review(ReviewId.random(), rows.pendingBooking(asha, plan, at(1)).id(), asha.id(), ravi.id(),
                new Stars(5), "धन्यवाद – kind, patient 🙏\nand honest.", at(2), Optional.of(at(3)),
                Optional.of(new Reply("Thank you – शुक्रिया.", at(4), Optional.of(at(5)))));

        rows.write(() -> reviews.add(review));

        assertThat(reviews.byId(review.id())).contains(review);
    }

    @Test
    void a_review_without_text_edit_or_reply_reads_back_as_such() {
        var review = newReview(asha, 3, at(1));
        var plain = new Review(review.id(), review.booking(), review.member(), review.mentor(), review.stars(), "",
                review.createdAt(), Optional.empty(), Optional.empty());

        rows.write(() -> reviews.add(plain));

        assertThat(reviews.byId(plain.id())).contains(plain);
    }

    @Test
    void a_reply_never_edited_reads_back_without_an_edit_time() {
        var review = newReview(asha, 4, at(1)).replied("Thank you.", at(2));

        stored(review);

        assertThat(reviews.byId(review.id())).contains(review);
    }

    @Test
    void the_review_of_a_booking_is_found_by_the_booking() {
        var review = stored(newReview(asha, 4, at(1)));

        assertThat(reviews.byBooking(review.booking())).contains(review);
        assertThat(reviews.byBooking(BookingId.random())).isEmpty();
        assertThat(reviews.byId(ReviewId.random())).isEmpty();
    }

    @Test
    void locking_a_review_finds_it_by_id_and_by_booking() {
        var review = stored(newReview(asha, 4, at(1)));

        var byId = rows.inTransaction(() -> reviews.lockById(review.id()));
        var byBooking = rows.inTransaction(() -> reviews.lockByBooking(review.booking()));

        assertThat(byId).contains(review);
        assertThat(byBooking).contains(review);
    }

    @Test
    void locking_a_booking_without_a_review_finds_none() {
        var booking = rows.pendingBooking(asha, plan, at(1));

        assertThat(rows.inTransaction(() -> reviews.lockByBooking(booking.id()))).isEmpty();
    }

    @Test
    void a_second_review_of_the_same_booking_is_a_conflict_and_the_first_stays() {
        var first = stored(newReview(asha, 4, at(1)));
        var second = Review.written(ReviewId.random(), first.booking(), asha.id(), ravi.id(), new Stars(1), "Again",
                at(2));

        var refused = catchThrowableOfType(DomainException.Conflict.class, () -> rows.write(() -> reviews.add(second)));

        assertThat(refused.reason()).isEqualTo("review_exists");
        assertThat(reviews.byBooking(first.booking())).contains(first);
    }

    @Test
    void an_update_replaces_the_stars_the_text_and_the_reply() {
        var review = stored(newReview(asha, 2, at(1)));
        var changed = review.edit(new Stars(5), "Changed my mind.", at(2)).replied("Glad to hear.", at(3));

        rows.write(() -> reviews.update(changed));

        assertThat(reviews.byId(review.id())).contains(changed);
    }

    @Test
    void a_mentor_s_reviews_come_newest_first_and_only_theirs() {
        var older = stored(newReview(asha, 3, at(1)));
        var newer = stored(newReview(rows.user("meena"), 5, at(2)));
        var otherPlan = rows.plan(rows.mentor("meera"));
        var booking = rows.pendingBooking(asha, otherPlan, at(3));
        stored(Review.written(ReviewId.random(), booking.id(), asha.id(), otherPlan.mentor(), new Stars(1), "", at(3)));

        assertThat(reviews.ofMentor(ravi.id(), ReviewCursor.NEWEST, 10)).containsExactly(newer, older);
    }

    @Test
    void a_page_holds_at_most_the_limit() {
        stored(newReview(asha, 3, at(1)));
        var newest = stored(newReview(asha, 4, at(2)));

        assertThat(reviews.ofMentor(ravi.id(), ReviewCursor.NEWEST, 1)).containsExactly(newest);
    }

    @Test
    void a_page_after_a_cursor_starts_with_the_next_older_review() {
        var oldest = stored(newReview(asha, 1, at(1)));
        var middle = stored(newReview(asha, 2, at(2)));
        var newest = stored(newReview(asha, 3, at(3)));

        var after = reviews.ofMentor(ravi.id(), ReviewCursor.after(newest), 10);

        assertThat(after).containsExactly(middle, oldest);
    }

    @Test
    void reviews_written_at_the_same_instant_page_without_loss_or_repeat() {
        var written = new ArrayList<Review>();
        for (var n = 0; n < 5; n++) {
            written.add(stored(newReview(asha, 1 + n, at(7))));
        }

        var seen = new ArrayList<Review>();
        var page = reviews.ofMentor(ravi.id(), ReviewCursor.NEWEST, 2);
        while (!page.isEmpty()) {
            seen.addAll(page);
            page = reviews.ofMentor(ravi.id(), ReviewCursor.after(page.getLast()), 2);
        }

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    void an_edit_does_not_move_a_review_in_the_order() {
        var older = stored(newReview(asha, 3, at(1)));
        var newer = stored(newReview(asha, 4, at(2)));
        var edited = older.edit(new Stars(5), "Later thoughts", at(9));
        rows.write(() -> reviews.update(edited));

        assertThat(reviews.ofMentor(ravi.id(), ReviewCursor.NEWEST, 10)).containsExactly(newer, edited);
    }

    @Test
    void reading_a_page_of_no_reviews_is_empty() {
        assertThat(reviews.ofMentor(ravi.id(), ReviewCursor.NEWEST, 10)).isEqualTo(List.of());
    }
}
