/**
 * The bundled CLI against real peers and hostile input (issues "Correct with real peers" and
 * "Hostile input, round 2"): `login` checks the credential, secrets come from stdin, empty keys,
 * hints that name the flag, retries logged as retries, usage errors that never echo a value,
 * and nothing a server sends reaches the terminal as a control character.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { spawn } from "node:child_process"
import { Fault, GalileoServer } from "../../src/testing/index.js"
import * as Spawn from "../support/Spawn.js"

/** Runs the bundled CLI with `input` on its stdin. */
const withInput = (args: ReadonlyArray<string>, input: string | Buffer, env: Record<string, string> = {}) =>
  Effect.callback<Spawn.Result>((resume) => {
    const child = spawn(process.execPath, [Spawn.bin, ...args], { env: Spawn.cleanEnv(env) })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8")
    })
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8")
    })
    child.on("close", (code) => resume(Effect.succeed({ code: code ?? -1, stdout, stderr })))
    // the CLI may exit before it reads everything (a line too long): that is not the test's failure
    child.stdin.on("error", () => {})
    child.stdin.end(input)
    return Effect.sync(() => child.kill())
  })

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** Asserts a usage failure: exit 2, nothing on stdout, exactly `line` on stderr. */
const expectUsage = (result: Spawn.Result, line: string) =>
  expect([result.code, result.stdout, result.stderr]).toEqual([2, "", `galileo-effect: ${line}\n`])

/** The lines of `login`'s answer, the expiry's time left aside. */
const loginLines = (stdout: string) =>
  stdout.replace(/^(expires: +)\d{4}-\d\d-\d\dT[\d:.]+Z \(in [^)]+\)$/m, "$1<time>").split("\n")

describe("login checks the credential with GET current_user", () => {
  it.effect("a pre-issued JWT with nothing listening: exit 7, the reason, no \"Logged in\"", () =>
    Effect.gen(function*() {
      const result = yield* Spawn.cli(["login", "--jwt", "not-a-jwt", "--api-url", "http://127.0.0.1:1"])
      expect([result.code, result.stdout, result.stderr]).toEqual([
        7,
        "",
        "galileo-effect: Galileo could not be reached (Transport) (GET /v1/current_user): the request failed: connect ECONNREFUSED 127.0.0.1:1\n"
      ])
    }))

  it.live("a pre-issued JWT the server refuses: exit 4", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const result = yield* Spawn.cli(["login", "--jwt", "not-a-jwt", "--api-url", server.url])
      expect([result.code, result.stdout]).toEqual([4, ""])
      expect(result.stderr).toMatch(
        /^galileo-effect: Galileo refused the credentials \(GET \/v1\/current_user\) with 401: [^\n]+\n$/
      )
    }).pipe(Effect.provide(GalileoServer.layer())))

  it.live("a valid pre-issued JWT: who it is (email, id)", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const jwt = yield* server.issueToken("user-7", "1 hour")
      const result = yield* Spawn.cli(["login", "--jwt", jwt, "--api-url", server.url])
      expect([result.code, result.stderr]).toEqual([0, ""])
      expect(loginLines(result.stdout)).toEqual([
        `Logged in to ${server.url}/v1`,
        `user:       user-7@galileo.test (id ${GalileoServer.userIdOf("user-7")})`,
        "credential: pre-issued jwt",
        "expires:    <time>",
        "token:      <redacted> (bearer)",
        ""
      ])
      expect((yield* server.stats).logins).toBe(0)
    }).pipe(Effect.provide(GalileoServer.layer())))
})

