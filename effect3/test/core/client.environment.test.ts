// Copied from core/test/client.environment.test.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * Plain tests (vitest, no Effect) of the client's settings as the core decides them: which
 * variable is read and under which name a problem is reported, the URL, prefix, header and TLS
 * rules, code over the environment, and every message. Both lines' `GalileoConfig` tests run the
 * same decisions through `Config` and `ConfigError`.
 */
import { describe, expect, it } from "vitest"
import * as Env from "../../src/core/client/environment.js"

/** A wrapper that marks a secret, as `Redacted.make` does, so a test can tell it was applied. */
class Wrapped {
  readonly value: string
  constructor(value: string) {
    this.value = value
  }
  toJSON(): string {
    return "<wrapped>"
  }
}
const wrap = (value: string) => new Wrapped(value)

const read = (variables: Record<string, string>) => Env.fromVariables((name) => variables[name], wrap)

const environment = (variables: Record<string, string>): Env.Environment<Wrapped> => {
  const result = read(variables)
  if (result instanceof Env.Problem) throw new Error(`unexpected problem: ${result.message}`)
  return result
}

const problemOf = (result: unknown): string | undefined => result instanceof Env.Problem ? result.message : undefined

const secretNames = ["apiKey", "password", "ssoIdToken", "jwt", "o11yToken"] as const

describe("variables", () => {
  it("lists each variable read once: the bridged eight under both names, then the rest", () => {
    const names = Env.variables()
    expect(names.slice(0, 4)).toEqual(["GALILEO_API_KEY", "SPLUNK_AO_API_KEY", "GALILEO_API_URL", "SPLUNK_AO_API_URL"])
    expect(names).toHaveLength(27)
    expect(new Set(names).size).toBe(27)
    expect(names.filter((n) => n.startsWith("SPLUNK_AO_"))).toEqual([
      "SPLUNK_AO_API_KEY",
      "SPLUNK_AO_API_URL",
      "SPLUNK_AO_CONSOLE_URL",
      "SPLUNK_AO_USERNAME",
      "SPLUNK_AO_PASSWORD",
      "SPLUNK_AO_SSO_ID_TOKEN",
      "SPLUNK_AO_SSO_PROVIDER",
      "SPLUNK_AO_JWT_TOKEN",
      "SPLUNK_AO_REALM",
      "SPLUNK_AO_O11Y_API_TOKEN",
      "SPLUNK_AO_O11Y_TOKEN"
    ])
    expect(names).toContain("NODE_TLS_REJECT_UNAUTHORIZED")
  })

  it("is every name fromVariables asks for, whatever is set", () => {
    const asked = new Set<string>()
    const everything = Object.fromEntries(Env.variables().map((n) => [n, "x"]))
    const cases: ReadonlyArray<Record<string, string>> = [
      {},
      everything,
      { SPLUNK_AO_USERNAME: "u" },
      { SPLUNK_AO_SSO_PROVIDER: "okta" }
    ]
    for (const variables of cases) {
      Env.fromVariables((name) => {
        asked.add(name)
        return variables[name]
      }, wrap)
    }
    expect([...asked].sort()).toEqual([...Env.variables()].sort())
  })
})

