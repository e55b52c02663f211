/**
 * What several nodes of one site share through Redis: the rate-limit buckets. Every key starts with the configured
 * prefix, so sites (and test runs) that share a Redis never count each other's tries.
 */
package app.bettertalk.redis;
