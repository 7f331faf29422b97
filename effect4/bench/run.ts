/**
 * `npm run bench`: what galileo-effect costs on top of the platform client it runs on, and how
 * it compares with raw Node and with the official `galileo` client, measured so a skeptic can
 * check it:
 *
 * - servers run in their own processes (a minimal raw `node:http` server for most rows, the
 *   embedded server for one section), so the client's CPU is measured alone;
 * - every client keeps connections alive (the minimal server counts connections per sample);
 * - raw baselines are plain async functions; every Effect variant is `runtime.runPromise(effect)`
 *   per request on a `ManagedRuntime` built beforehand from its Layer;
 * - each round runs every variant once, in an order rotated per round; ratios are taken per round
 *   (variant / baseline of the same round) and summarised as median (min–max);
 * - cold callers and cold starts are interleaved with their baselines round by round.
 *
 * Prints a markdown table and writes bench/results.json (bench/results.quick.json with
 * `BENCH_QUICK=1`, a few rounds for a smoke run). Run with `node --expose-gc --import tsx`.
 * `--only=<section>[,<section>…]` (e.g. `--only=trace-logger`; a section's name with `-` for its
 * spaces) runs those sections alone and writes bench/results.only.json (results.quick.only.json)
 * instead, so a full run's results stay as they are. All use of the library is in bench/library.ts.
 */
import * as Effect from "effect/Effect"
import * as ManagedRuntime from "effect/ManagedRuntime"
import type * as Tracer from "effect/Tracer"
import { spawn, spawnSync } from "node:child_process"
import { existsSync, writeFileSync } from "node:fs"
import { arch, cpus, loadavg, release, totalmem } from "node:os"
import { performance } from "node:perf_hooks"
import * as TraceBatch from "../../bench/traceBatch.js"
import {
  closeStats,
  lastIngestBody,
  type Measured,
  median,
  ratios,
  rotated,
  rounds,
  type Server,
  startServer,
  stats,
  stopAll,
  summarise,
  type Summary,
  timeConcurrent,
  type Variant
} from "./harness.js"
import * as Library from "./library.js"
import * as Peers from "./peers/galileo.mjs"
import { bareGet, bareLayer, barePost, barePostJson, type ClientKind, clientKinds, undici } from "./platform.js"
import * as Raw from "./raw.js"
import * as Fixture from "./servers/fixture.js"

const quick = process.env["BENCH_QUICK"] === "1"

/** Every section, in the order a full run runs them (`--only` takes these names, `-` for spaces). */
const sectionNames = [
  "sequential",
  "trace logger",
  "cached token",
  "cold callers",
  "throughput",
  "cold start",
  "heap",
  "embedded server"
] as const
const onlyArgument = process.argv.slice(2).find((a) => a.startsWith("--only="))?.slice("--only=".length)
const only = onlyArgument === undefined ?
  undefined :
  new Set(onlyArgument.split(",").map((name) => name.trim().replace(/-/g, " ")).filter((name) => name !== ""))
for (const name of only ?? []) {
  if (!sectionNames.some((known) => known === name)) {
    console.error(
      `--only: no section "${name}"; the sections: ${sectionNames.map((n) => n.replace(/ /g, "-")).join(", ")}`
    )
    process.exit(2)
  }
}
const config = quick ?
  {
    rounds: 3,
    calls: 50,
    tokenOps: 2_000,
    embeddedCalls: 30,
    coldRounds: 3,
    startRounds: 3,
    heapN: 10_000,
    heapWarm: 2_000,
    heapRuns: 1,
    throughputRounds: 2,
    throughputTotal: 1_000,
    loggerBatches: 3
  } :
  {
    rounds: 20,
    calls: 200,
    tokenOps: 20_000,
    embeddedCalls: 100,
    coldRounds: 15,
    startRounds: 20,
    heapN: 100_000,
    heapWarm: 10_000,
    heapRuns: 1,
    throughputRounds: 7,
    throughputTotal: 4_000,
    loggerBatches: 25
  }
const coldFibers = 10_000

// --- rows ------------------------------------------------------------------------------------------

interface Goal {
  readonly id: string
  readonly text: string
  readonly test: (row: Omit<Row, "goal" | "goalId" | "holds">) => boolean
}

interface Row {
  readonly section: string
  readonly name: string
  readonly variant: string
  readonly baseline: string | null
  readonly unit: string
  readonly median: number
  readonly min: number
  readonly max: number
  readonly baselineMedian: number | null
  readonly ratio: Summary | null
  readonly goal: string | null
  readonly goalId: string | null
  readonly holds: boolean | null
  readonly note?: string | undefined
}

const rows: Array<Row> = []
const notes: Array<string> = []
const variantsMeasured: Array<Measured & { readonly section: string }> = []

const atMost = (id: string, limit: number): Goal => ({
  id,
  text: `≤ ${limit}×`,
  test: (r) => (r.ratio?.median ?? Infinity) <= limit
})
const faster = (id: string): Goal => ({ id, text: "< 1× (faster)", test: (r) => (r.ratio?.median ?? Infinity) < 1 })

/**
 * Every goal of the issue, so one that could not be measured is reported as such. `retired`: a
 * micro-goal the issue "Serve Effect 4 users" retired (its runtime-internals fast path is gone);
 * still measured and reported, never a failure.
 */
const goals: ReadonlyArray<{ readonly id: string; readonly text: string; readonly retired?: boolean }> = [
  { id: "get-wall", text: "authenticated GET on undici ≤ 1.3× the bare untraced platform client (wall)" },
  { id: "get-cpu", text: "authenticated GET on undici ≤ 1.5× the bare untraced platform client (client CPU)" },
  {
    id: "get-wall-untraced",
    text: "authenticated GET on undici, spans off, ≤ 1.3× the bare untraced platform client (wall)"
  },
  {
    id: "get-cpu-untraced",
    text: "authenticated GET on undici, spans off, ≤ 1.5× the bare untraced platform client (client CPU)"
  },
  { id: "login-wall", text: "login ≤ 1.5× a bare platform POST (wall)" },
  { id: "login-wall-untraced", text: "login, spans off, ≤ 1.5× a bare platform POST (wall)" },
  {
    id: "logger-batch",
    text:
      `a batch of ${Fixture.traceBatch} traces through TraceLogger ≤ 1.3× a bare platform POST of the same JSON (wall)`
  },
  { id: "get-peer", text: "authenticated GET faster than the official galileo client" },
  { id: "login-peer", text: "login faster than the official galileo client" },
  { id: "cold-login", text: "10,000 cold callers on a fresh client: exactly 1 login in every sample" },
  { id: "heap", text: "heap flat: growth ≤ 2 MB over 100,000 requests after warm-up" },
  { id: "help", text: "galileo-effect --help ≤ 1.5× node -e 0" },
  { id: "cli-token", text: "galileo-effect token ≤ 3× node -e 0" },
  { id: "token", text: "cached token ≤ 2× Effect.succeed", retired: true },
  { id: "cold", text: "10,000 cold callers ≤ 1.5× their baseline (1 login + 10,000 Effect.succeed)", retired: true }
]

