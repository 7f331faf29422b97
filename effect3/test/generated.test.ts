/**
 * The generated contract, src/generated/ (`npm run generate`, scripts/generate.mjs):
 *
 * - drift: regenerating from contract/galileo-api.openapi.yaml with the installed generator
 *   (offline) gives the committed files byte for byte, and no other file;
 * - post-processing: the recursive schemas load and decode trees, the object defaults and the
 *   patched `null` defaults apply, one generated endpoint answers over real HTTP;
 * - agreement: the hand-written login, token, error and current-user schemas (src/contract/) and
 *   the generated ones decode the same sample bodies to the same values, and their JSON Schemas
 *   agree property by property, except for the differences listed here, each with its reason.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, JSONSchema, Redacted, Schema } from "effect"
import { build } from "esbuild"
import { execFileSync } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { createServer } from "node:http"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as Auth from "../src/contract/Auth.js"
import * as System from "../src/contract/System.js"
import * as AnnotationQueues from "../src/generated/AnnotationQueues.js"
import * as GeneratedAuth from "../src/generated/Auth.js"
import * as Datasets from "../src/generated/Datasets.js"
import * as LogStreams from "../src/generated/LogStreams.js"
import * as Projects from "../src/generated/Projects.js"
import * as Traces from "../src/generated/Traces.js"

const generatedDir = "src/generated"

/** The first line where two texts differ, or undefined when they are equal. */
const firstDifference = (committed: string, generated: string) => {
  if (committed === generated) return undefined
  const a = committed.split("\n")
  const b = generated.split("\n")
  const line = a.findIndex((text, i) => text !== b[i])
  const at = line === -1 ? a.length : line
  return { line: at + 1, committed: a[at]?.slice(0, 200), generated: b[at]?.slice(0, 200) }
}

