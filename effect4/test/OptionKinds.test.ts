/** Options of the wrong kind (a plain string where a `Redacted` is taken) are a `ConfigError` naming the option (issue 18). */
import { describe, expect, it } from "@effect/vitest"
import { Cause, Config, Effect, Exit, Layer, Option, Redacted } from "effect"
import { Galileo, type GalileoConfig } from "../src/index.js"
import { NodeGalileo } from "../src/node/index.js"

/** The failure of an exit as `[its cause's tag, its message]` when it is a `ConfigError`. */
const configFailure = (exit: Exit.Exit<unknown, unknown>) =>
  Exit.isFailure(exit)
    ? Option.map(Cause.findErrorOption(exit.cause), (e) =>
      e instanceof Config.ConfigError ? [e.cause._tag, e.cause.message] : e)
    : Option.none()

/** Options as JavaScript (or JSON) could pass them: a string in a `Redacted` field. */
const fromJs = (json: string): GalileoConfig.Options => JSON.parse(json)

const cases = [
  ["apiKey", { apiKey: "gk-plain" }],
  ["password", { username: "u", password: "p-plain" }],
  ["ssoIdToken", { ssoIdToken: "id-plain", ssoProvider: "okta" }],
  ["jwt", { jwt: "jwt-plain" }]
] as const

describe("options of the wrong kind", () => {
  describe.each([
    ["Galileo.layer", (o: GalileoConfig.Options) => Galileo.layer(o)],
    ["NodeGalileo.layer", (o: GalileoConfig.Options) => NodeGalileo.layer(o)]
  ])("%s", (_name, layer) => {
    it.effect.each(cases)("a string as %s is a ConfigError naming it", ([name, options]) =>
      Effect.gen(function*() {
        const exit = yield* Effect.exit(Layer.build(layer(fromJs(JSON.stringify(options)))).pipe(Effect.scoped))
        expect(configFailure(exit)).toStrictEqual(Option.some(["SourceError", `${name} is not Redacted`]))
        expect(String(exit)).not.toContain("plain")
      }))
  })

  it.effect("a Redacted apiKey still builds", () =>
    Effect.gen(function*() {
      const exit = yield* Effect.exit(
        Layer.build(Galileo.layer({ apiKey: Redacted.make("gk-ok") })).pipe(Effect.scoped)
      )
      expect(Exit.isSuccess(exit)).toBe(true)
    }))
})
