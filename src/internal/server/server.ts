/**
 * The embedded server itself: `node:http` (or `node:https`), its own router, and FastAPI's ways
 * of reading bodies and answering errors. The built-in routes answer synchronously (no fiber per
 * request); faults, routes of the user and logging run as Effects in a `FiberSet` runtime taken
 * when the Layer is built (its `Clock`, `Logger`, ...), interrupted when the client goes away or
 * the Layer's scope closes.
 *
 * Not built on `HttpApiBuilder`: the server needs the raw bytes and the socket (body limits
 * without buffering, FastAPI's parsing rules, resets), and a plain request listener keeps the
 * per-request cost low. `/openapi.json` is still generated from the `HttpApi` declaration.
 *
 * @since 0.2.0
 */
import { HttpServerError } from "@effect/platform"
import type { Context, Fiber, Scope } from "effect"
import { Cause, Clock, Duration, Effect, FiberId, FiberSet, Layer, Option, Schema } from "effect"
import { randomUUID } from "node:crypto"
import * as Http from "node:http"
import * as Https from "node:https"
import type { Socket } from "node:net"
import type { Fault } from "../../testing/Fault.js"
import type {
  Options,
  RecordedRequest,
  Route,
  RouteRequest,
  RouteResponse,
  Service,
  SocialProvider,
  TypedRoute,
  User
} from "../../testing/GalileoServer.js"
import * as Api from "./api.js"
import * as FastApi from "./fastApi.js"
import * as Jwt from "./jwt.js"
import * as PythonJson from "./pythonJson.js"
import { Router } from "./router.js"
import * as State from "./state.js"

/**
 * `user-` and the first 12 hex digits of the SHA-256 of a credential.
 *
 * @since 0.2.0
 * @category utils
 */
export const subjectOf = State.subjectOf

/**
 * Builds a {@link Route} whose handler gets the body as its `requestSchema`'s type.
 *
 * @since 0.2.0
 * @category constructors
 */
export const route = <A, I, B, BI>(spec: TypedRoute<A, I, B, BI>): Route => {
  const validate = Schema.validate(spec.requestSchema)
  return {
    method: spec.method,
    path: spec.path,
    public: spec.public,
    requestSchema: spec.requestSchema,
    responseSchema: spec.responseSchema,
    handler: (request) =>
      Effect.flatMap(Effect.orDie(validate(request.body)), (body) => spec.handler({ ...request, body }))
  }
}

/**
 * The default largest request body: 1 MiB.
 *
 * @since 0.2.0
 * @category constants
 */
export const defaultMaxBodyBytes = 1024 * 1024

/** How much of a body the log keeps. */
const loggedBodyChars = 64 * 1024
/**
 * After a 413: how much more of the body is read and dropped (not kept) before the connection is
 * cut, so that the client, still sending, reads the answer instead of a reset; a body drained
 * in full leaves the connection usable.
 */
const lingerBytes = 32 * 1024 * 1024
const lingerMillis = 2000

const liveClock = Clock.make()

// ---------------------------------------------------------------------------------------------
// requests and answers
// ---------------------------------------------------------------------------------------------

interface Incoming {
  readonly method: string
  readonly path: string
  readonly query: string
  readonly headers: Http.IncomingHttpHeaders
  readonly bytes: Buffer
  /** The claims of a valid bearer token, if one was sent. */
  readonly bearer: Option.Option<Jwt.Claims>
}

type Answer = FastApi.Answer

const header = (headers: Http.IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name]
  return typeof value === "string" ? value : undefined
}

const notAuthenticated: Answer = FastApi.json(401, { detail: "Not authenticated" }, { "www-authenticate": "Bearer" })

/** FastAPI's `get_authorization_scheme_param`: split at the first space. */
const authorization = (headers: Http.IncomingHttpHeaders): Option.Option<string> => {
  const value = header(headers, "authorization")
  if (value === undefined || value === "") return Option.none()
  const space = value.indexOf(" ")
  const [scheme, param] = space < 0 ? [value, ""] : [value.slice(0, space), value.slice(space + 1)]
  return scheme.toLowerCase() === "bearer" ? Option.some(param) : Option.none()
}