describe("generated contract: drift", () => {
  it("scripts/generate.mjs gives the committed src/generated/ byte for byte, and no other file", () => {
    const out = mkdtempSync(join(tmpdir(), "galileo-generated-"))
    try {
      const report = execFileSync(process.execPath, ["scripts/generate.mjs", "--out", out], { encoding: "utf8" })
      const names = readdirSync(out).sort()
      expect(names).toEqual([
        "AnnotationQueues.ts",
        "Auth.ts",
        "CodeMetrics.ts",
        "Datasets.ts",
        "Experiments.ts",
        "Integrations.ts",
        "Jobs.ts",
        "LogStreams.ts",
        "Projects.ts",
        "Prompts.ts",
        "Protect.ts",
        "Scorers.ts",
        "System.ts",
        "Traces.ts"
      ])
      expect(readdirSync(generatedDir).sort()).toEqual(names)
      for (const name of names) {
        const difference = firstDifference(
          readFileSync(join(generatedDir, name), "utf8"),
          readFileSync(join(out, name), "utf8")
        )
        expect({ name, difference }).toEqual({ name, difference: undefined })
      }
      // every operation of the document lands in one group: 244 in all
      const operations = [...report.matchAll(/^\S+\.ts\s+(\d+) operations/gm)].reduce((n, m) => n + Number(m[1]), 0)
      expect(operations).toBe(244)
      expect(report).toContain(
        "post-processing: 2 object defaults decoded, 7 recursive cycles (61 references suspended)"
      )
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })

  it("the comparison sees a one-byte edit", () => {
    const text = readFileSync(join(generatedDir, "Auth.ts"), "utf8")
    const edited = text.replace("\"api_key\": S.String", "\"api_key\": S.String ")
    expect(edited).not.toBe(text)
    expect(firstDifference(edited, text)?.committed).toContain("\"api_key\": S.String ")
  })

  it("the package's entry points reach no generated module: a user of the auth core pays nothing for them", async () => {
    const result = await build({
      entryPoints: ["src/index.ts", "src/testing/index.ts", "src/node/index.ts"],
      bundle: true,
      packages: "external",
      platform: "node",
      format: "esm",
      outdir: "out",
      write: false,
      metafile: true,
      logLevel: "silent"
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.filter((path) => path.startsWith("src/contract/")).length).toBeGreaterThan(0)
    expect(inputs.filter((path) => path.includes("generated/"))).toEqual([])
  })

  it("every file names its source and how to regenerate it", () => {
    for (const name of readdirSync(generatedDir)) {
      const head = readFileSync(join(generatedDir, name), "utf8").split("\n").slice(0, 3).join("\n")
      expect(head).toContain("Generated by effect3/scripts/generate.mjs (@tim-smart/openapi-gen 0.4.13)")
      expect(head).toContain("contract/galileo-api.openapi.yaml")
      expect(head).toContain("npm run generate")
    }
  })
})

describe("generated contract: post-processing", () => {
  it.effect("the recursive span classes decode a tree three levels deep", () =>
    Effect.gen(function*() {
      const span = yield* Schema.decodeUnknown(Traces.WorkflowSpan)({
        type: "workflow",
        name: "root",
        spans: [
          { type: "tool", name: "lookup", input: "q" },
          { type: "agent", name: "inner", spans: [{ type: "retriever", name: "docs", input: "q" }] }
        ]
      })
      expect(span).toBeInstanceOf(Traces.WorkflowSpan)
      const inner = span.spans?.[1]
      expect(inner).toBeInstanceOf(Traces.AgentSpan)
      expect(inner instanceof Traces.AgentSpan ? inner.spans?.map((s) => s.name) : []).toEqual(["docs"])
      expect(yield* Schema.encode(Traces.WorkflowSpan)(span)).toMatchObject({
        spans: [{ name: "lookup" }, { name: "inner", spans: [{ name: "docs", type: "retriever" }] }]
      })
      // a wrong node deep in the tree is refused
      const bad = yield* Effect.either(
        Schema.decodeUnknown(Traces.WorkflowSpan)({
          type: "workflow",
          spans: [{ type: "agent", spans: [{ type: 1 }] }]
        })
      )
      expect(Either.isLeft(bad)).toBe(true)
    }))

  it.effect("the recursive filter tree, TreeChoiceNode and JsonValue decode nested values", () =>
    Effect.gen(function*() {
      const tree = yield* Schema.decodeUnknown(AnnotationQueues.TreeChoiceNode)({
        label: "a",
        id: "1",
        children: [{ label: "b", id: "2", children: [{ label: "c", id: "3" }] }]
      })
      expect(tree.children?.[0]?.children?.[0]?.label).toBe("c")
      const value = yield* Schema.decodeUnknown(Datasets.JsonValue)([1, ["x", [true, null]], { k: 2 }])
      expect(value).toEqual([1, ["x", [true, null]], { k: 2 }])
      // the log-record filter tree (And / Or / Not nodes around leaves), through a request that holds one
      const filter_tree = {
        and: [{ or: [{ not: { filter: { column_id: "input", operator: "eq", value: "x", type: "text" } } }] }]
      }
      const query = yield* Schema.decodeUnknown(Traces.LogRecordsQueryRequest)({ filter_tree })
      expect(yield* Schema.encode(Traces.LogRecordsQueryRequest)(query)).toMatchObject({ filter_tree })
      const badLeaf = { and: [{ or: [{ not: { filter: { column_id: "input", operator: "zz", value: "x" } } }] }] }
      const refused = yield* Effect.either(
        Schema.decodeUnknown(Traces.LogRecordsQueryRequest)({ filter_tree: badLeaf })
      )
      expect(Either.isLeft(refused)).toBe(true)
    }))

  it.effect("object-valued defaults decode to class instances, and the patched None defaults are null", () =>
    Effect.gen(function*() {
      const search = yield* Schema.decodeUnknown(LogStreams.LogStreamSearchRequest)({})
      expect(search.sort).toBeInstanceOf(LogStreams.LogStreamCreatedAtSort)
      expect({ ...search.sort }).toEqual({ name: "created_at", ascending: false, sort_type: "column" })
      const params = yield* Schema.decodeUnknown(Datasets.ListDatasetParams)({})
      expect(params.sort).toBeNull()
    }))

  it.effect("a generated endpoint over real HTTP: POST /login/api_key decodes the token, a 422 is a tagged error", () =>
    Effect.gen(function*() {
      const seen: Array<string> = []
      const server = createServer((request, response) => {
        let body = ""
        request.on("data", (chunk) => (body += chunk))
        request.on("end", () => {
          seen.push(`${request.method} ${request.url} ${body}`)
          const ok = body.includes("\"good\"")
          response.writeHead(ok ? 200 : 422, { "content-type": "application/json" })
          response.end(
            JSON.stringify(
              ok
                ? { access_token: "t-1", token_type: "bearer" }
                : { detail: [{ loc: ["body", "api_key"], msg: "bad", type: "value_error" }] }
            )
          )
        })
      })
      yield* Effect.acquireRelease(
        Effect.async<void>((resume) => {
          server.listen(0, "127.0.0.1", () => resume(Effect.void))
        }),
        () => Effect.sync(() => server.close())
      )
      const address = server.address()
      const port = address !== null && typeof address === "object" ? address.port : 0
      const http = yield* HttpClient.HttpClient
      const api = GeneratedAuth.make(
        HttpClient.mapRequest(http, HttpClientRequest.prependUrl(`http://127.0.0.1:${port}`))
      )
      const token = yield* api.loginApiKeyLoginApiKeyPost({ api_key: "good" })
      expect({ ...token }).toEqual({ access_token: "t-1", token_type: "bearer" })
      const refused = yield* Effect.flip(api.loginApiKeyLoginApiKeyPost({ api_key: "bad" }))
      expect(refused._tag).toBe("HTTPValidationError")
      expect(seen).toEqual(["POST /login/api_key {\"api_key\":\"good\"}", "POST /login/api_key {\"api_key\":\"bad\"}"])
    }).pipe(Effect.scoped, Effect.provide(FetchHttpClient.layer)))
})

// -- agreement --------------------------------------------------------------------------------

/** A decoded value as plain data: Redacted unwrapped, class instances as plain objects. */
const plain = (value: unknown): unknown => {
  if (Redacted.isRedacted(value)) return Redacted.value(value)
  if (Array.isArray(value)) return value.map(plain)
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
  }
  return value
}

/** One schema of a pair, erased to what the comparison needs: decode a body, give its JSON Schema. */
interface Side {
  /** "fail", or the decoded value as plain data. */
  readonly decode: (body: unknown) => unknown
  readonly jsonSchema: () => Json
}

const side = <A, I>(schema: Schema.Schema<A, I>): Side => ({
  decode: (body) => {
    const result = Schema.decodeUnknownEither(schema)(body)
    return Either.isLeft(result) ? "fail" : plain(result.right)
  },
  jsonSchema: () => {
    const document: unknown = JSONSchema.make(schema)
    return isObject(document) ? document : {}
  }
})

/** `value` restricted to the keys of `like` (deeply, through arrays): the fields the hand-written schema keeps. */
const restrict = (value: unknown, like: unknown): unknown => {
  if (Array.isArray(value) && Array.isArray(like)) return value.map((v, i) => restrict(v, like[i]))
  if (value !== null && typeof value === "object" && like !== null && typeof like === "object") {
    const source: Record<string, unknown> = { ...value }
    return Object.fromEntries(Object.entries(like).map(([k, v]) => [k, restrict(source[k], v)]))
  }
  return value
}

type Json = { readonly [key: string]: unknown }

interface Sample {
  readonly body: unknown
  /** A known difference: what each side gives, and why. */
  readonly differs?: { readonly hand: unknown; readonly generated: unknown; readonly because: string }
}

interface Pair {
  readonly name: string
  readonly hand: Side
  readonly generated: Side
  readonly samples: ReadonlyArray<Sample>
  /** Properties only the generated schema has (the document names them; the hand-written contract keeps out what the client does not read). */
  readonly extraProperties: ReadonlyArray<string>
  /** Properties whose JSON Schemas differ, with the reason. */
  readonly differentProperties?: Record<string, string>
}

const validation = { loc: ["body", "api_key"], msg: "Field required", type: "missing" }
const user = {
  id: "u-1",
  email: "a@example.com",
  role: "admin",
  organization_id: "o-1",
  organization_name: "Org",
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-02T00:00:00Z"
}

const { role: _role, ...withoutRole } = user

const pairs: ReadonlyArray<Pair> = [
  {
    name: "ApiKeyLoginRequest",
    hand: side(Auth.ApiKeyLoginRequest),
    generated: side(GeneratedAuth.ApiKeyLoginRequest),
    samples: [{ body: { api_key: "k-1" } }, { body: { api_key: "k-1", extra: true } }, { body: {} }, {
      body: { api_key: 1 }
    }, { body: null }],
    extraProperties: []
  },
  {
    name: "Token",
    hand: side(Auth.Token),
    generated: side(GeneratedAuth.Token),
    samples: [
      { body: { access_token: "t" } },
      { body: { access_token: "t", token_type: "bearer" } },
      { body: { access_token: "t", token_type: "Bearer", extra: 1 } },
      { body: { token_type: "bearer" } },
      { body: { access_token: 7 } },
      {
        body: { access_token: "t", token_type: "mac" },
        differs: {
          hand: "fail",
          generated: { access_token: "t", token_type: "mac" },
          because: "the client sends bearer tokens only"
        }
      },
      {
        body: { access_token: "t", token_type: null },
        differs: {
          hand: "fail",
          generated: { access_token: "t", token_type: "bearer" },
          because: "@tim-smart/openapi-gen makes every optional field nullable; the document's token_type is not"
        }
      }
    ],
    extraProperties: []
  },
  {
    name: "ValidationError",
    hand: side(Auth.ValidationError),
    generated: side(GeneratedAuth.ValidationError),
    samples: [
      { body: validation },
      { body: { ...validation, loc: ["body", 0], ctx: { error: "x" }, input: { api_key: "SECRET" }, url: "u" } },
      { body: { ...validation, loc: ["body", 1.5] } },
      { body: { loc: [], msg: "m" } }
    ],
    extraProperties: ["ctx"]
  },
  {
    name: "HTTPValidationError",
    hand: side(Auth.HTTPValidationError),
    generated: side(GeneratedAuth.HTTPValidationError),
    samples: [
      { body: {} },
      { body: { detail: [validation, { ...validation, loc: ["query", 2] }] } },
      { body: { detail: "Invalid API key" } },
      {
        body: { detail: null },
        differs: { hand: "fail", generated: {}, because: "@tim-smart/openapi-gen makes every optional field nullable" }
      }
    ],
    extraProperties: []
  },
  {
    name: "CurrentUser (UserDB)",
    hand: side(System.CurrentUser),
    generated: side(Projects.UserDB),
    samples: [
      { body: user },
      { body: withoutRole },
      { body: { ...user, email: 1 } },
      {
        body: { id: "u-1", email: "a@example.com" },
        differs: {
          hand: { id: "u-1", email: "a@example.com" },
          generated: "fail",
          because:
            "the client requires only what a real /current_user answer guarantees; the document requires the organization and the dates"
        }
      },
      {
        body: { ...user, role: "owner" },
        differs: {
          hand: { id: "u-1", email: "a@example.com", role: "owner" },
          generated: "fail",
          because: "the document's role is the UserRole enum; the client keeps any role string"
        }
      }
    ],
    extraProperties: [
      "permissions",
      "first_name",
      "last_name",
      "auth_method",
      "email_is_verified",
      "organization_id",
      "organization_name",
      "created_at",
      "updated_at"
    ]
  }
]

const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value)

