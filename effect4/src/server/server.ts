/**
 * The embedded server itself: `node:http` (or `node:https`) wired to the modules beside it. The
 * built-in routes answer synchronously (no fiber per request); faults, routes of the user and
 * logging run as Effects in a `FiberSet` runtime taken when the Layer is built (its `Clock`,
 * `Logger`, ...), interrupted when the client goes away or the Layer's scope closes.
 *
 * Not built on `HttpApiBuilder`: the server needs the raw bytes and the socket (body limits
 * without buffering, FastAPI's parsing rules, resets), and a plain request listener keeps the
 * per-request cost low. `/openapi.json` is declared once in the Effect-free core (both Effect
 * lines serve the same bytes); `api.ts` adds the routes of the user to it.
 *
 * The layout:
 * - `http.ts`: the request as handlers see it, reading a body within the limit, writing answers;
 * - `log.ts`: the request log, with credentials redacted;
 * - `auth.ts`: logins, refresh cookie, `/current_user`, token signing;
 * - `routes.ts`: the routes of the user;
 * - `dispatch.ts`: the route table, 405 / 307 / 404, failures as 500;
 * - `faults.ts`: injected faults;
 * - `builtIns.ts`, `openapi.ts` (core): the built-in routes and the document, declared once;
 * - `resources/` (core): the resource routes (projects, log streams, experiments, traces and
 *   spans, datasets) over one `Store` per server, bounded by the `resourceLimits` option;
 * - `fastApi.ts`, `pythonJson.ts`, `router.ts`, `jwt.ts`, `state.ts`, `api.ts`: what those use.
 *
 * @since 0.2.0
 */
import * as Cause from "effect/Cause"
import * as Clock from "effect/Clock"
import type * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as Fiber from "effect/Fiber"
import * as FiberSet from "effect/FiberSet"
import * as HttpServerError from "effect/http/HttpServerError"
import * as Layer from "effect/Layer"
import type * as Scope from "effect/Scope"
import * as Http from "node:http"
import * as Https from "node:https"
import type { Socket } from "node:net"
import { signAccess, signId } from "../core/server/auth.js"
import {
  type Answer,
  authorization,
  type Ctx,
  empty,
  header,
  type Incoming,
  readBody,
  rejectTooLarge,
  splitUrl,
  write
} from "../core/server/http.js"
import * as Log from "../core/server/log.js"
import { defaultLogMaxBytes } from "../core/server/requestLog.js"
import { Store } from "../core/server/resources/store.js"
import type { Router } from "../core/server/router.js"
import * as State from "../core/server/state.js"
import type { Fault } from "../testing/Fault.js"
import type { Options, Service, User } from "../testing/GalileoServer.js"
import { answer, dispatch, failed, makeRouter, send, type Target } from "./dispatch.js"
import { applyFault } from "./faults.js"
import * as Routes from "./routes.js"

/**
 * `user-` and the first 12 hex digits of the SHA-256 of a credential.
 *
 * @since 0.2.0
 * @category utils
 */
export const subjectOf = State.subjectOf

/**
 * The `/current_user` id of a subject: a version 4 UUID.
 *
 * @since 0.3.0
 * @category utils
 */
export const userIdOf = State.userIdOf

/**
 * Builds a `Route` whose handler gets the body as its `requestSchema`'s type.
 *
 * @since 0.2.0
 * @category constructors
 */
export const route = Routes.route

/**
 * A body's text with the values of credential fields replaced by `"<redacted>"`.
 *
 * @since 0.2.0
 * @category utils
 */
export const redactBody = Log.redactBody

/**
 * The default largest request body: 1 MiB.
 *
 * @since 0.2.0
 * @category constants
 */
export const defaultMaxBodyBytes = 1024 * 1024

/**
 * The default cap on open connections: 2048 (uvicorn's default `--backlog`); more are closed as
 * they arrive. With the body limit and the request timeout it bounds what clients can hold.
 *
 * @since 0.2.0
 * @category constants
 */
export const defaultMaxConnections = 2048

/**
 * The default time to receive a request's headers: 10 seconds (Node's own default is 60).
 *
 * @since 0.2.0
 * @category constants
 */
export const defaultHeadersTimeout: Duration.Duration = Duration.seconds(10)

/**
 * The default time to receive a whole request, headers and body: 30 seconds (Node's own default
 * is 300; 1 MiB in 30 s is 35 KB/s).
 *
 * @since 0.2.0
 * @category constants
 */
export const defaultRequestTimeout: Duration.Duration = Duration.seconds(30)

/**
 * The default time an idle keep-alive connection stays open: 5 seconds (uvicorn's
 * `timeout_keep_alive`).
 *
 * @since 0.2.0
 * @category constants
 */
