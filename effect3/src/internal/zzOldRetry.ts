/**
 * Runs attempts under a {@link RetryPolicy}: each attempt is bounded by the per-attempt timeout
 * and what remains of the overall deadline; a retryable failure is fed to the policy's
 * `Schedule`, whose delay is replaced by the server's `Retry-After` when it sent one; a wait
 * that would end past the deadline fails at once with the last error.
 *
 * @internal
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as ScheduleDecision from "effect/ScheduleDecision"
import * as Intervals from "effect/ScheduleIntervals"
import type * as Scope from "effect/Scope"
import { type GalileoError, GalileoTransportError } from "../GalileoError.js"
import type { RetryPolicy } from "../RetryPolicy.js"

/** What a timed-out attempt reports: the request it was, when known. */
export interface Where {
  readonly method?: string | undefined
  readonly path?: string | undefined
}

/** The live clock's class: with it, a timer is a plain `setTimeout`, as inside `Clock.sleep`. */
const liveClock = Clock.make().constructor

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
 * live clock the attempt runs in one forked fiber (of `scope` when given, else a child) and the
 * caller waits for it or for a plain timer, whichever comes first (no race of two fibers, no
 * sleeping fiber); on any other clock (`TestClock`) the wait is `Effect.timeoutFail`, so tests drive
 * the timeout with the clock.
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
  const live = clock.constructor === liveClock && budget <= 2 ** 31 - 1
  if (!live && scope === undefined) return Effect.timeoutFail(self, bound)
  return Effect.uninterruptibleMask((restore) =>
    Effect.flatMap(
      scope === undefined ? Effect.fork(restore(self)) : Effect.forkIn(Effect.interruptible(self), scope),
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

/** The wait before the next attempt, or none: the schedule is done or the deadline too near. */
const nextDelay = (
  policy: RetryPolicy,
  error: GalileoError,
  state: unknown,
  deadlineAt: number
): Effect.Effect<readonly [unknown, number] | undefined> =>
  Effect.flatMap(
    Clock.currentTimeMillis,
    (now) =>
      Effect.map(policy.schedule.step(now, error, state), ([next, , decision]) => {
        if (ScheduleDecision.isDone(decision)) return undefined
        const scheduled = Math.max(0, Intervals.start(decision.intervals) - now)
        // whole millis: a fractional wait would leave a TestClock at a time `currentTimeNanos` cannot hold
        const delay = Math.floor(
          error._tag === "GalileoHttpError" && error.retryAfter !== undefined
            ? Duration.toMillis(error.retryAfter)
            : scheduled
        )
        return now + delay >= deadlineAt ? undefined : [next, delay] as const
      })
  )

/** When an attempt must end (epoch millis of the clock), and what its timeout says. */
export type Bound = readonly [endsAt: number, describe: () => string]

/**
 * The bound of the attempt each answer came from: reading and decoding its body must end by
 * then too (the attempt timeout and the deadline cover the whole answer).
 */
export const bounds = new WeakMap<object, Bound>()

/**
 * Runs `attempt(n, bound)` (n = 0 first) under the policy; with `scope`, each attempt and each backoff
 * runs in a fiber of it, so closing the scope ends the whole run at once. Time and randomness come from Effect's
 * `Clock` and `Random`, so `TestClock` and a seeded `Random` drive it in tests.
 */
export const retry = <A, R>(
  policy: RetryPolicy,
  where: Where,
  attempt: (n: number, bound: Bound) => Effect.Effect<A, GalileoError, R>,
  scope?: Scope.Scope
): Effect.Effect<A, GalileoError, R> =>
  Effect.clockWith((clock) => {
    const start = clock.unsafeCurrentTimeMillis()
    const attemptMillis = Duration.toMillis(policy.attemptTimeout)
    const deadlineAt = start + Duration.toMillis(policy.deadline)
    const loop = (n: number, state: unknown, now: number): Effect.Effect<A, GalileoError, R> => {
      const remaining = deadlineAt - now
      // the words are only needed for a timeout: formatted then, not on every attempt
      const describe = () =>
        remaining < attemptMillis
          ? `the overall deadline of ${Duration.format(policy.deadline)} was reached`
          : `no answer within ${Duration.format(policy.attemptTimeout)}`
      const budget = Math.min(attemptMillis, remaining)
      return withTimeout(attempt(n, [now + budget, describe]), budget, describe, where, clock, scope).pipe(
        Effect.catchAll((error) =>
          policy.retryable(error)
            ? Effect.flatMap(nextDelay(policy, error, state, deadlineAt), (next) =>
              next === undefined
                ? Effect.fail(error)
                : Effect.zipRight(
                  scope === undefined
                    ? Effect.sleep(Duration.millis(next[1]))
                    : inScope(Effect.sleep(Duration.millis(next[1])), scope),
                  Effect.suspend(() => loop(n + 1, next[0], clock.unsafeCurrentTimeMillis()))
                ))
            : Effect.fail(error)
        )
      )
    }
    return loop(0, policy.schedule.initial, start)
  })
