/**
 * The embedded server's memory is bounded by its configuration, not by traffic: many large
 * unauthenticated POSTs leave the heap, after a full GC, within the log's byte budget (run in a
 * child process with `--expose-gc`; bytes are counted, not seconds).
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { execFile } from "node:child_process"
import { fileURLToPath } from "node:url"

const script = fileURLToPath(new URL("./child/memoryServer.ts", import.meta.url))
const MiB = 1024 * 1024

const run = (options: object, count: number, bodyBytes: number) =>
  Effect.callback<{ growth: number; kept: number; keptChars: number; requests: Record<string, number> }, Error>(
    (resume) => {
      const child = execFile(
        process.execPath,
        ["--expose-gc", "--import", "tsx", script, JSON.stringify(options), String(count), String(bodyBytes)],
        { maxBuffer: 1024 * 1024 },
        (error, stdout, stderr) =>
          resume(
            error === null ? Effect.succeed(JSON.parse(stdout)) : Effect.fail(new Error(`${error.message} ${stderr}`))
          )
      )
      return Effect.sync(() => child.kill())
    }
  )

describe("memory bounded by configuration", () => {
  it.live(
    "600 POSTs of 256 KiB to any path: the heap grows by at most the log's budget (8 MiB) and a margin",
    () =>
      Effect.gen(function*() {
        const result = yield* run({ logMaxBytes: 8 * MiB }, 600, 256 * 1024)
        const total = Object.values(result.requests).reduce((a, b) => a + b, 0)
        expect(total).toBe(600)
        // each entry keeps 64 Ki characters of its body: 8 MiB at 2 bytes a character holds 63 of them
        expect(result.kept).toBe(63)
        expect(result.keptChars).toBe(63 * 64 * 1024)
        expect(result.growth).toBeLessThan(8 * MiB + 8 * MiB)
      }),
    120_000
  )

  it.live(
    "with the default budget (64 MiB) the log keeps copies: 1,000 POSTs of 256 KiB stay under it",
    () =>
      Effect.gen(function*() {
        const result = yield* run({}, 1000, 256 * 1024)
        expect(result.kept).toBe(510)
        expect(result.growth).toBeLessThan(64 * MiB + 16 * MiB)
      }),
    120_000
  )
})
