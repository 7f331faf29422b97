import { NodeRuntime } from "@effect/platform-node"
import { DateTime, Effect, Layer, Option, Schedule } from "effect"
import * as LogStreams from "galileo-effect/LogStreams"
import { NodeGalileo } from "galileo-effect/node"
import * as Projects from "galileo-effect/Projects"
import * as TraceLogger from "galileo-effect/TraceLogger"
import * as Traces from "galileo-effect/Traces"

// A project, a log stream in it, one trace of an LLM call (imitated here) with its spans, read
// back. Login, token refresh and retries happen underneath.
export const program = Effect.gen(function*() {
  const projects = yield* Projects.Projects
  const found = yield* projects.getByName("quickstart")
  const project = Option.isSome(found) ? found.value : yield* projects.create({ name: "quickstart" })
  yield* Effect.log(`Project ${project.name}: ${project.id}`)

  const name = `quickstart ${DateTime.formatIso(yield* DateTime.now)}`
  const stream = yield* (yield* LogStreams.LogStreams).create(project.id, { name })
  yield* Effect.log(`Log stream ${stream.name}: ${stream.id}`)

  // The logger sends concluded traces in batches; closing its scope sends what is left.
  const traceId = yield* Effect.scoped(Effect.gen(function*() {
    const logger = yield* TraceLogger.make({ projectId: project.id, logStreamId: stream.id })
    const question = "What is the capital of France?"
    const trace = yield* logger.startTrace({ name: "chat", input: question })
    yield* trace.addRetrieverSpan({ name: "search", input: question, output: ["Paris is the capital of France."] })
    yield* trace.addLlmSpan({
      name: "answer",
      input: [{ role: "system", content: "Answer from the documents." }, { role: "user", content: question }],
      output: "Paris.",
      model: "gpt-4o-mini",
      numInputTokens: 24,
      numOutputTokens: 2
    })
    yield* trace.conclude({ output: "Paris." })
    yield* logger.flush
    const { sent } = yield* logger.stats
    yield* Effect.log(`Logged trace ${trace.id} with ${sent.spans} spans`)
    return trace.id
  }))

  // Galileo ingests asynchronously: a trace just logged may answer 404 for a moment.
  const logged = yield* (yield* Traces.Traces).get(project.id, traceId).pipe(
    Effect.retry({
      while: (e) => e._tag === "GalileoHttpError" && e.status === 404,
      schedule: Schedule.spaced("1 second"),
      times: 10
    })
  )
  const spans = (logged.spans ?? []).map((span) => `${span.type} ${span.name}`)
  yield* Effect.log(`Read back trace ${logged.id}: ${spans.join(", ")}`)
}).pipe(
  Effect.catchTag("GalileoUnauthorized", (e) => Effect.fail(`Check GALILEO_API_KEY: ${e.detail}`)),
  Effect.catchTag("GalileoValidationError", (e) => Effect.fail(e.detail.map((d) => d.msg).join(", ")))
)

// GALILEO_API_KEY and GALILEO_API_URL (or GALILEO_CONSOLE_URL) come from the environment.
const MainLive = Layer.mergeAll(Projects.layer, LogStreams.layer, Traces.layer).pipe(
  Layer.provideMerge(NodeGalileo.layerConfig())
)

// Runs when loaded, wherever the file is saved.
program.pipe(Effect.provide(MainLive), NodeRuntime.runMain)
