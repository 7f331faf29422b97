// Copied from core/src/server/form.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * How FastAPI (Starlette's `request.form()`) reads a form, for the embedded server: urlencoded
 * bodies as python-multipart's `QuerystringParser` and Starlette read them, `multipart/form-data`
 * through `multipart.ts`, and the validation of the OAuth2 password form with FastAPI's exact
 * 422 entries (a file where text belongs rendered as `jsonable_encoder` renders an `UploadFile`).
 *
 * @since 0.2.0
 */
import * as FastApi from "./fastApi.js"
import * as Multipart from "./multipart.js"
import * as PythonJson from "./pythonJson.js"

/**
 * The fields of a urlencoded body, in order (python-multipart's `QuerystringParser` without
 * strict parsing, then Starlette's `unquote_plus(field.decode("latin-1"))`).
 *
 * @since 0.2.0
 * @category parsing
 */
export const parseForm = (bytes: Uint8Array): ReadonlyArray<readonly [string, string]> =>
  formSpans(bytes).map(({ name, value }) => [name, value])

/**
 * A field of a urlencoded body: its name and value decoded, and where its raw value lies (byte
 * offsets, `valueStart` equal to `end` when there is no `=`).
 *
 * @since 0.2.0
 * @category models
 */
export interface FormSpan {
  readonly name: string
  readonly value: string
  readonly valueStart: number
  readonly end: number
}

/**
 * {@link parseForm} with where each field's value lies: the one scanner that both the login and
 * the log's redaction read a form with. Linear: the next `&`, `;` and `=` are each searched
 * forward from where the last search found one (python-multipart's separator is the next `&`
 * when there is one further on, else the next `;`).
 *
 * @since 0.2.0
 * @category parsing
 */
export const formSpans = (bytes: Uint8Array): ReadonlyArray<FormSpan> => {
  const data = Multipart.latin1(bytes)
  const fields: Array<FormSpan> = []
  const plus = (s: string) => FastApi.unquote(s.includes("+") ? s.replace(/\+/g, " ") : s)
  // cached forward searches: -2 not searched yet, -1 none further on
  let amp = -2
  let semi = -2
  let eq = -2
  const separator = (from: number) => {
    if (amp !== -1 && amp < from) amp = data.indexOf("&", from)
    if (amp >= 0) return amp
    if (semi !== -1 && semi < from) semi = data.indexOf(";", from)
    return semi
  }
  let i = 0
  while (i < data.length) {
    if (data[i] === "&" || data[i] === ";") {
      i++
      continue
    }
    const sep = separator(i)
    const stop = sep >= 0 ? sep : data.length
    if (eq !== -1 && eq < i) eq = data.indexOf("=", i)
    if (eq >= 0 && eq < stop) {
      const valueEnd = separator(eq + 1)
      const end = valueEnd >= 0 ? valueEnd : data.length
      fields.push({ name: plus(data.slice(i, eq)), value: plus(data.slice(eq + 1, end)), valueStart: eq + 1, end })
      i = end
    } else {
      fields.push({ name: plus(data.slice(i, stop)), value: "", valueStart: stop, end: stop })
      i = stop
    }
  }
  return fields
}

/**
 * What Starlette's `request.form()` ends in: the form (the last value of a repeated name), or
 * the answer FastAPI gives when the body cannot be read as one.
 *
 * @since 0.2.0
 * @category models
 */
export type FormRead =
  | { readonly _tag: "Form"; readonly form: ReadonlyMap<string, Multipart.FormValue> }
  | { readonly _tag: "Failed"; readonly answer: FastApi.Answer }

/**
 * Starlette's `request.form()`: the fields of a urlencoded or `multipart/form-data` body, nothing
 * for any other content type (the type compared as `parse_options_header` gives it: lower-cased
 * only when it has no parameters). A multipart body Starlette refuses (`MultiPartException`: no
 * boundary, a part without a name, too many fields or files, a field over 1 MiB) is a 400 with
 * Starlette's message; one python-multipart cannot parse is FastAPI's 400 "There was an error
 * parsing the body".
 *
 * @since 0.2.0
 * @category parsing
 */
export const readForm = (
  bytes: Uint8Array,
  contentType: string | undefined,
  limits: Multipart.Limits = Multipart.defaultLimits
): FormRead => {
  const type = Multipart.parseOptionsHeader(contentType).value
  if (type === "application/x-www-form-urlencoded") return { _tag: "Form", form: new Map(parseForm(bytes)) }
  if (type !== "multipart/form-data") return { _tag: "Form", form: new Map() }
  const parsed = Multipart.parseMultipart(bytes, contentType, limits)
  switch (parsed._tag) {
    case "Form":
      return { _tag: "Form", form: new Map(parsed.fields) }
    case "Refused":
      return { _tag: "Failed", answer: FastApi.json(400, { detail: parsed.message }) }
    case "Malformed":
      return { _tag: "Failed", answer: FastApi.bodyParseError }
  }
}

