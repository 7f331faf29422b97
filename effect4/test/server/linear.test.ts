/**
 * Linear time for every input a peer controls on the embedded server: each parser gets its worst
 * case at its size limit and a benign input of the same size in the same run, and the worst case
 * may cost at most 20 times as much (never an absolute time). The server meanwhile answers
 * `/healthcheck`.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import * as Form from "../../src/core/server/form.js"
import { cookies } from "../../src/core/server/http.js"
import * as Log from "../../src/core/server/log.js"
import * as Multipart from "../../src/core/server/multipart.js"
import { Router } from "../../src/core/server/router.js"
import { GalileoServer } from "../../src/testing/index.js"
import { fastest } from "../support/Cost.js"
import { request, send } from "./http.js"

/** The cost of the worst case over a benign one (the fastest of 3 runs each, after a warm-up): only ever a ratio. */
const ratio = (worst: () => unknown, benign: () => unknown): number => {
  benign() // warm up
  worst()
  return fastest(3, worst) / Math.max(fastest(3, benign), 0.05)
}

const MiB = 1024 * 1024

/** The same text cut into `n` pieces. */
const chunks = (text: string, n: number): ReadonlyArray<string> => {
  const size = Math.ceil(text.length / n)
  return Array.from({ length: n }, (_, i) => text.slice(i * size, (i + 1) * size))
}

/** 240 parts whose Content-Disposition has 4,150 spaces before `name=` (about 1 MiB). */
const spacedParts = (padding: string, name: (i: number) => string = (i) => `f${i}`, count = 240): Buffer => {
  const parts = Array.from(
    { length: count },
    (_, i) => `--b\r\nContent-Disposition: form-data;${padding}name="${name(i)}"\r\n\r\nv\r\n`
  )
  return Buffer.from(`${parts.join("")}--b--\r\n`, "latin1")
}

const contentTypes = {
  spaces: `multipart/form-data; boundary=b;${" ".repeat(15 * 1024)}x`,
  semicolons: `multipart/form-data; boundary=b${";".repeat(15 * 1024)}`,
  quotes: `multipart/form-data; boundary=b${";\"".repeat(15 * 512)}`
}

