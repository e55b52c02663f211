package app.bettertalk.web.review;

import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.review.ListMentorReviews;
import app.bettertalk.core.review.ReplyToReview;
import app.bettertalk.core.review.ReviewCursor;
import app.bettertalk.core.review.ReviewId;
import app.bettertalk.core.review.ViewBookingReview;
import app.bettertalk.core.review.WriteReview;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.web.Json;
import app.bettertalk.web.Requests;
import app.bettertalk.web.api.ApiInput;
import io.javalin.http.Context;

/** The reviews API: a mentor's reviews, a booking's review (read and write), and the mentor's reply. */
final class ReviewApiHandlers {
    private final ViewBookingReview viewBookingReview;
    private final WriteReview writeReview;
    private final ListMentorReviews listMentorReviews;
    private final ReplyToReview replyToReview;

    ReviewApiHandlers(ViewBookingReview viewBookingReview, WriteReview writeReview,
                      ListMentorReviews listMentorReviews, ReplyToReview replyToReview) {
        this.viewBookingReview = viewBookingReview;
        this.writeReview = writeReview;
        this.listMentorReviews = listMentorReviews;
        this.replyToReview = replyToReview;
    }

    /** {@code GET /api/v1/mentors/{id}/reviews?after=&limit=}. */
    public void list(Context ctx) {
        var mentor = Requests.id(ctx, "id", text -> UserId.parse("mentor", text));
        var page = listMentorReviews.list(new ListMentorReviews.Query(Requests.actor(ctx), mentor,
                ReviewCursor.parse(ctx.queryParam("after")), ApiInput.intQuery(ctx, "limit", ReviewHandlers.PAGE)));
        ctx.json(ReviewJson.MentorReviewsView.of(page));
    }

    /** {@code GET /api/v1/bookings/{id}/review}. */
    public void view(Context ctx) {
        var booking = Requests.id(ctx, "id", BookingId::parse);
        ctx.json(ReviewJson.BookingReviewView.of(
                viewBookingReview.view(new ViewBookingReview.Query(Requests.actor(ctx), booking))));
    }

    /** {@code PUT /api/v1/bookings/{id}/review}: writes the one review of the booking, or changes it. */
    public void write(Context ctx) {
        var booking = Requests.id(ctx, "id", BookingId::parse);
        var body = Json.body(ctx, ReviewJson.ReviewBody.class);
        var review = writeReview.write(WriteReview.Command.typed(Requests.actor(ctx), booking, body.stars(),
                body.text()));
        ctx.json(ReviewJson.ReviewView.of(review));
    }

    /** {@code PUT /api/v1/reviews/{id}/reply}: posts the mentor's one reply, or changes it. */
    public void reply(Context ctx) {
        var review = Requests.id(ctx, "id", ReviewId::parse);
        var body = Json.body(ctx, ReviewJson.ReplyBody.class);
        if (body.text() == null) {
            throw new DomainException.Validation("text", "must not be blank");
        }
        ctx.json(ReviewJson.ReviewView.of(replyToReview.reply(new ReplyToReview.Command(Requests.actor(ctx), review,
                body.text()))));
    }
}
