/**
 * `npm run bench`: speed and memory of the client against the embedded server on loopback, each
 * figure beside a baseline measured in the same run (medians over rounds). Prints a table and
 * writes bench/results.json (bench/results.quick.json with BENCH_QUICK=1). Not part of `npm test`.
 */
import { FetchHttpClient, HttpClient, HttpClientRequest } from "@effect/platform"
import { NodeHttpClient } from "@effect/platform-node"
import { Context, Duration, Effect, Layer, Redacted } from "effect"
import { spawnSync } from "node:child_process"
import { writeFileSync } from "node:fs"
import { cpus, totalmem } from "node:os"
import { performance } from "node:perf_hooks"
import { AuthService, Contract, GalileoHttpClient, RetryPolicy } from "../src/index.js"
import { GalileoServer } from "../src/testing/index.js"
import * as Raw from "./raw.js"

const quick = process.env["BENCH_QUICK"] === "1"
const rounds = quick ? 3 : 7
const perRound = quick ? 50 : 300

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[mid] ?? 0 : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

/** Median over rounds of the time per operation, in microseconds. */
const timed = <E, R>(ops: number, round: Effect.Effect<unknown, E, R>) =>
  Effect.gen(function*() {
    yield* round // warm-up
    const samples: Array<number> = []
    for (let r = 0; r < rounds; r++) {
      const start = performance.now()
      yield* round
      samples.push(((performance.now() - start) * 1000) / ops)
    }
    return median(samples)
  })

const sequentially = <A, E, R>(n: number, effect: Effect.Effect<A, E, R>) =>
  Effect.forEach(Array.from({ length: n }), () => effect, { discard: true })

interface Row {
  readonly name: string
  readonly value: number
  readonly unit: string
  readonly baseline: string
  readonly baselineValue: number
  readonly ratio: number
  readonly goal: string
}

const rows: Array<Row> = []
const row = (r: Omit<Row, "ratio">) => {
  rows.push({ ...r, ratio: r.value / r.baselineValue })
}

const clients: ReadonlyArray<readonly [string, Layer.Layer<HttpClient.HttpClient>]> = [
  ["undici", NodeHttpClient.layerUndici],
  ["node:http", NodeHttpClient.layer],
  ["fetch", FetchHttpClient.layer]
]

const policy = RetryPolicy.make({ attemptTimeout: Duration.seconds(30), deadline: Duration.seconds(60) })

/** One operation to time, by name. */
interface Variant {
  readonly name: string
  readonly op: Effect.Effect<unknown, unknown>
}

/**
 * Times every variant in rotation (round r runs each variant's batch once), so drift in the
 * process (JIT, GC, the server's warm-up) spreads over all of them; returns per-op medians in µs.
 */
const interleaved = (variants: ReadonlyArray<Variant>, ops: number) =>
  Effect.gen(function*() {
    const samples = new Map<string, Array<number>>(variants.map((v) => [v.name, []]))
    for (let r = -1; r < rounds; r++) {
      for (const v of variants) {
        const start = performance.now()
        yield* sequentially(ops, v.op)
        if (r >= 0) samples.get(v.name)?.push(((performance.now() - start) * 1000) / ops)
      }
    }
    return new Map([...samples].map(([name, xs]) => [name, median(xs)]))
  })

