/**
 * The help text (`core/src/cli/Help.ts`), rendered from the grammar and the exit-code table with
 * the version each line passes in. Effect-free: plain vitest.
 */
import { describe, expect, it } from "vitest"
import { parsePort, parseTtl } from "../../src/core/cli/Args.js"
import { codes, descriptions } from "../../src/core/cli/ExitCode.js"
import { commands } from "../../src/core/cli/Grammar.js"
import { render } from "../../src/core/cli/Help.js"

const version = "9.8.7-test.1"

describe("help text: the spec is the one source of truth", () => {
  it("the root help names the version it is given, and lists every command", () => {
    const text = render(undefined, version)
    expect(text.split("\n")[0]).toBe(
      "galileo-effect 9.8.7-test.1: a Galileo API client (tokens, login) and an embedded Galileo-compatible server"
    )
    expect(render(undefined, "0.0.1").split("\n")[0]).toMatch(/^galileo-effect 0\.0\.1: /)
    for (const c of commands) expect(text).toContain(`\n  ${c.name.padEnd(5)}  ${c.summary}\n`)
    expect(text).toContain("--log-level LEVEL")
    expect(text.endsWith("\n\nRun galileo-effect <command> --help for the options of a command.\n")).toBe(true)
  })

  it("a command's help names no version", () => {
    for (const c of commands) {
      expect(render(c.name, version)).not.toContain(version)
      expect(render(c.name, version).split("\n")[0]).toBe(`galileo-effect ${c.name}: ${c.summary}`)
    }
  })

  it("the root help lists the exit codes, as the table gives them", () => {
    const text = render(undefined, version)
    const section = text.slice(text.indexOf("Exit codes:\n"), text.indexOf("\n\nRun galileo-effect"))
    expect(section.split("\n")).toEqual([
      "Exit codes:",
      "  0  success",
      "  1  unexpected failure",
      "  2  bad usage or configuration (the flag or variable at fault is named)",
      "  3  Galileo rejected the request (422)",
      "  4  Galileo refused the credentials (401/403), or the JWT has expired",
      "  5  Galileo answered another HTTP error",
      "  6  Galileo's answer was unreadable",
      "  7  Galileo could not be reached (network error or timeout)"
    ])
  })

  it("--sso-provider lists the providers the contract accepts, in its order", () => {
    expect(render("login", version)).toContain(
      "--sso-provider NAME    google, github, okta, azure-ad or custom (default:"
    )
  })

  it.each(commands.map((c) => [c.name] as const))("%s: every option it lists is accepted, and only those", (name) => {
    const text = render(name, version)
    const listed = [...text.matchAll(/^ {2}(?:-h, | {4})--([a-z-]+)/gm)].map((m) => m[1])
    const spec = commands.find((c) => c.name === name)
    expect(listed).toEqual([...(spec?.flags ?? []).map((f) => f.name), "help", "version", "log-level"])
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(100)
    expect(text).not.toMatch(/\u001b/)
  })

  it("parsePort and parseTtl accept what the help promises", () => {
    expect(parsePort("0")).toEqual({ ok: true, value: 0 })
    expect(parsePort("65535")).toEqual({ ok: true, value: 65535 })
    for (
      const [text, millis] of [
        ["1s", 1000],
        ["90s", 90_000],
        ["15m", 900_000],
        ["1h", 3_600_000],
        [" 2 d ", 172_800_000],
        ["1 hour", 3_600_000],
        ["2 hours", 7_200_000],
        ["1.5h", 5_400_000],
        ["1500ms", 1500],
        ["1w", 604_800_000],
        ["365d", 31_536_000_000]
      ] as const
    ) {
      expect(parseTtl(text), text).toEqual({ ok: true, value: millis })
    }
  })
})

describe("exit codes", () => {
  it("one per failure kind, the two refusals sharing 4", () => {
    expect(codes).toEqual({
      ok: 0,
      unexpected: 1,
      config: 2,
      GalileoValidationError: 3,
      GalileoUnauthorized: 4,
      GalileoCredentialExpired: 4,
      GalileoHttpError: 5,
      GalileoDecodeError: 6,
      GalileoTransportError: 7,
      interrupted: 130
    })
  })

  it("the help lists each code once, in order", () => {
    const listed = descriptions.map(([code]) => code)
    expect(listed).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(new Set(Object.values(codes).filter((c) => c !== codes.interrupted))).toEqual(new Set(listed))
  })
})
