/**
 * The token cache behind `AuthService.token`: single-flight logins, refresh-ahead in the
 * background, compare-and-swap invalidation and a cooldown after `GalileoUnauthorized`.
 * It is generic over the login effect, so the real service and the test Layer share it.
 *
 * @since 0.1.0
 */
import { Cause, Clock, Duration, Effect, Equal, Exit, Fiber, Option, type Scope, SynchronizedRef } from "effect"
import * as AccessToken from "./AccessToken.js"
import type { GalileoError, GalileoUnauthorized } from "./GalileoError.js"
import * as RefreshPolicy from "./RefreshPolicy.js"

/**
 * How a `token` call was served: from the cache, from the cache while a background refresh
 * runs, or by waiting for a login.
 *
 * @since 0.1.0
 */
export type Outcome = "hit" | "refresh-ahead" | "miss"

/**
 * A token cache.
 *
 * @since 0.1.0
 */
export interface TokenCache {
  /**
   * The current token; logs in (once, shared by all callers) when there is no usable one. A
   * cache hit is a lock-free read with no span; any other call runs in a span named as given
   * to {@link make}, with the attribute `galileo.token.cache` (see {@link Outcome}).
   */
  readonly get: Effect.Effect<AccessToken.AccessToken, GalileoError>
  /** Logs in now and caches the result. */
  readonly refresh: Effect.Effect<AccessToken.AccessToken, GalileoError>
  /** Drops the cached token if it is still `rejected`; returns whether it did. */
  readonly invalidate: (rejected: AccessToken.AccessToken) => Effect.Effect<boolean>
}

interface Cached {
  readonly token: AccessToken.AccessToken
  readonly schedule: RefreshPolicy.Schedule
  /** `Effect.succeed(token)`, built once: a cache hit allocates nothing. */
  readonly hit: Effect.Effect<AccessToken.AccessToken>
}

/** A login running in its own fiber; its result is an `Exit`, so a failure is never "unhandled". */
type Login = Fiber.RuntimeFiber<Exit.Exit<AccessToken.AccessToken, GalileoError>>

interface State {
  readonly cached: Option.Option<Cached>
  readonly inflight: Option.Option<Login>
  readonly cooldown: Option.Option<{ readonly until: number; readonly error: GalileoUnauthorized }>
  /** No background refresh starts before this instant (set after a failed one). */
  readonly backgroundAfter: number
}

const initial: State = { cached: Option.none(), inflight: Option.none(), cooldown: Option.none(), backgroundAfter: 0 }

/**
 * Builds a cache over `login`. Logins run in fibers of the given scope, so closing it interrupts
 * them (and their waiters) and leaves nothing running.
 *
 * @since 0.1.0
 */
export const make = (
  login: Effect.Effect<AccessToken.AccessToken, GalileoError>,
  policy: RefreshPolicy.RefreshPolicy,
  spanName = "TokenCache.get"
): Effect.Effect<TokenCache, never, Scope.Scope> =>
  Effect.gen(function*() {
    const scope = yield* Effect.scope
    const state = yield* SynchronizedRef.make(initial)

    /** Runs in the login fiber as it ends: caches the token, or notes the failure. */
    const settle = (exit: Exit.Exit<AccessToken.AccessToken, GalileoError>) =>
      Effect.flatMap(Effect.all([Clock.currentTimeMillis, Effect.fiberId]), ([now, self]) =>
        SynchronizedRef.update(state, (s): State => {
          const base = {
            ...s,
            inflight: Option.filter(s.inflight, (f) =>
              !Equal.equals(f.id(), self))
          }
          if (Exit.isSuccess(exit)) {
            const token = exit.value
            const cached = { token, schedule: RefreshPolicy.schedule(policy, token), hit: Effect.succeed(token) }
            return { ...base, cached: Option.some(cached) }
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
        }))

    /**
     * Starts a login in a fiber of the cache's scope; called with the state lock held. Waiters
     * join the fiber, so they end with it even when the scope interrupts it before it starts.
     */
    const start = (s: State) =>
      Effect.map(
        Effect.forkIn(Effect.exit(Effect.onExit(login, settle)), scope),
        (fiber) =>
          [fiber, { ...s, inflight: Option.some(fiber) }] as const
      )

    const slowPath = (now: number) =>
      SynchronizedRef.modifyEffect(state, (s): Effect.Effect<readonly [Served, State]> => {
        const usable = Option.filter(s.cached, (c) => now < c.schedule.expiresAt)
        if (Option.isSome(usable)) {
          const { schedule, token } = usable.value
          const outcome: Outcome = now < schedule.refreshAt ? "hit" : "refresh-ahead"
          const result: Served = Effect.succeed([token, outcome] as const)
          if (now < schedule.refreshAt || Option.isSome(s.inflight) || now < s.backgroundAfter) {
            return Effect.succeed([result, s] as const)
          }
          return Effect.map(start(s), ([, next]) => [result, next] as const)
        }
        if (Option.isSome(s.cooldown) && now < s.cooldown.value.until) {
          return Effect.succeed([Effect.fail(s.cooldown.value.error), s] as const)
        }
        if (Option.isSome(s.inflight)) return Effect.succeed([awaitMiss(s.inflight.value), s] as const)
        return Effect.map(start(s), ([fiber, next]) => [awaitMiss(fiber), next] as const)
      }).pipe(Effect.flatten)

    /**
     * Calls that change nothing skip the lock: inside the refresh-ahead window while a refresh
     * runs (or waits to be retried) they get the valid token; with no usable token they join the
     * login already running. Anything else decides under the lock.
     */
    const miss = (now: number, s: State): Served => {
      const usable = Option.filter(s.cached, (c) => now < c.schedule.expiresAt)
      if (Option.isSome(usable)) {
        return Option.isSome(s.inflight) || now < s.backgroundAfter
          ? Effect.succeed([usable.value.token, "refresh-ahead"] as const)
          : slowPath(now)
      }
      const cooling = Option.isSome(s.cooldown) && now < s.cooldown.value.until
      return !cooling && Option.isSome(s.inflight) ? awaitMiss(s.inflight.value) : slowPath(now)
    }

    const get = Effect.clockWith((clock) =>
      Effect.flatMap(SynchronizedRef.get(state), (s) => {
        const now = clock.unsafeCurrentTimeMillis()
        if (Option.isSome(s.cached) && now < s.cached.value.schedule.refreshAt) {
          return s.cached.value.hit
        }
        return miss(now, s).pipe(
          Effect.tap(([, outcome]) => Effect.annotateCurrentSpan("galileo.token.cache", outcome)),
          Effect.map(([token]) => token),
          Effect.withSpan(spanName, { captureStackTrace: false })
        )
      })
    )

    const refresh = Effect.flatten(SynchronizedRef.modifyEffect(state, (s) =>
      Effect.map(start(s), ([fiber, next]) => [join(fiber), next] as const)))

    const invalidate = (rejected: AccessToken.AccessToken) =>
      SynchronizedRef.modify(state, (s): readonly [boolean, State] =>
        Option.isSome(s.cached) && AccessToken.sameValue(s.cached.value.token, rejected)
          ? [true, { ...s, cached: Option.none() }]
          : [false, s])

    return { get, refresh, invalidate }
  })

type Served = Effect.Effect<readonly [AccessToken.AccessToken, Outcome], GalileoError>

const join = (fiber: Login) => Effect.flatten(Fiber.join(fiber))

const awaitMiss = (fiber: Login) => Effect.map(join(fiber), (token) => [token, "miss"] as const)
