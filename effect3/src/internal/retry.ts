/**
 * Runs attempts under a {@link RetryPolicy} as one `Effect.retry` over the policy's `Schedule`
 * composed with two more steps ({@link schedule}): the server's `Retry-After` replaces the
 * schedule's delay, and a wait that would end past the overall deadline stops the schedule (the
 * run fails at once with the last error). Errors the policy does not retry never reach the
 * schedule. Each attempt is bounded by the per-attempt timeout and what remains of the deadline
 * ({@link withTimeout}). The arithmetic is the core's (`core/client/retry.ts`).
 *
 * @internal
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Schedule from "effect/Schedule"
import type * as Scope from "effect/Scope"
import * as Core from "../core/client/retry.js"
import { type GalileoError, GalileoTransportError } from "../GalileoError.js"
import type { RetryPolicy } from "../RetryPolicy.js"

/** What a timed-out attempt reports: the request it was, when known. */
export interface Where {
  readonly method?: string | undefined
  readonly path?: string | undefined
}

/**
 * The clock a fiber of the default runtime has (every fiber has it unless another clock is
 * provided): a timer of it is a `setTimeout`, as inside `Clock.sleep`. Read once, on first use.
 */
let defaultClock: Clock.Clock | undefined
const isDefaultClock = (clock: Clock.Clock): boolean => clock === (defaultClock ??= Effect.runSync(Effect.clock))

/** The longest `setTimeout` delay. */
const maxTimer = 2 ** 31 - 1

/**
 * Runs `self` in a fiber of `scope` (interruptible, whatever the caller's region), so closing the
 * scope ends it; the caller waits for it, and interrupting the caller interrupts it.
 */
export const inScope = <A, E, R>(self: Effect.Effect<A, E, R>, scope: Scope.Scope): Effect.Effect<A, E, R> =>
  Effect.uninterruptibleMask((restore) =>
    Effect.flatMap(
      Effect.forkIn(Effect.interruptible(self), scope),
      (fiber) => Effect.onInterrupt(restore(Fiber.join(fiber)), () => Fiber.interrupt(fiber))
    )
  )

/**
 * Bounds one attempt by `budget` millis, failing with a `Timeout` error that says why. On the
 * default (live) clock the attempt runs in one forked fiber (of `scope` when given, else a child)
 * and the caller waits for it or for a plain timer, whichever comes first (measured: no race of
 * two fibers, no sleeping fiber); on any other clock (`TestClock`) the wait is
 * `Effect.timeoutFail`, so tests drive the timeout with the clock.
 */
export const withTimeout = <A, R>(
  self: Effect.Effect<A, GalileoError, R>,
  budget: number,
  describe: () => string,
  where: Where,
  clock: Clock.Clock,
  scope?: Scope.Scope
): Effect.Effect<A, GalileoError, R> => {
  const timeout = () => new GalileoTransportError({ reason: "Timeout", description: describe(), ...where })
  const bound = { duration: Duration.millis(Math.max(0, budget)), onTimeout: timeout }
  const live = isDefaultClock(clock) && budget <= maxTimer
  if (!live && scope === undefined) return Effect.timeoutFail(self, bound)
  return Effect.uninterruptibleMask((restore) =>
    Effect.flatMap(
      scope === undefined ? Effect.forkDaemon(restore(self)) : Effect.forkIn(Effect.interruptible(self), scope),
      (child) =>
        !live
          ? Effect.onExit(
            // the wait is interruptible, so the timeout can end it whatever the caller's region
            restore(Effect.timeoutFail(Effect.interruptible(Fiber.join(child)), bound)),
            (exit) => Exit.isSuccess(exit) ? Effect.void : Fiber.interrupt(child)
          )
          : restore(Effect.async<A, GalileoError>((resume) => {
            let settled = false
            const timer = setTimeout(() => {
              if (settled) return
              settled = true
              resume(Effect.zipRight(Fiber.interrupt(child), Effect.fail(timeout())))
            }, budget)
            child.addObserver((exit) => {
              if (settled) return
              settled = true
              clearTimeout(timer)
              resume(exit)
            })
            // interrupted while waiting: no timer left, and the attempt ends too
            return Effect.zipRight(Effect.sync(() => clearTimeout(timer)), Fiber.interrupt(child))
          }))
    )
  )
}

