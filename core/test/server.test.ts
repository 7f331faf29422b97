/**
 * Plain tests (vitest, no Effect) of the Effect-free server core: the pieces whose `Option`s became
 * `T | undefined` and whose `Duration`s became millis, called directly, without the Layer.
 */
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import * as Auth from "../../src/core/server/auth.js"
import * as BuiltIns from "../../src/core/server/builtIns.js"
import * as FastApi from "../../src/core/server/fastApi.js"
import * as Form from "../../src/core/server/form.js"
import type { Ctx, Incoming } from "../../src/core/server/http.js"
import * as Http from "../../src/core/server/http.js"
import * as Jwt from "../../src/core/server/jwt.js"
import * as OpenApi from "../../src/core/server/openapi.js"
import * as PythonJson from "../../src/core/server/pythonJson.js"
import * as PythonRender from "../../src/core/server/pythonRender.js"
import * as PythonText from "../../src/core/server/pythonText.js"
import * as State from "../../src/core/server/state.js"

const secret = new Uint8Array(32).fill(7)

const makeCtx = (nowMillis: number, tokenLifetimeMillis = 3_600_000): Ctx<string> => ({
  state: new State.State<string>(["key-1"], [{ username: "u@x.test", password: "pw" }], [], 100, new Set()),
  now: () => nowMillis,
  tokenLifetimeMillis,
  scheme: "http"
})

const incoming = (headers: Incoming["headers"], bearer?: Jwt.Claims): Incoming => ({
  method: "GET",
  path: "/current_user",
  query: "",
  headers,
  bytes: Buffer.alloc(0),
  bearer
})

describe("Jwt", () => {
  const claims = { sub: "s", iat: 100, exp: 200, jti: "j", email: "e@x.test", auth_method: "okta" }

  it("verify gives the claims of a valid token, undefined otherwise", () => {
    const token = Jwt.sign(claims, secret)
    expect(Jwt.verify(token, secret, 150)).toEqual({
      sub: "s",
      iat: 100,
      exp: 200,
      jti: "j",
      email: "e@x.test",
      authMethod: "okta"
    })
    expect(Jwt.verify(token, secret, 200)).toBeUndefined()
    expect(Jwt.verify(token, new Uint8Array(32), 150)).toBeUndefined()
    expect(Jwt.verify(`${token}=`, secret, 150)).toBeUndefined()
    expect(Jwt.verify("a.b", secret, 150)).toBeUndefined()
    const [head = "", payload = "", sig = ""] = token.split(".")
    expect(Jwt.verify(`${head}.${payload}A.${sig}`, secret, 150)).toBeUndefined()
  })
})

describe("Python text and JSON", () => {
  it("codePoints: undefined where Python raises UnicodeDecodeError", () => {
    expect(PythonText.codePoints(Buffer.from("é", "utf8"))).toEqual([0xe9])
    expect(PythonText.codePoints(Buffer.from([0xff, 0x41]))).toBeUndefined()
    expect(PythonText.codePoints(Buffer.from([0xed, 0xa0, 0x80]))).toEqual([0xd800])
    expect(PythonText.codePoints(Buffer.from([0xe0, 0x80, 0x80]))).toBeUndefined()
  })

  it("loadsBytes: an undecodable body is Unparsable (encoding); firstError is undefined for valid JSON", () => {
    expect(PythonJson.loadsBytes(Buffer.from([0xff]))).toEqual({ _tag: "Unparsable", reason: "encoding" })
    expect(PythonJson.loadsBytes(Buffer.from("[1]"))._tag).toBe("Value")
    expect(PythonJson.firstError("[1]")).toBeUndefined()
    expect(PythonJson.firstError("[1,]")).toEqual({ msg: "Expecting value", pos: 3 })
  })

  it("render: undefined when Python cannot render the value", () => {
    expect(PythonRender.render({ a: [1, "x"] })).toBe("{\"a\":[1,\"x\"]}")
    expect(PythonRender.render({ a: Infinity })).toBeUndefined()
  })
})