const addRow = (
  row: Omit<Row, "goal" | "goalId" | "holds">,
  goal?: Goal,
  extra?: (row: Omit<Row, "goal" | "goalId" | "holds">) => boolean
) =>
  rows.push({
    ...row,
    goal: goal?.text ?? null,
    goalId: goal?.id ?? null,
    holds: goal === undefined ? null : goal.test(row) && (extra?.(row) ?? true)
  })

/** A row comparing two measured variants on wall time or client CPU per op. */
const compare = (
  section: string,
  name: string,
  variant: Measured | undefined,
  baseline: Measured | undefined,
  metric: "wall" | "cpu",
  unit: string,
  goal?: Goal
) => {
  if (variant === undefined || baseline === undefined) return
  const s = summarise(variant[metric])
  addRow({
    section,
    name,
    variant: variant.label,
    baseline: baseline.label,
    unit,
    ...s,
    baselineMedian: median(baseline[metric]),
    ratio: ratios(variant[metric], baseline[metric])
  }, goal)
}

// --- checks ----------------------------------------------------------------------------------------

const isUser = (id?: string) => (value: unknown) => {
  const ok = typeof value === "object" && value !== null && "id" in value && typeof value.id === "string" &&
    (id === undefined || value.id === id)
  if (!ok) throw new Error(`unexpected current_user answer: ${JSON.stringify(value)}`)
}
const isToken = (expected?: string) => (value: unknown) => {
  if (typeof value !== "string" || value.length === 0 || (expected !== undefined && value !== expected)) {
    throw new Error("unexpected login answer")
  }
}

// --- runtimes ------------------------------------------------------------------------------------

const runtimes: Array<{ readonly dispose: () => Promise<void> }> = []

/** The library on `kind`, its runtime built before any timing. */
const libraryRuntime = async (
  baseUrl: string,
  apiKey: string,
  kind: ClientKind,
  tracing = true,
  tracer?: Tracer.Tracer
) => {
  const runtime = ManagedRuntime.make(
    Library.layer(baseUrl, apiKey, kind.layer, tracer === undefined ? { tracing } : { tracing, tracer })
  )
  await runtime.context()
  runtimes.push(runtime)
  return runtime
}

/** The library's client on `kind` with a `TraceLogger` of batches of `batchSize`, built before any timing. */
const loggerRuntime = async (baseUrl: string, apiKey: string, kind: ClientKind, batchSize: number) => {
  const runtime = ManagedRuntime.make(
    Library.loggerLayer(
      baseUrl,
      apiKey,
      kind.layer,
      { projectId: Fixture.projectId, logStreamId: Fixture.logStreamId },
      batchSize
    )
  )
  await runtime.context()
  runtimes.push(runtime)
  return runtime
}

/** The bare untraced platform client on `kind`, its runtime built before any timing. */
const bareRuntime = async (kind: ClientKind) => {
  const runtime = ManagedRuntime.make(bareLayer(kind.layer))
  await runtime.context()
  runtimes.push(runtime)
  return runtime
}

// --- sections ------------------------------------------------------------------------------------

