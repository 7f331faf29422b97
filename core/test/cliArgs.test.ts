/**
 * The command line's parser (`core/src/cli/Args.ts`), Effect-free: plain vitest.
 */
import { describe, expect, it } from "vitest"
import { parse } from "../../src/core/cli/Args.js"

const usage = (message: string) => ({ _tag: "UsageError", message })

describe("parse: every bad input is one line naming the flag at fault", () => {
  it.each([
    [["serve", "--port", "-1"], "--port must be a whole number from 0 to 65535, got \"-1\""],
    [["serve", "--port", "70000"], "--port must be a whole number from 0 to 65535, got \"70000\""],
    [["serve", "--port", "abc"], "--port must be a whole number from 0 to 65535, got \"abc\""],
    [["serve", "--port=1.5"], "--port must be a whole number from 0 to 65535, got \"1.5\""],
    [["serve", "--port"], "--port needs a value"],
    [["serve", "--port", "--ttl", "1h"], "--port needs a value"],
    [["serve", "--port", "1", "--port", "2"], "--port is given more than once"],
    [["serve", "--ttl", "bad"], "--ttl \"bad\" is not a duration such as 90s, 15m, 1h or \"2 hours\""],
    [["serve", "--ttl", "-5s"], "--ttl \"-5s\" is not a duration such as 90s, 15m, 1h or \"2 hours\""],
    [["serve", "--ttl", "0s"], "--ttl must be more than zero, got \"0s\""],
    [["serve", "--ttl", "0 seconds"], "--ttl must be more than zero, got \"0 seconds\""],
    [["serve", "--ttl", "500ms"], "--ttl must be from 1s to 365d, got \"500ms\""],
    [["serve", "--ttl", "366d"], "--ttl must be from 1s to 365d, got \"366d\""],
    [
      ["serve", "--ttl", "99999999999999999999 weeks"],
      "--ttl must be from 1s to 365d, got \"99999999999999999999 weeks\""
    ],
    [["token", "--bogus"], "token: unknown option --bogus (see galileo-effect token --help)"],
    [["token", "--bogus=1"], "token: unknown option --bogus (see galileo-effect token --help)"],
    [["token", "-x"], "token: unknown option -x (see galileo-effect token --help)"],
    [["--bogus", "token"], "unknown option --bogus (see galileo-effect --help)"],
    [["serve", "--jwt", "x"], "serve: unknown option --jwt (see galileo-effect serve --help)"],
    [["token", "extra"], "token: unexpected argument at position 2 (see galileo-effect token --help)"],
    [["frob"], "unknown command at position 1 (expected token, login, serve or demo)"],
    [["token", "--insecure=yes"], "--insecure takes no value"],
    [["token", "--api-key"], "--api-key needs a value"],
    [["token", "--api-key", "a", "--api-key", "b"], "--api-key is given more than once"],
    [
      ["token", "--log-level", "loud"],
      "--log-level must be one of all, trace, debug, info, warning, error, fatal, none, got \"loud\""
    ],
    [["token", "--log-level", "info", "--log-level=debug"], "--log-level is given more than once"]
  ])("%j", (argv, message) => {
    expect(parse(argv)).toEqual(usage(message))
  })
})

describe("parse: a usage error never shows an argument's value", () => {
  const secret = "sk-live-0123456789abcdef"
  it.each([
    [["token", "--insecure", secret], "token: unexpected argument at position 3 (see galileo-effect token --help)"],
    [
      ["login", "--allow-insecure-http", secret],
      "login: unexpected argument at position 3 (see galileo-effect login --help)"
    ],
    [["--log-level", "debug", secret], "unknown command at position 3 (expected token, login, serve or demo)"],
    [["token", `-${secret}`], "token: unknown option at position 2 (see galileo-effect token --help)"],
    [["token", `--x${secret}_=1`], "token: unknown option at position 2 (see galileo-effect token --help)"],
    [[secret, "token"], "unknown command at position 1 (expected token, login, serve or demo)"],
    [["serve", "--port", "0", secret], "serve: unexpected argument at position 4 (see galileo-effect serve --help)"]
  ])("%j", (argv, message) => {
    const parsed = parse(argv)
    expect(parsed).toEqual(usage(message))
    expect(JSON.stringify(parsed)).not.toContain(secret)
  })
})

