/**
 * The embedded server's `/openapi.json`. The document is declared once, as data, in the
 * Effect-free core (`core/server/openapi.ts`), so both Effect lines serve the same bytes; this
 * module adds the routes of the user to it (rendering their Schemas with `@effect/platform`'s
 * `OpenApiJsonSchema`) and declares the built-in routes as an `HttpApi` too ({@link GalileoApi},
 * from the same table, with the contract's Schemas): the tests check that its
 * `OpenApi.fromApi` document is the served one, byte for byte.
 *
 * @since 0.2.0
 */
import * as HttpApi from "@effect/platform/HttpApi"
import type * as HttpApiEndpoint from "@effect/platform/HttpApiEndpoint"
import * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import * as OpenApi from "@effect/platform/OpenApi"
import * as OpenApiJsonSchema from "@effect/platform/OpenApiJsonSchema"
import type * as Schema from "effect/Schema"
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

type Group = HttpApiGroup.HttpApiGroup<string, HttpApiEndpoint.HttpApiEndpoint.Any, never, never, boolean>

const group = (id: BuiltIn["group"]): Group =>
  builtIns.reduce<Group>(
    (g, route) => route.group === id ? g.add(endpoint(route)) : g,
    HttpApiGroup.make(id)
  )

/**
 * The whole built-in API as an `HttpApi`, derived from the core's table: the `auth` group (the
 * logins, the refresh and `GET /token`), then the `system` group (`GET /healthcheck`,
 * `GET /current_user`), each endpoint without a prefix and named as FastAPI's function.
 *
 * @since 0.2.0
 * @category api
 */
export const GalileoApi = HttpApi.make("galileo").add(group("auth")).add(group("system"))

const methodNames: ReadonlyArray<OpenApi.OpenAPISpecMethodName> = Core.methodNames

/**
 * {@link GalileoApi}'s own document (`OpenApi.fromApi`), each path under every prefix with
 * FastAPI's operation ids: what the served document ({@link builtInSpec}) must be. A new copy
 * each time.
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

/** Renders the Schemas of routes of the user for one document, their named parts collected. */
const renderer = (): Core.Renderer<Schema.Schema.AnyNoContext> => {
  const defs: Record<string, OpenApiJsonSchema.JsonSchema> = {}
  return {
    render: (schema) => Core.toJsonSchema(OpenApiJsonSchema.makeWithDefs(schema, { defs })),
    definitions: () => Object.entries(defs).map(([name, def]) => [name, Core.toJsonSchema(def)])
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
