/** Collects everything a program shows to the outside: log lines and span data. */
import { Effect, Logger, References, Tracer } from "effect"
import { inspect } from "node:util"

export interface Sink {
  /** Rendered log lines. */
  readonly texts: Array<string>
  /** Every span started. */
  readonly spans: Array<Tracer.Span>
}

/** All that the sink saw, as text: log lines and every span with its attributes, events and exit. */
export const seen = (sink: Sink): ReadonlyArray<string> => [
  ...sink.texts,
  ...sink.spans.map((span) => inspect(span, { depth: 20, showHidden: true }))
]

/** Every way an error or value could be shown. */
export const renderings = (u: unknown): ReadonlyArray<string> => {
  const out = [String(u), JSON.stringify(u) ?? "", inspect(u, { depth: 20, showHidden: true })]
  if (u instanceof Error) out.push(u.message, u.stack ?? "")
  return out
}

/** Runs an effect with a logger and a tracer that record everything into `sink`. */
export const capture = (sink: Sink) => <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.flatMap(Effect.tracer, (native) => {
    const tracer = Tracer.make({
      context: native.context,
      span: (options) => {
        const span = native.span(options)
        sink.spans.push(span)
        return span
      }
    })
    const logger = Logger.make(({ cause, fiber, message }) => {
      const annotations = fiber.getRef(References.CurrentLogAnnotations)
      const spans = fiber.getRef(References.CurrentLogSpans)
      sink.texts.push(inspect({ message, cause, annotations, spans }, { depth: 20 }))
    })
    return effect.pipe(
      Effect.withTracer(tracer),
      Effect.provide(Logger.layer([logger])),
      Effect.provideService(References.MinimumLogLevel, "All")
    )
  })
