/** Counting tries against rate limits with Bucket4j, and answering a refused one with 429 and Retry-After. */
package app.bettertalk.web.limits;