const sequentialSection = async (server: Server, peer: Peers.Peer | undefined) => {
  const section = `Sequential requests, minimal server (${config.calls} per sample, ${config.rounds} rounds)`
  const { url } = server
  const getUrl = Library.currentUserUrl(url)
  const loginUrl = Library.loginUrl(url)
  const agent = Raw.makeAgent()
  const token = Fixture.accessToken
  const gets: Array<Variant> = [
    {
      id: "raw-http",
      label: "raw node:http keep-alive",
      run: () => Raw.getJson(agent, getUrl, token),
      check: isUser("u1")
    },
    { id: "raw-fetch", label: "raw fetch", run: () => Raw.fetchGetJson(getUrl, token), check: isUser("u1") }
  ]
  const logins: Array<Variant> = [
    {
      id: "raw-http",
      label: "raw node:http keep-alive",
      run: () => Raw.login(agent, loginUrl, Fixture.apiKey),
      check: isToken(token)
    }
  ]
  for (const kind of clientKinds) {
    const bare = await bareRuntime(kind)
    const library = await libraryRuntime(url, Fixture.apiKey, kind)
    const get = bareGet(getUrl, token)
    const post = barePost(loginUrl, Fixture.apiKey)
    gets.push(
      {
        id: `bare-${kind.id}`,
        label: `bare platform ${kind.label}`,
        run: () => bare.runPromise(get),
        check: isUser("u1")
      },
      {
        id: `lib-${kind.id}`,
        label: `galileo-effect ${kind.label}`,
        run: () => library.runPromise(Library.currentUser),
        check: isUser("u1")
      }
    )
    logins.push(
      {
        id: `bare-${kind.id}`,
        label: `bare platform ${kind.label}`,
        run: () => bare.runPromise(post),
        check: isToken(token)
      },
      {
        id: `lib-${kind.id}`,
        label: `galileo-effect ${kind.label}`,
        run: () => library.runPromise(Library.login),
        check: isToken(token)
      }
    )
  }
  // the same client with the library's spans off (`tracing: false`): like for like with the bare,
  // untraced reference
  const untraced = await libraryRuntime(url, Fixture.apiKey, undici, false)
  gets.push({
    id: "lib-undici-untraced",
    label: "galileo-effect undici, spans off",
    run: () => untraced.runPromise(Library.currentUser),
    check: isUser("u1")
  })
  logins.push({
    id: "lib-undici-untraced",
    label: "galileo-effect undici, spans off",
    run: () => untraced.runPromise(Library.login),
    check: isToken(token)
  })
  // the library's spans are made only under an installed tracer: with one that records, what
  // they cost under a real tracer
  const recorded = await libraryRuntime(url, Fixture.apiKey, undici, true, Library.recordingTracer())
  gets.push({
    id: "lib-undici-recorded",
    label: "galileo-effect undici, spans recorded",
    run: () => recorded.runPromise(Library.currentUser),
    check: isUser("u1")
  })
  logins.push({
    id: "lib-undici-recorded",
    label: "galileo-effect undici, spans recorded",
    run: () => recorded.runPromise(Library.login),
    check: isToken(token)
  })
  if (peer !== undefined) {
    const client = peer.make(url, Fixture.apiKey)
    await client.login()
    gets.push({ id: "peer", label: `${peer.name} (axios)`, run: client.currentUser, check: isUser("u1") })
    logins.push({ id: "peer", label: `${peer.name} (axios)`, run: client.login, check: isToken(token) })
  }

  const options = { rounds: config.rounds, calls: config.calls, statsUrl: url }
  const g = await rounds(gets, options)
  const l = await rounds(logins, options)
  agent.destroy()
  variantsMeasured.push(...g.map((m) => ({ ...m, section: `${section}: GET` })))
  variantsMeasured.push(...l.map((m) => ({ ...m, section: `${section}: login` })))
  const byId = (ms: ReadonlyArray<Measured>) => (id: string) => ms.find((m) => m.id === id)
  const G = byId(g)
  const L = byId(l)

  compare(section, "authenticated GET, wall", G("lib-undici"), G("bare-undici"), "wall", "µs", atMost("get-wall", 1.3))
  compare(
    section,
    "authenticated GET, client CPU",
    G("lib-undici"),
    G("bare-undici"),
    "cpu",
    "µs",
    atMost("get-cpu", 1.5)
  )
  compare(
    section,
    "authenticated GET (spans off), wall",
    G("lib-undici-untraced"),
    G("bare-undici"),
    "wall",
    "µs",
    atMost("get-wall-untraced", 1.3)
  )
  compare(
    section,
    "authenticated GET (spans off), client CPU",
    G("lib-undici-untraced"),
    G("bare-undici"),
    "cpu",
    "µs",
    atMost("get-cpu-untraced", 1.5)
  )
  compare(
    section,
    "authenticated GET (spans recorded), wall",
    G("lib-undici-recorded"),
    G("bare-undici"),
    "wall",
    "µs"
  )
  compare(
    section,
    "authenticated GET (spans recorded), client CPU",
    G("lib-undici-recorded"),
    G("bare-undici"),
    "cpu",
    "µs"
  )
  compare(section, "authenticated GET, wall", G("lib-http"), G("bare-http"), "wall", "µs")
  compare(section, "authenticated GET, client CPU", G("lib-http"), G("bare-http"), "cpu", "µs")
  compare(section, "authenticated GET, wall", G("lib-fetch"), G("bare-fetch"), "wall", "µs")
  compare(section, "authenticated GET, client CPU", G("lib-fetch"), G("bare-fetch"), "cpu", "µs")
  compare(section, "platform GET vs raw, wall", G("bare-undici"), G("raw-http"), "wall", "µs")
  compare(section, "platform GET vs raw, client CPU", G("bare-undici"), G("raw-http"), "cpu", "µs")
  compare(section, "platform GET vs raw, wall", G("bare-http"), G("raw-http"), "wall", "µs")
  compare(section, "platform GET vs raw, wall", G("bare-fetch"), G("raw-fetch"), "wall", "µs")
  compare(section, "authenticated GET vs raw, wall", G("lib-undici"), G("raw-http"), "wall", "µs")
  if (peer !== undefined) {
    compare(section, "official client GET vs raw, wall", G("peer"), G("raw-http"), "wall", "µs")
    compare(
      section,
      "authenticated GET vs official client, wall",
      G("lib-undici"),
      G("peer"),
      "wall",
      "µs",
      faster("get-peer")
    )
    compare(section, "authenticated GET vs official client, client CPU", G("lib-undici"), G("peer"), "cpu", "µs")
    compare(section, "authenticated GET vs official client, same transport", G("lib-http"), G("peer"), "wall", "µs")
  }
  compare(section, "login, wall", L("lib-undici"), L("bare-undici"), "wall", "µs", atMost("login-wall", 1.5))
  compare(section, "login, client CPU", L("lib-undici"), L("bare-undici"), "cpu", "µs")
  compare(
    section,
    "login (spans off), wall",
    L("lib-undici-untraced"),
    L("bare-undici"),
    "wall",
    "µs",
    atMost("login-wall-untraced", 1.5)
  )
  compare(section, "login (spans recorded), wall", L("lib-undici-recorded"), L("bare-undici"), "wall", "µs")
  compare(section, "login (spans recorded), client CPU", L("lib-undici-recorded"), L("bare-undici"), "cpu", "µs")
  compare(section, "login, wall", L("lib-http"), L("bare-http"), "wall", "µs")
  compare(section, "login, wall", L("lib-fetch"), L("bare-fetch"), "wall", "µs")
  compare(section, "platform POST vs raw, wall", L("bare-undici"), L("raw-http"), "wall", "µs")
  compare(section, "login vs raw, wall", L("lib-undici"), L("raw-http"), "wall", "µs")
  if (peer !== undefined) {
    compare(section, "login vs official client, wall", L("lib-undici"), L("peer"), "wall", "µs", faster("login-peer"))
    compare(section, "login vs official client, client CPU", L("lib-undici"), L("peer"), "cpu", "µs")
    compare(section, "login vs official client, same transport", L("lib-http"), L("peer"), "wall", "µs")
    compare(
      section,
      "login (spans recorded) vs official client, wall",
      L("lib-undici-recorded"),
      L("peer"),
      "wall",
      "µs"
    )
  }
}

const isIngest = (n: number) => (value: unknown) => {
  const count = typeof value === "object" && value !== null ? Reflect.get(value, "traces_count") : undefined
  if (count !== n) throw new Error(`unexpected ingest answer: ${JSON.stringify(value)}`)
}

/**
 * A batch of traces through `TraceLogger` against the bare untraced platform client POSTing the
 * same JSON, built by hand (../../bench/traceBatch.ts, shared by both lines): one op = one batch of `traceBatch` imitated LLM
 * calls and its one ingest request. The logger is built once, before timing, with `batchSize` =
 * the batch and an hour's flush interval, so only a full batch or `flush` sends.
 */
