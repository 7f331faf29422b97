/**
 * HS256 JSON Web Tokens for the embedded server: signing and verification with `node:crypto`.
 *
 * @since 0.1.0
 */
import { Option, Schema } from "effect"
import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * The claims the embedded server puts in its tokens.
 *
 * @since 0.1.0
 */
export const ServerClaims = Schema.Struct({
  sub: Schema.String,
  iat: Schema.Number,
  exp: Schema.Number,
  jti: Schema.String
})

/**
 * Decoded server claims.
 *
 * @since 0.1.0
 */
export type ServerClaims = typeof ServerClaims.Type

const base64url = (data: string | Buffer): string => Buffer.from(data).toString("base64url")

const header = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }))

const signature = (input: string, secret: Uint8Array): Buffer => createHmac("sha256", secret).update(input).digest()

/**
 * Signs claims into a compact JWT.
 *
 * @since 0.1.0
 */
export const sign = (claims: ServerClaims, secret: Uint8Array): string => {
  const input = `${header}.${base64url(JSON.stringify(claims))}`
  return `${input}.${signature(input, secret).toString("base64url")}`
}

const decodeClaims = Schema.decodeUnknownOption(Schema.parseJson(ServerClaims))

/**
 * Verifies a JWT's signature and expiry (`exp` later than `nowSeconds`); returns its claims.
 *
 * @since 0.1.0
 */
export const verify = (token: string, secret: Uint8Array, nowSeconds: number): Option.Option<ServerClaims> => {
  const [head, payload, sig] = token.split(".")
  if (head !== header || payload === undefined || sig === undefined) return Option.none()
  const expected = signature(`${head}.${payload}`, secret)
  const given = Buffer.from(sig, "base64url")
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return Option.none()
  return Option.filter(decodeClaims(Buffer.from(payload, "base64url").toString("utf8")), (c) => c.exp > nowSeconds)
}
