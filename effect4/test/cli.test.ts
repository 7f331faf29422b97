import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { Fault, GalileoServer } from "../src/testing/index.js"
import * as Spawn from "./support/Spawn.js"

/** The `/current_user` id of the demo API key's user. */
const demoUserId = GalileoServer.userIdOf(GalileoServer.subjectOf(GalileoServer.demoApiKey))

const env = (server: GalileoServer.Service, key = GalileoServer.demoApiKey) => ({
  GALILEO_API_URL: server.url,
  GALILEO_API_KEY: key
})

/** Asserts a usage failure: exit 2, nothing on stdout, exactly `line` on stderr. */
const expectUsage = (result: Spawn.Result, line: string) =>
  expect([result.code, result.stdout, result.stderr]).toEqual([2, "", `galileo-effect: ${line}\n`])

const ansi = /\u001b\[/

describe("galileo-effect CLI (spawned): help", () => {
  const helps: ReadonlyArray<ReadonlyArray<string>> = [
    [],
    ["--help"],
    ["token", "--help"],
    ["login", "-h"],
    ["serve", "--help"],
    ["demo", "--help"]
  ]
  it.effect.each(helps.map((args) => [args] as const))(
    "%j prints help and exits 0",
    ([args]) =>
      Effect.gen(function*() {
        const result = yield* Spawn.cli(args)
        expect([result.code, result.stderr]).toEqual([0, ""])
        expect(result.stdout).toMatch(/^galileo-effect/)
        if (args[0] === undefined || args[0] === "--help") {
          for (const c of ["token", "login", "serve", "demo"]) expect(result.stdout).toContain(`  ${c} `)
        }
        if (args[0] === "token" || args[0] === "login") {
          for (
            const flag of [
              "--api-key",
              "--username",
              "--password",
              "--sso-id-token",
              "--jwt",
              "--ca-cert",
              "--insecure"
            ]
          ) {
            expect(result.stdout).toContain(flag)
          }
        }
        if (args[0] === "serve") expect(result.stdout).toContain("--ttl DURATION")
      })
  )

  it.effect("--version", () =>
    Effect.gen(function*() {
      const result = yield* Spawn.cli(["--version"])
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
    }))
})

describe("galileo-effect CLI (spawned): every bad input is one line on stderr and exit 2", () => {
  it.effect("flags", () =>
    Effect.gen(function*() {
      const cases: ReadonlyArray<readonly [ReadonlyArray<string>, string]> = [
        [["serve", "--port", "-1"], "--port must be a whole number from 0 to 65535, got \"-1\""],
        [["serve", "--port", "70000"], "--port must be a whole number from 0 to 65535, got \"70000\""],
        [["serve", "--port", "abc"], "--port must be a whole number from 0 to 65535, got \"abc\""],
        [["serve", "--ttl", "bad"], "--ttl \"bad\" is not a duration such as 90s, 15m, 1h or \"2 hours\""],
        [["serve", "--ttl", "0s"], "--ttl must be more than zero, got \"0s\""],
        [["serve", "--ttl", "0 seconds"], "--ttl must be more than zero, got \"0 seconds\""],
        [["serve", "--ttl", "1000000d"], "--ttl must be from 1s to 365d, got \"1000000d\""],
        [["token", "--bogus"], "token: unknown option --bogus (see galileo-effect token --help)"],
        [["bogus"], "unknown command at position 1 (expected token, login, serve or demo)"],
        [
          ["token", "--log-level", "loud"],
          "--log-level must be one of all, trace, debug, info, warning, error, fatal, none, got \"loud\""
        ],
        [["serve", "--port", "-1", "--log-level", "debug"], "--port must be a whole number from 0 to 65535, got \"-1\""]
      ]
      for (const [args, line] of cases) expectUsage(yield* Spawn.cli(args), line)
    }))

  it.effect("a missing credential", () =>
    Effect.gen(function*() {
      const result = yield* Spawn.cli(["token"], { GALILEO_API_URL: "http://127.0.0.1:1" })
      expect([result.code, result.stdout]).toEqual([2, ""])
      expect(result.stderr).toMatch(/^galileo-effect: GALILEO_API_KEY is not set \(nor another credential: [^\n]*\)\n$/)
    }))

  it.effect("an --api-url problem blames --api-url, not GALILEO_API_URL", () =>
    Effect.gen(function*() {
      expectUsage(
        yield* Spawn.cli(["login", "--api-url", "http://example.com"], {
          GALILEO_API_KEY: "k",
          GALILEO_API_URL: "https://api.example.com"
        }),
        "--api-url uses plain http:// to a host that is not loopback; use https:// or pass --allow-insecure-http"
      )
      expectUsage(
        yield* Spawn.cli(["token"], { GALILEO_API_KEY: "k", GALILEO_API_URL: "http://example.com" }),
        "GALILEO_API_URL uses plain http:// to a host that is not loopback; use https:// or set GALILEO_ALLOW_INSECURE_HTTP=true (or pass --allow-insecure-http)"
      )
    }))

  it.live("a busy port", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const port = new URL(server.url).port
      expectUsage(
        yield* Spawn.cli(["serve", "--port", port]),
        `port ${port} is already in use (choose another with --port, or --port 0)`
      )
    }).pipe(Effect.provide(GalileoServer.layer())))
})