/** A JSON Schema with its `$ref`s inlined and its annotations (title, description, default, $id) dropped. */
const shape = (schema: unknown, defs: Json): unknown => {
  if (Array.isArray(schema)) return schema.map((s) => shape(s, defs))
  if (!isObject(schema)) return schema
  const ref = schema["$ref"]
  if (typeof ref === "string") return shape(defs[ref.replace("#/$defs/", "")], defs)
  return Object.fromEntries(
    Object.entries(schema).filter(([k]) => !["title", "description", "default", "$id", "$schema", "$defs"].includes(k))
      .map(([k, v]) => [k, shape(v, defs)])
  )
}

/** The top object of a schema's JSON Schema, shaped. */
const objectOf = (schema: Side): Json => {
  const document = schema.jsonSchema()
  const defs = isObject(document["$defs"]) ? document["$defs"] : {}
  const top = shape(document, defs)
  if (!isObject(top)) throw new Error("not an object schema")
  return top
}

/** A schema without a `null` branch: nullability is compared by decoding samples, not here. */
const withoutNull = (schema: unknown): unknown => {
  if (!isObject(schema) || !Array.isArray(schema["anyOf"])) return schema
  const rest = schema["anyOf"].filter((s) => !(isObject(s) && s["type"] === "null"))
  return rest.length === 1 ? rest[0] : { ...schema, anyOf: rest }
}

