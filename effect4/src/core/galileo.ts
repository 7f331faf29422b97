// Copied from core/src/galileo.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * What both sides of Galileo's API name alike, declared once for the client's contract and the
 * embedded server: the SSO providers and the paths of the logins. Effect-free (shared by both
 * Effect lines).
 *
 * @since 0.3.0
 */

/**
 * The SSO providers Galileo accepts ID tokens from, in the order of the reference's
 * `SocialProvider` enum (FastAPI's 422 and the client's messages list them so).
 *
 * @since 0.3.0
 * @category constants
 */
export const ssoProviders = ["google", "github", "okta", "azure-ad", "custom"] as const

/**
 * An SSO provider.
 *
 * @since 0.3.0
 * @category models
 */
export type SsoProvider = typeof ssoProviders[number]

/**
 * The path of each login (by credential kind) and of the refresh, under the API URL (the
 * embedded server serves each under `/v1`, `/v2` and bare).
 *
 * @since 0.3.0
 * @category constants
 */
export const loginPaths = {
  ApiKey: "/login/api_key",
  Password: "/login",
  Sso: "/login/social",
  refresh: "/refresh_token"
} as const
