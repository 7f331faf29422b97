/**
 * An embedded Galileo-compatible server on loopback, for tests, demos and offline work: every
 * login Galileo's SDKs use (API key, username and password, social ID token, refresh cookie)
 * with real HS256 JWTs, FastAPI-exact error answers, `/healthcheck`, `/current_user`,
 * `/openapi.json`, Galileo's resources (projects, log streams, experiments, traces and spans,
 * datasets: kept in memory, bounded by `resourceLimits`), routes of your own, HTTPS and mutual
 * TLS, a fault script, counters and a log of requests with credentials redacted.
 *
 * Every built-in route is served under `/v1`, under `/v2` (Galileo's current reference) and
 * without a prefix (as the official SDKs call some of them). `/current_user` answers Galileo's
 * `CurrentUserDB` (`id` and `organization_id` version 4 UUIDs); it and `GET /token` also take an
 * API key in a `Galileo-API-Key` header. Request bodies are limited (`maxBodyBytes`, 413), and the server's own state stays
 * bounded however many requests, paths and tokens it sees.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { GalileoServer } from "galileo-effect/testing"
 *
 * const program = Effect.gen(function*() {
 *   const server = yield* GalileoServer.GalileoServer
 *   console.log(server.url) // http://127.0.0.1:<port>
 * }).pipe(Effect.provide(GalileoServer.layer({ apiKeys: ["demo-key"] })))
 * ```
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as HttpServerError from "effect/http/HttpServerError"
import type * as Layer from "effect/Layer"
import type * as Option from "effect/Option"
import type * as Redacted from "effect/Redacted"
import type * as Schema from "effect/Schema"
import { ssoProviders } from "../core/galileo.js"
import type { IdToken, RecordedRequest, SocialProvider, Stats, User } from "../core/server/model.js"
import {
  defaultLimits,
  type Limits as ResourceLimits,
  type Stats as ResourceStats
} from "../core/server/resources/store.js"
import * as internal from "../server/server.js"
import type { Fault } from "./Fault.js"

/**
 * The server's plain models (accepted users and ID tokens, the identity providers, the recorded
 * requests, the counters), declared in the Effect-free core (`src/core/server/model.ts`).
 *
 * @since 0.1.0
 * @category models
 */
export type { IdToken, RecordedRequest, SocialProvider, Stats, User } from "../core/server/model.js"

/**
 * What the server keeps of Galileo's resources, declared in the Effect-free core
 * (`src/core/server/resources/store.ts`): `ResourceLimits`, the caps of the `resourceLimits`
 * option (projects, log streams and experiments at once, datasets and the rows of one, traces and
 * spans kept, the oldest traces evicted beyond them, the spans of one trace, the bytes of traces
 * and datasets; a creation beyond a cap is refused with 507), and `ResourceStats`, what
 * {@link Service.resources} counts (what is kept now; the traces and spans accepted, the traces
 * evicted and the creations refused since the start or the last `reset`; the bytes taken).
 *
 * @since 1.0.0
 * @category models
 */
export type { ResourceLimits, ResourceStats }

/**
 * The default {@link ResourceLimits}: 1,000 projects, 1,000 log streams, 1,000 experiments, 100
 * datasets of at most 10,000 rows, 10,000 traces, 100,000 spans, 1,000 spans per trace, 64 MiB.
 *
 * @since 1.0.0
 * @category constants
 */
export const defaultResourceLimits: ResourceLimits = defaultLimits

/**
 * The API key the server accepts when none are given (also used by `npm start`).
 *
 * @since 0.1.0
 * @category constants
 */
export const demoApiKey = "galileo-demo-key"

/**
 * The user the server accepts when no `users` are given.
 *
 * @since 0.2.0
 * @category constants
 */
export const demoUser: User = { username: "demo@galileo.test", password: "galileo-demo-password" }

/**
 * Every {@link SocialProvider}, in the order of the reference's `SocialProvider` enum (FastAPI's
 * 422 lists them so).
 *
 * @since 0.2.0
 * @category constants
 */
export const socialProviders: ReadonlyArray<SocialProvider> = ssoProviders

/**
 * HTTPS settings: the server's certificate and key (PEM), and the CA that signs client
 * certificates when `requestClientCert` is set (mutual TLS: a client without a certificate that
 * CA signed is refused during the handshake).
 *
 * @since 0.2.0
 * @category models
 */
export interface TlsOptions {
  readonly cert: string | Buffer
  readonly key: string | Buffer
  readonly ca?: string | Buffer | ReadonlyArray<string | Buffer> | undefined
  readonly requestClientCert?: boolean | undefined
}

/**
 * What a route of your own receives.
 *
 * @since 0.2.0
 * @category models
 */