const cookies = (headers: Http.IncomingHttpHeaders): ReadonlyMap<string, string> => {
  const out = new Map<string, string>()
  for (const chunk of (header(headers, "cookie") ?? "").split(";")) {
    const eq = chunk.indexOf("=")
    const [key, value] = eq < 0 ? ["", chunk] : [chunk.slice(0, eq), chunk.slice(eq + 1)]
    if (key.trim() !== "" || value.trim() !== "") out.set(key.trim(), value.trim().replace(/^"(.*)"$/, "$1"))
  }
  return out
}

const write = (res: Http.ServerResponse, answer: Answer): void => {
  if (res.headersSent || res.destroyed || res.writableEnded) return
  res.writeHead(answer.status, { ...answer.headers, "content-length": Buffer.byteLength(answer.body) })
  res.end(answer.body)
}

// ---------------------------------------------------------------------------------------------
// the request log, with credentials redacted
// ---------------------------------------------------------------------------------------------

const recordedHeaders = ["authorization", "cookie", "accept", "x-galileo-sdk", "traceparent", "b3", "content-type"]
const redactedHeaders = new Set(["authorization", "cookie"])
const secretFields = new Set(["api_key", "password", "id_token", "refresh_token", "client_secret"])
const redacted = "<redacted>"

const redactJson = (value: unknown): readonly [unknown, boolean] => {
  if (Array.isArray(value)) {
    const items = value.map(redactJson)
    return [items.map(([v]) => v), items.some(([, changed]) => changed)]
  }
  if (typeof value === "object" && value !== null) {
    let changed = false
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      const [r, c] = secretFields.has(k) ? [redacted, true] : redactJson(v)
      changed = changed || c
      Object.defineProperty(out, k, { value: r, enumerable: true, writable: true, configurable: true })
    }
    return [out, changed]
  }
  return [value, false]
}

const fieldNames = Array.from(secretFields).join("|")
const jsonSecret = new RegExp(`("(?:${fieldNames})"\\s*:\\s*)(?:"(?:[^"\\\\]|\\\\.)*"?|[^,}\\]\\s]*)`, "g")
const formSecret = new RegExp(`(^|[&;])((?:${fieldNames})=)[^&;]*`, "g")

/**
 * A body's text with the values of credential fields replaced by `"<redacted>"`: structurally
 * for JSON (re-serialized only when something was replaced), by pattern otherwise (malformed
 * JSON, forms).
 *
 * @since 0.2.0
 * @category utils
 */
export const redactBody = (text: string): string => {
  try {
    const [value, changed] = redactJson(JSON.parse(text))
    return changed ? JSON.stringify(value) : text
  } catch {
    return text.replace(jsonSecret, `$1"${redacted}"`).replace(formSecret, `$1$2${redacted}`)
  }
}

const utf8 = new TextDecoder("utf-8")

const record = (incoming: Incoming): RecordedRequest => {
  const headers: Record<string, string> = {}
  for (const name of recordedHeaders) {
    const value = header(incoming.headers, name)
    if (value !== undefined) headers[name] = redactedHeaders.has(name) ? redacted : value
  }
  const claims = Option.getOrUndefined(incoming.bearer)
  return {
    method: incoming.method,
    path: incoming.path,
    headers,
    ...(incoming.query === "" ? {} : { query: incoming.query }),
    ...(incoming.bytes.length === 0 ? {} : {
      body: redactBody(utf8.decode(incoming.bytes.subarray(0, 4 * loggedBodyChars))).slice(0, loggedBodyChars)
    }),
    ...(claims === undefined ? {} : { subject: claims.sub }),
    ...(claims?.jti === undefined ? {} : { tokenId: claims.jti })
  }
}

