// Copied from core/src/client/jwt.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The client's reading of a JWT's claims (no signature check: the client is not the audience,
 * Galileo is): the base64url payload of `header.payload.signature` as a JSON object, of which
 * only `exp` and `iat` are kept ({@link claimsOf}), and the expiry they give a token received at
 * an instant ({@link expiresAt}). Runs on every login, with the platform's `atob` and
 * `TextDecoder` (no Node built-in: the client also runs in a browser). Every other claim (the
 * subject, an email...) never leaves the token. Effect-free (shared by both Effect lines).
 *
 * @since 0.3.0
 */

/**
 * The claims the client reads.
 *
 * @since 0.3.0
 * @category models
 */
export interface Claims {
  readonly exp?: number
  readonly iat?: number
}

/**
 * What {@link claimsOf} says when the payload is a JSON object whose `exp` or `iat` is not a
 * number (a token the client refuses).
 *
 * @since 0.3.0
 * @category constants
 */
export const notNumbers = "the exp or iat claim is not a number"

const base64Url = /^[A-Za-z0-9_-]*={0,2}$/

const utf8 = /* @__PURE__ */ new TextDecoder("utf-8", { fatal: true })

const nonAscii = /[^\x00-\x7f]/

/**
 * The UTF-8 text a base64url segment holds (padded or not), or `undefined` when it holds none.
 *
 * @since 0.3.0
 * @category parsing
 */
export const decodeBase64Url = (segment: string): string | undefined => {
  if (!base64Url.test(segment)) return undefined
  const bare = segment.replace(/=+$/, "")
  const base64 = bare.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(bare.length / 4) * 4, "=")
  try {
    const binary = atob(base64)
    // ASCII (the usual JWT payload) is its own UTF-8: decoded bytes only when it is not
    return nonAscii.test(binary) ? utf8.decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))) : binary
  } catch {
    return undefined
  }
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const numberOrAbsent = (u: unknown): u is number | undefined => u === undefined || typeof u === "number"

/**
 * The claims of a JWT-shaped value (`header.payload.signature`, the payload a JSON object):
 * `undefined` when it is not one (an opaque token), {@link notNumbers} when `exp` or `iat` is not
 * a number, else only those two claims.
 *
 * @since 0.3.0
 * @category parsing
 */
export const claimsOf = (jwt: string): Claims | string | undefined => {
  const parts = jwt.split(".")
  if (parts.length !== 3) return undefined
  const json = decodeBase64Url(parts[1] ?? "")
  const payload: unknown = json === undefined ? undefined : parseJson(json)
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return undefined
  const exp: unknown = "exp" in payload ? payload.exp : undefined
  const iat: unknown = "iat" in payload ? payload.iat : undefined
  if (!numberOrAbsent(exp) || !numberOrAbsent(iat)) return notNumbers
  // only these two: no other claim leaves the token
  return { ...(exp === undefined ? {} : { exp }), ...(iat === undefined ? {} : { iat }) }
}

/**
 * When a token received at `receivedAt` (epoch millis of the client's clock) expires, by the
 * client's clock: `receivedAt + (exp - iat)` when both claims are finite (immune to clock skew
 * between client and server; none when `exp` is not after `iat`), else `exp` taken as is when it
 * lies ahead; `undefined` when the claims do not tell, or the instant is no safe integer.
 *
 * @since 0.3.0
 * @category utils
 */
export const expiresAt = (claims: Claims, receivedAt: number): number | undefined => {
  const { exp, iat } = claims
  if (exp === undefined || !Number.isFinite(exp)) return undefined
  const at = iat !== undefined && Number.isFinite(iat)
    ? exp > iat ? receivedAt + (exp - iat) * 1000 : undefined
    : exp * 1000 > receivedAt
    ? exp * 1000
    : undefined
  return at !== undefined && Number.isSafeInteger(at) ? at : undefined
}
