// Copied from core/src/server/resources/routes.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The embedded server's resource routes as one table (projects, log streams, experiments, traces
 * and spans, datasets), and the same as router entries over one {@link Store}: each route under
 * every built-in prefix (`/v1`, `/v2`, none), its target answering at once, a function of the
 * `(ctx, incoming, params)` every route target takes.
 *
 * Wiring (the Effect side's `dispatch.ts`): `new Store(limits)` per server, then
 * `...entries(store)` in the `Router`'s list after the routes of the user (so a spec can still
 * answer one of these paths its own way) and before the O11y entries, and `store.reset()` in
 * `Service.reset`.
 *
 * @since 0.3.0
 */
import { builtInPrefixes } from "../builtIns.js"
import type { Answer, Ctx, Incoming } from "../http.js"
import type { Entry } from "../router.js"
import { datasetRoutes } from "./datasetRoutes.js"
import { projectRoutes } from "./projectRoutes.js"
import type { ResourceRoute } from "./route.js"
import type { Store } from "./store.js"
import { traceRoutes } from "./traceRoutes.js"

/**
 * A route's target: it answers at once.
 *
 * @since 0.3.0
 * @category models
 */
export type Target = (ctx: Ctx, incoming: Incoming, params: Readonly<Record<string, string>>) => Answer

/**
 * Every resource route, without a prefix, in the order the router tries them.
 *
 * @since 0.3.0
 * @category routes
 */
export const resourceRoutes: ReadonlyArray<ResourceRoute> = [...projectRoutes, ...traceRoutes, ...datasetRoutes]

/**
 * The router entries of the resource routes over `store`: each route under each prefix.
 *
 * @since 0.3.0
 * @category constructors
 */
export const entries = (
  store: Store,
  prefixes: ReadonlyArray<string> = builtInPrefixes
): ReadonlyArray<Entry<Target>> =>
  resourceRoutes.flatMap((r) =>
    prefixes.map((prefix) => ({
      method: r.method,
      path: `${prefix}${r.path}`,
      target: (ctx: Ctx, incoming: Incoming, params: Readonly<Record<string, string>>) =>
        r.answer(store, ctx, incoming, params)
    }))
  )

export { defaultLimits, type Limits, type Stats, Store } from "./store.js"
