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
 * The JSON value a base64url segment (padded or not) holds as UTF-8 text, or `undefined` when it
 * holds none (not base64url, an impossible length, bytes that are not UTF-8, text that is not JSON).
 */
const jsonOf = (segment: string): unknown => {
  if (!base64Url.test(segment)) return undefined
  const bare = segment.replace(/=+$/, "")
  try {
    const binary = atob(bare.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(bare.length / 4) * 4, "="))
    // ASCII (the usual JWT payload) is its own UTF-8: decoded bytes only when it is not
    return JSON.parse(nonAscii.test(binary) ? utf8.decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))) : binary)
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
  const payload = parts.length === 3 ? jsonOf(parts[1] ?? "") : undefined
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
 * between client and server; none when `exp` is not after `iat`), else `exp` taken as is. Only an
 * instant after `receivedAt` that is a safe integer counts; otherwise `undefined`.
 *
 * @since 0.3.0
 * @category utils
 */
export const expiresAt = ({ exp, iat }: Claims, receivedAt: number): number | undefined => {
  if (exp === undefined || !Number.isFinite(exp)) return undefined
  const at = iat === undefined || !Number.isFinite(iat)
    ? exp * 1000
    : exp > iat
    ? receivedAt + (exp - iat) * 1000
    : Number.NaN
  return at > receivedAt && Number.isSafeInteger(at) ? at : undefined
}
