import { describe, expect, it } from "@effect/vitest"
import { Context, Effect, Layer, ManagedRuntime, Redacted } from "effect"
import { Contract, GalileoHttpClient } from "galileo-effect"
import { NodeGalileo } from "galileo-effect/node"
import { GalileoServer } from "galileo-effect/testing"
import * as Certs from "./support/Certs.js"

// Two tenants in one program: each `layer(...)` call must build its own client. Effect 4 shares a
// Layer by reference within one build and with an enclosing build (a nested `Effect.provide`
// reuses what the outer one built), so a shared module-level Layer would make them one.
class OrgA
  extends Context.Service<OrgA, { readonly me: Effect.Effect<Contract.CurrentUser, unknown> }>()("test/OrgA")
{}
class OrgB
  extends Context.Service<OrgB, { readonly me: Effect.Effect<Contract.CurrentUser, unknown> }>()("test/OrgB")
{}

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

/** Two HTTPS servers, each with a certificate of its own private CA. */
const httpsServers = Effect.gen(function*() {
  const [certsA, certsB] = [yield* Certs.make, yield* Certs.make]
  const serve = (certs: Certs.Certs, apiKey: string) =>
    Effect.map(
      Layer.build(GalileoServer.layer({ apiKeys: [apiKey], tls: { ...certs.server, ca: certs.ca } })),
      Context.get(GalileoServer.GalileoServer)
    )
  return {
    a: yield* serve(certsA, "tenant-a-key-0001"),
    b: yield* serve(certsB, "tenant-b-key-0002"),
    certsA,
    certsB
  }
})

/** A tenant on undici that trusts exactly `caCert`. */
const client = (apiKey: string, server: GalileoServer.Service, caCert: string) =>
  NodeGalileo.layer({ apiKey: Redacted.make(apiKey), baseUrl: server.url, tls: { caCert } })

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

  it.live.skipIf(!Certs.available())(
    "one Layer graph: each tenant trusts its own private CA (TLS per tenant, login included)",
    () =>
      Effect.gen(function*() {
        const { a, b, certsA, certsB } = yield* httpsServers
        const [meA, meB] = yield* Effect.all([
          Effect.flatMap(OrgA, (o) => o.me),
          Effect.flatMap(OrgB, (o) => o.me)
        ]).pipe(Effect.provide(Layer.mergeAll(
          orgA.pipe(Layer.provide(client("tenant-a-key-0001", a, certsA.ca))),
          orgB.pipe(Layer.provide(client("tenant-b-key-0002", b, certsB.ca)))
        )))
        expect([meA.id, meB.id]).toEqual([
          GalileoServer.userIdOf(GalileoServer.subjectOf("tenant-a-key-0001")),
          GalileoServer.userIdOf(GalileoServer.subjectOf("tenant-b-key-0002"))
        ])
        expect([(yield* counts(a)).logins, (yield* counts(b)).logins]).toEqual([1, 1])
        // the control: the other tenant's CA does not verify a server
        const crossed = yield* Effect.flip(
          Effect.flatMap(OrgA, (o) => o.me).pipe(
            Effect.provide(orgA.pipe(Layer.provide(client("tenant-a-key-0001", a, certsB.ca))))
          )
        )
        expect(crossed).toMatchObject({ _tag: "GalileoTransportError", reason: "Transport" })
        expect((yield* counts(a)).logins).toBe(1)
      })
  )

  it.live.skipIf(!Certs.available())(
    "nested provides: the inner tenant is its own client, TLS included, and the outer one stays",
    () =>
      Effect.gen(function*() {
        const { a, b, certsA, certsB } = yield* httpsServers
        const inner = Effect.all([Effect.flatMap(OrgB, (o) => o.me), Effect.flatMap(OrgA, (o) => o.me)]).pipe(
          Effect.provide(orgB.pipe(Layer.provide(client("tenant-b-key-0002", b, certsB.ca))))
        )
        const [meB, meA] = yield* inner.pipe(
          Effect.provide(orgA.pipe(Layer.provide(client("tenant-a-key-0001", a, certsA.ca))))
        )
        expect([meA.id, meB.id]).toEqual([
          GalileoServer.userIdOf(GalileoServer.subjectOf("tenant-a-key-0001")),
          GalileoServer.userIdOf(GalileoServer.subjectOf("tenant-b-key-0002"))
        ])
        expect([(yield* counts(a)).logins, (yield* counts(b)).logins]).toEqual([1, 1])
      })
  )
})
