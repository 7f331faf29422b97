import { describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Effect, Layer, Redacted, Ref } from "effect"
import { HttpClient, HttpClientResponse } from "effect/http"
import { readFileSync } from "node:fs"
import { MainLive, program as currentUser } from "../examples/current-user.js"
import { AuthService, GalileoConfig, GalileoHttpClient, SystemService } from "../src/index.js"
import { GalileoServer } from "../src/testing/index.js"
import * as Saved from "./support/SavedQuickstart.js"

const env = (server: GalileoServer.Service) =>
  ConfigProvider.fromEnv({ env: { GALILEO_API_KEY: GalileoServer.demoApiKey, GALILEO_API_URL: server.url } })

describe("examples", () => {
  it.live("current-user: SystemService on NodeGalileo.layerConfig against the embedded server", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const user = yield* currentUser.pipe(
        Effect.provide(MainLive),
        Effect.provideService(ConfigProvider.ConfigProvider, env(server))
      )
      const subject = GalileoServer.subjectOf(GalileoServer.demoApiKey)
      expect(user).toEqual({ id: GalileoServer.userIdOf(subject), email: `${subject}@galileo.test`, role: "user" })
      const stats = yield* server.stats
      expect(stats.requests).toEqual({ "/v1/healthcheck": 1, "/v1/current_user": 1, "/v1/login/api_key": 1 })
    }).pipe(Effect.provide(GalileoServer.layer())))

  it.live("quickstart: runs on NodeGalileo.layerConfig, and a wrong key becomes a readable failure", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const dir = yield* Saved.dir
      const file = Saved.save(dir, "quickstart.ts")
      const ok = yield* Saved.run(dir, file, server.url, GalileoServer.demoApiKey)
      expect([ok.code, Saved.loggedIn(ok)]).toEqual([0, [
        `${GalileoServer.subjectOf(GalileoServer.demoApiKey)}@galileo.test`
      ]])
      expect((yield* server.stats).logins).toBe(1)
      const failure = yield* Saved.run(dir, file, server.url, "not-the-key")
      expect(failure.code).toBe(1)
      expect(failure.stderr + failure.stdout).toContain("Error: Check GALILEO_API_KEY: Invalid API key")
      expect((yield* server.stats).refusedLogins).toBe(1)
    }).pipe(Effect.provide(GalileoServer.layer())))

  // the old `import.meta.url === file://${argv[1]}` guard silently did nothing for all but the
  // file without an extension (there `import.meta.url` is its file:// URL, unescaped)
  const asSaved: Saved.RunAs = { _tag: "AsSaved" }
  it.live.each(
    [
      ["under a path with a space", "with space/quickstart.ts", asSaved],
      ["through a symlink", "real/quickstart.ts", { _tag: "Symlink", link: "link.ts" }],
      ["with no extension", "quickstart", asSaved],
      ["as quickstart.ts, run without the extension", "bare/quickstart.ts", { _tag: "WithoutExtension" }],
      ["with a character a URL escapes", "100% #1/quickstart.ts", asSaved]
    ] as const
  )(
    "quickstart saved %s: it runs, logs in once and prints who it is",
    ([_how, saved, runAs]) =>
      Effect.gen(function*() {
        const server = yield* GalileoServer.GalileoServer
        const dir = yield* Saved.dir
        const file = Saved.runPath(dir, Saved.save(dir, saved), runAs)
        const result = yield* Saved.run(dir, file, server.url, GalileoServer.demoApiKey)
        expect([result.code, Saved.loggedIn(result)]).toEqual([0, [
          `${GalileoServer.subjectOf(GalileoServer.demoApiKey)}@galileo.test`
        ]])
        const stats = yield* server.stats
        expect([stats.logins, stats.requests["/v1/current_user"]]).toEqual([1, 1])
      }).pipe(Effect.provide(GalileoServer.layer()))
  )

  it.each(["examples/quickstart.ts", "examples/layers.ts", "test/readme/spec.test.ts", "test/readme/waiting.test.ts"])(
    "the README's code is %s, word for word",
    (file) => {
      const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8")
      const source = readFileSync(new URL(`../${file}`, import.meta.url), "utf8")
      expect(readme).toContain(`\`\`\`ts\n${source}\`\`\``)
    }
  )

  it("the README's SystemService is the shipped one, from its class line to the end", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8")
    const source = readFileSync(new URL("../src/services/SystemService.ts", import.meta.url), "utf8")
    const service = source.slice(source.indexOf("export class SystemService"))
    expect(service.length).toBeGreaterThan(100)
    expect(readme).toContain(`\`\`\`ts\n${service}\`\`\``)
  })
})