const int = (n: number): PythonJson.Int => new PythonJson.Int(String(n))

/** What `dict()` makes of lines of bytes (a 2-byte line is a key and a value), `undefined` if it fails. */
const dictOfLines = (content: Uint8Array, from: number): readonly [PythonJson.Dict | undefined, number] => {
  const entries = new Map<string, PythonJson.Value>()
  let i = from
  while (i < content.length) {
    const newline = content.indexOf(10, i)
    const end = newline < 0 ? content.length : newline + 1
    if (end - i !== 2) return [undefined, end]
    entries.set(String(content[i]), int(content[i + 1] ?? 0))
    i = end
  }
  return [new PythonJson.Dict(entries), i]
}

const temporaryFileArgs = new PythonJson.Dict(
  new Map<string, PythonJson.Value>([
    ["mode", "w+b"],
    ["buffering", int(-1)],
    ["suffix", null],
    ["prefix", null],
    ["encoding", null],
    ["newline", null],
    ["dir", null],
    ["errors", null]
  ])
)

/** Starlette's spooled file size (it rolls over to disk past it). */
const spoolMaxSize = 1024 * 1024

/**
 * How FastAPI's `jsonable_encoder` renders a Starlette `UploadFile` (Starlette 0.47, CPython
 * 3.11+) in a 422's `input`: its attributes, the spooled file read as `dict()` reads an iterable
 * of lines, and failing that, the attributes of the file (its buffer again read as lines, from
 * where the first attempt stopped).
 *
 * @since 0.2.0
 * @category errors
 */
export const uploadFileInput = (file: Multipart.UploadFile): PythonJson.Dict => {
  const [whole, stop] = dictOfLines(file.content, 0)
  const spooled: PythonJson.Dict = whole ??
    new PythonJson.Dict(
      new Map<string, PythonJson.Value>([
        ["_file", dictOfLines(file.content, stop)[0] ?? new PythonJson.Dict(new Map())],
        ["_max_size", int(spoolMaxSize)],
        ["_rolled", file.content.length > spoolMaxSize],
        ["_TemporaryFileArgs", temporaryFileArgs]
      ])
    )
  const headers = new Map<string, PythonJson.Value>()
  for (const [name, value] of file.headers) if (!headers.has(name)) headers.set(name, value)
  return new PythonJson.Dict(
    new Map<string, PythonJson.Value>([
      ["filename", file.filename],
      ["file", spooled],
      ["size", int(file.content.length)],
      ["headers", new PythonJson.Dict(headers)],
      ["_max_mem_size", int(spoolMaxSize)]
    ])
  )
}

/**
 * The fields of FastAPI's `OAuth2PasswordRequestForm` (`POST /login`), in its order, each
 * required or optional: the one list the validation below and the OpenAPI document's form
 * schema are both derived from.
 *
 * @since 0.3.0
 * @category constants
 */
export const passwordFormFields = {
  grant_type: "optional",
  username: "required",
  password: "required",
  scope: "optional",
  client_id: "optional",
  client_secret: "optional"
} as const

/**
 * Validates FastAPI's `OAuth2PasswordRequestForm`, field by field in its order: a file part is
 * no `str` (`string_type`, the file as `input`); `grant_type` is optional but `password` if
 * given; `username` and `password` are required; an empty value counts as missing.
 *
 * @since 0.2.0
 * @category validation
 */
export const validatePasswordForm = (
  form: ReadonlyMap<string, Multipart.FormValue>
):
  | { readonly _tag: "Valid"; readonly username: string; readonly password: string }
  | { readonly _tag: "Errors"; readonly errors: ReadonlyArray<FastApi.FastApiError> } =>
{
  const errors: Array<FastApi.FastApiError> = []
  const text: Record<string, string> = {}
  for (const [name, need] of Object.entries(passwordFormFields)) {
    const value = form.get(name)
    if (value === undefined || value === "") {
      if (need === "required") errors.push(FastApi.missing(["body", name], null))
    } else if (typeof value !== "string") {
      errors.push({
        type: "string_type",
        loc: ["body", name],
        msg: "Input should be a valid string",
        input: uploadFileInput(value)
      })
    } else if (name === "grant_type" && value !== "password") {
      errors.push({
        type: "string_pattern_mismatch",
        loc: ["body", "grant_type"],
        msg: "String should match pattern '^password$'",
        input: value,
        ctx: { pattern: "^password$" }
      })
    } else {
      text[name] = value
    }
  }
  const username = text["username"]
  const password = text["password"]
  return username !== undefined && password !== undefined && errors.length === 0
    ? { _tag: "Valid", username, password }
    : { _tag: "Errors", errors }
}
