/**
 * The embedded server's built-in routes, declared once for both Effect lines: each one's method,
 * path, operation name (FastAPI's function), `HttpApi` group, whether it logs in, its handler, and
 * what its operation in `/openapi.json` says (its body, its success and its errors, by schema
 * name). The router and the document (`openapi.ts`) are both derived from {@link builtIns}; each
 * line declares the same routes as an `HttpApi` from this table too, and its tests check that the
 * two documents agree.
 *
 * @since 0.3.0
 */
import { loginPaths, ssoProviders } from "../galileo.js"
import { currentUser, getToken, loginApiKey, loginPassword, loginSocial, refreshToken } from "./auth.js"
import * as FastApi from "./fastApi.js"
import type { Answer, Ctx, Incoming } from "./http.js"

/**
 * The `auth_method`s `GET /current_user` may answer: `email`, an SSO provider, `saml`, `invite`
 * (Galileo's `AuthMethod`).
 *
 * @since 0.3.0
 * @category constants
 */
export const authMethods = ["email", ...ssoProviders, "saml", "invite"] as const

/**
 * The `role`s `GET /current_user` may answer (Galileo's `UserRole`).
 *
 * @since 0.3.0
 * @category constants
 */
export const userRoles = ["admin", "manager", "user", "read_only"] as const

/**
 * The name (the identifier) of a schema a built-in route's body or success has.
 *
 * @since 0.3.0
 * @category models
 */
export type SchemaName =
  | "ApiKeyLoginRequest"
  | "Body_login_email_v1_login_post"
  | "SocialLoginRequest"
  | "Token"
  | "GetTokenResponse"
  | "HealthcheckResponse"
  | "CurrentUserDB"

/**
 * A built-in route's handler: it answers at once.
 *
 * @since 0.3.0
 * @category models
 */
export type Handler = (ctx: Ctx, incoming: Incoming) => Answer

/**
 * A built-in route, without a prefix.
 *
 * @since 0.3.0
 * @category models
 */
export interface BuiltIn {
  /** FastAPI's function name; the operation id is it, the served path and the method. */
  readonly name: string
  readonly method: "GET" | "POST"
  readonly path: `/${string}`
  /** The tag of its operation (the `HttpApi` group). */
  readonly group: "auth" | "system"
  /** Whether it logs in (the O11y prefix serves every route but the logins). */
  readonly login: boolean
  readonly handler: Handler
  /** Its request body: a JSON or a form, of a schema. */
  readonly body?: {
    readonly mediaType: "application/json" | "application/x-www-form-urlencoded"
    readonly schema: SchemaName
  } | undefined
  /** The schema of its 200 answer. */
  readonly success: SchemaName
  /** Its error answers: 401 (`DetailMessage`), 422 (`HTTPValidationError`). */
  readonly errors: ReadonlyArray<401 | 422>
}

const healthcheck: Answer = FastApi.json(200, {
  api_version: "v1",
  message: "ok",
  version: "galileo-effect-embedded"
})

const login = (
  name: string,
  path: `/${string}`,
  handler: Handler,
  body?: BuiltIn["body"]
): BuiltIn => ({
  name,
  method: "POST",
  path,
  group: "auth",
  login: true,
  handler,
  body,
  success: "Token",
  errors: [422, 401]
})

/**
 * The prefixes every built-in route is served under: `/v1`, `/v2` (Galileo's current reference)
 * and none (as the official SDKs call some of them).
 *
 * @since 0.3.0
 * @category constants
 */
export const builtInPrefixes: ReadonlyArray<"/v1" | "/v2" | ""> = ["/v1", "/v2", ""]

/**
 * Every built-in route, without a prefix (each is served, and documented, under every one of
 * {@link builtInPrefixes}), in the document's order: the `auth` group (the logins, the refresh and
 * `GET /token`), then the `system` group (`GET /healthcheck`, `GET /current_user`).
 *
 * @since 0.3.0
 * @category constants
 */
export const builtIns: ReadonlyArray<BuiltIn> = [
  login("login_api_key", loginPaths.ApiKey, loginApiKey, {
    mediaType: "application/json",
    schema: "ApiKeyLoginRequest"
  }),
  login("login_email", loginPaths.Password, loginPassword, {
    mediaType: "application/x-www-form-urlencoded",
    schema: "Body_login_email_v1_login_post"
  }),
  login("login_social", loginPaths.Sso, loginSocial, { mediaType: "application/json", schema: "SocialLoginRequest" }),
  login("refresh_token", loginPaths.refresh, refreshToken),
  {
    name: "get_token",
    method: "GET",
    path: "/token",
    group: "auth",
    login: false,
    handler: getToken,
    success: "GetTokenResponse",
    errors: [401]
  },
  {
    name: "healthcheck",
    method: "GET",
    path: "/healthcheck",
    group: "system",
    login: false,
    handler: () => healthcheck,
    success: "HealthcheckResponse",
    errors: []
  },
  {
    name: "current_user",
    method: "GET",
    path: "/current_user",
    group: "system",
    login: false,
    handler: currentUser,
    success: "CurrentUserDB",
    errors: [401]
  }
]

/**
 * The operation id of a built-in route served at `path` (a prefix and its path), FastAPI's:
 * `login_api_key_v2_login_api_key_post`.
 *
 * @since 0.3.0
 * @category utils
 */
export const operationId = (route: BuiltIn, path: string): string =>
  `${route.name}${path.replace(/\W/g, "_")}_${route.method.toLowerCase()}`
