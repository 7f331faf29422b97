/**
 * The benchmark's measuring tools: servers in child processes, timed samples (wall and client
 * CPU), rotated rounds, per-round ratios, and a worker pool for throughput. No Effect here: raw
 * and Effect variants are all driven by the same plain `for … await` loops.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { performance } from "node:perf_hooks"
import { createInterface } from "node:readline"
import * as Raw from "./raw.js"
import type { Stats } from "./servers/fixture.js"

// --- statistics -------------------------------------------------------------------------------

export const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length === 0 ? Number.NaN : s.length % 2 === 1 ? s[mid] ?? 0 : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

export interface Summary {
  readonly median: number
  readonly min: number
  readonly max: number
}

export const summarise = (xs: ReadonlyArray<number>): Summary => ({
  median: median(xs),
  min: xs.length === 0 ? Number.NaN : Math.min(...xs),
  max: xs.length === 0 ? Number.NaN : Math.max(...xs)
})

/** Per-round ratios `variant[r] / baseline[r]`, summarised. */
export const ratios = (variant: ReadonlyArray<number>, baseline: ReadonlyArray<number>): Summary =>
  summarise(variant.map((v, r) => v / (baseline[r] ?? Number.NaN)))

/**
 * The order of round `r`: `xs` rotated left by `⌊r/2⌋`, reversed on odd rounds. Every variant
 * takes every position, and follows every other variant, equally often (for 2 variants: ab, ba,
 * ba, ab…; for 3: all 6 permutations in 6 rounds), so neither position nor the garbage or
 * connection state a predecessor leaves behind favours any variant.
 */
export const rotated = <A>(xs: ReadonlyArray<A>, r: number): ReadonlyArray<A> => {
  const k = xs.length === 0 ? 0 : Math.floor(r / 2) % xs.length
  const turned = [...xs.slice(k), ...xs.slice(0, k)]
  return r % 2 === 1 ? turned.reverse() : turned
}

// --- servers in child processes ------------------------------------------------------------

export interface Server {
  readonly url: string
  /** Lines the server printed after its URL, when `extraLines` were asked for. */
  readonly extra: ReadonlyArray<string>
  readonly stop: () => void
}

const children = new Set<ChildProcess>()

/** Kills every server still running (also on exit). */
export const stopAll = (): void => {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM")
  }
  children.clear()
}
process.on("exit", stopAll)

/**
 * Runs `node --import tsx <script>` in its own process and waits for the URL it prints as its
 * first line (and `extraLines` more lines). Its stdin is a pipe: it exits when this process goes
 * away, even on a crash.
 */
export const startServer = (script: URL, extraLines = 0): Promise<Server> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script.pathname], {
      stdio: ["pipe", "pipe", "inherit"],
      cwd: new URL("..", import.meta.url).pathname
    })
    children.add(child)
    const stop = () => {
      children.delete(child)
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM")
    }
    const fail = (message: string) => {
      clearTimeout(timer)
      stop()
      reject(new Error(`${script.pathname} ${message}`))
    }
    const timer = setTimeout(() => fail("printed no URL within 30 s"), 30_000)
    child.once("exit", (code) => fail(`exited (${code}) before printing its URL`))
    const stdout = child.stdout
    if (stdout === null) return fail("has no stdout")
    const printed: Array<string> = []
    createInterface({ input: stdout }).on("line", (line) => {
      if (printed.length > extraLines) return // keep draining
      printed.push(line.trim())
      if (printed.length === 1 && !/^https?:\/\//.test(printed[0] ?? "")) {
        return fail(`printed ${JSON.stringify(line)} instead of its URL`)
      }
      if (printed.length === extraLines + 1) {
        clearTimeout(timer)
        child.removeAllListeners("exit")
        resolve({ url: printed[0] ?? "", extra: printed.slice(1), stop })
      }
    })
  })

const statsAgent = Raw.makeAgent()

/** The minimal server's counters (its own keep-alive connection, opened once). */
export const stats = async (baseUrl: string): Promise<Stats> => {
  const answer = await Raw.exchange(statsAgent, `${baseUrl}/__stats`, "GET", {})
  const parsed: unknown = JSON.parse(answer.body)
  const count = (key: string): number => {
    if (typeof parsed === "object" && parsed !== null && key in parsed) {
      const value: unknown = Reflect.get(parsed, key)
      if (typeof value === "number") return value
    }
    throw new Error(`/__stats without ${key}`)
  }
  const last: unknown = typeof parsed === "object" && parsed !== null ? Reflect.get(parsed, "last") : undefined
  return {
    logins: count("logins"),
    requests: count("requests"),
    bytes: count("bytes"),
    connections: count("connections"),
    last: typeof last === "string" ? last : ""
  }
}

