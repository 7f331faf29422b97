// Copied from core/src/server/log.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The embedded server's request log: what it keeps of a request, with credentials redacted (the
 * `Authorization` and `Cookie` headers, and the credential fields of a body). A body is read for
 * redaction by the server's own parsers, chosen by its `Content-Type` as the login routes choose
 * them (the urlencoded and multipart form readers, Python's `json.loads`), so that whatever the
 * server would accept as a credential is what the log redacts; patterns then catch what looks
 * like one in any other body. Entries are copies (never slices of a larger string).
 *
 * @since 0.2.0
 */
import * as FastApi from "./fastApi.js"
import * as Form from "./form.js"
import { header, type Incoming, utf8 } from "./http.js"
import type { RecordedRequest } from "./model.js"
import * as Multipart from "./multipart.js"
import * as PythonJson from "./pythonJson.js"

/** How much of a body the log keeps. */
const loggedBodyChars = 64 * 1024

const recordedHeaders = ["authorization", "cookie", "accept", "x-galileo-sdk", "traceparent", "b3", "content-type"]

/**
 * The headers whose values are never shown: the bearer token, the cookies, the API key headers
 * and the O11y token.
 *
 * @since 0.2.0
 * @category constants
 */
export const redactedHeaders: ReadonlySet<string> = new Set([
  "authorization",
  "cookie",
  "galileo-api-key",
  "splunk-ao-api-key",
  "x-sf-token"
])

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

// ---------------------------------------------------------------------------------------------
// redaction by the server's own parsers
// ---------------------------------------------------------------------------------------------

const redactedBytes = Buffer.from(redacted, "latin1")

/** The bytes with each span (sorted, not overlapping) replaced by `<redacted>`. */
const redactSpans = (bytes: Uint8Array, spans: ReadonlyArray<readonly [number, number]>): Uint8Array => {
  if (spans.length === 0) return bytes
  const parts: Array<Uint8Array> = []
  let cursor = 0
  for (const [start, end] of spans) {
    if (start < cursor) continue
    parts.push(bytes.subarray(cursor, start), redactedBytes)
    cursor = end
  }
  parts.push(bytes.subarray(cursor))
  return Buffer.concat(parts)
}

const redactValue = (value: PythonJson.Value): readonly [PythonJson.Value, boolean] => {
  if (value instanceof PythonJson.Dict) {
    let changed = false
    const entries = new Map<string, PythonJson.Value>()
    for (const [k, v] of value.entries) {
      const [r, c] = secretFields.has(k) ? [redacted, true] : redactValue(v)
      changed = changed || c
      entries.set(k, r)
    }
    return [changed ? new PythonJson.Dict(entries) : value, changed]
  }
  if (Array.isArray(value)) {
    const items = value.map(redactValue)
    return [items.map(([v]) => v), items.some(([, c]) => c)]
  }
  return [value, false]
}

const showFloat = (x: number): string =>
  Number.isNaN(x) ? "NaN" : x === Infinity ? "Infinity" : x === -Infinity ? "-Infinity" : String(x)

/** A value `json.loads` returned, written back as JSON (Python's `NaN` and `Infinity` kept). */
const show = (value: PythonJson.Value): string => {
  if (value === null) return "null"
  if (typeof value === "boolean") return value ? "true" : "false"
  if (typeof value === "string") return JSON.stringify(value)
  if (value instanceof PythonJson.Int) return value.digits
  if (value instanceof PythonJson.Float) return showFloat(value.value)
  if (value instanceof PythonJson.Dict) {
    return `{${Array.from(value.entries, ([k, v]) => `${JSON.stringify(k)}:${show(v)}`).join(",")}}`
  }
  return `[${value.map(show).join(",")}]`
}

/** The text of a body's first bytes, as much as the log could keep. */
const text = (bytes: Uint8Array): string => utf8.decode(bytes.subarray(0, 4 * loggedBodyChars))

/**
 * A request body's text with credentials redacted, read as the server reads it: a urlencoded or
 * `multipart/form-data` body (the type as `request.form()` compares it) by the form readers, the
 * values of the fields they name `password`, `client_secret`, ... replaced; a JSON body (by
 * FastAPI's rule) by `json.loads`, any key that decodes to a credential's name replaced, at any
 * depth. The patterns of {@link redactBody} apply to the result, and to any other body.
 *
 * @since 0.2.0
 * @category utils
 */
export const redactRequest = (bytes: Uint8Array, contentType: string | undefined): string => {
  const type = Multipart.parseOptionsHeader(contentType).value
  if (type === "application/x-www-form-urlencoded") {
    const spans = Form.formSpans(bytes).filter((f) => secretFields.has(f.name) && f.valueStart < f.end)
    return redactBody(text(redactSpans(bytes, spans.map((f) => [f.valueStart, f.end]))))
  }
  if (type === "multipart/form-data") {
    const spans = Multipart.partSpans(bytes, contentType).filter((p) => secretFields.has(p.name))
    return redactBody(text(redactSpans(bytes, spans.map((p) => [p.start, p.end]))))
  }
  if (FastApi.isJsonContentType(contentType)) {
    const decoded = PythonJson.loadsBytes(bytes)
    if (decoded._tag === "Value") {
      const [value, changed] = redactValue(decoded.value)
      if (changed) return show(value)
    }
  }
  return redactBody(text(bytes))
}

// ---------------------------------------------------------------------------------------------
// entries
// ---------------------------------------------------------------------------------------------

const latin1Only = /^[\x00-\xff]*$/

/**
 * A flat copy of a string, sharing nothing with the string it was sliced from (V8 keeps a slice's
 * whole parent alive).
 *
 * @since 0.2.0
 * @category utils
 */
export const copy = (s: string): string =>
  latin1Only.test(s) ? Buffer.from(s, "latin1").toString("latin1") : Buffer.from(s, "utf16le").toString("utf16le")

/**
 * What an entry is counted as against the log's byte budget: 2 bytes per character of its
 * strings and 256 bytes for the entry itself.
 *
 * @since 0.2.0
 * @category utils
 */
export const entryBytes = (entry: RecordedRequest): number => {
  let chars = entry.method.length + entry.path.length + (entry.query?.length ?? 0) + (entry.body?.length ?? 0) +
    (entry.subject?.length ?? 0) + (entry.tokenId?.length ?? 0)
  for (const [name, value] of Object.entries(entry.headers)) chars += name.length + value.length
  return 256 + 2 * chars
}

/**
 * The log's entry for a request: copies of its strings, the body redacted and cut to 64 KiB.
 *
 * @since 0.2.0
 * @category utils
 */
export const record = (incoming: Incoming): RecordedRequest => {
  const headers: Record<string, string> = {}
  for (const name of recordedHeaders) {
    const value = header(incoming.headers, name)
    if (value !== undefined) headers[name] = redactedHeaders.has(name) ? redacted : copy(value)
  }
  const claims = incoming.bearer
  return {
    method: copy(incoming.method),
    path: copy(incoming.path),
    headers,
    ...(incoming.query === "" ? {} : { query: copy(incoming.query) }),
    ...(incoming.bytes.length === 0 ? {} : {
      body: copy(redactRequest(incoming.bytes, header(incoming.headers, "content-type")).slice(0, loggedBodyChars))
    }),
    ...(claims === undefined ? {} : { subject: claims.sub }),
    ...(claims?.jti === undefined ? {} : { tokenId: claims.jti })
  }
}