describe("parse: secrets", () => {
  it.each([
    [["serve", "--api-key", ""], "--api-key is empty"],
    [["serve", "--api-key=  "], "--api-key is blank (only whitespace)"],
    [["serve", "--api-key", "a", "--api-key", ""], "--api-key is empty"],
    [["token", "--api-key", ""], "--api-key is empty"],
    [["login", "--password", " \t"], "--password is blank (only whitespace)"],
    [["token", "--jwt="], "--jwt is empty"],
    [["token", "--sso-id-token", ""], "--sso-id-token is empty"],
    [
      ["token", "--api-key", "-", "--password", "-"],
      "only one secret may be read from stdin (- is given to --api-key and --password)"
    ],
    [
      ["serve", "--api-key", "-", "--api-key=-"],
      "only one secret may be read from stdin (- is given to --api-key and --api-key)"
    ],
    [["token", "--api-url", "-"], "--api-url needs a value"]
  ])("%j", (argv, message) => {
    expect(parse(argv)).toEqual(usage(message))
  })

  it.each([["api-key", "apiKey"], ["password", "password"], ["sso-id-token", "ssoIdToken"], ["jwt", "jwt"]] as const)(
    "--%s - reads stdin",
    (flag, field) => {
      const parsed = parse(["login", `--${flag}`, "-"])
      expect(parsed._tag === "Run" && parsed.command._tag === "login" && parsed.command.connection).toMatchObject({
        [field]: "-",
        stdin: field
      })
    }
  )

  it("serve --api-key - reads stdin, beside other keys", () => {
    expect(parse(["serve", "--api-key", "a", "--api-key", "-"])).toMatchObject({
      _tag: "Run",
      command: { _tag: "serve", apiKeys: ["a", "-"] }
    })
  })
})

describe("parse: what runs", () => {
  it("serve's defaults", () => {
    expect(parse(["serve"])).toEqual({
      _tag: "Run",
      logLevel: "warning",
      command: { _tag: "serve", port: 8088, apiKeys: [], ttlMillis: 3_600_000 }
    })
  })

  it("repeated --api-key for serve, --flag=value, a huge but valid --ttl", () => {
    expect(parse(["serve", "--api-key", "a", "--api-key=b", "--port=0", "--ttl", "365 days"])).toEqual({
      _tag: "Run",
      logLevel: "warning",
      command: { _tag: "serve", port: 0, apiKeys: ["a", "b"], ttlMillis: 365 * 86_400_000 }
    })
  })

  it.each([
    [["--log-level", "debug", "token"]],
    [["--log-level=debug", "token"]],
    [["token", "--log-level", "debug"]],
    [["token", "--api-key", "k", "--log-level=DEBUG", "--api-url", "https://x.test"]],
    [["token", "--api-key", "k", "--api-url", "https://x.test", "--log-level", "debug"]]
  ])("--log-level anywhere: %j", (argv) => {
    const parsed = parse(argv)
    expect(parsed._tag === "Run" && parsed.logLevel).toBe("debug")
  })

  it("every credential and TLS flag of token and login", () => {
    const argv = [
      "--api-key=k",
      "--username",
      "u",
      "--password",
      "p",
      "--sso-id-token",
      "i",
      "--sso-provider",
      "okta",
      "--jwt",
      "j",
      "--api-url",
      "https://a.test",
      "--console-url",
      "https://c.test",
      "--allow-insecure-http",
      "--ca-cert",
      "ca.pem",
      "--client-cert",
      "c.pem",
      "--client-key",
      "k.pem",
      "--insecure"
    ]
    for (const name of ["token", "login"] as const) {
      expect(parse([name, ...argv])).toEqual({
        _tag: "Run",
        logLevel: "warning",
        command: {
          _tag: name,
          connection: {
            apiKey: "k",
            username: "u",
            password: "p",
            ssoIdToken: "i",
            ssoProvider: "okta",
            jwt: "j",
            apiUrl: "https://a.test",
            consoleUrl: "https://c.test",
            allowInsecureHttp: true,
            caCert: "ca.pem",
            clientCert: "c.pem",
            clientKey: "k.pem",
            insecure: true,
            stdin: undefined
          }
        }
      })
    }
  })

  it("a negative number is a value, a flag is not", () => {
    expect(parse(["token", "--api-key", "-k1"])).toEqual(usage("--api-key needs a value"))
    expect(parse(["token", "--api-key=-k1"])._tag).toBe("Run")
  })
})

describe("parse: help and version", () => {
  it.each([
    [[], undefined],
    [["--help"], undefined],
    [["-h"], undefined],
    [["help"], undefined],
    [["help", "serve"], "serve"],
    [["token", "--help"], "token"],
    [["--help", "login"], "login"],
    [["serve", "--port", "-1", "-h"], "serve"],
    [["token", "--bogus", "--help"], "token"]
  ])("%j", (argv, command) => {
    expect(parse(argv)).toEqual({ _tag: "Help", command })
  })

  it("--version", () => {
    expect(parse(["--version"])).toEqual({ _tag: "Version" })
    expect(parse(["token", "--version"])).toEqual({ _tag: "Version" })
  })

  it("help for an unknown command is a usage error", () => {
    expect(parse(["frob", "--help"])).toEqual(
      usage("unknown command at position 1 (expected token, login, serve or demo)")
    )
  })
})
