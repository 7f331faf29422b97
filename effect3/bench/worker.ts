/**
 * One line's client in a process of its own, driven by the side-by-side runner
 * (scripts/bench.mjs at the repository's root), which starts this line's worker on this line's
 * Node (`node --import tsx bench/worker.ts <server-url>`) beside the other line's, against the
 * same server process, and asks them for samples in turn: only one worker runs at a time, the
 * other waits on its stdin. The same file in effect3/bench and effect4/bench (it imports Effect
 * by path and uses only APIs both lines share); the line-specific parts are library.ts and
 * platform.ts.
 *
 * Protocol, one JSON object per line: after building every runtime (and checking one answer of
 * each variant) it prints `{ ready, node, effect, library, fixture }`; then for each request
 * `{ "id": "<variant>", "calls": n }` on stdin it runs the variant `n` times sequentially and
 * prints `{ wall, cpu }` (µs per op: wall time and this process's CPU, user + system), or
 * `{ error }`. Variants: `get-raw`, `get-bare`, `get-lib` (authenticated GET: raw node:http,
 * bare untraced platform client on undici, galileo-effect on undici), `login-raw`, `login-bare`,
 * `login-lib`, `succeed` and `token` (one call = {@link tokenOps} ops of `Effect.succeed(token)` /
 * the warm cache's `auth.token`, yielded in an `Effect.gen` loop), `cold` and `cold-base` (one
 * call = a fresh client whose 10,000 fibers ask for the token at once / one login then 10,000
 * fibers × `Effect.succeed`; figures per call, in µs, the runner counts the logins).
 */
import * as Effect from "effect/Effect"
import * as ManagedRuntime from "effect/ManagedRuntime"
import { readFileSync } from "node:fs"
import { performance } from "node:perf_hooks"
import { createInterface } from "node:readline"
import { timeSequential } from "./harness.js"
import * as Library from "./library.js"
import { bareGet, bareLayer, barePost, undici } from "./platform.js"
import * as Raw from "./raw.js"
import * as Fixture from "./servers/fixture.js"

const baseUrl = process.argv[2]
if (baseUrl === undefined) throw new Error("usage: worker.ts <server-url> [token-ops]")
/** Ops per `succeed` / `token` call. */
const tokenOps = Number(process.argv[3] ?? "20000")
const coldFibers = 10_000

const check = (ok: boolean, what: string) => {
  if (!ok) throw new Error(`unexpected ${what}`)
}
const isUser = (value: unknown) =>
  check(typeof value === "object" && value !== null && "id" in value && value.id === "u1", "current_user answer")
const isToken = (value: unknown) => check(value === Fixture.accessToken, "login answer")

const effectVersion = (): string => {
  const pkg: unknown = JSON.parse(readFileSync("node_modules/effect/package.json", "utf8"))
  const version = typeof pkg === "object" && pkg !== null ? Reflect.get(pkg, "version") : undefined
  return typeof version === "string" ? version : "unknown"
}

type Run = () => Promise<unknown>

/** A fresh client; `run` times one call (µs, wall and CPU), then the client is disposed. */
const coldCall = (cold: boolean) => async (): Promise<{ readonly wall: number; readonly cpu: number }> => {
  const callers = Array.from({ length: coldFibers })
  const runtime = ManagedRuntime.make(Library.layer(baseUrl, Fixture.apiKey, undici.layer))
  const token = await runtime.runPromise(Library.tokenEffect) // built, not logged in
  const program = cold
    ? Effect.forEach(callers, () => token, { concurrency: "unbounded", discard: true })
    : Effect.flatMap(
      Library.login,
      (value) => Effect.forEach(callers, () => Effect.succeed(value), { concurrency: "unbounded", discard: true })
    )
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  await runtime.runPromise(program)
  const wall = (performance.now() - t0) * 1000
  const cpu = process.cpuUsage(cpu0)
  await runtime.dispose()
  return { wall, cpu: cpu.user + cpu.system }
}

const main = async () => {
  const agent = Raw.makeAgent()
  const getUrl = Library.currentUserUrl(baseUrl)
  const loginUrl = Library.loginUrl(baseUrl)
  const bare = ManagedRuntime.make(bareLayer(undici.layer))
  const library = ManagedRuntime.make(Library.layer(baseUrl, Fixture.apiKey, undici.layer))
  await bare.runPromise(Effect.void) // builds the layers before any timing
  await library.runPromise(Effect.void)
  const get = bareGet(getUrl, Fixture.accessToken)
  const post = barePost(loginUrl, Fixture.apiKey)
  const token = await library.runPromise(Library.tokenEffect)
  const value = await library.runPromise(token) // logs in once: the cache is warm from here on
  const succeed = Effect.succeed(value)
  const loop = <A, E>(op: Effect.Effect<A, E>) =>
    Effect.gen(function*() {
      for (let i = 0; i < tokenOps; i++) yield* op
    })
  const succeedLoop = loop(succeed)
  const tokenLoop = loop(token)

  const variants = new Map<string, { readonly run: Run; readonly check?: (value: unknown) => void; ops?: number }>([
    ["get-raw", { run: () => Raw.getJson(agent, getUrl, Fixture.accessToken), check: isUser }],
    ["get-bare", { run: () => bare.runPromise(get), check: isUser }],
    ["get-lib", { run: () => library.runPromise(Library.currentUser), check: isUser }],
    ["login-raw", { run: () => Raw.login(agent, loginUrl, Fixture.apiKey), check: isToken }],
    ["login-bare", { run: () => bare.runPromise(post), check: isToken }],
    ["login-lib", { run: () => library.runPromise(Library.login), check: isToken }],
    ["succeed", { run: () => library.runPromise(succeedLoop), ops: tokenOps }],
    ["token", { run: () => library.runPromise(tokenLoop), ops: tokenOps }]
  ])
  for (const v of variants.values()) v.check?.(await v.run())
  const cold = { cold: coldCall(true), "cold-base": coldCall(false) }

  const reply = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`)
  reply({
    ready: true,
    node: process.version,
    effect: effectVersion(),
    library: Library.description,
    fixture: { apiKey: Fixture.apiKey, accessToken: Fixture.accessToken }
  })
  const lines = createInterface({ input: process.stdin })
  for await (const line of lines) {
    try {
      const request: unknown = JSON.parse(line)
      const id: unknown = typeof request === "object" && request !== null ? Reflect.get(request, "id") : undefined
      const calls: unknown = typeof request === "object" && request !== null ? Reflect.get(request, "calls") : undefined
      if (id === "cold" || id === "cold-base") {
        reply(await cold[id]())
        continue
      }
      const variant = typeof id === "string" ? variants.get(id) : undefined
      if (variant === undefined || typeof calls !== "number") throw new Error(`bad request ${line}`)
      reply(await timeSequential(calls, variant.ops ?? 1, variant.run))
    } catch (error) {
      reply({ error: error instanceof Error ? error.message : String(error) })
    }
  }
  agent.destroy()
  await bare.dispose()
  await library.dispose()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
