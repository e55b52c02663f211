package app.bettertalk.web.review;

import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.review.BookingReview;
import app.bettertalk.core.review.ListMentorReviews;
import app.bettertalk.core.review.ReplyToReview;
import app.bettertalk.core.review.ReviewCursor;
import app.bettertalk.core.review.ReviewId;
import app.bettertalk.core.review.ViewBookingReview;
import app.bettertalk.core.review.WriteReview;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.web.ErrorMapper;
import app.bettertalk.web.Requests;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Map;

/**
 * The review pages: a booking's review form, a mentor's older reviews, and the mentor's reply. Who may do which is
 * the core's to say; a refused form comes back with what was typed and why.
 */
final class ReviewHandlers {
    /** Reviews per page, on the mentor's page and on the pages of older ones. */
    static final int PAGE = 10;

    private final ViewBookingReview viewBookingReview;
    private final WriteReview writeReview;
    private final ListMentorReviews listMentorReviews;
    private final ReplyToReview replyToReview;

    ReviewHandlers(ViewBookingReview viewBookingReview, WriteReview writeReview, ListMentorReviews listMentorReviews,
                   ReplyToReview replyToReview) {
        this.viewBookingReview = viewBookingReview;
        this.writeReview = writeReview;
        this.listMentorReviews = listMentorReviews;
        this.replyToReview = replyToReview;
    }

    /** {@code GET /bookings/{id}/review}: the form, empty or with the review written. */
    public void form(Context ctx) {
        var booking = Requests.id(ctx, "id", BookingId::parse);
        renderForm(ctx, ReviewViews.Form.of(view(ctx, booking), "1".equals(ctx.queryParam("saved"))));
    }

    /** {@code POST /bookings/{id}/review}: writes or edits the review, then shows it saved. */
    public void save(Context ctx) {
        var booking = Requests.id(ctx, "id", BookingId::parse);
        var stars = Requests.form(ctx, "stars");
        var text = Requests.form(ctx, "text");
        try {
            writeReview.write(WriteReview.Command.typed(Requests.actor(ctx), booking, stars, text));
            ctx.redirect("/bookings/" + booking + "/review?saved=1", HttpStatus.SEE_OTHER);
        } catch (DomainException.Validation | DomainException.Conflict refused) {
            ctx.status(ErrorMapper.status(refused));
            var field = refused instanceof DomainException.Validation invalid ? invalid.field() : "";
            renderForm(ctx, ReviewViews.Form.of(view(ctx, booking), false).refused(stars, text, message(refused),
                    field));
        }
    }

    /**
     * {@code GET /mentor/{id}/reviews?after=...}, public like the mentor's page: a page of their reviews after the
     * newest ones.
     */
    public void page(Context ctx) {
        var mentor = Requests.id(ctx, "id", text -> UserId.parse("mentor", text));
        var cursor = ReviewCursor.parse(ctx.queryParam("after"));
        var reviews = listMentorReviews.list(new ListMentorReviews.Query(Requests.actorOrVisitor(ctx), mentor, cursor,
                PAGE));
        renderPage(ctx, ReviewViews.Section.of(reviews, cursor instanceof ReviewCursor.Newest));
    }

    /** {@code POST /reviews/{id}/reply}: back to the mentor's page at the review; a refused reply keeps its text. */
    public void reply(Context ctx) {
        var review = Requests.id(ctx, "id", ReviewId::parse);
        var text = Requests.form(ctx, "text");
        try {
            var replied = replyToReview.reply(new ReplyToReview.Command(Requests.actor(ctx), review, text));
            ctx.redirect("/mentor/" + replied.mentor() + "#review-" + review, HttpStatus.SEE_OTHER);
        } catch (DomainException.Validation | DomainException.Conflict refused) {
            // The reply form sits on the mentor's newest reviews; show them with this one's text and reason.
            ctx.status(ErrorMapper.status(refused));
            var mentor = UserId.parse("mentor", Requests.form(ctx, "mentor"));
            var reviews = listMentorReviews.list(new ListMentorReviews.Query(Requests.actor(ctx), mentor,
                    ReviewCursor.NEWEST, ListMentorReviews.MAX_PAGE));
            renderPage(ctx, ReviewViews.Section.of(reviews, true,
                    new ReviewViews.RefusedReply(review.toString(), text, message(refused))));
        }
    }

    private BookingReview view(Context ctx, BookingId booking) {
        return viewBookingReview.view(new ViewBookingReview.Query(Requests.actor(ctx), booking));
    }

    private static String message(DomainException refused) {
        if (refused instanceof DomainException.Validation invalid) {
            return switch (invalid.field()) {
                case "stars" -> "Choose how many stars: a whole number from 1 to 5.";
                case "text" -> "The text " + invalid.rule() + ".";
                default -> invalid.getMessage();
            };
        }
        return refused.getMessage();
    }

    private static void renderForm(Context ctx, ReviewViews.Form form) {
        ctx.render("review/form.jte", Map.of("frame", Requests.frame(ctx, "Review: " + form.planTitle()),
                "form", form));
    }

    private static void renderPage(Context ctx, ReviewViews.Section section) {
        ctx.render("review/reviews.jte", Map.of("frame", Requests.frame(ctx, "Reviews of " + section.mentorName()),
                "section", section));
    }
}
