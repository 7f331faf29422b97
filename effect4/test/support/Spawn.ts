/** Runs the bundled CLI (or npm) as a child process with a clean environment. */
import { Effect } from "effect"
import { execFile, spawn } from "node:child_process"

export interface Result {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

export const bin = "dist/bin/galileo-effect.mjs"

/** Variables that would change what the CLI does or prints. */
const ambient = /^(GALILEO_|SPLUNK_AO_|NODE_TLS_REJECT_UNAUTHORIZED$|NO_COLOR$|FORCE_COLOR$)/

/** The parent's environment without any GALILEO_* / SPLUNK_AO_* (or colour) variable, plus `env`. */
export const cleanEnv = (env: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !ambient.test(k))),
  ...env
})

export const run = (file: string, args: ReadonlyArray<string>, env: Record<string, string> = {}) =>
  Effect.callback<Result>((resume) => {
    const child = execFile(file, [...args], { env: cleanEnv(env), timeout: 60_000 }, (error, stdout, stderr) => {
      resume(Effect.succeed({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr }))
    })
    return Effect.sync(() => child.kill())
  })

export const cli = (args: ReadonlyArray<string>, env: Record<string, string> = {}) =>
  run(process.execPath, [bin, ...args], env)

export interface Started {
  /** The first stdout line that matched. */
  readonly line: string
  /** Everything printed on stdout so far. */
  readonly stdout: () => string
  /** Sends SIGINT and waits for the exit code. */
  readonly stop: Effect.Effect<number>
}

/**
 * Starts a long-running CLI process; succeeds with its first stdout line matching `ready`, fails
 * with its output if it exits before.
 */
export const start = (args: ReadonlyArray<string>, ready: RegExp, env: Record<string, string> = {}) =>
  Effect.acquireRelease(
    Effect.callback<Started, Result>((resume) => {
      const child = spawn(process.execPath, [bin, ...args], { env: cleanEnv(env) })
      const exited = new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? -1)))
      let stdout = ""
      let stderr = ""
      let done = false
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString("utf8")
      })
      child.on("exit", (code) => {
        if (!done) resume(Effect.fail({ code: code ?? -1, stdout, stderr }))
        done = true
      })
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString("utf8")
        const line = stdout.split("\n").find((l) => ready.test(l))
        if (line !== undefined && !done) {
          done = true
          resume(Effect.succeed({
            line,
            stdout: () => stdout,
            stop: Effect.promise(() => {
              child.kill("SIGINT")
              return exited
            })
          }))
        }
      })
      return Effect.sync(() => child.kill())
    }),
    ({ stop }) => stop
  )
