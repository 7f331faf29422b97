/**
 * The text a `GalileoDecodeError` gives for a body that does not match its schema: one entry per
 * problem, by path, never quoting a value.
 */
import { describe, expect, it } from "@effect/vitest"
import { Either, ParseResult, Schema } from "effect"
import { describeParseError } from "../src/internal/response.js"

const describeFailure = <A, I>(schema: Schema.Schema<A, I>, input: unknown): string =>
  Result.match(Schema.decodeUnknownResult(schema, { errors: "all", onExcessProperty: "error" })(input), {
    onLeft: describeParseError,
    onRight: () => "decoded"
  })

const User = Schema.Struct({
  id: Schema.String,
  age: Schema.Int,
  tags: Schema.Array(Schema.String),
  since: Schema.NumberFromString
})

/** The same texts through Effect's `ArrayFormatter`, which the library does not bundle. */
const viaArrayFormatter = <A, I>(schema: Schema.Schema<A, I>, input: unknown): string =>
  Result.match(Schema.decodeUnknownResult(schema, { errors: "all", onExcessProperty: "error" })(input), {
    onLeft: (error) =>
      ParseResult.ArrayFormatter.formatErrorSync(error).map((issue) => {
        const at = issue.path.length === 0 ? "the body" : issue.path.join(".")
        return issue._tag === "Missing"
          ? `${at} is missing`
          : issue._tag === "Type"
          ? `${at} has the wrong type`
          : issue._tag === "Unexpected"
          ? `${at} is not expected`
          : `${at} is not valid`
      }).join("; "),
    onRight: () => "decoded"
  })

describe("describeParseError", () => {
  it("names every problem by its path: missing, wrong type, refinement, transformation, excess", () => {
    expect(describeFailure(User, { age: 1.5, tags: ["a", 7], since: "soon", secret: "hunter2" })).toBe(
      "secret is not expected; id is missing; age is not valid; tags.1 has the wrong type; since is not valid"
    )
  })

  it("says 'the body' for a problem at the root, and never quotes the value", () => {
    const text = describeFailure(User, "hunter2-secret")
    expect(text).toBe("the body has the wrong type")
    expect(describeFailure(Schema.Union([Schema.String, Schema.Number]), { hunter2: true })).toBe(
      "the body has the wrong type; the body has the wrong type"
    )
  })

  it("lists what Effect's ArrayFormatter lists, in its order", () => {
    const inputs = [
      { age: 1.5, tags: ["a", 7], since: "soon", secret: "x" },
      { id: 1, age: "3", tags: "a", since: 12 },
      [],
      null
    ]
    for (const input of inputs) expect(describeFailure(User, input)).toBe(viaArrayFormatter(User, input))
  })

  it("reads a decoded value as decoded", () => {
    expect(describeFailure(User, { id: "u", age: 3, tags: [], since: "12" })).toBe("decoded")
  })
})