describe("a secret given as - is read from stdin", () => {
  it.live("--api-key -, --password -, --jwt - (CRLF), --sso-id-token -", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const url = ["--api-url", server.url]
      const key = yield* withInput(["login", "--api-key", "-", ...url], `${GalileoServer.demoApiKey}\n`)
      expect([key.code, key.stderr]).toEqual([0, ""])
      expect(loginLines(key.stdout)[2]).toBe("credential: api key")
      const { password, username } = GalileoServer.demoUser
      const pass = yield* withInput(["login", "--username", username, "--password", "-", ...url], `${password}\n`)
      expect([pass.code, pass.stderr]).toEqual([0, ""])
      expect(loginLines(pass.stdout)[2]).toBe("credential: username and password")
      const jwt = yield* server.issueToken("user-9", "1 hour")
      const token = yield* withInput(["login", "--jwt", "-", ...url], `${jwt}\r\n`)
      expect([token.code, token.stderr]).toEqual([0, ""])
      expect(loginLines(token.stdout)[1]).toBe(
        `user:       user-9@galileo.test (id ${GalileoServer.userIdOf("user-9")})`
      )
      const idToken = yield* server.signIdToken("sso@galileo.test")
      const sso = yield* withInput(["login", "--sso-id-token", "-", "--sso-provider", "okta", ...url], idToken)
      expect([sso.code, sso.stderr]).toEqual([0, ""])
      expect(loginLines(sso.stdout)[2]).toBe("credential: sso id token (okta)")
      for (const run of [key, pass, token, sso]) {
        for (const secret of ["eyJ", GalileoServer.demoApiKey, password]) expect(run.stdout).not.toContain(secret)
      }
      const printed = yield* withInput(["token", "--api-key", "-", ...url], `${GalileoServer.demoApiKey}\nignored\n`)
      expect([printed.code, printed.stderr]).toEqual([0, ""])
      expect(printed.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/)
    }).pipe(Effect.provide(GalileoServer.layer())))

  it.effect("an empty, blank or oversized line, or two flags reading stdin: exit 2, the flag named", () =>
    Effect.gen(function*() {
      const args = ["token", "--api-key", "-", "--api-url", "http://127.0.0.1:1"]
      expectUsage(yield* withInput(args, ""), "--api-key - : stdin gave an empty line")
      expectUsage(yield* withInput(args, "\n"), "--api-key - : stdin gave an empty line")
      expectUsage(yield* withInput(args, " \t\n"), "--api-key - : stdin gave a blank line (only whitespace)")
      expectUsage(
        yield* withInput(args, "k".repeat(65_537)),
        "--api-key - : the line on stdin is longer than 65536 bytes"
      )
      expectUsage(
        yield* withInput(args, Buffer.from([0x6b, 0xff, 0xfe, 0x0a])),
        "--api-key - : stdin is not valid UTF-8 text"
      )
      expectUsage(
        yield* withInput(["login", "--api-key", "-", "--jwt", "-"], "k\n"),
        "only one secret may be read from stdin (- is given to --api-key and --jwt)"
      )
    }))

  it.effect("serve --api-key - accepts the key read from stdin, and only it", () =>
    Effect.gen(function*() {
      const child = spawn(process.execPath, [Spawn.bin, "serve", "--port", "0", "--api-key", "-"], {
        env: Spawn.cleanEnv()
      })
      yield* Effect.addFinalizer(() => Effect.sync(() => child.kill("SIGINT")))
      child.stdin.end("stdin-served-key\n")
      const banner = yield* Effect.callback<string>((resume) => {
        let stdout = ""
        child.stdout.on("data", (chunk: Buffer) => {
          stdout += chunk.toString("utf8")
          if (stdout.includes("Ctrl-C to stop")) resume(Effect.succeed(stdout))
        })
      })
      expect(banner).toContain("accepting the key given with --api-key")
      expect(banner).not.toContain("stdin-served-key")
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1] ?? ""
      for (const [key, code] of [["stdin-served-key", 0], [GalileoServer.demoApiKey, 4]] as const) {
        const result = yield* Spawn.cli(["token", "--api-key", key, "--api-url", url])
        expect(result.code, key).toBe(code)
      }
    }))
})

describe("empty and blank keys are usage errors naming the flag", () => {
  it.effect.each(
    [
      [["serve", "--api-key", ""], "--api-key is empty"],
      [["serve", "--api-key", "   "], "--api-key is blank (only whitespace)"],
      [["serve", "--api-key", "k", "--api-key="], "--api-key is empty"],
      [["token", "--api-key", ""], "--api-key is empty"],
      [["login", "--password", " "], "--password is blank (only whitespace)"]
    ] as const
  )("%j", ([args, line]) => Effect.map(Spawn.cli(args), (result) => expectUsage(result, line)))
})

describe("the insecure-http hint names the way out as the URL was given", () => {
  it.effect("by --api-url: --allow-insecure-http; by GALILEO_API_URL: the variable, or the flag", () =>
    Effect.gen(function*() {
      expectUsage(
        yield* Spawn.cli(["token", "--api-key", "k", "--api-url", "http://example.com"]),
        "--api-url uses plain http:// to a host that is not loopback; use https:// or pass --allow-insecure-http"
      )
      expectUsage(
        yield* Spawn.cli(["token", "--api-key", "k"], { GALILEO_API_URL: "http://example.com" }),
        "GALILEO_API_URL uses plain http:// to a host that is not loopback; use https:// or set GALILEO_ALLOW_INSECURE_HTTP=true (or pass --allow-insecure-http)"
      )
    }))
})

