// Copied from core/src/server/openapi.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The embedded server's `/openapi.json`, declared once as data for both Effect lines, so both
 * serve the same bytes: the built-in routes' document (derived from `builtIns.ts`, with the
 * contract's JSON schemas as plain objects), and the routes of the user added to it, each line
 * rendering their Schemas with a {@link Renderer} of its own.
 *
 * The built-in document is the one the Effect 3 line's `OpenApi.fromApi` made of its `HttpApi`
 * declaration (0.x, 22,132 bytes): the same keys in the same order, including the `400`
 * (`HttpApiDecodeError`) answer that `HttpApi` adds to every endpoint.
 *
 * @since 0.3.0
 */
import { ssoProviders } from "../galileo.js"
import { authMethods, builtInPrefixes, builtIns, operationId, type SchemaName, userRoles } from "./builtIns.js"
import { passwordFormFields } from "./form.js"

/**
 * A JSON value.
 *
 * @since 0.3.0
 * @category models
 */
export type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [key: string]: Json }

/**
 * A JSON Schema (an object).
 *
 * @since 0.3.0
 * @category models
 */
export type JsonSchema = { readonly [key: string]: Json }

/**
 * An operation of the document.
 *
 * @since 0.3.0
 * @category models
 */
export interface Operation {
  readonly tags: ReadonlyArray<string>
  readonly operationId: string
  readonly parameters: ReadonlyArray<JsonSchema>
  readonly security: ReadonlyArray<{ readonly [scheme: string]: ReadonlyArray<string> }>
  readonly responses: {
    readonly [status: string]: {
      readonly description: string
      readonly content?: { readonly [mediaType: string]: { readonly schema: JsonSchema } }
    }
  }
  readonly requestBody?: {
    readonly content: { readonly [mediaType: string]: { readonly schema: JsonSchema } }
    readonly required: boolean
  }
}

/**
 * The OpenAPI names of HTTP methods, in the order a path item lists them.
 *
 * @since 0.3.0
 * @category constants
 */
export const methodNames = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const

/**
 * The OpenAPI name of an HTTP method.
 *
 * @since 0.3.0
 * @category models
 */
export type MethodName = typeof methodNames[number]

/**
 * A path item: an operation per method.
 *
 * @since 0.3.0
 * @category models
 */
export type PathItem = { [M in MethodName]?: Operation }

/**
 * The document (OpenAPI 3.1).
 *
 * @since 0.3.0
 * @category models
 */
export interface Document {
  readonly openapi: "3.1.0"
  readonly info: { readonly title: string; readonly version: string }
  readonly paths: Record<string, PathItem>
  readonly components: {
    readonly schemas: Record<string, JsonSchema>
    readonly securitySchemes: Record<string, JsonSchema>
  }
  readonly security: ReadonlyArray<JsonSchema>
  readonly tags: ReadonlyArray<{ readonly name: string }>
}

