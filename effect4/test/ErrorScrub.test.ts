/**
 * Hostile input, round 2: error bodies that cost the caller quadratic time, and secrets that
 * come back re-encoded (percent-encoded, JSON-escaped), in any error field, for the credential
 * and for the access token a request carried.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Predicate, Redacted } from "effect"
import { AuthService, Contract, GalileoConfig, GalileoHttpClient, RetryPolicy } from "../src/index.js"
import * as Response from "../src/internal/response.js"
import { Fault, GalileoServer } from "../src/testing/index.js"
import * as Canary from "./support/Canary.js"
import * as Cost from "./support/Cost.js"
import * as Live from "./support/Live.js"

const noRetry = RetryPolicy.make({ maxRetries: 0 })
const user = GalileoHttpClient.getJson("current_user", Contract.CurrentUser)

describe("scrubbing is linear", () => {
  const size = 1024 * 1024
  const secrets = [Redacted.make("long-secret-value"), Redacted.make("k")]
  const hostile = [
    "eyJ".repeat(size / 3),
    `eyJ${"a".repeat(size)}.`,
    "eyJa.".repeat(size / 5),
    "Bearer ".repeat(size / 7),
    "\\u00".repeat(size / 4),
    "%E2%82".repeat(size / 6),
    "long-secret-valu".repeat(size / 16),
    "k-".repeat(size / 2)
  ]
  const benign = "abc def ".repeat(size / 8)

  it("1 MiB of each hostile shape costs about what 1 MiB of plain text costs", () => {
    for (const text of hostile) {
      // linear: 0.2 to 45 benign costs (plain text is the scanner's fastest path), ~110 seen on a
      // machine at load 13; the old pattern took over 90 s on the first of these, 10,000s of them
      const cost = Cost.ratio(5, () => Response.scrub(text, secrets), () => Response.scrub(benign, secrets))
      expect(cost, text.slice(0, 16)).toBeLessThan(1000)
    }
  })

  it("an excerpt of a 1 MiB hostile error body is scrubbed, short and whole", () => {
    const out = Response.excerpt(`${"eyJ".repeat(size / 3)} eyJa.b.c long-secret-value`, secrets)
    expect(out.length).toBe(Response.maxExcerptLength)
    expect(Response.excerpt(`x eyJa.b.c long-secret-value`, secrets)).toBe("x <redacted> <redacted>")
  })

  it("the linear scanner finds what the old JWT pattern found", () => {
    const old = /eyJ[\w-]*\.[\w-]+\.[\w-]*/g
    const samples = [
      "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln here",
      "xeyJa.b. and eyJ.b.c eyJa..c eyJa.b",
      "eyJeyJa.b.eyJc.d.e",
      "a.eyJ-_.x_.- eyJ"
    ]
    for (const sample of samples) expect(Response.scrub(sample, [])).toBe(sample.replace(old, "<redacted>"))
  })
})

describe("secrets in every encoding", () => {
  const password = Redacted.make("p@ss word!é/")
  const key = Redacted.make("KEY-9f8e7d6c")

  it("percent-encoded (either hex case, %20 or + for a space) and JSON-escaped", () => {
    const forms = [
      "p@ss word!é/",
      "p%40ss+word%21%C3%A9%2F",
      "p%40ss%20word%21%C3%A9%2F",
      "p%40ss+word%21%c3%a9%2f",
      "p@ss word!\\u00e9/",
      "p@ss word!\\u00E9\\/",
      "\\u0070\\u0040ss word!\\u00e9/"
    ]
    for (const form of forms) expect(Response.scrub(`got ${form} back`, [password])).toBe("got <redacted> back")
    const escaped = [...Redacted.value(key)].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    expect(Response.scrub(`{"key": "${escaped.join("")}"}`, [key])).toBe(`{"key": "<redacted>"}`)
    expect(Response.scrub("KEY%2D9f8e7d6c", [key])).toBe("<redacted>")
  })

  it("an opaque access token the request carried, bare and as an Authorization value", () => {
    const token = "opaque-token-0123456789"
    const detail = `upstream refused ${token}; headers: Authorization: Bearer ${token}`
    expect(Response.scrub(detail, [Redacted.make(token)])).toBe(
      "upstream refused <redacted>; headers: Authorization: Bearer <redacted>"
    )
  })
})

