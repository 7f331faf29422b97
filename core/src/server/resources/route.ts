/**
 * One resource route and how a request to it is answered, as FastAPI would: the JSON body read
 * first (400 / 422 `json_invalid`), then the caller (a bearer token or a `Galileo-API-Key`
 * header, else 401), then the path parameters, the query and the body validated together (one
 * 422 listing every error, path first), then the handler over the store.
 *
 * @since 0.3.0
 */
import { caller, unauthorized } from "../auth.js"
import * as FastApi from "../fastApi.js"
import { type Answer, type Ctx, header, type Incoming } from "../http.js"
import * as PythonJson from "../pythonJson.js"
import * as State from "../state.js"
import type { Store, User } from "./store.js"
import * as V from "./validate.js"

/**
 * What a handler gets: the validated path parameters, query and body, the caller and the time.
 *
 * @since 0.3.0
 * @category models
 */
export interface Request<P, Q, B> {
  readonly params: P
  readonly query: Q
  readonly body: B
  readonly user: User
  readonly now: number
  /** The JSON body as parsed (`null` when none was read), e.g. the `input` of a model's own error. */
  readonly raw: PythonJson.Value
  /** The raw request (a multipart body is read by its handler). */
  readonly incoming: Incoming
}

/**
 * A resource route as the router takes it: FastAPI's function name, the method, the path (with
 * `{name}` segments, without a prefix), the reference's tag, and its answer.
 *
 * @since 0.3.0
 * @category models
 */
export interface ResourceRoute {
  readonly name: string
  readonly method: "GET" | "POST" | "DELETE"
  readonly path: `/${string}`
  readonly group: "projects" | "log_stream" | "experiment" | "trace" | "datasets"
  readonly answer: (store: Store, ctx: Ctx, incoming: Incoming, params: Readonly<Record<string, string>>) => Answer
}

/**
 * No body ({@link Spec.body} of a route that reads none).
 *
 * @since 0.3.0
 * @category checks
 */
export const noBody: V.Check<undefined> = () => undefined

/**
 * A multipart form its handler reads ({@link Spec.body} of such a route).
 *
 * @since 0.3.0
 * @category checks
 */
export const formBody: V.Check<undefined> = () => undefined

/**
 * A route's declaration: checks of its path parameters and query (models over the strings), of
 * its JSON body ({@link noBody}, {@link formBody}: none read here), and its handler.
 *
 * @since 0.3.0
 * @category models
 */
export interface Spec<P, Q, B> {
  readonly name: string
  readonly method: ResourceRoute["method"]
  readonly path: `/${string}`
  readonly group: ResourceRoute["group"]
  readonly params: V.Check<P>
  readonly query: V.Check<Q>
  readonly body: V.Check<B>
  readonly handler: (store: Store, request: Request<P, Q, B>) => Answer
}

const strings = (entries: Iterable<readonly [string, string]>) => new PythonJson.Dict(new Map(entries))

/**
 * The query as Starlette reads it for single-valued parameters: the last value of a name.
 *
 * @since 0.3.0
 * @category parsing
 */
export const queryDict = (query: string): PythonJson.Dict => strings(new URLSearchParams(query))

/**
 * Declares a route.
 *
 * @since 0.3.0
 * @category constructors
 */
export const route = <P, Q, B>(spec: Spec<P, Q, B>): ResourceRoute => ({
  name: spec.name,
  method: spec.method,
  path: spec.path,
  group: spec.group,
  answer: (store, ctx, incoming, params) => {
    let body: PythonJson.Value | undefined
    let unencodable: ReadonlySet<string> = new Set()
    const issues: Array<V.Issue> = []
    const json = spec.body !== noBody && spec.body !== formBody
    if (json) {
      const read = FastApi.readBody(incoming.bytes, header(incoming.headers, "content-type"))
      if (read._tag !== "Ok") return FastApi.bodyFailure(read)
      if (read.body._tag === "Json") {
        body = read.body.value
        unencodable = read.body.unencodable
      } else if (read.body._tag === "Bytes") {
        // not JSON: pydantic sees the text (FastAPI answers 500 when it is not UTF-8)
        const text = decodeStrict(read.body.bytes)
        if (text === undefined) return FastApi.internalServerError
        body = text
      }
    }
    const identity = caller(ctx, incoming)
    if (identity === undefined) return unauthorized(ctx)
    const p = spec.params(strings(Object.entries(params)), V.at(undefined, "path"), issues)
    const q = spec.query(queryDict(incoming.query), V.at(undefined, "query"), issues)
    const b = !json
      ? spec.body(null, undefined, issues)
      : body === undefined
      ? V.fail(issues, V.at(undefined, "body"), "missing", "Field required", null)
      : typeof body === "string"
      ? V.fail(
        issues,
        V.at(undefined, "body"),
        "model_attributes_type",
        "Input should be a valid dictionary or object to extract fields from",
        body
      )
      : spec.body(body, V.at(undefined, "body"), issues)
    if (issues.length > 0 || p instanceof V.Invalid || q instanceof V.Invalid || b instanceof V.Invalid) {
      return V.unprocessable(issues, unencodable)
    }
    const user: User = { id: State.userIdOf(identity.subject), email: identity.email }
    return spec.handler(store, { params: p, query: q, body: b, raw: body ?? null, user, now: ctx.now(), incoming })
  }
})

const decodeStrict = (bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/**
 * No query parameters.
 *
 * @since 0.3.0
 * @category checks
 */
export const noQuery = V.model({})

/**
 * A JSON answer.
 *
 * @since 0.3.0
 * @category answers
 */
export const ok = (body: unknown): Answer => FastApi.json(200, body)

/**
 * FastAPI's `HTTPException` answer: `{"detail": …}` with the status.
 *
 * @since 0.3.0
 * @category answers
 */
export const detail = (status: number, text: string): Answer => FastApi.json(status, { detail: text })

/**
 * 204, no body.
 *
 * @since 0.3.0
 * @category answers
 */
export const noContent: Answer = { status: 204, body: "", headers: {} }

/**
 * The 507 of a creation a cap refused.
 *
 * @since 0.3.0
 * @category answers
 */
export const full = (what: string, cap: string, limit: number): Answer =>
  detail(507, `The embedded server keeps at most ${limit} ${what} (its \`${cap}\` limit).`)
