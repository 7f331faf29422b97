import { describe, expect, it } from "@effect/vitest"
import { Option, Redacted } from "effect"
import { inspect } from "node:util"
import * as Credential from "../src/Credential.js"

const apiKey = Credential.ApiKey({ apiKey: Redacted.make("secret-api-key") })
const password = Credential.Password({ username: "ann@example.com", password: Redacted.make("secret-password") })
const sso = Credential.Sso({ idToken: Redacted.make("secret.id.token"), provider: "okta" })
const jwt = Credential.Jwt({ token: Redacted.make("secret.jwt.token") })

const values = (credential: Credential.Credential) => Credential.secrets(credential).map(Redacted.value)

describe("Credential", () => {
  it("names the secrets of each kind (and nothing that is not one)", () => {
    expect(values(apiKey)).toEqual(["secret-api-key"])
    expect(values(password)).toEqual(["secret-password"])
    expect(values(sso)).toEqual(["secret.id.token"])
    expect(values(jwt)).toEqual(["secret.jwt.token"])
  })

  it.each([apiKey, password, sso, jwt])("shows no secret of a $_tag credential", (credential) => {
    const shown = [String(credential), JSON.stringify(credential), inspect(credential, { depth: 10 })].join("\n")
    for (const secret of values(credential)) expect(shown).not.toContain(secret)
    expect(JSON.stringify(credential)).toContain(credential._tag)
  })

  it("keeps what is not secret readable", () => {
    expect(JSON.parse(JSON.stringify(password))).toEqual({
      _tag: "Password",
      username: "ann@example.com",
      password: "<redacted>"
    })
    expect(JSON.parse(JSON.stringify(sso))).toMatchObject({ _tag: "Sso", provider: "okta" })
  })

  it("first picks the first credential given, in the order given", () => {
    expect(Credential.first([Option.none(), Option.some(sso), Option.some(jwt)])).toEqual(Option.some(sso))
    expect(Credential.first([Option.some(apiKey), Option.some(password)])).toEqual(Option.some(apiKey))
    expect(Credential.first([Option.none(), Option.none()])).toEqual(Option.none())
  })
})
