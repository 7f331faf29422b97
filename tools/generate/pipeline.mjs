// The part of `npm run generate` both lines share (effect3/scripts/generate.mjs and
// effect4/scripts/generate.mjs import it): read the OpenAPI document, apply its patch, cut it into
// one document per API group, run the line's generator on each (as a child process, from the
// line's installed package: offline), hand each output to the line's post-processing, and write
// (or compare) the files of src/generated/.
//
// - The document: contract/galileo-api.openapi.yaml, Galileo's public API as published (a copy of
//   ../shared/contract/, so that a clone runs alone). Never edited by hand.
// - The patch: contract/galileo-api.patch.json, an RFC 6902 JSON Patch (test / add / remove /
//   replace) applied before anything else. Each operation fixes a mistake of the document, not of a
//   generator; today the four `"default": "None"` on nullable `sort` fields (Python's `None` printed
//   as a string: the default is `null`), each replace behind a test of the value it replaces. A
//   failed test, or a replace or remove whose path is missing, fails the run, so a new version of
//   the document that fixes or moves a site is noticed. (@effect/openapi-generator has a --patch
//   option, add / remove / replace only, applied to the whole document; the groups are cut first.)
// - The groups: `groups` below, one module per group, named after the tags of Galileo's reference.
//   An operation goes to the group of its first tag; an operation whose first tag no group names
//   fails the run (a new tag is a decision to make, not a file to guess). A group's document keeps
//   its operations (in the document's order) and the component schemas they reach, transitively
//   (in the document's order), and everything else of the document as it is. Each group is thus
//   a module of its own: importing one costs its schemas only, and no name can clash across groups.
//
// Command line of both scripts: `node scripts/generate.mjs [--out DIR] [--check]`. Without --out
// the files go to src/generated/ (stale files there are removed); --check writes nothing and exits 1
// when a file would change (the drift test runs `--out` into a temporary directory instead, to show
// the difference).
import { spawn } from "node:child_process"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"

/** The repository's root. */
export const root = fileURLToPath(new URL("../..", import.meta.url))
export const documentPath = join(root, "contract", "galileo-api.openapi.yaml")
export const patchPath = join(root, "contract", "galileo-api.patch.json")

/**
 * The API groups: module name (the file src/generated/<module>.ts), the generator's name for the
 * client (`-n`: the interface, its `<name>Error`), and the tags whose operations it holds.
 */
export const groups = [
  { module: "System", name: "SystemApi", tags: ["health"] },
  { module: "Auth", name: "AuthApi", tags: ["auth"] },
  { module: "Projects", name: "ProjectsApi", tags: ["projects"] },
  { module: "LogStreams", name: "LogStreamsApi", tags: ["log_stream"] },
  { module: "Traces", name: "TracesApi", tags: ["trace"] },
  { module: "Datasets", name: "DatasetsApi", tags: ["datasets"] },
  { module: "Experiments", name: "ExperimentsApi", tags: ["experiment", "experiment_tags"] },
  { module: "Prompts", name: "PromptsApi", tags: ["prompts"] },
  { module: "Scorers", name: "ScorersApi", tags: ["data"] },
  { module: "Jobs", name: "JobsApi", tags: ["jobs", "run_scorer_settings"] },
  { module: "Integrations", name: "IntegrationsApi", tags: ["integrations", "llm_integrations"] },
  { module: "AnnotationQueues", name: "AnnotationQueuesApi", tags: ["annotation_queue", "annotation_queue_records"] },
  { module: "Protect", name: "ProtectApi", tags: ["protect"] },
  { module: "CodeMetrics", name: "CodeMetricsApi", tags: ["code-metric-generation"] }
]

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

