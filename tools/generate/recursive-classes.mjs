// Post-processing of @tim-smart/openapi-gen 0.4.13's output (effect3/scripts/generate.mjs): its
// recursive schemas. The generator writes every component schema as a class in dependency order,
// `export class X extends S.Class<X>("X")({ ...fields }) {}` (or `extends S.Union(...)`), and a
// schema that refers to itself, directly or through others (the log-record filter trees, the span
// trees, TreeChoiceNode, JsonValue), refers to the class by name inside its own base expression:
// TS2449 (used before its declaration), TS2506 / TS2310 (circular base), and at run time a
// ReferenceError. Effect 3's way to write a recursive class is a `S.suspend` whose return type is
// annotated with both sides of the schema, the Encoded side being an interface written out:
//
//   export interface TreeChoiceNodeEncoded { readonly "children"?: ReadonlyArray<TreeChoiceNodeEncoded> | null | undefined; ... }
//   export class TreeChoiceNode extends S.Class<TreeChoiceNode>("TreeChoiceNode")({
//     "children": S.optionalWith(S.Array(S.suspend((): S.Schema<TreeChoiceNode, TreeChoiceNodeEncoded> => TreeChoiceNode)), ...)
//   }) {}
//
// This transform does that, mechanically:
// 1. finds the cycles: the strongly connected components of the graph "class X's base expression
//    names class Y" (Tarjan), keeping those of more than one class or with a self-reference;
// 2. inside each class of a cycle, wraps every reference to a class of the same cycle in
//    `S.suspend((): S.Schema<Type, Encoded> => Name)`;
// 3. writes, before the first class of each cycle, the `<Name>Encoded` type of each class of the
//    cycle (and `<Name>Type` for one that is not an `S.Class`: its Type side is no class), read off
//    its base expression with Effect 3's typing rules for exactly the constructs this generator
//    emits (S.String / Int / Number / Boolean / Null / Unknown and their `.pipe` of filters,
//    Literal, Array, NonEmptyArray, Union, NullOr, Record, Struct, instanceOf(globalThis.Blob),
//    optionalWith with nullable and default, withConstructorDefault). A construct outside that list
//    fails the run rather than guess. A class outside the cycle is typed as
//    `S.Schema.Encoded<typeof Name>` / `S.Schema.Type<typeof Name>`.
//
// The result must type-check: S.suspend's annotation is invariant, so an Encoded interface that
// differs from what the class really encodes is a compile error (test: tsc over src/generated).

