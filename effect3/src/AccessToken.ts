/**
 * An access token as the client holds it: the secret value (always `Redacted`), its type, and
 * when it expires. Only `exp` and `iat` are read from its JWT claims; every other claim (the
 * subject, an email...) stays inside the `Redacted` value. `String`, `JSON.stringify` and
 * `util.inspect` of a token show neither the token nor any claim.
 *
 * @since 0.1.0
 */
import * as DateTime from "effect/DateTime"
import * as Duration from "effect/Duration"
import * as Inspectable from "effect/Inspectable"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Jwt from "./core/client/jwt.js"
import { utcAt } from "./internal/time.js"

/**
 * The JWT claims the client reads (the signature is not checked: the client is not the
 * audience, Galileo is).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Claims = /* @__PURE__ */ Schema.Struct({
  iat: Schema.optional(Schema.Number),
  exp: Schema.optional(Schema.Number)
})

/**
 * Decoded JWT claims.
 *
 * @since 0.1.0
 * @category models
 */
export type Claims = typeof Claims.Type

/**
 * Reads the `exp` and `iat` claims of a JWT (`header.payload.signature`), or `None` when the
 * value is not a JWT or its payload is not JSON with the expected claim types (the core's
 * reading, the one reader of claim reading and token validation).
 *
 * @since 0.1.0
 * @category utils
 */
export const readClaims = (jwt: Redacted.Redacted<string>): Option.Option<Claims> => {
  const claims = Jwt.claimsOf(Redacted.value(jwt))
  return typeof claims === "object" ? Option.some(claims) : Option.none()
}

/**
 * The longest access token accepted, in characters.
 *
 * @since 0.2.0
 * @category constants
 */
export const maxLength = 16 * 1024

const b64token = /^[A-Za-z0-9\-._~+/]+=*$/

/**
 * What is wrong with a token value as a bearer credential (RFC 6750 `b64token`: non-empty,
 * letters, digits and `-._~+/`, then `=` padding; at most {@link maxLength} characters; a JWT's
 * `exp` and `iat` numbers), if anything. Never mentions the value.
 *
 * @since 0.2.0
 * @category utils
 */
export const bearerProblem = (value: Redacted.Redacted<string>): Option.Option<string> => {
  const text = Redacted.value(value)
  if (text.length === 0) return Option.some("the access token is empty")
  if (text.length > maxLength) return Option.some(`the access token is longer than ${maxLength} characters`)
  if (!b64token.test(text)) return Option.some("the access token has characters a bearer token cannot hold")
  const claims = Jwt.claimsOf(text)
  return typeof claims === "string" ? Option.some(claims) : Option.none()
}

/**
 * An access token held by the client.
 *
 * - `value`: the bearer secret, `Redacted` until it is written into a request header.
 * - `type`: the server's `token_type`, `"bearer"` by default.
 * - `receivedAt`: when the client received it, by the client's clock.
 * - `expiresAt`: when it expires, by the client's clock, when the JWT tells (`exp - iat` added to
 *   `receivedAt`, so a skewed client clock does not matter).
 *
 * @since 0.1.0
 * @category models
 */
export class AccessToken extends Inspectable.Class {
  constructor(
    readonly value: Redacted.Redacted<string>,
    readonly type: string,
    readonly receivedAt: DateTime.Utc,
    readonly expiresAt: Option.Option<DateTime.Utc>
  ) {
    super()
  }
  /**
   * Shows the token type only: no value, no claim, no instant derived from one.
   *
   * @since 0.2.0
   */
  toJSON(): unknown {
    return { _id: "AccessToken", type: this.type, value: "<redacted>" }
  }
}

/**
 * Builds an {@link AccessToken} from a token value received at `receivedAt` (epoch millis of the
 * client's clock). The expiry is `receivedAt + (exp - iat)` when both claims are present (immune
 * to clock skew between client and server), else `exp` taken as is when it lies ahead.
 *
 * @example
 * ```ts
 * import { Option, Redacted } from "effect"
 * import { AccessToken } from "galileo-effect"
 *
 * const token = AccessToken.make(Redacted.make("opaque-token"), "bearer", Date.now())
 * Option.isNone(token.expiresAt) // true: not a JWT
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const make = (value: Redacted.Redacted<string>, type: string, receivedAt: number): AccessToken => {
  const claims = Jwt.claimsOf(Redacted.value(value))
  const expiresAt = typeof claims === "object" ? Jwt.expiresAt(claims, receivedAt) : undefined
  return new AccessToken(
    value,
    type,
    DateTime.unsafeFromDate(new Date(receivedAt)),
    expiresAt === undefined ? Option.none() : utcAt(expiresAt)
  )
}

/**
 * The token's lifetime from receipt to expiry, when known.
 *
 * @since 0.1.0
 * @category utils
 */
export const lifetime = (token: AccessToken): Option.Option<Duration.Duration> =>
  Option.map(
    token.expiresAt,
    (at) => Duration.millis(DateTime.toEpochMillis(at) - DateTime.toEpochMillis(token.receivedAt))
  )

/**
 * Whether two tokens carry the same secret value.
 *
 * @since 0.1.0
 * @category utils
 */
export const sameValue = (self: AccessToken, that: AccessToken): boolean =>
  Redacted.value(self.value) === Redacted.value(that.value)

/**
 * The `Authorization` header value for this token (`Bearer <token>`), still `Redacted`.
 *
 * @since 0.1.0
 * @category utils
 */
export const authorization = (token: AccessToken): Redacted.Redacted<string> =>
  Redacted.make(`${token.type.toLowerCase() === "bearer" ? "Bearer" : token.type} ${Redacted.value(token.value)}`)
