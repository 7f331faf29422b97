/** Builds an AuthService on a stub client, for unit tests under TestClock. */
import { Effect, Fiber, Redacted, TestClock } from "effect"
import type { Duration } from "effect"
import { AuthService, type RefreshPolicy, RetryPolicy } from "../../src/index.js"
import * as StubClient from "./StubClient.js"

export const apiKey = Redacted.make("unit-api-key")

export interface Options {
  readonly retryPolicy?: RetryPolicy.RetryPolicy
  readonly refreshPolicy?: RefreshPolicy.RefreshPolicy
}

/** The service and the stub it talks to. */
export const make = (answers: ReadonlyArray<StubClient.Answer>, options: Options = {}) =>
  Effect.gen(function*() {
    const stub = yield* StubClient.make(answers)
    const auth = yield* AuthService.make({
      apiKey,
      baseUrl: "https://galileo.test",
      retryPolicy: options.retryPolicy ?? RetryPolicy.defaultPolicy,
      ...(options.refreshPolicy === undefined ? {} : { refreshPolicy: options.refreshPolicy })
    }).pipe(Effect.provide(StubClient.layer(stub)))
    return { auth, stub }
  })

/** Runs an effect in a fiber while moving the TestClock forward by `total`, then joins it. */
export const runFor = <A, E>(effect: Effect.Effect<A, E>, total: Duration.DurationInput) =>
  Effect.gen(function*() {
    const fiber = yield* Effect.fork(effect)
    yield* TestClock.adjust(total)
    return yield* Fiber.join(fiber)
  })

/** A login answer carrying a JWT issued at `iat` seconds that lives `lifetime` seconds. */
export const tokenAnswer = (iat: number, lifetime: number, sub = "user-1"): StubClient.Reply => ({
  status: 200,
  body: { access_token: StubClient.jwt({ sub, iat, exp: iat + lifetime }), token_type: "bearer" }
})

/**
 * Lets forked fibers (a background refresh on a stub) run to their next wait: yields to the
 * Effect scheduler and to the event loop (a stub body is read through a real Promise).
 */
export const flush = Effect.repeatN(
  Effect.zipRight(Effect.yieldNow(), Effect.promise(() => new Promise<void>((resolve) => setImmediate(resolve)))),
  20
)
