/**
 * The wire contract of Galileo's authentication API group: the logins (`/login/api_key`,
 * `/login`, `/login/social`), `/refresh_token`, and FastAPI's error bodies, as Effect Schemas.
 *
 * Each schema carries the OpenAPI component title as its identifier. Decoding ignores
 * fields the contract does not name (FastAPI also sends `input`, `ctx`, `url`; `input` can
 * echo the API key, so it is never kept). Secret fields decode to `Redacted<string>` while
 * the encoded side stays the plain wire string.
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { ssoProviders } from "../core/galileo.js"

/**
 * Request body of the login: `{ "api_key": string }`. The key is `Redacted` on the type side.
 *
 * @example
 * ```ts
 * import { Redacted, Schema } from "effect"
 * import { Contract } from "galileo-effect"
 *
 * Schema.encodeSync(Contract.ApiKeyLoginRequest)({ api_key: Redacted.make("my-key") })
 * // => { api_key: "my-key" }
 * ```
 * @since 0.1.0
 * @category schemas
 */
export const ApiKeyLoginRequest = /* @__PURE__ */ Schema.Struct({
  api_key: Schema.RedactedFromValue(Schema.String.annotate({ title: "Api Key" }))
}).annotate({ identifier: "ApiKeyLoginRequest", title: "ApiKeyLoginRequest" })

/**
 * Decoded login request.
 *
 * @since 0.1.0
 * @category models
 */
export type ApiKeyLoginRequest = typeof ApiKeyLoginRequest.Type

/**
 * A token type: `bearer`, in any case (RFC 6749 §5.1: case-insensitive), the only type the
 * client can send. Any other value (`mac`, text with control characters) is refused.
 *
 * @since 0.2.0
 * @category schemas
 */
export const TokenType = /* @__PURE__ */ Schema.String.annotate({ title: "Token Type", default: "bearer" }).check(
  Schema.makeFilter((s) => s.toLowerCase() === "bearer" ? undefined : "the token type must be bearer")
)

/**
 * Successful login response: `{ "access_token": string, "token_type"?: string }`;
 * `token_type` defaults to `"bearer"` when absent, and must be `bearer` (any case) when given.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Token = /* @__PURE__ */ Schema.Struct({
  access_token: Schema.RedactedFromValue(Schema.String.annotate({ title: "Access Token" })),
  token_type: TokenType.pipe(Schema.withDecodingDefaultKey(Effect.succeed("bearer")))
}).annotate({ identifier: "Token", title: "Token" })

/**
 * Decoded login response.
 *
 * @since 0.1.0
 * @category models
 */
export type Token = typeof Token.Type

/**
 * One FastAPI validation problem: where (`loc`, e.g. `["body", "api_key"]`), what (`msg`) and
 * its machine-readable `type` (e.g. `"missing"`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ValidationError = /* @__PURE__ */ Schema.Struct({
  loc: Schema.Array(Schema.Union([Schema.String, Schema.Int])).annotate({ title: "Location" }),
  msg: Schema.String.annotate({ title: "Message" }),
  type: Schema.String.annotate({ title: "Error Type" })
}).annotate({ identifier: "ValidationError", title: "ValidationError" })

/**
 * Decoded validation problem.
 *
 * @since 0.1.0
 * @category models
 */
export type ValidationError = typeof ValidationError.Type

/**
 * FastAPI's 422 body: `{ "detail"?: ValidationError[] }`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HTTPValidationError = /* @__PURE__ */ Schema.Struct({
  detail: Schema.optional(Schema.Array(ValidationError).annotate({ title: "Detail" }))
}).annotate({ identifier: "HTTPValidationError", title: "HTTPValidationError" })

/**
 * Decoded 422 body.
 *
 * @since 0.1.0
 * @category models
 */
export type HTTPValidationError = typeof HTTPValidationError.Type

/**
 * The body of any FastAPI error answer as the client reads it: `detail` is either the list of
 * validation problems or a plain string (FastAPI's `HTTPException(detail="...")`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ErrorBody = /* @__PURE__ */ Schema.Struct({
  detail: Schema.optional(Schema.Union([Schema.Array(ValidationError), Schema.String]))
}).annotate({ identifier: "ErrorBody" })

/**
 * Decoded error body.
 *
 * @since 0.1.0
 * @category models
 */
export type ErrorBody = typeof ErrorBody.Type

/**
 * A plain FastAPI error answer, e.g. 401 `{ "detail": "Invalid API key" }`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DetailMessage = /* @__PURE__ */ Schema.Struct({
  detail: Schema.String
}).annotate({ identifier: "DetailMessage", title: "DetailMessage" })

/**
 * Decoded plain error answer.
 *
 * @since 0.2.0
 * @category models
 */
export type DetailMessage = typeof DetailMessage.Type

/**
 * Request body of the username/password login (`POST /login`), sent as
 * `application/x-www-form-urlencoded` (the OAuth2 password form). The password is `Redacted` on
 * the type side.
 *
 * @since 0.2.0
 * @category schemas
 */
export const PasswordLoginForm = /* @__PURE__ */ Schema.Struct({
  username: Schema.String,
  password: Schema.RedactedFromValue(Schema.String)
}).annotate({ identifier: "Body_login_email_login_post" })

/**
 * Decoded password login form.
 *
 * @since 0.2.0
 * @category models
 */
export type PasswordLoginForm = typeof PasswordLoginForm.Type

/**
 * The SSO providers Galileo accepts ID tokens from, in the reference's order (the one list of
 * the core, shared with the embedded server).
 *
 * @since 0.2.0
 * @category schemas
 */
export const SsoProvider = /* @__PURE__ */ Schema.Literals(ssoProviders)

/**
 * An SSO provider.
 *
 * @since 0.2.0
 * @category models
 */
export type SsoProvider = typeof SsoProvider.Type

/**
 * Request body of the SSO login (`POST /login/social`): `{ "id_token", "provider" }`. The ID
 * token is `Redacted` on the type side.
 *
 * @since 0.2.0
 * @category schemas
 */
export const SocialLoginRequest = /* @__PURE__ */ Schema.Struct({
  id_token: Schema.RedactedFromValue(Schema.String),
  provider: SsoProvider
}).annotate({ identifier: "SocialLoginRequest" })

/**
 * Decoded SSO login request.
 *
 * @since 0.2.0
 * @category models
 */
export type SocialLoginRequest = typeof SocialLoginRequest.Type
