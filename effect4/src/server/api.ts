/**
 * The embedded server's API as `@effect/platform`'s `HttpApi`, derived from the one declaration
 * of the built-in routes (`builtIns.ts`, which the router is derived from too). Only used to
 * generate `/openapi.json` (once per set of routes, the routes of the user added), so it can be
 * compared with Galileo's contract; requests are routed by the server itself.
 *
 * @since 0.2.0
 */
import * as HttpApi from "effect/http-api/HttpApi"
import type * as HttpApiEndpoint from "effect/http-api/HttpApiEndpoint"
import * as HttpApiGroup from "effect/http-api/HttpApiGroup"
import * as OpenApi from "effect/http-api/OpenApi"
import * as OpenApiJsonSchema from "effect/http/OpenApiJsonSchema"
import * as Option from "effect/Option"
import type * as Schema from "effect/Schema"
import * as Contract from "../Contract.js"
import type { Route } from "../testing/GalileoServer.js"
import { type BuiltIn, builtIns } from "./builtIns.js"

/**
 * The schemas of the built-in routes (declared with them in `builtIns.ts`).
 *
 * @since 0.2.0
 * @category schemas
 */
export { CurrentUserDB, GetTokenResponse, PasswordLoginForm, SocialLoginRequest } from "./builtIns.js"

/**
 * The prefixes every built-in route is served under: `/v1`, `/v2` (Galileo's current reference)
 * and none (as the official SDKs call some of them).
 *
 * @since 0.3.0
 * @category constants
 */
export const builtInPrefixes: ReadonlyArray<"/v1" | "/v2" | ""> = ["/v1", "/v2", ""]

type Group = HttpApiGroup.HttpApiGroup<string, HttpApiEndpoint.HttpApiEndpoint.Any, never, never, boolean>

const group = (id: BuiltIn["group"]): Group =>
  builtIns.reduce<Group>(
    (g, route) => route.group === id ? g.add(route.endpoint) : g,
    HttpApiGroup.make(id)
  )

/**
 * The whole built-in API, derived from {@link builtIns}: the `auth` group (the logins, the
 * refresh and `GET /token`), then the `system` group (`GET /healthcheck`, `GET /current_user`),
 * each endpoint without a prefix (the document serves each under every one of
 * {@link builtInPrefixes}) and named as FastAPI's function.
 *
 * @since 0.2.0
 * @category api
 */
export const GalileoApi = HttpApi.make("galileo").add(group("auth")).add(group("system"))

/**
 * The built-in API's document: each path of the declaration under every one of
 * {@link builtInPrefixes}, with FastAPI's operation ids (`login_api_key_v2_login_api_key_post`).
 * A new copy each time.
 *
 * @since 0.3.0
 * @category api
 */
export const builtInSpec = (): OpenApi.OpenAPISpec => {
  // `fromApi` memoizes its document: this one is changed, so a copy
  const declared: OpenApi.OpenAPISpec = structuredClone(OpenApi.fromApi(GalileoApi))
  const paths: OpenApi.OpenAPISpecPaths = {}
  for (const [path, item] of Object.entries(declared.paths)) {
    for (const prefix of builtInPrefixes) {
      const served: OpenApi.OpenAPISpecPathItem = structuredClone(item)
      for (const method of methodNames) {
        const operation = served[method]
        if (operation === undefined) continue
        const name = operation.operationId.replace(/^\w+\./, "")
        served[method] = { ...operation, operationId: `${name}${`${prefix}${path}`.replace(/\W/g, "_")}_${method}` }
      }
      paths[`${prefix}${path}`] = served
    }
  }
  return { ...declared, paths }
}

let openApiText: string | undefined

const builtInOpenApi = (): string => {
  if (openApiText === undefined) openApiText = JSON.stringify(builtInSpec())
  return openApiText
}

const methodNames: ReadonlyArray<OpenApi.OpenAPISpecMethodName> = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace"
]

/** The OpenAPI name of an HTTP method, `None` for one a path item cannot hold. */
const methodName = (method: string): Option.Option<OpenApi.OpenAPISpecMethodName> =>
  Option.fromNullishOr(methodNames.find((m) => m === method.toLowerCase()))

