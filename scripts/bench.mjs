// `npm run bench` (from the repository's root): both lines' benchmarks in one run, then one table.
//
// 1. Builds each line's CLI bundle (`scripts/build-bin.mjs`), then runs each line's own benchmark
//    (`node --expose-gc --import tsx bench/run.ts` in effect3/ on the system Node, the one running
//    npm, and in effect4/ on Node 22 from the root's node_modules/.bin/node): every section of it,
//    variants interleaved with their baselines round by round; each writes its bench/results.json.
// 2. Side by side: one minimal server process, one worker process per line (bench/worker.ts, each
//    on its line's Node) and the CLI bundles of both lines, all variants of both lines interleaved
//    in one rotation per round: the same GET and login through each line's client against the same
//    server process, each line's bare platform client and raw node:http beside it (so the reader
//    can tell Node from library), the cached token, 10,000 cold callers, the CLI's cold start.
// 3. Prints one table of every goal on both lines (from step 1, and from step 2 where it measures
//    the goal too) and the side-by-side table, and writes bench/results.json at the root (the
//    side-by-side figures and the goals of both lines; each line's full figures stay in its own
//    bench/results.json).
//
// `--quick` (or BENCH_QUICK=1): a few rounds everywhere, results in *.quick.json (a smoke run).
// `--only=lines` / `--only=side`: step 1 / step 2 alone (the table then reads the other step's
// last results from disk, when there are any). `--sections=<name>[,<name>…]` (e.g.
// `--sections=trace-logger`): step 1 with only those sections of each line (`bench/run.ts
// --only=…`), no step 2; every results file is then *.only.json, so a full run's stay as they are.
// `--node3=<path>`, `--node4=<path>` override the Nodes.
import { spawn, spawnSync } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { Agent, request } from "node:http"
import { arch, cpus, loadavg, release, totalmem } from "node:os"
import { delimiter, dirname, join } from "node:path"
import { performance } from "node:perf_hooks"
import { createInterface } from "node:readline"
import { fileURLToPath } from "node:url"

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const args = process.argv.slice(2)
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const quick = args.includes("--quick") || process.env.BENCH_QUICK === "1"
const sections = option("sections") ?? option("section")
const only = sections === undefined ? option("only") : "lines"
if (only !== undefined && only !== "lines" && only !== "side") {
  console.error("--only must be `lines` or `side`")
  process.exit(2)
}
if (sections !== undefined && option("only") === "side") {
  console.error("--sections runs each line's own benchmark: it does not go with --only=side")
  process.exit(2)
}

const config = quick ?
  { rounds: 3, calls: 50, tokenOps: 2_000, tokenCalls: 2, coldRounds: 3, cliRounds: 3 } :
  { rounds: 20, calls: 200, tokenOps: 20_000, tokenCalls: 5, coldRounds: 15, cliRounds: 20 }

// --- the two lines and their Nodes ------------------------------------------------------------

const versionOf = (node) => {
  const r = spawnSync(node, ["-p", "process.versions.node"], { encoding: "utf8" })
  return r.status === 0 ? r.stdout.trim() : null
}
const atLeast = (version, [major, minor]) => {
  const [a = 0, b = 0] = version.split(".").map(Number)
  return a > major || (a === major && b >= minor)
}

const lines = [
  {
    id: "effect3",
    title: "Effect 3",
    dir: join(root, "effect3"),
    node: option("node3") ?? process.execPath,
    floor: [20, 0]
  },
  {
    id: "effect4",
    title: "Effect 4",
    dir: join(root, "effect4"),
    node: option("node4") ?? join(root, "node_modules", ".bin", "node"),
    floor: [22, 19]
  }
]
const notes = []
for (const line of lines) {
  line.nodeVersion = existsSync(line.node) ? versionOf(line.node) : null
  line.effect = JSON.parse(readFileSync(join(line.dir, "node_modules", "effect", "package.json"), "utf8")).version
  line.usable = line.nodeVersion !== null && atLeast(line.nodeVersion, line.floor)
  if (!line.usable) {
    notes.push(
      `**${line.title} skipped**: it needs Node ${line.floor.join(".")} or newer and ${line.node} is ${
        line.nodeVersion ?? "missing"
      } (\`npm ci\` at the root installs Node 22 on Linux x64)`
    )
  }
}
const resultsName = `results${quick ? ".quick" : ""}${sections === undefined ? "" : ".only"}.json`
/** The line's Node first on PATH, as scripts/leg.mjs does, so any `node` a child starts is that one. */
const envFor = (line) => ({
  ...process.env,
  BENCH_QUICK: quick ? "1" : "0",
  PATH: `${dirname(line.node)}${delimiter}${process.env.PATH ?? ""}`
})

