/**
 * What every feature shares: typed user ids, money in paise, the typed domain errors, the unit-of-work port, the rules
 * of a name others are shown and the port that tells what a name looks like
 * ({@link app.bettertalk.core.shared.NameSkeletons}), and the {@link app.bettertalk.core.shared.UseCase} and
 * {@link app.bettertalk.core.shared.Port} markers.
 * Nothing here knows about any feature.
 */
package app.bettertalk.core.shared;
