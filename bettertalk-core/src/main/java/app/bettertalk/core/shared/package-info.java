/**
 * What every feature shares: typed user ids, money in paise, the typed domain errors, the unit-of-work port and the
 * {@link app.bettertalk.core.shared.UseCase} and {@link app.bettertalk.core.shared.Port} markers.
 * Nothing here knows about any feature.
 */
package app.bettertalk.core.shared;