describe("secrets in errors, end to end", () => {
  const opaque = "opaque.access-token_Z9Y8X7W6"

  it.live("an opaque token the client sent, echoed by a downstream 500 and a 422 type", () =>
    Effect.gen(function*() {
      const { server } = yield* Live.withAuth()
      const config = yield* GalileoConfig.make({
        jwt: Redacted.make(opaque),
        baseUrl: server.url,
        retryPolicy: noRetry
      })
      const client = yield* GalileoHttpClient.make.pipe(
        Effect.provideServiceEffect(AuthService.AuthService, AuthService.make),
        Effect.provideService(GalileoConfig.GalileoConfig, config)
      )
      const run = <A, E, R>(e: Effect.Effect<A, E, R>) =>
        Effect.provideService(e, GalileoHttpClient.GalileoHttpClient, client)
      const shown: Array<unknown> = []
      yield* server.inject(Fault.status(500, { detail: `got ${opaque} / Authorization: Bearer ${opaque}` }))
      shown.push(yield* Effect.flip(run(user)))
      yield* server.inject(Fault.status(422, { detail: [{ loc: ["header"], msg: "bad", type: `token ${opaque}` }] }))
      const invalid = yield* Effect.flip(run(user))
      expect(invalid).toMatchObject({ _tag: "GalileoValidationError", detail: [{ type: "token <redacted>" }] })
      shown.push(invalid)
      const text = encodeURIComponent(opaque)
      for (const rendered of shown.flatMap(Canary.renderings)) {
        expect(rendered).not.toContain(opaque)
        expect(rendered).not.toContain(text)
      }
      expect(shown.length).toBe(2)
    }).pipe(Live.provide(Live.clients[1]![1])))

  it.live("a password echoed percent-encoded by 400, 401 and 500 login answers", () =>
    Effect.gen(function*() {
      const password = "p@ss word!#1"
      const { server } = yield* Live.withAuth()
      const config = yield* GalileoConfig.make({
        username: "demo@galileo.test",
        password: Redacted.make(password),
        baseUrl: server.url,
        retryPolicy: noRetry
      })
      const auth = yield* AuthService.make.pipe(Effect.provideService(GalileoConfig.GalileoConfig, config))
      const forms = ["p%40ss+word%21%231", "p%40ss%20word%21%231", "p%40ss+word%21%23%31".toLowerCase()]
      const shown: Array<unknown> = []
      for (const status of [400, 401, 500]) {
        for (const form of forms) {
          yield* server.inject(Fault.status(status, { detail: `bad form: password=${form}` }), { path: "/v1/login" })
          shown.push(yield* Effect.flip(auth.login))
        }
      }
      expect(shown.length).toBe(9)
      for (const rendered of shown.flatMap(Canary.renderings)) {
        expect(rendered).toContain("<redacted>")
        for (const form of [password, ...forms]) expect(rendered).not.toContain(form)
      }
    }).pipe(Live.provide(Live.clients[2]![1], { users: [{ username: "demo@galileo.test", password: "x" }] })))

  it.live("an API key echoed JSON-escaped (non-ASCII and every character) and in a 422 type", () =>
    Effect.gen(function*() {
      const key = "KEY-ÿ-9f8e7d6c"
      const { auth, server } = yield* Live.withAuth({ apiKey: key, retryPolicy: noRetry })
      const everyChar = [...key].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")
      const bodies = [
        `{"detail": "unknown key ${key.replace("ÿ", "\\u00ff")}"}`,
        `{"detail": "unknown key ${everyChar}"}`,
        JSON.stringify({ detail: [{ loc: ["body", "api_key"], msg: "bad", type: key }] })
      ]
      const shown: Array<object> = []
      for (const [status, body] of [[401, bodies[0]!], [500, bodies[1]!], [422, bodies[2]!]] as const) {
        yield* server.inject(Fault.Respond({ status, body, headers: { "content-type": "application/json" } }))
        shown.push(yield* Effect.flip(auth.login))
      }
      expect(shown.map((e) => Predicate.hasProperty(e, "_tag") ? e._tag : "")).toEqual([
        "GalileoUnauthorized",
        "GalileoHttpError",
        "GalileoValidationError"
      ])
      for (const rendered of shown.flatMap(Canary.renderings)) {
        expect(rendered).not.toContain(key)
        expect(rendered).not.toContain("9f8e7d6c")
      }
    }).pipe(Live.provide(Live.clients[1]![1])))
})

