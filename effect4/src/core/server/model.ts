// Copied from core/src/server/model.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The embedded server's plain data: accepted users and ID tokens, the identity providers, the
 * recorded requests and the counters. Effect-free (shared by both Effect lines); the testing
 * module `GalileoServer` re-exports them as its models.
 *
 * @since 0.2.0
 */
import type { SsoProvider } from "../galileo.js"

/**
 * A username and password the server accepts at `POST /login`.
 *
 * @since 0.2.0
 * @category models
 */
export interface User {
  readonly username: string
  readonly password: string
}

/**
 * The identity providers `POST /login/social` accepts.
 *
 * @since 0.2.0
 * @category models
 */
export type SocialProvider = SsoProvider

/**
 * An ID token `POST /login/social` accepts besides those the server signed itself
 * (`Service.signIdToken`): it logs in as `email`, with `provider` only when one is given.
 *
 * @since 0.2.0
 * @category models
 */
export interface IdToken {
  readonly token: string
  readonly email: string
  readonly provider?: SocialProvider | undefined
}

/**
 * A request the server saw, with credentials redacted.
 *
 * @since 0.1.0
 * @category models
 */
export interface RecordedRequest {
  readonly method: string
  /** The path, without the query. */
  readonly path: string
  /**
   * The request's headers among `authorization`, `cookie`, `accept`, `content-type`,
   * `x-galileo-sdk`, `traceparent`, `b3`; `authorization` and `cookie` read `"<redacted>"`.
   */
  readonly headers: Readonly<Record<string, string>>
  /** The query string (without `?`), when there is one. */
  readonly query?: string
  /**
   * The body as text (at most 64 KiB), when there is one, with the values of `api_key`,
   * `password`, `id_token`, `refresh_token` and `client_secret` (JSON or form fields) replaced
   * by `"<redacted>"`.
   */
  readonly body?: string
  /** The subject of a valid bearer token sent with the request. */
  readonly subject?: string
  /** The `jti` of a valid bearer token sent with the request (tells tokens apart). */
  readonly tokenId?: string
}

/**
 * Counters of the server.
 *
 * @since 0.1.0
 * @category models
 */
export interface Stats {
  /**
   * Requests per path: every route's paths, and up to 1,000 other distinct paths; requests to
   * further paths count under `"<other>"`.
   */
  readonly requests: Readonly<Record<string, number>>
  /** Logins that issued a token, of any kind. */
  readonly logins: number
  /** Logins with an API key that issued a token. */
  readonly apiKeyLogins: number
  /** Logins with a username and password that issued a token. */
  readonly passwordLogins: number
  /** Logins with an ID token that issued a token. */
  readonly socialLogins: number
  /** Tokens issued for a refresh cookie. */
  readonly refreshes: number
  /** Logins refused with 401 (unknown key, wrong password, unknown ID token). */
  readonly refusedLogins: number
  /** Refreshes refused: 401 for an unknown cookie, 422 without one. */
  readonly refusedRefreshes: number
  /** Logins refused with 422 or 400 (an invalid body). */
  readonly invalidLogins: number
  /** Authenticated calls refused with 401. */
  readonly unauthorizedCalls: number
  /** Requests refused with 413 (a body over `maxBodyBytes`). */
  readonly rejectedBodies: number
  /** Requests answered 500 because a handler failed. */
  readonly internalErrors: number
}