/** Tokens of the generator's expression language: identifiers, strings, numbers, punctuation; comments dropped. */
const tokenize = (text, offset) => {
  const tokens = []
  const re = /\s+|\/\*[\s\S]*?\*\/|\/\/[^\n]*|("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|([A-Za-z_$][\w$]*)|(=>|\.\.\.|[()[\]{}<>,:.])/y
  let match
  while (re.lastIndex < text.length) {
    const at = re.lastIndex
    match = re.exec(text)
    if (match === null) throw new Error(`cannot read the generated code at ${text.slice(at, at + 60)}`)
    const [, string, number, ident, punct] = match
    const start = offset + at
    if (string !== undefined) tokens.push({ kind: "string", value: string, start, end: start + string.length })
    else if (number !== undefined) tokens.push({ kind: "number", value: number, start, end: start + number.length })
    else if (ident !== undefined) tokens.push({ kind: "ident", value: ident, start, end: start + ident.length })
    else if (punct !== undefined) tokens.push({ kind: "punct", value: punct, start, end: start + punct.length })
  }
  return tokens
}

/** A recursive-descent parser for expressions: member chains, calls, object literals, arrows, `as const`, `new`. */
const parse = (tokens) => {
  let i = 0
  const peek = (value) => tokens[i]?.value === value
  const expect = (value) => {
    if (tokens[i]?.value !== value) throw new Error(`expected ${value}, got ${tokens[i]?.value ?? "end"}`)
    return tokens[i++]
  }
  const list = (close, item) => {
    const items = []
    while (!peek(close)) {
      items.push(item())
      if (!peek(close)) expect(",")
    }
    expect(close)
    return items
  }
  const primary = () => {
    const token = tokens[i]
    if (token === undefined) throw new Error("unexpected end of expression")
    if (token.kind === "string" || token.kind === "number") {
      i++
      return { kind: "literal", text: token.value }
    }
    if (token.value === "(" && tokens[i + 1]?.value === ")" && tokens[i + 2]?.value === "=>") {
      i += 3
      return { kind: "arrow", body: expression() }
    }
    if (token.value === "(") {
      i++
      const inner = expression()
      expect(")")
      return inner
    }
    if (token.value === "{") {
      i++
      return {
        kind: "object",
        entries: list("}", () => {
          const key = tokens[i++]
          expect(":")
          return { key: key.kind === "string" ? JSON.parse(key.value) : key.value, value: expression() }
        })
      }
    }
    if (token.value === "[") {
      i++
      return { kind: "array", items: list("]", expression) }
    }
    if (token.value === "new") {
      i++
      return { kind: "new", target: postfix() }
    }
    if (token.kind === "ident") {
      i++
      if (["true", "false", "null"].includes(token.value)) return { kind: "literal", text: token.value }
      return { kind: "name", name: token.value, token }
    }
    throw new Error(`unexpected ${token.value}`)
  }
  const postfix = () => {
    let node = primary()
    for (;;) {
      if (peek(".")) {
        i++
        const name = tokens[i++].value
        node = { kind: "member", object: node, name }
      } else if (peek("(")) {
        i++
        node = { kind: "call", callee: node, args: list(")", expression) }
      } else break
    }
    return node
  }
  const expression = () => {
    const node = postfix()
    if (tokens[i]?.value === "as" && tokens[i + 1]?.value === "const") i += 2
    return node
  }
  const node = expression()
  if (i !== tokens.length) throw new Error(`unexpected ${tokens[i].value} after the expression`)
  return node
}

const path = (node) =>
  node.kind === "name" ? node.name : node.kind === "member" && path(node.object) !== undefined ? `${path(node.object)}.${node.name}` : undefined

/**
 * The TypeScript type of one side ("Encoded" or "Type") of a schema expression. `refType(name,
 * side)` types a reference to a class.
 */
const typeOf = (node, side, refType) => {
  const p = path(node)
  const primitives = {
    "S.String": "string",
    "S.Int": "number",
    "S.Number": "number",
    "S.Boolean": "boolean",
    "S.Null": "null",
    "S.Unknown": "unknown"
  }
  if (p !== undefined && p in primitives) return primitives[p]
  if (node.kind === "name") return refType(node.name, side)
  if (node.kind !== "call") throw new Error(`unsupported schema expression (${node.kind} ${p ?? ""})`)
  const callee = path(node.callee)
  const arg = (n) => {
    const value = node.args[n]
    if (value === undefined) throw new Error(`${callee}: missing argument ${n}`)
    return value
  }
  // `schema.pipe(filters...)`: filters keep the type; `S.propertySignature` starts a property form (handled by fieldType)
  if (node.callee.kind === "member" && node.callee.name === "pipe") {
    const first = path(node.args[0] ?? { kind: "literal" })
    if (first === "S.propertySignature") throw new Error("a property signature where a schema is expected")
    for (const filter of node.args) {
      const name = filter.kind === "call" ? path(filter.callee) : undefined
      if (!["S.minLength", "S.maxLength", "S.pattern", "S.minItems", "S.maxItems", "S.greaterThan", "S.greaterThanOrEqualTo", "S.lessThan", "S.lessThanOrEqualTo"].includes(name)) {
        throw new Error(`unsupported filter in .pipe: ${name ?? filter.kind}`)
      }
    }
    return typeOf(node.callee.object, side, refType)
  }
  switch (callee) {
    case "S.Literal":
      return node.args.map((a) => {
        if (a.kind !== "literal") throw new Error("S.Literal of a non-literal")
        return a.text
      }).join(" | ")
    case "S.Array":
      return `ReadonlyArray<${typeOf(arg(0), side, refType)}>`
    case "S.NonEmptyArray": {
      const item = typeOf(arg(0), side, refType)
      return `readonly [${item}, ...Array<${item}>]`
    }
    case "S.Union":
      return node.args.map((a) => typeOf(a, side, refType)).join(" | ")
    case "S.NullOr":
      return `${typeOf(arg(0), side, refType)} | null`
    case "S.Record": {
      const options = arg(0)
      const key = options.entries?.find((e) => e.key === "key")
      const value = options.entries?.find((e) => e.key === "value")
      if (key === undefined || value === undefined || path(key.value) !== "S.String") throw new Error("unsupported S.Record")
      return `{ readonly [x: string]: ${typeOf(value.value, side, refType)} }`
    }
    case "S.Struct":
      return structType(arg(0), side, refType)
    case "S.instanceOf": {
      if (path(arg(0)) !== "globalThis.Blob") throw new Error("unsupported S.instanceOf")
      return "Blob"
    }
    default:
      throw new Error(`unsupported schema constructor ${callee ?? node.callee.kind}`)
  }
}

const option = (options, key) => options?.entries?.find((entry) => entry.key === key)

/** One field of a struct: `readonly "key"?: type`, with Effect 3's rules for optionalWith and withConstructorDefault. */
const fieldType = (key, node, side, refType) => {
  const name = JSON.stringify(key)
  if (node.kind === "call" && path(node.callee) === "S.optionalWith") {
    const [schema, options] = node.args
    if (option(options, "exact") !== undefined || option(options, "as") !== undefined) throw new Error("unsupported optionalWith option")
    const nullable = option(options, "nullable") !== undefined
    const hasDefault = option(options, "default") !== undefined
    const type = typeOf(schema, side, refType)
    if (side === "Encoded") return `readonly ${name}?: ${type}${nullable ? " | null" : ""} | undefined`
    return hasDefault ? `readonly ${name}: ${type}` : `readonly ${name}?: ${type} | undefined`
  }
  if (node.kind === "call" && node.callee.kind === "member" && node.callee.name === "pipe" && path(node.args[0] ?? { kind: "literal" }) === "S.propertySignature") {
    const rest = node.args.slice(1).map((a) => (a.kind === "call" ? path(a.callee) : undefined))
    if (rest.length !== 1 || rest[0] !== "S.withConstructorDefault") throw new Error("unsupported property signature")
    return `readonly ${name}: ${typeOf(node.callee.object, side, refType)}`
  }
  return `readonly ${name}: ${typeOf(node, side, refType)}`
}

const structType = (fields, side, refType) => {
  if (fields.kind !== "object") throw new Error("a struct's fields must be an object literal")
  if (fields.entries.length === 0) return "{}"
  return `{ ${fields.entries.map((entry) => fieldType(entry.key, entry.value, side, refType)).join("; ")} }`
}

/** Tarjan's strongly connected components over `deps` (a Map name -> Set of names). */
const components = (names, deps) => {
  let counter = 0
  const stack = []
  const onStack = new Set()
  const index = new Map()
  const low = new Map()
  const result = []
  const visit = (v) => {
    index.set(v, counter)
    low.set(v, counter)
    counter++
    stack.push(v)
    onStack.add(v)
    for (const w of deps.get(v)) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v), low.get(w)))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)))
    }
    if (low.get(v) === index.get(v)) {
      const component = []
      let w
      do {
        w = stack.pop()
        onStack.delete(w)
        component.push(w)
      } while (w !== v)
      result.push(component)
    }
  }
  for (const name of names) if (!index.has(name)) visit(name)
  return result
}