const traceLoggerSection = async (server: Server) => {
  const n = Fixture.traceBatch
  const section = `Trace logger (${n} traces per batch, each a workflow span holding a retriever and an LLM span; ` +
    `${config.loggerBatches} batches per sample, ${config.rounds} rounds; figures per batch)`
  const { url } = server
  const ingestUrl = Library.ingestUrl(url, Fixture.projectId)
  const bare = await bareRuntime(undici)
  const logger = await loggerRuntime(url, Fixture.apiKey, undici, n)
  const envelope = { logStreamId: Fixture.logStreamId, clientVersion: Library.version }
  const post = barePostJson(ingestUrl, Fixture.accessToken, () => TraceBatch.ingestBody(n, envelope))
  const batch = Library.logBatch(n)
  let loggerBatches = 0
  const variants: ReadonlyArray<Variant> = [
    {
      id: "bare-undici",
      label: "bare platform undici, JSON built by hand",
      run: () => bare.runPromise(post),
      check: isIngest(n)
    },
    {
      id: "logger-undici",
      label: "galileo-effect TraceLogger undici",
      run: () => {
        loggerBatches++
        return logger.runPromise(batch)
      }
    }
  ]
  // one batch of each first (the logger's login with it): the two bodies as the server received
  // them must be the same JSON but for ids and timestamps
  const received: Record<string, string> = {}
  for (const v of variants) {
    const before = await stats(url)
    const result = await v.run()
    v.check?.(result)
    const after = await stats(url)
    received[v.id] = await lastIngestBody(url)
    if (v.id === "bare-undici" && after.requests - before.requests !== 1) {
      throw new Error(`the baseline made ${after.requests - before.requests} requests for one batch`)
    }
  }
  const sizes = TraceBatch.sameBatch(n, received["logger-undici"] ?? "", received["bare-undici"] ?? "")
  const measured = await rounds(variants, { rounds: config.rounds, calls: config.loggerBatches, statsUrl: url })
  variantsMeasured.push(...measured.map((m) => ({ ...m, section })))
  const final = await logger.runPromise(Library.loggerStats)
  const expected = loggerBatches * n
  const loggerOk = final.batches === loggerBatches && final.sent.traces === expected &&
    final.sent.spans === expected * Fixture.spansPerTrace && final.accepted.traces === expected &&
    final.dropped.traces === 0 && final.failed.traces === 0
  const M = (id: string) => measured.find((m) => m.id === id)
  const perBatch = (m: Measured | undefined) =>
    m?.requestsPerOp === null || m?.requestsPerOp === undefined ? "?" : m.requestsPerOp.toFixed(3)
  const bytesOf = (m: Measured | undefined) => m?.bytesPerOp ?? Number.NaN
  const libraryBytes = bytesOf(M("logger-undici"))
  const baselineBytes = bytesOf(M("bare-undici"))
  const bytesDelta = (libraryBytes - baselineBytes) / baselineBytes
  const onePerBatch = [M("logger-undici"), M("bare-undici")].every((m) => m?.requestsPerOp === 1)
  const sameSize = Math.abs(bytesDelta) <= 0.03
  const note = `requests per batch: logger ${perBatch(M("logger-undici"))}, baseline ${perBatch(M("bare-undici"))}; ` +
    `body bytes per batch: logger ${Math.round(libraryBytes).toLocaleString("en")}, baseline ${
      Math.round(baselineBytes).toLocaleString("en")
    } (${bytesDelta >= 0 ? "+" : ""}${(bytesDelta * 100).toFixed(2)}%; first batches ${
      sizes.library.toLocaleString("en")
    } / ${
      sizes.baseline.toLocaleString("en")
    } B, the same JSON but for ids and timestamps); logger: ${final.batches} ` +
    `batches, ${final.sent.traces.toLocaleString("en")} traces and ${final.sent.spans.toLocaleString("en")} spans ` +
    `sent, ${final.dropped.traces} dropped, ${final.failed.traces} failed${loggerOk ? "" : " (**not as expected**)"}`
  const lib = M("logger-undici")
  const base = M("bare-undici")
  if (lib !== undefined && base !== undefined) {
    addRow(
      {
        section,
        name: `a batch of ${n} traces, wall`,
        variant: lib.label,
        baseline: base.label,
        unit: "µs",
        ...summarise(lib.wall),
        baselineMedian: median(base.wall),
        ratio: ratios(lib.wall, base.wall),
        note
      },
      atMost("logger-batch", 1.3),
      () => onePerBatch && sameSize && loggerOk
    )
  }
  compare(section, `a batch of ${n} traces, client CPU`, lib, base, "cpu", "µs")
}

const embeddedSection = async (server: Server) => {
  const section = `Embedded server (its own process; ${config.embeddedCalls} per sample, ${config.rounds} rounds)`
  const { url } = server
  const apiKey = server.extra[0] ?? ""
  const agent = Raw.makeAgent()
  const getUrl = Library.currentUserUrl(url)
  const loginUrl = Library.loginUrl(url)
  const token = await Raw.login(agent, loginUrl, apiKey)
  const bare = await bareRuntime(undici)
  const library = await libraryRuntime(url, apiKey, undici)
  const get = bareGet(getUrl, token)
  const post = barePost(loginUrl, apiKey)
  const options = { rounds: config.rounds, calls: config.embeddedCalls }
  const g = await rounds([
    {
      id: "raw-http",
      label: "raw node:http keep-alive",
      run: () => Raw.getJson(agent, getUrl, token),
      check: isUser()
    },
    { id: "bare-undici", label: "bare platform undici", run: () => bare.runPromise(get), check: isUser() },
    {
      id: "lib-undici",
      label: "galileo-effect undici",
      run: () => library.runPromise(Library.currentUser),
      check: isUser()
    }
  ], options)
  const l = await rounds([
    {
      id: "raw-http",
      label: "raw node:http keep-alive",
      run: () => Raw.login(agent, loginUrl, apiKey),
      check: isToken()
    },
    { id: "bare-undici", label: "bare platform undici", run: () => bare.runPromise(post), check: isToken() },
    { id: "lib-undici", label: "galileo-effect undici", run: () => library.runPromise(Library.login), check: isToken() }
  ], options)
  agent.destroy()
  variantsMeasured.push(...g.map((m) => ({ ...m, section: `${section}: GET` })))
  variantsMeasured.push(...l.map((m) => ({ ...m, section: `${section}: login` })))
  const G = (id: string) => g.find((m) => m.id === id)
  const L = (id: string) => l.find((m) => m.id === id)
  compare(section, "authenticated GET, wall", G("lib-undici"), G("bare-undici"), "wall", "µs")
  compare(section, "authenticated GET, client CPU", G("lib-undici"), G("bare-undici"), "cpu", "µs")
  compare(section, "platform GET vs raw, wall", G("bare-undici"), G("raw-http"), "wall", "µs")
  compare(section, "login, wall", L("lib-undici"), L("bare-undici"), "wall", "µs")
  compare(section, "login, client CPU", L("lib-undici"), L("bare-undici"), "cpu", "µs")
}

