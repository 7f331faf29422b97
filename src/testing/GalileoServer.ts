/**
 * An embedded Galileo-compatible server on loopback, for tests, demos and offline work: the
 * login contract with real HS256 JWTs, FastAPI-exact 422 answers, `/healthcheck`,
 * `/current_user`, `/openapi.json`, and a fault script with counters.
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
import {
  HttpApiBuilder,
  HttpServer,
  type HttpServerError,
  HttpServerRequest,
  HttpServerResponse
} from "@effect/platform"
import type { HttpApp } from "@effect/platform"
import { NodeHttpServer, NodeHttpServerRequest } from "@effect/platform-node"
import { Chunk, Context, Duration, Effect, Either, Layer, Option, Ref } from "effect"
import { randomUUID } from "node:crypto"
import { createServer, type Server } from "node:http"
import * as FastApiValidation from "./FastApiValidation.js"
import type { Fault } from "./Fault.js"
import { GalileoApi, routes } from "./GalileoApi.js"
import * as Jwt from "./Jwt.js"
import * as ServerState from "./ServerState.js"

/**
 * The API key the server accepts when none are given (also used by `npm start`).
 *
 * @since 0.1.0
 */
export const demoApiKey = "galileo-demo-key"

/**
 * Options of the server.
 *
 * @since 0.1.0
 */
export interface Options {
  /** Accepted API keys; default `[demoApiKey]`. Key `n` logs in as subject `user-<n+1>`. */
  readonly apiKeys?: ReadonlyArray<string> | undefined
  /** Lifetime of issued tokens; default 1 hour. */
  readonly tokenLifetime?: Duration.DurationInput | undefined
  /** Port on 127.0.0.1; default 0 (any free port). */
  readonly port?: number | undefined
  /** How far the server's clock is ahead of the Effect `Clock` (negative: behind); default 0. */
  readonly clockOffset?: Duration.DurationInput | undefined
  /** How many requests `requests` keeps (0: none, e.g. for benchmarks); default 10,000. */
  readonly logLimit?: number | undefined
}

/**
 * What a running server offers to the code that started it.
 *
 * @since 0.1.0
 */
export interface Service {
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  /** Applies `fault` to the next `times` requests (to `path` only, when given). */
  readonly inject: (
    fault: Fault,
    options?: { readonly times?: number | undefined; readonly path?: string | undefined }
  ) => Effect.Effect<void>
  /** The counters. */
  readonly stats: Effect.Effect<ServerState.Stats>
  /** The newest requests seen, oldest first. */
  readonly requests: Effect.Effect<ReadonlyArray<ServerState.RecordedRequest>>
  /** Replaces the accepted API keys (e.g. to revoke one). */
  readonly setApiKeys: (keys: ReadonlyArray<string>) => Effect.Effect<void>
  /** Makes every token issued so far invalid for authenticated calls. */
  readonly revokeIssuedTokens: Effect.Effect<void>
  /** Signs a token directly, e.g. one already expired (`lifetime` may be negative). */
  readonly issueToken: (subject: string, lifetime: Duration.DurationInput, issuedAt?: number) => Effect.Effect<string>
}

/**
 * The running server's tag.
 *
 * @since 0.1.0
 */
export class GalileoServer extends Context.Tag("galileo-effect/testing/GalileoServer")<GalileoServer, Service>() {}

const json = (body: unknown, status: number) => HttpServerResponse.unsafeJson(body, { status })

const sign = (secret: Uint8Array, subject: string, lifetime: Duration.Duration, issuedAtMillis: number) => {
  const iat = Math.floor(issuedAtMillis / 1000)
  return Jwt.sign({ sub: subject, iat, exp: iat + Math.round(Duration.toSeconds(lifetime)), jti: randomUUID() }, secret)
}

const login = ({ request }: { readonly request: HttpServerRequest.HttpServerRequest }) =>
  Effect.gen(function*() {
    const { now, ref, secret, tokenLifetime } = yield* ServerState.ServerState
    const text = yield* Effect.orElseSucceed(request.text, () => "")
    const key = FastApiValidation.validateStringField(text, "api_key")
    if (Either.isLeft(key)) {
      yield* Ref.update(ref, (s) => ServerState.count(s, "invalidLogins"))
      return json({ detail: key.left }, 422)
    }
    const index = (yield* Ref.get(ref)).apiKeys.indexOf(key.right)
    if (index < 0) {
      yield* Ref.update(ref, (s) => ServerState.count(s, "refusedLogins"))
      return json({ detail: "Invalid API key" }, 401)
    }
    const token = sign(secret, `user-${index + 1}`, tokenLifetime, yield* now)
    yield* Ref.update(ref, (s) => ({ ...ServerState.count(s, "logins"), issued: [...s.issued, token] }))
    return json({ access_token: token, token_type: "bearer" }, 200)
  })

const currentUser = ({ request }: { readonly request: HttpServerRequest.HttpServerRequest }) =>
  Effect.gen(function*() {
    const { now: serverNow, ref, secret } = yield* ServerState.ServerState
    const header = request.headers["authorization"] ?? ""
    const now = yield* serverNow
    const state = yield* Ref.get(ref)
    const claims = /^bearer /i.test(header) && !state.revoked.has(header.slice(7))
      ? Jwt.verify(header.slice(7), secret, now / 1000)
      : Option.none()
    if (Option.isNone(claims)) {
      yield* Ref.update(ref, (s) => ServerState.count(s, "unauthorizedCalls"))
      return json({ detail: "Not authenticated" }, 401)
    }
    const sub = claims.value.sub
    return json({ id: sub, email: `${sub}@galileo.test`, role: "user" }, 200)
  })

