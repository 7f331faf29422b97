/**
 * The published package, as a new user meets it: packed, installed into a fresh project with
 * README's install lines as written, its bin serving, a first authenticated call from ESM (and
 * from CommonJS through Node's `require(esm)`: the package is ESM only, like `effect` 4), and
 * consumers' declaration emit under the tsconfigs people use.
 */
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import { execFile, spawn } from "node:child_process"
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const root = new URL("..", import.meta.url).pathname

/** What the package is built and packed from. */
const packed = [
  "package.json",
  "README.md",
  "CHANGELOG.md",
  "LICENSE",
  "src",
  "scripts",
  "tsconfig.json",
  "tsconfig.build.json"
]

/** The files both lines pack from the repository's root. */
const repositoryFiles = ["README.md", "CHANGELOG.md", "LICENSE"]

/** Flags added to every `npm` line: quiet, and from the local cache when it has the package. */
const npmFlags = ["--no-audit", "--no-fund", "--loglevel=error", "--prefer-offline"]

interface Result {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** The parent's environment without GALILEO_* and without what an enclosing `npm run` set. */
const env = (): NodeJS.ProcessEnv =>
  Object.fromEntries(
    Object.entries(process.env).filter(([k]) =>
      !k.startsWith("GALILEO_") && !k.startsWith("npm_package_") && !k.startsWith("npm_lifecycle_") &&
      k !== "npm_config_local_prefix" && k !== "INIT_CWD"
    )
  )

/**
 * A child's hang guard (only a stuck child reaches it: a busy machine makes the steps slower, and
 * the file runs alone with a test timeout longer still, see vitest.config.ts).
 */
const childHangGuard = 300_000

const run = (file: string, args: ReadonlyArray<string>, cwd: string, timeout = childHangGuard): Promise<Result> =>
  new Promise((resolve) => {
    execFile(file, [...args], { cwd, env: env(), timeout, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1
      resolve({ code, stdout, stderr: error !== null && stderr === "" ? error.message : stderr })
    })
  })

const show = (command: string, result: Result): string =>
  `${command} exited with ${result.code}\n${result.stdout}${result.stderr}`.trim()

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"))

/** The installed version of `name` in `dir`, "none" when it is not installed. */
const versionOf = (dir: string, name: string): string => {
  const path = join(dir, "node_modules", name, "package.json")
  if (!existsSync(path)) return "none"
  const json = readJson(path)
  return typeof json === "object" && json !== null && "version" in json && typeof json.version === "string"
    ? json.version
    : "none"
}

/** Every version of `name` anywhere in an `npm ls --all --json` tree. */
const versionsIn = (tree: unknown, name: string): Array<string> => {
  if (typeof tree !== "object" || tree === null || !("dependencies" in tree)) return []
  const deps = tree.dependencies
  if (typeof deps !== "object" || deps === null) return []
  return Object.entries(deps).flatMap(([dep, node]) => [
    ...(dep === name && typeof node === "object" && node !== null && "version" in node &&
        typeof node.version === "string"
      ? [node.version]
      : []),
    ...versionsIn(node, name)
  ])
}

/** This line's README block: `<!-- install: effect4 ... -->`, its package named `galileo-effect`. */
const line = "effect4"
const packageSpec = "galileo-effect"

/** The lines of README's `sh` block right after this line's `<!-- install: <line> ... -->` marker. */
const installLines = (readme: string): Array<string> => {
  const lines = readme.split("\n")
  const marker = lines.findIndex((text) => new RegExp(`^<!-- install: ${line}\\b`).test(text))
  if (marker < 0 || lines[marker + 1]?.trim() !== "```sh") return []
  const end = lines.findIndex((line, i) => i > marker + 1 && line.trim() === "```")
  return lines.slice(marker + 2, end < 0 ? undefined : end).map((line) => line.trim()).filter((line) =>
    line !== "" && !line.startsWith("#")
  )
}

/** Starts `bin serve --port 0`; resolves with the URL it prints and a way to stop it. */
const serve = (bin: string, cwd: string) =>
  new Promise<{ readonly url: string; readonly stop: () => Promise<number | string> }>((resolve, reject) => {
    const child = spawn(bin, ["serve", "--port", "0"], { cwd, env: env() })
    const exited = new Promise<number | string>((done) =>
      child.on("exit", (code, signal) => done(code ?? signal ?? -1))
    )
    let out = ""
    let err = ""
    const timer = setTimeout(() => {
      child.kill("SIGKILL")
      reject(new Error(`serve printed no URL within ${childHangGuard / 1000}s\n${out}${err}`))
    }, childHangGuard)
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString("utf8")
    })
    child.on("exit", (code) => {
      clearTimeout(timer)
      reject(new Error(`serve exited with ${code} before printing a URL\n${out}${err}`))
    })
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8")
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1]
      if (url === undefined) return
      clearTimeout(timer)
      resolve({
        url,
        stop: () => {
          child.kill("SIGINT")
          const kill = setTimeout(() => child.kill("SIGKILL"), 5_000)
          return exited.finally(() => clearTimeout(kill))
        }
      })
    })
  })

