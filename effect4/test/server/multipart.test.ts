/**
 * `POST /login` with a `multipart/form-data` body, as FastAPI (Starlette's `MultiPartParser` over
 * python-multipart) answers it; and the parser itself. Expected answers were taken from FastAPI
 * with Starlette and python-multipart (python-multipart's parse errors rendered as FastAPI's
 * "There was an error parsing the body", as Starlette before 1.7 lets them through).
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import * as FastApi from "../../src/core/server/fastApi.js"
import * as Form from "../../src/core/server/form.js"
import * as Multipart from "../../src/core/server/multipart.js"
import * as PythonJson from "../../src/core/server/pythonJson.js"
import { GalileoServer } from "../../src/testing/index.js"
import * as Cost from "../support/Cost.js"
import { type Answer, grantTypeMismatch, json, missingField as missing, request } from "./http.js"

const withServer = (options: GalileoServer.Options = {}) => Effect.provide(GalileoServer.layer(options))

const boundary = "XyZ"
const multipartType = `multipart/form-data; boundary=${boundary}`

type Part = readonly [name: string, value: string, extra?: string]

/** A multipart body (latin-1 text: one character a byte). */
const multipart = (parts: ReadonlyArray<Part>, b = boundary, close = `--${b}--\r\n`): string =>
  parts.map(([name, value, extra = ""]) =>
    `--${b}\r\nContent-Disposition: form-data; name="${name}"${extra}\r\n\r\n${value}\r\n`
  ).join("") + close

const post = (url: string, body: string | Buffer, contentType: string) =>
  request(url, {
    method: "POST",
    body: typeof body === "string" ? Buffer.from(body, "latin1") : body,
    headers: { "content-type": contentType }
  })

const urlencoded = (url: string, body: string) => post(url, body, "application/x-www-form-urlencoded")

const { password, username } = GalileoServer.demoUser
const parseError = "{\"detail\":\"There was an error parsing the body\"}"
const shape = (
  answer: Answer
) => [answer.status, Object.keys(Object(json(answer))).sort(), answer.headers["set-cookie"]?.length]