/** The spec side: SystemService with AuthService.layerTest and a stub HttpClient, no server. */
describe("SystemService spec with AuthService.layerTest", () => {
  const stub = (statuses: ReadonlyArray<number>) =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<ReadonlyArray<string>>([])
      const client = HttpClient.make((request) =>
        Effect.map(Ref.getAndUpdate(seen, (s) => [...s, request.headers["authorization"] ?? ""]), (before) =>
          HttpClientResponse.fromWeb(
            request,
            Response.json({ id: "u-9", email: "spec@example.com", role: "admin" }, {
              status: statuses[Math.min(before.length, statuses.length - 1)] ?? 200
            })
          ))
      )
      return { seen: Ref.get(seen), layer: Layer.succeed(HttpClient.HttpClient, client) }
    })

  const testLayer = (http: Layer.Layer<HttpClient.HttpClient>) =>
    SystemService.SystemService.Default.pipe(
      Layer.provide(GalileoHttpClient.layer),
      Layer.provide(GalileoConfig.layer({ apiKey: Redacted.make("unused"), baseUrl: "https://galileo.test" })),
      Layer.provideMerge(AuthService.layerTest({ tokens: ["spec-token-1", "spec-token-2"] })),
      Layer.provide(http)
    )

  it.effect("sends the test token and decodes the user", () =>
    Effect.gen(function*() {
      const { layer, seen } = yield* stub([200])
      const user = yield* Effect.flatMap(SystemService.SystemService, (s) => s.currentUser).pipe(
        Effect.provide(testLayer(layer))
      )
      expect(user.email).toBe("spec@example.com")
      expect(yield* seen).toEqual(["Bearer spec-token-1"])
    }))

  it.effect("a 401 makes one new login with the next token and one replay", () =>
    Effect.gen(function*() {
      const { layer, seen } = yield* stub([401, 200])
      const logins = yield* Effect.gen(function*() {
        yield* (yield* SystemService.SystemService).currentUser
        return yield* (yield* AuthService.AuthServiceTest).logins
      }).pipe(Effect.provide(testLayer(layer)))
      expect(logins).toBe(2)
      expect(yield* seen).toEqual(["Bearer spec-token-1", "Bearer spec-token-2"])
    }))

  it.effect("layerTest can fail every login with a given error", () =>
    Effect.gen(function*() {
      const { GalileoUnauthorized } = yield* Effect.promise(() => import("../src/GalileoError.js"))
      const error = new GalileoUnauthorized({ status: 401, detail: "revoked" })
      const result = yield* Effect.flip(
        Effect.flatMap(AuthService.AuthService, (a) => a.token).pipe(Effect.provide(AuthService.layerTest({ error })))
      )
      expect(result._tag).toBe("GalileoUnauthorized")
      expect(result.message).toBe("Galileo refused the credentials with 401: revoked")
    }))
})

/** The same spec style with it.layer: one test Layer shared by the tests of a block. */
describe("AuthService.layerTest with it.layer", () => {
  it.layer(AuthService.layerTest({ tokens: ["shared-1", "shared-2"] }))((it) => {
    it.effect("the first token call logs in once", () =>
      Effect.gen(function*() {
        const auth = yield* AuthService.AuthService
        const token = yield* auth.token
        expect(Redacted.value(token.value)).toBe("shared-1")
        expect(yield* (yield* AuthService.AuthServiceTest).logins).toBe(1)
      }))

    it.effect("invalidating it makes the next call log in with the next token", () =>
      Effect.gen(function*() {
        const auth = yield* AuthService.AuthService
        expect(yield* auth.invalidate(yield* auth.token)).toBe(true)
        expect(Redacted.value((yield* auth.token).value)).toBe("shared-2")
        const test = yield* AuthService.AuthServiceTest
        expect([yield* test.logins, yield* test.invalidations]).toEqual([2, 1])
      }))
  })
})
