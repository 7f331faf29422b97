// Copied from core/src/server/multipart.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * `multipart/form-data` as Starlette's `MultiPartParser` reads it (over python-multipart's
 * `MultipartParser` and `parse_options_header`), for a whole body at once: the fields in order,
 * file parts (`filename=` given) apart, and the two ways it can fail — a `MultiPartException`
 * (Starlette's 400 with its message) or a python-multipart parse error (FastAPI's 400 "There was
 * an error parsing the body").
 *
 * Pure and linear in the body: every search moves forward, the boundary is at most 256 bytes,
 * part headers are limited (8 per part, 4224 bytes each) and so are fields, files and the size of
 * a field (1000, 1000, 1 MiB).
 *
 * @since 0.2.0
 */
import { parseOptionsHeader } from "./optionsHeader.js"

/**
 * `parse_options_header` and `_parseparam` (in `optionsHeader.ts`).
 *
 * @since 0.2.0
 * @category parsing
 */
export { parseOptionsHeader, parseParams } from "./optionsHeader.js"

/**
 * A file part (one with a `filename` parameter): what Starlette's `UploadFile` holds.
 *
 * @since 0.2.0
 * @category models
 */
export interface UploadFile {
  readonly _tag: "UploadFile"
  readonly filename: string
  readonly content: Uint8Array
  /** The part's headers: lower-case names, values read as latin-1, in order. */
  readonly headers: ReadonlyArray<readonly [string, string]>
}

/**
 * The value of a form field: text, or a file.
 *
 * @since 0.2.0
 * @category models
 */
export type FormValue = string | UploadFile

/**
 * What reading a multipart body ends in: the fields (in order, repeated names kept), Starlette's
 * `MultiPartException` (its message), or a python-multipart parse error.
 *
 * @since 0.2.0
 * @category models
 */
export type Parsed =
  | { readonly _tag: "Form"; readonly fields: ReadonlyArray<readonly [string, FormValue]> }
  | { readonly _tag: "Refused"; readonly message: string }
  | { readonly _tag: "Malformed" }

/**
 * `request.form()`'s limits.
 *
 * @since 0.2.0
 * @category models
 */
export interface Limits {
  readonly maxFields: number
  readonly maxFiles: number
  /** The largest field value in bytes (file parts are not limited). */
  readonly maxPartSize: number
}

/**
 * Starlette's defaults: 1000 fields, 1000 files, 1 MiB per field.
 *
 * @since 0.2.0
 * @category constants
 */
export const defaultLimits: Limits = { maxFields: 1000, maxFiles: 1000, maxPartSize: 1024 * 1024 }

/**
 * python-multipart's `MAX_BOUNDARY_LENGTH`: a longer boundary is a parse error.
 *
 * @since 0.2.0
 * @category constants
 */
export const maxBoundaryLength = 256

/**
 * python-multipart's `DEFAULT_MAX_HEADER_COUNT`: headers per part.
 *
 * @since 0.2.0
 * @category constants
 */
export const maxHeaderCount = 8

/**
 * python-multipart's `DEFAULT_MAX_HEADER_SIZE`: the bytes of one header line (name, colon,
 * spaces and value).
 *
 * @since 0.2.0
 * @category constants
 */
export const maxHeaderSize = 4096 + 128

// ---------------------------------------------------------------------------------------------
// charsets, as Starlette's `_user_safe_decode` (the codec, else latin-1)
// ---------------------------------------------------------------------------------------------

const utf8Names = new Set(["utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"])

/** `encodings.normalize_encoding`, lower-cased as `codecs.lookup` does. */
const normalizeEncoding = (name: string): string =>
  name.toLowerCase().replace(/[^a-z0-9.]+/g, "_").replace(/^_+|_+$/g, "")

/**
 * Bytes as Python's latin-1 codec reads them.
 *
 * @since 0.2.0
 * @category parsing
 */
export const latin1 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1")
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })

/**
 * Starlette's `_user_safe_decode`: the bytes in `charset`, latin-1 when they do not decode or the
 * codec is unknown. UTF-8 is known by its Python names; every other charset reads as latin-1
 * (exact for latin-1 and ASCII, an approximation for other Python codecs).
 *
 * @since 0.2.0
 * @category parsing
 */
export const decodeText = (bytes: Uint8Array, charset: string): string => {
  if (!utf8Names.has(normalizeEncoding(charset))) return latin1(bytes)
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return latin1(bytes)
  }
}

// ---------------------------------------------------------------------------------------------
// the parser
// ---------------------------------------------------------------------------------------------

const CR = 13
const LF = 10
const HYPHEN = 45
const COLON = 58
const SPACE = 32