// ---------------------------------------------------------------------------------------------
// the contract's schemas
// ---------------------------------------------------------------------------------------------

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` })
const string: JsonSchema = { type: "string" }
const nullOr = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: "null" }] })
const literals = (values: ReadonlyArray<string>): JsonSchema => ({ type: "string", enum: [...values] })
const object = (
  required: ReadonlyArray<string>,
  properties: JsonSchema,
  annotations: JsonSchema = {}
): JsonSchema => ({ type: "object", required: [...required], properties, additionalProperties: false, ...annotations })
/** An object whose fields are all required, in their order. */
const struct = (properties: JsonSchema, annotations: JsonSchema = {}): JsonSchema =>
  object(Object.keys(properties), properties, annotations)
const titled = (title: string): JsonSchema => ({ title })

/**
 * `DetailMessage`: FastAPI's `{ detail: "..." }` (the 401 answers).
 *
 * @since 0.3.0
 * @category schemas
 */
export const DetailMessage: JsonSchema = struct({ detail: string }, titled("DetailMessage"))

/**
 * `HTTPValidationError`: FastAPI's 422 body.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HTTPValidationError: JsonSchema = object([], {
  detail: { type: "array", items: ref("ValidationError"), title: "Detail" }
}, titled("HTTPValidationError"))

/**
 * The form of `POST /login` (FastAPI's `OAuth2PasswordRequestForm`), from the core's
 * `passwordFormFields`, which the server validates the form with. Inline in the document.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PasswordLoginForm: JsonSchema = object(
  Object.entries(passwordFormFields).filter(([, need]) => need === "required").map(([name]) => name),
  Object.fromEntries(Object.keys(passwordFormFields).map((name) => [name, string])),
  titled("Body_login_email_v1_login_post")
)

const decodeError = "The request did not match the expected schema"

/**
 * The document's component schemas, in its order: the built-in routes' bodies and answers, and
 * what they refer to.
 *
 * @since 0.3.0
 * @category schemas
 */
export const components: { readonly [name: string]: JsonSchema } = {
  ApiKeyLoginRequest: struct({ api_key: { type: "string", title: "Api Key" } }, titled("ApiKeyLoginRequest")),
  Token: object(["access_token"], {
    access_token: { type: "string", title: "Access Token" },
    token_type: { type: "string", title: "Token Type", default: "bearer" }
  }, titled("Token")),
  HttpApiDecodeError: struct({
    issues: { type: "array", items: ref("Issue") },
    message: string,
    _tag: literals(["HttpApiDecodeError"])
  }, { description: decodeError }),
  Issue: struct({
    _tag: {
      ...literals([
        "Pointer",
        "Unexpected",
        "Missing",
        "Composite",
        "Refinement",
        "Transformation",
        "Type",
        "Forbidden"
      ]),
      description: "The tag identifying the type of parse issue"
    },
    path: {
      type: "array",
      items: ref("PropertyKey"),
      description: "The path to the property where the issue occurred"
    },
    message: { type: "string", description: "A descriptive message explaining the issue" }
  }, { description: "Represents an error encountered while parsing a value to match the schema" }),
  PropertyKey: {
    anyOf: [
      string,
      { type: "number" },
      struct({ _tag: literals(["symbol"]), key: string }, {
        description: "an object to be decoded into a globally shared symbol"
      })
    ]
  },
  ValidationError: struct({
    loc: { type: "array", items: { anyOf: [string, ref("Int")] }, title: "Location" },
    msg: { type: "string", title: "Message" },
    type: { type: "string", title: "Error Type" }
  }, titled("ValidationError")),
  Int: { type: "integer", description: "an integer", title: "int" },
  SocialLoginRequest: object(["provider"], {
    id_token: nullOr(string),
    access_token: nullOr(string),
    provider: literals(ssoProviders)
  }, titled("SocialLoginRequest")),
  GetTokenResponse: struct(
    { access_token: string, token_type: string, expires_at: string },
    titled("GetTokenResponse")
  ),
  HealthcheckResponse: struct({ api_version: string, message: string, version: string }, titled("HealthcheckResponse")),
  CurrentUserDB: struct({
    id: ref("UUID"),
    email: string,
    first_name: nullOr(string),
    last_name: nullOr(string),
    auth_method: literals(authMethods),
    role: literals(userRoles),
    email_is_verified: nullOr({ type: "boolean" }),
    organization_id: ref("UUID"),
    organization_name: string,
    created_at: string,
    updated_at: string,
    permissions: {
      type: "array",
      items: object(["action", "allowed"], { action: string, allowed: { type: "boolean" }, message: nullOr(string) })
    }
  }, titled("CurrentUserDB")),
  UUID: {
    type: "string",
    description: "a Universally Unique Identifier",
    format: "uuid",
    pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
  }
}

/** How each built-in schema appears where a route uses it: a reference, or inline (the form). */
const used: { readonly [name in SchemaName]: JsonSchema } = {
  ApiKeyLoginRequest: ref("ApiKeyLoginRequest"),
  Body_login_email_v1_login_post: PasswordLoginForm,
  SocialLoginRequest: ref("SocialLoginRequest"),
  Token: ref("Token"),
  GetTokenResponse: ref("GetTokenResponse"),
  HealthcheckResponse: ref("HealthcheckResponse"),
  CurrentUserDB: ref("CurrentUserDB")
}

const json = (schema: JsonSchema) => ({ "application/json": { schema } })

// ---------------------------------------------------------------------------------------------
// the built-in document
// ---------------------------------------------------------------------------------------------

/**
 * The built-in routes' document: each route under every one of `builtInPrefixes`, with FastAPI's
 * operation ids. A new copy each time.
 *
 * @since 0.3.0
 * @category api
 */
export const builtInDocument = (): Document => {
  const paths: Record<string, PathItem> = {}
  for (const route of builtIns) {
    const responses: Record<string, NonNullable<Operation["responses"][string]>> = {
      200: { description: route.success, content: json(used[route.success]) },
      400: { description: decodeError, content: json(ref("HttpApiDecodeError")) }
    }
    if (route.errors.includes(401)) responses[401] = { description: "Error", content: json(DetailMessage) }
    if (route.errors.includes(422)) responses[422] = { description: "Error", content: json(HTTPValidationError) }
    for (const prefix of builtInPrefixes) {
      const path = `${prefix}${route.path}`
      const operation: Operation = {
        tags: [route.group],
        operationId: operationId(route, path),
        parameters: [],
        security: [],
        responses,
        ...(route.body === undefined
          ? {}
          : {
            requestBody: { content: { [route.body.mediaType]: { schema: used[route.body.schema] } }, required: true }
          })
      }
      paths[path] = route.method === "GET" ? { get: operation } : { post: operation }
    }
  }
  return structuredClone({
    openapi: "3.1.0",
    info: { title: "Api", version: "0.0.1" },
    paths,
    components: { schemas: { ...components }, securitySchemes: {} },
    security: [],
    tags: [...new Set(builtIns.map((route) => route.group))].map((name) => ({ name }))
  })
}

let builtInText: string | undefined

/**
 * `/openapi.json`'s body without routes of the user (made once).
 *
 * @since 0.3.0
 * @category api
 */
export const builtInJson = (): string => {
  if (builtInText === undefined) builtInText = JSON.stringify(builtInDocument())
  return builtInText
}

// ---------------------------------------------------------------------------------------------
// routes of the user
// ---------------------------------------------------------------------------------------------

/**
 * What the document says of a route of the user (`S`: a line's Schema type).
 *
 * @since 0.3.0
 * @category models
 */
export interface RouteDoc<S> {
  readonly method: string
  readonly path: string
  readonly public?: boolean | undefined
  readonly requestSchema?: S | undefined
  readonly responseSchema?: S | undefined
}

/**
 * How a line renders its Schemas for one document: `render` gives a schema's JSON Schema (with
 * `#/components/schemas/` references), `definitions` every named schema rendered so far, in order.
 *
 * @since 0.3.0
 * @category models
 */
