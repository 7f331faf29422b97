// Copied from core/src/server/router.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The embedded server's routing, as Starlette's `Router` does it: the first route whose path and
 * method match; else the first whose path matches (405, with its methods in `Allow`); else a
 * redirect to the path with or without its trailing slash if that one matches (307); else 404.
 *
 * @since 0.2.0
 */

/**
 * A route: a method, a path pattern (`{name}` matches one segment) and what it leads to.
 *
 * @since 0.2.0
 * @category models
 */
export interface Entry<A> {
  readonly method: string
  readonly path: string
  readonly target: A
}

/**
 * Where a request goes.
 *
 * @since 0.2.0
 * @category models
 */
export type Match<A> =
  | { readonly _tag: "Found"; readonly target: A; readonly params: Readonly<Record<string, string>> }
  | { readonly _tag: "MethodNotAllowed"; readonly allow: string }
  | { readonly _tag: "Redirect"; readonly path: string }
  | { readonly _tag: "NotFound" }

interface Compiled<A> {
  readonly entry: Entry<A>
  readonly index: number
  readonly pattern: RegExp | undefined
  readonly names: ReadonlyArray<string>
}

/** The path without its trailing slashes: a walk from the end (a `/\/+$/` backtracks on every run of slashes). */
const withoutTrailingSlashes = (path: string): string => {
  let end = path.length
  while (end > 0 && path[end - 1] === "/") end--
  return path.slice(0, end)
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/**
 * Routes compiled for lookup: exact paths in a map (O(1)), patterns tried in order.
 *
 * @since 0.2.0
 * @category models
 */
export class Router<A> {
  private readonly exact = new Map<string, Array<Compiled<A>>>()
  private readonly patterns: Array<Compiled<A>> = []
  /** Every exact path (for the counters). */
  readonly paths: ReadonlySet<string>

  constructor(entries: ReadonlyArray<Entry<A>>) {
    entries.forEach((entry, index) => {
      const names: Array<string> = []
      if (/\{[^/{}]+\}/.test(entry.path)) {
        const source = entry.path.split(/(\{[^/{}]+\})/).map((part) => {
          const name = /^\{([^/{}]+)\}$/.exec(part)?.[1]
          if (name === undefined) return escape(part)
          names.push(name)
          return "([^/]+)"
        }).join("")
        this.patterns.push({ entry, index, pattern: new RegExp(`^${source}$`), names })
      } else {
        const list = this.exact.get(entry.path) ?? []
        list.push({ entry, index, pattern: undefined, names })
        this.exact.set(entry.path, list)
      }
    })
    this.paths = new Set(this.exact.keys())
  }

  private candidates(path: string): ReadonlyArray<readonly [Compiled<A>, Record<string, string>]> {
    const found: Array<readonly [Compiled<A>, Record<string, string>]> = (this.exact.get(path) ?? []).map((
      c
    ) => [c, {}])
    for (const c of this.patterns) {
      const m = c.pattern?.exec(path)
      if (m != null) found.push([c, Object.fromEntries(c.names.map((n, i) => [n, m[i + 1] ?? ""]))])
    }
    return found.length > 1 ? found.sort(([a], [b]) => a.index - b.index) : found
  }

  /** Where `method path` goes. */
  match(method: string, path: string): Match<A> {
    const candidates = this.candidates(path)
    for (const [c, params] of candidates) {
      if (c.entry.method === method) return { _tag: "Found", target: c.entry.target, params }
    }
    const [partial] = candidates
    if (partial !== undefined) return { _tag: "MethodNotAllowed", allow: partial[0].entry.method }
    if (path !== "/") {
      const other = path.endsWith("/") ? withoutTrailingSlashes(path) : `${path}/`
      if (this.candidates(other).length > 0) return { _tag: "Redirect", path: other }
    }
    return { _tag: "NotFound" }
  }
}
