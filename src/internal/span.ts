/**
 * The library's spans: at most one per logical operation, ended with a summary (a status, an
 * error tag), never with the value itself (a response holds its request, i.e. a token; a token
 * holds itself). Off when the configuration says `tracing: false`.
 *
 * @internal
 */
import { Clock, Effect, Exit, type Tracer } from "effect"

export const traced = <A, E extends { readonly _tag: string }, R>(
  enabled: boolean,
  name: string,
  attributes: Record<string, unknown>,
  summary: (a: A) => unknown,
  run: (span: Tracer.Span | undefined) => Effect.Effect<A, E, R>
): Effect.Effect<A, E, R> =>
  enabled
    ? Effect.flatMap(
      Effect.makeSpan(name, { kind: "client", captureStackTrace: false, attributes }),
      (span) =>
        run(span).pipe(
          Effect.withParentSpan(span),
          Effect.onExit((exit) =>
            Effect.map(
              Clock.currentTimeNanos,
              (now) => span.end(now, Exit.mapBoth(exit, { onFailure: (e) => e._tag, onSuccess: summary }))
            )
          )
        )
    )
    : run(undefined)
