/**
 * The embedded server's API, declared with `@effect/platform`'s `HttpApi` from the very Schemas
 * the client decodes with. Only used to generate `/openapi.json` (once), so it can be compared
 * with Galileo's contract; requests are routed by the server itself.
 *
 * @since 0.2.0
 */
import * as HttpApi from "@effect/platform/HttpApi"
import * as HttpApiEndpoint from "@effect/platform/HttpApiEndpoint"
import * as HttpApiGroup from "@effect/platform/HttpApiGroup"
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import * as Contract from "../../Contract.js"

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
 * The body of `POST /login/social`.
 *
 * @since 0.2.0
 * @category schemas
 */
export const SocialLoginRequest = Schema.Struct({
  id_token: Schema.String,
  provider: Schema.Literal("okta", "google", "github", "azure-ad", "custom")
}).annotations({ identifier: "SocialLoginRequest", title: "SocialLoginRequest" })

const auth = <const Name extends string>(name: Name, path: `/${string}`) =>
  HttpApiEndpoint.post(name, path)
    .addSuccess(Contract.Token)
    .addError(Contract.HTTPValidationError, { status: 422 })
    .addError(Contract.DetailMessage, { status: 401 })

/**
 * The logins and the refresh, under `/v1` and without it.
 *
 * @since 0.2.0
 * @category api
 */
export class AuthGroup extends HttpApiGroup.make("auth")
  .add(auth("login_api_key_v1_login_api_key_post", "/v1/login/api_key").setPayload(Contract.ApiKeyLoginRequest))
  .add(auth("login_api_key_login_api_key_post", "/login/api_key").setPayload(Contract.ApiKeyLoginRequest))
  .add(auth("login_email_v1_login_post", "/v1/login").setPayload(PasswordLoginForm))
  .add(auth("login_email_login_post", "/login").setPayload(PasswordLoginForm))
  .add(auth("login_social_v1_login_social_post", "/v1/login/social").setPayload(SocialLoginRequest))
  .add(auth("login_social_login_social_post", "/login/social").setPayload(SocialLoginRequest))
  .add(
    HttpApiEndpoint.post("refresh_token_v1_refresh_token_post", "/v1/refresh_token").addSuccess(Contract.Token)
      .addError(Contract.DetailMessage, { status: 401 })
  )
  .add(
    HttpApiEndpoint.post("refresh_token_refresh_token_post", "/refresh_token").addSuccess(Contract.Token)
      .addError(Contract.DetailMessage, { status: 401 })
  )
{}

const currentUser = <const Name extends string>(name: Name, path: `/${string}`) =>
  HttpApiEndpoint.get(name, path).addSuccess(Contract.CurrentUser).addError(Contract.DetailMessage, { status: 401 })

/**
 * `GET /healthcheck` and `GET /current_user` (with their `/v1` forms).
 *
 * @since 0.2.0
 * @category api
 */
export class SystemGroup extends HttpApiGroup.make("system")
  .add(HttpApiEndpoint.get("healthcheck", "/healthcheck").addSuccess(Contract.Healthcheck))
  .add(HttpApiEndpoint.get("healthcheck_v1", "/v1/healthcheck").addSuccess(Contract.Healthcheck))
  .add(currentUser("current_user", "/current_user"))
  .add(currentUser("current_user_v1", "/v1/current_user"))
{}

/**
 * The whole built-in API.
 *
 * @since 0.2.0
 * @category api
 */
export class GalileoApi extends HttpApi.make("galileo").add(AuthGroup).add(SystemGroup) {}

let openApiText: string | undefined

/**
 * `/openapi.json`'s body, generated from {@link GalileoApi} on first use.
 *
 * @since 0.2.0
 * @category api
 */
export const openApiJson = (): string => {
  if (openApiText === undefined) openApiText = JSON.stringify(OpenApi.fromApi(GalileoApi))
  return openApiText
}
