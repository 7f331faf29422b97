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
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FiberId from "effect/FiberId"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
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

/** The result of a login in flight, shared by everyone waiting for it. */
type Login = Deferred.Deferred<AccessToken.AccessToken, GalileoError>

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

/** What a call does: serve, or claim a new login (`start`) and serve. */
interface Decision {
  readonly served: Served
  readonly start: Option.Option<Login>
}

const serve = (served: Served): Decision => ({ served, start: Option.none() })

const awaitMiss = (login: Login): Served => Effect.map(Deferred.await(login), (token) => [token, "miss"] as const)

/** Claims a new login: its handle exists before its fiber does, so the claim is one atomic step. */
const claim = (s: State, served: (login: Login) => Served): readonly [Decision, State] => {
  const login = Deferred.unsafeMake<AccessToken.AccessToken, GalileoError>(FiberId.none)
  return [{ served: served(login), start: Option.some(login) }, { ...s, inflight: Option.some(login) }]
}

/** Decides a call that is not a plain cache hit, as one atomic state transition. */
export const decide = (now: number, s: State): readonly [Decision, State] => {
  const usable = Option.filter(s.cached, (c) => now < c.timing.expiresAt)
  if (Option.isSome(usable)) {
    const { timing, token } = usable.value
    const outcome: Outcome = now < timing.refreshAt ? "hit" : "refresh-ahead"
    const result: Served = Effect.succeed([token, outcome] as const)
    if (now < timing.refreshAt || Option.isSome(s.inflight) || now < s.backgroundAfter) return [serve(result), s]
    return claim(s, () => result)
  }
  if (Option.isSome(s.cooldown) && now < s.cooldown.value.until) return [serve(Effect.fail(s.cooldown.value.error)), s]
  if (Option.isSome(s.inflight)) return [serve(awaitMiss(s.inflight.value)), s]
  return claim(s, awaitMiss)
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
 * Builds a cache over `login`. Every decision is one atomic read-modify-write of the state (no lock); logins run
 * in fibers of the given scope, so closing it interrupts them (and their waiters) and leaves
 * nothing running.
 */
export const make = (
  login: Effect.Effect<AccessToken.AccessToken, GalileoError>,
  policy: RefreshPolicy.RefreshPolicy
): Effect.Effect<TokenCache, never, Scope.Scope> =>
  Effect.gen(function*() {
    const scope = yield* Effect.scope
    /**
     * The state, in a cell of its own rather than a `Ref`: fibers interleave only between
     * operations, so each synchronous read-modify-write below is atomic exactly as `Ref.modify`
     * is, and a cache hit can read it inside its one operation.
     */
    let current: State = initial
    const modify = <B>(f: (s: State) => readonly [B, State]): Effect.Effect<B> =>
      Effect.sync(() => {
        const [result, next] = f(current)
        current = next
        return result
      })

    /**
     * Runs a claimed login in the scope. The state is settled inside the fiber, before its
     * waiters wake; the handle is completed by an observer of the fiber, so waiters end with it
     * even when the scope interrupts it before it starts.
     */
    const launch = (handle: Login) =>
      Effect.flatMap(
        Effect.forkIn(
          // forked from an uninterruptible region: the login itself must stay interruptible
          Effect.interruptible(Effect.exit(Effect.onExit(login, (exit) =>
            Effect.flatMap(Clock.currentTimeMillis, (now) =>
              modify((s) => [undefined, settled(s, handle, exit, now, policy)] as const))))),
          scope
        ),
        (fiber) =>
          Effect.sync(() =>
            fiber.addObserver((exit) => Deferred.unsafeDone(handle, Exit.flatten(exit)))
          )
      )

    /** Applies a decision: the claim and the launch cannot be separated by an interruption. */
    const run = (decision: (s: State) => readonly [Decision, State]) =>
      Effect.uninterruptibleMask((restore) =>
        Effect.flatMap(modify(decision), ({ served, start }) =>
          Option.match(start, {
            onNone: () => restore(served),
            onSome: (handle) => Effect.zipRight(launch(handle), restore(served))
          }))
      )

    /** A hit is this one operation and the prebuilt `Effect.succeed(token)`: no state transition, no span. */
    const get = Effect.withFiberRuntime<AccessToken.AccessToken, GalileoError>((fiber) => {
      const now = Context.get(fiber.currentDefaultServices, Clock.Clock).unsafeCurrentTimeMillis()
      const s = current
      if (Option.isSome(s.cached) && now < s.cached.value.timing.refreshAt) return s.cached.value.hit
      // a waiter for the login in flight changes nothing: it awaits it without a state transition
      const usable = Option.isSome(s.cached) && now < s.cached.value.timing.expiresAt
      const coolingDown = Option.isSome(s.cooldown) && now < s.cooldown.value.until
      if (!usable && !coolingDown && Option.isSome(s.inflight)) return Deferred.await(s.inflight.value)
      return Effect.map(run((latest) => decide(now, latest)), ([token]) => token)
    })

    const refresh = Effect.map(run((s) => claim(s, awaitMiss)), ([token]) => token)

    const invalidate = (rejected: Redacted.Redacted<string>) =>
      modify((s): readonly [boolean, State] =>
        Option.isSome(s.cached) && Redacted.value(s.cached.value.token.value) === Redacted.value(rejected)
          ? [true, { ...s, cached: Option.none() }]
          : [false, s]
      )

    return { get, refresh, invalidate }
  })
