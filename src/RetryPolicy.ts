/**
 * When and how a failed Galileo call is tried again: a plain value that users can replace,
 * and {@link retry}, which runs attempts under it.
 *
 * Defaults: retry transport errors, timeouts and HTTP 408, 429, 500, 502, 503, 504 (never
 * 401, 403, 422 or another 4xx); at most 3 retries; exponential backoff with full jitter
 * (base 150 ms, cap 4 s); 10 s per attempt; 30 s overall; `Retry-After` honoured.
 *
 * @since 0.1.0
 */
import { Clock, Duration, Effect, Option, Random } from "effect"
import { type GalileoError, GalileoTransportError } from "./GalileoError.js"

/**
 * A retry policy.
 *
 * @since 0.1.0
 */
export interface RetryPolicy {
  /** How many times a failed attempt is tried again (0: never). */
  readonly maxRetries: number
  /** The first backoff bound: retry `n` sleeps a random time in `[0, min(maxDelay, baseDelay * 2^n))`. */
  readonly baseDelay: Duration.Duration
  /** The largest backoff bound. */
  readonly maxDelay: Duration.Duration
  /** How long one attempt may take, response body included. */
  readonly attemptTimeout: Duration.Duration
  /** How long all attempts and sleeps together may take. */
  readonly deadline: Duration.Duration
  /** HTTP statuses that are worth another attempt. */
  readonly retryableStatuses: ReadonlyArray<number>
}

/**
 * The default policy (see the module description).
 *
 * @since 0.1.0
 */
export const defaultPolicy: RetryPolicy = {
  maxRetries: 3,
  baseDelay: Duration.millis(150),
  maxDelay: Duration.seconds(4),
  attemptTimeout: Duration.seconds(10),
  deadline: Duration.seconds(30),
  retryableStatuses: [408, 429, 500, 502, 503, 504]
}

/**
 * The default policy with some fields replaced.
 *
 * @example
 * ```ts
 * import { Duration } from "effect"
 * import { RetryPolicy } from "galileo-effect"
 *
 * const patient = RetryPolicy.make({ maxRetries: 5, deadline: Duration.minutes(1) })
 * ```
 * @since 0.1.0
 */
export const make = (overrides: Partial<RetryPolicy> = {}): RetryPolicy => ({ ...defaultPolicy, ...overrides })

/**
 * A policy that never retries (the per-attempt timeout still applies).
 *
 * @since 0.1.0
 */
export const none: RetryPolicy = make({ maxRetries: 0 })

/**
 * Whether an error is worth another attempt under a policy.
 *
 * @since 0.1.0
 */
export const isRetryable = (policy: RetryPolicy, error: GalileoError): boolean =>
  error._tag === "GalileoTransportError" ||
  (error._tag === "GalileoHttpError" && policy.retryableStatuses.includes(error.status))

/**
 * The full-jitter backoff bound before retry `retry` (0-based): `min(maxDelay, baseDelay * 2^retry)`.
 *
 * @since 0.1.0
 */
export const backoffBound = (policy: RetryPolicy, retry: number): Duration.Duration =>
  Duration.min(policy.maxDelay, Duration.times(policy.baseDelay, 2 ** retry))

/**
 * Parses a `Retry-After` header: delay-seconds or an HTTP-date, relative to `now` (epoch millis).
 * A date in the past gives zero; anything else unreadable gives `None`.
 *
 * @since 0.1.0
 */
export const parseRetryAfter = (header: string, now: number): Option.Option<Duration.Duration> => {
  const value = header.trim()
  if (/^\d+$/.test(value)) return Option.some(Duration.seconds(Number(value)))
  if (!/[a-z]/i.test(value)) return Option.none()
  const date = Date.parse(value)
  return Number.isNaN(date) ? Option.none() : Option.some(Duration.millis(Math.max(0, date - now)))
}

/**
 * Runs `attempt` under a policy. Each attempt gets the attempt number (0 first) and is bounded
 * by `attemptTimeout` and what remains of `deadline`. A retryable failure sleeps a full-jitter
 * backoff (or the server's `Retry-After`) and tries again. When `Retry-After` asks for more
 * time than the deadline leaves, the error is returned at once. Time and randomness come from
 * Effect's `Clock` and `Random`, so `TestClock` and a seeded `Random` drive it in tests.
 *
 * @since 0.1.0
 */
export const retry = <A, R>(
  policy: RetryPolicy,
  attempt: (n: number) => Effect.Effect<A, GalileoError, R>
): Effect.Effect<A, GalileoError, R> =>
  Effect.flatMap(Clock.currentTimeMillis, (start) => {
    const deadlineAt = start + Duration.toMillis(policy.deadline)
    const loop = (n: number): Effect.Effect<A, GalileoError, R> =>
      Effect.flatMap(Clock.currentTimeMillis, (now) => {
        const remaining = deadlineAt - now
        const budget = Math.min(Duration.toMillis(policy.attemptTimeout), remaining)
        const description = budget < Duration.toMillis(policy.attemptTimeout)
          ? `the overall deadline of ${Duration.format(policy.deadline)} was reached`
          : `no answer within ${Duration.format(policy.attemptTimeout)}`
        return attempt(n).pipe(
          Effect.timeoutFail({
            duration: Duration.millis(Math.max(0, budget)),
            onTimeout: () => new GalileoTransportError({ reason: "Timeout", description })
          }),
          Effect.catchAll((error) => {
            if (n >= policy.maxRetries || !isRetryable(policy, error)) return Effect.fail(error)
            return Effect.flatMap(nextDelay(policy, n, error), (delay) =>
              Effect.flatMap(Clock.currentTimeMillis, (after) =>
                after + Duration.toMillis(delay) >= deadlineAt
                  ? Effect.fail(error)
                  : Effect.zipRight(Effect.sleep(delay), loop(n + 1))))
          })
        )
      })
    return loop(0)
  })

const nextDelay = (policy: RetryPolicy, n: number, error: GalileoError): Effect.Effect<Duration.Duration> =>
  error._tag === "GalileoHttpError" && error.retryAfter !== undefined
    ? Effect.succeed(error.retryAfter)
    : Effect.map(Random.next, (r) => Duration.millis(r * Duration.toMillis(backoffBound(policy, n))))
