import { describe, expect, it } from "@effect/vitest"
import * as PythonJson from "../src/core/server/pythonJson.js"
import * as PythonRender from "../src/core/server/pythonRender.js"
import * as PythonText from "../src/core/server/pythonText.js"

describe("PythonJson.firstError follows CPython's json.loads", () => {
  it.each(
    [
      ["{\"api_key\": }", "Expecting value", 12],
      ["{", "Expecting property name enclosed in double quotes", 1],
      ["{'a': 1}", "Expecting property name enclosed in double quotes", 1],
      ["{\"a\" 1}", "Expecting ':' delimiter", 5],
      ["{\"a\": 1 \"b\": 2}", "Expecting ',' delimiter", 8],
      ["[1 2]", "Expecting ',' delimiter", 3],
      ["[1,]", "Expecting value", 3],
      ["\"abc", "Unterminated string starting at", 0],
      ["\"a\\qb\"", "Invalid \\escape", 2],
      ["\"a\\u12G4\"", "Invalid \\uXXXX escape", 3],
      ["\"a\u0001\"", "Invalid control character at", 2],
      ["{\"a\": 1} x", "Extra data", 9],
      ["nul", "Expecting value", 0],
      ["  ", "Expecting value", 2]
    ] as const
  )("%j → %s at %i", (text, msg, pos) => {
    expect(PythonJson.firstError(text)).toEqual({ msg, pos })
  })

  it.each(["{\"a\":1}", " [1, {\"b\": null}, -0.5e3, \"\\u00e9\"] ", "NaN", "-Infinity", "\"\""])(
    "accepts %j",
    (text) => {
      expect(PythonJson.firstError(text)).toEqual(undefined)
    }
  )
})

describe("PythonJson: CPython's \\uXXXX handling", () => {
  it.each(
    [
      ["\"\\u1234", "Invalid \\uXXXX escape", 2],
      ["\"\\ud800\\uZZZZ\"", "Invalid \\uXXXX escape", 8],
      ["\"ab\\", "Unterminated string starting at", 0],
      ["[\"\\x\"]", "Invalid \\escape", 2]
    ] as const
  )("%j → %s at %i", (text, msg, pos) => {
    expect(PythonJson.firstError(text)).toEqual({ msg, pos })
  })

  it("joins an escaped surrogate pair, keeps a lone surrogate (marked unencodable)", () => {
    const decoded = PythonJson.loadsBytes(Buffer.from("[\"\\ud83d\\ude00\", \"\\ud800\\u0041\"]"))
    expect(decoded._tag).toBe("Value")
    if (decoded._tag !== "Value") return
    expect(decoded.value).toEqual(["😀", "\ud800A"])
    expect([...decoded.unencodable]).toEqual(["\ud800A"])
    expect(PythonRender.render(decoded.value, decoded.unencodable)).toEqual(undefined)
  })
})

describe("PythonJson: bytes as json.loads decodes them", () => {
  it("detects the encoding like json.detect_encoding and drops a BOM", () => {
    const text = "{\"k\": \"é😀\"}"
    const expected = Array.from(text, (c) => c.codePointAt(0))
    const le16 = Buffer.from(text, "utf16le")
    expect(PythonText.codePoints(Buffer.from(text))).toEqual(expected)
    expect(PythonText.codePoints(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual(
      expected
    )
    expect(PythonText.codePoints(le16)).toEqual(expected)
    expect(PythonText.codePoints(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le16).swap16()]))).toEqual(
      expected
    )
  })

  it.each([
    ["lone continuation byte", [0x80]],
    ["overlong", [0xc0, 0xaf]],
    ["overlong 3 bytes", [0xe0, 0x80, 0xaf]],
    ["beyond U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
    ["truncated", [0x22, 0xe2, 0x82]]
  ])("refuses invalid UTF-8: %s", (_name, bytes) => {
    expect(PythonJson.loadsBytes(Buffer.from(bytes))).toEqual({ _tag: "Unparsable", reason: "encoding" })
  })

  it("passes encoded surrogates (surrogatepass)", () => {
    expect(PythonText.codePoints(Buffer.from([0x22, 0xed, 0xa0, 0x80, 0x22]))).toEqual([34, 0xd800, 34])
  })
})

describe("PythonJson: values and rendering as Python", () => {
  it.each([
    [1, "1.0"],
    [0.1, "0.1"],
    [-2.5, "-2.5"],
    [1e16, "1e+16"],
    [1.5e16, "1.5e+16"],
    [123456789012345680, "1.2345678901234568e+17"],
    [1e-5, "1e-05"],
    [0.0001, "0.0001"],
    [5e-324, "5e-324"],
    [1.7976931348623157e308, "1.7976931348623157e+308"],
    [-0, "-0.0"]
  ])("floatRepr(%d) is %s", (x, repr) => {
    expect(PythonRender.floatRepr(x)).toBe(repr)
  })

  it("keeps exact integers, dict order with the last value of a repeated key, and refuses NaN", () => {
    const decoded = PythonJson.loadsBytes(
      Buffer.from("{\"b\": 1, \"a\": 123456789012345678901234567890, \"b\": [2.0]}")
    )
    expect(decoded._tag === "Value" && PythonRender.render(decoded.value)).toEqual(
      "{\"b\":[2.0],\"a\":123456789012345678901234567890}"
    )
    expect(PythonRender.render({ x: NaN })).toEqual(undefined)
    expect(PythonRender.render(["\u0000\u001f\"\\\u007f\u2028"])).toEqual(
      "[\"\\u0000\\u001f\\\"\\\\\u007f\u2028\"]"
    )
  })
})