// --- statistics (as the lines' bench/harness.ts) ---------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length === 0 ? Number.NaN : s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}
const summarise = (xs) => ({
  median: median(xs),
  min: xs.length === 0 ? Number.NaN : Math.min(...xs),
  max: xs.length === 0 ? Number.NaN : Math.max(...xs)
})
const perRound = (xs, ys, f) => summarise(xs.map((x, r) => f(x, ys[r] ?? Number.NaN)))
const ratios = (xs, ys) => perRound(xs, ys, (x, y) => x / y)
const differences = (xs, ys) => perRound(xs, ys, (x, y) => x - y)
/** `xs` rotated left by ⌊r/2⌋, reversed on odd rounds (bench/harness.ts `rotated`). */
const rotated = (xs, r) => {
  const k = xs.length === 0 ? 0 : Math.floor(r / 2) % xs.length
  const turned = [...xs.slice(k), ...xs.slice(0, k)]
  return r % 2 === 1 ? turned.reverse() : turned
}

// --- processes ---------------------------------------------------------------------------------

const children = new Set()
process.on("exit", () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM")
})

/**
 * `node --import tsx <script> …args` in `dir`, stdin a pipe (the child exits when it closes), stdout
 * read line by line: resolves once it printed its first line, with `next()` for each later line.
 */
const startChild = (line, script, childArgs) =>
  new Promise((resolve, reject) => {
    const child = spawn(line.node, ["--import", "tsx", script, ...childArgs], {
      cwd: line.dir,
      env: envFor(line),
      stdio: ["pipe", "pipe", "inherit"]
    })
    children.add(child)
    const waiting = []
    const buffered = []
    let exited = null
    const fail = (error) => {
      for (const w of waiting.splice(0)) w.reject(error)
      reject(error)
    }
    const timer = setTimeout(() => fail(new Error(`${line.id}/${script} printed nothing within 60 s`)), 60_000)
    child.once("exit", (code, signal) => {
      exited = new Error(`${line.id}/${script} exited (${code ?? signal})`)
      clearTimeout(timer)
      fail(exited)
    })
    const next = () =>
      buffered.length > 0 ? Promise.resolve(buffered.shift()) : exited !== null ?
        Promise.reject(exited) :
        new Promise((res, rej) => waiting.push({ resolve: res, reject: rej }))
    const stop = () => {
      children.delete(child)
      child.stdin.end()
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM")
    }
    let first = true
    createInterface({ input: child.stdout }).on("line", (text) => {
      if (first) {
        first = false
        clearTimeout(timer)
        return resolve({ first: text.trim(), next, send: (s) => child.stdin.write(`${s}\n`), stop })
      }
      const w = waiting.shift()
      if (w === undefined) buffered.push(text)
      else w.resolve(text)
    })
  })

/** A line's bench/worker.ts: `ask({ id, calls })` → `{ wall, cpu }`. */
const startWorker = async (line, url) => {
  const child = await startChild(line, "bench/worker.ts", [url, String(config.tokenOps)])
  const ready = JSON.parse(child.first)
  if (ready.ready !== true) throw new Error(`${line.id} worker: ${child.first}`)
  const ask = async (message) => {
    child.send(JSON.stringify(message))
    const answer = JSON.parse(await child.next())
    if (typeof answer.error === "string") throw new Error(`${line.id} worker, ${message.id}: ${answer.error}`)
    return answer
  }
  return { ...ready, ask, stop: child.stop }
}

