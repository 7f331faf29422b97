import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Schema } from "effect"
import { GalileoHttpClient, SystemService } from "galileo-effect"
import { Fault, GalileoServer, GalileoTest } from "galileo-effect/testing"

// An endpoint the package does not ship: the spec's own code calls it, the embedded server serves it.
const Project = Schema.Struct({ id: Schema.String, name: Schema.String })
const NewProject = Schema.Struct({ name: Schema.String })
const createProject = (name: string) => GalileoHttpClient.sendJson("POST", "projects", NewProject, { name }, Project)

const projects = GalileoServer.route({
  method: "POST",
  path: "/projects",
  requestSchema: NewProject,
  handler: (request) => Effect.succeed({ status: 201, body: { id: "p-1", name: request.body.name } })
})

// The embedded server on 127.0.0.1 and the whole client against it, shared by the tests below.
const Spec = SystemService.SystemService.Default.pipe(
  Layer.provideMerge(GalileoTest.layer({ server: { routes: [projects] } }))
)

describe("a spec against the embedded server", () => {
  it.layer(Spec)((it) => {
    it.effect("logs in for real and reads the current user", () =>
      Effect.gen(function*() {
        const user = yield* (yield* SystemService.SystemService).currentUser
        expect(user.id).toBe(GalileoServer.userIdOf(GalileoServer.subjectOf(GalileoServer.demoApiKey)))
      }))

    it.effect("calls a route of its own and checks what was sent", () =>
      Effect.gen(function*() {
        expect(yield* createProject("demo")).toEqual({ id: "p-1", name: "demo" })
        const server = yield* GalileoServer.GalileoServer
        const sent = (yield* server.requests).find((r) => r.path === "/v1/projects")
        expect(sent?.body).toBe(JSON.stringify({ name: "demo" }))
        expect(sent?.headers["authorization"]).toBe("<redacted>")
      }))

    it.effect("absorbs a 503 burst: GalileoTest retries at once, so the TestClock need not move", () =>
      Effect.gen(function*() {
        const server = yield* GalileoServer.GalileoServer
        yield* server.inject(Fault.unavailable(), { times: 2, path: "/v1/current_user" })
        yield* (yield* SystemService.SystemService).currentUser
        expect((yield* server.stats).requests["/v1/current_user"]).toBe(4)
      }))
  })
})
