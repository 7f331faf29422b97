#!/usr/bin/env node
/**
 * The `galileo-effect` executable. It reads the command line with no dependency, so help,
 * `--version` and usage errors are answered at once; only a command to run loads Effect, in the
 * bundle of that command: `auth` (token, login) or `server` (serve, demo), each whole.
 *
 * A bundle is compiled with a V8 code cache of its own, made when a command has succeeded: it
 * holds the functions that command ran, which Node's compile cache (made before a module runs)
 * does not, so the next start compiles almost nothing. It is kept in Node's compile cache
 * directory (one per user, Node version and V8 flags; none when `NODE_DISABLE_COMPILE_CACHE` is
 * set), one file per command and folder of bundles, which starts with the name of the bundle it
 * was made from: that name carries the bundle's content hash, so a cache is used only with the
 * very bundle it was made from; a rebuilt bundle's cache replaces it. V8 also rejects a cache
 * made by another V8 or with other flags. A cache is written whole, then renamed into place.
 *
 * @since 0.1.0
 */
import * as Module from "node:module"
import { parse } from "./core/cli/Args.js"
import { codes } from "./core/cli/ExitCode.js"
import type { Command, LogLevel } from "./core/cli/Grammar.js"
import { render } from "./core/cli/Help.js"
import { version } from "./version.js"

/** The bundles beside this file, `./auth-<hash>.cjs` and `./server-<hash>.cjs` (`scripts/build-bin.mjs`). */
declare const GALILEO_EFFECT_AUTH: string
declare const GALILEO_EFFECT_SERVER: string

// Node keeps compiled code between runs: of undici (which the TLS client requires), and the
// bundles' code caches live in its directory
Module.enableCompileCache()

// a reader that goes away (`galileo-effect --help | head -1`) is not an error
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0)
  throw error
})

/** What a bundle (CommonJS) exports: `main` of `cli/AuthCommands` or of `cli/Serve`. */
interface Bundle<C extends Command> {
  readonly main: (command: C, level: LogLevel) => void
}

const isBundle = <C extends Command>(u: unknown): u is Bundle<C> =>
  typeof u === "object" && u !== null && "main" in u && typeof u.main === "function"

/** FNV-1a of a string, as 8 hex digits. */
const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(16).padStart(8, "0")
}

/** Runs `command` with the bundle at `url`, compiled with the command's code cache when there is one. */
const run = <C extends Command>(url: URL, command: C, level: LogLevel): void => {
  const fs = process.getBuiltinModule("node:fs")
  const path = process.getBuiltinModule("node:path")
  const vm = process.getBuiltinModule("node:vm")
  const filename = process.getBuiltinModule("node:url").fileURLToPath(url)
  const source = fs.readFileSync(filename, "utf8")
  const cacheDir = Module.getCompileCacheDir()
  const cache = cacheDir === undefined
    ? undefined
    : path.join(cacheDir, `galileo-effect-${command._tag}-${fnv1a(path.dirname(filename))}.v8`)
  const header = Buffer.from(`${path.basename(filename)}\n`)
  let cachedData: Buffer | undefined
  try {
    const file = cache === undefined ? undefined : fs.readFileSync(cache)
    if (file?.subarray(0, header.length).equals(header) === true) cachedData = file.subarray(header.length)
  } catch {
    // none yet
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename,
    cachedData
  })
  if (cache !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
    process.once("exit", (code) => {
      // a command that failed may have stopped early: the cache would miss what a success runs
      if (code !== codes.ok) return
      const temporary = `${cache}.${process.pid}.tmp`
      try {
        fs.writeFileSync(temporary, Buffer.concat([header, script.createCachedData()]))
        fs.renameSync(temporary, cache)
      } catch {
        // a cache is an optimisation: none is written
        fs.rmSync(temporary, { force: true })
      }
    })
  }
  const wrapper: unknown = script.runInThisContext()
  const module: { exports: unknown } = { exports: {} }
  if (typeof wrapper === "function") {
    wrapper(module.exports, Module.createRequire(filename), module, filename, path.dirname(filename))
  }
  if (!isBundle<C>(module.exports)) throw new Error(`${filename} is not a galileo-effect bundle`)
  module.exports.main(command, level)
}

const invocation = parse(process.argv.slice(2))

switch (invocation._tag) {
  case "Help":
    process.stdout.write(render(invocation.command, version))
    break
  case "Version":
    process.stdout.write(`${version}\n`)
    break
  case "UsageError":
    process.stderr.write(`galileo-effect: ${invocation.message}\n`)
    process.exitCode = codes.config
    break
  case "Run": {
    const { command, logLevel } = invocation
    switch (command._tag) {
      case "token":
      case "login":
        run(new URL(GALILEO_EFFECT_AUTH, import.meta.url), command, logLevel)
        break
      case "serve":
      case "demo":
        run(new URL(GALILEO_EFFECT_SERVER, import.meta.url), command, logLevel)
    }
  }
}
