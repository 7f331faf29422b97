// Copied from core/src/server/jwt.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * HS256 JSON Web Tokens for the embedded server, signed and verified strictly with
 * `node:crypto`: exactly three canonical base64url segments, an `HS256` header, a constant-time
 * signature check over the exact bytes of `header.payload`, and numeric `iat`/`exp`.
 *
 * @since 0.2.0
 */
import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * The claims the embedded server reads from a token it signed.
 *
 * @since 0.2.0
 * @category models
 */
export interface Claims {
  readonly sub: string
  readonly iat: number
  readonly exp: number
  readonly jti: string | undefined
  readonly email: string | undefined
  /** How the user logged in (`auth_method`: `email`, or the SSO provider), when not by email. */
  readonly authMethod?: string | undefined
}

const header = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url")

const mac = (input: string, secret: Uint8Array): Buffer => createHmac("sha256", secret).update(input, "ascii").digest()

/**
 * Signs claims (any JSON object; its key order is kept) into a compact JWT.
 *
 * @since 0.2.0
 * @category constructors
 */
export const sign = (claims: Readonly<Record<string, unknown>>, secret: Uint8Array): string => {
  const input = `${header}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}`
  return `${input}.${mac(input, secret).toString("base64url")}`
}

const compact = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/

/** Decodes a base64url segment only if it is the canonical encoding of its bytes. */
const segment = (text: string): Buffer | undefined => {
  const bytes = Buffer.from(text, "base64url")
  return bytes.toString("base64url") === text ? bytes : undefined
}

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

const json = (bytes: Buffer): Readonly<Record<string, unknown>> | undefined => {
  try {
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes))
    return isRecord(value) ? value : undefined
  } catch {
    return undefined
  }
}

const finite = (u: unknown): u is number => typeof u === "number" && Number.isFinite(u)

/**
 * Verifies a compact JWT strictly: three canonical base64url segments (no padding, no other
 * characters), a header with `alg: "HS256"` (and `typ: "JWT"` if present), a valid signature
 * compared in constant time, a string `sub`, numeric `iat` and `exp`, and `exp` after
 * `nowSeconds`. Returns the claims.
 *
 * @since 0.2.0
 * @category verification
 */
export const verify = (token: string, secret: Uint8Array, nowSeconds: number): Claims | undefined => {
  const parts = compact.exec(token)
  if (parts === null) return undefined
  const [, head = "", payload = "", sig = ""] = parts
  const headerBytes = segment(head)
  const headerJson = headerBytes === undefined ? undefined : json(headerBytes)
  if (headerJson === undefined || headerJson["alg"] !== "HS256") return undefined
  if (headerJson["typ"] !== undefined && headerJson["typ"] !== "JWT") return undefined
  const given = segment(sig)
  const expected = mac(`${head}.${payload}`, secret)
  if (given === undefined || given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  const payloadBytes = segment(payload)
  const claims = payloadBytes === undefined ? undefined : json(payloadBytes)
  if (claims === undefined) return undefined
  const { auth_method, email, exp, iat, jti, sub } = claims
  if (typeof sub !== "string" || !finite(iat) || !finite(exp) || exp <= nowSeconds) return undefined
  return {
    sub,
    iat,
    exp,
    jti: typeof jti === "string" ? jti : undefined,
    email: typeof email === "string" ? email : undefined,
    authMethod: typeof auth_method === "string" ? auth_method : undefined
  }
}
