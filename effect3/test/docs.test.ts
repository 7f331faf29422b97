/**
 * The API documentation of every public module: each export carries `@since` and `@category`,
 * and each `@example` is real, compiling code against the library's source.
 */
import { describe, expect, it } from "@effect/vitest"
import { execFile } from "node:child_process"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import ts from "typescript"

const root = new URL("..", import.meta.url).pathname

/** The public modules: not `src/internal/**`, not `src/cli/**`. */
const publicDirs = ["src", "src/services", "src/contract", "src/node", "src/testing"]

const modules: ReadonlyArray<string> = publicDirs.flatMap((dir) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts"))
    .map((entry) => `${dir}/${entry.name}`)
    .sort()
)

const parse = (file: string): ts.SourceFile =>
  ts.createSourceFile(file, readFileSync(join(root, file), "utf8"), ts.ScriptTarget.Latest, true)

const lineOf = (source: ts.SourceFile, pos: number): number => source.getLineAndCharacterOfPosition(pos).line + 1

/** The `/** ... *\/` comments right before `node`, in order. */
const jsDocsBefore = (source: ts.SourceFile, node: ts.Node): Array<ts.CommentRange> =>
  (ts.getLeadingCommentRanges(source.text, node.pos) ?? []).filter((range) =>
    range.kind === ts.SyntaxKind.MultiLineCommentTrivia && source.text.startsWith("/**", range.pos)
  )

const commentText = (source: ts.SourceFile, range: ts.CommentRange): string => source.text.slice(range.pos, range.end)

const hasTag = (doc: string, tag: string): boolean => new RegExp(`@${tag}[ \\t]+\\S`).test(doc)

const isExported = (statement: ts.Statement): boolean =>
  ts.canHaveModifiers(statement) &&
  (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)

interface Exported {
  readonly name: string
  readonly statement: ts.Statement
  /** `export * as X` / `export { x } from`: a barrel line. */
  readonly reexport: boolean
}

/** The export declarations the docs cover (the first signature only of an overloaded function). */
const exportsOf = (source: ts.SourceFile): Array<Exported> => {
  const seen = new Set<string>()
  return source.statements.flatMap((statement): Array<Exported> => {
    if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause
      if (clause === undefined) return [] // `export * from`: documented where it is declared
      const name = ts.isNamespaceExport(clause)
        ? `* as ${clause.name.text}`
        : `{ ${clause.elements.map((e) => e.name.text).join(", ")} }`
      return [{ name, statement, reexport: true }]
    }
    if (ts.isExportAssignment(statement)) return [{ name: "default", statement, reexport: false }]
    if (!isExported(statement)) return []
    const name = ts.isVariableStatement(statement)
      ? statement.declarationList.declarations.map((d) => d.name.getText(source)).join(", ")
      : (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) ||
          ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) ||
          ts.isModuleDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name !== undefined
      ? statement.name.getText(source)
      : "(anonymous)"
    const key = `${ts.SyntaxKind[statement.kind]} ${name}`
    if (ts.isFunctionDeclaration(statement) && seen.has(key)) return []
    seen.add(key)
    return [{ name, statement, reexport: false }]
  })
}

/** Every problem with the `@since` / `@category` tags of one module, as `file:line name: ...`. */
const tagProblems = (file: string): Array<string> => {
  const source = parse(file)
  const problems: Array<string> = []
  const first = source.statements[0]
  const leading = first === undefined ? [] : jsDocsBefore(source, first)
  const exported = exportsOf(source)
  const firstIsExport = exported.some((e) => e.statement === first)
  // the header is the first comment of the file, unless that comment is the first export's own
  const headerRange = leading.length >= 2 || !firstIsExport ||
      (leading[0] !== undefined && hasTag(commentText(source, leading[0]), "module"))
    ? leading[0]
    : undefined
  if (headerRange === undefined) problems.push(`${file}:1 (module header): missing`)
  else if (!hasTag(commentText(source, headerRange), "since")) {
    problems.push(`${file}:${lineOf(source, headerRange.pos)} (module header): missing @since`)
  }
  const isIndex = file.endsWith("/index.ts")
  for (const { name, reexport, statement } of exported) {
    const own = jsDocsBefore(source, statement).filter((range) => range.pos !== headerRange?.pos).at(-1)
    const doc = own === undefined ? "" : commentText(source, own)
    const missing = [
      ...(hasTag(doc, "since") ? [] : ["@since"]),
      ...(hasTag(doc, "category") || (isIndex && reexport) ? [] : ["@category"])
    ]
    if (missing.length > 0) {
      problems.push(`${file}:${lineOf(source, statement.getStart(source))} ${name}: missing ${missing.join(", ")}`)
    }
  }
  return problems
}

interface Example {
  readonly file: string
  /** The line of the opening fence in `file`. */
  readonly line: number
  readonly code: string
}