describe("secrets with 2-, 3- and 4-byte UTF-8 characters", () => {
  // é (2 bytes), € (3), 😀 (4: a surrogate pair in JSON), a space (%20 or +)
  const secret = "pé€😀 wörd!"
  const escapeNonAscii = (text: string, hex: (h: string) => string = (h) => h) =>
    text.replace(/[^\x00-\x7f]/g, (c) => `\\u${hex(c.charCodeAt(0).toString(16).padStart(4, "0"))}`)
  const everyChar = [...secret].map((c) =>
    escapeNonAscii(c.replace(/[\x00-\x7f]/, (a) => `\\u00${a.charCodeAt(0).toString(16)}`))
  ).join("")
  const forms = [
    secret,
    encodeURIComponent(secret),
    encodeURIComponent(secret).toLowerCase(),
    new URLSearchParams({ p: secret }).toString().slice(2), // + for the space, ! as %21
    escapeNonAscii(secret), // Python's json.dumps: \u00e9 \u20ac \ud83d\ude00
    escapeNonAscii(secret, (h) => h.toUpperCase()),
    everyChar
  ]

  it("the forms are what a server writes", () => {
    expect(forms[1]).toBe("p%C3%A9%E2%82%AC%F0%9F%98%80%20w%C3%B6rd!")
    expect(forms[3]).toBe("p%C3%A9%E2%82%AC%F0%9F%98%80+w%C3%B6rd%21")
    expect(forms[4]).toBe("p\\u00e9\\u20ac\\ud83d\\ude00 w\\u00f6rd!")
    expect(JSON.parse(`"${everyChar}"`)).toBe(secret)
    expect(new Set(forms).size).toBe(forms.length)
  })

  it("every form is scrubbed, alone and inside a text", () => {
    for (const form of forms) {
      expect(Response.scrub(form, [Redacted.make(secret)]), form).toBe("<redacted>")
      expect(Response.scrub(`got ${form}, again:${form}.`, [Redacted.make(secret)]), form).toBe(
        "got <redacted>, again:<redacted>."
      )
    }
  })

  it.live.each(["ApiKey", "Password"] as const)(
    "every form, in every error field (detail[].type, loc and msg included), for the %s credential",
    (kind) =>
      Effect.gen(function*() {
        const server = yield* GalileoServer.GalileoServer
        const config = yield* GalileoConfig.make({
          ...(kind === "ApiKey"
            ? { apiKey: Redacted.make(secret) }
            : { username: "demo@galileo.test", password: Redacted.make(secret) }),
          baseUrl: server.url,
          retryPolicy: noRetry
        })
        const auth = yield* AuthService.make.pipe(Effect.provideService(GalileoConfig.GalileoConfig, config))
        const path = kind === "ApiKey" ? "/v1/login/api_key" : "/v1/login"
        const shown: Array<object> = []
        for (const form of forms) {
          const standard = {
            error_code: 1,
            error_type: `type ${form}`,
            error_group: `group ${form}`,
            severity: `severity ${form}`,
            message: `message ${form}`,
            user_action: `action ${form}`,
            documentation_link: `https://docs.test/${form}`,
            retriable: false,
            blocking: false
          }
          const bodies = [
            [401, { detail: `unknown key ${form}`, standard_error: standard }],
            [500, { detail: `unknown key ${form}`, standard_error: standard }],
            [422, {
              detail: [{ loc: ["body", form], msg: `bad ${form}`, type: `value_error.${form}` }],
              standard_error: standard
            }],
            [422, { detail: `bad ${form}` }]
          ] as const
          for (const [status, body] of bodies) {
            // written as is: a JSON.stringify would re-escape the backslashes of the \u forms
            const raw = JSON.stringify(body).split(JSON.stringify(form).slice(1, -1)).join(form)
            yield* server.inject(
              Fault.Respond({ status, body: raw, headers: { "content-type": "application/json" } }),
              {
                path
              }
            )
            shown.push(yield* Effect.flip(auth.login))
          }
        }
        expect(shown.length).toBe(4 * forms.length)
        expect(shown.map((e) => Predicate.hasProperty(e, "_tag") ? e._tag : "").slice(0, 4)).toEqual([
          "GalileoUnauthorized",
          "GalileoHttpError",
          "GalileoValidationError",
          "GalileoValidationError"
        ])
        const renderings = shown.flatMap(Canary.renderings)
        expect(renderings.filter((r) => r.includes("<redacted>")).length).toBe(renderings.length)
        for (const rendered of renderings) {
          for (
            const piece of [
              "é€",
              "%E2%82%AC",
              "%e2%82%ac",
              "\\u20ac",
              "\\u20AC",
              "w%C3%B6rd",
              "wörd",
              "\\ude00",
              "\\uDE00"
            ]
          ) {
            expect(rendered).not.toContain(piece)
          }
        }
      }).pipe(Live.provide(Live.clients[1]![1], { users: [{ username: "demo@galileo.test", password: "x" }] }))
  )
})

describe("Galileo's standard_error", () => {
  const standardError = (retriable: boolean) => ({
    error_code: 1006,
    error_type: "not_found_error",
    error_group: "shared",
    severity: "medium",
    message: "Dataset with the given id was not found.",
    user_action: "Verify the identifier and try again.",
    documentation_link: null,
    retriable,
    blocking: true,
    http_status_code: 503,
    source_service: "api",
    context: { dataset_id: "ds-123" }
  })

  it.live("is decoded onto the error and its message; retriable: false is not retried", () =>
    Effect.gen(function*() {
      const { run, server } = yield* Live.withClient()
      yield* server.inject(Fault.status(503, { detail: "x", standard_error: standardError(false) }), {
        times: 4,
        path: "/v1/current_user"
      })
      const error = yield* Effect.flip(run(user))
      expect(error).toMatchObject({
        _tag: "GalileoHttpError",
        status: 503,
        standardError: {
          code: 1006,
          type: "not_found_error",
          group: "shared",
          severity: "medium",
          message: "Dataset with the given id was not found.",
          retriable: false,
          blocking: true,
          userAction: "Verify the identifier and try again."
        }
      })
      expect(error.message).toBe(
        "Galileo answered HTTP 503 (GET /v1/current_user): Dataset with the given id was not found. " +
          "(1006 not_found_error, shared, medium) Verify the identifier and try again."
      )
      const calls = (yield* server.requests).filter((r) => r.path === "/v1/current_user")
      expect(calls.length).toBe(1)
    }).pipe(Live.provide(Live.clients[1]![1])))
})
