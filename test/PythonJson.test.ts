import { describe, expect, it } from "@effect/vitest"
import { Option } from "effect"
import * as PythonJson from "../src/internal/server/pythonJson.js"

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
    expect(PythonJson.firstError(text)).toEqual(Option.some({ msg, pos }))
  })

  it.each(["{\"a\":1}", " [1, {\"b\": null}, -0.5e3, \"\\u00e9\"] ", "NaN", "-Infinity", "\"\""])(
    "accepts %j",
    (text) => {
      expect(PythonJson.firstError(text)).toEqual(Option.none())
    }
  )
})
