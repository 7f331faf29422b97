/**
 * The text a `GalileoDecodeError` gives for a body that does not match its schema: one entry per
 * problem, by path, never quoting a value.
 */
import { describe, expect, it } from "@effect/vitest"
import { Result, Schema, SchemaIssue } from "effect"
import { describeParseError } from "./zz_tmp_describe.js"

const describeFailure = <S extends Schema.ConstraintDecoder<unknown>>(schema: S, input: unknown): string =>
  Result.match(Schema.decodeUnknownResult(schema, { errors: "all", onExcessProperty: "error" })(input), {
    onFailure: describeParseError,
    onSuccess: () => "decoded"
  })

// `FiniteFromString`: Effect 4's `NumberFromString` decodes "soon" to NaN, so the failing
// transformation of this scenario is the finite one
const User = Schema.Struct({
  id: Schema.String,
  age: Schema.Int,
  tags: Schema.Array(Schema.String),
  since: Schema.FiniteFromString
})

/** The paths Effect's own formatter (Standard Schema) lists, in its order; the library does not bundle it. */
const formatterPaths = <S extends Schema.ConstraintDecoder<unknown>>(schema: S, input: unknown): string =>
  Result.match(Schema.decodeUnknownResult(schema, { errors: "all", onExcessProperty: "error" })(input), {
    onFailure: (error) =>
      SchemaIssue.makeFormatterStandardSchemaV1()(error.issue).issues.map((issue) =>
        issue.path === undefined || issue.path.length === 0 ? "the body" : issue.path.map(String).join(".")
      ).join("; "),
    onSuccess: () => "decoded"
  })

/** The paths of a description: each entry up to its verb. */
const describedPaths = (text: string): string =>
  text === "decoded"
    ? text
    : text.split("; ").map((entry) => entry.replace(/ (is missing|has the wrong type|is not expected|is not valid)$/, ""))
      .join("; ")

describe("describeParseError", () => {
  it("names every problem by its path: missing, wrong type, refinement, transformation, excess", () => {
    expect(describeFailure(User, { age: 1.5, tags: ["a", 7], since: "soon", secret: "hunter2" })).toBe(
      "secret is not expected; id is missing; age is not valid; tags.1 has the wrong type; since is not valid"
    )
  })

  it("says 'the body' for a problem at the root, and never quotes the value", () => {
    const text = describeFailure(User, "hunter2-secret")
    expect(text).toBe("the body has the wrong type")
    // Effect 4 reports a union no member of which matches as one problem (3: one per member)
    expect(describeFailure(Schema.Union([Schema.String, Schema.Number]), { hunter2: true })).toBe(
      "the body has the wrong type"
    )
  })

  it("lists the problems Effect's formatter lists, by the same paths, in its order", () => {
    const inputs = [
      { age: 1.5, tags: ["a", 7], since: "soon", secret: "x" },
      { id: 1, age: "3", tags: "a", since: 12 },
      [],
      null
    ]
    for (const input of inputs) {
      expect(describedPaths(describeFailure(User, input))).toBe(formatterPaths(User, input))
    }
  })

  it("reads a decoded value as decoded", () => {
    expect(describeFailure(User, { id: "u", age: 3, tags: [], since: "12" })).toBe("decoded")
  })
})