/** Every JSDoc comment of a module (declarations, members, header), once each. */
const jsDocsOf = (source: ts.SourceFile): Array<ts.CommentRange> => {
  const byPos = new Map<number, ts.CommentRange>()
  const visit = (node: ts.Node): void => {
    for (const range of jsDocsBefore(source, node)) byPos.set(range.pos, range)
    ts.forEachChild(node, visit)
  }
  visit(source)
  for (const range of jsDocsBefore(source, source.endOfFileToken)) byPos.set(range.pos, range)
  return [...byPos.values()].sort((a, b) => a.pos - b.pos)
}

/** The ```ts blocks of every `@example`, and an entry with `code: ""` for an example without one. */
const examplesOf = (file: string): Array<Example> => {
  const source = parse(file)
  return jsDocsOf(source).flatMap((range) => {
    const first = lineOf(source, range.pos)
    const lines = commentText(source, range).split("\n").map((line, i) =>
      (i === 0 ? line.replace(/^\s*\/\*\*\s?/, "") : line.replace(/^\s*\*(?!\/)( |$)/, "")).replace(/\s*\*\/\s*$/, "")
    )
    const examples: Array<Example> = []
    let inExample = false
    let fence: { line: number; code: Array<string> } | undefined
    let found = false
    let exampleLine = 0
    const close = () => {
      if (inExample && !found) examples.push({ file, line: exampleLine, code: "" })
    }
    lines.forEach((line, i) => {
      if (fence !== undefined) {
        if (/^\s*```\s*$/.test(line)) {
          examples.push({ file, line: fence.line, code: fence.code.join("\n") })
          fence = undefined
        } else fence.code.push(line)
      } else if (/^\s*@example\b/.test(line)) {
        close()
        inExample = true
        found = false
        exampleLine = first + i
      } else if (/^\s*@\w+/.test(line)) {
        close()
        inExample = false
      } else if (inExample && /^\s*```(ts|typescript)\s*$/.test(line)) {
        fence = { line: first + i, code: [] }
        found = true
      }
    })
    close()
    return examples
  })
}

const isEmpty = (code: string): boolean =>
  ts.createSourceFile("example.ts", code, ts.ScriptTarget.Latest).statements.length === 0

const tsc = (args: ReadonlyArray<string>, cwd: string) =>
  new Promise<{ readonly code: number; readonly output: string }>((resolve) => {
    execFile(
      process.execPath,
      [join(root, "node_modules/typescript/bin/tsc"), ...args],
      { cwd, maxBuffer: 64 * 1024 * 1024, timeout: 170_000 },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : 1, output: stdout + stderr })
    )
  })

describe("the API docs", () => {
  it("name a @since and a @category on every export of every public module", () => {
    expect(modules.length).toBeGreaterThan(10)
    const problems = modules.flatMap(tagProblems)
    expect(problems, `exports without their doc tags:\n${problems.join("\n")}`).toEqual([])
  })

  it("have @examples that compile against the source, none of them empty", async () => {
    const examples = modules.flatMap(examplesOf)
    expect(examples.length).toBeGreaterThan(0)
    const failures = examples.filter((e) => e.code === "" || isEmpty(e.code)).map((e) =>
      `${e.file}:${e.line}: ${e.code === "" ? "@example without a ```ts block" : "empty example (comments only)"}`
    )
    // under node_modules, so `effect` and @types/node resolve as they do for the repository
    const cache = join(root, "node_modules/.cache")
    mkdirSync(cache, { recursive: true })
    const dir = mkdtempSync(join(cache, "galileo-effect-docs-"))
    try {
      const written = new Map<string, Example>()
      examples.filter((e) => e.code !== "").forEach((example, i) => {
        const name = `${String(i).padStart(3, "0")}_${example.file.replace(/[/.]/g, "_")}_L${example.line}.ts`
        writeFileSync(join(dir, name), example.code + "\n")
        written.set(name, example)
      })
      writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }))
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({
          // the repository's options and `paths` (galileo-effect, /node, /testing → src)
          extends: join(root, "tsconfig.json"),
          compilerOptions: { noEmit: true, noUnusedLocals: false, moduleDetection: "force", plugins: [] },
          files: [...written.keys()],
          include: []
        })
      )
      const result = await tsc(["-p", "tsconfig.json", "--pretty", "false"], dir)
      // one diagnostic: `file(line,col): error TSn: message`, then indented continuation lines
      const diagnostics = result.output.split(/\n(?=\S)/).filter((d) => d.trim() !== "")
      for (const [name, example] of written) {
        const own = diagnostics.filter((d) => d.startsWith(`${name}(`)).map((d) =>
          d.replace(
            /^[^(]+\((\d+),(\d+)\): /,
            (_, line: string, col: string) =>
              `example line ${line}:${col} (${example.file}:${example.line + Number(line)}): `
          )
        )
        if (own.length > 0) failures.push(`${example.file}:${example.line}:\n  ${own.join("\n  ")}`)
      }
      if (result.code !== 0 && !diagnostics.some((d) => /\.ts\(\d+,\d+\): error/.test(d))) {
        failures.push(`tsc exited with ${result.code}:\n${result.output}`)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    expect(failures, `examples that do not compile:\n${failures.join("\n")}`).toEqual([])
  }, 180_000)
})
