/**
 * The O11y mode of `splunk-ao`, served by the embedded server: no login; every request carries
 * an `X-SF-Token` header, and the API's paths are under `/ao/api`. With the `o11yToken` option the
 * server serves its API routes (not the logins) there too, each refused with 401 unless
 * `X-SF-Token` is that token; the caller is then the token's own user.
 *
 * @since 0.3.0
 */
import * as Redacted from "effect/Redacted"
import { createHash, timingSafeEqual } from "node:crypto"
import { unauthorized } from "../core/server/auth.js"
import { type Ctx, header, type Incoming } from "../core/server/http.js"
import type * as Jwt from "../core/server/jwt.js"
import * as State from "../core/server/state.js"
import type { Target } from "./dispatch.js"

/**
 * The prefix of the O11y API's paths.
 *
 * @since 0.3.0
 * @category constants
 */
export const prefix = "/ao/api"

const digest = (text: string): Buffer => createHash("sha256").update(text, "utf8").digest()

/**
 * The caller an O11y token stands for: {@link State.subjectOf} the token, as for an API key.
 *
 * @since 0.3.0
 * @category utils
 */
export const claimsOf = (token: Redacted.Redacted<string>): Jwt.Claims => ({
  sub: State.subjectOf(Redacted.value(token)),
  iat: 0,
  exp: Number.POSITIVE_INFINITY,
  jti: undefined,
  email: undefined
})

/**
 * Whether a request's `X-SF-Token` is the O11y token (compared in constant time); the claims it
 * stands for when it is.
 *
 * @since 0.3.0
 * @category utils
 */
export const check = (token: Redacted.Redacted<string>, incoming: Incoming): Jwt.Claims | undefined => {
  const sent = header(incoming.headers, "x-sf-token")
  return sent !== undefined && timingSafeEqual(digest(sent), digest(Redacted.value(token)))
    ? claimsOf(token)
    : undefined
}

/**
 * The routes `api` again under {@link prefix} (none without a token), each behind the
 * `X-SF-Token` check: 401 without the token, else answered as a request with the bearer token
 * of the token's user (whatever `Authorization` says).
 *
 * @since 0.3.0
 * @category constructors
 */
export const entries = (
  token: Redacted.Redacted<string> | undefined,
  api: ReadonlyArray<{ readonly method: string; readonly path: string; readonly target: Target }>
): ReadonlyArray<{ method: string; path: string; target: Target }> =>
  token === undefined ? [] : api.map(({ method, path, target }) => ({
    method,
    path: `${prefix}${path}`,
    target: (ctx: Ctx, incoming: Incoming, params: Readonly<Record<string, string>>) => {
      const claims = check(token, incoming)
      return claims === undefined ? unauthorized(ctx) : target(ctx, { ...incoming, bearer: claims }, params)
    }
  }))
