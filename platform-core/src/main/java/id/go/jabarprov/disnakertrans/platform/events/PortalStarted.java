package id.go.jabarprov.disnakertrans.platform.events;

import java.time.Instant;

/**
 * The portal has started: every schema is up to date and the first administrator exists. Fired once per
 * server by the core's start-up sequence, before the first request is served. A module starts its own
 * background work here (building an in-memory index, for example) rather than at CDI start-up, when the data
 * source is not bound yet.
 *
 * @param at when the start-up sequence finished
 */
public record PortalStarted(Instant at) {
}