describe("fromVariables", () => {
  it("an empty environment: nothing set, every name a GALILEO_* one (O11y's SPLUNK_AO_*)", () => {
    const [settings, names] = environment({})
    expect(Object.values(settings).every((v) => v === undefined)).toBe(true)
    expect(names).toEqual({
      apiKey: "GALILEO_API_KEY",
      username: "GALILEO_USERNAME",
      password: "GALILEO_PASSWORD",
      ssoIdToken: "GALILEO_SSO_ID_TOKEN",
      ssoProvider: "GALILEO_SSO_PROVIDER",
      jwt: "GALILEO_JWT_TOKEN",
      baseUrl: "GALILEO_API_URL",
      tlsCaCert: "GALILEO_CA_CERT_PATH",
      tlsClientCert: "GALILEO_CLIENT_CERT_PATH",
      tlsClientKey: "GALILEO_CLIENT_KEY_PATH",
      extraHeaders: "GALILEO_EXTRA_HEADERS",
      o11yToken: "SPLUNK_AO_O11Y_TOKEN",
      realm: "SPLUNK_AO_REALM"
    })
  })

  it("GALILEO_* wins over SPLUNK_AO_*, even when empty; SPLUNK_AO_* alone is used and named", () => {
    const [both, bothNames] = environment({ GALILEO_API_KEY: "", SPLUNK_AO_API_KEY: "splunk" })
    expect(both.apiKey).toEqual(wrap(""))
    expect(bothNames.apiKey).toBe("GALILEO_API_KEY")
    const [alone, aloneNames] = environment({ SPLUNK_AO_API_KEY: "splunk", SPLUNK_AO_API_URL: "https://s.test" })
    expect([alone.apiKey, alone.baseUrl]).toEqual([wrap("splunk"), "https://s.test"])
    expect([aloneNames.apiKey, aloneNames.baseUrl]).toEqual(["SPLUNK_AO_API_KEY", "SPLUNK_AO_API_URL"])
  })

  it("each variable on its own, and a missing partner named after the family of the one given", () => {
    const [mixed, mixedNames] = environment({ GALILEO_USERNAME: "ann", SPLUNK_AO_PASSWORD: "pw" })
    expect([mixed.username, mixed.password]).toEqual(["ann", wrap("pw")])
    expect([mixedNames.username, mixedNames.password]).toEqual(["GALILEO_USERNAME", "SPLUNK_AO_PASSWORD"])
    const [, half] = environment({ SPLUNK_AO_USERNAME: "ann" })
    expect(half.password).toBe("SPLUNK_AO_PASSWORD")
    const [, sso] = environment({ SPLUNK_AO_SSO_PROVIDER: "okta" })
    expect(sso.ssoIdToken).toBe("SPLUNK_AO_SSO_ID_TOKEN")
    const [, key] = environment({ SPLUNK_AO_USERNAME: "ann" })
    expect(key.apiKey).toBe("GALILEO_API_KEY")
  })

  it("an API URL from either family wins over a console URL, and names the base URL", () => {
    const [settings, names] = environment({
      SPLUNK_AO_CONSOLE_URL: "https://console.s.test",
      GALILEO_API_URL: "https://api.g.test"
    })
    expect([settings.baseUrl, settings.consoleUrl, names.baseUrl]).toEqual([
      "https://api.g.test",
      "https://console.s.test",
      "GALILEO_API_URL"
    ])
    const [, consoleOnly] = environment({ SPLUNK_AO_CONSOLE_URL: "https://console.s.test" })
    expect(consoleOnly.baseUrl).toBe("SPLUNK_AO_CONSOLE_URL")
  })

  it("wraps exactly the five secrets, and no plain secret is left in the result", () => {
    const variables = {
      GALILEO_API_KEY: "secret-key",
      GALILEO_USERNAME: "ann",
      GALILEO_PASSWORD: "secret-pw",
      GALILEO_SSO_ID_TOKEN: "secret-id",
      GALILEO_SSO_PROVIDER: "okta",
      GALILEO_JWT_TOKEN: "secret-jwt",
      SPLUNK_AO_O11Y_TOKEN: "secret-o11y",
      SPLUNK_AO_REALM: "us1"
    }
    const [settings] = environment(variables)
    for (const name of secretNames) expect(settings[name]).toBeInstanceOf(Wrapped)
    expect([settings.username, settings.ssoProvider, settings.realm]).toEqual(["ann", "okta", "us1"])
    expect(JSON.stringify(settings)).not.toContain("secret")
  })

  it("the O11y token: SPLUNK_AO_O11Y_API_TOKEN, else SPLUNK_AO_O11Y_TOKEN", () => {
    const [both, bothNames] = environment({ SPLUNK_AO_O11Y_API_TOKEN: "a", SPLUNK_AO_O11Y_TOKEN: "b" })
    expect([both.o11yToken, bothNames.o11yToken]).toEqual([wrap("a"), "SPLUNK_AO_O11Y_API_TOKEN"])
    const [one, oneNames] = environment({ SPLUNK_AO_O11Y_TOKEN: "b" })
    expect([one.o11yToken, oneNames.o11yToken]).toEqual([wrap("b"), "SPLUNK_AO_O11Y_TOKEN"])
  })

  it("TLS: read under GALILEO_* only; the CA named after the form given; none when nothing is set", () => {
    expect(environment({ SPLUNK_AO_CA_CERT_PATH: "/ca.pem" })[0].tls).toBeUndefined()
    const [settings, names] = environment({
      GALILEO_CA_CERT_CONTENT: "pem",
      GALILEO_CLIENT_CERT_PATH: "/c.pem",
      GALILEO_CLIENT_KEY_PATH: "/k.pem"
    })
    expect(settings.tls).toEqual({
      caCertPath: undefined,
      caCert: "pem",
      clientCertPath: "/c.pem",
      clientKeyPath: "/k.pem",
      rejectUnauthorized: undefined
    })
    expect(names.tlsCaCert).toBe("GALILEO_CA_CERT_CONTENT")
    expect(environment({ GALILEO_CA_CERT_PATH: "/ca.pem", GALILEO_CA_CERT_CONTENT: "pem" })[1].tlsCaCert).toBe(
      "GALILEO_CA_CERT_PATH"
    )
  })

  it.each([
    ["true", true],
    [" YES ", true],
    ["1", true],
    ["On", true],
    ["false", false],
    ["0", false],
    ["no", false],
    ["OFF", false]
  ])("a flag %j is %s", (raw, value) => {
    const [settings] = environment({ GALILEO_ALLOW_INSECURE_HTTP: raw, GALILEO_REJECT_UNAUTHORIZED: raw })
    expect([settings.allowInsecureHttp, settings.tls?.rejectUnauthorized]).toEqual([value, value])
  })

  it.each(["maybe", "", "constructor", "toString", "__proto__", "truely"])(
    "a flag %j is a problem naming it",
    (raw) => {
      const insecure = read({ GALILEO_ALLOW_INSECURE_HTTP: raw })
      expect(problemOf(insecure)).toBe("GALILEO_ALLOW_INSECURE_HTTP must be true or false")
      expect(insecure).toMatchObject({ name: "GALILEO_ALLOW_INSECURE_HTTP", missing: false })
      expect(problemOf(read({ GALILEO_REJECT_UNAUTHORIZED: raw, GALILEO_ALLOW_INSECURE_HTTP: raw }))).toBe(
        "GALILEO_REJECT_UNAUTHORIZED must be true or false"
      )
    }
  )

  it("NODE_TLS_REJECT_UNAUTHORIZED=0 turns verification off unless GALILEO_REJECT_UNAUTHORIZED says otherwise", () => {
    expect(environment({ NODE_TLS_REJECT_UNAUTHORIZED: " 0 " })[0].tls?.rejectUnauthorized).toBe(false)
    expect(environment({ NODE_TLS_REJECT_UNAUTHORIZED: "1" })[0].tls).toBeUndefined()
    expect(
      environment({ NODE_TLS_REJECT_UNAUTHORIZED: "0", GALILEO_REJECT_UNAUTHORIZED: "true" })[0].tls?.rejectUnauthorized
    ).toBe(true)
  })
})