export interface RouteRequest<A = unknown> {
  readonly method: string
  /** The path as requested, e.g. `/v1/projects/p-1`. */
  readonly path: string
  /** The values of `{name}` segments of the route's path. */
  readonly params: Readonly<Record<string, string>>
  /** Query parameters (the last value of a repeated name). */
  readonly query: Readonly<Record<string, string>>
  /**
   * Headers with lower-case names; `authorization`, `cookie`, `galileo-api-key`,
   * `splunk-ao-api-key` and `x-sf-token` read `"<redacted>"`.
   */
  readonly headers: Readonly<Record<string, string>>
  /**
   * The body: decoded by the route's `requestSchema` when it has one; otherwise the parsed JSON
   * (for a JSON content type, or none), the text (other content types), or `undefined` (empty).
   */
  readonly body: A
  /** Who the bearer token belongs to (`None` on a public route without a valid token). */
  readonly subject: Option.Option<string>
}

/**
 * What a route of your own answers: a status, a body sent as JSON (none when `undefined`) and
 * extra headers.
 *
 * @since 0.2.0
 * @category models
 */
export interface RouteResponse<A = unknown> {
  readonly status: number
  readonly body?: A | undefined
  readonly headers?: Readonly<Record<string, string>> | undefined
}

/**
 * A route of your own, e.g. another Galileo endpoint a spec needs:
 * `{ method: "GET", path: "/projects", handler: () => Effect.succeed({ status: 200, body: [] }) }`.
 *
 * `path` is served under `/v1` and without it, like the built-in routes (`/projects` answers
 * `/v1/projects` and `/projects`), unless it starts with a version (`/v2/...`): then exactly as
 * given. `{name}` segments match one path segment. Routes need a valid bearer token (401
 * otherwise) unless `public`. With a `requestSchema` the body is decoded first and a failure
 * answers a FastAPI-style 422; with a `responseSchema` the body of a 2xx answer is encoded with
 * it (other statuses are sent as given). Both go through the Schema's JSON codec
 * (`Schema.toCodecJson`), as `HttpApi` does and as `/openapi.json` documents them: a `Schema.Date`
 * is an ISO string on the wire, a `Schema.optional` field may be `null` (`Schema.optionalKey`: never
 * `null`). A handler that fails or dies answers 500 and is logged.
 *
 * @since 0.2.0
 * @category models
 */
export interface Route {
  /** The HTTP method, e.g. `"GET"` (any case). */
  readonly method: string
  /** The path, e.g. `/projects/{project_id}`. */
  readonly path: string
  /** Answers a request; a failure or defect answers 500 and is logged. */
  readonly handler: (request: RouteRequest) => Effect.Effect<RouteResponse, unknown>
  /** Decodes the body before the handler sees it (422 when it does not decode). */
  readonly requestSchema?: Schema.Codec<unknown, unknown> | undefined
  /** Encodes the body of a 2xx answer. */
  readonly responseSchema?: Schema.Codec<unknown, unknown> | undefined
  /** No bearer token needed. */
  readonly public?: boolean | undefined
}

/**
 * FastAPI's 422 body: `{ detail: [{ type, loc, msg, input }] }` (what
 * {@link validationError} builds), or any other FastAPI error body (`{ detail: "..." }`).
 *
 * @since 0.3.0
 * @category models
 */
export interface ErrorBody {
  readonly detail:
    | string
    | ReadonlyArray<{
      readonly type: string
      readonly loc: ReadonlyArray<string | number>
      readonly msg: string
      readonly input?: unknown
      readonly ctx?: unknown
    }>
}

/**
 * FastAPI's 422 body for one validation problem, e.g.
 * `validationError(["body", "name"], "Field required", "missing")`:
 * `{ detail: [{ type: "missing", loc: ["body", "name"], msg: "Field required", input: null }] }`.
 * The client reads it as a `GalileoValidationError` with that `loc`, `msg` and `type`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { GalileoServer } from "galileo-effect/testing"
 *
 * const refuse = Effect.succeed({
 *   status: 422,
 *   body: GalileoServer.validationError(["body", "name"], "Field required", "missing")
 * })
 * ```
 * @since 0.3.0
 * @category constructors
 */
export const validationError = (
  loc: ReadonlyArray<string | number>,
  msg: string,
  type: string = "value_error",
  input: unknown = null
): ErrorBody => ({ detail: [{ type, loc, msg, input }] })

/**
 * A {@link Route} whose handler sees the body as its `requestSchema`'s type (the parsed body,
 * `unknown`, without one) and answers any status: a body of its `responseSchema`'s type (encoded
 * with it when the status is 2xx), or a FastAPI {@link ErrorBody} (e.g. {@link validationError}).
 * Without a `responseSchema` any body goes. The body type comes from the schemas only, never from
 * the handler's first branch.
 *
 * @since 0.2.0
 * @category models
 */
