/** Builds an AuthService on a stub client, for unit tests under TestClock. */
import { Chunk, Duration, Effect, Fiber, Redacted, TestClock } from "effect"
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

/** Runs an effect in a fiber while moving the TestClock forward by up to `total`, then joins it. */
export const runFor = <A, E>(effect: Effect.Effect<A, E>, total: Duration.DurationInput) =>
  Effect.gen(function*() {
    const fiber = yield* Effect.fork(effect)
    yield* advance(fiber, total)
    return yield* Fiber.join(fiber)
  })

/**
 * Waits (a bounded number of real event-loop turns) until `fiber` is done or has scheduled a
 * sleep; returns the scheduled wake-up instants.
 */
export const scheduled = (fiber: Fiber.RuntimeFiber<unknown, unknown>) =>
  Effect.gen(function*() {
    let pending = yield* TestClock.sleeps()
    for (let turn = 0; turn < 200 && Chunk.isEmpty(pending) && fiber.unsafePoll() === null; turn++) {
      yield* Effect.promise(() => new Promise<void>((resolve) => setImmediate(resolve)))
      pending = yield* TestClock.sleeps()
    }
    return pending
  })

/**
 * Moves the TestClock forward by up to `total`, from one scheduled sleep to the next, stopping
 * once `fiber` is done. Before each move it waits (a bounded number of real event-loop turns)
 * for the fiber to have scheduled its next sleep: one big jump could pass a sleep that a busy
 * machine had not registered yet. Sleeps still wake at their exact instants.
 */
export const advance = (fiber: Fiber.RuntimeFiber<unknown, unknown>, total: Duration.DurationInput) =>
  Effect.gen(function*() {
    const end = (yield* TestClock.currentTimeMillis) + Duration.toMillis(total)
    for (;;) {
      const pending = yield* scheduled(fiber)
      if (fiber.unsafePoll() !== null) return
      const now = yield* TestClock.currentTimeMillis
      const next = Math.min(end, ...Chunk.toReadonlyArray(pending))
      if (next <= now && now >= end) return
      yield* TestClock.adjust(Duration.millis(Math.max(0, next - now)))
      if (next >= end) return
    }
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
