import { describe, expect, it } from "@effect/vitest"
import { Context, Effect, Layer, ManagedRuntime, Redacted } from "effect"
import { Contract, GalileoHttpClient } from "galileo-effect"
import { NodeGalileo } from "galileo-effect/node"
import { GalileoServer } from "galileo-effect/testing"

// Two tenants in one program: each `layer(...)` call must build its own client (Effect memoizes
// Layers by reference within one build, so a shared module-level Layer would make them one).
class OrgA extends Context.Tag("test/OrgA")<OrgA, { readonly me: Effect.Effect<Contract.CurrentUser, unknown> }>() {}
class OrgB extends Context.Tag("test/OrgB")<OrgB, { readonly me: Effect.Effect<Contract.CurrentUser, unknown> }>() {}

const me = Effect.map(
  GalileoHttpClient.GalileoHttpClient,
  (client) => ({ me: Effect.flatMap(client.get("current_user"), client.decode(Contract.CurrentUser)) })
)
const orgA = Layer.effect(OrgA, me)
const orgB = Layer.effect(OrgB, me)

const servers = Effect.all([
  Effect.map(
    Layer.build(GalileoServer.layer({ apiKeys: ["tenant-a-key-0001"] })),
    Context.get(GalileoServer.GalileoServer)
  ),
  Effect.map(
    Layer.build(GalileoServer.layer({ apiKeys: ["tenant-b-key-0002"] })),
    Context.get(GalileoServer.GalileoServer)
  )
])

const tenants = (a: GalileoServer.Service, b: GalileoServer.Service) =>
  Layer.mergeAll(
    orgA.pipe(Layer.provide(NodeGalileo.layer({ apiKey: Redacted.make("tenant-a-key-0001"), baseUrl: a.url }))),
    orgB.pipe(Layer.provide(NodeGalileo.layer({ apiKey: Redacted.make("tenant-b-key-0002"), baseUrl: b.url })))
  )

const counts = (server: GalileoServer.Service) =>
  Effect.map(server.stats, (s) => ({ logins: s.apiKeyLogins, refused: s.refusedLogins, users: s.requests }))

describe("two tenants in one program", () => {
  it.live("one Layer graph: each tenant logs in to its own server with its own key", () =>
    Effect.gen(function*() {
      const [a, b] = yield* servers
      const [meA, meB] = yield* Effect.all([
        Effect.flatMap(OrgA, (o) => o.me),
        Effect.flatMap(OrgB, (o) => o.me),
        Effect.flatMap(OrgB, (o) => o.me)
      ]).pipe(Effect.provide(tenants(a, b)))
      expect(meA?.id).toEqual(GalileoServer.userIdOf(GalileoServer.subjectOf("tenant-a-key-0001")))
      expect(meB?.id).toEqual(GalileoServer.userIdOf(GalileoServer.subjectOf("tenant-b-key-0002")))
      const [ca, cb] = [yield* counts(a), yield* counts(b)]
      expect([ca.logins, ca.refused, cb.logins, cb.refused]).toEqual([1, 0, 1, 0])
      expect(Object.entries(ca.users).filter(([path]) => path.includes("current_user"))).toEqual([[
        "/v1/current_user",
        1
      ]])
      expect(Object.entries(cb.users).filter(([path]) => path.includes("current_user"))).toEqual([[
        "/v1/current_user",
        2
      ]])
    }))

  it.live("one ManagedRuntime: the same", () =>
    Effect.gen(function*() {
      const [a, b] = yield* servers
      const runtime = ManagedRuntime.make(tenants(a, b))
      yield* Effect.addFinalizer(() => runtime.disposeEffect)
      const meA = yield* Effect.promise(() => runtime.runPromise(Effect.flatMap(OrgA, (o) => o.me)))
      const meB = yield* Effect.promise(() => runtime.runPromise(Effect.flatMap(OrgB, (o) => o.me)))
      expect([meA.id, meB.id]).toEqual([
        GalileoServer.userIdOf(GalileoServer.subjectOf("tenant-a-key-0001")),
        GalileoServer.userIdOf(GalileoServer.subjectOf("tenant-b-key-0002"))
      ])
      expect([(yield* counts(a)).logins, (yield* counts(b)).logins]).toEqual([1, 1])
    }))
})