export interface TypedRoute<A, I, B, BI> {
  /** The HTTP method, e.g. `"POST"` (any case). */
  readonly method: string
  /** The path, e.g. `/projects`. */
  readonly path: string
  /** Decodes the body before the handler sees it (422 when it does not decode). */
  readonly requestSchema: Schema.Codec<A, I>
  /** Encodes the body of a 2xx answer. */
  readonly responseSchema?: Schema.Codec<B, BI> | undefined
  /** Answers a request with its decoded body; a failure or defect answers 500 and is logged. */
  readonly handler: (
    request: RouteRequest<NoInfer<A>>
  ) => Effect.Effect<RouteResponse<NoInfer<B>> | RouteResponse<ErrorBody>, unknown>
  /** No bearer token needed. */
  readonly public?: boolean | undefined
}

/**
 * A {@link TypedRoute} without a `requestSchema` (e.g. a GET): the handler sees the parsed body,
 * `unknown`.
 *
 * @since 0.3.0
 * @category models
 */
export interface PlainRoute<B, BI> extends Omit<TypedRoute<unknown, unknown, B, BI>, "requestSchema"> {
  readonly requestSchema?: undefined
}

/**
 * Builds a {@link Route} from a {@link TypedRoute} (or a {@link PlainRoute}, without a
 * `requestSchema`), so the handler gets a typed body.
 *
 * @example
 * ```ts
 * import { Effect, Schema } from "effect"
 * import { GalileoServer } from "galileo-effect/testing"
 *
 * const createProject = GalileoServer.route({
 *   method: "POST",
 *   path: "/projects",
 *   requestSchema: Schema.Struct({ name: Schema.String }),
 *   handler: ({ body }) =>
 *     Effect.succeed(
 *       body.name === ""
 *         ? { status: 422, body: GalileoServer.validationError(["body", "name"], "must not be empty") }
 *         : { status: 201, body: { id: "p-1", name: body.name } }
 *     )
 * })
 * ```
 * @since 0.2.0
 * @category constructors
 */
export const route: {
  <A, I, B = unknown, BI = unknown>(spec: TypedRoute<A, I, B, BI>): Route
  <B = unknown, BI = unknown>(spec: PlainRoute<B, BI>): Route
} = internal.route

/**
 * Options of the server.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Accepted API keys; default `[demoApiKey]`. A key logs in as {@link subjectOf}`(key)`. */
  readonly apiKeys?: ReadonlyArray<string> | undefined
  /** Accepted usernames and passwords (`POST /login`); default `[demoUser]`. */
  readonly users?: ReadonlyArray<User> | undefined
  /** ID tokens `POST /login/social` accepts besides those {@link Service.signIdToken} signs. */
  readonly idTokens?: ReadonlyArray<IdToken> | undefined
  /** Lifetime of issued tokens; default 1 hour. */
  readonly tokenLifetime?: Duration.Input | undefined
  /** Port on 127.0.0.1; default 0 (any free port). */
  readonly port?: number | undefined
  /** How far the server's clock is ahead of the Effect `Clock` (negative: behind); default 0. */
  readonly clockOffset?: Duration.Input | undefined
  /** How many requests `requests` keeps (0: none, e.g. for benchmarks); default 10,000. */
  readonly logLimit?: number | undefined
  /**
   * How many bytes the kept requests may take together (2 bytes per character of their strings,
   * 256 per entry), the oldest evicted first; default 64 MiB.
   */
  readonly logMaxBytes?: number | undefined
  /** The largest request body accepted; larger ones get 413. Default 1 MiB. */
  readonly maxBodyBytes?: number | undefined
  /** The most connections open at once; further ones are closed as they arrive. Default 2048. */
  readonly maxConnections?: number | undefined
  /**
   * How long a client may take to send a request's headers (408 and closed after); default 10 s,
   * 0 none. Node checks the timeouts every 30 s, or every quarter of the shortest one given here.
   */
  readonly headersTimeout?: Duration.Input | undefined
  /** How long a client may take to send a whole request, headers and body (408 after); default 30 s, 0 none. */
  readonly requestTimeout?: Duration.Input | undefined
  /** How long an idle keep-alive connection stays open; default 5 s (uvicorn's `timeout_keep_alive`). */
  readonly keepAliveTimeout?: Duration.Input | undefined
  /** Serve HTTPS (and mutual TLS) instead of HTTP. */
  readonly tls?: TlsOptions | undefined
  /**
   * Routes of your own, answered after the built-in ones and before the resource routes: one with
   * the method and path of a resource route (e.g. `POST /projects`) answers in its place, under the
   * prefixes it is served at; the resource routes still answer the other methods and paths.
   */
  readonly routes?: ReadonlyArray<Route> | undefined
  /**
   * Caps on what the resource routes keep (see {@link ResourceLimits}); a cap not given is
   * that of {@link defaultResourceLimits}. A creation beyond a cap is refused with 507.
   */
  readonly resourceLimits?: Partial<ResourceLimits> | undefined
  /**
   * Serve `splunk-ao`'s O11y mode too: the API routes (`/healthcheck`, `/current_user`, `/token`
   * under each prefix, the routes of your own and the resource routes; not the logins) again
   * under `/ao/api`, each answered only when the request's `X-SF-Token` header is this token (401
   * otherwise, whatever `Authorization` says). The caller is then {@link subjectOf}`(token)`. Not
   * listed in `/openapi.json`.
   */
  readonly o11yToken?: Redacted.Redacted<string> | undefined
}

