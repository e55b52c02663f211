package app.bettertalk.web.review;

import app.bettertalk.core.review.ListMentorReviews;
import app.bettertalk.core.review.ReplyToReview;
import app.bettertalk.core.review.ViewBookingReview;
import app.bettertalk.core.review.WriteReview;
import app.bettertalk.web.FeatureRoutes;
import io.javalin.config.JavalinConfig;

/**
 * Reviews: a booking's review form, a mentor's older reviews and the reply to one, and their API. The newest reviews
 * also show on the mentor's page, which the mentor feature serves.
 */
public final class ReviewRoutes implements FeatureRoutes {
    private final ReviewHandlers pages;
    private final ReviewApiHandlers api;

    public ReviewRoutes(ViewBookingReview viewBookingReview, WriteReview writeReview,
                        ListMentorReviews listMentorReviews, ReplyToReview replyToReview) {
        this.pages = new ReviewHandlers(viewBookingReview, writeReview, listMentorReviews, replyToReview);
        this.api = new ReviewApiHandlers(viewBookingReview, writeReview, listMentorReviews, replyToReview);
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/bookings/{id}/review", pages::form);
        cfg.routes.post("/bookings/{id}/review", pages::save);
        cfg.routes.get("/mentor/{id}/reviews", pages::page);
        cfg.routes.post("/reviews/{id}/reply", pages::reply);
        cfg.routes.get("/api/v1/mentors/{id}/reviews", api::list);
        cfg.routes.get("/api/v1/bookings/{id}/review", api::view);
        cfg.routes.put("/api/v1/bookings/{id}/review", api::write);
        cfg.routes.put("/api/v1/reviews/{id}/reply", api::reply);
    }
}
