// Copied from core/test/boundary.test.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The Effect-free core (issue 19): `src/core/**` imports no Effect module and nothing outside
 * itself but Node built-ins, and ESLint's `no-restricted-imports` rule for `src/core/**` keeps it so.
 * Plain vitest: no Effect in this file either.
 */
import { ESLint } from "eslint"
import { readdirSync, readFileSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import ts from "typescript"
import { describe, expect, it } from "vitest"

const root = resolve(dirname(new URL(import.meta.url).pathname), "../..")
const core = join(root, "src/core")

const filesUnder = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(dir, entry.name))
      : entry.name.endsWith(".ts")
      ? [join(dir, entry.name)]
      : []
  ).sort()

/** Every module specifier of a file: imports and re-exports (type-only too), `import()`, `require()`. */
const specifiers = (file: string): ReadonlyArray<string> => {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true)
  const found: Array<string> = []
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier !== undefined) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text)
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression
      if (ts.isStringLiteral(expression)) found.push(expression.text)
    } else if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const [first] = node.arguments
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === "require"
      if ((isImport || isRequire) && first !== undefined && ts.isStringLiteralLike(first)) found.push(first.text)
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal
      if (ts.isStringLiteral(literal)) found.push(literal.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

const isEffect = (specifier: string): boolean =>
  specifier === "effect" || specifier.startsWith("effect/") || specifier.startsWith("@effect/")

describe("src/core is Effect-free", () => {
  const files = filesUnder(core)

  it("holds exactly the repository's core/src, each file a copy that names its source", () => {
    const repositoryCore = join(root, "..", "core/src")
    expect(files.map((f) => relative(core, f))).toEqual(
      filesUnder(repositoryCore).map((f) => relative(repositoryCore, f))
    )
    expect(files.length).toBeGreaterThanOrEqual(19)
    for (const file of files) {
      expect(readFileSync(file, "utf8").split("\n")[0]).toBe(
        `// Copied from core/src/${
          relative(core, file)
        } by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.`
      )
    }
  })

  it("imports no Effect module, and nothing outside src/core but Node built-ins", () => {
    const offending = files.flatMap((file) =>
      specifiers(file).filter((s) =>
        isEffect(s) || (s.startsWith(".") ? !resolve(dirname(file), s).startsWith(`${core}/`) : !s.startsWith("node:"))
      ).map((s) => `${relative(root, file)}: ${s}`)
    )
    expect(offending).toEqual([])
  })

  it("the scan sees every kind of import it checks", () => {
    const probe = join(root, "test/core/fixtures/imports.ts.txt")
    expect(specifiers(probe)).toEqual([
      "effect/Option",
      "effect",
      "@effect/platform/HttpApi",
      "effect/Duration",
      "effect/Schema",
      "effect/Redacted",
      "./local.js",
      "node:crypto"
    ])
  })
})

describe("the ESLint rule that keeps src/core Effect-free", () => {
  const eslint = new ESLint({ cwd: root })
  const restricted = async (filePath: string, code: string): Promise<number> => {
    const [result] = await eslint.lintText(code, { filePath: join(root, filePath) })
    return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").length
  }
  const cases = [
    "import * as Option from \"effect/Option\"\nexport const x = Option.none()\n",
    "import { Option } from \"effect\"\nexport const x = Option.none()\n",
    "import type * as HttpApi from \"@effect/platform/HttpApi\"\nexport type X = HttpApi.HttpApi.Any\n",
    "export type { Duration } from \"effect/Duration\"\n"
  ]

  it("refuses each Effect import in src/core", async () => {
    for (const code of cases) expect(await restricted("src/core/server/probe.ts", code)).toBe(1)
    expect(await restricted("src/core/other/deeper/probe.ts", cases[0] ?? "")).toBe(1)
  })

  it("allows deep Effect imports on the Effect side", async () => {
    expect(await restricted("src/server/probe.ts", cases[0] ?? "")).toBe(0)
    expect(await restricted("src/testing/probe.ts", cases[0] ?? "")).toBe(0)
  })

  it("passes the core's own files", async () => {
    const results = await eslint.lintFiles(["src/core/**/*.ts"])
    expect(results.length).toBe(filesUnder(core).length)
    expect(results.flatMap((r) => r.messages.map((m) => `${relative(root, r.filePath)}: ${m.ruleId}`))).toEqual([])
  })
})