describe("galileo-effect CLI (spawned): token and login", () => {
  it.live("token prints a fresh access token and nothing else", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const result = yield* Spawn.cli(["token"], env(server))
      expect([result.code, result.stderr]).toEqual([0, ""])
      expect(result.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/)
      const me = yield* Effect.promise(() =>
        fetch(`${server.url}/v1/current_user`, { headers: { authorization: `Bearer ${result.stdout.trim()}` } })
      )
      expect(me.status).toBe(200)
      expect((yield* server.stats).logins).toBe(1)
    }).pipe(Effect.provide(GalileoServer.layer())))

  it.live("flags win over the environment, SPLUNK_AO_* included", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const result = yield* Spawn.cli(["token", "--api-key", "flag-key", "--api-url", server.url], {
        GALILEO_API_KEY: "env-key",
        SPLUNK_AO_API_KEY: "splunk-key",
        GALILEO_API_URL: "http://127.0.0.1:1",
        SPLUNK_AO_API_URL: "http://127.0.0.1:2"
      })
      expect([result.code, result.stderr]).toEqual([0, ""])
    }).pipe(Effect.provide(GalileoServer.layer({ apiKeys: ["flag-key"] }))))

  it.live("token with --username and --password", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const { password, username } = GalileoServer.demoUser
      const result = yield* Spawn.cli([
        "token",
        "--username",
        username,
        "--password",
        password,
        "--api-url",
        server.url
      ])
      expect([result.code, result.stderr]).toEqual([0, ""])
      expect(result.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/)
      expect((yield* server.stats).passwordLogins).toBe(1)
    }).pipe(Effect.provide(GalileoServer.layer())))

  it.live("login names the API URL, the user (GET current_user), the credential kind and the expiry; never a secret", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const result = yield* Spawn.cli(["login"], env(server))
      expect([result.code, result.stderr]).toEqual([0, ""])
      expect(result.stdout).toMatch(
        new RegExp(
          `^Logged in to ${server.url}/v1\nuser: +user-[0-9a-f]+@galileo\\.test \\(id ${demoUserId}\\)\ncredential: api key\n` +
            "expires: +\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z \\(in 1h\\)\ntoken: +<redacted> \\(bearer\\)\n$"
        )
      )
      expect(result.stdout).not.toMatch(/eyJ|subject|galileo-demo-key/)
      const password = yield* Spawn.cli([
        "login",
        "--username",
        GalileoServer.demoUser.username,
        "--password",
        GalileoServer.demoUser.password,
        "--api-url",
        server.url
      ])
      expect(password.stdout).toContain("credential: username and password\n")
      expect(password.stdout).not.toContain(GalileoServer.demoUser.password)
    }).pipe(Effect.provide(GalileoServer.layer())))

  it.live("each failure has its own exit code and a one-line reason on stderr", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const expired = yield* server.issueToken("user-1", "-1 hour")
      const cases: ReadonlyArray<
        readonly [number, Effect.Effect<void>, ReadonlyArray<string>, Record<string, string>, RegExp]
      > = [
        [
          3,
          server.inject(Fault.status(422, { detail: [{ loc: ["body"], msg: "bad", type: "t" }] })),
          [],
          env(server),
          /^Galileo rejected the request \(POST \/v1\/login\/api_key\) with 422: body: bad$/
        ],
        [
          4,
          Effect.void,
          [],
          env(server, "wrong-key"),
          /^Galileo refused the credentials .* with 401: Invalid API key$/
        ],
        [4, Effect.void, ["--jwt", expired, "--api-url", server.url], {}, /expired/],
        [5, server.inject(Fault.status(500, {}), { times: 4 }), [], env(server), /HTTP 500/],
        [6, server.inject(Fault.nonJson), [], env(server), /unreadable body/],
        [7, Effect.void, [], { GALILEO_API_URL: "http://127.0.0.1:1", GALILEO_API_KEY: "k" }, /could not be reached/]
      ]
      for (const [code, setup, args, vars, reason] of cases) {
        yield* setup
        const result = yield* Spawn.cli(["token", ...args], vars)
        expect([result.code, result.stdout], reason.source).toEqual([code, ""])
        expect(result.stderr).toMatch(/^galileo-effect: [^\n]+\n$/)
        expect(result.stderr.slice("galileo-effect: ".length, -1)).toMatch(reason)
      }
    }).pipe(Effect.provide(GalileoServer.layer())))

  it.live("--log-level works after a command's options", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const warned = yield* Spawn.cli(["token", "--api-url", server.url, "--insecure"], {
        GALILEO_API_KEY: "galileo-demo-key"
      })
      expect(warned.code).toBe(0)
      expect(warned.stderr).toBe(
        "galileo-effect: warning: TLS certificate verification is off for Galileo calls (rejectUnauthorized=false)\n"
      )
      const quiet = yield* Spawn.cli(["token", "--api-url", server.url, "--insecure", "--log-level", "error"], {
        GALILEO_API_KEY: "galileo-demo-key"
      })
      expect([quiet.code, quiet.stderr]).toEqual([0, ""])
      const before = yield* Spawn.cli(["--log-level=error", "token", "--api-url", server.url, "--insecure"], {
        GALILEO_API_KEY: "galileo-demo-key"
      })
      expect([before.code, before.stderr]).toEqual([0, ""])
    }).pipe(Effect.provide(GalileoServer.layer())))

  it.live("NO_COLOR: no ANSI escape anywhere", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const runs = [
        yield* Spawn.cli(["--help"], { NO_COLOR: "1" }),
        yield* Spawn.cli(["login", "--help"], { NO_COLOR: "1" }),
        yield* Spawn.cli(["token", "--bogus"], { NO_COLOR: "1" }),
        yield* Spawn.cli(["login"], { ...env(server), NO_COLOR: "1" }),
        yield* Spawn.cli(["login", "--insecure"], { ...env(server, "wrong"), NO_COLOR: "1", FORCE_COLOR: "1" })
      ]
      for (const result of runs) expect(result.stdout + result.stderr).not.toMatch(ansi)
    }).pipe(Effect.provide(GalileoServer.layer())))
})