/** Consumer tsconfigs: what people declare with, and what `tsc --init` hands them. */
const tsconfigs: ReadonlyArray<readonly [string, Record<string, unknown>]> = (() => {
  const common = { target: "ES2022", strict: true, types: ["node"] }
  const node16 = { ...common, module: "node16", moduleResolution: "node16" }
  const bundler = { ...common, module: "esnext", moduleResolution: "bundler" }
  return [
    // this one also checks the shipped .d.ts files themselves
    ["node16-declaration", { ...node16, declaration: true, skipLibCheck: false }],
    ["node16-composite", { ...node16, declaration: true, composite: true, skipLibCheck: true }],
    ["bundler-declaration", { ...bundler, declaration: true, skipLibCheck: true }],
    ["bundler-composite", { ...bundler, declaration: true, composite: true, skipLibCheck: true }],
    // TypeScript 7's `tsc --init`, in the options 5.9 knows
    ["tsc7-init", {
      module: "nodenext",
      target: "esnext",
      types: [],
      sourceMap: true,
      declaration: true,
      declarationMap: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      strict: true,
      jsx: "react-jsx",
      verbatimModuleSyntax: true,
      isolatedModules: true,
      noUncheckedSideEffectImports: true,
      moduleDetection: "force",
      skipLibCheck: true
    }]
  ]
})()

