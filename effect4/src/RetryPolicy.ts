/**
 * When and how a failed Galileo call is tried again. A policy is an Effect `Schedule` (the
 * waits between attempts, and how many) plus a predicate (which errors are worth another
 * attempt), a per-attempt timeout and an overall deadline. Build your own schedule with the
 * standard combinators (`Schedule.exponential`, `jittered`, `recurs`, `during`, `max`...);
 * the client composes it with the timeout, the deadline and the server's `Retry-After`.
 *
 * Defaults: retry transport errors, timeouts and HTTP 408, 429, 500, 502, 503, 504 (never
 * 401, 403, 422 or another 4xx); at most 3 retries; exponential backoff with full jitter
 * (base 150 ms, cap 4 s); 10 s per attempt; 30 s overall; `Retry-After` honoured.
 *
 * @example
 * ```ts
 * import { Schedule } from "effect"
 * import { RetryPolicy } from "galileo-effect"
 *
 * // five retries, one second apart, under a one-minute deadline
 * const steady = RetryPolicy.make({
 *   schedule: Schedule.max([Schedule.spaced("1 second"), Schedule.recurs(5)]),
 *   deadline: "1 minute"
 * })
 * ```
 * @since 0.1.0
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as Predicate from "effect/Predicate"
import * as Random from "effect/Random"
import * as Schedule from "effect/Schedule"
import * as Backoff from "./core/client/retry.js"
import type { GalileoError } from "./GalileoError.js"

/**
 * A retry policy.
 *
 * @since 0.1.0
 * @category models
 */
export interface RetryPolicy {
  /** The waits between attempts (its input is the error of the failed attempt). */
  readonly schedule: Schedule.Schedule<unknown, GalileoError>
  /** Which errors are worth another attempt. */
  readonly retryable: Predicate.Predicate<GalileoError>
  /** How long one attempt may take, reading and decoding its answer included. */
  readonly attemptTimeout: Duration.Duration
  /** How long all attempts and waits together may take. */
  readonly deadline: Duration.Duration
}

/**
 * The statuses retried by default: the platform's transient ones.
 *
 * @since 0.2.0
 * @category constants
 */
export const transientStatuses: ReadonlyArray<number> = [408, 429, 500, 502, 503, 504]

/**
 * Exponential backoff with full jitter: the wait before retry `n` (0-based) is a random time in
 * `[0, min(maxDelay, baseDelay × 2^n))`, drawn from Effect's `Random` (so a seeded `Random`
 * makes it repeatable).
 *
 * @since 0.2.0
 * @category schedules
 */
export const fullJitter = (options: {
  readonly baseDelay: Duration.Input
  readonly maxDelay: Duration.Input
}): Schedule.Schedule<Duration.Duration> => {
  const cap = Duration.toMillis(Duration.fromInputUnsafe(options.maxDelay))
  return Schedule.exponential(options.baseDelay).pipe(
    Schedule.modifyDelay(({ duration }) =>
      Effect.map(Random.next, (r) => Duration.millis(Backoff.fullJitter(Duration.toMillis(duration), cap, r)))
    )
  )
}

/**
 * Retries transport errors, timeouts and the given HTTP statuses; nothing else, and never an
 * answer whose Galileo standard error says `retriable: false`.
 *
 * @since 0.2.0
 * @category predicates
 */
export const retryStatuses = (statuses: ReadonlyArray<number>): Predicate.Predicate<GalileoError> => (error) =>
  (error._tag === "GalileoTransportError" && error.reason !== "OffBaseUrl") ||
  (error._tag === "GalileoHttpError" && statuses.includes(error.status) && error.standardError?.retriable !== false)

/**
 * What {@link make} takes: a `schedule` of your own, or the default's parameters.
 *
 * @since 0.2.0
 * @category models
 */
export interface Options {
  /** The waits; default: {@link fullJitter} limited to `maxRetries`. */
  readonly schedule?: Schedule.Schedule<unknown, GalileoError> | undefined
  /** How many retries the default schedule makes (0: never); default 3. */
  readonly maxRetries?: number | undefined
  /** The default schedule's first backoff bound; default 150 ms. */
  readonly baseDelay?: Duration.Input | undefined
  /** The default schedule's largest backoff bound; default 4 s. */
  readonly maxDelay?: Duration.Input | undefined
  /** Which errors are retried; default {@link retryStatuses} of `retryableStatuses`. */
  readonly retryable?: Predicate.Predicate<GalileoError> | undefined
  /** HTTP statuses retried by the default predicate; default {@link transientStatuses}. */
  readonly retryableStatuses?: ReadonlyArray<number> | undefined
  /** How long one attempt may take; default 10 s. */
  readonly attemptTimeout?: Duration.Input | undefined
  /** How long all attempts and waits may take; default 30 s. */
  readonly deadline?: Duration.Input | undefined
}

/**
 * A policy from options; what is not given is the default.
 *
 * @example
 * ```ts
 * import { RetryPolicy } from "galileo-effect"
 *
 * const patient = RetryPolicy.make({ maxRetries: 5, deadline: "1 minute" })
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}): RetryPolicy => ({
  schedule: options.schedule ??
    Schedule.max([
      fullJitter({ baseDelay: options.baseDelay ?? "150 millis", maxDelay: options.maxDelay ?? "4 seconds" }),
      Schedule.recurs(options.maxRetries ?? 3)
    ]),
  retryable: options.retryable ?? retryStatuses(options.retryableStatuses ?? transientStatuses),
  attemptTimeout: Duration.fromInputUnsafe(options.attemptTimeout ?? "10 seconds"),
  deadline: Duration.fromInputUnsafe(options.deadline ?? "30 seconds")
})

/**
 * The default policy (see the module description).
 *
 * @since 0.1.0
 * @category constructors
 */
export const defaultPolicy: RetryPolicy = /* @__PURE__ */ make()

/**
 * A policy that never retries (the per-attempt timeout still applies).
 *
 * @since 0.1.0
 * @category constructors
 */
export const none: RetryPolicy = /* @__PURE__ */ make({ maxRetries: 0 })

/**
 * The policy with its schedule stopped: no retry, same timeouts (used for POST and PATCH,
 * which are not idempotent).
 *
 * @since 0.2.0
 * @category combinators
 */
export const withoutRetries = (policy: RetryPolicy): RetryPolicy => ({ ...policy, schedule: Schedule.recurs(0) })