/**
 * What a running server offers to the code that started it.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** `http://127.0.0.1:<port>` (`https://` with `tls`). */
  readonly url: string
  /** Applies `fault` to the next `times` requests (to `path` only, when given). */
  readonly inject: (
    fault: Fault,
    options?: { readonly times?: number | undefined; readonly path?: string | undefined }
  ) => Effect.Effect<void>
  /** The counters. */
  readonly stats: Effect.Effect<Stats>
  /** What the resource routes keep now: the counts of {@link ResourceStats}. */
  readonly resources: Effect.Effect<ResourceStats>
  /** The newest requests seen (at most `logLimit`), oldest first. */
  readonly requests: Effect.Effect<ReadonlyArray<RecordedRequest>>
  /**
   * Replaces the accepted API keys (e.g. to revoke one); the refresh cookies of a removed key stop
   * working too (its access tokens stay valid until they expire or `revokeIssuedTokens`).
   */
  readonly setApiKeys: (keys: ReadonlyArray<string>) => Effect.Effect<void>
  /** Replaces the accepted usernames and passwords (refresh cookies of removed users stop working). */
  readonly setUsers: (users: ReadonlyArray<User>) => Effect.Effect<void>
  /** Makes every access token issued so far invalid for authenticated calls. */
  readonly revokeIssuedTokens: Effect.Effect<void>
  /** Makes every refresh cookie issued so far invalid. */
  readonly revokeRefreshTokens: Effect.Effect<void>
  /** Signs a token directly, e.g. one already expired (`lifetime` may be negative). */
  readonly issueToken: (subject: string, lifetime: Duration.Input, issuedAt?: number) => Effect.Effect<string>
  /** Signs an ID token `POST /login/social` accepts (with any provider); it logs in as `email`. */
  readonly signIdToken: (email: string, lifetime?: Duration.Input) => Effect.Effect<string>
  /**
   * Makes the server as good as new for the next test: no injected faults left, an empty request
   * log, every counter at 0, no resources (projects, log streams, experiments, traces, datasets),
   * and the API keys and users of its options accepted again. Tokens
   * and refresh cookies already issued stay valid (a client sharing the server keeps its login).
   */
  readonly reset: Effect.Effect<void>
}

/**
 * The running server's tag.
 *
 * @since 0.1.0
 * @category tags
 */
export class GalileoServer extends Context.Service<GalileoServer, Service>()("galileo-effect/testing/GalileoServer") {}

/**
 * {@link Service.reset} of the server in context: call it first in each test that shares one
 * server (e.g. under `it.layer`), so faults, the log, the counters and the resources of earlier
 * tests do not leak.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { GalileoServer } from "galileo-effect/testing"
 *
 * const test = Effect.gen(function*() {
 *   yield* GalileoServer.reset
 *   // ... this test's faults and counts only
 * })
 * ```
 * @since 0.3.0
 * @category utils
 */
export const reset: Effect.Effect<void, never, GalileoServer> = Effect.flatMap(GalileoServer, (server) => server.reset)

/**
 * The subject a login gets: `user-` and the first 12 hex digits of the SHA-256 of the API key
 * (or of the email, for password and social logins). It does not change when other keys are
 * added or removed.
 *
 * @since 0.2.0
 * @category utils
 */
export const subjectOf: (credential: string) => string = internal.subjectOf

/**
 * The `id` `/current_user` answers for a subject (see {@link subjectOf}): a version 4 UUID made of
 * the subject's SHA-256, so the same user always gets the same id.
 *
 * @since 0.3.0
 * @category utils
 */
export const userIdOf: (subject: string) => string = internal.userIdOf

/**
 * The server as a scoped Layer: listening on `127.0.0.1` when built, closed (connections
 * included) when its scope closes.
 *
 * The server's own waits (the `Delay` fault) run on the real clock, so a test under `TestClock`
 * does not have to move time for them; tokens are stamped with the Effect `Clock` of the scope
 * that built the Layer (plus `clockOffset`), so they agree with a client under the same clock.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options = {}): Layer.Layer<GalileoServer, HttpServerError.ServeError> =>
  internal.layer(GalileoServer, options, { apiKeys: [demoApiKey], users: [demoUser] })
