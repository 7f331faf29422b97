/**
 * `npm run bundle-size`, run as a user runs it: both programs of both import styles bundle for
 * the browser with no Node built-in, and the library's deep-import bundle holds none of the
 * heavy modules a barrel import used to drag in. The goal (at most 10 KB gz over the bare
 * platform GET, imports as users write them) is asserted: sizes are deterministic for the locked
 * dependencies. The deep-import pair is the stricter bound the script reports.
 */
import { describe, expect, it } from "@effect/vitest"
import { execFileSync } from "node:child_process"

interface Pair {
  readonly nodeBuiltins: ReadonlyArray<string>
  readonly browserBuildErrors: number
  readonly baseline: { readonly gzip: number }
  readonly library: { readonly gzip: number }
  readonly extraGzip: number
  readonly addedModules: Record<string, number>
}

describe("npm run bundle-size", () => {
  it("bundles the fetch-only program for the browser, barrel and deep imports, with no Node built-in", () => {
    const output = execFileSync(process.execPath, ["scripts/bundle-size.mjs"], { encoding: "utf8" })
    const summary: {
      readonly barrel: Pair
      readonly deep: Pair
      readonly goalBytes: number
      readonly goalMet: boolean
    } = JSON.parse(
      output.trim().split("\n").at(-1) ?? "{}"
    )
    for (const pair of [summary.barrel, summary.deep]) {
      expect(pair.nodeBuiltins).toEqual([])
      expect(pair.browserBuildErrors).toBe(0)
      expect(pair.extraGzip).toBe(pair.library.gzip - pair.baseline.gzip)
    }
    expect(summary.goalBytes).toBe(10 * 1024)
    expect(summary.barrel.extraGzip).toBeLessThanOrEqual(summary.goalBytes)
    expect(summary.goalMet).toBe(true)
    expect(output).toContain("deep: largest library inputs not in the baseline")
    // beyond its own code, the library brings only small modules the bare GET lacks: DateTime,
    // Schedule and ConfigProvider are the largest (Effect 4's fetch client uses none of them, where
    // Effect 3's runtime carried Schedule and Config, so the Effect 3 line's bound is 4 KiB); Stream,
    // Channel and Sink come with Effect's fetch client in both
    const added = Object.keys(summary.deep.addedModules)
    expect(added.filter((path) => /Stream|Channel|Sink|stream|channel|sink/.test(path))).toEqual([])
    expect(Object.values(summary.deep.addedModules).reduce((a, b) => a + b, 0)).toBeLessThan(8 * 1024)
    // no namespace kept whole through a barrel: Cron, PubSub and Queue stay out
    expect(output).not.toMatch(/effect\/dist\/(Cron|PubSub|Queue)\.js/)
  })
})
