/** Fails a test file if anything rejected or threw without a handler while it ran. */
import { afterAll, expect } from "vitest"

const seen: Array<unknown> = []
process.on("unhandledRejection", (reason) => seen.push(reason))
process.on("uncaughtException", (error) => seen.push(error))

afterAll(() => {
  expect(seen).toEqual([])
})