const cachedTokenSection = async (server: Server) => {
  const ops = config.tokenOps
  const section = `Cached token (5 runPromise × ${ops.toLocaleString("en")} ops per sample, ${config.rounds} rounds)`
  const library = await libraryRuntime(server.url, Fixture.apiKey, undici)
  const token = await library.runPromise(Library.tokenEffect)
  const value = await library.runPromise(token) // logs in once: the cache is warm from here on
  const succeed = Effect.succeed(value)
  const loop = <A, E>(op: Effect.Effect<A, E>) =>
    Effect.gen(function*() {
      for (let i = 0; i < ops; i++) yield* op
    })
  const expiresAt = Number.MAX_SAFE_INTEGER
  const expired = Effect.fail("expired")
  // references, from cheapest up: Effect.succeed; Effect.sync (cannot fail or wait); Effect.suspend
  // (reads state, may fail or wait); a read of Effect's Clock that may fail (the cache checks the
  // token's expiry against the Clock, so TestClock drives it). The cached token (a Ref read of the
  // cache's state with the Clock's time) is also measured inside a flatMap, against a flatMap of
  // Effect.succeed.
  const references: ReadonlyArray<readonly [string, string, Effect.Effect<unknown, unknown>]> = [
    ["sync", "Effect.sync(() => token)", Effect.sync(() => value)],
    ["suspend", "Effect.suspend(() => Effect.succeed(token))", Effect.suspend(() => succeed)],
    [
      "clock",
      "Effect.clockWith(clock => now < expiry ? succeed : fail)",
      Effect.clockWith((clock) => clock.currentTimeMillisUnsafe() < expiresAt ? succeed : expired)
    ]
  ]
  const flatMapSucceedLoop = loop(Effect.flatMap(succeed, Effect.succeed))
  const flatMapTokenLoop = loop(Effect.flatMap(token, Effect.succeed))
  const measured = await rounds([
    { id: "succeed", label: "Effect.succeed(token)", run: () => library.runPromise(loop(succeed)), ops },
    ...references.map(([id, label, op]) => {
      const looped = loop(op)
      return { id, label, run: () => library.runPromise(looped), ops }
    }),
    { id: "token", label: "auth.token (warm cache)", run: () => library.runPromise(loop(token)), ops },
    {
      id: "flatMap-succeed",
      label: "Effect.flatMap(Effect.succeed(token), Effect.succeed)",
      run: () => library.runPromise(flatMapSucceedLoop),
      ops
    },
    {
      id: "flatMap-token",
      label: "Effect.flatMap(auth.token, Effect.succeed)",
      run: () => library.runPromise(flatMapTokenLoop),
      ops
    }
  ], { rounds: config.rounds, calls: 5 })
  variantsMeasured.push(...measured.map((m) => ({ ...m, section })))
  const ns = (m: Measured | undefined): Measured | undefined =>
    m === undefined ? undefined : { ...m, wall: m.wall.map((x) => x * 1000), cpu: m.cpu.map((x) => x * 1000) }
  const M = (id: string) => ns(measured.find((m) => m.id === id))
  compare(section, "cached token, wall", M("token"), M("succeed"), "wall", "ns", {
    ...atMost("token", 2),
    text: "≤ 2× (retired)"
  })
  compare(section, "Effect.sync (reference: cannot fail), wall", M("sync"), M("succeed"), "wall", "ns")
  compare(section, "Effect.suspend (reference: can fail), wall", M("suspend"), M("succeed"), "wall", "ns")
  compare(section, "Clock read that can fail (reference), wall", M("clock"), M("succeed"), "wall", "ns")
  compare(section, "cached token vs a Clock read that can fail, wall", M("token"), M("clock"), "wall", "ns")
  compare(
    section,
    "cached token through the run loop (flatMap), wall",
    M("flatMap-token"),
    M("flatMap-succeed"),
    "wall",
    "ns"
  )
}

const coldCallersSection = async (server: Server) => {
  const section = `${
    coldFibers.toLocaleString("en")
  } cold callers (fresh client per sample, ${config.coldRounds} rounds)`
  const callers = Array.from({ length: coldFibers })
  const samples = { cold: new Array<number>(), base: new Array<number>(), coldCpu: new Array<number>() }
  const baseCpu: Array<number> = []
  const loginCounts: Array<number> = []
  for (let r = -1; r < config.coldRounds; r++) {
    for (const which of rotated(["cold", "base"], Math.max(r, 0))) {
      const runtime = ManagedRuntime.make(Library.layer(server.url, Fixture.apiKey, undici.layer))
      const token = await runtime.runPromise(Library.tokenEffect) // built, not logged in
      const program = which === "cold"
        ? Effect.forEach(callers, () => token, { concurrency: "unbounded", discard: true })
        : Effect.flatMap(
          Library.login,
          (value) => Effect.forEach(callers, () => Effect.succeed(value), { concurrency: "unbounded", discard: true })
        )
      const before = await stats(server.url)
      const cpu0 = process.cpuUsage()
      const t0 = performance.now()
      await runtime.runPromise(program)
      const ms = performance.now() - t0
      const cpu = process.cpuUsage(cpu0)
      const after = await stats(server.url)
      await runtime.dispose()
      if (r < 0) continue
      const cpuMs = (cpu.user + cpu.system) / 1000
      if (which === "cold") {
        samples.cold.push(ms)
        samples.coldCpu.push(cpuMs)
        loginCounts.push(after.logins - before.logins)
      } else {
        samples.base.push(ms)
        baseCpu.push(cpuMs)
      }
    }
  }
  const cold: Measured = {
    id: "cold",
    label: `${coldFibers.toLocaleString("en")} fibers × auth.token on a fresh client`,
    wall: samples.cold,
    cpu: samples.coldCpu,
    request: null,
    connectionsOpened: null,
    requestsPerOp: null
  }
  const base: Measured = {
    id: "base",
    label: `1 login + ${coldFibers.toLocaleString("en")} fibers × Effect.succeed`,
    wall: samples.base,
    cpu: baseCpu,
    request: null,
    connectionsOpened: null,
    requestsPerOp: null
  }
  variantsMeasured.push({ ...cold, section }, { ...base, section })
  const exactlyOne = loginCounts.every((n) => n === 1)
  const s = summarise(cold.wall)
  addRow(
    {
      section,
      name: "cold callers, wall",
      variant: cold.label,
      baseline: base.label,
      unit: "ms",
      ...s,
      baselineMedian: median(base.wall),
      ratio: ratios(cold.wall, base.wall),
      note: `logins per sample: ${[...new Set(loginCounts)].join(", ")}${exactlyOne ? " (exactly 1 each)" : ""}`
    },
    { id: "cold", text: "≤ 1.5× (retired)", test: (row) => (row.ratio?.median ?? Infinity) <= 1.5 }
  )
  addRow(
    {
      section,
      name: "cold callers, logins per sample",
      variant: cold.label,
      baseline: null,
      unit: "logins",
      ...summarise(loginCounts),
      baselineMedian: null,
      ratio: null,
      note: `every sample: ${loginCounts.join(", ")}`
    },
    { id: "cold-login", text: "exactly 1 (every sample)", test: () => exactlyOne }
  )
  compare(section, "cold callers, client CPU", cold, base, "cpu", "ms")
}