// ---------------------------------------------------------------------------------------------
// reading a body within the limit
// ---------------------------------------------------------------------------------------------

type Read =
  | { readonly _tag: "Body"; readonly bytes: Buffer }
  | { readonly _tag: "TooLarge" }
  | { readonly _tag: "Aborted" }

const empty = Buffer.alloc(0)

/** Reads the body, at most `limit` bytes; a larger one is not kept beyond the limit. */
const readBody = (req: Http.IncomingMessage, limit: number, done: (read: Read) => void): void => {
  if (Number(header(req.headers, "content-length") ?? "0") > limit) return done({ _tag: "TooLarge" })
  const chunks: Array<Buffer> = []
  let size = 0
  const cleanup = () => {
    req.off("data", onData)
    req.off("end", onEnd)
    req.off("close", onClose)
  }
  const onData = (chunk: Buffer) => {
    size += chunk.length
    if (size > limit) {
      cleanup()
      chunks.length = 0
      done({ _tag: "TooLarge" })
    } else {
      chunks.push(chunk)
    }
  }
  const onEnd = () => {
    cleanup()
    done({
      _tag: "Body",
      bytes: size === 0 ? empty : chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, size)
    })
  }
  const onClose = () => {
    cleanup()
    done({ _tag: "Aborted" })
  }
  req.on("data", onData)
  req.on("end", onEnd)
  req.on("close", onClose)
}

/**
 * Answers 413 at once, then drops what the client still sends (at most 32 MiB, for at most 2 s)
 * before cutting the connection.
 */
const rejectTooLarge = (req: Http.IncomingMessage, res: Http.ServerResponse): void => {
  const expectsContinue = /100-continue/i.test(header(req.headers, "expect") ?? "")
  write(res, {
    ...FastApi.json(413, { detail: "Request Entity Too Large" }),
    headers: { "content-type": "application/json", ...(expectsContinue ? { connection: "close" } : {}) }
  })
  if (req.complete) return
  let dropped = 0
  const cut = () => req.socket.destroy()
  const timer = setTimeout(cut, lingerMillis)
  timer.unref()
  req.on("data", (chunk: Buffer) => {
    dropped += chunk.length
    if (dropped > lingerBytes) cut()
  })
  req.on("end", () => clearTimeout(timer))
  req.on("close", () => clearTimeout(timer))
  req.resume()
}

// ---------------------------------------------------------------------------------------------
// handlers (synchronous: the built-in routes need no fiber)
// ---------------------------------------------------------------------------------------------

interface Ctx {
  readonly state: State.State
  /** The server's clock in millis: the Effect `Clock` of the Layer's scope plus the offset. */
  readonly now: () => number
  readonly tokenLifetime: Duration.Duration
  readonly scheme: "http" | "https"
}

const signAccess = (
  ctx: Ctx,
  identity: State.Identity,
  lifetime: Duration.Duration,
  issuedAtMillis: number
): string => {
  const iat = Math.floor(issuedAtMillis / 1000)
  const defaultEmail = `${identity.subject}@galileo.test`
  return Jwt.sign({
    sub: identity.subject,
    iat,
    exp: iat + Math.round(Duration.toSeconds(lifetime)),
    jti: randomUUID(),
    ...(identity.email === defaultEmail ? {} : { email: identity.email })
  }, ctx.state.accessSecret)
}

const signId = (ctx: Ctx, email: string, lifetime: Duration.Duration, issuedAtMillis: number): string => {
  const iat = Math.floor(issuedAtMillis / 1000)
  return Jwt.sign({
    iss: "galileo-effect-embedded",
    sub: email,
    email,
    iat,
    exp: iat + Math.round(Duration.toSeconds(lifetime)),
    jti: randomUUID()
  }, ctx.state.idSecret)
}

type LoginKind = "apiKeyLogins" | "passwordLogins" | "socialLogins"

