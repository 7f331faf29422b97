/**
 * What each command loads, read from the esbuild metafile of the bundle the globalSetup built
 * (`dist/bin.meta.json`): `--help` loads no dependency, `token` no server, undici or test-only
 * module, and nothing loads @effect/cli, yaml or fast-check.
 */
import { describe, expect, it } from "@effect/vitest"
import { readFileSync } from "node:fs"

interface Output {
  readonly bytes: number
  readonly entryPoint?: string
  readonly imports: ReadonlyArray<{ readonly path: string; readonly kind: string; readonly external?: boolean }>
  readonly inputs: Readonly<Record<string, { readonly bytesInOutput: number }>>
}

const meta: { readonly outputs: Readonly<Record<string, Output>> } = JSON.parse(
  readFileSync("dist/bin.meta.json", "utf8")
)

const outputOf = (entry: string): string => {
  const found = Object.entries(meta.outputs).find(([, o]) => o.entryPoint === entry)
  if (found === undefined) throw new Error(`no chunk for ${entry}`)
  return found[0]
}

/** The files an output loads before it runs (static imports, transitively). */
const staticClosure = (file: string, seen = new Set<string>()): Set<string> => {
  if (seen.has(file)) return seen
  seen.add(file)
  for (const i of meta.outputs[file]?.imports ?? []) {
    if (i.kind === "import-statement" && i.external !== true) staticClosure(i.path, seen)
  }
  return seen
}

const inputsOf = (files: Iterable<string>): ReadonlyArray<string> =>
  [...files].flatMap((f) => Object.keys(meta.outputs[f]?.inputs ?? {}))

const bytesOf = (files: Iterable<string>): number => [...files].reduce((n, f) => n + (meta.outputs[f]?.bytes ?? 0), 0)

describe("the bundle (dist/bin)", () => {
  it("--help, --version and usage errors load no dependency", () => {
    const inputs = inputsOf(staticClosure(outputOf("src/bin.ts")))
    expect(inputs.filter((i) => i.includes("node_modules"))).toEqual([])
  })

  it("token and login load neither the server, nor undici, nor a test-only module", () => {
    const files = staticClosure(outputOf("src/cli/AuthCommands.ts"))
    const inputs = inputsOf(files)
    for (const unwanted of [/undici/, /\bws\//, /testing\//, /internal\/server\//, /find-my-way/, /msgpackr/]) {
      expect(inputs.filter((i) => unwanted.test(i)), unwanted.source).toEqual([])
    }
    expect(bytesOf(files)).toBeLessThan(400 * 1024)
  })

  it("nothing carries @effect/cli, yaml, toml or fast-check", () => {
    const inputs = inputsOf(Object.keys(meta.outputs))
    for (const unwanted of [/@effect\/cli/, /node_modules\/yaml/, /toml/, /node_modules\/fast-check/, /pure-rand/]) {
      expect(inputs.filter((i) => unwanted.test(i)), unwanted.source).toEqual([])
    }
  })
})
