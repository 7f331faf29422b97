/**
 * The routes of the user: {@link route} builds a typed one; {@link userRoute} answers a request
 * to one as FastAPI would (body read and validated, bearer token required unless public), then
 * runs its handler as an Effect.
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import type * as Http from "node:http"
import { unauthorized } from "../core/server/auth.js"
import * as FastApi from "../core/server/fastApi.js"
import { type Answer, type Ctx, header, type Incoming, utf8 } from "../core/server/http.js"
import { redacted, redactedHeaders } from "../core/server/log.js"
import * as PythonRender from "../core/server/pythonRender.js"
import type { PlainRoute, Route, RouteRequest, RouteResponse, TypedRoute } from "../testing/GalileoServer.js"
import * as SchemaBody from "./schemaBody.js"

/**
 * Builds a {@link Route} whose handler gets the body as its `requestSchema`'s type.
 *
 * @since 0.2.0
 * @category constructors
 */
export const route = <A, I, B, BI>(spec: TypedRoute<A, I, B, BI> | PlainRoute<B, BI>): Route => {
  const common = { method: spec.method, path: spec.path, public: spec.public, responseSchema: spec.responseSchema }
  if (spec.requestSchema === undefined) return { ...common, handler: spec.handler }
  const { handler, requestSchema } = spec
  const validate = Schema.decodeUnknownEffect(Schema.toType(requestSchema))
  return {
    ...common,
    requestSchema,
    handler: (request) => Effect.flatMap(Effect.orDie(validate(request.body)), (body) => handler({ ...request, body }))
  }
}

const routeHeaders = (headers: Http.IncomingHttpHeaders): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue
    out[name] = redactedHeaders.has(name)
      ? redacted
      : Array.isArray(value)
      ? value.join(", ")
      : value
  }
  return out
}

/**
 * The answer to a request to a route of the user: at once when the body or the token is refused,
 * else the Effect of its handler.
 *
 * @since 0.2.0
 * @category handlers
 */
export const userRoute = (
  ctx: Ctx,
  spec: Route,
  incoming: Incoming,
  params: Readonly<Record<string, string>>
): Answer | Effect.Effect<Answer, unknown> => {
  const read = FastApi.readBody(incoming.bytes, header(incoming.headers, "content-type"))
  if (read._tag !== "Ok") return FastApi.bodyFailure(read)
  if (spec.public !== true && incoming.bearer === undefined) return unauthorized(ctx)
  const raw: unknown = read.body._tag === "Json"
    ? PythonRender.toJs(read.body.value)
    : read.body._tag === "Bytes"
    ? utf8.decode(read.body.bytes)
    : undefined
  let body = raw
  if (spec.requestSchema !== undefined) {
    const decoded = SchemaBody.decodeWith(spec.requestSchema, raw, read.body._tag === "None")
    if (Result.isFailure(decoded)) {
      return FastApi.unprocessable(
        read.body._tag === "None"
          ? [{ type: "missing", loc: ["body"], msg: "Field required", input: null }]
          : SchemaBody.schemaErrors(decoded.failure, raw)
      )
    }
    body = decoded.success
  }
  const request: RouteRequest = {
    method: incoming.method,
    path: incoming.path,
    params,
    query: Object.fromEntries(new URLSearchParams(incoming.query)),
    headers: routeHeaders(incoming.headers),
    body,
    subject: Option.fromNullishOr(incoming.bearer?.sub)
  }
  return Effect.gen(function*() {
    const response: RouteResponse = yield* spec.handler(request)
    const encoded = response.body === undefined || spec.responseSchema === undefined || response.status < 200 ||
        response.status > 299
      ? response.body
      : yield* SchemaBody.encodeWith(spec.responseSchema)(response.body)
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