describe("secretProblem", () => {
  it.each([
    ["", "is empty"],
    ["   ", "is blank (only whitespace)"],
    ["a\nb", "contains control characters"],
    ["a\u0085b", "contains control characters"],
    [" a", "has leading or trailing whitespace"],
    ["x".repeat(4097), "is longer than 4096 bytes"],
    ["é".repeat(2049), "is longer than 4096 bytes"],
    ["a\uD800b", "is not valid Unicode text"],
    ["x".repeat(4096), undefined],
    ["clé-ключ-鍵", undefined]
  ])("%#: %s", (value, problem) => {
    expect(Env.secretProblem(value)).toBe(problem)
  })
})

describe("URLs", () => {
  it.each(["localhost", "127.0.0.1", "127.255.0.9", "[::1]"])("%s is loopback", (host) => {
    expect(Env.isLoopbackHost(host)).toBe(true)
  })

  it.each(["api.localhost", "localhost.", "128.0.0.1", "[::2]", "127.0.0"])("%s is not", (host) => {
    expect(Env.isLoopbackHost(host)).toBe(false)
  })

  it("a console URL's API URL", () => {
    expect(Env.apiUrlFromConsoleUrl("https://app.galileo.ai/")).toBe("https://api.galileo.ai")
    expect(Env.apiUrlFromConsoleUrl(" https://console.acme.galileo.ai// ")).toBe("https://api.acme.galileo.ai")
    expect(Env.apiUrlFromConsoleUrl("http://localhost:3000/")).toBe("http://localhost:3000")
    expect(Env.apiUrlFromConsoleUrl("http://console.localhost:3000")).toBe("http://api.localhost:3000")
    expect(Env.apiUrlFromConsoleUrl("not a url/")).toBe("not a url")
  })
})