/**
 * Rewrites the recursive classes of one generated file. Returns the new text and what it did
 * (`cycles`: the class names of each cycle, `references`: the references wrapped).
 */
export const fixRecursiveClasses = (text) => {
  const declarations = []
  const re = /^export class (\w+) extends ([\s\S]*?) \{\}$/gm
  let match
  while ((match = re.exec(text)) !== null) {
    const [whole, name, base] = match
    const baseStart = match.index + whole.indexOf(" extends ") + " extends ".length
    const header = new RegExp(`^S\\.Class<${name}>\\("${name}"\\)\\(`).exec(base)
    const bodyStart = baseStart + (header === null ? 0 : header[0].length)
    const bodyEnd = baseStart + base.length - (header === null ? 0 : 1)
    if (header !== null && text[bodyEnd] !== ")") throw new Error(`${name}: cannot find the end of its fields`)
    declarations.push({
      name,
      start: match.index,
      isClass: header !== null,
      bodyStart,
      bodyEnd,
      tokens: tokenize(text.slice(bodyStart, bodyEnd), bodyStart)
    })
  }
  const byName = new Map(declarations.map((d) => [d.name, d]))
  const refsOf = (d) => d.tokens.filter((t, k) => t.kind === "ident" && byName.has(t.value) && d.tokens[k - 1]?.value !== ".")
  const deps = new Map(declarations.map((d) => [d.name, new Set(refsOf(d).map((t) => t.value))]))
  const cycles = components(declarations.map((d) => d.name), deps).filter((c) =>
    c.length > 1 || deps.get(c[0]).has(c[0])
  ).map((c) => c.sort((a, b) => byName.get(a).start - byName.get(b).start))
  cycles.sort((a, b) => byName.get(a[0]).start - byName.get(b[0]).start)
  const cycleOf = new Map(cycles.flatMap((c) => c.map((name) => [name, c])))
  for (const name of cycleOf.keys()) {
    for (const suffix of ["Encoded", "Type"]) {
      if (byName.has(`${name}${suffix}`) || new RegExp(`\\b${name}${suffix}\\b`).test(text)) {
        throw new Error(`${name}${suffix} already exists: the recursive class transform needs another name`)
      }
    }
  }
  const typeName = (name) => (byName.get(name).isClass ? name : `${name}Type`)
  const refType = (name, side) => {
    if (!byName.has(name)) throw new Error(`${name} is no class of this file`)
    if (cycleOf.has(name)) return side === "Encoded" ? `${name}Encoded` : typeName(name)
    return `S.Schema.${side}<typeof ${name}>`
  }
  const edits = []
  let references = 0
  for (const cycle of cycles) {
    const members = new Set(cycle)
    const types = cycle.flatMap((name) => {
      const d = byName.get(name)
      const node = parse(d.tokens)
      if (d.isClass) return [`export interface ${name}Encoded ${structType(node, "Encoded", refType)}`]
      return [
        `export type ${name}Type = ${typeOf(node, "Type", refType)}`,
        `export type ${name}Encoded = ${typeOf(node, "Encoded", refType)}`
      ]
    })
    edits.push({
      start: byName.get(cycle[0]).start,
      end: byName.get(cycle[0]).start,
      text: `// recursive: ${cycle.join(", ")} (the Encoded types are written out by tools/generate/recursive-classes.mjs)\n${types.join("\n")}\n\n`
    })
    for (const name of cycle) {
      for (const token of refsOf(byName.get(name)).filter((t) => members.has(t.value))) {
        references++
        edits.push({
          start: token.start,
          end: token.end,
          text: `S.suspend((): S.Schema<${typeName(token.value)}, ${token.value}Encoded> => ${token.value})`
        })
      }
    }
  }
  edits.sort((a, b) => b.start - a.start || b.end - a.end)
  let result = text
  for (const edit of edits) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  return { text: result, cycles, references }
}
