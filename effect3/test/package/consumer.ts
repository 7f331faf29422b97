// A consumer module type-checked with declaration emit against the shipped .d.ts files. Nothing
// here is annotated: every exported value's inferred type must be nameable from the package's
// exports (TS2742 otherwise), the error classes most of all once catchTag narrows the union.
import { Effect, Layer, Redacted } from "effect"
import { AuthService, Contract, Galileo, GalileoHttpClient, SystemService } from "galileo-effect"
import * as Datasets from "galileo-effect/Datasets"
import * as Experiments from "galileo-effect/Experiments"
import * as LogStreams from "galileo-effect/LogStreams"
import { NodeGalileo } from "galileo-effect/node"
import * as Projects from "galileo-effect/Projects"
import * as Prompts from "galileo-effect/Prompts"
import { GalileoServer } from "galileo-effect/testing"
import * as TraceLogger from "galileo-effect/TraceLogger"
import * as Traces from "galileo-effect/Traces"

export const currentUser = GalileoHttpClient.getJson("current_user", Contract.CurrentUser)

// One catchTag at a time: each export's error channel is the rest of the union.
export const withoutValidation = currentUser.pipe(
  Effect.catchTag("GalileoValidationError", (e) => Effect.succeed(`${e._tag} ${e.status}`))
)
export const withoutUnauthorized = withoutValidation.pipe(
  Effect.catchTag("GalileoUnauthorized", (e) => Effect.succeed(`${e._tag} ${e.detail}`))
)
export const withoutHttp = withoutUnauthorized.pipe(
  Effect.catchTag("GalileoHttpError", (e) => Effect.succeed(`${e._tag} ${e.status}`))
)
export const withoutDecode = withoutHttp.pipe(
  Effect.catchTag("GalileoDecodeError", (e) => Effect.succeed(`${e._tag} ${e.reason}`))
)
export const withoutTransport = withoutDecode.pipe(
  Effect.catchTag("GalileoTransportError", (e) => Effect.succeed(`${e._tag} ${e.description}`))
)
export const handled = withoutTransport.pipe(
  Effect.catchTag("GalileoCredentialExpired", (e) => Effect.succeed(`${e._tag} ${e.description}`))
)

// The same with catchTags, leaving one error.
export const mostlyHandled = currentUser.pipe(
  Effect.catchTags({
    GalileoValidationError: (e) => Effect.succeed(e._tag),
    GalileoUnauthorized: (e) => Effect.succeed(e._tag),
    GalileoHttpError: (e) => Effect.succeed(e._tag),
    GalileoDecodeError: (e) => Effect.succeed(e._tag)
  })
)

// The Layers, and programs with them provided.
export const live = NodeGalileo.layer({ apiKey: Redacted.make("galileo-demo-key") })
export const liveFromEnvironment = NodeGalileo.layerConfig()
export const fetchLive = Galileo.layer({ apiKey: Redacted.make("galileo-demo-key") })
export const system = SystemService.SystemService.Default.pipe(Layer.provideMerge(fetchLive))
export const authTest = AuthService.layerTest({ tokens: ["test-token"] })
export const server = GalileoServer.layer({ apiKeys: ["galileo-demo-key"] })
export const program = handled.pipe(Effect.provide(live))
export const whoAmI = Effect.flatMap(SystemService.SystemService, (s) => s.currentUser).pipe(Effect.provide(system))

export type Live = typeof live
export type Services = Layer.Layer.Success<typeof live>
export type LayerError = Layer.Layer.Error<typeof liveFromEnvironment>
export type CallError = Effect.Effect.Error<typeof currentUser>
export type Remaining = Effect.Effect.Error<typeof withoutTransport>

// Every module over the generated API (their shipped declarations are checked with them).
export const services = Layer.mergeAll(
  Datasets.layer,
  Experiments.layer,
  LogStreams.layer,
  Projects.layer,
  Prompts.layer,
  Traces.layer
).pipe(Layer.provideMerge(fetchLive))
export const projectIds = Effect.flatMap(Projects.Projects, (p) => p.list()).pipe(
  Effect.map((projects) => projects.map((project) => project.id)),
  Effect.catchTag("GalileoValidationError", (e) => Effect.succeed(e.detail.map((d) => d.msg)))
)
export const oneTrace = Effect.flatMap(Traces.Traces, (t) => t.get("p", "t"))
export const templates = Effect.flatMap(Prompts.Prompts, (p) => p.listTemplates("p"))
export const datasets = Effect.flatMap(Datasets.Datasets, (d) => d.list())
export const experiments = Effect.flatMap(Experiments.Experiments, (e) => e.list("p"))
export const streams = Effect.flatMap(LogStreams.LogStreams, (s) => s.list("p"))
export const logger = TraceLogger.layer({ projectId: "p", logStreamId: "l" }).pipe(Layer.provide(fetchLive))
export const logged = Effect.flatMap(
  TraceLogger.TraceLogger,
  (l) => l.withTrace({ input: "q" }, (trace) => trace.addLlmSpan({ input: "q", output: "a" }))
)
