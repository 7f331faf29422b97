/**
 * The embedded server's built-in routes, declared once: each one's endpoint (method, path,
 * operation name, payload, success and error schemas, from the very Schemas the client decodes
 * with) and its handler. The router (`dispatch.ts`) and the OpenAPI document (`api.ts`) are both
 * derived from {@link builtIns}.
 *
 * @since 0.3.0
 */
import * as HttpApiEndpoint from "effect/http-api/HttpApiEndpoint"
import * as HttpApiSchema from "effect/http-api/HttpApiSchema"
import type * as Effect from "effect/Effect"
import * as Record from "effect/Record"
import * as Schema from "effect/Schema"
import * as Contract from "../Contract.js"
import { loginPaths, ssoProviders } from "../core/galileo.js"
import { currentUser, getToken, loginApiKey, loginPassword, loginSocial, refreshToken } from "../core/server/auth.js"
import * as FastApi from "../core/server/fastApi.js"
import { passwordFormFields } from "../core/server/form.js"
import type { Answer, Ctx, Incoming } from "../core/server/http.js"

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
).annotate({
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
}).annotate({ identifier: "SocialLoginRequest", title: "SocialLoginRequest" })

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
  role: Schema.Literals(["admin", "manager", "user", "read_only"]),
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
}).annotate({ identifier: "CurrentUserDB", title: "CurrentUserDB" })

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
}).annotate({ identifier: "GetTokenResponse", title: "GetTokenResponse" })

const auth = <const Name extends string>(name: Name, path: `/${string}`) =>
  HttpApiEndpoint.post(name, path)
    .addSuccess(Contract.Token)
    .addError(Contract.HTTPValidationError, { status: 422 })
    .addError(Contract.DetailMessage, { status: 401 })

const authenticated = <const Name extends string>(name: Name, path: `/${string}`) =>
  HttpApiEndpoint.get(name, path).addError(Contract.DetailMessage, { status: 401 })

const healthcheck: Answer = FastApi.json(200, {
  api_version: "v1",
  message: "ok",
  version: "galileo-effect-embedded"
})

/**
 * A built-in route: its endpoint (its method, path, name as FastAPI's function, schemas), the
 * `HttpApi` group its operation is tagged with, whether it logs in (the O11y prefix serves every
 * route but the logins), and its handler.
 *
 * @since 0.3.0
 * @category models
 */
export interface BuiltIn {
  readonly endpoint: HttpApiEndpoint.HttpApiEndpoint.Any & { readonly method: string; readonly path: string }
  readonly group: "auth" | "system"
  readonly login: boolean
  readonly handler: Target
}

/**
 * Every built-in route, without a prefix (each is served, and documented, under every one of
 * `/v1`, `/v2` and none), in the document's order.
 *
 * @since 0.3.0
 * @category constants
 */
export const builtIns: ReadonlyArray<BuiltIn> = [
  {
    endpoint: auth("login_api_key", loginPaths.ApiKey).setPayload(Contract.ApiKeyLoginRequest),
    group: "auth",
    login: true,
    handler: loginApiKey
  },
  {
    endpoint: auth("login_email", loginPaths.Password).setPayload(PasswordLoginForm),
    group: "auth",
    login: true,
    handler: loginPassword
  },
  {
    endpoint: auth("login_social", loginPaths.Sso).setPayload(SocialLoginRequest),
    group: "auth",
    login: true,
    handler: loginSocial
  },
  { endpoint: auth("refresh_token", loginPaths.refresh), group: "auth", login: true, handler: refreshToken },
  {
    endpoint: authenticated("get_token", "/token").addSuccess(GetTokenResponse),
    group: "auth",
    login: false,
    handler: getToken
  },
  {
    endpoint: HttpApiEndpoint.get("healthcheck", "/healthcheck").addSuccess(Contract.Healthcheck),
    group: "system",
    login: false,
    handler: () => healthcheck
  },
  {
    endpoint: authenticated("current_user", "/current_user").addSuccess(CurrentUserDB),
    group: "system",
    login: false,
    handler: currentUser
  }
]
