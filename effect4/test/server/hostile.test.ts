/**
 * The embedded server under hostile input: bodies too large or too deep, altered tokens,
 * crashing handlers, and FastAPI's exact answers to odd but legal requests.
 */
import { describe, expect, it } from "@effect/vitest"
import { Cause, Effect, Logger, Schema, SchemaTransformation } from "effect"
import { createHmac } from "node:crypto"
import * as Http from "node:http"
import * as Jwt from "../../src/core/server/jwt.js"
import { GalileoServer } from "../../src/testing/index.js"
import { json, postCounted, postJson, request, send } from "./http.js"

const withServer = (options: GalileoServer.Options = {}) => Effect.provide(GalileoServer.layer(options))
const demoBody = JSON.stringify({ api_key: GalileoServer.demoApiKey })
const demoSubject = GalileoServer.subjectOf(GalileoServer.demoApiKey)
const parseError = { detail: "There was an error parsing the body" }

const token = (url: string) =>
  Effect.map(postJson(`${url}/v1/login/api_key`, demoBody), (a) => {
    const body = json(a)
    return typeof body === "object" && body !== null && "access_token" in body ? String(body.access_token) : ""
  })

describe("body limit", () => {
  it.live("a 20 MB body gets 413 at once, and the server keeps serving", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      // at once: answered from the head, before the whole body was sent (not read, then refused)
      const size = 20 * 1024 * 1024
      const big = yield* postCounted(`${server.url}/v1/login/api_key`, size)
      expect(big.sentBeforeAnswer).toBeLessThan(size)
      expect([big.status, json(big), big.headers["content-type"]]).toEqual([
        413,
        { detail: "Request Entity Too Large" },
        "application/json"
      ])
      const viaFetch = yield* Effect.promise(() =>
        fetch(`${server.url}/v1/login/api_key`, { method: "POST", body: Buffer.alloc(20 * 1024 * 1024, 32) })
          .then((r) => r.status)
      )
      expect(viaFetch).toBe(413)
      expect((yield* request(`${server.url}/healthcheck`)).status).toBe(200)
      expect((yield* postJson(`${server.url}/v1/login/api_key`, demoBody)).status).toBe(200)
      const stats = yield* server.stats
      expect([stats.rejectedBodies, stats.logins]).toEqual([2, 1])
      expect(stats.requests["/v1/login/api_key"]).toBe(3)
    }).pipe(withServer()))

  it.live("a streamed (chunked) body is cut at the limit without being buffered", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const before = process.memoryUsage().heapUsed
      const status = yield* Effect.callback<number | string>((resume) => {
        const req = Http.request(`${server.url}/v1/login/api_key`, {
          method: "POST",
          headers: { "content-type": "application/json" }
        }, (res) => {
          res.resume()
          resume(Effect.succeed(res.statusCode ?? 0))
        })
        req.on("error", (e) => resume(Effect.succeed(e.message)))
        const chunk = Buffer.alloc(1024 * 1024, 32)
        let sent = 0
        const pump = () => {
          while (sent < 200) {
            sent++
            if (!req.write(chunk)) return req.once("drain", pump)
          }
          req.end()
        }
        pump()
        return Effect.sync(() => req.destroy())
      })
      expect(status).toBe(413)
      expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024)
      expect((yield* request(`${server.url}/healthcheck`)).status).toBe(200)
    }).pipe(withServer()))

  it.live("maxBodyBytes sets the limit; a body at the limit is read", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const atLimit = `{"api_key": "${GalileoServer.demoApiKey}"}`.padEnd(100, " ")
      expect((yield* postJson(`${server.url}/v1/login/api_key`, atLimit)).status).toBe(200)
      const over = yield* postJson(`${server.url}/v1/login/api_key`, `${atLimit} `)
      expect([over.status, json(over)]).toEqual([413, { detail: "Request Entity Too Large" }])
      expect((yield* server.stats).rejectedBodies).toBe(1)
    }).pipe(withServer({ maxBodyBytes: 100 })))
})