const coldStartSection = (server: Server) => {
  const section = `CLI cold start (spawnSync, 1 spawn per variant per round, ${config.startRounds} rounds)`
  const bin = new URL("../dist/bin/galileo-effect.mjs", import.meta.url).pathname
  if (!existsSync(bin)) {
    notes.push("cold start skipped: dist/bin/galileo-effect.mjs missing (run `npm run build:bin`)")
    return
  }
  const env = { ...process.env, GALILEO_API_KEY: Fixture.apiKey, GALILEO_API_URL: server.url }
  const variants = [
    { id: "node", label: "node -e 0", args: ["-e", "0"], check: (_: string) => true },
    { id: "help", label: "galileo-effect --help", args: [bin, "--help"], check: (out: string) => out.length > 0 },
    {
      id: "token",
      label: "galileo-effect token",
      args: [bin, "token"],
      check: (out: string) => out.trim() === Fixture.accessToken
    }
  ]
  const wall = new Map(variants.map((v) => [v.id, new Array<number>()]))
  for (let r = -1; r < config.startRounds; r++) {
    for (const v of rotated(variants, Math.max(r, 0))) {
      const t0 = performance.now()
      const result = spawnSync(process.execPath, v.args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })
      const ms = performance.now() - t0
      if (result.status !== 0 || !v.check(result.stdout)) {
        throw new Error(`${v.label} failed (exit ${result.status}): ${result.stderr.slice(0, 500)}`)
      }
      if (r >= 0) wall.get(v.id)?.push(ms)
    }
  }
  const measured = (id: string): Measured | undefined => {
    const v = variants.find((x) => x.id === id)
    return v === undefined ? undefined : {
      id,
      label: v.label,
      wall: wall.get(id) ?? [],
      cpu: [],
      request: null,
      connectionsOpened: null,
      requestsPerOp: null
    }
  }
  for (const id of ["node", "help", "token"]) {
    const m = measured(id)
    if (m !== undefined) variantsMeasured.push({ ...m, section })
  }
  compare(section, "cold start --help", measured("help"), measured("node"), "wall", "ms", atMost("help", 1.5))
  compare(
    section,
    "cold start token (one login)",
    measured("token"),
    measured("node"),
    "wall",
    "ms",
    atMost("cli-token", 3)
  )
}

/** Runs bench/heap.ts in a fresh `node --expose-gc` process; its JSON answer. */
const heapChild = (kind: "library" | "platform", url: string) =>
  new Promise<{ readonly growthMB: number; readonly rate: number }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--expose-gc",
        "--import",
        "tsx",
        new URL("./heap.ts", import.meta.url).pathname,
        kind,
        url,
        String(config.heapN),
        String(config.heapWarm)
      ],
      { stdio: ["ignore", "pipe", "inherit"] }
    )
    let out = ""
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8")
    })
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`heap.ts ${kind} exited ${code}`))
      const parsed: unknown = JSON.parse(out)
      if (
        typeof parsed === "object" && parsed !== null && "growthMB" in parsed && typeof parsed.growthMB === "number" &&
        "rate" in parsed && typeof parsed.rate === "number"
      ) resolve({ growthMB: parsed.growthMB, rate: parsed.rate })
      else reject(new Error(`heap.ts ${kind}: unexpected output ${out}`))
    })
  })

const heapKinds: ReadonlyArray<"library" | "platform"> = ["library", "platform"]

const heapSection = async (server: Server) => {
  const n = config.heapN
  const section = `Heap growth (fresh process each, --expose-gc; ${
    config.heapWarm.toLocaleString("en")
  } warm-up GETs, then ${n.toLocaleString("en")}, concurrency 8, undici)`
  const library: Array<number> = []
  const platform: Array<number> = []
  for (let i = 0; i < config.heapRuns; i++) {
    for (const kind of rotated(heapKinds, i)) {
      const result = await heapChild(kind, server.url)
      ;(kind === "library" ? library : platform).push(result.growthMB)
    }
  }
  const s = summarise(library)
  addRow(
    {
      section,
      name: `heap growth over ${n.toLocaleString("en")} authenticated requests`,
      variant: "galileo-effect undici",
      baseline: "bare platform undici (same run)",
      unit: "MB",
      ...s,
      baselineMedian: median(platform),
      ratio: null,
      note: `every run: ${library.map((x) => x.toFixed(2)).join(", ")} MB; bare platform: ${
        platform.map((x) => x.toFixed(2)).join(", ")
      } MB`
    },
    { id: "heap", text: "≤ 2 MB (every run)", test: (row) => row.max <= 2 }
  )
}