const healthcheck = Effect.succeed({ api_version: "v1", message: "ok", version: "galileo-effect-embedded" })

const AuthLive = HttpApiBuilder.group(GalileoApi, "auth", (handlers) =>
  handlers
    .handleRaw("login_api_key_v1_login_api_key_post", login)
    .handleRaw("login_api_key_login_api_key_post", login))

const SystemLive = HttpApiBuilder.group(GalileoApi, "system", (handlers) =>
  handlers
    .handle("healthcheck", () => healthcheck)
    .handle("healthcheck_v1", () => healthcheck)
    .handleRaw("current_user", currentUser)
    .handleRaw("current_user_v1", currentUser))

const applyFault = (fault: Fault, request: HttpServerRequest.HttpServerRequest, app: HttpApp.Default) => {
  switch (fault._tag) {
    case "Respond":
      return Effect.succeed(HttpServerResponse.text(fault.body, { status: fault.status, headers: fault.headers }))
    case "Delay":
      return Effect.zipRight(Effect.sleep(fault.duration), app)
    case "Hang":
      return Effect.never
    case "Reset":
      return Effect.zipRight(
        Effect.sync(() => NodeHttpServerRequest.toIncomingMessage(request).socket.destroy()),
        Effect.never
      )
    case "ResetMidBody":
      return Effect.zipRight(
        Effect.sync(() => {
          const response = NodeHttpServerRequest.toServerResponse(request)
          response.writeHead(200, { "content-type": "application/json", "content-length": "200" })
          response.write("{\"access_token\": \"eyJhbGciOi")
          setTimeout(() => response.socket?.destroy(), 5)
        }),
        Effect.never
      )
  }
}

const withFaults = (app: HttpApp.Default): HttpApp.Default<never, ServerState.ServerState> =>
  Effect.gen(function*() {
    const { ref } = yield* ServerState.ServerState
    const request = yield* HttpServerRequest.HttpServerRequest
    const path = request.url.split("?")[0] ?? request.url
    const headers = Object.fromEntries(
      ServerState.recordedHeaders.flatMap((name) => {
        const value = request.headers[name]
        return value === undefined ? [] : [[name, value]]
      })
    )
    const fault = yield* Ref.modify(ref, (s) => ServerState.arrive(s, { method: request.method, path, headers }))
    const methods = routes.get(path)
    const route = methods === undefined
      ? Effect.succeed(json({ detail: "Not Found" }, 404))
      : methods.has(request.method)
      ? app
      : Effect.succeed(json({ detail: "Method Not Allowed" }, 405))
    // the platform runs handlers uninterruptibly; a fault must end when its client goes away
    return yield* Option.match(fault, {
      onNone: () => route,
      onSome: (f) => Effect.interruptible(applyFault(f, request, route))
    })
  })

const describe = (server: Server) =>
  Effect.gen(function*() {
    const { now, ref, secret } = yield* ServerState.ServerState
    const address = (yield* HttpServer.HttpServer).address
    const url = address._tag === "TcpAddress" ? `http://127.0.0.1:${address.port}` : "http://127.0.0.1"
    yield* Effect.addFinalizer(() => Effect.sync(() => server.closeAllConnections()))
    const service: Service = {
      url,
      inject: (fault, options) =>
        Ref.update(ref, (s) => ({
          ...s,
          faults: [
            ...s.faults,
            ...Array.from({ length: options?.times ?? 1 }, () => ({ fault, path: Option.fromNullable(options?.path) }))
          ]
        })),
      stats: Effect.map(Ref.get(ref), (s) => s.stats),
      requests: Effect.map(Ref.get(ref), (s) => Chunk.toReadonlyArray(s.log)),
      setApiKeys: (apiKeys) => Ref.update(ref, (s) => ({ ...s, apiKeys })),
      revokeIssuedTokens: Ref.update(ref, (s) => ({ ...s, revoked: new Set([...s.revoked, ...s.issued]) })),
      issueToken: (subject, lifetime, issuedAt) =>
        Effect.map(now, (at) => sign(secret, subject, Duration.decode(lifetime), issuedAt ?? at))
    }
    return service
  })

/**
 * The server as a scoped Layer: listening on `127.0.0.1` when built, closed (connections
 * included) when its scope closes.
 *
 * @since 0.1.0
 */
export const layer = (options: Options = {}): Layer.Layer<GalileoServer, HttpServerError.ServeError> =>
  Layer.unwrapEffect(Effect.sync(() => {
    const server = createServer()
    const Api = HttpApiBuilder.api(GalileoApi).pipe(Layer.provide([AuthLive, SystemLive]))
    const Serve = Layer.mergeAll(
      HttpApiBuilder.serve(withFaults),
      HttpApiBuilder.middlewareOpenApi({ path: "/openapi.json" })
    ).pipe(Layer.provide(Api))
    const State = Layer.effect(
      ServerState.ServerState,
      ServerState.make(
        options.apiKeys ?? [demoApiKey],
        Duration.decode(options.tokenLifetime ?? "1 hour"),
        Duration.decode(options.clockOffset ?? 0),
        options.logLimit ?? ServerState.defaultLogLimit
      )
    )
    return Layer.scoped(GalileoServer, describe(server)).pipe(
      Layer.provide(Serve),
      Layer.provide(
        Layer.merge(State, NodeHttpServer.layer(() => server, { port: options.port ?? 0, host: "127.0.0.1" }))
      )
    )
  }))