describe("the published package", () => {
  const dir = mkdtempSync(join(tmpdir(), "galileo-effect-pack-"))
  const app = join(dir, "app")
  let tarball = ""

  beforeAll(async () => {
    // pack a copy, so its prepack build does not touch the dist/ other tests run from
    const copy = join(dir, "source")
    for (const entry of packed) {
      // README, CHANGELOG and LICENSE are the repository's, shared by both lines
      const from = repositoryFiles.includes(entry) ? join(root, "..", entry) : join(root, entry)
      cpSync(from, join(copy, entry), { recursive: true })
    }
    symlinkSync(join(root, "node_modules"), join(copy, "node_modules"))
    const pack = await run("npm", ["pack", "--silent", "--pack-destination", dir], copy)
    if (pack.code !== 0) throw new Error(show("npm pack (prepack: clean + build)", pack))
    tarball = join(dir, readdirSync(dir).find((f) => f.endsWith(".tgz")) ?? "none.tgz")
  })

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it("packs the ESM and bin builds (no CommonJS build) and nothing of the repository's own", async () => {
    expect(tarball).toMatch(/\/galileo-effect-\d+\.\d+\.\d+(-[\w.]+)?\.tgz$/)
    const listing = (await run("tar", ["-tzf", tarball], dir)).stdout
    for (const file of ["dist/esm/index.js", "dist/esm/index.d.ts", "dist/esm/GalileoError.d.ts"]) {
      expect(listing).toContain(`package/${file}`)
    }
    expect(listing).not.toContain("package/dist/cjs/")
    expect(listing).toContain("package/dist/bin/galileo-effect.mjs")
    expect(listing).not.toContain("package/test/")
    expect(listing).not.toContain("package/node_modules/")
    // the CLI is the bundle in dist/bin: no compiled copy of it (the export map blocks those), nor its source
    for (const copy of ["dist/esm/cli/", "dist/cjs/cli/", "dist/esm/bin.", "dist/cjs/bin.", "src/cli/", "src/bin.ts"]) {
      expect(listing).not.toContain(`package/${copy}`)
    }
    expect(listing).not.toMatch(/^package\/(dist\/(esm|cjs)|src)\/core\/cli\//m)
  })

  it("installs with README's install lines, as written, on the Effect 4 line", async () => {
    const lines = installLines(readFileSync(join(root, "..", "README.md"), "utf8"))
    expect(lines.length, `README.md: no \`\`\`sh block after <!-- install: ${line} ... -->`).toBeGreaterThan(0)
    expect(lines.filter((text) => !text.startsWith("npm ")), "install lines that are not npm commands").toEqual([])
    expect(lines.filter((text) => text.split(/\s+/).includes(packageSpec))).toHaveLength(1)
    mkdirSync(app)
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }))
    for (const text of lines) {
      const args = text.split(/\s+/).slice(1).map((word) => word === packageSpec ? tarball : word)
      const result = await run("npm", [...args, ...npmFlags], app)
      expect(result.code, show(text, result)).toBe(0)
    }
    expect(versionOf(app, "effect")).toMatch(/^4\./)
    expect(versionOf(app, "@effect/platform")).toBe("none")
    expect(versionOf(app, "@effect/platform-node")).toMatch(/^4\./)
    expect(versionOf(app, "@effect/vitest")).toMatch(/^4\./)
    const ls = await run("npm", ["ls", "--all", "--json"], app)
    expect(ls.code, show("npm ls", ls)).toBe(0)
    const tree: unknown = JSON.parse(ls.stdout)
    // one effect 4 for everything: the library, platform-node (and its -shared), vitest's adapter
    expect(new Set(versionsIn(tree, "effect")).size).toBe(1)
    expect(versionsIn(tree, "effect").filter((v) => !v.startsWith("4."))).toEqual([])
    expect(versionsIn(tree, "@effect/platform")).toEqual([])
    expect(versionsIn(tree, "@effect/schema")).toEqual([])

    // what the type-checks below need, pinned like the rest (@types/ws: with skipLibCheck off,
    // @effect/platform-node's own declarations need it)
    const tools = ["typescript@~5.9", "@types/node@^22", "@types/ws@^8"]
    const installed = await run("npm", ["install", "--save-dev", ...tools, ...npmFlags], app)
    expect(installed.code, show(`npm install --save-dev ${tools.join(" ")}`, installed)).toBe(0)
  })

  it("ships no file that nothing reaches (by the export map, the bin, an import, a source map)", async () => {
    copyFileSync(join(root, "test/package/reachable.mjs"), join(app, "reachable.mjs"))
    const reached = new Set<string>(["README.md", "CHANGELOG.md", "LICENSE"])
    for (const conditions of [[], ["--conditions=types"]]) {
      const result = await run(process.execPath, [...conditions, "reachable.mjs"], app)
      expect(result.code, show(`node ${conditions.join(" ")} reachable.mjs`, result)).toBe(0)
      const paths: unknown = JSON.parse(result.stdout)
      expect(Array.isArray(paths)).toBe(true)
      for (const path of Array.isArray(paths) ? paths : []) reached.add(String(path))
    }
    const files = (await run("tar", ["-tzf", tarball], dir)).stdout.split("\n")
      .filter((f) => f !== "" && !f.endsWith("/")).map((f) => f.replace(/^package\//, ""))
    expect(files.length).toBeGreaterThan(100)
    expect(files.filter((f) => !reached.has(f))).toEqual([])
  })

  it("serves from the packaged bin, and a first call works from ESM and CommonJS", async () => {
    for (const file of ["esm.mjs", "cjs.cjs"]) copyFileSync(join(root, "test/package", file), join(app, file))
    const server = await serve(join(app, "node_modules/.bin/galileo-effect"), app)
    try {
      const [esm, cjs] = await Promise.all([
        run(process.execPath, ["esm.mjs", server.url], app),
        run(process.execPath, ["cjs.cjs", server.url], app)
      ])
      expect(esm.code, show("node esm.mjs", esm)).toBe(0)
      expect(cjs.code, show("node cjs.cjs", cjs)).toBe(0)
      const email = /^esm ok (\S+@\S+)\n$/.exec(esm.stdout)?.[1]
      expect(esm.stdout).toMatch(/^esm ok \S+@\S+\n$/)
      expect(cjs.stdout).toBe(`cjs ok ${email} GalileoUnauthorized\n`)
    } finally {
      await server.stop()
    }
  })

  it("names every type in consumers' declarations (quick start, catchTag programs, Layers)", async () => {
    copyFileSync(join(root, "examples/quickstart.ts"), join(app, "quickstart.ts"))
    copyFileSync(join(root, "test/package/consumer.ts"), join(app, "consumer.ts"))
    for (const [name, options] of tsconfigs) {
      writeFileSync(
        join(app, `tsconfig.${name}.json`),
        JSON.stringify({
          compilerOptions: { ...options, outDir: `out/${name}`, tsBuildInfoFile: `out/${name}.tsbuildinfo` },
          files: ["quickstart.ts", "consumer.ts"]
        })
      )
    }
    const tsc = join(app, "node_modules/typescript/bin/tsc")
    const results: Array<readonly [string, number, string]> = []
    // two at a time: CI has two cores
    const queue = [...tsconfigs.map(([name]) => name)]
    const worker = async () => {
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
        const result = await run(process.execPath, [tsc, "-p", `tsconfig.${name}.json`], app)
        results.push([name, result.code, (result.stdout + result.stderr).trim()])
      }
    }
    await Promise.all([worker(), worker()])
    const byName = (a: readonly [string, number, string], b: readonly [string, number, string]) =>
      a[0].localeCompare(b[0])
    const clean = (name: string): readonly [string, number, string] => [name, 0, ""]
    expect(results.sort(byName)).toEqual(tsconfigs.map(([name]) => clean(name)).sort(byName))
  })
})
