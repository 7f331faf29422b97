/**
 * The embedded server's `/openapi.json`. The document is declared once, as data, in the
 * Effect-free core (`core/server/openapi.ts`), so both Effect lines serve the same bytes; this
 * module adds the routes of the user to it (rendering their Schemas with `Schema.toJsonSchemaDocument`
 * as `OpenApi` does) and declares the built-in routes as an `HttpApi` too ({@link GalileoApi},
 * from the same table, with the contract's Schemas): the tests check that its
 * `OpenApi.fromApi` document agrees with the served one (the same operations, bodies and answers,
 * in shape). Effect 4's `OpenApi` renders it differently from Effect 3's, so it is not served: no
 * `400` answers, `Schema.optional` fields as `S | null`, other key order, schemas inline or not.
 *
 * @since 0.2.0
 */
import * as HttpApi from "effect/http-api/HttpApi"
import * as HttpApiGroup from "effect/http-api/HttpApiGroup"
import * as OpenApi from "effect/http-api/OpenApi"
import * as JsonSchema from "effect/JsonSchema"
import * as Schema from "effect/Schema"
import { builtInPrefixes } from "../core/server/builtIns.js"
import * as Core from "../core/server/openapi.js"
import type { Route } from "../testing/GalileoServer.js"
import { type BuiltIn, builtIns, endpoint } from "./builtIns.js"

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
export { builtInPrefixes }

/**
 * The paths a route of the user is served at (as given when it starts with a version, else under
 * `/v1` and without it), and the scheme routes of the user that are not public declare.
 *
 * @since 0.2.0
 * @category utils
 */
export { bearerScheme, servedPaths } from "../core/server/openapi.js"

const group = <const Id extends BuiltIn["group"]>(id: Id) => {
  const [first, ...rest] = builtIns.filter((route) => route.group === id).map(endpoint)
  if (first === undefined) throw new Error(`no built-in route in the group ${id}`)
  return HttpApiGroup.make(id).add(first, ...rest)
}

/**
 * The whole built-in API as an `HttpApi`, derived from the core's table: the `auth` group (the
 * logins, the refresh and `GET /token`), then the `system` group (`GET /healthcheck`,
 * `GET /current_user`), each endpoint without a prefix and named as FastAPI's function.
 *
 * @since 0.2.0
 * @category api
 */
export const GalileoApi = HttpApi.make("galileo").add(group("auth"), group("system"))

const methodNames: ReadonlyArray<OpenApi.OpenAPISpecMethodName> = Core.methodNames

/**
 * {@link GalileoApi}'s own document (`OpenApi.fromApi`), each path under every prefix with
 * FastAPI's operation ids: what the served document ({@link builtInSpec}) must agree with. A new
 * copy each time.
 *
 * @since 0.3.0
 * @category api
 */
export const httpApiSpec = (): OpenApi.OpenAPISpec => {
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

/**
 * The built-in routes' document, as served: the core's. A new copy each time.
 *
 * @since 0.3.0
 * @category api
 */
export const builtInSpec: () => Core.Document = Core.builtInDocument

const isList = (json: Core.Json): json is ReadonlyArray<Core.Json> => Array.isArray(json)

/**
 * An object schema's keys in the order Effect 3 writes them (`type`, `required`, `properties`,
 * ...; Effect 4 writes `properties` first), so both lines render a route's Schema alike.
 */
const requiredFirst = (json: Core.Json): Core.Json => {
  if (typeof json !== "object" || json === null) return json
  if (isList(json)) return json.map(requiredFirst)
  const entries = Object.entries(json).map(([key, value]) => [key, requiredFirst(value)] as const)
  const required = entries.find(([key]) => key === "required")
  if (json["type"] !== "object" || required === undefined) return Object.fromEntries(entries)
  return Object.fromEntries(
    entries.flatMap((entry) => entry[0] === "required" ? [] : entry[0] === "properties" ? [required, entry] : [entry])
  )
}

const rendered = (schema: unknown): Core.JsonSchema => Core.toJsonSchema(requiredFirst(Core.toJson(schema)))

/**
 * Renders the Schemas of routes of the user for one document as `OpenApi.fromApi` does (the JSON
 * codec's JSON Schema, excess properties refused, references to `#/components/schemas/`), keys in
 * Effect 3's order, their named parts collected.
 */
const renderer = (): Core.Renderer<Schema.Top> => {
  const defs = new Map<string, Core.JsonSchema>()
  return {
    render: (schema) => {
      const document = Schema.toJsonSchemaDocument(schema, { onExcessProperty: "error" })
      const openApi = JsonSchema.toMultiDocumentOpenApi3_1({
        dialect: document.dialect,
        schemas: [document.schema],
        definitions: document.definitions
      })
      for (const [name, definition] of Object.entries(openApi.definitions)) {
        if (!defs.has(name)) defs.set(name, rendered(definition))
      }
      return rendered(openApi.schemas[0])
    },
    definitions: () => [...defs]
  }
}

/**
 * The built-in document with the routes of the user added (a route whose method and path an
 * earlier one has is left out, as the router never reaches it; so are methods OpenAPI cannot
 * name).
 *
 * @since 0.2.0
 * @category api
 */
export const openApiWith = (routes: ReadonlyArray<Route>): Core.Document => Core.documentWith(routes, renderer())

/**
 * `/openapi.json`'s body: the built-in document and the routes of the user, made on first use
 * (once for the built-in document, once per set of routes).
 *
 * @since 0.2.0
 * @category api
 */
export const openApiJson = (routes: ReadonlyArray<Route> = []): string => Core.documentJson(routes, renderer)