export interface Renderer<S> {
  readonly render: (schema: S) => JsonSchema
  readonly definitions: () => ReadonlyArray<readonly [string, JsonSchema]>
}

const versioned = /^\/v\d+\//

/**
 * The paths a route of the user is served at: as given when it starts with a version, else under
 * `/v1` and without it.
 *
 * @since 0.3.0
 * @category utils
 */
export const servedPaths = (path: string): ReadonlyArray<string> => versioned.test(path) ? [path] : [`/v1${path}`, path]

/**
 * The scheme routes of the user that are not public declare: a bearer token.
 *
 * @since 0.3.0
 * @category constants
 */
export const bearerScheme = "bearer"

/**
 * The OpenAPI name of an HTTP method, `undefined` for one a path item cannot hold.
 *
 * @since 0.3.0
 * @category utils
 */
export const methodName = (method: string): MethodName | undefined =>
  methodNames.find((m) => m === method.toLowerCase())

const pathParameters = (path: string): Array<JsonSchema> =>
  Array.from(path.matchAll(/\{([^/{}]+)\}/g), (m) => ({
    name: m[1] ?? "",
    in: "path",
    schema: string,
    required: true
  }))

/**
 * A route of the user as an operation: its path parameters, the request body of its
 * `requestSchema` (and the 422 a body that does not decode gets), the 200 body of its
 * `responseSchema`, and the bearer token (and 401) unless it is public. Named schemas go to
 * `schemas` (a component already there stays).
 *
 * @since 0.3.0
 * @category api
 */