/** A token answer with a fresh refresh cookie. */
const tokenAnswer = (ctx: Ctx, identity: State.Identity): Answer => {
  const refresh = ctx.state.issueRefreshToken(identity)
  return FastApi.json(200, {
    access_token: signAccess(ctx, identity, ctx.tokenLifetime, ctx.now()),
    token_type: "bearer"
  }, {
    "set-cookie": `refresh_token=${refresh}; HttpOnly; Path=/; SameSite=lax`
  })
}

const login = (ctx: Ctx, kind: LoginKind, identity: Option.Option<State.Identity>, refusal: Answer): Answer => {
  if (Option.isNone(identity)) {
    ctx.state.count("refusedLogins")
    return refusal
  }
  ctx.state.count("logins")
  ctx.state.count(kind)
  return tokenAnswer(ctx, identity.value)
}

const invalidLogin = (ctx: Ctx, answer: Answer): Answer => {
  ctx.state.count("invalidLogins")
  return answer
}

const loginApiKey = (ctx: Ctx, incoming: Incoming): Answer => {
  const read = FastApi.readBody(incoming.bytes, header(incoming.headers, "content-type"))
  if (read._tag !== "Ok") return invalidLogin(ctx, FastApi.bodyFailure(read))
  const valid = FastApi.validateModel(read.body, [["api_key", FastApi.str]])
  if (valid._tag === "Errors") {
    return invalidLogin(
      ctx,
      FastApi.unprocessable(valid.errors, read.body._tag === "Json" ? read.body.unencodable : undefined)
    )
  }
  const key = valid.values.get("api_key")
  return login(
    ctx,
    "apiKeyLogins",
    typeof key === "string" ? ctx.state.apiKey(key) : Option.none(),
    FastApi.json(401, { detail: "Invalid API key" })
  )
}

const loginPassword = (ctx: Ctx, incoming: Incoming): Answer => {
  const form = FastApi.readForm(incoming.bytes, header(incoming.headers, "content-type"))
  if (Option.isNone(form)) return invalidLogin(ctx, FastApi.bodyParseError)
  const valid = FastApi.validatePasswordForm(form.value)
  if (valid._tag === "Errors") return invalidLogin(ctx, FastApi.unprocessable(valid.errors))
  return login(
    ctx,
    "passwordLogins",
    ctx.state.user(valid.username, valid.password),
    FastApi.json(401, { detail: "Incorrect username or password" }, { "www-authenticate": "Bearer" })
  )
}

const socialProviders: ReadonlyArray<SocialProvider> = ["okta", "google", "github", "azure-ad", "custom"]
const providers = FastApi.enumOf(socialProviders)
const isProvider = (u: unknown): u is SocialProvider => socialProviders.some((p) => p === u)

const loginSocial = (ctx: Ctx, incoming: Incoming): Answer => {
  const read = FastApi.readBody(incoming.bytes, header(incoming.headers, "content-type"))
  if (read._tag !== "Ok") return invalidLogin(ctx, FastApi.bodyFailure(read))
  const valid = FastApi.validateModel(read.body, [["id_token", FastApi.str], ["provider", providers]])
  if (valid._tag === "Errors") {
    return invalidLogin(
      ctx,
      FastApi.unprocessable(valid.errors, read.body._tag === "Json" ? read.body.unencodable : undefined)
    )
  }
  const token = valid.values.get("id_token")
  const provider = valid.values.get("provider")
  const identity = typeof token === "string" && isProvider(provider)
    ? Option.orElse(
      Option.map(Jwt.verify(token, ctx.state.idSecret, ctx.now() / 1000), (c) => State.emailIdentity(c.email ?? c.sub)),
      () => ctx.state.idToken(token, provider)
    )
    : Option.none()
  return login(ctx, "socialLogins", identity, FastApi.json(401, { detail: "Invalid ID token" }))
}

