/**
 * The token cache behind `AuthService.token`: single-flight logins, refresh-ahead in the
 * background, compare-and-swap invalidation and a cooldown after `GalileoUnauthorized`.
 * It is generic over the login effect, so the real service and the test Layer share it.
 * The state transitions (`decide`, `settled`) are pure functions of the state and the time.
 *
 * @internal
 */
import * as Cause from "effect/Cause"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import type * as DefaultServices from "effect/DefaultServices"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Effectable from "effect/Effectable"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import * as Utils from "effect/Utils"
import type * as AccessToken from "../AccessToken.js"
import type { GalileoError, GalileoUnauthorized } from "../GalileoError.js"
import * as RefreshPolicy from "../RefreshPolicy.js"

/**
 * How a `token` call was served: from the cache, from the cache while a background refresh
 * runs, or by waiting for a login.
 */
export type Outcome = "hit" | "refresh-ahead" | "miss"

/** A token cache. */
export interface TokenCache {
  /**
   * The current token; logs in (once, shared by all callers) when there is no usable one. No
   * call records a span of its own (the login does): a hit is a plain read, and 10,000 callers
   * waiting for one login cost 10,000 waits, not 10,000 spans.
   */
  readonly get: Effect.Effect<AccessToken.AccessToken, GalileoError>
  /** Logs in now and caches the result. */
  readonly refresh: Effect.Effect<AccessToken.AccessToken, GalileoError>
  /** Drops the cached token if its value is still `rejected`; returns whether it did. */
  readonly invalidate: (rejected: Redacted.Redacted<string>) => Effect.Effect<boolean>
}

interface Cached {
  readonly token: AccessToken.AccessToken
  readonly timing: RefreshPolicy.Timing
  /** `Effect.succeed(token)`, built once: a cache hit allocates nothing. */
  readonly hit: Effect.Effect<AccessToken.AccessToken>
}

const minPrune = 64

/**
 * A login in flight, shared by every caller waiting for it, completed once with the login's
 * outcome (or the interruption of the cache's scope).
 *
 * Lighter than a `Deferred`: a waiter suspends on one `Effect.async`, built once per login, with
 * no interruption handler of its own (`Deferred.await` opens an `onInterrupt` region per waiter,
 * which doubles what a waiting fiber holds: 10,000 cold callers paid for it in garbage
 * collection). An interrupted waiter is simply never resumed (its fiber ignores a late resume);
 * its entry is dropped once its fiber has ended, checked each time the list has doubled, so
 * callers that come and go while a login hangs do not pile up.
 */
export class Login {
  private outcome: Effect.Effect<AccessToken.AccessToken, GalileoError> | undefined = undefined
  private fibers: Array<Fiber.RuntimeFiber<unknown, unknown> | undefined> = []
  private resumes: Array<(outcome: Effect.Effect<AccessToken.AccessToken, GalileoError>) => void> = []
  private pruneAt = minPrune

  /** Waits for the outcome (resumes at once when it is known). */
  readonly await: Effect.Effect<AccessToken.AccessToken, GalileoError> = Effect.async((resume) => {
    if (this.outcome !== undefined) return resume(this.outcome)
    if (this.resumes.length >= this.pruneAt) this.prune()
    this.fibers.push(Option.getOrUndefined(Fiber.getCurrentFiber()))
    this.resumes.push(resume)
  })

  /** How many waiters are registered. */
  get waiting(): number {
    return this.resumes.length
  }

  /** Resumes every waiter with `outcome`; false (and nothing done) when already completed. */
  complete(outcome: Effect.Effect<AccessToken.AccessToken, GalileoError>): boolean {
    if (this.outcome !== undefined) return false
    this.outcome = outcome
    const resumes = this.resumes
    this.fibers = []
    this.resumes = []
    for (const resume of resumes) resume(outcome)
    return true
  }

  /** Drops the entries of waiters whose fiber has ended. */
  private prune(): void {
    const fibers: Array<Fiber.RuntimeFiber<unknown, unknown> | undefined> = []
    const resumes: Array<(outcome: Effect.Effect<AccessToken.AccessToken, GalileoError>) => void> = []
    this.resumes.forEach((resume, i) => {
      const fiber = this.fibers[i]
      if (fiber === undefined || fiber.unsafePoll() === null) {
        fibers.push(fiber)
        resumes.push(resume)
      }
    })
    this.fibers = fibers
    this.resumes = resumes
    this.pruneAt = Math.max(minPrune, 2 * resumes.length)
  }
}