describe("settings", () => {
  const names = Env.optionNames
  const checked = (input: Env.SettingsInput<Env.TlsSettings>, o11y = false) => {
    const result = Env.settings(input, names, o11y)
    if (result instanceof Env.Problem) throw new Error(`unexpected problem: ${result.message}`)
    return result
  }
  const problem = (input: Env.SettingsInput<Env.TlsSettings>, o11y = false) =>
    problemOf(Env.settings(input, names, o11y))

  it("defaults: Galileo's API under /v1, 1 MiB, no extra header, no TLS", () => {
    expect(checked({})).toEqual({
      baseUrl: "https://api.galileo.ai",
      pathPrefix: "/v1",
      apiUrl: "https://api.galileo.ai/v1",
      maxResponseBytes: 1048576,
      extraHeaders: {},
      tls: undefined
    })
  })

  it("the base URL: given (trailing slashes dropped), else from the console URL, else O11y's realm", () => {
    expect(checked({ baseUrl: "https://example.com/api//", consoleUrl: "https://console.x.test" }).apiUrl).toBe(
      "https://example.com/api/v1"
    )
    expect(checked({ baseUrl: new URL("https://example.com") }).baseUrl).toBe("https://example.com")
    expect(checked({ consoleUrl: "https://console.x.test" }).apiUrl).toBe("https://api.x.test/v1")
    expect(checked({ realm: "us1" }, true).apiUrl).toBe("https://app.us1.observability.splunkcloud.com/ao/api")
    expect(checked({ realm: "us1", baseUrl: "https://proxy.test" }, true).apiUrl).toBe("https://proxy.test/ao/api")
    expect(checked({ realm: "us1" }).apiUrl).toBe("https://api.galileo.ai/v1")
  })

  it("an API URL that ends in its version is the API itself; a prefix given wins", () => {
    expect(checked({ baseUrl: "https://example.com/v2/" })).toMatchObject({
      baseUrl: "https://example.com",
      pathPrefix: "/v2",
      apiUrl: "https://example.com/v2"
    })
    expect(checked({ baseUrl: "https://example.com/v2", pathPrefix: "v1/" }).apiUrl).toBe("https://example.com/v2/v1")
    expect(checked({ baseUrl: "https://example.com", pathPrefix: "" }).apiUrl).toBe("https://example.com")
    expect(checked({ baseUrl: "https://example.com", pathPrefix: "//api/" }).pathPrefix).toBe("/api")
  })

  it.each([
    ["not a url", "baseUrl is not a valid absolute URL"],
    ["ftp://example.com", "baseUrl must use https:// (or http:// on loopback)"],
    ["https://user:pw@example.com", "baseUrl must not contain credentials"],
    ["https://example.com?x=1", "baseUrl must not have a query or a fragment"],
    ["https://example.com#top", "baseUrl must not have a query or a fragment"],
    [
      "http://example.com",
      "baseUrl uses plain http:// to a host that is not loopback; use https:// or allow insecure http"
    ]
  ])("the base URL %s is refused", (baseUrl, message) => {
    expect(problem({ baseUrl })).toBe(message)
  })

  it("plain http on loopback, elsewhere only when allowed; the problem named as given", () => {
    expect(checked({ baseUrl: "http://127.0.0.1:8088" }).apiUrl).toBe("http://127.0.0.1:8088/v1")
    expect(checked({ baseUrl: "http://galileo.internal", allowInsecureHttp: true }).baseUrl).toBe(
      "http://galileo.internal"
    )
    const named = Env.settings({ consoleUrl: "nope" }, { ...names, baseUrl: "GALILEO_CONSOLE_URL" }, false)
    expect(named).toMatchObject({
      name: "GALILEO_CONSOLE_URL",
      message: "GALILEO_CONSOLE_URL is not a valid absolute URL"
    })
  })

  it("the body cap and the prefix", () => {
    expect(checked({ maxResponseBytes: 1024 }).maxResponseBytes).toBe(1024)
    for (const maxResponseBytes of [1023, 1.5, Number.NaN, 2 ** 60]) {
      expect(problem({ maxResponseBytes })).toBe("maxResponseBytes must be a whole number of at least 1024")
    }
    expect(problem({ pathPrefix: "/v1?x" })).toBe("pathPrefix must be a plain URL path")
    expect(problem({ maxResponseBytes: 1, baseUrl: "nope" })).toBe(
      "maxResponseBytes must be a whole number of at least 1024"
    )
  })

  it("extra headers: an object or its JSON text, of token names and values without control characters", () => {
    expect(checked({ extraHeaders: { "X-Team": "a b", "x-n": "1" } }).extraHeaders).toEqual({
      "X-Team": "a b",
      "x-n": "1"
    })
    expect(checked({ extraHeaders: "{\"X-Team\":\"a\"}" }).extraHeaders).toEqual({ "X-Team": "a" })
    for (const extraHeaders of ["nope", "[]", "null", "{\"a b\":\"x\"}", "{\"a\":\"x\\ny\"}", "{\"a\":1}", [], 5]) {
      expect(problem({ extraHeaders })).toBe("extraHeaders is not an object of valid headers")
    }
  })

  it("TLS: a client certificate and key come together, the missing one named", () => {
    const key = Env.settings({ tls: { clientKeyPath: "/k" } }, names, false)
    expect(key).toMatchObject({
      name: "tls.clientCertPath",
      message: "tls.clientCertPath is not set (a client key is)",
      missing: true
    })
    expect(problem({ tls: { clientCertPath: "/c" } })).toBe("tls.clientKeyPath is not set (a client certificate is)")
    expect(checked({ tls: { clientCertPath: "/c", clientKeyPath: "/k" } }).tls).toEqual({
      clientCertPath: "/c",
      clientKeyPath: "/k",
      names
    })
  })

  it("TLS: nothing that changes anything is no TLS; CA text given in code is named tls.caCert", () => {
    expect(checked({ tls: {} }).tls).toBeUndefined()
    expect(checked({ tls: { rejectUnauthorized: true } }).tls).toBeUndefined()
    expect(checked({ tls: { rejectUnauthorized: false } }).tls).toEqual({ rejectUnauthorized: false, names })
    expect(checked({ tls: { caCert: "pem" } }).tls?.names.tlsCaCert).toBe("tls.caCert")
    expect(checked({ tls: { caCertPath: "/ca", caCert: "pem" } }).tls?.names.tlsCaCert).toBe("tls.caCertPath")
    const fromEnv = Env.settings({ tls: { caCert: "pem" } }, { ...names, tlsCaCert: "GALILEO_CA_CERT_CONTENT" }, false)
    expect(fromEnv instanceof Env.Problem ? undefined : fromEnv.tls?.names.tlsCaCert).toBe("GALILEO_CA_CERT_CONTENT")
  })

  it("checks in order: the body cap, the URL, the prefix, the headers, TLS", () => {
    const all = {
      maxResponseBytes: 1,
      baseUrl: "nope",
      pathPrefix: "?",
      extraHeaders: "[]",
      tls: { clientKeyPath: "/k" }
    }
    const messages: Array<string | undefined> = []
    let input: Env.SettingsInput<Env.TlsSettings> = all
    for (
      const fix of [{ maxResponseBytes: 1024 }, { baseUrl: "https://x.test" }, { pathPrefix: "/v1" }, {
        extraHeaders: "{}"
      }]
    ) {
      messages.push(problem(input))
      input = { ...input, ...fix }
    }
    messages.push(problem(input))
    expect(messages.map((m) => m?.split(" ")[0])).toEqual([
      "maxResponseBytes",
      "baseUrl",
      "pathPrefix",
      "extraHeaders",
      "tls.clientCertPath"
    ])
  })
})

