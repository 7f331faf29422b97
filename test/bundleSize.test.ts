/**
 * `npm run bundle-size`, run as a user runs it: both programs of both import styles bundle for
 * the browser with no Node built-in, and the library's deep-import bundle holds none of the
 * heavy modules a barrel import used to drag in. Sizes are reported by the script, not asserted.
 */
import { describe, expect, it } from "@effect/vitest"
import { execFileSync } from "node:child_process"

interface Pair {
  readonly nodeBuiltins: ReadonlyArray<string>
  readonly browserBuildErrors: number
  readonly baseline: { readonly gzip: number }
  readonly library: { readonly gzip: number }
  readonly extraGzip: number
}

describe("npm run bundle-size", () => {
  it("bundles the fetch-only program for the browser, barrel and deep imports, with no Node built-in", () => {
    const output = execFileSync(process.execPath, ["scripts/bundle-size.mjs"], { encoding: "utf8" })
    const summary: { readonly barrel: Pair; readonly deep: Pair; readonly goalBytes: number } = JSON.parse(
      output.trim().split("\n").at(-1) ?? "{}"
    )
    for (const pair of [summary.barrel, summary.deep]) {
      expect(pair.nodeBuiltins).toEqual([])
      expect(pair.browserBuildErrors).toBe(0)
      expect(pair.extraGzip).toBe(pair.library.gzip - pair.baseline.gzip)
    }
    expect(summary.goalBytes).toBe(10 * 1024)
    expect(output).toContain("deep: largest library inputs not in the baseline")
    // no namespace kept whole through a barrel: Stream's machinery and Cron stay out
    expect(output).not.toMatch(/effect\/dist\/esm\/(Cron|internal\/pubsub|internal\/mailbox)\.js/)
  }, 60_000)
})