/** Applies an RFC 6902 patch (test, add, remove, replace) to a copy of `document`. */
export const applyPatch = (document, patch) => {
  const result = structuredClone(document)
  patch.forEach((operation, index) => {
    const segments = operation.path.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    const key = segments.pop()
    let parent = result
    for (const segment of segments) {
      parent = parent?.[segment]
      if (parent === undefined || parent === null || typeof parent !== "object") {
        throw new Error(`patch operation ${index} (${operation.op} ${operation.path}): no such path in the document`)
      }
    }
    const exists = Array.isArray(parent) ? Number(key) < parent.length : Object.hasOwn(parent, key)
    if (operation.op !== "add" && !exists) {
      throw new Error(`patch operation ${index} (${operation.op} ${operation.path}): no such path in the document`)
    }
    if (operation.op === "test") {
      if (JSON.stringify(parent[key]) !== JSON.stringify(operation.value)) {
        throw new Error(`patch operation ${index} (test ${operation.path}): the document has ${JSON.stringify(parent[key])}, the patch expects ${JSON.stringify(operation.value)}`)
      }
    } else if (operation.op === "remove") {
      if (Array.isArray(parent)) parent.splice(Number(key), 1)
      else delete parent[key]
    } else if (operation.op === "add" && Array.isArray(parent)) {
      parent.splice(key === "-" ? parent.length : Number(key), 0, operation.value)
    } else if (operation.op === "add" || operation.op === "replace") {
      parent[key] = operation.value
    } else {
      throw new Error(`patch operation ${index}: unsupported op ${operation.op}`)
    }
  })
  return result
}

const schemaRefs = (value, found = new Set()) => {
  if (Array.isArray(value)) for (const item of value) schemaRefs(item, found)
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref" && typeof item === "string") {
        const match = /^#\/components\/schemas\/(.+)$/.exec(item)
        if (match === null) throw new Error(`unsupported $ref ${item}: only #/components/schemas/* is followed`)
        found.add(match[1])
      } else schemaRefs(item, found)
    }
  }
  return found
}

/** Cuts the (patched) document into one document per group; every operation lands in exactly one. */
export const groupDocuments = (document) => {
  const byTag = new Map(groups.flatMap((group) => group.tags.map((tag) => [tag, group])))
  const paths = new Map(groups.map((group) => [group, {}]))
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!methods.includes(method)) throw new Error(`${path}: unsupported path item field ${method}`)
      const tag = operation.tags?.[0]
      const group = byTag.get(tag)
      if (group === undefined) {
        throw new Error(`${method.toUpperCase()} ${path}: its first tag (${tag ?? "none"}) is in no group of tools/generate/pipeline.mjs`)
      }
      const groupPaths = paths.get(group)
      groupPaths[path] = { ...groupPaths[path], [method]: operation }
    }
  }
  const schemas = document.components.schemas
  return groups.map((group) => {
    const groupPaths = paths.get(group)
    const reached = new Set()
    const pending = [...schemaRefs(groupPaths)]
    while (pending.length > 0) {
      const name = pending.pop()
      if (reached.has(name)) continue
      if (!Object.hasOwn(schemas, name)) throw new Error(`#/components/schemas/${name} is referenced but not defined`)
      reached.add(name)
      pending.push(...schemaRefs(schemas[name]))
    }
    const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => reached.has(name)))
    const operations = Object.values(groupPaths).reduce((n, item) => n + Object.keys(item).length, 0)
    return {
      ...group,
      operations,
      schemas: reached.size,
      document: { ...document, paths: groupPaths, components: { ...document.components, schemas: kept } }
    }
  })
}

/** Runs `node <script> ...args` and resolves with its standard output; fails on a non-zero exit or any standard error. */
export const runNode = (script, args, options = {}) =>
  new Promise((resolvePromise, reject) => {
    const child = spawn(options.node ?? process.execPath, [script, ...args], {
      cwd: options.cwd,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" }
    })
    const out = []
    const err = []
    child.stdout.on("data", (chunk) => out.push(chunk))
    child.stderr.on("data", (chunk) => err.push(chunk))
    child.on("error", reject)
    child.on("close", (code) => {
      const stderr = Buffer.concat(err).toString("utf8")
      if (code !== 0 || stderr.trim() !== "") {
        reject(new Error(`${relative(root, script)} ${args.join(" ")} exited ${code}:\n${stderr}`))
      } else resolvePromise(Buffer.concat(out).toString("utf8"))
    })
  })

