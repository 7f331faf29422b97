import { describe, expect, it } from "@effect/vitest"
import { Duration, Effect, Either } from "effect"
import { parseLifetime } from "../src/cli/Cli.js"
import { Fault, GalileoServer } from "../src/testing/index.js"
import * as Spawn from "./support/Spawn.js"

const env = (server: GalileoServer.Service, key = GalileoServer.demoApiKey) => ({
  GALILEO_API_URL: server.url,
  GALILEO_API_KEY: key
})

const oneLine = (text: string) => text.trim().split("\n").length === 1

describe("galileo-effect CLI (spawned)", () => {
  it.effect.each([[[]], [["token"]], [["login"]], [["serve"]], [["demo"]]] as const)(
    "--help on %j exits 0",
    ([args]) =>
      Effect.gen(function*() {
        const result = yield* Spawn.cli([...args, "--help"])
        expect(result.code).toBe(0)
        expect(result.stdout).toContain("galileo-effect")
        if (args.length === 0) {
          for (const c of ["token", "login", "serve", "demo"]) {
            expect(result.stdout).toContain(c)
          }
        }
        if (args[0] === "token") expect(result.stdout).toContain("--api-key")
        if (args[0] === "serve") expect(result.stdout).toContain("--ttl")
      })
  )

  it.scopedLive("token prints a fresh access token and nothing else", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const result = yield* Spawn.cli(["token"], env(server))
      expect(result.code).toBe(0)
      expect(result.stderr).toBe("")
      expect(result.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/)
      const me = yield* Effect.promise(() =>
        fetch(`${server.url}/current_user`, { headers: { authorization: `Bearer ${result.stdout.trim()}` } })
      )
      expect(me.status).toBe(200)
      expect((yield* server.stats).logins).toBe(1)
    }).pipe(Effect.provide(GalileoServer.layer())))

  it.scopedLive("flags override the environment", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const result = yield* Spawn.cli(["token", "--api-key", "flag-key", "--api-url", server.url], {
        GALILEO_API_KEY: "env-key",
        GALILEO_API_URL: "http://127.0.0.1:1"
      })
      expect(result.code).toBe(0)
    }).pipe(Effect.provide(GalileoServer.layer({ apiKeys: ["flag-key"] }))))

  it.scopedLive("login prints subject and expiry, and the token only redacted", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const result = yield* Spawn.cli(["login"], env(server))
      expect(result.code).toBe(0)
      expect(result.stdout).toContain(`Logged in to ${server.url}`)
      expect(result.stdout).toContain("subject: user-1")
      expect(result.stdout).toMatch(/expires: \d{4}-\d\d-\d\dT[\d:.]+Z \(in 1h\)/)
      expect(result.stdout).toContain("token:   <redacted> (bearer)")
      expect(result.stdout).not.toMatch(/eyJ/)
    }).pipe(Effect.provide(GalileoServer.layer())))

  it.scopedLive("each failure has its own exit code and a one-line reason on stderr", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const cases: ReadonlyArray<readonly [number, Effect.Effect<void>, Record<string, string>, string]> = [
        [2, Effect.void, { GALILEO_API_URL: server.url }, "invalid configuration: GALILEO_API_KEY is not set"],
        [
          2,
          Effect.void,
          { ...env(server), GALILEO_API_URL: "http://example.com" },
          "GALILEO_API_URL uses plain http://"
        ],
        [
          3,
          server.inject(Fault.status(422, { detail: [{ loc: ["body"], msg: "bad", type: "t" }] })),
          env(server),
          "body: bad"
        ],
        [4, Effect.void, env(server, "wrong-key"), "Invalid API key"],
        [5, server.inject(Fault.status(500, {}), { times: 4 }), env(server), "HTTP 500"],
        [6, server.inject(Fault.nonJson), env(server), "the body is not JSON"],
        [7, Effect.void, { GALILEO_API_URL: "http://127.0.0.1:1", GALILEO_API_KEY: "k" }, "could not be reached"]
      ]
      for (const [code, setup, vars, reason] of cases) {
        yield* setup
        const result = yield* Spawn.cli(["token"], vars)
        expect([result.code, result.stdout]).toEqual([code, ""])
        expect(oneLine(result.stderr)).toBe(true)
        expect(result.stderr).toContain(reason)
        expect(result.stderr).toMatch(/^galileo-effect: /)
      }
    }).pipe(Effect.provide(GalileoServer.layer())))

  it.scopedLive("an unknown flag is a usage error: exit 2", () =>
    Effect.gen(function*() {
      const result = yield* Spawn.cli(["token", "--bogus"])
      expect(result.code).toBe(2)
    }))

  it.scopedLive("serve runs the embedded server until interrupted", () =>
    Effect.gen(function*() {
      const { line, stop } = yield* Spawn.start(
        ["serve", "--port", "0", "--api-key", "served-key", "--ttl", "2m"],
        /listening on http:\/\/127\.0\.0\.1:\d+/
      )
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(line)?.[0] ?? ""
      const login = yield* Effect.promise(() =>
        fetch(`${url}/v1/login/api_key`, { method: "POST", body: JSON.stringify({ api_key: "served-key" }) }).then((
          r
        ) => r.json())
      )
      const [, payload = ""] = String(login.access_token).split(".")
      const claims = JSON.parse(Buffer.from(payload, "base64url").toString())
      expect(claims.exp - claims.iat).toBe(120)
      expect(yield* stop).toBe(0)
    }))

  it.effect("serve rejects a bad --ttl with exit 1 and a reason", () =>
    Effect.gen(function*() {
      const result = yield* Spawn.cli(["serve", "--port", "0", "--ttl", "soon"])
      expect(result.code).toBe(1)
      expect(result.stderr).toContain("--ttl \"soon\" is not a lifetime such as 90s, 15m or 1h")
    }))
})

