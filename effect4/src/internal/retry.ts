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
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
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

/** The clock every fiber has unless another is provided (the reference's default): a timer of it is a `setTimeout`. */
let defaultClock: Clock.Clock | undefined
const isDefaultClock = (clock: Clock.Clock): boolean =>
  clock === (defaultClock ??= Context.get(Context.empty(), Clock.Clock))

/** The longest `setTimeout` delay. */
const maxTimer = 2 ** 31 - 1

/**
 * Runs `self` in a fiber of `scope` (interruptible, whatever the caller's region), so closing the
 * scope ends it; the caller waits for it, and interrupting the caller interrupts it.
 */
export const inScope = <A, E, R>(self: Effect.Effect<A, E, R>, scope: Scope.Scope): Effect.Effect<A, E, R> =>
  Effect.uninterruptibleMask((restore) =>
    Effect.flatMap(
      Effect.forkIn(self, scope),
      (fiber) => Effect.onInterrupt(restore(Fiber.join(fiber)), () => Fiber.interrupt(fiber))
    )
  )

/**
 * Bounds one attempt by `budget` millis, failing with a `Timeout` error that says why. On the
 * default (live) clock the attempt runs in one forked fiber and the caller waits for it or for a
 * plain timer, whichever comes first (measured: no race of two fibers, no sleeping fiber); on any
 * other clock (`TestClock`) the wait is `Effect.timeoutOrElse`, so tests drive the timeout with
 * the clock.
 */
export const withTimeout = <A, R>(
  self: Effect.Effect<A, GalileoError, R>,
  budget: number,
  describe: () => string,
  where: Where,
  clock: Clock.Clock
): Effect.Effect<A, GalileoError, R> => {
  const timeout = () => new GalileoTransportError({ reason: "Timeout", description: describe(), ...where })
  if (!isDefaultClock(clock) || budget > maxTimer) {
    return Effect.timeoutOrElse(self, {
      duration: Duration.millis(Math.max(0, budget)),
      orElse: () => Effect.fail(timeout())
    })
  }
  return Effect.uninterruptibleMask((restore) =>
    Effect.flatMap(Effect.forkChild(restore(self)), (child) =>
      restore(Effect.callback<A, GalileoError>((resume) => {
        let settled = false
        const timer = setTimeout(() => {
          if (settled) return
          settled = true
          resume(Effect.andThen(Fiber.interrupt(child), Effect.fail(timeout())))
        }, budget)
        child.addObserver((exit) => {
          if (settled) return
          settled = true
          clearTimeout(timer)
          resume(exit)
        })
        // interrupted while waiting: no timer left, and the attempt ends too
        return Effect.andThen(Effect.sync(() => clearTimeout(timer)), Fiber.interrupt(child))
      })))
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
export const schedule = (policy: RetryPolicy, deadlineAt: number): Schedule.Schedule<unknown, GalileoError> =>
  policy.schedule.pipe(
    Schedule.modifyDelay(({ duration, input }) =>
      Effect.succeed(Duration.millis(Core.delay(Duration.toMillis(duration), retryAfterOf(input))))
    ),
    Schedule.while(({ duration, now }) => Core.withinDeadline(now, Duration.toMillis(duration), deadlineAt))
  )

/** A failure the policy does not retry: it leaves the retried effect as this value, so the schedule never sees it. */
class Final {
  constructor(readonly error: GalileoError) {}
}

/**
 * Runs `attempt(n, bound)` (n = 0 first) under the policy; with `scope`, the whole run (its
 * attempts and its backoffs) runs in a fiber of it, so closing the scope ends it at once. Time
 * and randomness come from Effect's `Clock` and `Random`, so `TestClock` and a seeded `Random`
 * drive it in tests.
 */
export const retry = <A, R>(
  policy: RetryPolicy,
  where: Where,
  attempt: (n: number, bound: Bound) => Effect.Effect<A, GalileoError, R>,
  scope?: Scope.Scope
): Effect.Effect<A, GalileoError, R> =>
  Effect.clockWith((clock) => {
    const attemptMillis = Duration.toMillis(policy.attemptTimeout)
    const deadlineAt = clock.currentTimeMillisUnsafe() + Duration.toMillis(policy.deadline)
    let n = 0
    const once = Effect.suspend(() => {
      const now = clock.currentTimeMillisUnsafe()
      const { budget, deadline } = Core.attemptBudget(now, attemptMillis, deadlineAt)
      // the words are only needed for a timeout: formatted then, not on every attempt
      const describe = () =>
        deadline
          ? `the overall deadline of ${Duration.format(policy.deadline)} was reached`
          : `no answer within ${Duration.format(policy.attemptTimeout)}`
      return withTimeout(attempt(n++, [now + budget, describe]), budget, describe, where, clock)
    })
    const gated: Effect.Effect<A | Final, GalileoError, R> = Effect.catchIf(
      once,
      (e: GalileoError) => !policy.retryable(e),
      (e) => Effect.succeed(new Final(e))
    )
    const run = Effect.flatMap(
      Effect.retry(gated, schedule(policy, deadlineAt)),
      (a) => a instanceof Final ? Effect.fail(a.error) : Effect.succeed(a)
    )
    return scope === undefined ? run : inScope(run, scope)
  })