describe("linear parsers (worst case / same-size benign < 20)", () => {
  it("the urlencoded form reader: 1 MiB of `a;a;…` against 1 MiB of `a=b&…`", () => {
    const worst = Buffer.from("a;".repeat(MiB / 2), "latin1")
    const benign = Buffer.from("a=b&".repeat(MiB / 4), "latin1")
    expect(Form.parseForm(worst).length).toBe(MiB / 2)
    expect(ratio(() => Form.parseForm(worst), () => Form.parseForm(benign))).toBeLessThan(20)
  })

  it("the urlencoded form reader: 1 MiB of `=` and of `&` with no `=`", () => {
    const benign = Buffer.from("a=b&".repeat(MiB / 4), "latin1")
    for (const worst of ["a&".repeat(MiB / 2), `a${"=".repeat(MiB - 1)}`]) {
      const bytes = Buffer.from(worst, "latin1")
      expect(ratio(() => Form.parseForm(bytes), () => Form.parseForm(benign))).toBeLessThan(20)
    }
  })

  it("multipart part headers: 240 parts with 4,150 spaces before `name=` against 4,150 other bytes", () => {
    const type = "multipart/form-data; boundary=b"
    const worst = spacedParts(" ".repeat(4150))
    const benign = spacedParts(` pad="${"x".repeat(4141)}"; `)
    expect(worst.length).toBe(benign.length)
    const parsed = Multipart.parseMultipart(worst, type)
    expect(parsed._tag === "Form" ? parsed.fields.length : parsed._tag).toBe(240)
    expect(ratio(() => Multipart.parseMultipart(worst, type), () => Multipart.parseMultipart(benign, type)))
      .toBeLessThan(20)
  })

  it("Content-Type parameters: 15 KiB (under Node's 16 KiB of headers) of spaces, of `;`, of `;\"` against the same bytes in 64 short headers", () => {
    for (const worst of [contentTypes.spaces, contentTypes.semicolons, contentTypes.quotes]) {
      const many = Array.from({ length: 8 }, () => worst)
      const pieces = Array.from({ length: 8 }, () => chunks(worst, 64)).flat()
      expect(
        ratio(() => many.map(Multipart.parseOptionsHeader), () => pieces.map(Multipart.parseOptionsHeader))
      ).toBeLessThan(20)
    }
    expect(Multipart.parseOptionsHeader(contentTypes.spaces).options.get("boundary")).toBe("b")
  })

  it("the router's trailing slash: 16 KB of `/` then `a/` against 16 KB of `/a`", () => {
    const router = new Router([{ method: "GET", path: "/healthcheck", target: 1 }])
    const worst = Array.from({ length: 20 }, () => `${"/".repeat(16 * 1024)}a/`)
    const benign = Array.from({ length: 20 }, () => `${"/a".repeat(8 * 1024)}/`)
    expect(router.match("GET", worst[0] ?? "")._tag).toBe("NotFound")
    expect(ratio(() => worst.map((p) => router.match("GET", p)), () => benign.map((p) => router.match("GET", p))))
      .toBeLessThan(20)
  })

  it("cookies: 16 KB of `;`, of `=` and of quotes against 16 KB of `a=b; `", () => {
    const benign = { cookie: "a=b; ".repeat(16 * 1024 / 5) }
    for (const cookie of [";".repeat(16 * 1024), "=".repeat(16 * 1024), `a="${"\"".repeat(16 * 1024)}`]) {
      const many = Array.from({ length: 20 }, () => ({ cookie }))
      const benigns = Array.from({ length: 20 }, () => benign)
      expect(ratio(() => many.map(cookies), () => benigns.map(cookies))).toBeLessThan(20)
    }
  })

  it("the log's redaction: 256 KiB of `;name=`, of `\"password\":`, of `password=` against the same bytes in 64 pieces", () => {
    const size = 256 * 1024
    for (const unit of [";\tname=", "\"password\": ", "password=&", "{\"password\":\"\\"]) {
      const worst = unit.repeat(Math.floor(size / unit.length))
      const pieces = chunks(worst, 64)
      expect(ratio(() => Log.redactBody(worst), () => pieces.map(Log.redactBody))).toBeLessThan(20)
    }
  })

  it("the log's redaction by the server's parsers: 1 MiB forms, multipart and JSON against 64 bodies of 16 KiB", () => {
    const password = () => "password"
    const makers: ReadonlyArray<readonly [(units: number) => string, string]> = [
      [(n) => "password=a;".repeat(n * 1490), "application/x-www-form-urlencoded"],
      [(n) => spacedParts(" ".repeat(3950), password, n * 4).toString("latin1"), "multipart/form-data; boundary=b"],
      [(n) => `[${"{\"password\":\"x\"},".repeat(n * 960)}0]`, "application/json"]
    ]
    for (const [make, type] of makers) {
      const worst = Buffer.from(make(64), "latin1")
      const pieces = Array.from({ length: 64 }, () => Buffer.from(make(1), "latin1"))
      expect(worst.length).toBeGreaterThan(MiB - 32 * 1024)
      expect(Log.redactRequest(worst, type)).toContain("<redacted>")
      expect(ratio(() => Log.redactRequest(worst, type), () => pieces.map((p) => Log.redactRequest(p, type))))
        .toBeLessThan(20)
    }
  })
})

describe("the server meanwhile", () => {
  it.live("answers /healthcheck while worst-case requests at the size limits are in flight", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const worst = () => [
        send(`${server.url}/login`, {
          body: Buffer.from("a;".repeat(MiB / 2), "latin1"),
          headers: { "content-type": "application/x-www-form-urlencoded" }
        }),
        send(`${server.url}/login`, {
          body: spacedParts(" ".repeat(4150)),
          headers: { "content-type": "multipart/form-data; boundary=b" }
        }),
        send(`${server.url}/login`, { body: "x", headers: { "content-type": contentTypes.spaces } }),
        send(`${server.url}/login`, { body: "x", headers: { "content-type": contentTypes.quotes } }),
        send(`${server.url}${"/".repeat(15 * 1024)}a/`)
      ]
      const checks = Array.from({ length: 50 }, () => send(`${server.url}/healthcheck`))
      // six of each at once: the quadratic parsers stayed busy past the 30 s test timeout (2 of each: 15.9 s)
      const answers = yield* Effect.promise(() => Promise.all([...Array.from({ length: 6 }, worst).flat(), ...checks]))
      expect(answers.map((a) => a.status)).toEqual([
        ...Array.from({ length: 6 }, () => [422, 422, 400, 400, 404]).flat(),
        ...Array.from({ length: 50 }, () => 200)
      ])
      expect((yield* request(`${server.url}/healthcheck`)).status).toBe(200)
      const stats = yield* server.stats
      expect([stats.invalidLogins, stats.requests["/healthcheck"]]).toEqual([24, 51])
    }).pipe(Effect.provide(GalileoServer.layer())))
})