const statsAgent = new Agent({ keepAlive: true })
/** The minimal server's counters (`GET /__stats`). */
const stats = (url) =>
  new Promise((resolve, reject) => {
    const req = request(`${url}/__stats`, { agent: statsAgent }, (res) => {
      let body = ""
      res.setEncoding("utf8")
      res.on("data", (c) => (body += c))
      res.on("end", () => resolve(JSON.parse(body)))
      res.on("error", reject)
    })
    req.on("error", reject)
    req.end()
  })

// --- step 1: each line's own benchmark -----------------------------------------------------------

const lineResultsFile = (line) => join(line.dir, "bench", resultsName)

/** The line's CLI bundle (dist/bin), which both steps start. */
const buildBin = (line) => {
  const build = spawnSync(line.node, ["scripts/build-bin.mjs"], { cwd: line.dir, env: envFor(line), stdio: "inherit" })
  if (build.status !== 0) notes.push(`${line.title}: the CLI bundle did not build (its cold-start rows are missing)`)
}

const runLine = (line) => {
  console.log(`\n# ${line.title} line (galileo-effect in ${line.id}/, Node ${line.nodeVersion}, effect ${line.effect})`)
  const t0 = performance.now()
  const run = spawnSync(line.node, [
    "--expose-gc",
    "--import",
    "tsx",
    "bench/run.ts",
    ...(sections === undefined ? [] : [`--only=${sections}`])
  ], {
    cwd: line.dir,
    env: envFor(line),
    stdio: "inherit"
  })
  if (run.status !== 0) notes.push(`**${line.title}: bench/run.ts exited ${run.status ?? run.signal}**`)
  return { status: run.status, seconds: Math.round((performance.now() - t0) / 1000) }
}

/** A line's last results (this run's when step 1 ran: older ones are ignored then). */
const readLineResults = (line, since) => {
  const file = lineResultsFile(line)
  if (!existsSync(file) || (since !== undefined && statSync(file).mtimeMs < since)) return null
  return JSON.parse(readFileSync(file, "utf8"))
}

// --- step 2: side by side ----------------------------------------------------------------------