const httpVariants = (server: GalileoServer.Service) =>
  Effect.gen(function*() {
    const token = yield* Effect.promise(() => Raw.login(server.url, GalileoServer.demoApiKey))
    const variants: Array<Variant> = [
      { name: "raw login", op: Effect.promise(() => Raw.login(server.url, GalileoServer.demoApiKey)) },
      { name: "raw GET", op: Effect.promise(() => Raw.currentUser(server.url, token)) }
    ]
    for (const [name, layer] of clients) {
      const client = Context.get(yield* Layer.build(layer), HttpClient.HttpClient)
      const auth = yield* AuthService.make({
        apiKey: Redacted.make(GalileoServer.demoApiKey),
        baseUrl: server.url,
        retryPolicy: policy
      }).pipe(Effect.provideService(HttpClient.HttpClient, client))
      const bearer = `Bearer ${Redacted.value((yield* auth.token).value)}`
      const galileo = yield* GalileoHttpClient.make().pipe(
        Effect.provideService(AuthService.AuthService, auth),
        Effect.provideService(HttpClient.HttpClient, client)
      )
      variants.push(
        {
          name: `platform GET ${name}`,
          op: Effect.flatMap(
            client.execute(
              HttpClientRequest.get(`${server.url}/current_user`).pipe(
                HttpClientRequest.setHeader("authorization", bearer)
              )
            ),
            (r) => r.json
          )
        },
        { name: `login ${name}`, op: auth.login },
        {
          name: `GET ${name}`,
          op: Effect.flatMap(galileo.get("current_user"), GalileoHttpClient.decode(Contract.CurrentUser))
        }
      )
    }
    const m = yield* interleaved(variants, perRound)
    const at = (name: string) => m.get(name) ?? Number.NaN
    const raw = { login: "raw node:http keep-alive", get: "raw node:http + static header" }
    const compare = (name: string, value: string, baseline: string, baselineValue: string, goal: string) =>
      row({ name, value: at(value), unit: "µs", baseline, baselineValue: at(baselineValue), goal })
    for (const [name] of clients) {
      compare(`login round trip (${name})`, `login ${name}`, raw.login, "raw login", "≤ 1.25×")
      compare(`authenticated GET (${name})`, `GET ${name}`, raw.get, "raw GET", "≤ 1.25×")
      compare(
        `platform HttpClient GET, static header (${name})`,
        `platform GET ${name}`,
        raw.get,
        "raw GET",
        "(reference)"
      )
      compare(
        `authenticated GET (${name})`,
        `GET ${name}`,
        "platform HttpClient, static header",
        `platform GET ${name}`,
        "our own overhead"
      )
    }
  }).pipe(Effect.scoped)

const cachedToken = (server: GalileoServer.Service) =>
  Effect.gen(function*() {
    const auth = yield* AuthService.make({ apiKey: Redacted.make(GalileoServer.demoApiKey), baseUrl: server.url })
    const token = yield* auth.token
    const n = quick ? 20_000 : 200_000
    const m = yield* interleaved([
      { name: "succeed", op: Effect.succeed(token) },
      { name: "token", op: auth.token }
    ], n)
    const baseline = m.get("succeed") ?? Number.NaN
    const cached = m.get("token") ?? Number.NaN
    row({
      name: "cached token",
      value: cached,
      unit: "µs",
      baseline: "Effect.succeed(token)",
      baselineValue: baseline,
      goal: "≤ 1 µs"
    })
    const coldRound = Effect.scoped(Effect.gen(function*() {
      const fresh = yield* AuthService.make({ apiKey: Redacted.make(GalileoServer.demoApiKey), baseUrl: server.url })
      yield* Effect.forEach(Array.from({ length: 10_000 }), () => fresh.token, {
        concurrency: "unbounded",
        discard: true
      })
    }))
    const fibersOnly = Effect.scoped(Effect.gen(function*() {
      const fresh = yield* AuthService.make({ apiKey: Redacted.make(GalileoServer.demoApiKey), baseUrl: server.url })
      const one = yield* fresh.token
      yield* Effect.forEach(Array.from({ length: 10_000 }), () => Effect.succeed(one), {
        concurrency: "unbounded",
        discard: true
      })
    }))
    const cold = yield* timed(1, coldRound)
    const fibers = yield* timed(1, fibersOnly)
    row({
      name: "10,000 concurrent cold callers, all served",
      value: cold,
      unit: "µs",
      baseline: "1 login + 10,000 fibers",
      baselineValue: fibers,
      goal: "1 login"
    })
  }).pipe(Effect.scoped, Effect.provide(NodeHttpClient.layerUndici))

