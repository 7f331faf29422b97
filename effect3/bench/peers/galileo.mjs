// The official `galileo` npm client as a benchmark peer, loaded from bench/peers/node_modules
// (installed by `npm run bench:peers`, pinned ~1.33 there, never by `npm ci`) or, when that is
// not installed, from this line's node_modules/galileo (its dev dependency, pinned 1.33.1 for
// the tests). Plain JavaScript so the benchmark type-checks whether or not the peer is
// installed; types in galileo.d.mts.
//
// How the official client logs in: `GalileoApiClient.init()` resolves the API URL
// (GALILEO_API_URL, else derived from GALILEO_CONSOLE_URL), calls `GET {apiUrl}/healthcheck`,
// then its `AuthService.getToken()` posts `{ api_key }` to `{apiUrl}/login/api_key` (no `/v1`)
// with axios (Node's keep-alive global agent). Authenticated calls go through the same
// `BaseClient.makeRequest(method, route)`, which decodes the JWT to check its expiry, then sends
// `Authorization: Bearer …` with axios. The benchmark drives that `AuthService` directly (the
// package's `exports` do not list it, so it is loaded by file path): login = `getToken()` (one
// POST, without init's extra healthcheck, which only favours the peer), GET =
// `makeRequest("GET", "current_user")`.
import { existsSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"

const roots = [
  new URL("./node_modules/galileo/", import.meta.url),
  new URL("../../node_modules/galileo/", import.meta.url)
]

export const load = () => {
  const root = roots.find((url) => existsSync(new URL("package.json", url)))
  if (root === undefined) return undefined
  const require = createRequire(import.meta.url)
  const { version } = JSON.parse(readFileSync(new URL("package.json", root), "utf8"))
  const { AuthService } = require(fileURLToPath(new URL("dist/api-client/services/auth-service.js", root)))
  return {
    name: `galileo@${version}`,
    version,
    source: root === roots[0] ? "bench/peers/node_modules" : "node_modules (the dev dependency)",
    make: (apiUrl, apiKey) => {
      const auth = new AuthService(apiUrl)
      auth.setCredentials({ apiKey })
      return {
        login: () => auth.getToken(),
        currentUser: () => auth.makeRequest("GET", "current_user")
      }
    }
  }
}