const versioned = /^\/v\d+\//

/**
 * The paths a route of the user is served at: as given when it starts with a version, else under
 * `/v1` and without it.
 *
 * @since 0.2.0
 * @category utils
 */
export const servedPaths = (path: string): ReadonlyArray<string> => versioned.test(path) ? [path] : [`/v1${path}`, path]

const pathParameters = (path: string): Array<OpenApi.OpenAPISpecParameter> =>
  Array.from(path.matchAll(/\{([^/{}]+)\}/g), (m) => ({
    name: m[1] ?? "",
    in: "path",
    schema: { type: "string" },
    required: true
  }))

const json = (schema: OpenApiJsonSchema.JsonSchema): OpenApi.OpenApiSpecContent => ({
  "application/json": { schema }
})

/**
 * The scheme routes of the user that are not public declare: a bearer token.
 *
 * @since 0.2.0
 * @category constants
 */
export const bearerScheme = "bearer"

/**
 * A route of the user as an OpenAPI operation: its path parameters, the request body of its
 * `requestSchema` (and the 422 a body that does not decode gets), the 200 body of its
 * `responseSchema`, and the bearer token (and 401) unless it is public. Schemas with an
 * identifier go to `defs`.
 *
 * @since 0.2.0
 * @category api
 */
export const routeOperation = (
  route: Route,
  path: string,
  method: OpenApi.OpenAPISpecMethodName,
  defs: Record<string, OpenApiJsonSchema.JsonSchema>
): OpenApi.OpenAPISpecOperation => {
  const schema = (s: Schema.Schema.AnyNoContext) => OpenApiJsonSchema.makeWithDefs(s, { defs })
  const ok: OpenApi.OpenApiSpecResponse = route.responseSchema === undefined
    ? { description: "Successful Response" }
    : { description: "Successful Response", content: json(schema(route.responseSchema)) }
  const responses: OpenApi.OpenAPISpecResponses = { 200: ok }
  if (route.public !== true) {
    responses[401] = { description: "Not authenticated", content: json(schema(Contract.DetailMessage)) }
  }
  if (route.requestSchema !== undefined) {
    responses[422] = { description: "Validation Error", content: json(schema(Contract.HTTPValidationError)) }
  }
  return {
    tags: ["routes"],
    operationId: `routes.${method}${path.replace(/\W/g, "_")}`,
    parameters: pathParameters(path),
    security: route.public === true ? [] : [{ [bearerScheme]: [] }],
    responses,
    ...(route.requestSchema === undefined ? {} : {
      requestBody: { content: json(schema(route.requestSchema)), required: true }
    })
  }
}

/**
 * The OpenAPI document of the built-in API with the routes of the user added (a route whose
 * method and path an earlier one has is left out, as the router never reaches it; so are methods
 * OpenAPI cannot name).
 *
 * @since 0.2.0
 * @category api
 */
export const openApiWith = (routes: ReadonlyArray<Route>): OpenApi.OpenAPISpec => {
  const spec = builtInSpec()
  for (const route of routes) {
    const method = methodName(route.method)
    if (Option.isNone(method)) continue
    for (const path of servedPaths(route.path)) {
      const item: OpenApi.OpenAPISpecPathItem = spec.paths[path] ?? {}
      if (item[method.value] !== undefined) continue
      item[method.value] = routeOperation(route, path, method.value, spec.components.schemas)
      spec.paths[path] = item
    }
  }
  if (routes.some((r) => r.public !== true)) {
    spec.components.securitySchemes[bearerScheme] = { type: "http", scheme: "bearer", bearerFormat: "JWT" }
  }
  return spec
}

const withRoutes = new WeakMap<ReadonlyArray<Route>, string>()

/**
 * `/openapi.json`'s body: the built-in API and the routes of the user, generated on first use
 * (once for the built-in API, once per set of routes).
 *
 * @since 0.2.0
 * @category api
 */
export const openApiJson = (routes: ReadonlyArray<Route> = []): string => {
  if (routes.length === 0) return builtInOpenApi()
  const cached = withRoutes.get(routes)
  if (cached !== undefined) return cached
  const text = JSON.stringify(openApiWith(routes))
  withRoutes.set(routes, text)
  return text
}
