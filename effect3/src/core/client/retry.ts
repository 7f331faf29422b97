// Copied from core/src/client/retry.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The retry driver's decisions, as pure arithmetic on millis: the full-jitter backoff bound
 * ({@link fullJitter}), the wait before the next attempt ({@link delay}: the server's
 * `Retry-After` over the schedule's, in whole millis), whether that wait is taken before the
 * overall deadline ({@link withinDeadline}), and the reading of a `Retry-After` header
 * ({@link parseRetryAfter}). Each line's schedule calls them; time and randomness come from the
 * line's own `Clock` and `Random`. Effect-free (shared by both Effect lines).
 *
 * @since 0.3.0
 */

/**
 * The wait of full-jitter backoff: a random fraction `r` (in `[0, 1)`) of the exponential step,
 * capped at `cap` millis, i.e. a time in `[0, min(cap, step))`.
 *
 * @since 0.3.0
 * @category backoff
 */
export const fullJitter = (stepMillis: number, capMillis: number, r: number): number =>
  r * Math.min(capMillis, stepMillis)

/**
 * The wait before the next attempt: the server's `Retry-After` when it sent one, else the
 * schedule's, in whole millis (a fractional wait would leave a test clock at an instant its
 * nanosecond reading cannot hold).
 *
 * @since 0.3.0
 * @category backoff
 */
export const delay = (scheduledMillis: number, retryAfterMillis: number | undefined): number =>
  Math.floor(Math.max(0, retryAfterMillis ?? scheduledMillis))

/**
 * Whether a wait of `delayMillis` from `now` ends before the deadline: a wait ending at or past
 * it is not taken (the run fails at once with the last error).
 *
 * @since 0.3.0
 * @category deadline
 */
export const withinDeadline = (now: number, delayMillis: number, deadlineAt: number): boolean =>
  now + delayMillis < deadlineAt

/**
 * Reads a `Retry-After` header: delay-seconds or an HTTP-date, relative to `now` (epoch
 * millis), as millis. A date in the past gives zero; anything else unreadable (a fraction, a
 * sign, an exponent, a bare number with spaces) gives `undefined`.
 *
 * @since 0.3.0
 * @category parsing
 */
export const parseRetryAfter = (header: string, now: number): number | undefined => {
  const value = header.trim()
  if (/^\d+$/.test(value)) return Number(value) * 1000
  if (!/[a-z]/i.test(value)) return undefined
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