const tokenChars = new Uint8Array(256)
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-.^_`|~") {
  tokenChars[c.charCodeAt(0)] = 1
}

const isToken = (data: Uint8Array, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (tokenChars[data[i] ?? 0] !== 1) return false
  return true
}

/** Thrown inside the parser only, caught by {@link parseMultipart}. */
class Stop {
  constructor(readonly result: Parsed) {}
}

const malformed: Parsed = { _tag: "Malformed" }
const refuse = (message: string): never => {
  throw new Stop({ _tag: "Refused", message })
}
const fail = (): never => {
  throw new Stop(malformed)
}

/**
 * The length of the longest suffix of `data` (from a CR in its last `delimiter.length - 1` bytes)
 * that starts `delimiter`: what python-multipart holds back as a possible boundary.
 */
const partialDelimiter = (data: Buffer, from: number, delimiter: Buffer): number => {
  const k = data.lastIndexOf(CR, data.length - 1)
  if (k < Math.max(from, data.length - delimiter.length + 1)) return 0
  return data.subarray(k).equals(delimiter.subarray(0, data.length - k)) ? data.length - k : 0
}

interface Part {
  readonly name: string
  readonly file: boolean
  readonly filename: string
  readonly headers: ReadonlyArray<readonly [string, string]>
}

class Parser {
  readonly items: Array<readonly [string, FormValue]> = []
  readonly spans: Array<PartSpan> = []
  private fields = 0
  private files = 0
  private readonly delimiter: Buffer

  constructor(
    private readonly data: Buffer,
    boundary: Buffer,
    private readonly charset: string,
    private readonly limits: Limits
  ) {
    this.delimiter = Buffer.concat([Buffer.from("\r\n--", "latin1"), boundary])
  }

  /** The byte at `i`, or `undefined` past the end (the body stops there: no error). */
  private at(i: number): number | undefined {
    return this.data[i]
  }

  run(): void {
    const data = this.data
    let i = 0
    // START: a leading CR or LF skips to the next "-"
    const first = this.at(0)
    if (first === undefined) return
    if (first === CR || first === LF) {
      i = data.indexOf(HYPHEN, 0)
      if (i < 0) return
    }
    // START_BOUNDARY: "--boundary", then CRLF (a part) or "--" (no parts)
    const dashBoundary = this.delimiter.subarray(2)
    for (let j = 0; j < dashBoundary.length; j++) {
      const c = this.at(i + j)
      if (c === undefined) return
      if (c !== dashBoundary[j]) fail()
    }
    i += dashBoundary.length
    const after = this.at(i)
    if (after === undefined) return
    if (after === HYPHEN) {
      const second = this.at(i + 1)
      if (second !== undefined && second !== HYPHEN) fail()
      return
    }
    if (after !== CR) fail()
    const lf = this.at(i + 1)
    if (lf === undefined) return
    if (lf !== LF) fail()
    i += 2
    for (;;) {
      const next = this.part(i)
      if (next < 0) return
      i = next
    }
  }

  /** One part from its headers on: where the next one starts, or -1 at the end. */
  private part(start: number): number {
    const headers = this.headers(start)
    if (headers === undefined) return -1
    const part = this.begin(headers.list)
    return this.body(part, headers.end)
  }

  private headers(
    start: number
  ): { readonly list: ReadonlyArray<readonly [string, string]>; readonly end: number } | undefined {
    const data = this.data
    const list: Array<readonly [string, string]> = []
    let i = start
    for (;;) {
      const c = this.at(i)
      if (c === undefined) return undefined
      if (c === CR) {
        const lf = this.at(i + 1)
        if (lf === undefined) return undefined
        if (lf !== LF) fail()
        return { list, end: i + 2 }
      }
      if (list.length + 1 > maxHeaderCount) fail()
      const colon = data.indexOf(COLON, i)
      const nameEnd = colon < 0 ? data.length : colon
      let size = nameEnd - i + (colon < 0 ? 0 : 1)
      if (size > maxHeaderSize) fail()
      if (!isToken(data, i, nameEnd)) fail()
      if (colon < 0) return undefined
      if (nameEnd === i) fail()
      let v = colon + 1
      while (this.at(v) === SPACE) {
        size += 1
        if (size > maxHeaderSize) fail()
        v++
      }
      if (v >= data.length) return undefined
      const cr = data.indexOf(CR, v)
      const valueEnd = cr < 0 ? data.length : cr
      size += valueEnd - v
      if (size > maxHeaderSize) fail()
      if (cr < 0) return undefined
      list.push([latin1(data.subarray(i, nameEnd)).toLowerCase(), latin1(data.subarray(v, cr))])
      const lf = this.at(cr + 1)
      if (lf === undefined) return undefined
      if (lf !== LF) fail()
      i = cr + 2
    }
  }

  /** Starlette's `on_headers_finished`: the part's name, and the field and file counts. */
  private begin(headers: ReadonlyArray<readonly [string, string]>): Part {
    let disposition: string | undefined
    for (const [name, value] of headers) if (name === "content-disposition") disposition = value
    const { options } = parseOptionsHeader(disposition)
    const name = options.get("name")
    if (name === undefined) refuse("The Content-Disposition header field \"name\" must be provided.")
    const filename = options.get("filename")
    if (filename !== undefined) {
      this.files += 1
      if (this.files > this.limits.maxFiles) {
        refuse(`Too many files. Maximum number of files is ${this.limits.maxFiles}.`)
      }
    } else {
      this.fields += 1
      if (this.fields > this.limits.maxFields) {
        refuse(`Too many fields. Maximum number of fields is ${this.limits.maxFields}.`)
      }
    }
    return {
      name: this.text(name ?? ""),
      file: filename !== undefined,
      filename: this.text(filename ?? ""),
      headers
    }
  }

  private text(latin: string): string {
    return decodeText(Buffer.from(latin, "latin1"), this.charset)
  }

  private checkSize(part: Part, size: number): void {
    if (!part.file && size > this.limits.maxPartSize) {
      refuse(`Part exceeded maximum size of ${Math.trunc(this.limits.maxPartSize / 1024)}KB.`)
    }
  }

  /** The part's data up to the next delimiter: where the next part starts, or -1 at the end. */
  private body(part: Part, start: number): number {
    const data = this.data
    const delimiter = this.delimiter
    let from = start
    for (;;) {
      const k = data.indexOf(delimiter, from)
      if (k < 0) {
        // no boundary: the data so far is handed over (and counted), the part never ends
        this.checkSize(part, data.length - partialDelimiter(data, from, delimiter) - start)
        return -1
      }
      const after = k + delimiter.length
      const c = this.at(after)
      if (c === undefined) {
        this.checkSize(part, k - start)
        return -1
      }
      if (c === CR || c === HYPHEN) {
        const d = this.at(after + 1)
        if (d === undefined) {
          this.checkSize(part, k - start)
          return -1
        }
        if ((c === CR && d === LF) || (c === HYPHEN && d === HYPHEN)) {
          this.checkSize(part, k - start)
          this.spans.push({ name: part.name, start, end: k })
          this.end(part, data.subarray(start, k))
          return c === CR ? after + 2 : -1
        }
        from = after + 1
      } else {
        from = after
      }
    }
  }

  /** Starlette's `on_part_end`. */
  private end(part: Part, content: Buffer): void {
    this.items.push([
      part.name,
      part.file
        ? { _tag: "UploadFile", filename: part.filename, content: Uint8Array.from(content), headers: part.headers }
        : decodeText(content, this.charset)
    ])
  }
}

/**
 * A `multipart/form-data` body as Starlette's `request.form()` reads it, given the request's
 * `Content-Type`: the `boundary` parameter (quoted or not) is required ("Missing boundary in
 * multipart."), `charset` (default UTF-8) decodes names and values. Parts that the body does not
 * finish (no closing delimiter) are left out, as python-multipart does not check the end.
 *
 * @since 0.2.0
 * @category parsing
 */
export const parseMultipart = (
  bytes: Uint8Array,
  contentType: string | undefined,
  limits: Limits = defaultLimits
): Parsed => read(bytes, contentType, limits).parsed

/**
 * A part {@link parseMultipart} read to its end: its name (decoded as the form decodes it) and
 * where its content lies (byte offsets).
 *
 * @since 0.2.0
 * @category models
 */
export interface PartSpan {
  readonly name: string
  readonly start: number
  readonly end: number
}

/**
 * Where the parts of a `multipart/form-data` body lie, as {@link parseMultipart} reads them (the
 * parts before a refusal or a parse error included): what the log's redaction uses, so that a
 * part the login reads as `password` is the part it redacts.
 *
 * @since 0.2.0
 * @category parsing
 */
export const partSpans = (
  bytes: Uint8Array,
  contentType: string | undefined,
  limits: Limits = defaultLimits
): ReadonlyArray<PartSpan> => read(bytes, contentType, limits).spans

const read = (
  bytes: Uint8Array,
  contentType: string | undefined,
  limits: Limits
): { readonly parsed: Parsed; readonly spans: ReadonlyArray<PartSpan> } => {
  const { options } = parseOptionsHeader(contentType)
  const charset = options.get("charset") ?? "utf-8"
  const boundary = options.get("boundary")
  if (boundary === undefined) {
    return { parsed: { _tag: "Refused", message: "Missing boundary in multipart." }, spans: [] }
  }
  if (boundary.length > maxBoundaryLength) return { parsed: malformed, spans: [] }
  const parser = new Parser(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    Buffer.from(boundary, "latin1"),
    charset,
    limits
  )
  try {
    parser.run()
  } catch (u) {
    if (u instanceof Stop) return { parsed: u.result, spans: parser.spans }
    throw u
  }
  return { parsed: { _tag: "Form", fields: parser.items }, spans: parser.spans }
}
