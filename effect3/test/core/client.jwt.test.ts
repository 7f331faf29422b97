// Copied from core/test/client.jwt.test.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The client's JWT claim reading on its own (the core's `client/jwt.ts`): the base64url payload,
 * only `exp` and `iat` kept and both numbers, and the expiry they give. Plain vitest: no Effect.
 */
import { describe, expect, it } from "vitest"
import * as Jwt from "../../src/core/client/jwt.js"

const segment = (bytes: Uint8Array | string): string => Buffer.from(bytes).toString("base64url")

const jwtOf = (payload: string | Uint8Array): string =>
  `${segment(JSON.stringify({ alg: "HS256", typ: "JWT" }))}.${segment(payload)}.c2ln`

describe("claimsOf", () => {
  it("keeps exp and iat only", () => {
    expect(Jwt.claimsOf(jwtOf(JSON.stringify({ sub: "a", email: "a@x.test", exp: 3600, iat: 0 })))).toEqual({
      exp: 3600,
      iat: 0
    })
    expect(Jwt.claimsOf(jwtOf(JSON.stringify({ exp: 7, note: "ÿÿÿ>>>???" })))).toEqual({ exp: 7 })
    expect(Jwt.claimsOf(jwtOf("{}"))).toEqual({})
    expect(Jwt.claimsOf(`e30.e30=.c2ln`)).toEqual({}) // padded
    expect(Jwt.claimsOf(jwtOf(JSON.stringify({ exp: 1, name: "José ✓" })))).toEqual({ exp: 1 }) // UTF-8
  })

  it("gives undefined for what is not a JWT with a JSON object payload", () => {
    const none = [
      "opaque-token",
      "a.b",
      "e30.e30.c2ln.extra",
      "e30.e30+.c2ln",
      "e30.e===.c2ln",
      `e30.${segment(new Uint8Array([0xff, 0xfe, 0x7b, 0x7d]))}.c2ln`,
      `e30.${segment("not json")}.c2ln`,
      `e30.${segment("[1,2]")}.c2ln`,
      `e30.${segment("null")}.c2ln`,
      `e30.${segment("ÿ é ✓")}.c2ln`, // UTF-8, not JSON
      `e30.${segment("42")}.c2ln`
    ]
    for (const token of none) expect(Jwt.claimsOf(token), token).toBeUndefined()
  })

  it("says exp or iat is not a number, never the value", () => {
    for (
      const payload of [
        { exp: "4102444800" },
        { exp: null },
        { exp: [4102444800] },
        { exp: { at: 1 } },
        { exp: 4102444800, iat: "0" },
        { iat: null },
        { iat: [0] }
      ]
    ) {
      expect(Jwt.claimsOf(jwtOf(JSON.stringify({ sub: "someone", ...payload }))), JSON.stringify(payload)).toBe(
        "the exp or iat claim is not a number"
      )
    }
    expect(Jwt.notNumbers).toBe("the exp or iat claim is not a number")
  })
})

describe("expiresAt", () => {
  it("takes exp - iat from the time of receipt", () => {
    expect(Jwt.expiresAt({ iat: 100, exp: 160 }, 5000)).toBe(65_000)
    expect(Jwt.expiresAt({ iat: 160, exp: 160 }, 5000)).toBeUndefined()
  })

  it("takes exp as is without iat, when it lies ahead", () => {
    expect(Jwt.expiresAt({ exp: 60 }, 5000)).toBe(60_000)
    expect(Jwt.expiresAt({ exp: 5 }, 5000)).toBeUndefined()
  })

  it("gives undefined without a finite exp, or for an instant that is no safe integer", () => {
    expect(Jwt.expiresAt({}, 5000)).toBeUndefined()
    expect(Jwt.expiresAt({ iat: 0 }, 5000)).toBeUndefined()
    expect(Jwt.expiresAt({ exp: 1e300 }, 5000)).toBeUndefined()
    expect(Jwt.expiresAt({ exp: 1.5, iat: 0 }, 5000)).toBe(6500)
    expect(Jwt.expiresAt({ exp: 1.0005, iat: 0 }, 5000)).toBeUndefined()
  })
})
