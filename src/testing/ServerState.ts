/**
 * The embedded server's state: accepted keys, the fault script, counters and the log of
 * requests. Pure transitions over one immutable value held in a `Ref`.
 *
 * @since 0.1.0
 */
import { Clock, Duration } from "effect"
import { Chunk, Context, Effect, Option, Ref } from "effect"
import { randomBytes } from "node:crypto"
import type { Fault } from "./Fault.js"

/**
 * A fault waiting to be applied, and to which paths (all when `path` is unset).
 *
 * @since 0.1.0
 */
export interface ScriptedFault {
  readonly fault: Fault
  readonly path: Option.Option<string>
}

/**
 * A request the server saw.
 *
 * @since 0.1.0
 */
export interface RecordedRequest {
  readonly method: string
  readonly path: string
  /** The request's headers among {@link recordedHeaders}. */
  readonly headers: Readonly<Record<string, string>>
}

/**
 * The headers the log keeps.
 *
 * @since 0.1.0
 */
export const recordedHeaders = ["authorization", "accept", "x-galileo-sdk", "traceparent", "b3", "content-type"]

/**
 * Counters of the server.
 *
 * @since 0.1.0
 */
export interface Stats {
  /** Requests per path. */
  readonly requests: Readonly<Record<string, number>>
  /** Logins that issued a token. */
  readonly logins: number
  /** Logins refused with 401 (unknown key). */
  readonly refusedLogins: number
  /** Logins refused with 422. */
  readonly invalidLogins: number
  /** Authenticated calls refused with 401. */
  readonly unauthorizedCalls: number
}

/**
 * The whole state.
 *
 * @since 0.1.0
 */
export interface State {
  readonly apiKeys: ReadonlyArray<string>
  readonly faults: ReadonlyArray<ScriptedFault>
  readonly stats: Stats
  readonly log: Chunk.Chunk<RecordedRequest>
  readonly revoked: ReadonlySet<string>
  readonly issued: ReadonlyArray<string>
  /** How many requests the log keeps (0: none). */
  readonly logLimit: number
}

/**
 * How many requests the log keeps by default (the newest; between this and twice as many).
 *
 * @since 0.1.0
 */
export const defaultLogLimit = 10_000

const emptyStats: Stats = { requests: {}, logins: 0, refusedLogins: 0, invalidLogins: 0, unauthorizedCalls: 0 }

/**
 * The server's state and fixed settings, shared by its handlers.
 *
 * @since 0.1.0
 */
export class ServerState extends Context.Tag("galileo-effect/testing/ServerState")<ServerState, {
  readonly ref: Ref.Ref<State>
  readonly secret: Uint8Array
  readonly tokenLifetime: Duration.Duration
  /** The server's clock: the Effect `Clock` plus a fixed offset in millis (to simulate skew). */
  readonly now: Effect.Effect<number>
}>() {}

/**
 * Builds the state with the accepted keys, a random signing secret, a token lifetime, a clock offset
 * and a request log limit.
 *
 * @since 0.1.0
 */
export const make = (
  apiKeys: ReadonlyArray<string>,
  tokenLifetime: Duration.Duration,
  clockOffset: Duration.Duration,
  logLimit: number
) =>
  Effect.map(
    Ref.make<State>({
      apiKeys,
      faults: [],
      stats: emptyStats,
      log: Chunk.empty(),
      revoked: new Set(),
      issued: [],
      logLimit
    }),
    (ref) => ({
      ref,
      secret: new Uint8Array(randomBytes(32)),
      tokenLifetime,
      now: Effect.map(Clock.currentTimeMillis, (t) => t + Duration.toMillis(clockOffset))
    })
  )

/**
 * Records a request and takes the first scripted fault that applies to its path.
 *
 * @since 0.1.0
 */
export const arrive = (state: State, request: RecordedRequest): readonly [Option.Option<Fault>, State] => {
  const index = state.faults.findIndex((f) =>
    Option.getOrElse(Option.map(f.path, (p) => p === request.path), () => true)
  )
  const appended = state.logLimit === 0 ? state.log : Chunk.append(state.log, request)
  const log = Chunk.size(appended) > 2 * state.logLimit ? Chunk.takeRight(appended, state.logLimit) : appended
  const stats = {
    ...state.stats,
    requests: { ...state.stats.requests, [request.path]: (state.stats.requests[request.path] ?? 0) + 1 }
  }
  const faults = index < 0 ? state.faults : state.faults.filter((_, i) => i !== index)
  return [Option.map(Option.fromNullable(state.faults[index]), (f) => f.fault), { ...state, faults, stats, log }]
}

/**
 * Adds one to a counter.
 *
 * @since 0.1.0
 */
export const count = (
  state: State,
  counter: "logins" | "refusedLogins" | "invalidLogins" | "unauthorizedCalls"
): State => ({ ...state, stats: { ...state.stats, [counter]: state.stats[counter] + 1 } })
