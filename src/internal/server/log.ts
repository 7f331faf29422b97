/**
 * The embedded server's request log: what it keeps of a request, with credentials redacted (the
 * `Authorization` and `Cookie` headers, and the credential fields of a body).
 *
 * @since 0.2.0
 */
import * as Option from "effect/Option"
import type { RecordedRequest } from "../../testing/GalileoServer.js"
import { header, type Incoming, utf8 } from "./http.js"

/** How much of a body the log keeps. */
const loggedBodyChars = 64 * 1024

const recordedHeaders = ["authorization", "cookie", "accept", "x-galileo-sdk", "traceparent", "b3", "content-type"]

/**
 * The headers whose values are never shown.
 *
 * @since 0.2.0
 * @category constants
 */
export const redactedHeaders: ReadonlySet<string> = new Set(["authorization", "cookie"])

const secretFields = new Set(["api_key", "password", "id_token", "refresh_token", "client_secret"])

/**
 * What a credential is shown as.
 *
 * @since 0.2.0
 * @category constants
 */
export const redacted = "<redacted>"

const redactJson = (value: unknown): readonly [unknown, boolean] => {
  if (Array.isArray(value)) {
    const items = value.map(redactJson)
    return [items.map(([v]) => v), items.some(([, changed]) => changed)]
  }
  if (typeof value === "object" && value !== null) {
    let changed = false
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      const [r, c] = secretFields.has(k) ? [redacted, true] : redactJson(v)
      changed = changed || c
      Object.defineProperty(out, k, { value: r, enumerable: true, writable: true, configurable: true })
    }
    return [out, changed]
  }
  return [value, false]
}

const fieldNames = Array.from(secretFields).join("|")
const jsonSecret = new RegExp(`("(?:${fieldNames})"\\s*:\\s*)(?:"(?:[^"\\\\]|\\\\.)*"?|[^,}\\]\\s]*)`, "g")
const formSecret = new RegExp(`(^|[&;])((?:${fieldNames})=)[^&;]*`, "g")
const partSecret = new RegExp(`;[ \\t]*name=(?:"(?:${fieldNames})"|(?:${fieldNames})(?=[; \\t\\r]|$))`, "g")

/**
 * The values of multipart parts named like a credential replaced (from the blank line after the
 * part's headers to the next `\r\n--`). Linear: every search starts where the last one ended.
 */
const redactParts = (text: string): string => {
  let out = ""
  let cursor = 0
  partSecret.lastIndex = 0
  for (let m = partSecret.exec(text); m !== null; m = partSecret.exec(text)) {
    const headersEnd = text.indexOf("\r\n\r\n", m.index)
    if (headersEnd < 0) break
    const start = headersEnd + 4
    const next = text.indexOf("\r\n--", start)
    const end = next < 0 ? text.length : next
    out += `${text.slice(cursor, start)}${redacted}`
    cursor = end
    partSecret.lastIndex = end
  }
  return out + text.slice(cursor)
}

/**
 * A body's text with the values of credential fields replaced by `"<redacted>"`: structurally
 * for JSON (re-serialized only when something was replaced), by pattern otherwise (malformed
 * JSON, urlencoded and multipart forms).
 *
 * @since 0.2.0
 * @category utils
 */
export const redactBody = (text: string): string => {
  try {
    const [value, changed] = redactJson(JSON.parse(text))
    return changed ? JSON.stringify(value) : text
  } catch {
    return redactParts(text).replace(jsonSecret, `$1"${redacted}"`).replace(formSecret, `$1$2${redacted}`)
  }
}

/**
 * The log's entry for a request.
 *
 * @since 0.2.0
 * @category utils
 */
export const record = (incoming: Incoming): RecordedRequest => {
  const headers: Record<string, string> = {}
  for (const name of recordedHeaders) {
    const value = header(incoming.headers, name)
    if (value !== undefined) headers[name] = redactedHeaders.has(name) ? redacted : value
  }
  const claims = Option.getOrUndefined(incoming.bearer)
  return {
    method: incoming.method,
    path: incoming.path,
    headers,
    ...(incoming.query === "" ? {} : { query: incoming.query }),
    ...(incoming.bytes.length === 0 ? {} : {
      body: redactBody(utf8.decode(incoming.bytes.subarray(0, 4 * loggedBodyChars))).slice(0, loggedBodyChars)
    }),
    ...(claims === undefined ? {} : { subject: claims.sub }),
    ...(claims?.jti === undefined ? {} : { tokenId: claims.jti })
  }
}