describe("npm start", () => {
  it.effect("runs the whole flow on the embedded server and exits 0", () =>
    Effect.gen(function*() {
      const result = yield* Spawn.run("npm", ["start", "--silent"])
      expect(result.code).toBe(0)
      const steps = [
        "1. Log in with the API key",
        "2. Ask for the token again: served from the cache",
        "3 calls, the same token",
        "3. Wait until the refresh-ahead window",
        "inside the window the caller still gets the same token at once",
        "then a different token",
        "logins so far: 2",
        "4. An authenticated call (GET /current_user)",
        "current user: user-1 <user-1@galileo.test>",
        "GalileoValidationError: loc [\"body\",\"api_key\"], msg \"Field required\", type missing",
        "GalileoUnauthorized: Galileo refused the credentials (401): Invalid API key",
        "503, 503, then 200 for user-1: 3 attempts, one result",
        "Done: every step ran against the embedded server."
      ]
      let from = 0
      for (const step of steps) {
        const at = result.stdout.indexOf(step, from)
        expect(at, step).toBeGreaterThanOrEqual(0)
        from = at
      }
      expect(result.stdout).not.toMatch(/eyJ/)
    }))
})

describe("parseLifetime (serve --ttl)", () => {
  it.each(
    [
      ["250ms", Duration.millis(250)],
      ["90s", Duration.seconds(90)],
      ["15m", Duration.minutes(15)],
      ["1h", Duration.hours(1)],
      [" 2 d ", Duration.days(2)],
      ["1 hour", Duration.hours(1)]
    ] as const
  )("%j", (text, expected) => {
    expect(Either.map(parseLifetime(text), Duration.toMillis)).toEqual(Either.right(Duration.toMillis(expected)))
  })

  it.each(["soon", "1y", "-5s", "0 seconds", ""])("rejects %j", (text) => {
    expect(parseLifetime(text)).toEqual(Either.left(`"${text}" is not a lifetime such as 90s, 15m or 1h`))
  })
})