const sideBySide = async () => {
  const usable = []
  const serverLine = lines.find((l) => l.usable)
  if (serverLine === undefined) return null
  const t0 = performance.now()
  const server = await startChild(serverLine, "bench/servers/minimal.ts", [])
  const url = server.first
  const workers = {}
  const measured = {} // "<line>:<variant>" → { wall: [], cpu: [], connections, requests, logins: [] }
  const failedSections = []
  /**
   * Runs one section on its own figures (`record` into them), merged into `measured` only if it
   * completes: a failed section is named in the notes and leaves no partial rows.
   */
  const section = async (name, run) => {
    const own = {}
    const record = (key, field, value) => {
      own[key] ??= { wall: [], cpu: [], connections: 0, requests: 0, logins: [] }
      own[key][field].push(value)
      return own[key]
    }
    try {
      await run(record)
      Object.assign(measured, own)
    } catch (error) {
      failedSections.push(name)
      notes.push(`**side by side: the ${name} section failed, its rows are missing**: ${error.message}`)
    } finally {
      process.stderr.write("\n")
    }
  }
  try {
    for (const line of lines.filter((l) => l.usable)) {
      try {
        workers[line.id] = await startWorker(line, url)
        usable.push(line)
      } catch (error) {
        notes.push(`**side by side: ${line.title} left out**: its worker did not start (${error.message})`)
      }
    }
    if (usable.length === 0) throw new Error("no worker started")
    const fixture = workers[usable[0].id].fixture

    /** Rounds over `ids` of every line; each sample is one worker's `calls` calls. */
    const rounds = (name, ids, calls, count, { countLogins = false } = {}) =>
      section(name, async (record) => {
        const variants = usable.flatMap((line) => ids.map((id) => ({ line, id, key: `${line.id}:${id}` })))
        for (let r = -1; r < count; r++) {
          process.stderr.write(`\rside by side: ${name}, round ${r + 1}/${count} `)
          for (const v of rotated(variants, Math.max(r, 0))) {
            const before = await stats(url)
            const sample = await workers[v.line.id].ask({ id: v.id, calls })
            const after = await stats(url)
            if (r < 0) continue
            record(v.key, "wall", sample.wall)
            const figures = record(v.key, "cpu", sample.cpu)
            figures.connections += after.connections - before.connections
            figures.requests += after.requests - before.requests
            if (countLogins) figures.logins.push(after.logins - before.logins)
          }
        }
      })
    await rounds("GET", ["get-raw", "get-bare", "get-lib"], config.calls, config.rounds)
    await rounds("login", ["login-raw", "login-bare", "login-lib"], config.calls, config.rounds)
    await rounds("cached token", ["succeed", "token"], config.tokenCalls, config.rounds)
    await rounds("cold callers", ["cold", "cold-base"], 1, config.coldRounds, { countLogins: true })

    // CLI cold start: both lines' bundles, each beside `node -e 0` on its own Node
    const env = { ...process.env, GALILEO_API_KEY: fixture.apiKey, GALILEO_API_URL: url }
    const cli = usable.flatMap((line) => {
      const bin = join(line.dir, "dist", "bin", "galileo-effect.mjs")
      if (!existsSync(bin)) {
        notes.push(`side by side: ${line.title} CLI rows skipped: ${line.id}/dist/bin/galileo-effect.mjs missing`)
        return [{ line, id: "node", args: ["-e", "0"], check: () => true }]
      }
      return [
        { line, id: "node", args: ["-e", "0"], check: () => true },
        { line, id: "help", args: [bin, "--help"], check: (out) => out.length > 0 },
        { line, id: "cli-token", args: [bin, "token"], check: (out) => out.trim() === fixture.accessToken }
      ]
    })
    await section("CLI cold start", async (record) => {
      for (let r = -1; r < config.cliRounds; r++) {
        process.stderr.write(`\rside by side: CLI cold start, round ${r + 1}/${config.cliRounds} `)
        for (const v of rotated(cli, Math.max(r, 0))) {
          const started = performance.now()
          const result = spawnSync(v.line.node, v.args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })
          const ms = performance.now() - started
          if (result.status !== 0 || !v.check(result.stdout)) {
            throw new Error(
              `${v.line.id} ${v.args.join(" ")} failed (exit ${result.status}): ${result.stderr.slice(0, 300)}`
            )
          }
          if (r >= 0) record(`${v.line.id}:${v.id}`, "wall", ms * 1000)
        }
      }
    })
    return {
      failedSections,
      url,
      server: `${serverLine.id}/bench/servers/minimal.ts on Node ${serverLine.nodeVersion}`,
      workers: Object.fromEntries(
        Object.entries(workers).map(([id, w]) => [id, { node: w.node, effect: w.effect, library: w.library }])
      ),
      seconds: Math.round((performance.now() - t0) / 1000),
      measured
    }
  } finally {
    for (const w of Object.values(workers)) w.stop()
    server.stop()
    statsAgent.destroy()
  }
}

// --- tables ----------------------------------------------------------------------------------------

const fmt = (n, unit) => {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—"
  if (unit === "×") return `${n.toFixed(2)}×`
  if (unit === "MB") return `${n.toFixed(2)} MB`
  if (unit === "logins") return n.toFixed(0)
  if (unit === "ns") return `${n.toFixed(0)} ns`
  if (unit === "ms") return `${n.toFixed(1)} ms`
  const us = Math.abs(n)
  return us >= 1000 ? `${(n / 1000).toFixed(2)} ms` : `${n.toFixed(1)} µs`
}
const spread = (s, unit) => s === null ? "—" : `${fmt(s.median, unit)} (${fmt(s.min, unit)}–${fmt(s.max, unit)})`
const verdict = (holds) => holds === null || holds === undefined ? "" : holds ? "holds" : "**does not hold**"

