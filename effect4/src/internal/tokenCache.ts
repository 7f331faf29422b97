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
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FiberId from "effect/FiberId"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Ref from "effect/Ref"
import type * as Scope from "effect/Scope"
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
  /** The current token; logs in (once, shared by all callers) when there is no usable one. */
  readonly get: Effect.Effect<AccessToken.AccessToken, GalileoError>
  /** Logs in now and caches the result. */
  readonly refresh: Effect.Effect<AccessToken.AccessToken, GalileoError>
  /** Drops the cached token if its value is still `rejected`; returns whether it did. */
  readonly invalidate: (rejected: Redacted.Redacted<string>) => Effect.Effect<boolean>
}

interface Cached {
  readonly token: AccessToken.AccessToken
  readonly timing: RefreshPolicy.Timing
}

/**
 * A login in flight, shared by every caller waiting for it: a `Deferred` completed once with the
 * login's outcome (or the interruption of the cache's scope). An interrupted waiter leaves it
 * (`Deferred.await` drops its entry), so callers that come and go while a login hangs do not
 * pile up.
 */
export class Login {
  readonly deferred = Deferred.unsafeMake<AccessToken.AccessToken, GalileoError>(FiberId.none)
  /** How many waiters are waiting. */
  waiting = 0
  /** Waits for the outcome (at once when it is known). */
  readonly await = Effect.suspend(() => {
    this.waiting++
    return Effect.ensuring(Deferred.await(this.deferred), Effect.sync(() => this.waiting--))
  })
  /** Resumes every waiter with `exit`; false (and nothing done) when already completed. */
  complete(exit: Exit.Exit<AccessToken.AccessToken, GalileoError>): boolean {
    return Effect.runSync(Deferred.done(this.deferred, exit))
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
    return {
      ...base,
      cached: Option.some({ token, timing: RefreshPolicy.timing(policy, token) }),
      cooldown: Option.none()
    }
  }
  const unauthorized = Option.filter(
    Cause.failureOption(exit.cause),
    (e): e is GalileoUnauthorized => e._tag === "GalileoUnauthorized"
  )
  return {
    ...base,
    backgroundAfter: now + Duration.toMillis(policy.retryInterval),
    cooldown: Option.orElse(
      Option.map(unauthorized, (error) => ({ until: now + Duration.toMillis(policy.unauthorizedCooldown), error })),
      () => s.cooldown
    )
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
 * Builds a cache over `login`. Every decision is one atomic `Ref.modify` of the state. Closing
 * the scope ends the login in flight (its fiber of the scope, or the scope's fibers a caller's
 * login runs in: that caller then starts it again in the closed scope, where it is interrupted at
 * once), and its end completes its waiters, interrupted; nothing is left running.
 */
export const make = (
  login: (scope: Scope.Scope) => Effect.Effect<AccessToken.AccessToken, GalileoError>,
  policy: RefreshPolicy.RefreshPolicy,
  runLogin: RunLogin
): Effect.Effect<TokenCache, never, Scope.Scope> =>
  Effect.flatMap(Effect.scope, (scope) =>
    Effect.map(Ref.make(initial), (state): TokenCache => {
      const loginIn = login(scope)
      /** Settles the state with a login's outcome, then completes its handle (waiters wake after). */
      const settle = (handle: Login, exit: Exit.Exit<AccessToken.AccessToken, GalileoError>): Effect.Effect<unknown> =>
        Effect.flatMap(
          Clock.currentTimeMillis,
          (now) =>
            Effect.andThen(
              Ref.update(state, (s) => settled(s, handle, exit, now, policy)),
              Deferred.done(handle.deferred, exit)
            )
        )

      /**
       * Runs a claimed login in a fiber of the scope. Forked from an uninterruptible region, the
       * fiber settles the state even when the scope interrupts it before the login starts.
       */
      const launch = (handle: Login): Effect.Effect<unknown> =>
        Effect.forkIn(
          Effect.flatMap(Effect.exit(Effect.interruptible(loginIn)), (exit) => settle(handle, exit)),
          scope
        )

      /**
       * Applies a decision: the claim and the start of the login cannot be separated by an
       * interruption. A login claimed by a caller that has no usable token runs in its fiber (with
       * `"caller"`), with its interruptibility; when that caller is interrupted, the login starts
       * again in a fiber of the scope, for the waiters and the next callers, so a login slower than
       * every caller's own timeout still ends (one more request, and no caller's interruption stops
       * it again).
       */
      const run = (
        decision: (s: State) => readonly [Decision, State]
      ): Effect.Effect<AccessToken.AccessToken, GalileoError> =>
        Effect.uninterruptibleMask((restore) =>
          Effect.flatMap(Ref.modify(state, decision), ({ background, served, start }) => {
            const token = restore(Effect.map(served, ([token]) => token))
            if (Option.isNone(start)) return token
            if (runLogin === "fiber" || background) return Effect.andThen(launch(start.value), token)
            return Effect.flatMap(Effect.exit(restore(loginIn)), (exit) =>
              Effect.andThen(
                Exit.isFailure(exit) && Cause.hasInterruptsOnly(exit.cause)
                  ? launch(start.value)
                  : settle(start.value, exit),
                exit
              ))
          })
        )

      return {
        get: Effect.flatMap(Clock.currentTimeMillis, (now) => run((s) => decide(now, s))),
        refresh: run((s) => claim(s, awaitMiss, false)),
        invalidate: (rejected) =>
          Ref.modify(state, (s): readonly [boolean, State] =>
            Option.isSome(s.cached) && Redacted.value(s.cached.value.token.value) === Redacted.value(rejected)
              ? [true, { ...s, cached: Option.none() }]
              : [false, s])
      }
    }))