/**
 * The `token` effect. When a fiber runs it, it first checks for a cached token before its refresh
 * time, by that fiber's Clock, and when there is one gives the prebuilt `Exit` of it; otherwise
 * it is `slow` (the cache's full decision). Yielded in `Effect.gen` (`yield* auth.token`), the
 * check happens as the fiber runs the `yield*`, and the `Exit` is taken without entering the run
 * loop (as `Effect.gen` does for any `Exit`). Either way a token captured once and run many times
 * is checked each time, exactly as `slow` would check it.
 */
class TokenEffect extends Effectable.Class<AccessToken.AccessToken, GalileoError> {
  constructor(
    private readonly hit: () => Effect.Effect<AccessToken.AccessToken> | undefined,
    private readonly slow: Effect.Effect<AccessToken.AccessToken, GalileoError>
  ) {
    super()
  }

  commit(): Effect.Effect<AccessToken.AccessToken, GalileoError> {
    return this.hit() ?? this.slow
  }

  override [Symbol.iterator]() {
    return new Utils.SingleShotGen<
      Utils.YieldWrap<Effect.Effect<AccessToken.AccessToken, GalileoError>>,
      AccessToken.AccessToken
    >(new Utils.YieldWrap(this.commit()))
  }
}

export interface State {
  readonly cached: Option.Option<Cached>
  readonly inflight: Option.Option<Login>
  readonly cooldown: Option.Option<{ readonly until: number; readonly error: GalileoUnauthorized }>
  /** No background refresh starts before this instant (set after a failed one). */
  readonly backgroundAfter: number
}

export const initial: State = {
  cached: Option.none(),
  inflight: Option.none(),
  cooldown: Option.none(),
  backgroundAfter: 0
}

type Served = Effect.Effect<readonly [AccessToken.AccessToken, Outcome], GalileoError>

/**
 * What a call does: serve, or claim a new login (`start`) and serve. A claimed login is either
 * run by the caller (`background: false`: the caller has no usable token and waits for it anyway)
 * or in the background while the caller is served the token it has.
 */
interface Decision {
  readonly served: Served
  readonly start: Option.Option<Login>
  readonly background: boolean
}

const serve = (served: Served): Decision => ({ served, start: Option.none(), background: false })

const awaitMiss = (login: Login): Served => Effect.map(login.await, (token) => [token, "miss"] as const)

/** Claims a new login: its handle exists before anything runs it, so the claim is one atomic step. */
const claim = (
  s: State,
  served: (login: Login) => Served,
  background: boolean
): readonly [Decision, State] => {
  const login = new Login()
  return [{ served: served(login), start: Option.some(login), background }, { ...s, inflight: Option.some(login) }]
}

/** Decides a call that is not a plain cache hit, as one atomic state transition. */
export const decide = (now: number, s: State): readonly [Decision, State] => {
  const usable = Option.filter(s.cached, (c) => now < c.timing.expiresAt)
  if (Option.isSome(usable)) {
    const { timing, token } = usable.value
    const outcome: Outcome = now < timing.refreshAt ? "hit" : "refresh-ahead"
    const result: Served = Effect.succeed([token, outcome] as const)
    if (now < timing.refreshAt || Option.isSome(s.inflight) || now < s.backgroundAfter) return [serve(result), s]
    return claim(s, () => result, true)
  }
  if (Option.isSome(s.cooldown) && now < s.cooldown.value.until) return [serve(Effect.fail(s.cooldown.value.error)), s]
  if (Option.isSome(s.inflight)) return [serve(awaitMiss(s.inflight.value)), s]
  return claim(s, awaitMiss, false)
}