describe("--log-level debug logs a handled retry as a retry", () => {
  it.live("two 503s, then a token: two \"retrying\" lines, nothing \"unhandled\", no stack frame", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      yield* server.inject(Fault.unavailable(), { times: 2, path: "/v1/login/api_key" })
      const result = yield* Spawn.cli(["token", "--log-level", "debug"], {
        GALILEO_API_URL: server.url,
        GALILEO_API_KEY: GalileoServer.demoApiKey
      })
      expect(result.code).toBe(0)
      const lines = result.stderr.split("\n").filter((l) => l !== "")
      expect(lines.filter((l) => l.includes("retrying"))).toHaveLength(2)
      for (const line of lines.filter((l) => l.includes("retrying"))) {
        expect(line).toMatch(
          /^galileo-effect: debug: retrying in \d+ms after: Galileo answered HTTP 503 \(POST \/v1\/login\/api_key\)/
        )
      }
      expect(result.stderr).not.toMatch(/unhandled|^\s+at /m)
    }).pipe(Effect.provide(GalileoServer.layer())))

  it.effect("a failure after retries: the retries, then one line; no stack frame", () =>
    Effect.gen(function*() {
      const result = yield* Spawn.cli(["token", "--log-level", "debug", "--api-url", "http://127.0.0.1:1"], {
        GALILEO_API_KEY: "k"
      })
      const reason =
        "Galileo could not be reached (Transport) (POST /v1/login/api_key): the request failed: connect ECONNREFUSED 127.0.0.1:1"
      expect([result.code, result.stdout]).toEqual([7, ""])
      const lines = result.stderr.split("\n")
      expect(lines.slice(-2)).toEqual([`galileo-effect: ${reason}`, ""])
      for (const line of lines.slice(0, -2)) {
        expect(line).toMatch(new RegExp(`^galileo-effect: debug: retrying in \\d+ms after: ${escape(reason)}$`))
      }
      expect(result.stderr).not.toMatch(/unhandled|^\s+at |\.mjs/m)
    }))
})

describe("a usage error never echoes an argument", () => {
  it.effect("a stray value after a switch is named by its position", () =>
    Effect.gen(function*() {
      const secret = "sk-live-0123456789abcdef"
      const result = yield* Spawn.cli(["token", "--insecure", secret])
      expectUsage(result, "token: unexpected argument at position 3 (see galileo-effect token --help)")
      expectUsage(
        yield* Spawn.cli([secret]),
        "unknown command at position 1 (expected token, login, serve or demo)"
      )
    }))
})

describe("nothing a server sends reaches the terminal as a control character", () => {
  const hostile = "\u001b]0;owned\u0007\u001b[2J\r\u009b31m\u007f\u202e"
  const shown = "\\x1b]0;owned\\x07\\x1b[2J\\x0d\\x9b31m\\x7f\\u202e"

  it.live("a token_type with control characters is refused; email and id are escaped", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const jwt = yield* server.issueToken("user-1", "1 hour")
      // a token_type with control characters is refused by the contract (a decode error, exit 6)
      yield* server.inject(Fault.okJson({ access_token: jwt, token_type: `bearer${hostile}` }), {
        path: "/v1/login/api_key",
        times: 1
      })
      const refused = yield* Spawn.cli(["login", "--api-key", GalileoServer.demoApiKey, "--api-url", server.url])
      expect([refused.code, refused.stdout]).toEqual([6, ""])
      expect(refused.stderr).toContain("token_type is not valid")
      expect(refused.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
      yield* server.inject(Fault.okJson({ access_token: jwt, token_type: "Bearer" }), {
        path: "/v1/login/api_key"
      })
      yield* server.inject(Fault.okJson({ id: `id${hostile}`, email: `me${hostile}@x.test` }), {
        path: "/v1/current_user"
      })
      const result = yield* Spawn.cli(["login", "--api-key", GalileoServer.demoApiKey, "--api-url", server.url])
      expect([result.code, result.stderr]).toEqual([0, ""])
      expect(loginLines(result.stdout)).toEqual([
        `Logged in to ${server.url}/v1`,
        `user:       me${shown}@x.test (id id${shown})`,
        "credential: api key",
        "expires:    <time>",
        "token:      <redacted> (Bearer)",
        ""
      ])
    }).pipe(Effect.provide(GalileoServer.layer())))

  it.live("an error's detail and a body excerpt, in the failure line and in debug lines", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const env = { GALILEO_API_URL: server.url, GALILEO_API_KEY: GalileoServer.demoApiKey }
      // the library may fold a CR in a detail into a space: either way it is not a CR any more
      yield* server.inject(Fault.status(401, { detail: `no${hostile}` }), { path: "/v1/login/api_key" })
      const refused = yield* Spawn.cli(["token"], env)
      const folded = shown.replace("\\x0d", " ")
      expect([refused.code, refused.stdout, refused.stderr]).toEqual([
        4,
        "",
        `galileo-effect: Galileo refused the credentials (POST /v1/login/api_key) with 401: no${folded}\n`
      ])
      yield* server.inject(
        Fault.Respond({ status: 503, body: `busy${hostile}`, headers: { "content-type": "text/plain" } }),
        { times: 4, path: "/v1/login/api_key" }
      )
      const failed = yield* Spawn.cli(["token", "--log-level", "debug"], env)
      expect([failed.code, failed.stdout]).toEqual([5, ""])
      const reason = `Galileo answered HTTP 503 (POST /v1/login/api_key): busy${folded}`
      const lines = failed.stderr.split("\n")
      expect(lines.slice(-2)).toEqual([`galileo-effect: ${reason}`, ""])
      expect(lines.length).toBe(5)
      for (const line of lines.slice(0, -2)) {
        expect(line).toMatch(new RegExp(`^galileo-effect: debug: retrying in \\d+ms after: ${escape(reason)}$`))
      }

      expect(refused.stderr + failed.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/)
    }).pipe(Effect.provide(GalileoServer.layer())))
})