describe("FastApi", () => {
  const json = (text: string): FastApi.Body => {
    const decoded = PythonJson.loads(Array.from(text, (c) => c.codePointAt(0) ?? 0))
    if (decoded._tag !== "Value") throw new Error(text)
    return { _tag: "Json", value: decoded.value, unencodable: decoded.unencodable }
  }

  it("validateModel: a field type's error (no Option) becomes a 422 entry at its field", () => {
    const fields = [["name", FastApi.str], ["kind", FastApi.enumOf(["a", "b"]), "optional"]] as const
    expect(FastApi.validateModel(json("{\"name\":\"n\",\"kind\":\"a\"}"), fields)._tag).toBe("Valid")
    expect(FastApi.validateModel(json("{\"name\":1,\"kind\":\"c\"}"), fields)).toEqual({
      _tag: "Errors",
      errors: [
        {
          type: "string_type",
          loc: ["body", "name"],
          msg: "Input should be a valid string",
          input: new PythonJson.Int("1")
        },
        {
          type: "enum",
          loc: ["body", "kind"],
          msg: "Input should be 'a' or 'b'",
          input: "c",
          ctx: { expected: "'a' or 'b'" }
        }
      ]
    })
    expect(FastApi.nullable(FastApi.str)(null)).toBeUndefined()
  })

  it("unprocessable: FastAPI's 500 when the 422 cannot be rendered", () => {
    const entry = { type: "value_error", loc: ["body"], msg: "m", input: "\ud800" }
    expect(FastApi.unprocessable([entry], new Set(["\ud800"]))).toBe(FastApi.internalServerError)
    expect(FastApi.unprocessable([{ ...entry, input: "ok" }]).status).toBe(422)
  })

  it("inputAt: the value at a path, null where the path leads nowhere", () => {
    expect(FastApi.inputAt({ a: { b: [1, 2] } }, ["a", "b", 1])).toBe(2)
    expect(FastApi.inputAt({ a: 1 }, ["a", "b"])).toBeNull()
  })
})

describe("Form", () => {
  const upload = (text: string) =>
    ({ _tag: "UploadFile", filename: "f", content: Buffer.from(text), headers: [] }) as const

  it("uploadFileInput: the spooled file as dict() reads its lines, else the file's attributes", () => {
    const lines = Form.uploadFileInput(upload("a\n"))
    expect([...lines.entries.keys()]).toEqual(["filename", "file", "size", "headers", "_max_mem_size"])
    expect(lines.entries.get("file")).toEqual(new PythonJson.Dict(new Map([["97", new PythonJson.Int("10")]])))
    const file = Form.uploadFileInput(upload("abc")).entries.get("file")
    expect(file instanceof PythonJson.Dict ? [...file.entries.keys()] : file).toEqual([
      "_file",
      "_max_size",
      "_rolled",
      "_TemporaryFileArgs"
    ])
    expect(file instanceof PythonJson.Dict ? file.entries.get("_file") : file).toEqual(new PythonJson.Dict(new Map()))
  })
})

describe("Http", () => {
  it("authorization: the bearer token, undefined for another scheme or none", () => {
    expect(Http.authorization({ authorization: "Bearer abc" })).toBe("abc")
    expect(Http.authorization({ authorization: "bearer abc" })).toBe("abc")
    expect(Http.authorization({ authorization: "Basic abc" })).toBeUndefined()
    expect(Http.authorization({ authorization: "" })).toBeUndefined()
    expect(Http.authorization({})).toBeUndefined()
  })
})

describe("State", () => {
  it("takeFault: the first fault for the path or for every path, in order, each once", () => {
    const state = new State.State<string>([], [], [], 10, new Set())
    expect(state.takeFault("/a")).toBeUndefined()
    state.inject("only-b", 1, "/b")
    state.inject("any", 2, undefined)
    expect(state.takeFault("/a")).toBe("any")
    expect(state.takeFault("/b")).toBe("only-b")
    expect(state.takeFault("/b")).toBe("any")
    expect(state.takeFault("/b")).toBeUndefined()
  })

  it("credentials: an identity or undefined", () => {
    const state = new State.State<never>(["k"], [{ username: "u", password: "p" }], [], 10, new Set())
    expect(state.apiKey("k")?.subject).toBe(State.subjectOf("k"))
    expect(state.apiKey("other")).toBeUndefined()
    expect(state.user("u", "p")?.email).toBe("u")
    expect(state.user("u", "wrong")).toBeUndefined()
    const refresh = state.issueRefreshToken(State.emailIdentity("u"))
    expect(state.useRefreshToken(refresh)?.email).toBe("u")
    expect(state.useRefreshToken(refresh)).toBeUndefined()
  })
})

