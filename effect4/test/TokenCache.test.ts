/**
 * The token cache's Effect side: the `Login` handle its waiters share, and `make`'s scope. Its
 * state machine (`decide`, `claim`, `settled`, `invalidated`: pure functions of the state and the
 * time) is the Effect-free core's, checked on its own in `test/core/client.tokenCache.test.ts`;
 * the cache as a whole, under `TestClock`, in `AuthService.unit.test.ts`.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Fiber, Redacted, Ref, Scope } from "effect"
import { GalileoHttpError } from "../src/GalileoError.js"
import { AccessToken, RefreshPolicy } from "../src/index.js"
import * as TokenCache from "../src/internal/tokenCache.js"
import * as Auth from "./support/Auth.js"
import * as StubClient from "./support/StubClient.js"

const policy = RefreshPolicy.defaultPolicy

const token = (name: string, receivedAt = 0) =>
  AccessToken.make(Redacted.make(StubClient.jwt({ sub: name, iat: 0, exp: 3600 })), "bearer", receivedAt)

const unavailable = new GalileoHttpError({ status: 503, body: "down" })

const value = (t: AccessToken.AccessToken) => Redacted.value(t.value)

describe("TokenCache.Login", () => {
  it.effect("an interrupted waiter leaves the others waiting; its entry goes once its fiber has ended", () =>
    Effect.gen(function*() {
      const login = new TokenCache.Login()
      const fork = (n: number) => Effect.forEach(Array.from({ length: n }), () => Effect.forkChild(login.await))
      const first = yield* fork(100)
      yield* Effect.yieldNow
      expect(login.waiting).toBe(100)
      yield* Fiber.interruptAll(first.slice(10))
      // the list is pruned when it has doubled since the last prune (at 64 → kept 64, next at 128)
      const second = yield* fork(29)
      yield* Effect.yieldNow
      expect(login.waiting).toBe(10 + 29)
      expect(login.complete(Exit.succeed(token("a")))).toBe(true)
      expect(login.complete(Exit.succeed(token("b")))).toBe(false)
      const served = yield* Effect.forEach([...first.slice(0, 10), ...second], Fiber.join)
      expect(served.every((t) => value(t) === value(token("a")))).toBe(true)
      for (const fiber of first.slice(10)) expect(Exit.hasInterrupts(yield* Fiber.await(fiber))).toBe(true)
      expect(login.waiting).toBe(0)
      expect(value(yield* login.await)).toBe(value(token("a"))) // a late waiter gets the outcome at once
    }))

  it.effect("a failure is shared: every waiter gets the same error", () =>
    Effect.gen(function*() {
      const login = new TokenCache.Login()
      const waiters = yield* Effect.forEach(
        Array.from({ length: 10 }),
        () => Effect.forkChild(Effect.flip(login.await))
      )
      yield* Effect.yieldNow
      login.complete(Exit.fail(unavailable))
      const errors = yield* Effect.forEach(waiters, Fiber.join)
      expect(errors.every((e) => e === unavailable)).toBe(true)
    }))
})

describe("TokenCache.make", () => {
  it.effect.each(["fiber", "caller"] as const)(
    "%s: closing the scope interrupts the login in flight and every waiter, and leaves nothing running",
    (runLogin) =>
      Effect.gen(function*() {
        const scope = yield* Scope.make()
        const started = yield* Ref.make(0)
        const interrupted = yield* Ref.make(0)
        // the login hangs in a fiber of the cache's scope (as AuthService's attempts do)
        const login = (loginScope: Scope.Scope) =>
          Effect.andThen(
            Ref.update(started, (n) => n + 1),
            Effect.flatMap(
              Effect.forkIn(Effect.onInterrupt(Effect.never, () => Ref.update(interrupted, (n) => n + 1)), loginScope),
              Fiber.join
            )
          )
        const cache = yield* Scope.provide(TokenCache.make(login, policy, runLogin), scope)
        const fibers = yield* Effect.forEach(Array.from({ length: 10 }), () => Effect.forkChild(cache.get))
        yield* Auth.settle
        expect(yield* Ref.get(started)).toBe(1)
        yield* Scope.close(scope, Exit.void)
        for (const fiber of fibers) expect(Exit.hasInterrupts(yield* Fiber.await(fiber))).toBe(true)
        expect([yield* Ref.get(started), yield* Ref.get(interrupted)]).toEqual([1, 1])
        expect(Exit.hasInterrupts(yield* Effect.exit(cache.get))).toBe(true)
      })
  )
})
