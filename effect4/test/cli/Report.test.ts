import { describe, expect, it } from "@effect/vitest"
import { Config, ConfigProvider, Effect, Exit } from "effect"
import { withClient } from "../../src/cli/AuthCommands.js"
import { UsageError } from "../../src/cli/CliError.js"
import { explain, report } from "../../src/cli/Main.js"
import { startProblem } from "../../src/cli/Serve.js"
import { type Connection, noFlags } from "../../src/core/cli/Grammar.js"
import {
  GalileoCredentialExpired,
  GalileoDecodeError,
  GalileoHttpError,
  GalileoTransportError,
  GalileoUnauthorized,
  GalileoValidationError
} from "../../src/GalileoError.js"

/** Runs with `env` as the whole environment. */
const withEnv = (env: Record<string, string>) =>
  Effect.provideService(ConfigProvider.ConfigProvider, ConfigProvider.fromEnv({ env }))

/** The one line `token` fails with before any request, given flags and environment variables. */
const configProblem = (flags: Partial<Connection>, env: Record<string, string>) =>
  withClient({ ...noFlags, ...flags }, () => Effect.void).pipe(
    Effect.flip,
    Effect.map((e) => explain(e)),
    withEnv(env)
  )

const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"

describe("configuration problems name the flag, or the variable, at fault (exit 2)", () => {
  it.effect.each(
    [
      [{}, {}, /^GALILEO_API_KEY is not set \(nor another credential: /],
      [{}, { GALILEO_API_KEY: "k", GALILEO_API_URL: "http://example.com" }, /^GALILEO_API_URL uses plain http:\/\//],
      [{ apiUrl: "http://example.com" }, { GALILEO_API_KEY: "k" }, /^--api-url uses plain http:\/\//],
      [{ apiUrl: "not a url" }, { GALILEO_API_KEY: "k" }, /^--api-url is not a valid absolute URL$/],
      [
        { consoleUrl: "http://console.example.com" },
        { GALILEO_API_KEY: "k", GALILEO_API_URL: "https://api.example.com" },
        /^--console-url uses plain http:\/\//
      ],
      [{ apiKey: " k" }, {}, /^--api-key has leading or trailing whitespace$/],
      [{ username: "u" }, { GALILEO_API_URL: "https://a.test" }, /^GALILEO_PASSWORD is not set \(--username is\)$/],
      [
        { ssoIdToken: jwt, ssoProvider: "nope" },
        {},
        /^--sso-provider must be one of google, github, okta, azure-ad, custom$/
      ],
      [{ apiKey: "k", caCert: "/nonexistent/ca.pem" }, {}, /^--ca-cert could not be read \(ENOENT\)$/],
      [{ apiKey: "k", clientCert: "/nonexistent/c.pem" }, {}, /^--client-key is not set \(a client certificate is\)$/],
      [{ apiKey: "k", clientKey: "/nonexistent/k.pem" }, {}, /^--client-cert is not set \(a client key is\)$/],
      [
        { apiKey: "k", caCert: "/nonexistent/ca.pem" },
        { GALILEO_CLIENT_CERT_PATH: "/nonexistent/c.pem" },
        /^GALILEO_CLIENT_KEY_PATH is not set \(a client certificate is\)$/
      ],
      [
        { apiKey: "k", clientCert: "/nonexistent/c.pem" },
        { GALILEO_CLIENT_KEY_PATH: "/nonexistent/k.pem" },
        /^--client-cert could not be read \(ENOENT\)$/
      ],
      [
        { apiKey: "k", caCert: "/nonexistent/ca.pem" },
        { GALILEO_CA_CERT_CONTENT: "-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----" },
        /^--ca-cert could not be read \(ENOENT\)$/
      ],
      [
        {},
        { GALILEO_API_KEY: "k", GALILEO_CLIENT_CERT_PATH: "/x.pem" },
        /^GALILEO_CLIENT_KEY_PATH is not set \(a client certificate is\)$/
      ],
      [
        { apiKey: "k", insecure: true },
        { GALILEO_CA_CERT_PATH: "/nonexistent/ca.pem" },
        /^GALILEO_CA_CERT_PATH could not be read \(ENOENT\)$/
      ]
    ] as const
  )("%j %j", ([flags, env, line]) =>
    Effect.map(configProblem(flags, env), ([code, message]) => {
      expect(code).toBe(2)
      expect(message).toMatch(line)
    }))

  it.effect("allows plain http to another host with --allow-insecure-http", () =>
    Effect.gen(function*() {
      const exit = yield* withClient(
        { ...noFlags, apiUrl: "http://example.com", allowInsecureHttp: true },
        (_, config) => Effect.succeed(config.apiUrl)
      ).pipe(Effect.exit, withEnv({ GALILEO_API_KEY: "k" }))
      expect(exit).toEqual(Exit.succeed("http://example.com/v1"))
    }))

  it.effect("flags win over SPLUNK_AO_* and GALILEO_*", () =>
    Effect.gen(function*() {
      const kind = yield* withClient(
        { ...noFlags, apiUrl: "https://flag.test", username: "u", password: "p" },
        (_, config) => Effect.succeed([config.apiUrl, config.credential._tag])
      ).pipe(withEnv({ SPLUNK_AO_API_URL: "https://splunk.test", GALILEO_API_URL: "https://galileo.test" }))
      expect(kind).toEqual(["https://flag.test/v1", "Password"])
    }))
})

describe("each failure has its exit code", () => {
  const request = { method: "POST", path: "/v1/login/api_key" }
  it.each(
    [
      [new GalileoValidationError({ status: 422, detail: [], ...request }), 3],
      [new GalileoUnauthorized({ status: 401, detail: "no", ...request }), 4],
      [new GalileoCredentialExpired({ credential: "jwt", description: "expired" }), 4],
      [new GalileoHttpError({ status: 500, body: "", ...request }), 5],
      [new GalileoDecodeError({ status: 200, reason: "r", ...request }), 6],
      [new GalileoTransportError({ reason: "Timeout", description: "d", ...request }), 7],
      [new UsageError({ message: "port 1 is already in use" }), 2],
      [new Config.ConfigError(new ConfigProvider.SourceError({ message: "X is not set" })), 2],
      [new Error("boom"), 1]
    ] as const
  )("%s", (error, code) => {
    expect(explain(error)[0]).toBe(code)
  })

  const token = { _tag: "token", connection: noFlags } as const
  const serve = { _tag: "serve", port: 0, apiKeys: [], ttlMillis: 1000 } as const

  it("one line, no stack trace, unless --log-level debug", () => {
    const exit = Exit.die(new Error("boom\n    at somewhere"))
    expect(report(token, exit, false)).toEqual([
      1,
      ["galileo-effect: unexpected error: boom at somewhere (--log-level debug shows the details)"]
    ])
    expect(report(token, exit, true)).toEqual([1, [
      "galileo-effect: debug: failed with Error: boom at somewhere",
      "galileo-effect: unexpected error: boom at somewhere"
    ]])
  })

  it("--log-level debug: the causes under a failure, never a stack frame", () => {
    const error = new Error("outer", {
      cause: new Error("connect ECONNREFUSED", { cause: new Error("\u001b[31mdeep") })
    })
    const [code, lines] = report(token, Exit.fail(error), true)
    expect(code).toBe(1)
    expect(lines).toEqual([
      "galileo-effect: debug: caused by Error: connect ECONNREFUSED",
      "galileo-effect: debug: caused by Error: \\x1b[31mdeep",
      "galileo-effect: unexpected error: outer"
    ])
    expect(lines.join("\n")).not.toMatch(/^\s+at /m)
  })

  it("Ctrl-C ends serve with 0, anything else with 130", () => {
    expect(report(serve, Exit.interrupt(), false)).toEqual([0, []])
    expect(report(token, Exit.interrupt(), false)).toEqual([130, []])
  })

  it("a busy port names --port", () => {
    expect(startProblem(8088, Object.assign(new Error("listen EADDRINUSE"), { code: "EADDRINUSE" })).message).toBe(
      "port 8088 is already in use (choose another with --port, or --port 0)"
    )
  })
})