const refreshToken = (ctx: Ctx, incoming: Incoming): Answer => {
  const cookie = cookies(incoming.headers).get("refresh_token")
  const identity = cookie === undefined || cookie === "" ? Option.none() : ctx.state.useRefreshToken(cookie)
  if (Option.isNone(identity)) {
    ctx.state.count("refusedRefreshes")
    return FastApi.json(401, { detail: cookie === undefined ? "Not authenticated" : "Invalid refresh token" })
  }
  ctx.state.count("refreshes")
  return tokenAnswer(ctx, identity.value)
}

const unauthorized = (ctx: Ctx): Answer => {
  ctx.state.count("unauthorizedCalls")
  return notAuthenticated
}

const currentUser = (ctx: Ctx, incoming: Incoming): Answer =>
  Option.match(incoming.bearer, {
    onNone: () => unauthorized(ctx),
    onSome: (claims) =>
      FastApi.json(200, { id: claims.sub, email: claims.email ?? `${claims.sub}@galileo.test`, role: "user" })
  })

const healthcheck: Answer = FastApi.json(200, {
  api_version: "v1",
  message: "ok",
  version: "galileo-effect-embedded"
})

const openApi = (): Answer => ({
  status: 200,
  body: Api.openApiJson(),
  headers: { "content-type": "application/json" }
})

// ---------------------------------------------------------------------------------------------
// routes of the user (Effects)
// ---------------------------------------------------------------------------------------------

const routeHeaders = (headers: Http.IncomingHttpHeaders): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue
    out[name] = redactedHeaders.has(name) ? redacted : Array.isArray(value) ? value.join(", ") : value
  }
  return out
}

const userRoute = (
  ctx: Ctx,
  spec: Route,
  incoming: Incoming,
  params: Readonly<Record<string, string>>
): Answer | Effect.Effect<Answer, unknown> => {
  const read = FastApi.readBody(incoming.bytes, header(incoming.headers, "content-type"))
  if (read._tag !== "Ok") return FastApi.bodyFailure(read)
  if (spec.public !== true && Option.isNone(incoming.bearer)) return unauthorized(ctx)
  const raw: unknown = read.body._tag === "Json"
    ? PythonJson.toJs(read.body.value)
    : read.body._tag === "Bytes"
    ? utf8.decode(read.body.bytes)
    : undefined
  let body = raw
  if (spec.requestSchema !== undefined) {
    const decoded = FastApi.decodeWith(spec.requestSchema, raw)
    if (decoded._tag === "Left") {
      return FastApi.unprocessable(
        read.body._tag === "None"
          ? [{ type: "missing", loc: ["body"], msg: "Field required", input: null }]
          : FastApi.schemaErrors(decoded.left, raw)
      )
    }
    body = decoded.right
  }
  const request: RouteRequest = {
    method: incoming.method,
    path: incoming.path,
    params,
    query: Object.fromEntries(new URLSearchParams(incoming.query)),
    headers: routeHeaders(incoming.headers),
    body,
    subject: Option.map(incoming.bearer, (c) => c.sub)
  }
  return Effect.gen(function*() {
    const response: RouteResponse = yield* spec.handler(request)
    const encoded = response.body === undefined || spec.responseSchema === undefined
      ? response.body
      : yield* Schema.encodeUnknown(spec.responseSchema)(response.body)
    const headers = response.headers ?? {}
    return encoded === undefined
      ? { status: response.status, body: "", headers }
      : {
        status: response.status,
        body: JSON.stringify(encoded),
        headers: { "content-type": "application/json", ...headers }
      }
  })
}

const versioned = /^\/v\d+\//

// ---------------------------------------------------------------------------------------------
// routing
// ---------------------------------------------------------------------------------------------

type Target = (
  ctx: Ctx,
  incoming: Incoming,
  params: Readonly<Record<string, string>>
) => Answer | Effect.Effect<Answer, unknown>

const both = (
  method: string,
  path: string,
  target: Target
): ReadonlyArray<{ method: string; path: string; target: Target }> => [
  { method, path: `/v1${path}`, target },
  { method, path, target }
]