describe("bodies Python cannot parse: FastAPI's 400", () => {
  const nested = (depth: number) =>
    `{"api_key": "${GalileoServer.demoApiKey}", "x": ${"[".repeat(depth - 1)}${"]".repeat(depth - 1)}}`

  it.live("nesting up to 989 levels is parsed; from 990 (CPython's recursion limit) it is a 400", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const url = `${server.url}/v1/login/api_key`
      expect((yield* postJson(url, nested(989))).status).toBe(200)
      for (const depth of [990, 5000, 100_000]) {
        const deep = yield* postJson(url, nested(depth))
        expect([deep.status, json(deep)]).toEqual([400, parseError])
      }
      const unterminated = yield* postJson(url, "[".repeat(5000))
      expect([unterminated.status, json(unterminated)]).toEqual([400, parseError])
      // an error before the depth limit is reached is still a 422 at its position
      const early = yield* postJson(url, `[1 2, ${"[".repeat(5000)}`)
      expect(json(early)).toEqual({
        detail: [{
          type: "json_invalid",
          loc: ["body", 3],
          msg: "JSON decode error",
          input: {},
          ctx: { error: "Expecting ',' delimiter" }
        }]
      })
      expect((yield* server.stats).invalidLogins).toBe(5)
    }).pipe(withServer()))

  it.live("invalid UTF-8 is a 400; an integer of more than 4,300 digits is a 400", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const url = `${server.url}/v1/login/api_key`
      const badUtf8 = yield* postJson(
        url,
        Buffer.concat([Buffer.from("{\"api_key\": \""), Buffer.from([0xff]), Buffer.from("\"}")])
      )
      expect([badUtf8.status, json(badUtf8)]).toEqual([400, parseError])
      const digits = yield* postJson(url, `{"api_key": ${"9".repeat(4301)}}`)
      expect([digits.status, json(digits)]).toEqual([400, parseError])
      const fine = yield* postJson(url, `{"api_key": ${"9".repeat(4300)}}`)
      expect(fine.status).toBe(422)
      expect(fine.text).toBe(
        `{"detail":[{"type":"string_type","loc":["body","api_key"],"msg":"Input should be a valid string","input":${
          "9".repeat(4300)
        }}]}`
      )
    }).pipe(withServer()))
})

