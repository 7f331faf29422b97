/**
 * The library's spans: at most one per logical operation, made by the current tracer
 * (`Effect.makeSpan`) and ended with a summary (a status, an error tag), never with the value
 * itself (a response holds its request, i.e. a token; a token holds itself). Off when the
 * configuration says `tracing: false`, and not made when no tracer is installed (Effect's
 * `Tracer.nativeTracer` records nowhere).
 *
 * A span is not made the parent of what runs inside it (`Effect.withSpan` would): a login a
 * request starts is shared by every caller waiting for it, so it is the caller's span that
 * parents it. Inner steps annotate the request's span through {@link annotate}.
 *
 * @internal
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Tracer from "effect/Tracer"

/** The span of the logical operation running, for {@link annotate}. */
const Current = /* @__PURE__ */ Context.Reference<Tracer.Span | undefined>("galileo-effect/internal/span/Current", {
  defaultValue: () => undefined
})

/** Sets an attribute on the span of the logical operation running, if any. */
export const annotate = (key: string, value: unknown): Effect.Effect<void> =>
  Effect.withFiber((fiber) => {
    fiber.getRef(Current)?.attribute(key, value)
    return Effect.void
  })

/**
 * Runs `run` in a span named `name` (when `enabled`, and a tracer is installed or the span is
 * `propagated`), ended with the clock of the fiber and a summary of the exit. With `annotated`,
 * the span is also the one {@link annotate} writes to inside `run` (a reference provided to
 * `run`: only the request span, whose replay annotates it, pays for it).
 */
export const traced = <A, E extends { readonly _tag: string }, R>(
  enabled: boolean,
  name: string,
  attributes: Record<string, unknown>,
  summary: (a: A) => unknown,
  run: (span: Tracer.Span | undefined) => Effect.Effect<A, E, R>,
  options: { readonly annotated?: boolean; readonly propagated?: boolean } = {}
): Effect.Effect<A, E, R> => {
  if (!enabled) return run(undefined)
  const { annotated = false, propagated = false } = options
  const spanOptions = { kind: "client", attributes } as const
  return Effect.flatMap(
    Effect.tracer,
    (tracer) =>
      tracer === Tracer.nativeTracer && !propagated ? run(undefined) : Effect.flatMap(
        Effect.makeSpan(name, spanOptions),
        (span) =>
          Effect.onExit(
            annotated ? Effect.provideService(run(span), Current, span) : run(span),
            (exit) =>
              Effect.clockWith((clock) => {
                span.end(
                  clock.currentTimeNanosUnsafe(),
                  Exit.mapBoth(exit, { onFailure: (e) => e._tag, onSuccess: summary })
                )
                return Effect.void
              })
          )
      )
  )
}
