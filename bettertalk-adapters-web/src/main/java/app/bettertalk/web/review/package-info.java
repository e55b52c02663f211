/**
 * Reviews on the web: a booking's review form ({@code /bookings/{id}/review}), a mentor's older reviews, the mentor's
 * reply, and their API. Handlers parse, call one review use case and render; who may do what is the core's to say.
 */
package app.bettertalk.web.review;
