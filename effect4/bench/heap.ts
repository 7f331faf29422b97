/**
 * Heap growth in a fresh process (`node --expose-gc --import tsx bench/heap.ts <client> <url> <n>
 * <warm-up>`, started by bench/run.ts): `warm-up` authenticated GETs, a full GC, `heapUsed`, then
 * `n` more GETs (8 at a time, `runtime.runPromise` per request, on undici), a full GC, `heapUsed`
 * again. `<client>` is `library` or `platform` (the bare untraced platform client). Prints one
 * JSON line.
 */
import * as ManagedRuntime from "effect/ManagedRuntime"
import { timeConcurrent } from "./harness.js"
import * as Library from "./library.js"
import { bareGet, bareLayer, undici } from "./platform.js"
import { accessToken, apiKey } from "./servers/fixture.js"

const [kind, baseUrl, nArg, warmArg] = process.argv.slice(2)
const gc = globalThis.gc
if (gc === undefined) throw new Error("run with node --expose-gc")
if (baseUrl === undefined || (kind !== "library" && kind !== "platform")) {
  throw new Error("usage: heap.ts <library|platform> <url> <n> <warm-up>")
}
const n = Number(nArg ?? "100000")
const warm = Number(warmArg ?? "10000")

const fullGc = () => {
  for (let i = 0; i < 3; i++) gc()
}

const run = async (get: () => Promise<unknown>) => {
  await timeConcurrent(warm, 8, get)
  fullGc()
  const before = process.memoryUsage()
  const { cpu, rate } = await timeConcurrent(n, 8, get)
  fullGc()
  const after = process.memoryUsage()
  return {
    kind,
    n,
    warm,
    heapBefore: before.heapUsed,
    heapAfter: after.heapUsed,
    growthMB: (after.heapUsed - before.heapUsed) / 2 ** 20,
    rssGrowthMB: (after.rss - before.rss) / 2 ** 20,
    rate,
    cpu
  }
}

const main = async () => {
  if (kind === "library") {
    const runtime = ManagedRuntime.make(Library.layer(baseUrl, apiKey, undici.layer))
    const result = await run(() => runtime.runPromise(Library.currentUser))
    await runtime.dispose()
    return result
  }
  const runtime = ManagedRuntime.make(bareLayer(undici.layer))
  const get = bareGet(Library.currentUserUrl(baseUrl), accessToken)
  const result = await run(() => runtime.runPromise(get))
  await runtime.dispose()
  return result
}

main().then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`)
    process.exit(0)
  },
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