/**
 * Whether the generated JSON Schema says at least what the hand-written one says: the same
 * keywords with covering values; in `properties`, the generated one may name more (the document's
 * fields the client does not keep); a property's `null` branch is left out on both sides.
 */
const covers = (generated: unknown, hand: unknown): boolean => {
  if (Array.isArray(hand)) {
    return Array.isArray(generated) && generated.length === hand.length && hand.every((h, i) => covers(generated[i], h))
  }
  if (!isObject(hand)) return generated === hand
  if (!isObject(generated)) return false
  return Object.entries(hand).every(([key, value]) => {
    const other = generated[key]
    if (key === "properties" && isObject(value) && isObject(other)) {
      return Object.entries(value).every(([name, schema]) => covers(withoutNull(other[name]), withoutNull(schema)))
    }
    if (key === "required" && Array.isArray(value) && Array.isArray(other)) return value.every((k) => other.includes(k))
    return covers(other, value)
  })
}

describe("generated contract: agrees with the hand-written contract", () => {
  for (const pair of pairs) {
    it(`${pair.name}: the same sample bodies decode to the same values`, () => {
      for (const sample of pair.samples) {
        const hand = pair.hand.decode(sample.body)
        const generated = pair.generated.decode(sample.body)
        if (sample.differs === undefined) {
          expect({ body: sample.body, generated: hand === "fail" ? generated : restrict(generated, hand) }).toEqual({
            body: sample.body,
            generated: hand
          })
          // a body one side takes and the other refuses is a difference to list
          expect(generated === "fail").toBe(hand === "fail")
        } else {
          expect({
            body: sample.body,
            hand,
            generated: hand === "fail" || generated === "fail" ? generated : restrict(generated, hand)
          })
            .toEqual({ body: sample.body, hand: sample.differs.hand, generated: sample.differs.generated })
        }
      }
    })

    it(`${pair.name}: the JSON Schemas agree on every property the hand-written one names`, () => {
      const hand = objectOf(pair.hand)
      const generated = objectOf(pair.generated)
      const handProperties = isObject(hand["properties"]) ? hand["properties"] : {}
      const generatedProperties = isObject(generated["properties"]) ? generated["properties"] : {}
      expect(Object.keys(generatedProperties).filter((k) => !(k in handProperties))).toEqual(pair.extraProperties)
      for (const [key, schema] of Object.entries(handProperties)) {
        expect(key in generatedProperties).toBe(true)
        const same = covers(withoutNull(generatedProperties[key]), withoutNull(schema))
        expect({ key, same }).toEqual({ key, same: !(key in (pair.differentProperties ?? {})) })
      }
      const required = (s: Json) => (Array.isArray(s["required"]) ? s["required"] : [])
      expect(required(hand).filter((k) => !required(generated).includes(k))).toEqual([])
    })
  }
})
