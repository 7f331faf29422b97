/**
 * The library's spans: at most one per logical operation, ended with a summary (a status, an
 * error tag), never with the value itself (a response holds its request, i.e. a token; a token
 * holds itself). Off when the configuration says `tracing: false`.
 *
 * A span is not made the parent of what runs inside it (`Effect.withParentSpan` copies the whole
 * context and costs about as much again as the span): a login a request starts is shared by
 * every caller waiting for it, so it is the caller's span that parents it. Inner steps annotate
 * the request's span through {@link annotate}.
 *
 * @internal
 */
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FiberRef from "effect/FiberRef"
import type * as Tracer from "effect/Tracer"

/** The span of the logical operation running, for {@link annotate}. */
const current = FiberRef.unsafeMake<Tracer.Span | undefined>(undefined)

/** Sets an attribute on the span of the logical operation running, if any. */
export const annotate = (key: string, value: unknown): Effect.Effect<void> =>
  Effect.flatMap(FiberRef.get(current), (span) => Effect.sync(() => span?.attribute(key, value)))

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
          Effect.locally(current, span),
          Effect.onExit((exit) =>
            Effect.map(
              Clock.currentTimeNanos,
              (now) => span.end(now, Exit.mapBoth(exit, { onFailure: (e) => e._tag, onSuccess: summary }))
            )
          )
        )
    )
    : run(undefined)
