import { describe, expect, it } from "@effect/vitest"
import { Effect, Redacted, Schema } from "effect"
import * as Contract from "../src/Contract.js"

describe("Contract", () => {
  it.effect("Token decodes access_token to Redacted and defaults token_type to bearer", () =>
    Effect.gen(function*() {
      const token = yield* Schema.decodeUnknownEffect(Contract.Token)({ access_token: "abc", extra: 1 })
      expect(Redacted.value(token.access_token)).toBe("abc")
      expect(token.token_type).toBe("bearer")
      expect(Object.keys(token).sort()).toEqual(["access_token", "token_type"])
      expect(String(token.access_token)).toBe("<redacted>")
    }))

  it.effect("Token keeps a given token_type and encodes back to the wire form", () =>
    Effect.gen(function*() {
      const token = yield* Schema.decodeUnknownEffect(Contract.Token)({ access_token: "abc", token_type: "Bearer" })
      expect(token.token_type).toBe("Bearer")
      expect(yield* Schema.encodeEffect(Contract.Token)(token)).toEqual({ access_token: "abc", token_type: "Bearer" })
    }))

  it.effect.each(["mac", "", "bearer\r\nx-injected: 1", "\u001b[31mbearer", "bearer ", "bearer\u0000"])(
    "Token refuses a token_type that is not bearer (any case) %#",
    (tokenType) =>
      Effect.gen(function*() {
        const result = yield* Effect.result(
          Schema.decodeUnknownEffect(Contract.Token)({ access_token: "abc", token_type: tokenType })
        )
        expect(result._tag).toBe("Failure")
      })
  )

  it.effect("Token accepts bearer in any case", () =>
    Effect.gen(function*() {
      for (const tokenType of ["bearer", "BEARER", "bEaReR"]) {
        const token = yield* Schema.decodeUnknownEffect(Contract.Token)({ access_token: "abc", token_type: tokenType })
        expect(token.token_type).toBe(tokenType)
      }
    }))

  it.effect("Token rejects a missing access_token", () =>
    Effect.gen(function*() {
      const result = yield* Effect.result(Schema.decodeUnknownEffect(Contract.Token)({ token_type: "bearer" }))
      expect(result._tag).toBe("Failure")
    }))

  it("ApiKeyLoginRequest encodes the Redacted key to the plain wire string", () => {
    expect(Schema.encodeSync(Contract.ApiKeyLoginRequest)({ api_key: Redacted.make("k-1") })).toEqual({
      api_key: "k-1"
    })
  })

  it.effect("HTTPValidationError decodes FastAPI's 422 shapes and drops input/ctx/url", () =>
    Effect.gen(function*() {
      const body = yield* Schema.decodeUnknownEffect(Contract.HTTPValidationError)({
        detail: [
          { type: "missing", loc: ["body", "api_key"], msg: "Field required", input: { api_key: "SECRET" }, url: "u" },
          { type: "json_invalid", loc: ["body", 1], msg: "JSON decode error", input: {}, ctx: { error: "x" } }
        ]
      })
      expect(body.detail).toEqual([
        { type: "missing", loc: ["body", "api_key"], msg: "Field required" },
        { type: "json_invalid", loc: ["body", 1], msg: "JSON decode error" }
      ])
      expect(JSON.stringify(body)).not.toContain("SECRET")
      expect((yield* Schema.decodeUnknownEffect(Contract.HTTPValidationError)({})).detail).toBeUndefined()
    }))

  it.effect("ValidationError rejects a non-integer loc entry", () =>
    Effect.gen(function*() {
      const result = yield* Effect.result(
        Schema.decodeUnknownEffect(Contract.ValidationError)({ loc: ["body", 1.5], msg: "m", type: "t" })
      )
      expect(result._tag).toBe("Failure")
    }))

  it("schemas carry the OpenAPI component titles as identifiers", () => {
    const id = (s: Schema.Top) => s.ast.annotations?.["identifier"]
    expect(id(Contract.ApiKeyLoginRequest)).toBe("ApiKeyLoginRequest")
    expect(id(Contract.Token)).toBe("Token")
    expect(id(Contract.ValidationError)).toBe("ValidationError")
    expect(id(Contract.HTTPValidationError)).toBe("HTTPValidationError")
  })
})
