/**
 * Secret scrubbing on plain strings (the core's `client/scrub.ts`): every encoding a secret comes
 * back in, JWT shapes, `Bearer`/`Basic` values, short secrets as whole words only, the secrets a
 * request carried, and the excerpt an error keeps. The linear-cost checks and the end-to-end ones
 * (through real servers) are in each line's `test/ErrorScrub.test.ts`. Plain vitest: no Effect.
 */
import { describe, expect, it } from "vitest"
import * as Scrub from "../../src/core/client/scrub.js"

const scrub = (text: string, secrets: ReadonlyArray<string> = []) => Scrub.make(secrets)(text)

describe("Scrub.make", () => {
  it("replaces a secret as is, every time it stands in the text", () => {
    expect(scrub("key long-secret-value, again long-secret-value.", ["long-secret-value"])).toBe(
      "key <redacted>, again <redacted>."
    )
    expect(scrub("", ["long-secret-value"])).toBe("")
    expect(scrub("nothing here", ["long-secret-value"])).toBe("nothing here")
  })

  it("a secret shorter than 8 characters only as a whole word", () => {
    expect(scrub("Invalid API key k (k) k-1 xlong-secret-valuex", ["k", "long-secret-value"])).toBe(
      "Invalid API key <redacted> (<redacted>) k-1 x<redacted>x"
    )
    expect(scrub("keyboard kk k", ["k"])).toBe("keyboard kk <redacted>")
  })

  it("percent-encoded (either hex case, %20 or + for a space) and JSON-escaped", () => {
    const password = "p@ss word!é/"
    const forms = [
      "p@ss word!é/",
      "p%40ss+word%21%C3%A9%2F",
      "p%40ss%20word%21%C3%A9%2F",
      "p%40ss+word%21%c3%a9%2f",
      "p@ss word!\\u00e9/",
      "p@ss word!\\u00E9\\/",
      "\\u0070\\u0040ss word!\\u00e9/"
    ]
    for (const form of forms) expect(scrub(`got ${form} back`, [password]), form).toBe("got <redacted> back")
    const key = "KEY-9f8e7d6c"
    const escaped = [...key].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")
    expect(scrub(`{"key": "${escaped}"}`, [key])).toBe(`{"key": "<redacted>"}`)
    expect(scrub("KEY%2D9f8e7d6c", [key])).toBe("<redacted>")
  })

  it("2-, 3- and 4-byte UTF-8 characters, percent-encoded and as JSON surrogate pairs", () => {
    const secret = "pé€😀 wörd!"
    const forms = [
      secret,
      encodeURIComponent(secret),
      encodeURIComponent(secret).toLowerCase(),
      new URLSearchParams({ p: secret }).toString().slice(2),
      "p\\u00e9\\u20ac\\ud83d\\ude00 w\\u00f6rd!",
      "p\\u00E9\\u20AC\\uD83D\\uDE00 w\\u00F6rd!"
    ]
    expect(forms[1]).toBe("p%C3%A9%E2%82%AC%F0%9F%98%80%20w%C3%B6rd!")
    expect(forms[3]).toBe("p%C3%A9%E2%82%AC%F0%9F%98%80+w%C3%B6rd%21")
    for (const form of forms) {
      expect(scrub(form, [secret]), form).toBe("<redacted>")
      expect(scrub(`got ${form}, again:${form}.`, [secret]), form).toBe("got <redacted>, again:<redacted>.")
    }
  })

  it("a malformed escape is text: it neither hides a secret nor breaks the view", () => {
    expect(scrub("%zz %E2%82 \\uZZZZ \\ long-secret-value %", ["long-secret-value"])).toBe(
      "%zz %E2%82 \\uZZZZ \\ <redacted> %"
    )
    expect(scrub("%C3%28 and %F5%80%80%80", [])).toBe("%C3%28 and %F5%80%80%80")
  })

  it("anything shaped like a JWT, as the old pattern found it, without a secret given", () => {
    const old = /eyJ[\w-]*\.[\w-]+\.[\w-]*/g
    const samples = [
      "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln here",
      "xeyJa.b. and eyJ.b.c eyJa..c eyJa.b",
      "eyJeyJa.b.eyJc.d.e",
      "a.eyJ-_.x_.- eyJ"
    ]
    for (const sample of samples) expect(scrub(sample)).toBe(sample.replace(old, "<redacted>"))
  })

  it("every Bearer or Basic value of 8 characters or more, in any of the three cases", () => {
    expect(scrub("Authorization: Bearer opaque-token-0123456789")).toBe("Authorization: Bearer <redacted>")
    // the value runs to the next space
    expect(scrub("basic dXNlcjpwYXNz; BEARER   abcdefgh")).toBe("basic <redacted> BEARER   <redacted>")
    expect(scrub("Bearer short; xBearer opaque-token-0123")).toBe("Bearer short; xBearer opaque-token-0123")
  })

  it("overlapping finds are one redaction", () => {
    const token = "opaque-token-0123456789"
    expect(scrub(`upstream refused ${token}; headers: Authorization: Bearer ${token}`, [token])).toBe(
      "upstream refused <redacted>; headers: Authorization: Bearer <redacted>"
    )
    expect(scrub("abc-secret-valuedef", ["abc-secret-value", "secret-valuedef"])).toBe("<redacted>")
  })
})

describe("Scrub.sentSecrets", () => {
  it("the credential after the scheme, and every cookie's value", () => {
    expect(Scrub.sentSecrets("Bearer tok-1", "refresh_token=r-1; other = v2 ;bare")).toEqual(["tok-1", "r-1", "v2"])
    expect(Scrub.sentSecrets("rawtoken", undefined)).toEqual(["rawtoken"])
    expect(Scrub.sentSecrets(undefined, undefined)).toEqual([])
  })
})

describe("Scrub.excerpt", () => {
  it("short, single-line, scrubbed before it is cut", () => {
    expect(Scrub.excerpt("x eyJa.b.c long-secret-value", ["long-secret-value"])).toBe("x <redacted> <redacted>")
    expect(Scrub.excerpt("  a\n\tb  ", [])).toBe("a b")
    const long = Scrub.excerpt(`${"word ".repeat(200)}long-secret-value`, ["long-secret-value"])
    expect(long.length).toBe(Scrub.maxExcerptLength)
    expect(long.endsWith("…")).toBe(true)
  })

  it("of a text cut short, the last word is dropped: no part of a secret shows", () => {
    expect(Scrub.excerpt("refused long-secret-va", ["long-secret-value"], true)).toBe("refused")
    expect(Scrub.excerpt("refused long-secret-va", ["long-secret-value"])).toBe("refused long-secret-va")
  })

  it("dropCutWord removes at most `bound` characters", () => {
    expect(Scrub.dropCutWord("a bcdef", 10)).toBe("a ")
    expect(Scrub.dropCutWord("abcdef", 2)).toBe("abcd")
    expect(Scrub.dropCutWord("abc ", 10)).toBe("abc ")
  })
})