describe("merge: code over the environment", () => {
  interface Options {
    readonly apiKey?: string | undefined
    readonly baseUrl?: string | undefined
    readonly consoleUrl?: string | undefined
    readonly tls?: Env.TlsSettings | undefined
  }
  const fromEnv = (variables: Record<string, string>): readonly [Options, Env.SettingNames] => {
    const [settings, names] = environment(variables)
    return [{
      apiKey: settings.apiKey?.value,
      baseUrl: settings.baseUrl,
      consoleUrl: settings.consoleUrl,
      tls: settings.tls
    }, names]
  }

  it("a field given in code wins and is named by its option; one not given keeps the variable's name", () => {
    const [options, names] = Env.merge(fromEnv({ GALILEO_API_KEY: "env", SPLUNK_AO_API_URL: "https://env.test" }), {
      apiKey: "code",
      baseUrl: undefined
    })
    expect([options.apiKey, options.baseUrl]).toEqual(["code", "https://env.test"])
    expect([names.apiKey, names.baseUrl]).toEqual(["apiKey", "SPLUNK_AO_API_URL"])
  })

  it("a console URL in code wins over the environment's API URL", () => {
    const [options, names] = Env.merge(fromEnv({ GALILEO_API_URL: "https://env.test" }), {
      consoleUrl: "https://console.code.test"
    })
    expect([options.baseUrl, options.consoleUrl, names.baseUrl]).toEqual([
      undefined,
      "https://console.code.test",
      "baseUrl"
    ])
  })

  it("TLS field by field; a CA in code replaces both of the environment's forms", () => {
    const env = fromEnv({
      GALILEO_CA_CERT_CONTENT: "pem",
      GALILEO_CLIENT_CERT_PATH: "/env/c.pem",
      GALILEO_CLIENT_KEY_PATH: "/env/k.pem",
      GALILEO_REJECT_UNAUTHORIZED: "false"
    })
    const [ca, caNames] = Env.merge(env, { tls: { caCertPath: "/code/ca.pem" } })
    expect(ca.tls).toEqual({
      caCertPath: "/code/ca.pem",
      caCert: undefined,
      clientCertPath: "/env/c.pem",
      clientKeyPath: "/env/k.pem",
      rejectUnauthorized: false
    })
    expect([caNames.tlsCaCert, caNames.tlsClientCert, caNames.tlsClientKey]).toEqual([
      "tls.caCertPath",
      "GALILEO_CLIENT_CERT_PATH",
      "GALILEO_CLIENT_KEY_PATH"
    ])
    const [, keyNames] = Env.merge(env, { tls: { clientKeyPath: "/code/k.pem" } })
    expect([keyNames.tlsCaCert, keyNames.tlsClientCert, keyNames.tlsClientKey]).toEqual([
      "GALILEO_CA_CERT_CONTENT",
      "GALILEO_CLIENT_CERT_PATH",
      "tls.clientKeyPath"
    ])
  })

  it("a missing half of the client pair is named after the source of the other half", () => {
    const names = (variables: Record<string, string>, tls: Env.TlsSettings) => {
      const [, merged] = Env.merge(fromEnv(variables), { tls })
      return [merged.tlsClientCert, merged.tlsClientKey]
    }
    expect(names({ GALILEO_CLIENT_CERT_PATH: "/c" }, { caCertPath: "/ca" })).toEqual([
      "GALILEO_CLIENT_CERT_PATH",
      "GALILEO_CLIENT_KEY_PATH"
    ])
    expect(names({}, { clientCertPath: "/c" })).toEqual(["tls.clientCertPath", "tls.clientKeyPath"])
    expect(names({ GALILEO_CLIENT_KEY_PATH: "/k" }, { caCert: "x" })).toEqual([
      "GALILEO_CLIENT_CERT_PATH",
      "GALILEO_CLIENT_KEY_PATH"
    ])
  })

  it("nothing given in code: the environment as it is", () => {
    const env = fromEnv({ GALILEO_API_KEY: "k", GALILEO_CLIENT_CERT_PATH: "/c" })
    const [options, names] = Env.merge(env, {})
    expect(options).toEqual(env[0])
    expect(names).toEqual(env[1])
  })
})

describe("Problem", () => {
  it("names the setting first, never a value; missing only when asked", () => {
    const problem = new Env.Problem("GALILEO_API_KEY", "is empty")
    expect([problem.name, problem.message, problem.missing]).toEqual([
      "GALILEO_API_KEY",
      "GALILEO_API_KEY is empty",
      false
    ])
    expect(new Env.Problem("x", "is not set (y is)", true).missing).toBe(true)
  })
})