describe("POST /login: multipart/form-data", () => {
  it.live("a multipart login succeeds exactly as the urlencoded one does", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      for (const path of ["/login", "/v1/login"]) {
        const form = yield* urlencoded(
          `${server.url}${path}`,
          `grant_type=password&username=${encodeURIComponent(username)}&password=${password}`
        )
        const parts = yield* post(
          `${server.url}${path}`,
          multipart([["grant_type", "password"], ["username", username], ["password", password]]),
          multipartType
        )
        expect(shape(parts)).toEqual([200, ["access_token", "token_type"], 1])
        expect(shape(parts)).toEqual(shape(form))
        expect(json(parts)).toMatchObject({ token_type: "bearer" })
        const token = String(Object(json(parts)).access_token)
        const me = yield* request(`${server.url}/current_user`, { headers: { authorization: `Bearer ${token}` } })
        expect(json(me)).toMatchObject({
          id: GalileoServer.userIdOf(GalileoServer.subjectOf(username)),
          email: username,
          role: "user"
        })
      }
      const wrong = yield* post(
        `${server.url}/login`,
        multipart([["username", username], ["password", "nope"]]),
        multipartType
      )
      expect([wrong.status, wrong.headers["www-authenticate"], wrong.text]).toEqual([
        401,
        "Bearer",
        "{\"detail\":\"Incorrect username or password\"}"
      ])
      const stats = yield* server.stats
      expect([stats.logins, stats.passwordLogins, stats.refusedLogins]).toEqual([4, 4, 1])
    }).pipe(withServer()))

  it.live("missing or empty fields, a bad grant_type: the very 422 of the urlencoded form", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const url = `${server.url}/v1/login`
      const cases: ReadonlyArray<readonly [ReadonlyArray<Part>, string, unknown]> = [
        [[], "", [missing("username"), missing("password")]],
        [[["username", "a"], ["password", ""]], "username=a&password=", [missing("password")]],
        [[["username", ""], ["password", "b"]], "username=&password=b", [missing("username")]],
        [[["grant_type", "client_credentials"], ["username", "a"]], "grant_type=client_credentials&username=a", [
          grantTypeMismatch("client_credentials"),
          missing("password")
        ]]
      ]
      for (const [parts, form, detail] of cases) {
        const a = yield* post(url, multipart(parts), multipartType)
        const b = yield* urlencoded(url, form)
        expect([a.status, json(a)]).toEqual([422, { detail }])
        expect(a.text).toBe(b.text)
      }
      expect((yield* server.stats).invalidLogins).toBe(2 * cases.length)
    }).pipe(withServer()))

  it.live("fields read as Starlette reads them: quoted boundary, charset, last value, preamble, epilogue", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const url = `${server.url}/login`
      const user = (name: string): ReadonlyArray<Part> => [["username", name], ["password", "p&w d"]]
      const status = (body: string, type = multipartType) => Effect.map(post(url, body, type), (a) => a.status)
      // UTF-8 by default; bytes that are no UTF-8 read as latin-1
      expect(yield* status(multipart(user("J\xc3\xbcrgen")))).toBe(200)
      expect(yield* status(multipart(user("J\xfcrgen")))).toBe(200)
      // charset=latin-1 reads the UTF-8 bytes as two characters
      expect(yield* status(multipart(user("J\xc3\xbcrgen")), `${multipartType}; charset=latin-1`)).toBe(401)
      expect(yield* status(multipart(user("J\xc3\xbcrgen")), `multipart/form-data; boundary="${boundary}"`)).toBe(200)
      expect(yield* status(multipart([["username", "x"], ...user("J\xfcrgen")]))).toBe(200)
      expect(yield* status(`\r\n\r\n${multipart(user("J\xfcrgen"))}junk after the end`)).toBe(200)
      // a boundary with ";" and spaces, quoted
      expect(yield* status(multipart(user("J\xfcrgen"), "a; b"), "multipart/form-data; boundary=\"a; b\"")).toBe(200)
      // the type as parse_options_header gives it: not lower-cased when it has parameters
      const upper = yield* post(url, multipart(user("J\xfcrgen")), `Multipart/Form-Data; boundary=${boundary}`)
      expect([upper.status, json(upper)]).toEqual([422, { detail: [missing("username"), missing("password")] }])
      // a part the body does not finish is left out (python-multipart does not check the end)
      for (const close of ["", `--${boundary}`, `--${boundary}-`]) {
        const unfinished = yield* post(url, multipart(user("J\xfcrgen"), boundary, close), multipartType)
        expect([unfinished.status, json(unfinished)]).toEqual([422, { detail: [missing("password")] }])
      }
      expect(yield* status(multipart(user("J\xfcrgen"), boundary, `--${boundary}\r\n`))).toBe(200)
    }).pipe(withServer({ users: [{ username: "Jürgen", password: "p&w d" }] })))

  it.live("a file part is no str: 422 string_type, the UploadFile as FastAPI renders it", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const answer = yield* post(
        `${server.url}/login`,
        multipart([["username", "a"], ["password", "pw", "; filename=\"C:\\\\dir\\\\x.txt\""], [
          "scope",
          "",
          "; filename=\"\""
        ]]),
        multipartType
      )
      const temporaryFileArgs =
        "\"_TemporaryFileArgs\":{\"mode\":\"w+b\",\"buffering\":-1,\"suffix\":null,\"prefix\":null,\"encoding\":null,\"newline\":null,\"dir\":null,\"errors\":null}"
      expect(answer.status).toBe(422)
      expect(answer.text).toBe(
        "{\"detail\":[{\"type\":\"string_type\",\"loc\":[\"body\",\"password\"],\"msg\":\"Input should be a valid string\",\"input\":{\"filename\":\"x.txt\",\"file\":{\"112\":119},\"size\":2,\"headers\":{\"content-disposition\":\"form-data; name=\\\"password\\\"; filename=\\\"C:\\\\\\\\dir\\\\\\\\x.txt\\\"\"},\"_max_mem_size\":1048576}}," +
          "{\"type\":\"string_type\",\"loc\":[\"body\",\"scope\"],\"msg\":\"Input should be a valid string\",\"input\":{\"filename\":\"\",\"file\":{},\"size\":0,\"headers\":{\"content-disposition\":\"form-data; name=\\\"scope\\\"; filename=\\\"\\\"\"},\"_max_mem_size\":1048576}}]}"
      )
      const multiLine = yield* post(
        `${server.url}/login`,
        multipart([["grant_type", "abc\nde", "; filename=\"f\""], ["username", "a"], ["password", "b"]]),
        multipartType
      )
      expect(multiLine.text).toBe(
        `{"detail":[{"type":"string_type","loc":["body","grant_type"],"msg":"Input should be a valid string","input":{"filename":"f","file":{"_file":{"100":101},"_max_size":1048576,"_rolled":false,${temporaryFileArgs}},"size":6,"headers":{"content-disposition":"form-data; name=\\"grant_type\\"; filename=\\"f\\""},"_max_mem_size":1048576}}]}`
      )
    }).pipe(withServer()))

  it.live("a body python-multipart cannot parse: FastAPI's 400, exactly", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const ok = multipart([["username", username], ["password", password]])
      const header = (line: string) =>
        `--${boundary}\r\n${line}\r\nContent-Disposition: form-data; name="a"\r\n\r\nv\r\n`
      const cases: ReadonlyArray<readonly [string, string]> = [
        ["username=a&password=b", multipartType], // no boundary where one must be
        [ok.replaceAll("\r\n", "\n"), multipartType], // LF without CR
        [header("Content Type: text/plain"), multipartType], // a space in a header name
        [header(": v"), multipartType], // an empty header name
        [`--${boundary}\r\nContent-Disposition: form-data; name="a"\rX\r\n\r\nv\r\n`, multipartType], // CR without LF
        [header(Array.from({ length: 8 }, (_, i) => `X-${i}: v`).join("\r\n")), multipartType], // 9 headers
        [header(`X: ${"v".repeat(4222)}`), multipartType], // a header line over 4224 bytes
        [ok, "multipart/form-data; boundary="], // an empty boundary
        [ok.replaceAll(boundary, "b".repeat(257)), `multipart/form-data; boundary=${"b".repeat(257)}`],
        ["\x00\xff\xfe garbage \x01", multipartType],
        ["\r\nhello-x", "multipart/form-data; boundary=b"] // after a leading CR, from the next "-" on
      ]
      for (const [body, type] of cases) {
        const answer = yield* post(`${server.url}/login`, body, type)
        expect([answer.status, answer.headers["content-type"], answer.text]).toEqual([
          400,
          "application/json",
          parseError
        ])
      }
      // the limits' edges still parse
      const edges = [
        header(Array.from({ length: 7 }, (_, i) => `X-${i}: v`).join("\r\n")),
        header(`X: ${"v".repeat(4221)}`)
      ]
      for (const body of edges) expect((yield* post(`${server.url}/login`, body, multipartType)).status).toBe(422)
      const longest = "b".repeat(256)
      const at256 = yield* post(
        `${server.url}/login`,
        ok.replaceAll(boundary, longest),
        `multipart/form-data; boundary=${longest}`
      )
      expect(at256.status).toBe(200)
      expect((yield* server.stats).invalidLogins).toBe(cases.length + edges.length)
    }).pipe(withServer()))

  it.live("Starlette's refusals: 400 with its message", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const url = `${server.url}/login`
      const detail = (message: string) => JSON.stringify({ detail: message })
      const noName = detail("The Content-Disposition header field \"name\" must be provided.")
      const cases: ReadonlyArray<readonly [string, string, string]> = [
        [multipart([["username", "a"]]), "multipart/form-data", detail("Missing boundary in multipart.")],
        [
          multipart([["username", "a"]]),
          "multipart/form-data; charset=utf-8",
          detail("Missing boundary in multipart.")
        ],
        [`--${boundary}\r\nContent-Disposition: form-data\r\n\r\nv\r\n--${boundary}--`, multipartType, noName],
        [`--${boundary}\r\nContent-Type: text/plain\r\n\r\nv\r\n--${boundary}--`, multipartType, noName],
        // RFC 2231 forms are ignored (RFC 7578 forbids them)
        [`--${boundary}\r\nContent-Disposition: form-data; name*=utf-8''username\r\n\r\nv\r\n`, multipartType, noName],
        [
          multipart(Array.from({ length: 1001 }, (): Part => ["f", ""])),
          multipartType,
          detail("Too many fields. Maximum number of fields is 1000.")
        ],
        [
          multipart(Array.from({ length: 1001 }, (): Part => ["f", "", "; filename=\"f\""])),
          multipartType,
          detail("Too many files. Maximum number of files is 1000.")
        ]
      ]
      for (const [body, type, text] of cases) {
        const answer = yield* post(url, body, type)
        expect([answer.status, answer.headers["content-type"], answer.text]).toEqual([400, "application/json", text])
      }
      const mib = 1024 * 1024
      const big = yield* post(url, multipart([["username", "x".repeat(mib + 1)], ["password", "b"]]), multipartType)
      expect([big.status, big.text]).toEqual([400, detail("Part exceeded maximum size of 1024KB.")])
      // ... counted even when the part never ends; files are not limited
      const open = yield* post(
        url,
        `--${boundary}\r\nContent-Disposition: form-data; name="a"\r\n\r\n${"x".repeat(mib + 1)}`,
        multipartType
      )
      expect([open.status, open.text]).toEqual([400, detail("Part exceeded maximum size of 1024KB.")])
      const file = yield* post(
        url,
        multipart([["username", "a"], ["password", "b"], ["other", "x".repeat(mib + 1), "; filename=\"f\""]]),
        multipartType
      )
      expect(file.status).toBe(401)
      // 1000 fields, and a field of exactly 1 MiB, are within the limits
      const fields = multipart([
        ...Array.from({ length: 998 }, (): Part => ["f", ""]),
        ["username", "a"],
        ["password", "x".repeat(mib)]
      ])
      expect((yield* post(url, fields, multipartType)).status).toBe(401)
    }).pipe(withServer({ maxBodyBytes: 4 * 1024 * 1024 })))

  it.live("the request log redacts a multipart password", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      yield* post(`${server.url}/login`, multipart([["username", "a"], ["password", "s3cret"]]), multipartType)
      const [entry] = yield* server.requests
      expect(entry?.body).toBe(multipart([["username", "a"], ["password", "<redacted>"]]))
    }).pipe(withServer()))
})