export const defaultKeepAliveTimeout: Duration.Duration = Duration.seconds(5)

const millis = (input: Duration.Input | undefined, fallback: Duration.Duration): number =>
  Math.max(0, Math.round(Duration.toMillis(Duration.fromInputUnsafe(input ?? fallback))))

/** Node's own interval between checks of the headers and request timeouts. */
const nodeCheckingInterval = 30_000

/**
 * Node's timeouts of the server (0 turns one off), and how often it checks them: every 30 s
 * (Node's default) unless a timeout is given, then every quarter of the shortest one given (at
 * most every 30 s). Checking every second with the defaults made Node cut a few keep-alive
 * connections under load (`GalileoHttpClient.test.ts`, 100 in-flight replays over undici and
 * fetch: 3 extra requests in about 1 run of 10).
 */
const timeouts = (options: Options) => {
  const requestTimeout = millis(options.requestTimeout, defaultRequestTimeout)
  const headers = millis(options.headersTimeout, defaultHeadersTimeout)
  // Node refuses a headers timeout longer than the request timeout
  const headersTimeout = requestTimeout === 0 ? headers : Math.min(headers, requestTimeout)
  const given = [
    options.headersTimeout === undefined ? 0 : headersTimeout,
    options.requestTimeout === undefined ? 0 : requestTimeout
  ].filter((t) => t > 0)
  return {
    headersTimeout,
    requestTimeout,
    keepAliveTimeout: millis(options.keepAliveTimeout, defaultKeepAliveTimeout),
    connectionsCheckingInterval: Math.max(5, Math.floor(Math.min(4 * nodeCheckingInterval, ...given) / 4))
  }
}

// ---------------------------------------------------------------------------------------------
// handling a request
// ---------------------------------------------------------------------------------------------

type Run = (effect: Effect.Effect<void>) => Fiber.Fiber<void, never>

/** Runs an Effect for a request, interrupted when the client goes away. */
const fork = (run: Run, res: Http.ServerResponse, effect: Effect.Effect<void>): void => {
  const fiber = run(effect)
  res.on("close", () => {
    if (!res.writableFinished) fiber.interruptUnsafe()
  })
}

const handle = (
  ctx: Ctx<Fault>,
  router: Router<Target>,
  run: Run,
  maxBodyBytes: number,
  req: Http.IncomingMessage,
  res: Http.ServerResponse
): void =>
  readBody(req, maxBodyBytes, (read) => {
    if (read._tag === "Aborted") return
    const { path, query } = splitUrl(req.url ?? "/")
    const bearer = authorization(req.headers)
    const incoming: Incoming = {
      method: req.method ?? "GET",
      path,
      query,
      headers: req.headers,
      bytes: read._tag === "Body" ? read.bytes : empty,
      bearer: bearer === undefined ? undefined : ctx.state.verifyAccess(bearer, ctx.now() / 1000)
    }
    ctx.state.arrive(path, () => Log.record(incoming))
    if (read._tag === "TooLarge") {
      ctx.state.count("rejectedBodies")
      return rejectTooLarge(req, res)
    }
    const fault = ctx.state.takeFault(path)
    if (fault !== undefined) {
      return fork(run, res, applyFault(fault, req, res, answer(ctx, router, incoming), (a) => send(ctx, res, a)))
    }
    let result: Answer | Effect.Effect<Answer, unknown>
    try {
      result = dispatch(ctx, router, incoming)
    } catch (defect) {
      return fork(run, res, Effect.flatMap(failed(ctx, Cause.die(defect)), (a) => send(ctx, res, a)))
    }
    if (!Effect.isEffect(result)) {
      try {
        return write(res, result)
      } catch {
        return fork(run, res, send(ctx, res, result))
      }
    }
    fork(
      run,
      res,
      Effect.flatMap(Effect.catchCause(result, (cause) => failed(ctx, cause)), (a) => send(ctx, res, a))
    )
  })

// ---------------------------------------------------------------------------------------------
// the Layer
// ---------------------------------------------------------------------------------------------

const listen = (server: Http.Server, port: number) =>
  Effect.callback<void, HttpServerError.ServeError>((resume) => {
    const onError = (cause: unknown) => resume(Effect.fail(new HttpServerError.ServeError({ cause })))
    server.once("error", onError)
    server.listen({ port, host: "127.0.0.1", backlog: 4096 }, () => {
      server.off("error", onError)
      resume(Effect.void)
    })
  })

const close = (server: Http.Server, sockets: Set<Socket>) =>
  Effect.callback<void>((resume) => {
    server.close(() => resume(Effect.void))
    server.closeAllConnections()
    for (const socket of sockets) socket.destroy()
  })

