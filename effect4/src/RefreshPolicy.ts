/**
 * When a cached access token is refreshed: a plain value users can replace, and the pure
 * {@link timing} that turns a token into its refresh and expiry instants.
 *
 * Defaults: refresh ahead at `min(5 min, lifetime / 2)` before expiry; a token whose expiry is
 * unknown lives 10 min; a failed background refresh is tried again after 10 s; after
 * `GalileoUnauthorized`, logins pause for a 5 s cooldown.
 *
 * @since 0.1.0
 */
import * as DateTime from "effect/DateTime"
import * as Duration from "effect/Duration"
import * as Option from "effect/Option"
import * as AccessToken from "./AccessToken.js"

/**
 * A refresh policy.
 *
 * @since 0.1.0
 * @category models
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
 * What {@link make} takes: any field as a `Duration.Input` (`"1 minute"`, `5000`).
 *
 * @since 0.2.0
 * @category models
 */
export type Options = { readonly [K in keyof RefreshPolicy]?: Duration.Input | undefined }

/**
 * The default policy with some fields replaced.
 *
 * @example
 * ```ts
 * import { RefreshPolicy } from "galileo-effect"
 *
 * const eager = RefreshPolicy.make({ refreshAhead: "10 minutes", unauthorizedCooldown: 1000 })
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}): RefreshPolicy => ({
  refreshAhead: Duration.fromInputUnsafe(options.refreshAhead ?? "5 minutes"),
  fallbackLifetime: Duration.fromInputUnsafe(options.fallbackLifetime ?? "10 minutes"),
  retryInterval: Duration.fromInputUnsafe(options.retryInterval ?? "10 seconds"),
  unauthorizedCooldown: Duration.fromInputUnsafe(options.unauthorizedCooldown ?? "5 seconds")
})

/**
 * The default policy (see the module description).
 *
 * @since 0.1.0
 * @category constructors
 */
export const defaultPolicy: RefreshPolicy = /* @__PURE__ */ make()

/**
 * When a token should be refreshed and when it stops being usable, as epoch millis of the
 * client's clock.
 *
 * @since 0.2.0
 * @category models
 */
export interface Timing {
  readonly refreshAt: number
  readonly expiresAt: number
}

/**
 * Computes the {@link Timing} of a token under a policy.
 *
 * @example
 * ```ts
 * import { Redacted } from "effect"
 * import { AccessToken, RefreshPolicy } from "galileo-effect"
 *
 * // an opaque token lives the fallback 10 minutes and is refreshed after 5
 * const token = AccessToken.make(Redacted.make("opaque"), "bearer", 0)
 * RefreshPolicy.timing(RefreshPolicy.defaultPolicy, token) // { refreshAt: 300000, expiresAt: 600000 }
 * ```
 * @since 0.2.0
 * @category utils
 */
export const timing = (policy: RefreshPolicy, token: AccessToken.AccessToken): Timing => {
  const received = DateTime.toEpochMillis(token.receivedAt)
  const lifetime = Option.getOrElse(
    Option.map(AccessToken.lifetime(token), Duration.toMillis),
    () => Duration.toMillis(policy.fallbackLifetime)
  )
  const ahead = Math.min(Duration.toMillis(policy.refreshAhead), lifetime / 2)
  return { refreshAt: received + lifetime - ahead, expiresAt: received + lifetime }
}