describe("as FastAPI 0.115 reads a JSON body", () => {
  it.live("parses JSON for application/json, application/*+json, or no content type at all", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const url = `${server.url}/v1/login/api_key`
      for (
        const type of [
          "application/json",
          "application/json; charset=utf-8",
          "Application/JSON",
          "application/vnd.api+json"
        ]
      ) {
        expect((yield* request(url, { body: demoBody, headers: { "content-type": type } })).status).toBe(200)
      }
      // FastAPI parses a body without a content type as JSON (routing.py: `if not content_type_value`)
      expect((yield* request(url, { body: demoBody })).status).toBe(200)
    }).pipe(withServer()))

  it.live("a text/plain body (a browser's simple request) is raw bytes: 422 model_attributes_type", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const url = `${server.url}/v1/login/api_key`
      for (
        const type of [
          "text/plain;charset=UTF-8",
          "application/x-www-form-urlencoded",
          "text/json",
          "application/json/x"
        ]
      ) {
        const answer = yield* request(url, { body: demoBody, headers: { "content-type": type } })
        expect([answer.status, json(answer)]).toEqual([422, {
          detail: [{
            type: "model_attributes_type",
            loc: ["body"],
            msg: "Input should be a valid dictionary or object to extract fields from",
            input: demoBody
          }]
        }])
      }
      const plainEmpty = yield* request(url, { body: "", headers: { "content-type": "text/plain" } })
      expect(json(plainEmpty)).toEqual({
        detail: [{ type: "missing", loc: ["body"], msg: "Field required", input: null }]
      })
      expect((yield* server.stats).logins).toBe(0)
    }).pipe(withServer()))

  it.live("only an empty body is missing: whitespace is json_invalid at its end", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const answer = yield* postJson(`${server.url}/v1/login/api_key`, " \n\t")
      expect(answer.text).toBe(
        "{\"detail\":[{\"type\":\"json_invalid\",\"loc\":[\"body\",3],\"msg\":\"JSON decode error\",\"input\":{},\"ctx\":{\"error\":\"Expecting value\"}}]}"
      )
    }).pipe(withServer()))

  it.live("NaN and Infinity are JSON to Python: accepted beside a valid key; echoed in a 422 they make FastAPI answer 500", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const url = `${server.url}/v1/login/api_key`
      const beside = `{"api_key": "${GalileoServer.demoApiKey}", "a": NaN, "b": -Infinity}`
      expect((yield* postJson(url, beside)).status).toBe(200)
      // pydantic rejects the float with string_type; Starlette's JSONResponse (allow_nan=False) then raises
      for (const value of ["NaN", "Infinity", "-Infinity", "1e400"]) {
        const echoed = yield* postJson(url, `{"api_key": ${value}}`)
        expect([echoed.status, echoed.text, echoed.headers["content-type"]]).toEqual([
          500,
          "Internal Server Error",
          "text/plain; charset=utf-8"
        ])
      }
    }).pipe(withServer()))

  it.live("numbers are echoed as Python renders them: exact integers, float reprs", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const url = `${server.url}/v1/login/api_key`
      const input = (a: { readonly text: string }) => /"input":(.*)\}\]\}$/.exec(a.text)?.[1]
      const cases: ReadonlyArray<readonly [string, string]> = [
        ["12345678901234567890", "12345678901234567890"],
        ["-0", "0"],
        ["1.0", "1.0"],
        ["-0.0", "-0.0"],
        ["1e16", "1e+16"],
        ["1E5", "100000.0"],
        ["0.00001", "1e-05"],
        ["0.0001", "0.0001"],
        ["123456789.125e-3", "123456.789125"]
      ]
      for (const [sent, echoed] of cases) {
        expect(input(yield* postJson(url, `{"api_key": ${sent}}`))).toBe(echoed)
      }
      const order = yield* postJson(url, "{\"b\": 1, \"2\": 2, \"b\": 3}")
      expect(input(order)).toBe("{\"b\":3,\"2\":2}")
    }).pipe(withServer()))

  it.live("error positions count code points, not UTF-16 units", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const answer = yield* postJson(`${server.url}/v1/login/api_key`, "{\"😀\": }")
      expect(json(answer)).toEqual({
        detail: [{
          type: "json_invalid",
          loc: ["body", 6],
          msg: "JSON decode error",
          input: {},
          ctx: { error: "Expecting value" }
        }]
      })
    }).pipe(withServer()))

  it.live("UTF-8 with a BOM, UTF-16 and UTF-32 (with a BOM or detected) are read as json.loads reads bytes", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const url = `${server.url}/v1/login/api_key`
      const le16 = Buffer.from(demoBody, "utf16le")
      const be16 = Buffer.from(le16).swap16()
      const le32 = Buffer.alloc(demoBody.length * 4)
      Array.from(demoBody).forEach((c, i) => le32.writeUInt32LE(c.codePointAt(0) ?? 0, 4 * i))
      const bodies: ReadonlyArray<readonly [string, Buffer]> = [
        ["utf-8-sig", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(demoBody)])],
        ["utf-16 LE BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), le16])],
        ["utf-16 BE BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), be16])],
        ["utf-16-le", le16],
        ["utf-16-be", be16],
        ["utf-32 LE BOM", Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), le32])],
        ["utf-32-le", le32],
        ["utf-32-be", Buffer.from(le32).swap32()]
      ]
      for (const [name, body] of bodies) {
        expect([name, (yield* postJson(url, body)).status]).toEqual([name, 200])
      }
      const oddUtf16 = yield* postJson(url, Buffer.concat([Buffer.from([0xff, 0xfe]), le16, Buffer.from([0x20])]))
      expect([oddUtf16.status, json(oddUtf16)]).toEqual([400, parseError])
      expect((yield* server.stats).apiKeyLogins).toBe(bodies.length)
    }).pipe(withServer()))

  it.live("encoded surrogates pass (surrogatepass): a wrong key is 401; echoing one is FastAPI's 500", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const url = `${server.url}/v1/login/api_key`
      const surrogate = Buffer.from([0xed, 0xa0, 0x80])
      const asKey = yield* postJson(
        url,
        Buffer.concat([Buffer.from("{\"api_key\": \""), surrogate, Buffer.from("\"}")])
      )
      expect([asKey.status, json(asKey)]).toEqual([401, { detail: "Invalid API key" }])
      const echoed = yield* postJson(url, "{\"x\": \"\\ud800\"}")
      expect([echoed.status, echoed.text]).toEqual([500, "Internal Server Error"])
    }).pipe(withServer()))
})