export const routeOperation = <S>(
  route: RouteDoc<S>,
  path: string,
  method: MethodName,
  renderer: Renderer<S>,
  schemas: Record<string, JsonSchema>
): Operation => {
  const define = (name: string, schema: JsonSchema) => {
    if (!Object.hasOwn(schemas, name)) schemas[name] = schema
  }
  const render = (schema: S): JsonSchema => {
    const rendered = renderer.render(schema)
    for (const [name, definition] of renderer.definitions()) define(name, definition)
    return rendered
  }
  const responses: Record<string, NonNullable<Operation["responses"][string]>> = {
    200: route.responseSchema === undefined
      ? { description: "Successful Response" }
      : { description: "Successful Response", content: json(render(route.responseSchema)) }
  }
  if (route.public !== true) {
    define("DetailMessage", DetailMessage)
    responses[401] = { description: "Not authenticated", content: json(ref("DetailMessage")) }
  }
  if (route.requestSchema !== undefined) {
    define("HTTPValidationError", HTTPValidationError)
    responses[422] = { description: "Validation Error", content: json(ref("HTTPValidationError")) }
  }
  return {
    tags: ["routes"],
    operationId: `routes.${method}${path.replace(/\W/g, "_")}`,
    parameters: pathParameters(path),
    security: route.public === true ? [] : [{ [bearerScheme]: [] }],
    responses,
    ...(route.requestSchema === undefined ? {} : {
      requestBody: { content: json(render(route.requestSchema)), required: true }
    })
  }
}

/**
 * The built-in document with the routes of the user added (a route whose method and path an
 * earlier one has is left out, as the router never reaches it; so are methods OpenAPI cannot
 * name).
 *
 * @since 0.3.0
 * @category api
 */
export const documentWith = <S>(routes: ReadonlyArray<RouteDoc<S>>, renderer: Renderer<S>): Document => {
  const document = builtInDocument()
  for (const route of routes) {
    const method = methodName(route.method)
    if (method === undefined) continue
    for (const path of servedPaths(route.path)) {
      const item: PathItem = document.paths[path] ?? {}
      if (item[method] !== undefined) continue
      item[method] = routeOperation(route, path, method, renderer, document.components.schemas)
      document.paths[path] = item
    }
  }
  if (routes.some((r) => r.public !== true)) {
    document.components.securitySchemes[bearerScheme] = { type: "http", scheme: "bearer", bearerFormat: "JWT" }
  }
  return document
}

const withRoutes = new WeakMap<ReadonlyArray<unknown>, string>()

/**
 * `/openapi.json`'s body: the built-in document and the routes of the user, made on first use
 * (once for the built-in document, once per set of routes); `renderer` is only called then.
 *
 * @since 0.3.0
 * @category api
 */
export const documentJson = <S>(routes: ReadonlyArray<RouteDoc<S>>, renderer: () => Renderer<S>): string => {
  if (routes.length === 0) return builtInJson()
  const cached = withRoutes.get(routes)
  if (cached !== undefined) return cached
  const text = JSON.stringify(documentWith(routes, renderer()))
  withRoutes.set(routes, text)
  return text
}

/**
 * A value as JSON: a copy of the plain objects, arrays, strings, finite numbers, booleans and
 * nulls it is made of (keys whose value is `undefined` left out, as `JSON.stringify` does); throws
 * on anything else (a line's rendered JSON Schema is only ever these).
 *
 * @since 0.3.0
 * @category utils
 */
export const toJson = (value: unknown): Json => {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value
  if (typeof value === "number" && Number.isFinite(value)) return value
  if (Array.isArray(value)) return value.map(toJson)
  if (typeof value === "object") {
    const out: Record<string, Json> = {}
    for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = toJson(v)
    return out
  }
  throw new TypeError(`not JSON: ${typeof value}`)
}

/**
 * A rendered JSON Schema as the document holds it (an object, see {@link toJson}).
 *
 * @since 0.3.0
 * @category utils
 */
export const toJsonSchema = (value: unknown): JsonSchema => {
  const json = toJson(value)
  if (isJsonSchema(json)) return json
  throw new TypeError("not a JSON Schema")
}

const isJsonSchema = (json: Json): json is JsonSchema =>
  typeof json === "object" && json !== null && !Array.isArray(json)
