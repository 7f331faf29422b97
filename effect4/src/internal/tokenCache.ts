/**
 * The token cache behind `AuthService.token`: single-flight logins, refresh-ahead in the
 * background, compare-and-swap invalidation and a cooldown after `GalileoUnauthorized`.
 * It is generic over the login effect, so the real service and the test Layer share it.
 * The state transitions are the Effect-free core's (`core/client/tokenCache.ts`), pure functions
 * of the state and the time; this module runs them in one `Ref.modify` each and does what they
 * decide with fibers and a `Deferred` per login.
 *
 * @internal
 */
import * as Cause from "effect/Cause"
import * as Clock from "effect/Clock"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Ref from "effect/Ref"
import type * as Scope from "effect/Scope"
import type * as AccessToken from "../AccessToken.js"
import * as Core from "../core/client/tokenCache.js"
import type { GalileoError, GalileoUnauthorized } from "../GalileoError.js"
import * as RefreshPolicy from "../RefreshPolicy.js"

/** A token cache. */
export interface TokenCache {
  /** The current token; logs in (once, shared by all callers) when there is no usable one. */
  readonly get: Effect.Effect<AccessToken.AccessToken, GalileoError>
  /** Logs in now and caches the result. */
  readonly refresh: Effect.Effect<AccessToken.AccessToken, GalileoError>
  /** Drops the cached token if its value is still `rejected`; returns whether it did. */
  readonly invalidate: (rejected: Redacted.Redacted<string>) => Effect.Effect<boolean>
}

/**
 * A login in flight, shared by every caller waiting for it: a `Deferred` completed once with the
 * login's outcome (or the interruption of the cache's scope). An interrupted waiter leaves it
 * (`Deferred.await` drops its entry), so callers that come and go while a login hangs do not
 * pile up.
 */
export class Login {
  readonly deferred = Deferred.makeUnsafe<AccessToken.AccessToken, GalileoError>()
  /** How many waiters are waiting. */
  waiting = 0
  /** Waits for the outcome (at once when it is known). */
  readonly await = Effect.suspend(() => {
    this.waiting++
    return Effect.ensuring(Deferred.await(this.deferred), Effect.sync(() => this.waiting--))
  })
  /** Resumes every waiter with `exit`; false (and nothing done) when already completed. */
  complete(exit: Exit.Exit<AccessToken.AccessToken, GalileoError>): boolean {
    return Deferred.doneUnsafe(this.deferred, exit)
  }
}

/** The cache's state: the core's, over the line's token, login handle and refusal. */
export type State = Core.State<AccessToken.AccessToken, Login, GalileoUnauthorized>

type Decision = Core.Decision<AccessToken.AccessToken, Login, GalileoUnauthorized>

const newLogin = () => new Login()

/** An explicit login: a new one claimed over any in flight, which the caller waits for. */
const claim = (s: State): readonly [Decision, State] => {
  const login = newLogin()
  return [{ _tag: "Await", login, claimed: true }, Core.claim(s, login)]
}

/** The refusal a failed login ended with, if the credentials were refused (it starts a cooldown). */
const refusal = (cause: Cause.Cause<GalileoError>): GalileoUnauthorized | undefined => {
  const error = Option.getOrUndefined(Cause.findErrorOption(cause))
  return error?._tag === "GalileoUnauthorized" ? error : undefined
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
 * Builds a cache over `login`. Every decision is one atomic `Ref.modify` of the state (a token
 * served as it is, which changes nothing, is a `Ref.get`). Closing
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
    Effect.map(Ref.make<State>(Core.initial), (state): TokenCache => {
      const loginIn = login(scope)
      const intervals: Core.Intervals = {
        retryInterval: Duration.toMillis(policy.retryInterval),
        unauthorizedCooldown: Duration.toMillis(policy.unauthorizedCooldown)
      }
      /** Settles the state with a login's outcome, then completes its handle (waiters wake after). */
      const settle = (handle: Login, exit: Exit.Exit<AccessToken.AccessToken, GalileoError>): Effect.Effect<unknown> =>
        Effect.flatMap(
          Clock.currentTimeMillis,
          (now) =>
            Effect.andThen(
              Ref.update(state, (s) =>
                Exit.isSuccess(exit)
                  ? Core.loggedIn(s, handle, { token: exit.value, timing: RefreshPolicy.timing(policy, exit.value) })
                  : Core.failed(s, handle, now, intervals, refusal(exit.cause))),
              Deferred.done(handle.deferred, exit)
            )
        )

      /**
       * Runs a claimed login in a fiber of the scope. The fiber starts uninterruptible (only the
       * login itself can be interrupted), so it settles the state even when the scope interrupts
       * it before the login starts.
       */
      const launch = (handle: Login): Effect.Effect<unknown> =>
        Effect.map(
          Effect.forkIn(
            Effect.flatMap(Effect.exit(Effect.interruptible(loginIn)), (exit) => settle(handle, exit)),
            scope,
            { uninterruptible: true }
          ),
          // a closed scope never starts the fiber: its interruption is then the login's outcome
          (fiber) =>
            fiber.addObserver((exit) => {
              if (Exit.isFailure(exit)) handle.complete(Exit.failCause(exit.cause))
            })
        )

      /**
       * Applies a decision of the core, taken in one atomic `Ref.modify`: the claim and the start
       * of the login cannot be separated by an interruption. A login claimed to refresh ahead runs
       * in the background while the caller is served the token it has. A login claimed by a caller
       * that has no usable token runs in its fiber (with `"caller"`), with its interruptibility;
       * when that caller is interrupted, the login starts again in a fiber of the scope, for the
       * waiters and the next callers, so a login slower than every caller's own timeout still ends
       * (one more request, and no caller's interruption stops it again).
       */
      const run = (
        decide: (s: State) => readonly [Decision, State]
      ): Effect.Effect<AccessToken.AccessToken, GalileoError> =>
        Effect.uninterruptibleMask((restore) =>
          Effect.flatMap(Ref.modify(state, decide), (decision) => {
            if (decision._tag === "Refuse") return Effect.fail(decision.error)
            if (decision._tag === "Serve") {
              const token = Effect.succeed(decision.token)
              return decision.refresh === undefined ? token : Effect.andThen(launch(decision.refresh), token)
            }
            const { claimed, login: handle } = decision
            const token = restore(handle.await)
            if (!claimed) return token
            if (runLogin === "fiber") return Effect.andThen(launch(handle), token)
            return Effect.flatMap(Effect.exit(restore(loginIn)), (exit) =>
              Effect.andThen(
                Exit.isFailure(exit) && Cause.hasInterruptsOnly(exit.cause) ? launch(handle) : settle(handle, exit),
                exit
              ))
          })
        )

      return {
        // a token served as it is (no login, no refresh to start) changes nothing: read, not modified
        get: Effect.flatMap(Clock.currentTimeMillis, (now) =>
          Effect.flatMap(Ref.get(state), (current) => {
            const [decision, next] = Core.decide(now, current, newLogin)
            return decision._tag === "Serve" && next === current
              ? Effect.succeed(decision.token)
              : run((s) => Core.decide(now, s, newLogin))
          })),
        refresh: run(claim),
        invalidate: (rejected) =>
          Ref.modify(
            state,
            (s) => Core.invalidated(s, (token) => Redacted.value(token.value) === Redacted.value(rejected))
          )
      }
    }))
