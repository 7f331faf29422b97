import { Effect, Schedule, Duration } from "effect"
import * as Old from "../src/internal/zzOldRetry.js"
import * as New from "../src/internal/retry.js"
import { RetryPolicy } from "../src/index.js"
const policy = RetryPolicy.defaultPolicy
const attempt = () => Effect.succeed(1)
const N = 20000
const bench = async (name: string, f: () => Effect.Effect<number, unknown>) => {
  const prog = Effect.gen(function*() { for (let i = 0; i < N; i++) yield* f() })
  await Effect.runPromise(prog)
  const t0 = performance.now()
  await Effect.runPromise(prog)
  const t1 = performance.now()
  console.log(name, ((t1 - t0) * 1000 / N).toFixed(2), "µs/op")
}
for (let k = 0; k < 25; k++) {
  await bench("old", () => Old.retry(policy, {}, attempt))
  await bench("new", () => New.retry(policy, {}, attempt))
  await bench("bare", () => attempt())
}