describe("as Starlette routes", () => {
  it.live("405 carries Allow; FastAPI answers HEAD on a GET route with 405 too", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const getLogin = yield* request(`${server.url}/v1/login/api_key`)
      expect([getLogin.status, getLogin.headers["allow"], json(getLogin)]).toEqual([405, "POST", {
        detail: "Method Not Allowed"
      }])
      const postHealth = yield* request(`${server.url}/healthcheck`, { method: "POST", body: "" })
      expect([postHealth.status, postHealth.headers["allow"]]).toEqual([405, "GET"])
      const head = yield* request(`${server.url}/healthcheck`, { method: "HEAD" })
      expect([head.status, head.headers["allow"], head.text]).toEqual([405, "GET", ""])
    }).pipe(withServer()))

  it.live("a trailing slash on a route redirects (307) to the path without it, query kept", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const port = new URL(server.url).port
      const login = yield* postJson(`${server.url}/v1/login/api_key/`, demoBody)
      expect([login.status, login.headers["location"], login.text, login.headers["content-length"]]).toEqual([
        307,
        `http://127.0.0.1:${port}/v1/login/api_key`,
        "",
        "0"
      ])
      const health = yield* request(`${server.url}/healthcheck//?a=1&b=%20`)
      expect([health.status, health.headers["location"]]).toEqual([
        307,
        `http://127.0.0.1:${port}/healthcheck?a=1&b=%20`
      ])
      const unknown = yield* request(`${server.url}/nothing/`)
      expect([unknown.status, json(unknown)]).toEqual([404, { detail: "Not Found" }])
      // the path is percent-decoded before routing, as uvicorn does
      expect((yield* postJson(`${server.url}/v1/login/api%5Fkey`, demoBody)).status).toBe(200)
    }).pipe(withServer()))
})

describe("bearer tokens", () => {
  it.live("401 from an authenticated route carries WWW-Authenticate: Bearer", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      for (const headers of [{}, { authorization: "Basic abc" }, { authorization: "Bearer nope" }]) {
        const answer = yield* request(`${server.url}/current_user`, { headers })
        expect([answer.status, answer.headers["www-authenticate"], json(answer)]).toEqual([401, "Bearer", {
          detail: "Not authenticated"
        }])
      }
    }).pipe(withServer()))

  it.live(
    "`Bearer  <token>` (two spaces) is refused: get_authorization_scheme_param splits at the first space, leaving ' <token>'",
    () =>
      Effect.gen(function*() {
        const server = yield* GalileoServer.GalileoServer
        const jwt = yield* token(server.url)
        const call = (authorization: string) =>
          Effect.map(request(`${server.url}/current_user`, { headers: { authorization } }), (a) => a.status)
        expect(yield* call(`Bearer  ${jwt}`)).toBe(401)
        expect(yield* call(`Bearer\t${jwt}`)).toBe(401)
        // the scheme is case-insensitive; the server (like h11) trims the header value
        expect(yield* call(`bearer ${jwt}`)).toBe(200)
        expect(yield* call(`BEARER ${jwt}  `)).toBe(200)
      }).pipe(withServer())
  )

  it.live("altered tokens are refused: extra segment, padding, junk, standard base64, non-canonical bits", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const jwt = yield* token(server.url)
      const [head = "", payload = "", sig = ""] = jwt.split(".")
      const sigBytes = Buffer.from(sig, "base64url")
      const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
      const last = alphabet.indexOf(sig.slice(-1))
      const nonCanonical = `${sig.slice(0, -1)}${alphabet[last ^ 1]}`
      expect(Buffer.from(nonCanonical, "base64url").equals(sigBytes)).toBe(true)
      const noneHeader = Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url")
      const altered = [
        `${jwt}.x`,
        `${jwt}=`,
        `${jwt}==`,
        `${head}.${payload}.${sig.slice(0, -1)}!`,
        `${head}.${payload}.${sigBytes.toString("base64")}`,
        `${head}.${payload}.${nonCanonical}`,
        `${head}.${payload}.`,
        `${noneHeader}.${payload}.${sig}`,
        `${noneHeader}.${payload}.`,
        ` ${jwt}`,
        `${head}..${sig}`
      ]
      for (const bad of altered) {
        const answer = yield* request(`${server.url}/current_user`, { headers: { authorization: `Bearer ${bad}` } })
        expect([bad, answer.status]).toEqual([bad, 401])
      }
      const good = yield* request(`${server.url}/current_user`, { headers: { authorization: `Bearer ${jwt}` } })
      expect(good.status).toBe(200)
      yield* server.revokeIssuedTokens
      for (const revoked of [jwt, `${jwt}.x`, `${jwt}=`]) {
        const answer = yield* request(`${server.url}/current_user`, { headers: { authorization: `Bearer ${revoked}` } })
        expect(answer.status).toBe(401)
      }
      expect((yield* server.stats).unauthorizedCalls).toBe(altered.length + 3)
    }).pipe(withServer()))

  it("verify needs HS256 (typ JWT if present), numeric iat and exp in the future, a string sub", () => {
    const secret = new Uint8Array(32).fill(7)
    const now = 1_000_000
    const b64 = (u: unknown) => Buffer.from(JSON.stringify(u)).toString("base64url")
    const signed = (head: unknown, claims: unknown) => {
      const input = `${b64(head)}.${b64(claims)}`
      return `${input}.${createHmac("sha256", secret).update(input).digest("base64url")}`
    }
    const ok = { sub: "s", iat: now, exp: now + 60, jti: "j" }
    const subject = (jwt: string) => Jwt.verify(jwt, secret, now)?.sub
    expect(subject(Jwt.sign(ok, secret))).toEqual("s")
    expect(subject(signed({ alg: "HS256" }, ok))).toEqual("s")
    expect(subject(signed({ alg: "HS256", typ: "JWT", kid: "k" }, ok))).toEqual("s")
    for (
      const head of [{ alg: "HS512", typ: "JWT" }, { alg: "none" }, { typ: "JWT" }, { alg: "HS256", typ: "JWS" }, []]
    ) {
      expect(subject(signed(head, ok))).toEqual(undefined)
    }
    const refused = [
      { ...ok, exp: now },
      { ...ok, exp: String(now + 60) },
      { sub: "s", exp: now + 60 },
      { ...ok, iat: "now" },
      { ...ok, sub: 5 },
      { ...ok, exp: null },
      [ok]
    ]
    for (const claims of refused) expect(subject(signed({ alg: "HS256", typ: "JWT" }, claims))).toEqual(undefined)
    expect(Jwt.verify(Jwt.sign(ok, new Uint8Array(32)), secret, now)).toEqual(undefined)
  })
})

