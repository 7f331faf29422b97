import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url))

/**
 * The heavy files, run after all the others (`groupOrder`), side by side: the load test saturates
 * a core with 100,000 requests, the package test packs, installs and type-checks in child
 * processes. Beside the other files they would starve them on a two-core machine. Beside each
 * other they only slow down: their timeout is a hang guard, none of their assertions is about time.
 * `npm start` rebuilds dist/bin, which the files that spawn the bin run: it goes after them.
 */
const heavy = ["test/server/load.test.ts", "test/package.test.ts", "test/npmStart.test.ts"]
const hangGuard = 600_000

/** The other files' timeout: a hang guard too, well above what the slowest takes on a busy machine. */
const testTimeout = 120_000

export default defineConfig({
  resolve: {
    alias: [
      { find: /^galileo-effect\/testing$/, replacement: src("testing/index.ts") },
      { find: /^galileo-effect\/node$/, replacement: src("node/index.ts") },
      { find: /^galileo-effect$/, replacement: src("index.ts") }
    ]
  },
  test: {
    setupFiles: ["test/setup/noUnhandled.ts"],
    testTimeout,
    hookTimeout: testTimeout,
    pool: "forks",
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/**/*.test.ts"], exclude: heavy, globalSetup: ["test/setup/buildBin.ts"] }
      },
      {
        extends: true,
        test: {
          name: "heavy",
          include: heavy,
          testTimeout: hangGuard,
          hookTimeout: hangGuard,
          sequence: { groupOrder: 1 }
        }
      }
    ]
  }
})