/**
 * The credentials the server accepts when its options give none.
 *
 * @since 0.2.0
 * @category models
 */
export interface Defaults {
  readonly apiKeys: ReadonlyArray<string>
  readonly users: ReadonlyArray<User>
}

const make = (options: Options, defaults: Defaults): Effect.Effect<Service, HttpServerError.ServeError, Scope.Scope> =>
  Effect.gen(function*() {
    const store = new Store(options.resourceLimits)
    const router = makeRouter(options.routes ?? [], options.o11yToken, store)
    const state = new State.State<Fault>(
      options.apiKeys ?? defaults.apiKeys,
      options.users ?? defaults.users,
      options.idTokens ?? [],
      options.logLimit ?? State.defaultLogLimit,
      router.paths,
      options.logMaxBytes ?? defaultLogMaxBytes
    )
    const offset = Duration.toMillis(Duration.fromInputUnsafe(options.clockOffset ?? 0))
    const clock = yield* Clock.Clock
    const ctx: Ctx<Fault> = {
      state,
      now: () => clock.currentTimeMillisUnsafe() + offset,
      tokenLifetimeMillis: Duration.toMillis(Duration.fromInputUnsafe(options.tokenLifetime ?? "1 hour")),
      scheme: options.tls === undefined ? "http" : "https"
    }
    const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes
    const run: Run = yield* FiberSet.makeRuntime<never, void, never>()
    const onRequest = (req: Http.IncomingMessage, res: Http.ServerResponse) => {
      req.on("error", () => {})
      res.on("error", () => {})
      handle(ctx, router, run, maxBodyBytes, req, res)
    }
    const tls = options.tls
    const limits = timeouts(options)
    const server: Http.Server = tls === undefined
      ? Http.createServer(limits, onRequest)
      : Https.createServer({
        ...limits,
        cert: tls.cert,
        key: tls.key,
        ...(tls.ca === undefined
          ? {}
          : { ca: typeof tls.ca === "string" || Buffer.isBuffer(tls.ca) ? tls.ca : [...tls.ca] }),
        ...(tls.requestClientCert === true ? { requestCert: true, rejectUnauthorized: true } : {})
      }, onRequest)
    server.on("checkContinue", (req: Http.IncomingMessage, res: Http.ServerResponse) => {
      if (Number(header(req.headers, "content-length") ?? "0") <= maxBodyBytes) res.writeContinue()
      onRequest(req, res)
    })
    server.maxConnections = options.maxConnections ?? defaultMaxConnections
    server.keepAliveTimeout = limits.keepAliveTimeout
    const sockets = new Set<Socket>()
    server.on("connection", (socket: Socket) => {
      sockets.add(socket)
      socket.on("close", () => sockets.delete(socket))
    })
    server.on("tlsClientError", () => {})
    yield* Effect.acquireRelease(listen(server, options.port ?? 0), () => close(server, sockets))
    const address = server.address()
    const port = typeof address === "object" && address !== null ? address.port : 0
    const service: Service = {
      url: `${ctx.scheme}://127.0.0.1:${port}`,
      inject: (fault, injectOptions) =>
        Effect.sync(() => state.inject(fault, injectOptions?.times ?? 1, injectOptions?.path)),
      stats: Effect.sync(() => state.stats()),
      requests: Effect.sync(() => state.requests()),
      setApiKeys: (keys) => Effect.sync(() => state.setApiKeys(keys)),
      setUsers: (users) => Effect.sync(() => state.setUsers(users)),
      revokeIssuedTokens: Effect.sync(() => state.revokeAccessTokens()),
      revokeRefreshTokens: Effect.sync(() => state.revokeRefreshTokens()),
      issueToken: (subject, lifetime, issuedAt) =>
        Effect.sync(() =>
          signAccess(
            ctx,
            { subject, email: `${subject}@galileo.test` },
            Duration.toMillis(Duration.fromInputUnsafe(lifetime)),
            issuedAt ?? ctx.now()
          )
        ),
      signIdToken: (email, lifetime) =>
        Effect.sync(() =>
          signId(ctx, email, Duration.toMillis(Duration.fromInputUnsafe(lifetime ?? "1 hour")), ctx.now())
        ),
      resources: Effect.sync(() => store.stats()),
      reset: Effect.sync(() => {
        state.reset()
        store.reset()
      })
    }
    return service
  })

/**
 * The server as a scoped Layer for the given tag.
 *
 * @since 0.2.0
 * @category layers
 */
export const layer = <I>(
  tag: Context.Key<I, Service>,
  options: Options,
  defaults: Defaults
): Layer.Layer<I, HttpServerError.ServeError> => Layer.effect(tag, make(options, defaults))