/** The state after a login ended: the token cached, or the failure noted. */
export const settled = (
  s: State,
  login: Login,
  exit: Exit.Exit<AccessToken.AccessToken, GalileoError>,
  now: number,
  policy: RefreshPolicy.RefreshPolicy
): State => {
  const base = { ...s, inflight: Option.filter(s.inflight, (d) => d !== login) }
  if (Exit.isSuccess(exit)) {
    const token = exit.value
    const cached = { token, timing: RefreshPolicy.timing(policy, token), hit: Effect.succeed(token) }
    return { ...base, cached: Option.some(cached), cooldown: Option.none() }
  }
  const unauthorized = Option.filter(
    Cause.failureOption(exit.cause),
    (e): e is GalileoUnauthorized => e._tag === "GalileoUnauthorized"
  )
  return {
    ...base,
    backgroundAfter: now + Duration.toMillis(policy.retryInterval),
    cooldown: Option.match(unauthorized, {
      onNone: () => s.cooldown,
      onSome: (error) => Option.some({ until: now + Duration.toMillis(policy.unauthorizedCooldown), error })
    })
  }
}

/**
 * How the cache runs its login effect (built once from the cache's scope):
 *
 * - `"caller"`: the caller that claims a login runs it in its own fiber while the others wait, so
 *   a login costs no fiber of the cache's; the effect must bound by the scope whatever it leaves
 *   running (AuthService's login runs each attempt and each backoff in a fiber of the scope), so
 *   closing the scope ends it. When the caller running it is interrupted, the login starts again
 *   in a fiber of the scope (as with `"fiber"`), for the waiters and the next callers.
 * - `"fiber"`: every login runs in a fiber of the scope (any login effect: the test Layer's, one
 *   given to `AuthService.fromLogin`).
 *
 * A background refresh (inside the refresh-ahead window) always runs in a fiber of the scope.
 */
export type RunLogin = "caller" | "fiber"

/**
 * Builds a cache over `login`. Every decision is one atomic read-modify-write of the state (no
 * lock). Closing the scope interrupts the waiters of a login in flight and whatever of it runs in
 * the scope, and leaves nothing running.
 */