describe("crashes", () => {
  it.live("a handler that dies or fails answers 500 {detail: Internal Server Error} and is logged", () => {
    const logged: Array<string> = []
    const logger = Logger.make(({ cause, logLevel, message }) => {
      logged.push(`${logLevel.toUpperCase()} ${JSON.stringify(message)} ${Cause.pretty(cause)}`)
    })
    return Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      for (const path of ["/dies", "/fails", "/throws"]) {
        const answer = yield* request(`${server.url}${path}`)
        expect([answer.status, json(answer)]).toEqual([500, { detail: "Internal Server Error" }])
      }
      expect((yield* request(`${server.url}/healthcheck`)).status).toBe(200)
      expect((yield* server.stats).internalErrors).toBe(3)
      expect(logged.length).toBe(3)
      expect(logged[0]).toMatch(/^ERROR .*a handler failed.*kaboom/s)
      expect(logged[1]).toContain("nope")
      expect(logged[2]).toContain("thrown while decoding")
    }).pipe(
      withServer({
        routes: [
          { method: "GET", path: "/dies", public: true, handler: () => Effect.die(new Error("kaboom")) },
          { method: "GET", path: "/fails", public: true, handler: () => Effect.fail("nope") },
          {
            method: "GET",
            path: "/throws",
            public: true,
            requestSchema: Schema.Unknown.pipe(Schema.decodeTo(
              Schema.Unknown,
              SchemaTransformation.transform<unknown, unknown>({
                decode: () => {
                  throw new Error("thrown while decoding")
                },
                encode: (u) => u
              })
            )),
            handler: () => Effect.succeed({ status: 200 })
          }
        ]
      }),
      Effect.provide(Logger.layer([logger]))
    )
  })
})

describe("identity", () => {
  it.live("a key's subject is derived from the key, and stays when other keys are removed", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const subject = (key: string) =>
        Effect.map(postJson(`${server.url}/v1/login/api_key`, JSON.stringify({ api_key: key })), (a) => {
          const body = json(a)
          const jwt = typeof body === "object" && body !== null && "access_token" in body
            ? String(body.access_token)
            : ""
          return JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString()).sub
        })
      expect(yield* subject("k2")).toBe(GalileoServer.subjectOf("k2"))
      yield* server.setApiKeys(["k2"])
      expect(yield* subject("k2")).toBe(GalileoServer.subjectOf("k2"))
      expect(GalileoServer.subjectOf("k2")).toBe("user-015f7e6bc5ae")
      expect(GalileoServer.subjectOf(GalileoServer.demoApiKey)).toBe(demoSubject)
    }).pipe(withServer({ apiKeys: ["k1", "k2"] })))
})

describe("send", () => {
  it("sends exactly the given headers", async () => {
    const server = Http.createServer((req, res) => res.end(JSON.stringify(req.headers)))
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    const address = server.address()
    const port = typeof address === "object" && address !== null ? address.port : 0
    const answer = await send(`http://127.0.0.1:${port}/`, { body: "x" })
    server.close()
    expect(Object.keys(JSON.parse(answer.text)).sort()).toEqual(["connection", "content-length", "host"])
  })
})