/** Runs `task` on each item, at most `limit` at a time, keeping the order of the results. */
const mapLimit = async (items, limit, task) => {
  const results = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index], index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/**
 * The whole pipeline for one line.
 *
 * - `parseYaml`: the line's `yaml` package's `parse` (each line has it as a devDependency).
 * - `generate(documentFile, group)`: runs the generator on one group's document (a JSON file) and
 *   resolves with its output.
 * - `postProcess(source, group)`: the line's deterministic transforms; returns the file's text.
 * - `lineDir`: the line's folder; the files go to `<lineDir>/src/generated` unless `--out DIR`.
 */
export const run = async ({ parseYaml, generate, postProcess, lineDir, argv = process.argv.slice(2) }) => {
  const started = process.hrtime.bigint()
  const outIndex = argv.indexOf("--out")
  const check = argv.includes("--check")
  const outDir = outIndex === -1 ? join(lineDir, "src", "generated") : resolve(argv[outIndex + 1] ?? "")
  const document = applyPatch(
    parseYaml(readFileSync(documentPath, "utf8")),
    JSON.parse(readFileSync(patchPath, "utf8"))
  )
  const work = mkdtempSync(join(tmpdir(), "galileo-generate-"))
  let files
  try {
    files = await mapLimit(groupDocuments(document), 2, async (group) => {
      const documentFile = join(work, `${group.module}.json`)
      writeFileSync(documentFile, JSON.stringify(group.document))
      const output = await generate(documentFile, group)
      return { group, name: `${group.module}.ts`, text: postProcess(output, group) }
    })
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  const wanted = new Set(files.map((file) => file.name))
  mkdirSync(outDir, { recursive: true })
  const present = readdirSync(outDir).filter((name) => name.endsWith(".ts"))
  const changed = [
    ...files.filter((file) => {
      try {
        return readFileSync(join(outDir, file.name), "utf8") !== file.text
      } catch {
        return true
      }
    }).map((file) => file.name),
    ...present.filter((name) => !wanted.has(name))
  ]
  if (check) {
    if (changed.length > 0) {
      console.error(`src/generated is not what the document gives: ${changed.join(", ")} (run npm run generate)`)
      process.exitCode = 1
    }
  } else {
    for (const name of present.filter((name) => !wanted.has(name))) rmSync(join(outDir, name))
    for (const file of files) writeFileSync(join(outDir, file.name), file.text)
  }
  const lines = files.reduce((n, file) => n + file.text.split("\n").length - 1, 0)
  const ms = Number((process.hrtime.bigint() - started) / 1_000_000n)
  for (const file of files) {
    console.log(
      `${file.name.padEnd(24)} ${String(file.group.operations).padStart(3)} operations ${
        String(file.group.schemas).padStart(4)
      } schemas ${String(file.text.split("\n").length - 1).padStart(6)} lines`
    )
  }
  console.log(`${files.length} files, ${lines} lines, ${ms} ms -> ${relative(process.cwd(), outDir) || "."}${check ? " (checked)" : ""}`)
  return files
}

/** Replaces every match of `pattern` (global) in `text`, and fails unless there are exactly `expected` (a number, or a predicate). */
export const replaceCounted = (text, pattern, replacement, expected, what) => {
  let count = 0
  const result = text.replace(pattern, (...args) => {
    count++
    return typeof replacement === "function" ? replacement(...args) : replacement
  })
  const ok = typeof expected === "function" ? expected(count) : count === expected
  if (!ok) throw new Error(`post-processing "${what}": ${count} sites, expected ${expected}`)
  return { text: result, count }
}

/**
 * A group none of whose operations declares an error response (System: the healthcheck): the
 * generated client's `decodeError` helper is never called (TS6133 under noUnusedLocals). Both
 * generators write it as the last helper before `return {`; it is removed, and only then.
 */
export const removeUnusedDecodeError = (text) => {
  if (/decodeError\("/.test(text)) return { text, count: 0 }
  return replaceCounted(text, /\n {2}const decodeError =\n[\s\S]*?\n(?= {2}return \{\n)/g, "\n", 1, "unused decodeError")
}