describe("Auth", () => {
  it("caller: the bearer's claims first, else the API key header, else undefined", () => {
    const ctx = makeCtx(0)
    const claims: Jwt.Claims = { sub: "s", iat: 0, exp: 1, jti: undefined, email: undefined }
    expect(Auth.caller(ctx, incoming({ "galileo-api-key": "key-1" }, claims))).toEqual({
      subject: "s",
      email: "s@galileo.test",
      authMethod: undefined
    })
    expect(Auth.caller(ctx, incoming({ "galileo-api-key": "key-1" }))?.subject).toBe(State.subjectOf("key-1"))
    expect(Auth.caller(ctx, incoming({ "splunk-ao-api-key": "key-1" }))?.subject).toBe(State.subjectOf("key-1"))
    expect(Auth.caller(ctx, incoming({ "galileo-api-key": "nope" }))).toBeUndefined()
    expect(Auth.caller(ctx, incoming({}))).toBeUndefined()
  })

  it("signAccess and getToken use the lifetime in millis (rounded to whole seconds)", () => {
    const ctx = makeCtx(1_000_000, 90_500)
    const token = Auth.signAccess(ctx, { subject: "s", email: "s@galileo.test" }, 1_500, 1_000_000)
    expect(ctx.state.verifyAccess(token, 1_000)).toMatchObject({ sub: "s", iat: 1_000, exp: 1_002 })
    const answer = Auth.getToken(ctx, incoming({ "galileo-api-key": "key-1" }))
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body)).toMatchObject({
      token_type: "bearer",
      expires_at: new Date((1_000 + 91) * 1000).toISOString().replace(/\.000Z$/, "Z")
    })
    expect(Auth.getToken(ctx, incoming({})).status).toBe(401)
  })
})