const heap = (server: GalileoServer.Service) =>
  Effect.gen(function*() {
    const gc = globalThis.gc
    if (gc === undefined) return yield* Effect.die(new Error("run with node --expose-gc"))
    const auth = yield* AuthService.make({ apiKey: Redacted.make(GalileoServer.demoApiKey), baseUrl: server.url })
    const client = yield* GalileoHttpClient.make().pipe(Effect.provideService(AuthService.AuthService, auth))
    const get = Effect.flatMap(client.get("current_user"), GalileoHttpClient.decode(Contract.CurrentUser))
    const n = quick ? 10_000 : 100_000
    yield* Effect.forEach(Array.from({ length: 1000 }), () => get, { concurrency: 8, discard: true })
    gc()
    const before = process.memoryUsage().heapUsed
    const start = performance.now()
    yield* Effect.forEach(Array.from({ length: n }), () => get, { concurrency: 8, discard: true })
    const seconds = (performance.now() - start) / 1000
    gc()
    const growth = (process.memoryUsage().heapUsed - before) / (1024 * 1024)
    row({
      name: `${n.toLocaleString("en")} authenticated requests: heap growth`,
      value: growth,
      unit: "MB",
      baseline: "heap before",
      baselineValue: before / (1024 * 1024),
      goal: "< 5 MB"
    })
    return n / seconds
  }).pipe(Effect.scoped, Effect.provide(NodeHttpClient.layerUndici))

const coldStart = () => {
  const run = (args: ReadonlyArray<string>) => {
    const samples: Array<number> = []
    for (let i = 0; i < (quick ? 3 : 10); i++) {
      const start = performance.now()
      const result = spawnSync(process.execPath, [...args], { stdio: "ignore" })
      if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}`)
      samples.push((performance.now() - start) * 1000)
    }
    return median(samples)
  }
  const baseline = run(["-e", "0"])
  const help = run(["dist/bin/galileo-effect.mjs", "--help"])
  row({
    name: "cold start: galileo-effect --help",
    value: help,
    unit: "µs",
    baseline: "node -e 0",
    baselineValue: baseline,
    goal: "low"
  })
}

const program = Effect.gen(function*() {
  const server = yield* GalileoServer.GalileoServer
  yield* httpVariants(server)
  yield* cachedToken(server)
  const throughput = yield* heap(server)
  coldStart()
  Raw.close()
  return throughput
}).pipe(Effect.scoped, Effect.provide(GalileoServer.layer({ logLimit: 0 })))

const format = (n: number, unit: string) =>
  unit === "MB" ? `${n.toFixed(2)} MB` : n >= 1000 ? `${(n / 1000).toFixed(2)} ms` : `${n.toFixed(n < 10 ? 3 : 1)} µs`

Effect.runPromise(program).then((throughput) => {
  const machine = {
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? "?"}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    date: new Date().toISOString().slice(0, 10)
  }
  console.log(
    `\ngalileo-effect benchmarks — ${machine.date}, ${machine.cpus}, ${machine.memory}, Node ${machine.node}${
      quick ? " (quick)" : ""
    }\n`
  )
  console.log("| measure | value | baseline | baseline value | ratio | goal |")
  console.log("|---|---|---|---|---|---|")
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${format(r.value, r.unit)} | ${r.baseline} | ${format(r.baselineValue, r.unit)} | ${
        r.unit === "MB" ? "—" : `${r.ratio.toFixed(2)}×`
      } | ${r.goal} |`
    )
  }
  console.log(
    `\nthroughput during the heap run: ${
      Math.round(throughput)
    } requests/s (undici, concurrency 8, server in the same process)`
  )
  writeFileSync(
    new URL(quick ? "./results.quick.json" : "./results.json", import.meta.url),
    JSON.stringify({ machine, quick, throughput, rows }, null, 2) + "\n"
  )
})