/** Side-by-side figures for one line: `m(id)` the variant's samples. */
const sideRows = (side) => {
  const rows = []
  const goalsOf = {} // line id → goal id → { summary, unit, holds }
  const m = (line, id) => side.measured[`${line.id}:${id}`]
  const usable = lines.filter((l) => l.usable && m(l, "get-lib") !== undefined)
  const scale = (xs, k) => xs.map((x) => x * k)
  /** A row of absolute figures per line, and Effect 4 ÷ Effect 3 per round. */
  const absolute = (name, id, metric, unit, k = 1) => {
    const per = Object.fromEntries(
      usable.map((l) => [l.id, m(l, id) === undefined ? null : scale(m(l, id)[metric], k)])
    )
    const [a, b] = usable.map((l) => per[l.id])
    rows.push({
      name,
      unit,
      cells: Object.fromEntries(usable.map((l) => [l.id, per[l.id] === null ? null : summarise(per[l.id])])),
      cross: a && b ? ratios(b, a) : null,
      goal: null
    })
  }
  /** A ratio of two variants of the same line, per round; with a goal, checked on each line. */
  const relative = (name, id, base, metric, goal) => {
    const cells = {}
    for (const l of usable) {
      const v = m(l, id)
      const b = m(l, base)
      cells[l.id] = v === undefined || b === undefined ? null : ratios(v[metric], b[metric])
      if (goal !== undefined && cells[l.id] !== null) {
        ;(goalsOf[l.id] ??= {})[goal.id] = { summary: cells[l.id], unit: "×", holds: cells[l.id].median <= goal.limit }
      }
    }
    rows.push({
      name,
      unit: "×",
      cells,
      cross: null,
      goal: goal === undefined ? null : `≤ ${goal.limit}×`,
      goalId: goal?.id
    })
  }
  const added = (name, id, base) => {
    const cells = Object.fromEntries(
      usable.map((l) => [l.id, m(l, id) && m(l, base) ? differences(m(l, id).wall, m(l, base).wall) : null])
    )
    const [a, b] = usable.map((l) => cells[l.id])
    rows.push({ name, unit: "µs", cells, cross: a && b ? { median: b.median / a.median, min: NaN, max: NaN } : null })
  }
  absolute("GET, raw node:http keep-alive (Node alone)", "get-raw", "wall", "µs")
  absolute("GET, bare platform client on undici", "get-bare", "wall", "µs")
  absolute("GET, galileo-effect on undici", "get-lib", "wall", "µs")
  added("GET, added by galileo-effect (lib − bare, per round)", "get-lib", "get-bare")
  relative("GET, bare platform ÷ raw (platform's cost on its Node)", "get-bare", "get-raw", "wall")
  relative("GET, galileo-effect ÷ bare platform, wall", "get-lib", "get-bare", "wall", { id: "get-wall", limit: 1.3 })
  relative("GET, galileo-effect ÷ bare platform, client CPU", "get-lib", "get-bare", "cpu", {
    id: "get-cpu",
    limit: 1.5
  })
  absolute("GET, bare platform client CPU per request", "get-bare", "cpu", "µs")
  absolute("GET, galileo-effect client CPU per request", "get-lib", "cpu", "µs")
  absolute("login, raw node:http keep-alive", "login-raw", "wall", "µs")
  absolute("login, bare platform POST on undici", "login-bare", "wall", "µs")
  absolute("login, galileo-effect on undici", "login-lib", "wall", "µs")
  added("login, added by galileo-effect (lib − bare, per round)", "login-lib", "login-bare")
  relative("login, galileo-effect ÷ bare platform POST, wall", "login-lib", "login-bare", "wall", {
    id: "login-wall",
    limit: 1.5
  })
  absolute("cached token (warm), per op", "token", "wall", "ns", 1000)
  absolute("Effect.succeed(token), per op", "succeed", "wall", "ns", 1000)
  relative("cached token ÷ Effect.succeed (retired micro-goal)", "token", "succeed", "wall", { id: "token", limit: 2 })
  absolute("10,000 cold callers on a fresh client", "cold", "wall", "ms", 1 / 1000)
  absolute("1 login + 10,000 fibers × Effect.succeed", "cold-base", "wall", "ms", 1 / 1000)
  relative("cold callers ÷ their baseline (retired micro-goal)", "cold", "cold-base", "wall", {
    id: "cold",
    limit: 1.5
  })
  const logins = {}
  for (const l of usable) {
    const counts = m(l, "cold")?.logins ?? []
    logins[l.id] = counts.length === 0 ? null : summarise(counts)
    if (counts.length > 0) {
      ;(goalsOf[l.id] ??= {})["cold-login"] = {
        summary: logins[l.id],
        unit: "logins",
        holds: counts.every((n) => n === 1)
      }
    }
  }
  rows.push({
    name: "cold callers: logins per sample",
    unit: "logins",
    cells: logins,
    cross: null,
    goal: "exactly 1",
    goalId: "cold-login"
  })
  absolute("CLI: node -e 0 (its Node)", "node", "wall", "ms", 1 / 1000)
  absolute("CLI: galileo-effect --help", "help", "wall", "ms", 1 / 1000)
  absolute("CLI: galileo-effect token (one login)", "cli-token", "wall", "ms", 1 / 1000)
  relative("CLI: --help ÷ node -e 0", "help", "node", "wall", { id: "help", limit: 1.5 })
  relative("CLI: token ÷ node -e 0", "cli-token", "node", "wall", { id: "cli-token", limit: 3 })
  return { rows, goalsOf, usable }
}

