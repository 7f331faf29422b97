/**
 * Built-in routes declared once (issue 19): the router and the `/openapi.json` document are both
 * derived from the core's `builtIns`, so each route is routed exactly where the document says, with
 * its handler; the `HttpApi` declaration is derived from it too.
 */
import { describe, expect, it } from "@effect/vitest"
import { passwordFormFields } from "../../src/core/server/form.js"
import * as Api from "../../src/server/api.js"
import { builtIns, endpoint } from "../../src/server/builtIns.js"
import { makeRouter } from "../../src/server/dispatch.js"

describe("built-in routes: one declaration, the router and the document derived from it", () => {
  it("the router serves exactly the document's operations (and /openapi.json), each with its declared handler", () => {
    const router = makeRouter([])
    const doc = Api.builtInSpec()
    const served = builtIns.flatMap((route) =>
      Api.builtInPrefixes.map((prefix) => [route, `${prefix}${route.path}`] as const)
    )
    expect(served).toHaveLength(21)
    expect([...router.paths].sort()).toEqual([...Object.keys(doc.paths), "/openapi.json"].sort())
    for (const [route, path] of served) {
      const match = router.match(route.method, path)
      expect(match._tag === "Found" && match.target === route.handler, path).toBe(true)
      const operations = Object.entries(doc.paths[path] ?? {})
      expect(operations.map(([method, op]) => [method.toUpperCase(), op.operationId]), path).toEqual([
        [
          route.method,
          `${route.name}${path.replace(/\W/g, "_")}_${route.method.toLowerCase()}`
        ]
      ])
    }
  })

  it("the document's operations are tagged with each route's group, in the declaration's order", () => {
    const doc = Api.builtInSpec()
    const bare: ReadonlyArray<string> = builtIns.map((route) => route.path)
    expect(Object.keys(doc.paths).filter((path) => bare.includes(path))).toEqual(bare)
    expect(bare.map((path) => Object.values(doc.paths[path] ?? {}).map((op) => op.tags))).toEqual(
      builtIns.map((route) => [[route.group]])
    )
  })
})

describe("the HttpApi declaration: each endpoint from the same table", () => {
  it("the endpoint of each route has its name, method and path", () => {
    expect(builtIns.map((route) => {
      const e = endpoint(route)
      return [e.name, e.method, e.path]
    })).toEqual(builtIns.map((route) => [route.name, route.method, route.path]))
  })
})

describe("the password form: one list of fields for the server's validation and the document", () => {
  it("the document's form schema has the core's fields, in its order, required where it says", () => {
    const body = Api.builtInSpec().paths["/v1/login"]?.post?.requestBody
    expect(body?.content["application/x-www-form-urlencoded"]?.schema).toEqual({
      additionalProperties: false,
      title: "Body_login_email_v1_login_post",
      type: "object",
      required: ["username", "password"],
      properties: Object.fromEntries(Object.keys(passwordFormFields).map((name) => [name, { type: "string" }]))
    })
    expect(Object.keys(Api.PasswordLoginForm.fields)).toEqual(
      ["grant_type", "username", "password", "scope", "client_id", "client_secret"]
    )
    expect(Object.entries(passwordFormFields).filter(([, need]) => need === "required").map(([name]) => name))
      .toEqual(["username", "password"])
  })
})