const makeRouter = (routes: ReadonlyArray<Route>) =>
  new Router<Target>([
    ...both("POST", "/login/api_key", loginApiKey),
    ...both("POST", "/login", loginPassword),
    ...both("POST", "/login/social", loginSocial),
    ...both("POST", "/refresh_token", refreshToken),
    ...both("GET", "/healthcheck", () => healthcheck),
    ...both("GET", "/current_user", currentUser),
    { method: "GET", path: "/openapi.json", target: openApi },
    ...routes.flatMap((spec) => {
      const target: Target = (ctx, incoming, params) => userRoute(ctx, spec, incoming, params)
      const method = spec.method.toUpperCase()
      return versioned.test(spec.path) ? [{ method, path: spec.path, target }] : both(method, spec.path, target)
    })
  ])

const quoteSafe = /[A-Za-z0-9_.\-~:/%#?=@[\]!$&'()*+,;]/

/** Python's `urllib.parse.quote` with Starlette's `RedirectResponse` safe characters. */
const quote = (url: string): string => Array.from(url, (c) => quoteSafe.test(c) ? c : encodeURIComponent(c)).join("")

const dispatch = (ctx: Ctx, router: Router<Target>, incoming: Incoming): Answer | Effect.Effect<Answer, unknown> => {
  const match = router.match(incoming.method, incoming.path)
  switch (match._tag) {
    case "Found":
      return match.target(ctx, incoming, match.params)
    case "MethodNotAllowed":
      return FastApi.json(405, { detail: "Method Not Allowed" }, { allow: match.allow })
    case "Redirect": {
      const host = header(incoming.headers, "host") ?? "127.0.0.1"
      return {
        status: 307,
        body: "",
        headers: {
          location: quote(`${ctx.scheme}://${host}${match.path}${incoming.query === "" ? "" : `?${incoming.query}`}`)
        }
      }
    }
    case "NotFound":
      return FastApi.json(404, { detail: "Not Found" })
  }
}

const internalError = FastApi.json(500, { detail: "Internal Server Error" })

/** Logs a handler's failure (not an interruption) and answers 500. */
const failed = (ctx: Ctx, cause: Cause.Cause<unknown>): Effect.Effect<Answer> =>
  Cause.isInterruptedOnly(cause) ? Effect.interrupt : Effect.as(
    Effect.zipRight(
      Effect.sync(() => ctx.state.count("internalErrors")),
      Effect.logError("galileo-effect embedded server: a handler failed", cause)
    ),
    internalError
  )

/** The answer to a request, as an Effect (what a fault delays). */
const answer = (ctx: Ctx, router: Router<Target>, incoming: Incoming): Effect.Effect<Answer> =>
  Effect.suspend(() => {
    const result = dispatch(ctx, router, incoming)
    return Effect.isEffect(result) ? result : Effect.succeed(result)
  }).pipe(Effect.catchAllCause((cause) => failed(ctx, cause)))

const applyFault = (
  fault: Fault,
  req: Http.IncomingMessage,
  res: Http.ServerResponse,
  answer: Effect.Effect<Answer>
): Effect.Effect<void> => {
  switch (fault._tag) {
    case "Respond":
      return Effect.sync(() =>
        write(res, {
          status: fault.status,
          body: fault.body,
          headers: Object.keys(fault.headers).some((h) => h.toLowerCase() === "content-type")
            ? fault.headers
            : { "content-type": "text/plain", ...fault.headers }
        })
      )
    case "Delay":
      // the server's own wait runs on the real clock, whatever clock the tests use
      return Effect.zipRight(
        Effect.withClock(Effect.sleep(fault.duration), liveClock),
        Effect.map(answer, (a) => write(res, a))
      )
    case "Hang":
      return Effect.never
    case "Reset":
      return Effect.sync(() => {
        req.socket.destroy()
      })
    case "ResetMidBody":
      return Effect.sync(() => {
        res.writeHead(200, { "content-type": "application/json", "content-length": "200" })
        res.write("{\"access_token\": \"eyJhbGciOi")
        setTimeout(() => res.socket?.destroy(), 5)
      })
  }
}

/** Python's `unquote` of the path, as uvicorn puts it in the ASGI scope. */
const splitUrl = (url: string): { readonly path: string; readonly query: string } => {
  const q = url.indexOf("?")
  const rawPath = q < 0 ? url : url.slice(0, q)
  return { path: FastApi.unquote(rawPath), query: q < 0 ? "" : url.slice(q + 1) }
}

type Run = (effect: Effect.Effect<void>) => Fiber.RuntimeFiber<void, never>

/** Runs an Effect for a request, interrupted when the client goes away. */
const fork = (run: Run, res: Http.ServerResponse, effect: Effect.Effect<void>): void => {
  const fiber = run(effect)
  res.on("close", () => {
    if (!res.writableFinished) fiber.unsafeInterruptAsFork(FiberId.none)
  })
}

const handle = (
  ctx: Ctx,
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
      bearer: Option.flatMap(bearer, (token) => ctx.state.verifyAccess(token, ctx.now() / 1000))
    }
    ctx.state.arrive(path, () => record(incoming))
    if (read._tag === "TooLarge") {
      ctx.state.count("rejectedBodies")
      return rejectTooLarge(req, res)
    }
    const fault = ctx.state.takeFault(path)
    if (Option.isSome(fault)) return fork(run, res, applyFault(fault.value, req, res, answer(ctx, router, incoming)))
    let result: Answer | Effect.Effect<Answer, unknown>
    try {
      result = dispatch(ctx, router, incoming)
    } catch (defect) {
      return fork(run, res, Effect.map(failed(ctx, Cause.die(defect)), (a) => write(res, a)))
    }
    if (!Effect.isEffect(result)) return write(res, result)
    fork(run, res, Effect.map(Effect.catchAllCause(result, (cause) => failed(ctx, cause)), (a) => write(res, a)))
  })

