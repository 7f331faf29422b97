/** Runs the bundled CLI (or npm) as a child process with a clean environment. */
import { Effect } from "effect"
import { execFile, spawn } from "node:child_process"

export interface Result {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

export const bin = "dist/bin/galileo-effect.mjs"

/** The parent's environment without any GALILEO_* variable, plus `env`. */
export const cleanEnv = (env: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("GALILEO_"))),
  ...env
})

export const run = (file: string, args: ReadonlyArray<string>, env: Record<string, string> = {}) =>
  Effect.async<Result>((resume) => {
    const child = execFile(file, [...args], { env: cleanEnv(env), timeout: 60_000 }, (error, stdout, stderr) => {
      resume(Effect.succeed({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr }))
    })
    return Effect.sync(() => child.kill())
  })

export const cli = (args: ReadonlyArray<string>, env: Record<string, string> = {}) =>
  run(process.execPath, [bin, ...args], env)

/** Starts a long-running CLI process; resolves with its first stdout line matching `ready`. */
export const start = (args: ReadonlyArray<string>, ready: RegExp) =>
  Effect.acquireRelease(
    Effect.async<{ readonly line: string; readonly stop: Effect.Effect<number> }>((resume) => {
      const child = spawn(process.execPath, [bin, ...args], { env: cleanEnv() })
      const exited = new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? -1)))
      let buffer = ""
      child.stdout.on("data", (chunk: Buffer) => {
        buffer += chunk.toString("utf8")
        const line = buffer.split("\n").find((l) => ready.test(l))
        if (line !== undefined) {
          resume(Effect.succeed({
            line,
            stop: Effect.promise(() => {
              child.kill("SIGINT")
              return exited
            })
          }))
        }
      })
    }),
    ({ stop }) => stop
  )