const bytes = (text: string) => Buffer.from(text, "latin1")

describe("multipart parser", () => {
  it("parse_options_header: quotes, case, repeated and RFC 2231 keys, Windows file names", () => {
    const parse = (value: string | undefined) => {
      const { options, value: type } = Multipart.parseOptionsHeader(value)
      return [type, Object.fromEntries(options)]
    }
    expect(parse(undefined)).toEqual(["", {}])
    expect(parse("  Multipart/Form-Data ")).toEqual(["multipart/form-data", {}])
    expect(parse("Multipart/Form-Data; Boundary = \"a;b\" ; charset=latin-1")).toEqual([
      "Multipart/Form-Data",
      { boundary: "a;b", charset: "latin-1" }
    ])
    expect(parse("form-data; name=\"a\\\"b\"; name=c; name*=utf-8''d")).toEqual(["form-data", { name: "c" }])
    expect(parse("form-data; name=f; filename=\"C:\\\\x\\\\y.txt\"")).toEqual(["form-data", {
      name: "f",
      filename: "y.txt"
    }])
    expect(parse("form-data; flag; =v")).toEqual(["form-data", { flag: "", "": "v" }])
  })

  it("fields and files in order, repeated names kept, values decoded", () => {
    const body = `${
      multipart([["a", "1"], ["a", "line\r\nline"], ["\xc3\xa9", "J\xc3\xbcrgen"], ["b", "\xff"]]).slice(0, -9)
    }--${boundary}\r\nContent-Disposition: form-data; name="f"; filename="x.txt"\r\nContent-Type: text/plain\r\n\r\n\x00\x01\r\n--${boundary}--`
    expect(Multipart.parseMultipart(bytes(body), multipartType)).toEqual({
      _tag: "Form",
      fields: [
        ["a", "1"],
        ["a", "line\r\nline"],
        ["é", "Jürgen"],
        ["b", "ÿ"],
        ["f", {
          _tag: "UploadFile",
          filename: "x.txt",
          content: Uint8Array.from([0, 1]),
          headers: [["content-disposition", "form-data; name=\"f\"; filename=\"x.txt\""], [
            "content-type",
            "text/plain"
          ]]
        }]
      ]
    })
  })

  it("a delimiter not followed by CRLF or -- is data; what the body does not finish is left out", () => {
    const parse = (body: string) => Multipart.parseMultipart(bytes(body), multipartType)
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="a"\r\n\r\n`
    expect(parse(`${head}x\r\n--${boundary}x\r\n--${boundary}-y\r\n--${boundary}--`)).toEqual({
      _tag: "Form",
      fields: [["a", `x\r\n--${boundary}x\r\n--${boundary}-y`]]
    })
    expect(parse("")).toEqual({ _tag: "Form", fields: [] })
    expect(parse(`--${boundary}--`)).toEqual({ _tag: "Form", fields: [] })
    expect(parse("--Xy")).toEqual({ _tag: "Form", fields: [] })
    expect(parse(`${head}x`)).toEqual({ _tag: "Form", fields: [] })
    expect(parse(`${head}x\r\n--${boundary}`)).toEqual({ _tag: "Form", fields: [] })
    expect(parse(`${head}x\r\n--${boundary}\r\n`)).toEqual({ _tag: "Form", fields: [["a", "x"]] })
    expect(parse(`--${boundary}\r\nContent-Disposition: form-`)).toEqual({ _tag: "Form", fields: [] })
    expect(parse(`--${boundary}-x`)).toEqual({ _tag: "Malformed" })
  })

  it("limits: fields, files, the size of a field", () => {
    const limits = { maxFields: 1, maxFiles: 1, maxPartSize: 3 }
    const parse = (parts: ReadonlyArray<Part>) =>
      Multipart.parseMultipart(bytes(multipart(parts)), multipartType, limits)
    expect(parse([["a", "123"], ["f", "12345", "; filename=\"f\""]])._tag).toBe("Form")
    expect(parse([["a", "1234"]])).toEqual({ _tag: "Refused", message: "Part exceeded maximum size of 0KB." })
    expect(parse([["a", ""], ["b", ""]])).toEqual({
      _tag: "Refused",
      message: "Too many fields. Maximum number of fields is 1."
    })
    expect(parse([["a", "", "; filename=\"\""], ["b", "", "; filename=\"\""]])).toEqual({
      _tag: "Refused",
      message: "Too many files. Maximum number of files is 1."
    })
  })

  it("hostile bodies cost about what a well-formed body of the same size costs", () => {
    const mib = 1024 * 1024
    const cases: ReadonlyArray<readonly [Buffer, string, string]> = [
      [Buffer.alloc(mib, 0xff), multipartType, "Malformed"],
      [Buffer.alloc(mib, "\r"), multipartType, "Form"],
      [Buffer.alloc(mib, "\n-"), multipartType, "Malformed"],
      [bytes(`--${boundary}\r\n${"a".repeat(mib)}`), multipartType, "Malformed"],
      [
        bytes(`--${boundary}\r\nContent-Disposition: form-data; name=a\r\n\r\n${`\r\n--${boundary}x`.repeat(mib / 8)}`),
        multipartType,
        "Form"
      ],
      [
        bytes(`--${"-".repeat(255)}\r\nContent-Disposition: form-data; name=a\r\n\r\n${"\r\n--".repeat(mib / 4)}`),
        `multipart/form-data; boundary=${"-".repeat(255)}`,
        "Form"
      ],
      [bytes(multipart(Array.from({ length: 20_000 }, (): Part => ["f", ""]))), multipartType, "Refused"]
    ]
    // well-formed, at least as long: 4,000-byte fields (under the 1,000-field and 1 MiB-part limits)
    const benignOf = (size: number) =>
      bytes(multipart(Array.from({ length: Math.ceil(size / 4000) }, (_, i): Part => [`f${i}`, "x".repeat(4000)])))
    for (const [body, type, tag] of cases) {
      expect(Multipart.parseMultipart(body, type)._tag).toBe(tag)
      const benign = benignOf(body.length)
      expect(Multipart.parseMultipart(benign, multipartType)._tag).toBe("Form")
      // linear: at most ~16 benign costs here (a boundary candidate every 9 bytes); a scan that
      // restarts at each candidate would be thousands. Generous, for a busy machine's noise
      const cost = Cost.ratio(
        5,
        () => Multipart.parseMultipart(body, type),
        () => Multipart.parseMultipart(benign, multipartType)
      )
      expect(cost, `${tag}: ${body.length} bytes`).toBeLessThan(200)
    }
  })

  it("an UploadFile in a 422: the spooled file as jsonable_encoder reads it", () => {
    const file = (content: string, headers: ReadonlyArray<readonly [string, string]> = []) =>
      Form.uploadFileInput({ _tag: "UploadFile", filename: "f", content: bytes(content), headers })
    const spooled = (content: string) => {
      const entry = file(content).entries.get("file")
      return entry instanceof PythonJson.Dict ? JSON.stringify(Array.from(entry.entries.keys())) : ""
    }
    expect(spooled("")).toBe("[]")
    expect(spooled("pw")).toBe("[\"112\"]")
    expect(spooled("ab\ncd\nab")).toBe("[\"_file\",\"_max_size\",\"_rolled\",\"_TemporaryFileArgs\"]")
    expect(
      FastApi.unprocessable([{
        type: "string_type",
        loc: ["body", "password"],
        msg: "m",
        input: file("zy\nab\nzw", [["x-a", "1"], ["x-a", "2"], ["content-type", "text/plain"]])
      }]).body
    ).toBe(
      "{\"detail\":[{\"type\":\"string_type\",\"loc\":[\"body\",\"password\"],\"msg\":\"m\",\"input\":{\"filename\":\"f\",\"file\":{\"_file\":{},\"_max_size\":1048576,\"_rolled\":false,\"_TemporaryFileArgs\":{\"mode\":\"w+b\",\"buffering\":-1,\"suffix\":null,\"prefix\":null,\"encoding\":null,\"newline\":null,\"dir\":null,\"errors\":null}},\"size\":8,\"headers\":{\"x-a\":\"1\",\"content-type\":\"text/plain\"},\"_max_mem_size\":1048576}}]}"
    )
    expect(FastApi.unprocessable([{ type: "t", loc: [], msg: "m", input: file("z\na\nzw") }]).body).toContain(
      "\"file\":{\"122\":119,\"97\":10}"
    )
  })
})
