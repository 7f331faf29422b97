/**
 * The embedded server's built-in routes as Effect sees them: the table itself is declared once in
 * the Effect-free core (`core/server/builtIns.ts`: method, path, name, group, handler, and what
 * the document says of each), which the router (`dispatch.ts`) and the served `/openapi.json`
 * (`core/server/openapi.ts`) are derived from. Here: the Schemas of its bodies and answers (the
 * very ones the client decodes with) and each route as an `HttpApiEndpoint`, from which `api.ts`
 * declares the `HttpApi` that the tests check the served document against.
 *
 * @since 0.3.0
 */
import * as HttpApiEndpoint from "@effect/platform/HttpApiEndpoint"
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import type * as Effect from "effect/Effect"
import * as Record from "effect/Record"
import * as Schema from "effect/Schema"
import * as Contract from "../Contract.js"
import { authMethods, type BuiltIn, type SchemaName, userRoles } from "../core/server/builtIns.js"
import { passwordFormFields } from "../core/server/form.js"
import type { Answer, Ctx, Incoming } from "../core/server/http.js"

/**
 * The built-in routes, declared in the core.
 *
 * @since 0.3.0
 * @category constants
 */
export { type BuiltIn, builtIns } from "../core/server/builtIns.js"

/**
 * What a route leads to: an answer at once, or an Effect of one.
 *
 * @since 0.2.0
 * @category models
 */
export type Target = (
  ctx: Ctx,
  incoming: Incoming,
  params: Readonly<Record<string, string>>
) => Answer | Effect.Effect<Answer, unknown>

/**
 * The OAuth2 password form of `POST /login` (FastAPI's `OAuth2PasswordRequestForm`), derived
 * from the core's `passwordFormFields`, which the server validates the form with.
 *
 * @since 0.2.0
 * @category schemas
 */
export const PasswordLoginForm = Schema.Struct(
  Record.map(passwordFormFields, (need) => need === "required" ? Schema.String : Schema.optional(Schema.String))
).annotations({
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
  auth_method: Schema.Literal(...authMethods),
  role: Schema.Literal(...userRoles),
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
 * The Schema of each body and answer the table names.
 *
 * @since 0.3.0
 * @category schemas
 */
export const schemas: { readonly [Name in SchemaName]: Schema.Schema.AnyNoContext } = {
  ApiKeyLoginRequest: Contract.ApiKeyLoginRequest,
  Body_login_email_v1_login_post: PasswordLoginForm,
  SocialLoginRequest,
  Token: Contract.Token,
  GetTokenResponse,
  HealthcheckResponse: Contract.Healthcheck,
  CurrentUserDB
}

/**
 * A built-in route as an `HttpApiEndpoint`, without a prefix: its body, success and errors
 * (`422` `HTTPValidationError`, `401` `DetailMessage`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const endpoint = (
  route: BuiltIn
): HttpApiEndpoint.HttpApiEndpoint.Any & { readonly method: string; readonly path: string } => {
  const base = route.method === "GET"
    ? HttpApiEndpoint.get(route.name, route.path)
    : HttpApiEndpoint.post(route.name, route.path)
  const withBody = route.body === undefined ? base : base.setPayload(schemas[route.body.schema])
  const withSuccess = withBody.addSuccess(schemas[route.success])
  const with422 = route.errors.includes(422)
    ? withSuccess.addError(Contract.HTTPValidationError, { status: 422 })
    : withSuccess
  return route.errors.includes(401) ? with422.addError(Contract.DetailMessage, { status: 401 }) : with422
}