const throughputSection = async (server: Server) => {
  const total = config.throughputTotal
  const section = `Throughput (${total.toLocaleString("en")} GETs per sample, ${config.throughputRounds} rounds)`
  const getUrl = Library.currentUserUrl(server.url)
  const agent = Raw.makeAgent()
  const bare = await bareRuntime(undici)
  const library = await libraryRuntime(server.url, Fixture.apiKey, undici)
  await library.runPromise(Library.login)
  const get = bareGet(getUrl, Fixture.accessToken)
  const variants = [
    { id: "raw-http", label: "raw node:http keep-alive", run: () => Raw.getJson(agent, getUrl, Fixture.accessToken) },
    { id: "bare-undici", label: "bare platform undici", run: () => bare.runPromise(get) },
    { id: "lib-undici", label: "galileo-effect undici", run: () => library.runPromise(Library.currentUser) }
  ]
  for (const concurrency of [8, 64]) {
    const rate = new Map(variants.map((v) => [v.id, new Array<number>()]))
    const cpu = new Map(variants.map((v) => [v.id, new Array<number>()]))
    for (let r = -1; r < config.throughputRounds; r++) {
      for (const v of rotated(variants, Math.max(r, 0))) {
        const sample = await timeConcurrent(total, concurrency, v.run)
        if (r < 0) continue
        rate.get(v.id)?.push(sample.rate)
        cpu.get(v.id)?.push(sample.cpu)
      }
    }
    const m = (id: string): Measured | undefined => {
      const v = variants.find((x) => x.id === id)
      return v === undefined ? undefined : {
        id,
        label: v.label,
        wall: rate.get(id) ?? [],
        cpu: cpu.get(id) ?? [],
        request: null,
        connectionsOpened: null,
        requestsPerOp: null
      }
    }
    const sec = `${section}, concurrency ${concurrency}`
    for (const v of variants) {
      const measured = m(v.id)
      if (measured !== undefined) variantsMeasured.push({ ...measured, section: `${sec} (wall = requests/s)` })
    }
    compare(sec, "throughput (higher is better)", m("lib-undici"), m("bare-undici"), "wall", "req/s")
    compare(sec, "throughput (higher is better)", m("lib-undici"), m("raw-http"), "wall", "req/s")
    compare(sec, "throughput (higher is better)", m("bare-undici"), m("raw-http"), "wall", "req/s")
    compare(sec, "client CPU per request", m("lib-undici"), m("bare-undici"), "cpu", "µs")
  }
  agent.destroy()
}

// --- output --------------------------------------------------------------------------------------

const format = (n: number, unit: string): string => {
  if (!Number.isFinite(n)) return "—"
  if (unit === "MB") return `${n.toFixed(2)} MB`
  if (unit === "req/s") return `${Math.round(n).toLocaleString("en")}/s`
  if (unit === "ms") return `${n.toFixed(1)} ms`
  if (unit === "ns") return `${n.toFixed(0)} ns`
  if (unit === "logins") return n.toFixed(0)
  return n >= 1000 ? `${(n / 1000).toFixed(2)} ms` : `${n.toFixed(1)} µs`
}
const range = (s: Summary, unit: string) => `${format(s.median, unit)} (${format(s.min, unit)}–${format(s.max, unit)})`
const ratioText = (s: Summary | null) =>
  s === null ? "—" : `${s.median.toFixed(2)}× (${s.min.toFixed(2)}–${s.max.toFixed(2)})`
const verdict = (holds: boolean | null) => holds === null ? "" : holds ? "holds" : "does not hold"

/** One goal's outcome, as the side-by-side runner (scripts/bench.mjs) reads it from results.json. */
const goalOutcome = (goal: (typeof goals)[number], peer: Peers.Peer | undefined) => {
  const r = rows.find((x) => x.goalId === goal.id)
  return {
    id: goal.id,
    text: goal.text,
    retired: goal.retired ?? false,
    evaluated: r !== undefined,
    holds: r?.holds ?? null,
    unit: r?.unit ?? null,
    median: r?.median ?? null,
    min: r?.min ?? null,
    max: r?.max ?? null,
    baselineMedian: r?.baselineMedian ?? null,
    ratio: r?.ratio ?? null,
    variant: r?.variant ?? null,
    baseline: r?.baseline ?? null,
    note: r?.note ?? (r === undefined && goal.id.endsWith("-peer") && peer === undefined ? "peer not installed" : null)
  }
}