const main = async () => {
  const started = Date.now()
  const load = { start: loadavg(), end: [] }
  const lineRuns = {}
  const needsBin = sections === undefined || sections.split(",").some((name) => /^cold[- ]start$/.test(name.trim()))
  for (const line of lines.filter((l) => l.usable && needsBin)) buildBin(line)
  if (only !== "side") {
    for (const line of lines.filter((l) => l.usable)) lineRuns[line.id] = runLine(line)
  }
  let side = null
  if (only !== "lines") {
    try {
      side = await sideBySide()
    } catch (error) {
      notes.push(`**side-by-side run failed**: ${error instanceof Error ? error.message : String(error)}`)
      console.error(error)
    }
  } else if (sections === undefined) {
    const file = join(root, "bench", resultsName)
    if (existsSync(file)) side = JSON.parse(readFileSync(file, "utf8")).sideBySide ?? null
    if (side !== null) notes.push(`side-by-side figures read from the last run's bench/${resultsName}`)
  }
  load.end = loadavg()
  const results = {}
  for (const line of lines) {
    results[line.id] = line.usable ? readLineResults(line, only === "side" ? undefined : started) : null
    if (line.usable && results[line.id] === null) notes.push(`${line.title}: no ${line.id}/bench/${resultsName}`)
    else if (line.usable && only === "side") {
      notes.push(`${line.title} line figures read from ${line.id}/bench/${resultsName} of ${results[line.id].date}`)
    }
    for (const name of results[line.id]?.failedSections ?? []) {
      notes.push(`${line.title}: its \`${name}\` section failed (see its bench/${resultsName} notes)`)
    }
  }
  const sbs = side === null ? null : sideRows(side)

  const out = []
  const info = {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${process.platform} ${release()} ${arch()}`
  }
  const title = (l) =>
    `${l.title} (galileo-effect ${l.id === "effect3" ? "0.x" : "1.x"}, Node ${l.nodeVersion}, effect ${l.effect})`
  out.push(
    `\n# galileo-effect, both lines${quick ? " (quick: smoke run, too few rounds to conclude)" : ""}${
      sections === undefined ? "" : ` (sections: ${sections})`
    }\n`,
    `${
      new Date(started).toISOString()
    } · ${info.cores} × ${info.cpu} · ${info.memoryGiB} GiB · ${info.os} · load avg ` +
      `${load.start.map((x) => x.toFixed(2)).join("/")} → ${load.end.map((x) => x.toFixed(2)).join("/")} · ` +
      `${Math.round((Date.now() - started) / 1000)} s`,
    "",
    ...lines.map((l) => `- ${title(l)}${l.usable ? "" : ": skipped"}`)
  )

  // goals on both lines
  const goalList = []
  for (const l of lines) {
    for (const g of results[l.id]?.goals ?? []) if (!goalList.some((x) => x.id === g.id)) goalList.push(g)
  }
  const shown = lines.filter((l) => l.usable)
  const lineCell = (l, id) => {
    const g = results[l.id]?.goals?.find((x) => x.id === id)
    if (g === undefined) return "—"
    if (!g.evaluated) return `not evaluated${g.note ? ` (${g.note})` : ""}`
    const value = g.ratio !== null ? spread(g.ratio, "×") : spread(g, g.unit)
    return `${value} ${verdict(g.holds)}`
  }
  const sideCell = (l, id) => {
    const g = sbs?.goalsOf[l.id]?.[id]
    return g === undefined ? "" : `${spread(g.summary, g.unit)} ${verdict(g.holds)}`
  }
  if (goalList.length > 0) {
    out.push(
      "\n## Goals on both lines\n",
      "Each line's own run (all its variants interleaved with their baselines) and, where it measures the goal too, " +
        "the side-by-side run (both lines interleaved in one rotation). Ratios: median (min–max) over rounds.\n",
      `| goal | ${shown.map((l) => `${l.title}: own run | ${l.title}: side by side`).join(" | ")} |`,
      `|---|${shown.map(() => "---|---").join("|")}|`
    )
    for (const g of goalList) {
      // with --sections, the goals those sections measure
      if (sections !== undefined && !shown.some((l) => results[l.id]?.goals?.find((x) => x.id === g.id)?.evaluated)) {
        continue
      }
      out.push(
        `| ${g.text}${g.retired ? " *(retired micro-goal, reported)*" : ""} | ${
          shown.map((l) => `${lineCell(l, g.id)} | ${sideCell(l, g.id)}`).join(" | ")
        } |`
      )
    }
  }

  if (sbs !== null) {
    const [a, b] = sbs.usable
    out.push(
      `\n## Side by side: the same requests through each line, one server process (${side.server})\n`,
      `${config.rounds} rounds of ${config.calls} sequential requests per sample (cached token: ${config.tokenCalls} × ` +
        `${
          config.tokenOps.toLocaleString("en")
        } ops; cold callers ${config.coldRounds} rounds; CLI ${config.cliRounds} ` +
        "rounds); every variant of both lines in one rotation per round, only one worker running at a time; wall " +
        `time unless said otherwise; median (min–max). ${side.seconds} s.\n`,
      `| measure | ${sbs.usable.map((l) => `${l.title} (Node ${side.workers[l.id]?.node ?? "?"})`).join(" | ")} | ${
        a && b ? `${b.title} ÷ ${a.title}, per round | ` : ""
      }goal |`,
      `|---|${sbs.usable.map(() => "---").join("|")}|${a && b ? "---|" : ""}---|`
    )
    for (const row of sbs.rows) {
      const cells = sbs.usable.map((l) => {
        const s = row.cells[l.id]
        if (s === null || s === undefined) return "—"
        const g = row.goalId === undefined ? undefined : sbs.goalsOf[l.id]?.[row.goalId]
        return `${spread(s, row.unit)}${g === undefined ? "" : ` ${verdict(g.holds)}`}`
      })
      const cross = row.cross === null || row.cross === undefined ?
        "—" :
        Number.isNaN(row.cross.min)
        ? fmt(row.cross.median, "×")
        : spread(row.cross, "×")
      out.push(`| ${row.name} | ${cells.join(" | ")} | ${a && b ? `${cross} | ` : ""}${row.goal ?? ""} |`)
    }
    const conns = Object.entries(side.measured).filter(([k, v]) =>
      v.connections > 0 && !/:(cold|cold-base|node|help|cli-token)$/.test(k)
    )
    out.push(
      "",
      conns.length === 0 ?
        "Keep-alive: no request variant opened a connection during measured samples." :
        `Connections opened during measured samples: ${conns.map(([k, v]) => `${k} ${v.connections}`).join(", ")}.`,
      "How to read it: the raw node:http row is Node alone (the same code on each line's Node); the bare platform " +
        "row adds that line's platform HTTP client; the galileo-effect row adds the library. The \"added by\" row " +
        "(median of per-round differences; the last column is the ratio of the two medians) is the library's own " +
        "cost on its line."
    )
  }

  // plainly
  out.push("\n## Plainly\n")
  for (const l of shown) {
    // with --sections, the goals those sections measure
    const goals = (results[l.id]?.goals ?? []).filter((g) => sections === undefined || g.evaluated)
    const live = goals.filter((g) => !g.retired)
    const holding = live.filter((g) => g.evaluated && g.holds === true)
    const failing = live.filter((g) => g.evaluated && g.holds === false)
    const unknown = live.filter((g) => !g.evaluated)
    const retired = goals.filter((g) => g.retired)
    const sideFailing = Object.entries(sbs?.goalsOf[l.id] ?? {}).filter(([id, v]) =>
      !v.holds && !retired.some((g) => g.id === id)
    ).map(([id]) => id)
    out.push(
      goals.length === 0 ?
        `- ${l.title}: no results from its own run.` :
        `- ${l.title}, own run: ${holding.length} of ${live.length} goals hold` +
        (failing.length > 0 ? `; **not holding: ${failing.map((g) => g.id).join(", ")}**` : "") +
        (unknown.length > 0 ? `; not evaluated: ${unknown.map((g) => g.id).join(", ")}` : "") +
        (retired.length === 0 ? "." : `. Retired micro-goals: ${
          retired.map((g) => `${g.id} ${g.ratio ? fmt(g.ratio.median, "×") : "—"} (${g.holds ? "met" : "not met"})`)
            .join(", ")
        }.`) +
        (sbs === null ?
          "" :
          ` Side by side: ${
            sideFailing.length === 0 ? "every goal it measures holds" : `**not holding: ${sideFailing.join(", ")}**`
          }.`)
    )
  }
  if (load.start[0] > cpus().length / 2) {
    notes.unshift(
      `**the machine was busy**: 1-minute load average ${load.start[0].toFixed(2)} on ${cpus().length} cores at the ` +
        "start: rerun on an idle machine before concluding"
    )
  }
  if (notes.length > 0) out.push("\n## Notes\n", ...notes.map((n) => `- ${n}`))
  console.log(out.join("\n"))

  mkdirSync(join(root, "bench"), { recursive: true })
  writeFileSync(
    join(root, "bench", resultsName),
    JSON.stringify(
      {
        date: new Date(started).toISOString(),
        quick,
        sections: sections ?? null,
        machine: { ...info, loadAverage: load },
        lines: Object.fromEntries(
          lines.map((l) => [l.id, {
            node: l.nodeVersion,
            effect: l.effect,
            usable: l.usable,
            run: lineRuns[l.id] ?? null,
            resultsFile: `${l.id}/bench/${resultsName}`,
            resultsDate: results[l.id]?.date ?? null,
            goals: results[l.id]?.goals ?? null
          }])
        ),
        config,
        sideBySide: side,
        sideBySideRows: sbs?.rows ?? null,
        sideBySideGoals: sbs?.goalsOf ?? null,
        notes
      },
      null,
      2
    ) + "\n"
  )
  const ran = Object.keys(lineRuns).map((id) => `${id}/bench/${resultsName}`)
  console.log(`\nwrote bench/${resultsName}${ran.length === 0 ? "" : ` (each line's own run: ${ran.join(", ")})`}`)
  const failed = Object.values(lineRuns).some((r) => r.status !== 0) ||
    (only !== "lines" && (side === null || (side.failedSections ?? []).length > 0))
  process.exit(failed ? 1 : 0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
