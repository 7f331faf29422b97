/**
 * The README's quick start as a user saves and runs it: copied to a file of a fresh directory
 * (outside the repository: `galileo-effect` maps to `src/` through that directory's tsconfig, and
 * `node_modules` is a symlink to the repository's), then run with `node --import tsx` as a child.
 */
import { Effect } from "effect"
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import * as Spawn from "./Spawn.js"

const root = new URL("../..", import.meta.url).pathname

/** The modules the quick start imports by path (`galileo-effect/Projects`...). */
const modules = ["LogStreams", "Projects", "TraceLogger", "Traces"]

/** A fresh directory set up to run the quick start in, removed with the scope. */
export const dir = Effect.acquireRelease(
  Effect.sync(() => {
    const dir = mkdtempSync(join(tmpdir(), "galileo-effect-quickstart-"))
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"))
    writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }))
    const paths = {
      "galileo-effect": [join(root, "src/index.ts")],
      "galileo-effect/node": [join(root, "src/node/index.ts")],
      "galileo-effect/testing": [join(root, "src/testing/index.ts")],
      ...Object.fromEntries(modules.map((name) => [`galileo-effect/${name}`, [join(root, `src/${name}.ts`)]]))
    }
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", paths } })
    )
    return dir
  }),
  (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true }))
)

/** Saves `examples/quickstart.ts` (the README's block, word for word) at `saved` under `dir`. */
export const save = (dir: string, saved: string): string => {
  const file = join(dir, saved)
  mkdirSync(dirname(file), { recursive: true })
  copyFileSync(join(root, "examples/quickstart.ts"), file)
  return file
}

/** How a saved file is named on the command line. */
export type RunAs =
  | { readonly _tag: "AsSaved" }
  | { readonly _tag: "Symlink"; readonly link: string }
  | { readonly _tag: "WithoutExtension" }

/** The path to run a saved file by. */
export const runPath = (dir: string, file: string, how: RunAs): string => {
  switch (how._tag) {
    case "AsSaved":
      return file
    case "Symlink":
      symlinkSync(file, join(dir, how.link))
      return join(dir, how.link)
    case "WithoutExtension":
      return file.replace(/\.ts$/, "")
  }
}

/** Runs a quick start saved under `dir` against `url` with `apiKey`, as the README says. */
export const run = (dir: string, file: string, url: string, apiKey: string) =>
  Spawn.run(process.execPath, ["--import", "tsx", file], {
    GALILEO_API_URL: url,
    GALILEO_API_KEY: apiKey,
    TSX_TSCONFIG_PATH: join(dir, "tsconfig.json")
  })

/** The messages of the quick start's `Effect.log` lines (`[12:00:00.000] INFO (#1): message`), in order. */
export const logged = (result: Spawn.Result): Array<string> =>
  [...result.stdout.matchAll(/^\[[\d:.]+\] INFO \(#\d+\): (.*)$/gm)].map((m) => m[1] ?? "")

/** A quick start run's steps, and the ids they name (`""` where a step is not there, or not of its form). */
export interface Steps {
  readonly lines: ReadonlyArray<string>
  readonly projectId: string
  readonly logStreamName: string
  readonly logStreamId: string
  readonly traceId: string
}

/** The steps a quick start run logged. */
export const steps = (result: Spawn.Result): Steps => {
  const lines = logged(result)
  const at = (i: number, pattern: RegExp) => pattern.exec(lines[i] ?? "")?.slice(1) ?? []
  const [projectId = ""] = at(0, /^Project quickstart: (\S+)$/)
  const [logStreamName = "", logStreamId = ""] = at(1, /^Log stream (.+): (\S+)$/)
  const [traceId = ""] = at(2, /^Logged trace (\S+) with /)
  return { lines, projectId, logStreamName, logStreamId, traceId }
}

/** The lines a run that found or made `steps`' project, log stream and trace must have logged, exactly. */
export const expectedLines = (steps: Steps): Array<string> => [
  `Project quickstart: ${steps.projectId}`,
  `Log stream ${steps.logStreamName}: ${steps.logStreamId}`,
  `Logged trace ${steps.traceId} with 2 spans`,
  `Read back trace ${steps.traceId}: retriever search, llm answer`
]
