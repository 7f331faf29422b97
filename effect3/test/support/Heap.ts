/**
 * The heap a test's state retains: `heapUsed` right after full garbage collections, so that what
 * is measured is what something still holds, not garbage not yet collected. Bytes, never time.
 */
import { setFlagsFromString } from "node:v8"
import { runInNewContext } from "node:vm"

setFlagsFromString("--expose-gc")
const gc: unknown = runInNewContext("gc")

/** The heap still reachable, in bytes, after collecting everything that is not. */
export const retained = (): number => {
  if (typeof gc !== "function") throw new Error("no gc(): --expose-gc did not take")
  for (let i = 0; i < 3; i++) gc()
  return process.memoryUsage().heapUsed
}
