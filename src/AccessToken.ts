/**
 * An access token as the client holds it: the secret value (always `Redacted`), its type, and
 * what its JWT claims say about its subject and lifetime. Pure data and pure functions.
 *
 * @since 0.1.0
 */
import { Data, DateTime, Duration, Either, Encoding, Option, Redacted, Schema } from "effect"

/**
 * The JWT claims the client reads (the signature is not checked: the client is not the
 * audience, Galileo is).
 *
 * @since 0.1.0
 */
export const Claims = Schema.Struct({
  sub: Schema.optional(Schema.String),
  iat: Schema.optional(Schema.Number),
  exp: Schema.optional(Schema.Number)
})

/**
 * Decoded JWT claims.
 *
 * @since 0.1.0
 */
export type Claims = typeof Claims.Type

const decodeClaims = Schema.decodeUnknownOption(Schema.parseJson(Claims))

/**
 * Reads the claims of a JWT (`header.payload.signature`), or `None` when the value is not a JWT
 * or its payload is not JSON with the expected claim types.
 *
 * @since 0.1.0
 */
export const readClaims = (jwt: Redacted.Redacted<string>): Option.Option<Claims> => {
  const parts = Redacted.value(jwt).split(".")
  const payload = parts[1]
  if (parts.length !== 3 || payload === undefined) return Option.none()
  return Either.match(Encoding.decodeBase64UrlString(payload), {
    onLeft: () => Option.none(),
    onRight: decodeClaims
  })
}

/**
 * An access token held by the client.
 *
 * - `value`: the bearer secret, `Redacted` until it is written into a request header.
 * - `type`: the server's `token_type`, `"bearer"` by default.
 * - `receivedAt`: when the client received it, by the client's clock.
 * - `expiresAt`: when it expires, by the client's clock, when the JWT tells (`exp - iat` added to
 *   `receivedAt`, so a skewed client clock does not matter).
 * - `subject`: the JWT `sub` claim, when present.
 *
 * @since 0.1.0
 */
export class AccessToken extends Data.TaggedClass("AccessToken")<{
  readonly value: Redacted.Redacted<string>
  readonly type: string
  readonly receivedAt: DateTime.Utc
  readonly expiresAt: Option.Option<DateTime.Utc>
  readonly subject: Option.Option<string>
}> {}

/**
 * Builds an {@link AccessToken} from a token value received at `receivedAt` (epoch millis of the
 * client's clock). The expiry is `receivedAt + (exp - iat)` when both claims are present (immune
 * to clock skew between client and server), else `exp` taken as is when it lies ahead.
 *
 * @example
 * ```ts
 * import { Redacted } from "effect"
 * import { AccessToken } from "galileo-effect"
 *
 * const token = AccessToken.make(Redacted.make("opaque-token"), "bearer", Date.now())
 * // token.expiresAt is None: not a JWT
 * ```
 * @since 0.1.0
 */
export const make = (value: Redacted.Redacted<string>, type: string, receivedAt: number): AccessToken => {
  const claims = readClaims(value)
  const expiresAtMillis = Option.flatMap(claims, ({ exp, iat }) => {
    if (exp === undefined || !Number.isFinite(exp)) return Option.none()
    if (iat !== undefined && Number.isFinite(iat)) {
      return exp > iat ? Option.some(receivedAt + (exp - iat) * 1000) : Option.none()
    }
    return exp * 1000 > receivedAt ? Option.some(exp * 1000) : Option.none()
  })
  return new AccessToken({
    value,
    type,
    receivedAt: DateTime.unsafeMake(receivedAt),
    expiresAt: Option.map(expiresAtMillis, DateTime.unsafeMake),
    subject: Option.flatMap(claims, (c) => Option.fromNullable(c.sub))
  })
}

/**
 * The token's lifetime from receipt to expiry, when known.
 *
 * @since 0.1.0
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
 */
export const sameValue = (self: AccessToken, that: AccessToken): boolean =>
  Redacted.value(self.value) === Redacted.value(that.value)

/**
 * The `Authorization` header value for this token (`Bearer <token>`), still `Redacted`.
 *
 * @since 0.1.0
 */
export const authorization = (token: AccessToken): Redacted.Redacted<string> =>
  Redacted.make(`${token.type.toLowerCase() === "bearer" ? "Bearer" : token.type} ${Redacted.value(token.value)}`)
