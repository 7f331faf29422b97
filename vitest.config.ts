import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url))

export default defineConfig({
  resolve: {
    alias: [
      { find: /^galileo-effect\/testing$/, replacement: src("testing/index.ts") },
      { find: /^galileo-effect\/node$/, replacement: src("node/index.ts") },
      { find: /^galileo-effect$/, replacement: src("index.ts") }
    ]
  },
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/setup/buildBin.ts"],
    setupFiles: ["test/setup/noUnhandled.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    poolOptions: { forks: { maxForks: 2, minForks: 1 } }
  }
})
