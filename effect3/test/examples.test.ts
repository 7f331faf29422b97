import { HttpClient, HttpClientResponse } from "@effect/platform"
import { describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Effect, Layer, Redacted, Ref } from "effect"
import { readFileSync } from "node:fs"
import { MainLive, program as currentUser } from "../examples/current-user.js"
import { AuthService, GalileoConfig, GalileoHttpClient, SystemService } from "../src/index.js"
import * as LogStreams from "../src/LogStreams.js"
import * as Projects from "../src/Projects.js"
import { GalileoServer, GalileoTest } from "../src/testing/index.js"
import * as Traces from "../src/Traces.js"
import * as Saved from "./support/SavedQuickstart.js"

const env = (server: GalileoServer.Service) =>
  ConfigProvider.fromMap(new Map([["GALILEO_API_KEY", GalileoServer.demoApiKey], ["GALILEO_API_URL", server.url]]))

const uuid4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

/** The embedded server, and a client of the test's own to it with the services the quick start uses. */
const withServices = Layer.mergeAll(Projects.layer, LogStreams.layer, Traces.layer).pipe(
  Layer.provideMerge(GalileoTest.layer())
)

describe("examples", () => {
  it.scopedLive("current-user: SystemService on NodeGalileo.layerConfig against the embedded server", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const user = yield* currentUser.pipe(Effect.provide(MainLive), Effect.withConfigProvider(env(server)))
      const subject = GalileoServer.subjectOf(GalileoServer.demoApiKey)
      expect(user).toEqual({ id: GalileoServer.userIdOf(subject), email: `${subject}@galileo.test`, role: "user" })
      const stats = yield* server.stats
      expect(stats.requests).toEqual({ "/v1/healthcheck": 1, "/v1/current_user": 1, "/v1/login/api_key": 1 })
    }).pipe(Effect.provide(GalileoServer.layer())))

  it.scopedLive("quickstart: on NodeGalileo.layerConfig, the whole job, read back; run again, it finds its project", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const dir = yield* Saved.dir
      const file = Saved.save(dir, "quickstart.ts")
      const ok = yield* Saved.run(dir, file, server.url, GalileoServer.demoApiKey)
      const first = Saved.steps(ok)
      expect([ok.code, ok.stderr, first.lines]).toEqual([0, "", Saved.expectedLines(first)])
      expect([first.projectId, first.logStreamId, first.traceId].filter((id) => !uuid4.test(id))).toEqual([])
      expect(first.logStreamName).toMatch(/^quickstart \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
      const stats = yield* server.stats
      expect([stats.logins, stats.refreshes]).toEqual([1, 0])
      const project = `/v1/projects/${first.projectId}`
      // GET /projects?project_name= (nothing found), then POST /projects
      expect(stats.requests).toEqual({
        "/v1/login/api_key": 1,
        "/v1/projects": 2,
        [`${project}/log_streams`]: 1,
        [`${project}/traces`]: 1,
        [`${project}/traces/${first.traceId}`]: 1
      })
      const { bytes, ...held } = yield* server.resources
      expect(held).toEqual({
        projects: 1,
        logStreams: 1,
        experiments: 0,
        datasets: 0,
        traces: 1,
        spans: 2,
        ingestedTraces: 1,
        ingestedSpans: 2,
        evictedTraces: 0,
        refusedByCap: 0
      })
      expect(bytes).toBeGreaterThan(0)

      // what the server holds, read with the test's own client
      const projects = yield* (yield* Projects.Projects).list()
      expect(projects.map((p) => [p.id, p.name])).toEqual([[first.projectId, "quickstart"]])
      const streams = yield* (yield* LogStreams.LogStreams).list(first.projectId)
      expect(streams.map((s) => [s.id, s.name])).toEqual([[first.logStreamId, first.logStreamName]])
      const trace = yield* (yield* Traces.Traces).get(first.projectId, first.traceId)
      const question = "What is the capital of France?"
      expect(trace).toMatchObject({
        id: first.traceId,
        run_id: first.logStreamId,
        name: "chat",
        input: question,
        output: "Paris.",
        num_spans: 2,
        spans: [
          {
            type: "retriever",
            name: "search",
            parent_id: first.traceId,
            input: question,
            output: [{ content: "Paris is the capital of France." }]
          },
          {
            type: "llm",
            name: "answer",
            parent_id: first.traceId,
            model: "gpt-4o-mini",
            input: [
              { role: "system", content: "Answer from the documents." },
              { role: "user", content: question }
            ],
            output: { role: "assistant", content: "Paris." },
            metrics: { num_input_tokens: 24, num_output_tokens: 2 }
          }
        ]
      })

      // a second run finds the project and logs to a log stream of its own
      const again = yield* Saved.run(dir, file, server.url, GalileoServer.demoApiKey)
      const second = Saved.steps(again)
      expect([again.code, second.lines]).toEqual([0, Saved.expectedLines(second)])
      expect(second.projectId).toBe(first.projectId)
      expect([second.logStreamId === first.logStreamId, second.traceId === first.traceId]).toEqual([false, false])
      const { bytes: _, ...after } = yield* server.resources
      expect(after).toMatchObject({ projects: 1, logStreams: 2, traces: 2, spans: 4 })
    }).pipe(Effect.provide(withServices)))

  it.scopedLive("quickstart: a wrong key becomes a readable failure, exit code 1", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const dir = yield* Saved.dir
      const failure = yield* Saved.run(dir, Saved.save(dir, "quickstart.ts"), server.url, "not-the-key")
      expect(failure.code).toBe(1)
      expect(failure.stderr + failure.stdout).toContain("Error: Check GALILEO_API_KEY: Invalid API key")
      expect(Saved.logged(failure)).toEqual([])
      const stats = yield* server.stats
      expect([stats.logins, stats.refusedLogins]).toEqual([0, 1])
      expect((yield* server.resources).projects).toBe(0)
    }).pipe(Effect.provide(GalileoServer.layer())))

  // the old `import.meta.url === file://${argv[1]}` guard silently did nothing for all but the
  // file without an extension (there `import.meta.url` is its file:// URL, unescaped)
  const asSaved: Saved.RunAs = { _tag: "AsSaved" }
  it.scopedLive.each(
    [
      ["under a path with a space", "with space/quickstart.ts", asSaved],
      ["through a symlink", "real/quickstart.ts", { _tag: "Symlink", link: "link.ts" }],
      ["with no extension", "quickstart", asSaved],
      ["as quickstart.ts, run without the extension", "bare/quickstart.ts", { _tag: "WithoutExtension" }],
      ["with a character a URL escapes", "100% #1/quickstart.ts", asSaved]
    ] as const
  )(
    "quickstart saved %s: it runs, logs in once and logs its steps",
    ([_how, saved, runAs]) =>
      Effect.gen(function*() {
        const server = yield* GalileoServer.GalileoServer
        const dir = yield* Saved.dir
        const file = Saved.runPath(dir, Saved.save(dir, saved), runAs)
        const result = yield* Saved.run(dir, file, server.url, GalileoServer.demoApiKey)
        const steps = Saved.steps(result)
        expect([result.code, steps.lines]).toEqual([0, Saved.expectedLines(steps)])
        const [stats, held] = yield* Effect.all([server.stats, server.resources])
        expect([stats.logins, held.projects, held.logStreams, held.traces, held.spans]).toEqual([1, 1, 1, 1, 2])
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

  it.scoped("sends the test token and decodes the user", () =>
    Effect.gen(function*() {
      const { layer, seen } = yield* stub([200])
      const user = yield* Effect.flatMap(SystemService.SystemService, (s) => s.currentUser).pipe(
        Effect.provide(testLayer(layer))
      )
      expect(user.email).toBe("spec@example.com")
      expect(yield* seen).toEqual(["Bearer spec-token-1"])
    }))

  it.scoped("a 401 makes one new login with the next token and one replay", () =>
    Effect.gen(function*() {
      const { layer, seen } = yield* stub([401, 200])
      const logins = yield* Effect.gen(function*() {
        yield* (yield* SystemService.SystemService).currentUser
        return yield* (yield* AuthService.AuthServiceTest).logins
      }).pipe(Effect.provide(testLayer(layer)))
      expect(logins).toBe(2)
      expect(yield* seen).toEqual(["Bearer spec-token-1", "Bearer spec-token-2"])
    }))

  it.scoped("layerTest can fail every login with a given error", () =>
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
