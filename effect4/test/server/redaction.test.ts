/**
 * The request log redacts what the server itself accepts as a credential: each body below logs
 * in (the server answers 200 with a token), and the secret is nowhere in the log.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { GalileoServer } from "../../src/testing/index.js"
import { send } from "./http.js"

const apiKey = "sk-live-0123456789abcdef"
const user = { username: "ada@galileo.test", password: "head;tail-of-the-secret" }
const form = "application/x-www-form-urlencoded"
const multipart = "multipart/form-data; boundary=b"

const part = (disposition: string, value: string) =>
  `--b\r\nContent-Disposition: form-data; ${disposition}\r\n\r\n${value}\r\n`

const cases: ReadonlyArray<
  readonly [string, string, { readonly body: string | Buffer; readonly contentType?: string }]
> = [
  ["a percent-encoded field name", "/login", {
    body: `username=ada%40galileo.test&pass%77ord=${encodeURIComponent(user.password)}`,
    contentType: form
  }],
  ["`;` inside a value when `&` separates fields", "/login", {
    body: `password=${user.password}&username=ada%40galileo.test`,
    contentType: form
  }],
  ["`Name=` capitalised in a part's Content-Disposition", "/login", {
    body: `${part("name=\"username\"", user.username)}${part("Name=\"password\"", user.password)}--b--\r\n`,
    contentType: multipart
  }],
  ["spaces around `=` in a part's Content-Disposition", "/login", {
    body: `${part("name=\"username\"", user.username)}${part("name = \"password\"", user.password)}--b--\r\n`,
    contentType: multipart
  }],
  ["an escaped JSON key beside Python's NaN", "/login/api_key", {
    body: `{"api_\\u006bey": "${apiKey}", "n": NaN}`,
    contentType: "application/json"
  }],
  ["an escaped JSON key, no content type", "/v1/login/api_key", { body: `{"\\u0061pi_key":"${apiKey}","x":[1,2]}` }],
  ["UTF-16 JSON", "/login/api_key", {
    body: Buffer.from(`\ufeff{"api_key": "${apiKey}"}`, "utf16le"),
    contentType: "application/json"
  }]
]

describe("the log redacts what the server accepts as a credential", () => {
  for (const [name, path, { body, contentType }] of cases) {
    it.live(name, () =>
      Effect.gen(function*() {
        const server = yield* GalileoServer.GalileoServer
        const answer = yield* Effect.promise(() =>
          send(`${server.url}${path}`, {
            body,
            headers: contentType === undefined ? {} : { "content-type": contentType }
          })
        )
        expect([answer.status, /"token_type":"bearer"/.test(answer.text)]).toEqual([200, true])
        expect((yield* server.stats).logins).toBe(1)
        const [entry] = yield* server.requests
        const logged = (entry?.body ?? "").replaceAll("\u0000", "")
        expect(logged).toContain("<redacted>")
        for (const secret of [apiKey, user.password, "tail-of-the-secret", encodeURIComponent(user.password)]) {
          expect(logged).not.toContain(secret)
        }
      }).pipe(Effect.provide(GalileoServer.layer({ apiKeys: [apiKey], users: [user] }))))
  }

  it.live("other fields stay readable: the username, a JSON body's other keys", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      yield* Effect.promise(() =>
        send(`${server.url}/login`, {
          body: `username=ada%40galileo.test&pass%77ord=${encodeURIComponent(user.password)}&scope=x`,
          headers: { "content-type": form }
        })
      )
      yield* Effect.promise(() =>
        send(`${server.url}/login/api_key`, {
          body: `{"api_\\u006bey": "${apiKey}", "n": NaN, "big": 12345678901234567890}`,
          headers: { "content-type": "application/json" }
        })
      )
      const bodies = (yield* server.requests).map((r) => r.body)
      expect(bodies).toEqual([
        "username=ada%40galileo.test&pass%77ord=<redacted>&scope=x",
        "{\"api_key\":\"<redacted>\",\"n\":NaN,\"big\":12345678901234567890}"
      ])
    }).pipe(Effect.provide(GalileoServer.layer({ apiKeys: [apiKey], users: [user] }))))
})