describe("OpenApi: the document, declared once for both lines", () => {
  const fixture = readFileSync(new URL("./fixtures/openapi.json", import.meta.url), "utf8")

  it("the built-in document is the committed fixture, byte for byte (what both lines serve)", () => {
    expect(OpenApi.builtInJson()).toBe(fixture)
    expect(JSON.stringify(OpenApi.builtInDocument())).toBe(fixture)
    expect(Buffer.byteLength(fixture)).toBe(22_132)
  })

  it("each built-in route under every prefix, FastAPI's operation ids, in the table's order", () => {
    const doc = OpenApi.builtInDocument()
    expect(Object.keys(doc.paths)).toEqual(
      BuiltIns.builtIns.flatMap((route) => BuiltIns.builtInPrefixes.map((prefix) => `${prefix}${route.path}`))
    )
    expect(doc.paths["/v2/login/api_key"]?.post?.operationId).toBe("login_api_key_v2_login_api_key_post")
    expect(doc.paths["/current_user"]?.get?.operationId).toBe("current_user_current_user_get")
    expect(Object.keys(doc.paths["/v1/healthcheck"]?.get?.responses ?? {})).toEqual(["200", "400"])
    expect(Object.keys(doc.paths["/v1/token"]?.get?.responses ?? {})).toEqual(["200", "400", "401"])
    expect(Object.keys(doc.paths["/login"]?.post?.responses ?? {})).toEqual(["200", "400", "401", "422"])
    expect(doc.paths["/login"]?.post?.requestBody?.content["application/x-www-form-urlencoded"]?.schema).toEqual(
      OpenApi.PasswordLoginForm
    )
    expect(doc.components.schemas["CurrentUserDB"]?.["properties"]).toMatchObject({
      auth_method: {
        type: "string",
        enum: ["email", "google", "github", "okta", "azure-ad", "custom", "saml", "invite"]
      }
    })
  })

  it("a new copy each time: changing one leaves the next as declared", () => {
    const doc = OpenApi.builtInDocument()
    doc.components.schemas["Token"] = { type: "null" }
    delete doc.paths["/login"]
    expect(JSON.stringify(OpenApi.builtInDocument())).toBe(fixture)
  })

  const renderer = (): OpenApi.Renderer<string> => {
    const defs: Array<readonly [string, OpenApi.JsonSchema]> = []
    return {
      render: (name) => {
        if (!defs.some(([n]) => n === name)) defs.push([name, { type: "object", title: name }])
        return { $ref: `#/components/schemas/${name}` }
      },
      definitions: () => defs
    }
  }

  it("routes of the user: served paths, 401 unless public, 422 with a request schema, named schemas added", () => {
    const doc = OpenApi.documentWith<string>([
      { method: "POST", path: "/projects", requestSchema: "CreateProject", responseSchema: "Project" },
      { method: "get", path: "/v2/projects/{id}", public: true },
      { method: "GET", path: "/healthcheck" },
      { method: "PROPFIND", path: "/dav" },
      { method: "POST", path: "/projects", responseSchema: "Shadowed" },
      { method: "POST", path: "/other", responseSchema: "Token" }
    ], renderer())
    const added = Object.keys(doc.paths).slice(21)
    expect(added).toEqual(["/v1/projects", "/projects", "/v2/projects/{id}", "/v1/other", "/other"])
    expect(doc.paths["/projects"]?.post).toEqual({
      tags: ["routes"],
      operationId: "routes.post_projects",
      parameters: [],
      security: [{ bearer: [] }],
      responses: {
        200: {
          description: "Successful Response",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Project" } } }
        },
        401: {
          description: "Not authenticated",
          content: { "application/json": { schema: { $ref: "#/components/schemas/DetailMessage" } } }
        },
        422: {
          description: "Validation Error",
          content: { "application/json": { schema: { $ref: "#/components/schemas/HTTPValidationError" } } }
        }
      },
      requestBody: {
        content: { "application/json": { schema: { $ref: "#/components/schemas/CreateProject" } } },
        required: true
      }
    })
    expect(doc.paths["/v2/projects/{id}"]?.get?.parameters).toEqual([
      { name: "id", in: "path", schema: { type: "string" }, required: true }
    ])
    expect(doc.paths["/v2/projects/{id}"]?.get?.security).toEqual([])
    expect(doc.paths["/healthcheck"]).toEqual(OpenApi.builtInDocument().paths["/healthcheck"])
    expect(doc.paths["/dav"]).toBeUndefined()
    // new names appended in the order rendered; a built-in component (Token) stays as declared
    expect(Object.keys(doc.components.schemas).slice(12)).toEqual([
      "Project",
      "DetailMessage",
      "HTTPValidationError",
      "CreateProject"
    ])
    expect(doc.components.schemas["Token"]).toEqual(OpenApi.components["Token"])
    expect(doc.components.securitySchemes).toEqual({ bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } })
  })

  it("documentJson: the built-in text without routes, one text per set of routes, rendered once", () => {
    let made = 0
    const counting = () => {
      made++
      return renderer()
    }
    expect(OpenApi.documentJson<string>([], counting)).toBe(fixture)
    const routes = [{ method: "GET", path: "/a", public: true, responseSchema: "A" }]
    const first = OpenApi.documentJson<string>(routes, counting)
    expect(OpenApi.documentJson<string>(routes, counting)).toBe(first)
    expect(made).toBe(1)
    expect(JSON.parse(first).components.securitySchemes).toEqual({})
  })

  it("toJson copies JSON (leaving out undefined values) and throws on anything else", () => {
    expect(OpenApi.toJson({ a: [1, "x", null, true], b: undefined })).toEqual({ a: [1, "x", null, true] })
    expect(() => OpenApi.toJson({ a: Number.NaN })).toThrow(TypeError)
    expect(() => OpenApi.toJson({ a: () => 1 })).toThrow(TypeError)
    expect(() => OpenApi.toJsonSchema([1])).toThrow(TypeError)
  })
})
