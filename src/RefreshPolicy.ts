/**
 * When a cached access token is refreshed: a plain value users can replace, and the pure
 * {@link schedule} that turns a token into its refresh and expiry instants.
 *
 * Defaults: refresh ahead at `min(5 min, lifetime / 2)` before expiry; a token whose expiry is
 * unknown lives 10 min; a failed background refresh is tried again after 10 s; after
 * `GalileoUnauthorized`, logins pause for a 5 s cooldown.
 *
 * @since 0.1.0
 */
import { DateTime, Duration, Option } from "effect"
import * as AccessToken from "./AccessToken.js"

/**
 * A refresh policy.
 *
 * @since 0.1.0
 */
export interface RefreshPolicy {
  /** The most time before expiry at which a background refresh starts (capped at half the lifetime). */
  readonly refreshAhead: Duration.Duration
  /** The lifetime assumed for a token whose JWT has no readable `exp`. */
  readonly fallbackLifetime: Duration.Duration
  /** How long to wait before trying again after a failed background refresh. */
  readonly retryInterval: Duration.Duration
  /** How long a `GalileoUnauthorized` login answer is reused before logging in again. */
  readonly unauthorizedCooldown: Duration.Duration
}

/**
 * The default policy (see the module description).
 *
 * @since 0.1.0
 */
export const defaultPolicy: RefreshPolicy = {
  refreshAhead: Duration.minutes(5),
  fallbackLifetime: Duration.minutes(10),
  retryInterval: Duration.seconds(10),
  unauthorizedCooldown: Duration.seconds(5)
}

/**
 * The default policy with some fields replaced.
 *
 * @since 0.1.0
 */
export const make = (overrides: Partial<RefreshPolicy> = {}): RefreshPolicy => ({ ...defaultPolicy, ...overrides })

/**
 * When a token should be refreshed and when it stops being usable, as epoch millis of the
 * client's clock.
 *
 * @since 0.1.0
 */
export interface Schedule {
  readonly refreshAt: number
  readonly expiresAt: number
}

/**
 * Computes the {@link Schedule} of a token under a policy.
 *
 * @example
 * ```ts
 * // a 60 s token is refreshed after 30 s; a 1 h token 5 min before it expires
 * ```
 * @since 0.1.0
 */
export const schedule = (policy: RefreshPolicy, token: AccessToken.AccessToken): Schedule => {
  const received = DateTime.toEpochMillis(token.receivedAt)
  const lifetime = Option.getOrElse(
    Option.map(AccessToken.lifetime(token), Duration.toMillis),
    () => Duration.toMillis(policy.fallbackLifetime)
  )
  const ahead = Math.min(Duration.toMillis(policy.refreshAhead), lifetime / 2)
  return { refreshAt: received + lifetime - ahead, expiresAt: received + lifetime }
}
