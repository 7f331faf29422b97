/**
 * Where a request goes: the route table (built-in routes under `/v1`, `/v2` and bare, routes of
 * the user, the resource routes over the server's store), Starlette's 405 / 307 / 404 answers,
 * and a handler's failure turned into a logged 500.
 *
 * @since 0.2.0
 */
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import type * as Redacted from "effect/Redacted"
import type * as Http from "node:http"
import { builtInPrefixes } from "../core/server/builtIns.js"
import * as FastApi from "../core/server/fastApi.js"
import { type Answer, type Ctx, header, type Incoming, write } from "../core/server/http.js"
import { servedPaths } from "../core/server/openapi.js"
import * as Resources from "../core/server/resources/routes.js"
import { Router } from "../core/server/router.js"
import type { Route } from "../testing/GalileoServer.js"
import * as Api from "./api.js"
import { type BuiltIn, builtIns, type Target } from "./builtIns.js"
import * as O11y from "./o11y.js"
import { userRoute } from "./routes.js"

/**
 * What a route leads to: an answer at once, or an Effect of one.
 *
 * @since 0.2.0
 * @category models
 */
export type { Target }

const openApi = (routes: ReadonlyArray<Route>): Answer => ({
  status: 200,
  body: Api.openApiJson(routes),
  headers: { "content-type": "application/json" }
})

const both = (
  method: string,
  path: string,
  target: Target
): ReadonlyArray<{ method: string; path: string; target: Target }> =>
  builtInPrefixes.map((prefix) => ({ method, path: `${prefix}${path}`, target }))

/**
 * The router of the built-in routes, of the user's and, with a `store`, of the resource routes
 * over it (projects, log streams, experiments, traces and spans, datasets; under `/v1`, `/v2` and
 * no prefix). The routes of the user come first: one with the method and path of a resource route
 * answers in its place (a spec fakes an answer so), the resource routes answer the other methods
 * and paths. Every API route (not the logins) is served under `/ao/api` too with `o11yToken`.
 *
 * @since 0.2.0
 * @category constructors
 */
export const makeRouter = (
  routes: ReadonlyArray<Route>,
  o11yToken?: Redacted.Redacted<string>,
  store?: Resources.Store
) => {
  const served = (route: BuiltIn) => both(route.method, route.path, route.handler)
  const logins = builtIns.filter((route) => route.login).flatMap(served)
  const api = builtIns.filter((route) => !route.login).flatMap(served)
  const own = routes.flatMap((spec) => {
    const target: Target = (ctx, incoming, params) => userRoute(ctx, spec, incoming, params)
    const method = spec.method.toUpperCase()
    return servedPaths(spec.path).map((path) => ({ method, path, target }))
  })
  const resources = store === undefined ? [] : Resources.entries(store)
  return new Router<Target>([
    ...logins,
    ...api,
    { method: "GET", path: "/openapi.json", target: () => openApi(routes) },
    ...own,
    ...resources,
    ...O11y.entries(o11yToken, [...api, ...own, ...resources])
  ])
}

const quoteSafe = /[A-Za-z0-9_.\-~:/%#?=@[\]!$&'()*+,;]/

/** Python's `urllib.parse.quote` with Starlette's `RedirectResponse` safe characters. */
const quote = (url: string): string => Array.from(url, (c) => quoteSafe.test(c) ? c : encodeURIComponent(c)).join("")

/**
 * The answer to a request: at once, or an Effect of one (may throw: a defect of a handler).
 *
 * @since 0.2.0
 * @category utils
 */
export const dispatch = (
  ctx: Ctx,
  router: Router<Target>,
  incoming: Incoming
): Answer | Effect.Effect<Answer, unknown> => {
  const match = router.match(incoming.method, incoming.path)
  switch (match._tag) {
    case "Found":
      return match.target(ctx, incoming, match.params)
    case "MethodNotAllowed":
      return FastApi.json(405, { detail: "Method Not Allowed" }, { allow: match.allow })
    case "Redirect": {
      const host = header(incoming.headers, "host") ?? "127.0.0.1"
      return {
        status: 307,
        body: "",
        headers: {
          location: quote(`${ctx.scheme}://${host}${match.path}${incoming.query === "" ? "" : `?${incoming.query}`}`)
        }
      }
    }
    case "NotFound":
      return FastApi.json(404, { detail: "Not Found" })
  }
}

const internalError = FastApi.json(500, { detail: "Internal Server Error" })

/**
 * Logs a handler's failure (not an interruption), counts it in `internalErrors` and answers 500.
 *
 * @since 0.2.0
 * @category utils
 */
export const failed = (
  ctx: Ctx,
  cause: Cause.Cause<unknown>,
  message = "galileo-effect embedded server: a handler failed"
): Effect.Effect<Answer> =>
  Cause.hasInterruptsOnly(cause) ? Effect.interrupt : Effect.as(
    Effect.andThen(Effect.sync(() => ctx.state.count("internalErrors")), Effect.logError(message, cause)),
    internalError
  )

const refusedMessage = "galileo-effect embedded server: Node refused to write a route's answer"

/**
 * Writes an answer; one Node refuses to write (a status outside 100-999, a header name or value
 * it rejects, e.g. with CR or LF) is logged, counted in `internalErrors`, and answered 500.
 *
 * @since 0.2.0
 * @category utils
 */
export const send = (ctx: Ctx, res: Http.ServerResponse, answer: Answer): Effect.Effect<void> =>
  Effect.suspend(() => {
    try {
      write(res, answer)
      return Effect.void
    } catch (defect) {
      return Effect.map(failed(ctx, Cause.die(defect), refusedMessage), (a) => write(res, a))
    }
  })

/**
 * The answer to a request, as an Effect (what a fault delays).
 *
 * @since 0.2.0
 * @category utils
 */
export const answer = (ctx: Ctx, router: Router<Target>, incoming: Incoming): Effect.Effect<Answer> =>
  Effect.suspend(() => {
    const result = dispatch(ctx, router, incoming)
    return Effect.isEffect(result) ? result : Effect.succeed(result)
  }).pipe(Effect.catchCause((cause) => failed(ctx, cause)))