// ---------------------------------------------------------------------------------------------
// the Layer
// ---------------------------------------------------------------------------------------------

const listen = (server: Http.Server, port: number) =>
  Effect.async<void, HttpServerError.ServeError>((resume) => {
    const onError = (cause: unknown) => resume(Effect.fail(new HttpServerError.ServeError({ cause })))
    server.once("error", onError)
    server.listen({ port, host: "127.0.0.1", backlog: 4096 }, () => {
      server.off("error", onError)
      resume(Effect.void)
    })
  })

const close = (server: Http.Server, sockets: Set<Socket>) =>
  Effect.async<void>((resume) => {
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
    const router = makeRouter(options.routes ?? [])
    const state = new State.State(
      options.apiKeys ?? defaults.apiKeys,
      options.users ?? defaults.users,
      options.idTokens ?? [],
      options.logLimit ?? State.defaultLogLimit,
      router.paths
    )
    const offset = Duration.toMillis(Duration.decode(options.clockOffset ?? 0))
    const clock = yield* Effect.clock
    const ctx: Ctx = {
      state,
      now: () => clock.unsafeCurrentTimeMillis() + offset,
      tokenLifetime: Duration.decode(options.tokenLifetime ?? "1 hour"),
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
    const server: Http.Server = tls === undefined
      ? Http.createServer(onRequest)
      : Https.createServer({
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
        Effect.sync(() => state.inject(fault, injectOptions?.times ?? 1, Option.fromNullable(injectOptions?.path))),
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
            Duration.decode(lifetime),
            issuedAt ?? ctx.now()
          )
        ),
      signIdToken: (email, lifetime) =>
        Effect.sync(() => signId(ctx, email, Duration.decode(lifetime ?? "1 hour"), ctx.now()))
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
  tag: Context.Tag<I, Service>,
  options: Options,
  defaults: Defaults
): Layer.Layer<I, HttpServerError.ServeError> => Layer.scoped(tag, make(options, defaults))