export const make = (
  login: (scope: Scope.Scope) => Effect.Effect<AccessToken.AccessToken, GalileoError>,
  policy: RefreshPolicy.RefreshPolicy,
  runLogin: RunLogin
): Effect.Effect<TokenCache, never, Scope.Scope> =>
  Effect.gen(function*() {
    const scope = yield* Effect.scope
    const loginIn = login(scope)
    /**
     * The state, in a cell of its own rather than a `Ref`: fibers interleave only between
     * operations, so each synchronous read-modify-write below is atomic exactly as `Ref.modify`
     * is, and a cache hit can read it inside its one operation.
     */
    let current: State = initial
    let closed = false
    const modify = <B>(f: (s: State) => readonly [B, State]): Effect.Effect<B> =>
      Effect.sync(() => {
        const [result, next] = f(current)
        current = next
        return result
      })

    // closing the scope: the waiters of the login in flight end now, interrupted (a login run in a
    // fiber of the scope is interrupted by the scope itself)
    yield* Effect.addFinalizer(() =>
      Effect.fiberIdWith((id) =>
        Effect.sync(() => {
          closed = true
          Option.map(current.inflight, (inflight) => inflight.complete(Exit.interrupt(id)))
        })
      )
    )

    /** The Clock of a fiber, looked up again only when its default services change (TestClock). */
    let services: Context.Context<DefaultServices.DefaultServices> | undefined = undefined
    let clock: Clock.Clock = Clock.make()
    const clockOf = (fiber: Fiber.RuntimeFiber<unknown, unknown>): Clock.Clock => {
      if (fiber.currentDefaultServices !== services) {
        services = fiber.currentDefaultServices
        clock = Context.get(services, Clock.Clock)
      }
      return clock
    }

    /** Settles the state with a login's outcome, then completes its handle (waiters wake after). */
    const settle = (
      fiber: Fiber.RuntimeFiber<unknown, unknown>,
      handle: Login,
      exit: Exit.Exit<AccessToken.AccessToken, GalileoError>
    ) => {
      current = settled(current, handle, exit, clockOf(fiber).unsafeCurrentTimeMillis(), policy)
      handle.complete(exit)
    }

    /**
     * Runs a claimed login in a fiber of the scope. The state is settled inside the fiber; the
     * handle is also completed by an observer of the fiber, so waiters end with it even when the
     * scope interrupts it before it starts.
     */
    const launch = (handle: Login) =>
      Effect.flatMap(
        Effect.forkIn(
          // forked from an uninterruptible region: the login itself must stay interruptible
          Effect.interruptible(Effect.exit(Effect.onExit(loginIn, (exit) =>
            Effect.withFiberRuntime((fiber) => {
              settle(fiber, handle, exit)
              return Effect.void
            })))),
          scope
        ),
        (fiber) => Effect.sync(() => fiber.addObserver((exit) => handle.complete(Exit.flatten(exit))))
      )

    /**
     * Runs a claimed login in the caller's fiber, with the caller's interruptibility. Its outcome
     * settles the state, unless the caller was interrupted: then the login starts again in a fiber
     * of the scope, for the waiters and the next callers, so a login slower than every caller's
     * own timeout still ends (one more request, and no caller's interruption stops it again).
     */
    const runHere = (handle: Login, restore: <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>) =>
      Effect.matchCauseEffect(restore(loginIn), {
        onSuccess: (token) =>
          Effect.withFiberRuntime<AccessToken.AccessToken>((fiber) => {
            const exit = Exit.succeed(token)
            settle(fiber, handle, exit)
            return exit
          }),
        onFailure: (cause) =>
          Effect.withFiberRuntime<never, GalileoError>((fiber) => {
            const exit = Exit.failCause(cause)
            if (Cause.isInterruptedOnly(cause) && !closed) return Effect.zipRight(launch(handle), exit)
            settle(fiber, handle, exit)
            return exit
          })
      })

    /**
     * Applies a decision: the claim and the start of the login cannot be separated by an
     * interruption. The caller's own login gives the token directly.
     */
    const run = (decision: (s: State) => readonly [Decision, State]): Effect.Effect<
      AccessToken.AccessToken,
      GalileoError
    > =>
      Effect.uninterruptibleMask((restore) =>
        Effect.suspend(() => {
          const [{ background, served, start }, next] = decision(current)
          current = next
          if (Option.isNone(start)) {
            return Effect.map(restore(served), ([token]) => token)
          }
          return runLogin === "caller" && !background
            ? runHere(start.value, restore)
            : Effect.zipRight(launch(start.value), Effect.map(restore(served), ([token]) => token))
        })
      )

    /** Everything but a plain hit, which `TokenEffect` serves before it gets here (and `decide` serves too). */
    const decideGet: Effect.Effect<AccessToken.AccessToken, GalileoError> = Effect.withFiberRuntime((fiber) => {
      const now = clockOf(fiber).unsafeCurrentTimeMillis()
      const s = current
      // a waiter for the login in flight changes nothing: it awaits it without a state transition
      const usable = Option.isSome(s.cached) && now < s.cached.value.timing.expiresAt
      const coolingDown = Option.isSome(s.cooldown) && now < s.cooldown.value.until
      if (!usable && !coolingDown && Option.isSome(s.inflight)) return s.inflight.value.await
      return run((latest) => decide(now, latest))
    })

    /** The prebuilt `Exit` of the cached token when the running fiber's clock is before its refresh time. */
    const hitNow = (): Effect.Effect<AccessToken.AccessToken> | undefined => {
      const cached = current.cached
      if (Option.isNone(cached)) return undefined
      const fiber = Fiber.getCurrentFiber()
      if (Option.isNone(fiber)) return undefined
      return clockOf(fiber.value).unsafeCurrentTimeMillis() < cached.value.timing.refreshAt
        ? cached.value.hit
        : undefined
    }

    const get: Effect.Effect<AccessToken.AccessToken, GalileoError> = new TokenEffect(hitNow, decideGet)

    const refresh = run((s) => claim(s, awaitMiss, false))

    const invalidate = (rejected: Redacted.Redacted<string>) =>
      modify((s): readonly [boolean, State] =>
        Option.isSome(s.cached) && Redacted.value(s.cached.value.token.value) === Redacted.value(rejected)
          ? [true, { ...s, cached: Option.none() }]
          : [false, s]
      )

    return { get, refresh, invalidate }
  })