/** When an attempt must end (epoch millis of the clock), and what its timeout says. */
export type Bound = readonly [endsAt: number, describe: () => string]

/**
 * The bound of the attempt each answer came from: reading and decoding its body must end by
 * then too (the attempt timeout and the deadline cover the whole answer).
 */
export const bounds = new WeakMap<object, Bound>()

/** The server's `Retry-After` of an error, in millis, when it sent one. */
const retryAfterOf = (error: GalileoError): number | undefined =>
  error._tag === "GalileoHttpError" && error.retryAfter !== undefined ? Duration.toMillis(error.retryAfter) : undefined

/**
 * The policy's schedule as the run steps it: its delay replaced by the server's `Retry-After`
 * (whole millis), and done when the wait would end at or past `deadlineAt`.
 */
export const schedule = (policy: RetryPolicy, deadlineAt: number): Schedule.Schedule<unknown, GalileoError> => {
  /** The wait the policy's step decided (its delay or the `Retry-After`), for the deadline's step. */
  let wait = 0
  return Schedule.passthrough(policy.schedule).pipe(
    Schedule.modifyDelay((error, delay) => {
      wait = Core.delay(Duration.toMillis(delay), retryAfterOf(error))
      return wait
    }),
    Schedule.checkEffect(() => Effect.map(Clock.currentTimeMillis, (now) => Core.withinDeadline(now, wait, deadlineAt)))
  )
}

/**
 * Runs `attempt(n, bound)` (n = 0 first) under the policy. The first attempt runs alone; when it
 * fails with an error the policy retries, the retries are one `Effect.retry` over the policy's
 * {@link schedule}, given that error first (so a call that succeeds at once builds no schedule).
 * An error the policy does not retry ends the run as it is: it leaves the retried effect as a
 * value (a `Left`), so the schedule never sees it. With `scope`, each attempt runs in a fiber of
 * it and the retries (their backoffs) in one more, so closing the scope ends the whole run at
 * once. Time and randomness come from Effect's `Clock` and `Random`, so `TestClock` and a seeded
 * `Random` drive it in tests.
 */
export const retry = <A, R>(
  policy: RetryPolicy,
  where: Where,
  attempt: (n: number, bound: Bound) => Effect.Effect<A, GalileoError, R>,
  scope?: Scope.Scope
): Effect.Effect<A, GalileoError, R> =>
  Effect.clockWith((clock) => {
    const attemptMillis = Duration.toMillis(policy.attemptTimeout)
    const deadlineAt = clock.unsafeCurrentTimeMillis() + Duration.toMillis(policy.deadline)
    let n = 0
    const once = Effect.suspend(() => {
      const now = clock.unsafeCurrentTimeMillis()
      // the per-attempt timeout, or what remains of the deadline when that is nearer
      const remaining = deadlineAt - now
      const budget = Math.min(attemptMillis, remaining)
      // the words are only needed for a timeout: formatted then, not on every attempt
      const describe = () =>
        remaining < attemptMillis
          ? `the overall deadline of ${Duration.format(policy.deadline)} was reached`
          : `no answer within ${Duration.format(policy.attemptTimeout)}`
      return withTimeout(attempt(n++, [now + budget, describe]), budget, describe, where, clock, scope)
    })
    return Effect.catchAll(once, (first) => {
      if (!policy.retryable(first)) return Effect.fail(first)
      const gated = Effect.flatMap(
        Effect.either(once),
        (result) =>
          Either.isLeft(result) && policy.retryable(result.left) ? Effect.fail(result.left) : Effect.succeed(result)
      )
      // the retried effect fails with the first attempt's error once, then runs the next attempts
      let replayed = false
      const attempts = Effect.suspend(() => replayed ? gated : (replayed = true, Effect.fail(first)))
      // an `Either` is an effect: its `Left` fails the run with the error no retry was for
      const retries = Effect.flatMap(Effect.retry(attempts, schedule(policy, deadlineAt)), (result) => result)
      return scope === undefined ? retries : inScope(retries, scope)
    })
  })