const machine = () => {
  const cores = cpus()
  return {
    cpu: cores[0]?.model ?? "unknown",
    cores: cores.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${process.platform} ${release()} ${arch()}`
  }
}

const method = [
  "Servers run in child processes (`node --import tsx bench/servers/*.ts`): client CPU is this process alone " +
  "(`process.cpuUsage()` user+system deltas, all its threads).",
  "Every client keeps connections alive: raw node:http `new Agent({ keepAlive: true })`; platform " +
  "`NodeHttpClient.layerUndici`; `NodeHttpClient.layerNodeHttpOptions({ keepAlive: true })`; " +
  "`FetchHttpClient.layer` (global fetch); the official client's axios (Node's keep-alive global agent). The " +
  "minimal server counts connections: see `connectionsOpened` per variant in the JSON.",
  "Raw baselines are plain async functions; every Effect variant is one `ManagedRuntime` built from its Layer " +
  "before timing, then `runtime.runPromise(effect)` per request; all are driven by the same `for … await` loop.",
  "\"bare platform\" = the platform HttpClient (`effect/http`) with `HttpClient.TracerDisabledWhen` provided as " +
  "`() => true` around every execution (Effect 4 has no `withTracerDisabledWhen`) and `filterStatusOk`, static " +
  "`Authorization` header, JSON parsed; no library code.",
  "Each round runs every variant once, after an unrecorded warm-up round, in an order rotated every other round " +
  "and reversed on odd rounds (each variant takes every position and follows every other variant equally often); " +
  "ratios are per round (variant / baseline of the same round), shown as median (min–max); a goal holds when " +
  "the median ratio meets it.",
  "Trace logger: one op is a batch of 100 traces (each a workflow span holding a retriever and an LLM span, the " +
  "same fields every time) logged through one `TraceLogger` built before timing (`batchSize` 100, `flushInterval` " +
  "1 hour), then `flush`; its baseline, the bare platform client POSTing the same JSON built by hand (plain " +
  "objects, `crypto.randomUUID()` ids, ISO timestamps). The server reads each body whole; the runner checks that " +
  "the two bodies are the same JSON but for ids and timestamps, and counts requests and body bytes per batch."
]

const main = async () => {
  const started = performance.now()
  const load = { start: loadavg(), end: new Array<number>() }
  let peer: Peers.Peer | undefined
  try {
    peer = Peers.load()
    if (peer === undefined) {
      notes.push(
        "official `galileo` client rows skipped: neither bench/peers (`npm run bench:peers`) nor node_modules/galileo " +
          "is installed"
      )
    }
  } catch (error) {
    notes.push(`official \`galileo\` client rows skipped: it failed to load: ${String(error)}`)
  }
  const minimal = await startServer(new URL("./servers/minimal.ts", import.meta.url))
  const failed: Array<string> = []
  const sectionSeconds: Record<string, number> = {}
  /** Runs one section; a failure is reported (and fails the run) without losing the others. */
  const section = async (name: (typeof sectionNames)[number], run: () => Promise<void> | void) => {
    if (only !== undefined && !only.has(name)) return
    const t0 = performance.now()
    try {
      await run()
    } catch (error) {
      failed.push(name)
      notes.push(
        `**${name} section failed, its rows are missing**: ${error instanceof Error ? error.message : String(error)}`
      )
      console.error(error)
    } finally {
      for (const runtime of runtimes.splice(0)) await runtime.dispose()
      sectionSeconds[name] = Math.round((performance.now() - t0) / 100) / 10
    }
  }
  try {
    await section("sequential", () => sequentialSection(minimal, peer))
    await section("trace logger", () => traceLoggerSection(minimal))
    await section("cached token", () => cachedTokenSection(minimal))
    await section("cold callers", () => coldCallersSection(minimal))
    await section("throughput", () => throughputSection(minimal))
    await section("cold start", () => coldStartSection(minimal))
    await section("heap", () => heapSection(minimal))
    await section("embedded server", async () => {
      const embedded = await startServer(new URL("./servers/embedded.ts", import.meta.url), 1)
      try {
        await embeddedSection(embedded)
      } finally {
        embedded.stop()
      }
    })
  } finally {
    minimal.stop()
    closeStats()
  }
  if (failed.length > 0) process.exitCode = 1
  load.end = loadavg()
  const before = load.start[0] ?? 0
  if (before > cpus().length / 2) {
    notes.unshift(
      `**the machine was busy**: 1-minute load average ${before.toFixed(2)} on ${cpus().length} cores when the ` +
        "benchmark started; other processes may have competed with it: rerun on an idle machine before concluding"
    )
  }
  const seconds = (performance.now() - started) / 1000

  for (const m of variantsMeasured) {
    if (m.requestsPerOp !== null && Math.abs(m.requestsPerOp - 1) > 1e-9) {
      notes.push(`${m.section} / ${m.label}: ${m.requestsPerOp.toFixed(3)} requests per op reached the server`)
    }
    if (m.connectionsOpened !== null && m.connectionsOpened > 0) {
      notes.push(`${m.section} / ${m.label}: ${m.connectionsOpened} new connections during measured samples`)
    }
  }
  for (const section of [...new Set(variantsMeasured.map((m) => m.section))]) {
    const lines = new Map<string, Array<string>>()
    for (const m of variantsMeasured.filter((x) => x.section === section && x.request !== null)) {
      lines.set(m.request ?? "", [...(lines.get(m.request ?? "") ?? []), m.label])
    }
    if (lines.size > 1) {
      notes.push(
        `${section}: requests differ by variant: ${
          [...lines].map(([line, labels]) => `${line} (${labels.join(", ")})`).join("; ")
        }`
      )
    } else if (lines.size === 1) notes.push(`${section}: every variant sent ${[...lines.keys()].join("")}`)
  }
  const keepAlive = variantsMeasured.filter((m) => m.connectionsOpened !== null)
  const keepAliveOk = keepAlive.every((m) => m.connectionsOpened === 0)

  const info = machine()
  const date = new Date().toISOString()
  const out: Array<string> = []
  out.push(
    `\n## galileo-effect benchmarks${quick ? " (BENCH_QUICK: smoke run, too few rounds to conclude)" : ""}${
      only === undefined ? "" : ` (only: ${[...only].join(", ")})`
    }\n`,
    `${date} · ${info.cores} × ${info.cpu} · ${info.memoryGiB} GiB · Node ${info.node} · ${info.os} · ` +
      `load avg ${load.start.map((x) => x.toFixed(2)).join("/")} → ${load.end.map((x) => x.toFixed(2)).join("/")} · ` +
      `${seconds.toFixed(0)} s (${
        Object.entries(sectionSeconds).map(([k, v]) => `${k} ${v.toFixed(0)} s`).join(", ")
      })`,
    `\nLibrary: ${Library.description}` +
      (peer === undefined ?
        "" :
        `\nPeer: ${peer.name} (from ${peer.source}), its AuthService: getToken() / makeRequest("GET", …)`)
  )
  for (const section of [...new Set(rows.map((r) => r.section))]) {
    out.push(
      `\n### ${section}\n`,
      "| measure | variant | median (min–max) | baseline | baseline median | ratio, per round: median (min–max) | goal | verdict |",
      "|---|---|---|---|---|---|---|---|"
    )
    for (const r of rows.filter((x) => x.section === section)) {
      out.push(
        `| ${r.name} | ${r.variant} | ${range(r, r.unit)} | ${r.baseline ?? "—"} | ${
          r.baselineMedian === null ? "—" : format(r.baselineMedian, r.unit)
        } | ${ratioText(r.ratio)} | ${r.goal ?? ""} | ${verdict(r.holds)} |`
      )
    }
  }
  out.push("\n### Goals\n")
  for (const goal of goals) {
    const r = rows.find((x) => x.goalId === goal.id)
    if (r === undefined && only !== undefined) continue
    const text = goal.retired === true ? `${goal.text} (retired micro-goal, reported)` : goal.text
    out.push(
      r === undefined
        ? `- ${text}: **not evaluated**${
          goal.id.endsWith("-peer") && peer === undefined ? " (peer not installed)" : ""
        }`
        : `- ${text}: **${verdict(r.holds)}**: ${
          r.ratio === null ? range(r, r.unit) : ratioText(r.ratio)
        } (${r.variant}${r.baseline === null ? "" : ` vs ${r.baseline}`})${r.note === undefined ? "" : `; ${r.note}`}`
    )
  }
  out.push(
    `- keep-alive: ${
      keepAliveOk ? "no variant opened a connection during measured samples" : "some variants opened connections"
    } (${keepAlive.length} variants counted)`
  )
  out.push("\n### Method\n", ...method.map((m) => `- ${m}`))
  if (notes.length > 0) out.push("\n### Notes\n", ...notes.map((n) => `- ${n}`))
  console.log(out.join("\n"))

  const file = `./results${quick ? ".quick" : ""}${only === undefined ? "" : ".only"}.json`
  writeFileSync(
    new URL(file, import.meta.url),
    JSON.stringify(
      {
        machine: { ...info, loadAverage: load },
        date,
        quick,
        only: only === undefined ? null : [...only],
        seconds: Math.round(seconds),
        sectionSeconds,
        failedSections: failed,
        library: Library.description,
        peer: peer?.name ?? null,
        config,
        rounds: config.rounds,
        method,
        goals: goals.map((goal) => goalOutcome(goal, peer)),
        rows,
        variants: variantsMeasured,
        notes
      },
      null,
      2
    ) + "\n"
  )
  console.log(`\nwrote bench/${file.slice(2)}`)
}

main().then(
  () => process.exit(),
  (error: unknown) => {
    console.error(error)
    stopAll()
    process.exit(1)
  }
)
