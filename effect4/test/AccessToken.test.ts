import { describe, expect, it } from "@effect/vitest"
import { Config, Effect, Layer, Option, Redacted } from "effect"
import { AccessToken, GalileoConfig } from "../src/index.js"

const segment = (bytes: Uint8Array | string): string => Buffer.from(bytes).toString("base64url")

const jwtOf = (payload: string | Uint8Array): Redacted.Redacted<string> =>
  Redacted.make(`${segment(JSON.stringify({ alg: "HS256", typ: "JWT" }))}.${segment(payload)}.c2ln`)

const claims = (token: Redacted.Redacted<string>) => AccessToken.readClaims(token)

describe("AccessToken.readClaims", () => {
  it("reads exp and iat of an unpadded base64url payload", () => {
    expect(claims(jwtOf(JSON.stringify({ sub: "a", exp: 3600, iat: 0 })))).toEqual(Option.some({ exp: 3600, iat: 0 }))
  })

  it("reads a padded payload and one whose base64url uses - and _", () => {
    const payload = JSON.stringify({ exp: 7, note: "ÿÿÿ>>>???" })
    const unpadded = segment(payload)
    expect(unpadded).toMatch(/[-_]/)
    const padded = Buffer.from(payload).toString("base64").replace(/\+/g, "-").replace(/\//g, "_")
    expect(padded.endsWith("=")).toBe(true)
    expect(claims(Redacted.make(`e30.${unpadded}.c2ln`))).toEqual(Option.some({ exp: 7 }))
    expect(claims(Redacted.make(`e30.${padded}.c2ln`))).toEqual(Option.some({ exp: 7 }))
  })

  it("gives None for anything that is not a JWT with typed claims", () => {
    const none = [
      "opaque-token",
      "a.b",
      "e30.e30.c2ln.extra",
      "e30.e30+.c2ln", // plain base64 characters are not base64url
      "e30.e===.c2ln", // impossible length
      `e30.${segment(new Uint8Array([0xff, 0xfe, 0x7b, 0x7d]))}.c2ln`, // not UTF-8
      `e30.${segment("not json")}.c2ln`,
      `e30.${segment("[1,2]")}.c2ln`,
      `e30.${segment(JSON.stringify({ exp: "3600" }))}.c2ln`
    ]
    for (const token of none) expect(Option.isNone(claims(Redacted.make(token))), token).toBe(true)
  })
})

describe("AccessToken.make", () => {
  it("takes exp - iat from the time of receipt", () => {
    const token = AccessToken.make(jwtOf(JSON.stringify({ iat: 100, exp: 160 })), "bearer", 5_000)
    expect(token.receivedAt.epochMilliseconds).toBe(5_000)
    expect(Option.map(token.expiresAt, (at) => at.epochMilliseconds)).toEqual(Option.some(65_000))
  })

  it("an exp no Date can hold leaves the expiry unknown instead of throwing", () => {
    const token = AccessToken.make(jwtOf(JSON.stringify({ exp: 1e300 })), "bearer", 5_000)
    expect(Option.isNone(token.expiresAt)).toBe(true)
  })
})

describe("AccessToken.bearerProblem: exp and iat must be numbers", () => {
  const bad = [
    [{ exp: "4102444800" }, "the exp or iat claim is not a number"],
    [{ exp: null }, "the exp or iat claim is not a number"],
    [{ exp: [4102444800] }, "the exp or iat claim is not a number"],
    [{ exp: { at: 1 } }, "the exp or iat claim is not a number"],
    [{ exp: 4102444800, iat: "0" }, "the exp or iat claim is not a number"],
    [{ iat: null }, "the exp or iat claim is not a number"],
    [{ iat: [0] }, "the exp or iat claim is not a number"]
  ] as const

  it("says a claim is not a number, never the value", () => {
    for (const [payload, reason] of bad) {
      const token = jwtOf(JSON.stringify({ sub: "someone", ...payload }))
      expect(AccessToken.bearerProblem(token), JSON.stringify(payload)).toEqual(Option.some(reason))
      expect(Option.isNone(claims(token))).toBe(true)
    }
  })

  it("accepts numeric claims, no claims, and opaque tokens", () => {
    for (const token of [jwtOf(JSON.stringify({ exp: 3600, iat: 0 })), jwtOf("{}"), Redacted.make("opaque-token")]) {
      expect(AccessToken.bearerProblem(token)).toEqual(Option.none())
    }
  })

  it.effect("a configured JWT whose exp is a string, null or an array is a ConfigError", () =>
    Effect.gen(function*() {
      for (const exp of ["4102444800", null, [4102444800]]) {
        const jwt = jwtOf(JSON.stringify({ sub: "someone", exp }))
        const error = yield* Effect.flip(Layer.build(GalileoConfig.layer({ jwt })).pipe(Effect.scoped))
        expect(error).toBeInstanceOf(Config.ConfigError)
        // a value given but not valid: the source's error, not the schema's (a missing value)
        expect(error.cause._tag).toBe("SourceError")
        expect(String(error)).toContain("jwt is not a valid bearer token")
        expect(String(error)).not.toContain(Redacted.value(jwt))
      }
    }))
})
