/**
 * The embedded server's API, declared with `@effect/platform`'s `HttpApi` from the very Schemas
 * the client decodes with. Only used to generate `/openapi.json` (once per set of routes, the
 * routes of the user added), so it can be compared with Galileo's contract; requests are routed
 * by the server itself.
 *
 * @since 0.2.0
 */
import * as HttpApi from "@effect/platform/HttpApi"
import * as HttpApiEndpoint from "@effect/platform/HttpApiEndpoint"
import * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import * as OpenApi from "@effect/platform/OpenApi"
import * as OpenApiJsonSchema from "@effect/platform/OpenApiJsonSchema"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Contract from "../Contract.js"
import { loginPaths, ssoProviders } from "../core/galileo.js"
import type { Route } from "../testing/GalileoServer.js"

/**
 * The OAuth2 password form of `POST /login` (FastAPI's `OAuth2PasswordRequestForm`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const PasswordLoginForm = Schema.Struct({
  grant_type: Schema.optional(Schema.String),
  username: Schema.String,
  password: Schema.String,
  scope: Schema.optional(Schema.String),
  client_id: Schema.optional(Schema.String),
  client_secret: Schema.optional(Schema.String)
}).annotations({
  identifier: "Body_login_email_v1_login_post",
  title: "Body_login_email_v1_login_post"
}).pipe(HttpApiSchema.withEncoding({ kind: "UrlParams" }))

/**
 * The body of `POST /login/social`: the provider, and an ID token or an access token.
 *
 * @since 0.2.0
 * @category schemas
 */
export const SocialLoginRequest = Schema.Struct({
  id_token: Schema.optional(Schema.NullOr(Schema.String)),
  access_token: Schema.optional(Schema.NullOr(Schema.String)),
  provider: Contract.SsoProvider
}).annotations({ identifier: "SocialLoginRequest", title: "SocialLoginRequest" })

/**
 * Galileo's `CurrentUserDB`, as `GET /current_user` answers it.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CurrentUserDB = Schema.Struct({
  id: Schema.UUID,
  email: Schema.String,
  first_name: Schema.NullOr(Schema.String),
  last_name: Schema.NullOr(Schema.String),
  auth_method: Schema.Literal("email", ...ssoProviders, "saml", "invite"),
  role: Schema.Literal("admin", "manager", "user", "read_only"),
  email_is_verified: Schema.NullOr(Schema.Boolean),
  organization_id: Schema.UUID,
  organization_name: Schema.String,
  created_at: Schema.String,
  updated_at: Schema.String,
  permissions: Schema.Array(Schema.Struct({
    action: Schema.String,
    allowed: Schema.Boolean,
    message: Schema.optional(Schema.NullOr(Schema.String))
  }))
}).annotations({ identifier: "CurrentUserDB", title: "CurrentUserDB" })

/**
 * Galileo's `GetTokenResponse`, as `GET /token` answers it.
 *
 * @since 0.3.0
 * @category schemas
 */
export const GetTokenResponse = Schema.Struct({
  access_token: Schema.String,
  token_type: Schema.String,
  expires_at: Schema.String
}).annotations({ identifier: "GetTokenResponse", title: "GetTokenResponse" })

/**
 * The prefixes every built-in route is served under: `/v1`, `/v2` (Galileo's current reference)
 * and none (as the official SDKs call some of them).
 *
 * @since 0.3.0
 * @category constants
 */
export const builtInPrefixes: ReadonlyArray<"/v1" | "/v2" | ""> = ["/v1", "/v2", ""]

const auth = <const Name extends string>(name: Name, path: `/${string}`) =>
  HttpApiEndpoint.post(name, path)
    .addSuccess(Contract.Token)
    .addError(Contract.HTTPValidationError, { status: 422 })
    .addError(Contract.DetailMessage, { status: 401 })

const authenticated = <const Name extends string>(name: Name, path: `/${string}`) =>
  HttpApiEndpoint.get(name, path).addError(Contract.DetailMessage, { status: 401 })

/**
 * The logins, the refresh and `GET /token`, declared once without a prefix (the document serves
 * each under every one of {@link builtInPrefixes}). Endpoints are named as FastAPI's functions.
 *
 * @since 0.2.0
 * @category api
 */
export class AuthGroup extends HttpApiGroup.make("auth")
  .add(auth("login_api_key", loginPaths.ApiKey).setPayload(Contract.ApiKeyLoginRequest))
  .add(auth("login_email", loginPaths.Password).setPayload(PasswordLoginForm))
  .add(auth("login_social", loginPaths.Sso).setPayload(SocialLoginRequest))
  .add(auth("refresh_token", loginPaths.refresh))
  .add(authenticated("get_token", "/token").addSuccess(GetTokenResponse))
{}

/**
 * `GET /healthcheck` and `GET /current_user`, declared once without a prefix.
 *
 * @since 0.2.0
 * @category api
 */
export class SystemGroup extends HttpApiGroup.make("system")
  .add(HttpApiEndpoint.get("healthcheck", "/healthcheck").addSuccess(Contract.Healthcheck))
  .add(authenticated("current_user", "/current_user").addSuccess(CurrentUserDB))
{}

/**
 * The whole built-in API.
 *
 * @since 0.2.0
 * @category api
 */
export class GalileoApi extends HttpApi.make("galileo").add(AuthGroup).add(SystemGroup) {}

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
  Option.fromNullable(methodNames.find((m) => m === method.toLowerCase()))

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
