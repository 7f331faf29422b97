/**
 * The library's spans: at most one per logical operation, made by the current tracer
 * (`Effect.makeSpan`) and ended with a summary (a status, an error tag), never with the value
 * itself (a response holds its request, i.e. a token; a token holds itself). Off when the
 * configuration says `tracing: false`, and not made when no tracer is installed (Effect's
 * built-in tracer records nowhere).
 *
 * A span is not made the parent of what runs inside it (`Effect.withSpan` would, and
 * `Effect.withParentSpan` copies the whole context and costs about as much again as the span): a
 * login a request starts is shared by every caller waiting for it, so it is the caller's span
 * that parents it. Inner steps annotate the request's span through {@link annotate}.
 *
 * @internal
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import type * as Tracer from "effect/Tracer"

/** The span of the logical operation running, for {@link annotate} (absent outside one). */
interface CurrentSpan {
  readonly _: unique symbol
}
const Current = /* @__PURE__ */ Context.GenericTag<CurrentSpan, Tracer.Span>("galileo-effect/internal/span/Current")

/** Sets an attribute on the span of the logical operation running, if any. */
export const annotate = (key: string, value: unknown): Effect.Effect<void> =>
  Effect.map(Effect.serviceOption(Current), (span) => {
    if (Option.isSome(span)) span.value.attribute(key, value)
  })

/**
 * Effect's built-in tracer: the one a fiber of the default runtime has (every fiber has it unless
 * a tracer is installed). Its spans are recorded nowhere, and no one can reach ours (they are
 * never put in the context), so under it a span is made only when its ids go out with the
 * request (`propagated`). Read once, on the first traced call.
 */
let builtIn: Tracer.Tracer | undefined
const builtInTracer = (): Tracer.Tracer => builtIn ??= Effect.runSync(Effect.tracer)

/**
 * Runs `run` in a span named `name` (when `enabled`, and a tracer is installed or the span is
 * `propagated`), ended with the clock of the fiber and a summary of the exit. With `annotated`,
 * the span is also the one {@link annotate} writes to inside `run` (a reference provided to
 * `run`: only the request span, whose replay annotates it, pays for it).
 */
export const spanned = <A, E extends { readonly _tag: string }, R>(
  enabled: boolean,
  name: string,
  attributes: Record<string, unknown>,
  summary: (a: A) => unknown,
  run: (span: Tracer.Span | undefined) => Effect.Effect<A, E, R>,
  annotated = false,
  propagated = false
): Effect.Effect<A, E, R> => {
  if (!enabled) return run(undefined)
  const spanOptions = { kind: "client", captureStackTrace: false, attributes } as const
  return Effect.tracerWith((tracer) =>
    tracer === builtInTracer() && !propagated ? run(undefined) : Effect.flatMap(
      Effect.makeSpan(name, spanOptions),
      (span) =>
        Effect.onExit(
          annotated ? Effect.provideService(run(span), Current, span) : run(span),
          (exit) =>
            Effect.clockWith((clock) => {
              span.end(
                clock.unsafeCurrentTimeNanos(),
                Exit.mapBoth(exit, { onFailure: (e) => e._tag, onSuccess: summary })
              )
              return Effect.void
            })
        )
    )
  )
}

/** {@link spanned} with its two flags named. */
export const traced = <A, E extends { readonly _tag: string }, R>(
  enabled: boolean,
  name: string,
  attributes: Record<string, unknown>,
  summary: (a: A) => unknown,
  run: (span: Tracer.Span | undefined) => Effect.Effect<A, E, R>,
  options: { readonly annotated?: boolean; readonly propagated?: boolean } = {}
): Effect.Effect<A, E, R> => spanned(enabled, name, attributes, summary, run, options.annotated, options.propagated)