/** The body of the last ingest request the minimal server received, as text. */
export const lastIngestBody = async (baseUrl: string): Promise<string> =>
  (await Raw.exchange(statsAgent, `${baseUrl}/__last-body`, "GET", {})).body

export const closeStats = (): void => statsAgent.destroy()

// --- timed samples -------------------------------------------------------------------------------

/** One sample: wall time and client CPU (user + system, all threads of this process) per op, µs. */
export interface Sample {
  readonly wall: number
  readonly cpu: number
}

/**
 * Runs `run` `calls` times sequentially (`await` in a `for` loop); figures per op, a call being
 * `opsPerCall` ops.
 */
export const timeSequential = async (
  calls: number,
  opsPerCall: number,
  run: () => Promise<unknown>
): Promise<Sample> => {
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  for (let i = 0; i < calls; i++) await run()
  const wall = (performance.now() - t0) * 1000
  const cpu = process.cpuUsage(cpu0)
  const ops = calls * opsPerCall
  return { wall: wall / ops, cpu: (cpu.user + cpu.system) / ops }
}

/**
 * `total` calls of `run` by `concurrency` async workers, each awaiting its calls in turn;
 * requests per second and client CPU per request (µs).
 */
export const timeConcurrent = async (
  total: number,
  concurrency: number,
  run: () => Promise<unknown>
): Promise<{ readonly rate: number; readonly cpu: number }> => {
  let next = 0
  const worker = async () => {
    while (next < total) {
      next++
      await run()
    }
  }
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = (performance.now() - t0) / 1000
  const cpu = process.cpuUsage(cpu0)
  return { rate: total / seconds, cpu: (cpu.user + cpu.system) / total }
}

// --- rotated rounds ----------------------------------------------------------------------------

/** One thing to time: `run` is one call; a call is `ops` operations (1 for a request). */
export interface Variant {
  readonly id: string
  readonly label: string
  readonly run: () => Promise<unknown>
  /** Checks one call's result (run once before timing). */
  readonly check?: (result: unknown) => void
  readonly ops?: number
}

export interface Measured {
  readonly id: string
  readonly label: string
  readonly wall: ReadonlyArray<number>
  readonly cpu: ReadonlyArray<number>
  /** The request line the server saw for one call (minimal server only), e.g. `GET /v1/current_user`. */
  readonly request: string | null
  /** New TCP connections the server saw during this variant's measured samples. */
  readonly connectionsOpened: number | null
  /** Requests the server saw per op during measured samples (1 for every request variant). */
  readonly requestsPerOp: number | null
  /** Request body bytes the server read per op during measured samples (minimal server only). */
  readonly bytesPerOp?: number | null
}

/**
 * Runs every variant once per round in the order {@link rotated} gives for that round, after one
 * unrecorded warm-up round; each sample is `calls` sequential calls. With `statsUrl`
 * (the minimal server), counts connections and requests around every sample.
 */
export const rounds = async (
  variants: ReadonlyArray<Variant>,
  options: { readonly rounds: number; readonly calls: number; readonly statsUrl?: string | undefined }
): Promise<ReadonlyArray<Measured>> => {
  const requestLines = new Map<string, string>()
  for (const v of variants) {
    const result = await v.run()
    v.check?.(result)
    if (options.statsUrl !== undefined) requestLines.set(v.id, (await stats(options.statsUrl)).last)
  }
  const data = new Map(
    variants.map((v) => [
      v.id,
      { wall: new Array<number>(), cpu: new Array<number>(), conns: 0, reqs: 0, bytes: 0 }
    ])
  )
  for (let r = -1; r < options.rounds; r++) {
    for (const v of rotated(variants, Math.max(r, 0))) {
      const before = options.statsUrl === undefined ? undefined : await stats(options.statsUrl)
      const sample = await timeSequential(options.calls, v.ops ?? 1, v.run)
      const after = options.statsUrl === undefined ? undefined : await stats(options.statsUrl)
      const d = data.get(v.id)
      if (r < 0 || d === undefined) continue
      d.wall.push(sample.wall)
      d.cpu.push(sample.cpu)
      if (before !== undefined && after !== undefined) {
        d.conns += after.connections - before.connections
        d.reqs += after.requests - before.requests
        d.bytes += after.bytes - before.bytes
      }
    }
  }
  return variants.map((v) => {
    const d = data.get(v.id)
    const callsMeasured = options.rounds * options.calls * (v.ops ?? 1)
    return {
      id: v.id,
      label: v.label,
      wall: d?.wall ?? [],
      cpu: d?.cpu ?? [],
      request: requestLines.get(v.id) ?? null,
      connectionsOpened: options.statsUrl === undefined ? null : d?.conns ?? null,
      requestsPerOp: options.statsUrl === undefined || d === undefined ? null : d.reqs / callsMeasured,
      bytesPerOp: options.statsUrl === undefined || d === undefined ? null : d.bytes / callsMeasured
    }
  })
}