describe("galileo-effect CLI (spawned): serve", () => {
  const login = (url: string, key: string) =>
    Effect.promise(() =>
      fetch(`${url}/v1/login/api_key`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ api_key: key })
      }).then(async (r) => ({
        status: r.status,
        body: await r.json()
      }))
    )

  it.effect("accepts the public demo key, never GALILEO_API_KEY, and says so", () =>
    Effect.gen(function*() {
      const started = yield* Spawn.start(["serve", "--port", "0"], /Ctrl-C to stop/, {
        GALILEO_API_KEY: "env-key",
        NO_COLOR: "1"
      })
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(started.stdout())?.[1] ?? ""
      expect(started.stdout()).toContain(`accepting the public demo key ${GalileoServer.demoApiKey}`)
      expect(started.stdout()).not.toMatch(ansi)
      expect((yield* login(url, "env-key")).status).toBe(401)
      expect((yield* login(url, GalileoServer.demoApiKey)).status).toBe(200)
      expect(yield* started.stop).toBe(0)
    }))

  it.effect("accepts exactly the key given with --api-key, never prints it, and honours --ttl", () =>
    Effect.gen(function*() {
      const started = yield* Spawn.start(
        ["serve", "--port", "0", "--api-key", "served-key", "--ttl", "2m"],
        /Ctrl-C to stop/
      )
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(started.stdout())?.[1] ?? ""
      expect(started.stdout()).toContain("accepting the key given with --api-key")
      expect(started.stdout()).not.toContain("served-key")
      expect((yield* login(url, GalileoServer.demoApiKey)).status).toBe(401)
      const { body } = yield* login(url, "served-key")
      const [, payload = ""] = String(body.access_token).split(".")
      const claims = JSON.parse(Buffer.from(payload, "base64url").toString())
      expect(claims.exp - claims.iat).toBe(120)
      expect(yield* started.stop).toBe(0)
    }))
})
