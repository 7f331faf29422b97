/**
 * `npm start` as written in package.json: it rebuilds dist/bin, so it runs with the heavy files,
 * after every file that spawns the bin (see vitest.config.ts).
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { GalileoServer } from "../src/testing/index.js"
import * as Spawn from "./support/Spawn.js"

const demoUserId = GalileoServer.userIdOf(GalileoServer.subjectOf(GalileoServer.demoApiKey))
const demoEmail = `${GalileoServer.subjectOf(GalileoServer.demoApiKey)}@galileo.test`
const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
const expires = "expires in \\d\\.\\ds, token <redacted>"

/** Every line `npm start` prints, in order: the exact text, or a pattern where it names an id, a port or a time. */
const expected: ReadonlyArray<string | RegExp> = [
  /^galileo-effect demo: embedded Galileo-compatible server at http:\/\/127\.0\.0\.1:\d+$/,
  "(the public demo key, tokens live 4s; set GALILEO_API_KEY to use Galileo)",
  "",
  "1. Log in with the API key (POST /v1/login/api_key)",
  new RegExp(`^   ${expires}$`),
  "",
  "2. Ask for the token again: served from the cache",
  "   3 calls, the same token",
  "   logins so far: 1, refreshes so far: 0",
  "",
  "3. Wait until the refresh-ahead window (half the lifetime): renewed in the background",
  "   inside the window the caller still gets the same token at once",
  new RegExp(`^   then a different token: ${expires}$`),
  "   logins so far: 1, refreshes so far: 1",
  "",
  "4. An authenticated call (GET /v1/current_user) through GalileoHttpClient",
  `   current user: ${demoUserId} <${demoEmail}>`,
  "",
  "5. Create a project (POST /v1/projects) through galileo-effect/Projects",
  new RegExp(`^   project "galileo-effect-demo" created: id ${uuid}$`),
  "",
  "6. Create a log stream in it (POST /v1/projects/{project_id}/log_streams) through LogStreams",
  new RegExp(`^   log stream "demo-stream" created: id ${uuid}$`),
  "",
  "7. Log a trace of an (imitated) LLM call through TraceLogger (POST /v1/projects/{project_id}/traces)",
  new RegExp(`^   trace ${uuid} concluded: accepted into the buffer$`),
  "   flushed: 1 trace, 3 spans sent in 1 batch (0 failed)",
  "",
  "8. Read it back (GET /v1/projects/{project_id}/traces/{trace_id}) through Traces.get",
  new RegExp(`^   trace ${uuid} "chat"$`),
  "   input \"What is the capital of France?\", output \"The capital of France is Paris.\"",
  "     workflow \"answer-with-documents\"",
  "       retriever \"search-documents\"",
  "       llm \"chat-completion\" (model gpt-4o-mini, 38 tokens in, 8 out)",
  "   the server holds 1 project, 1 log stream, 1 trace, 3 spans",
  "",
  "9. A bad request becomes GalileoValidationError",
  "   GalileoValidationError: loc [\"body\",\"api_key\"], msg \"Field required\", type missing",
  "",
  "10. A wrong key becomes GalileoUnauthorized",
  "   GalileoUnauthorized: Galileo refused the credentials (POST /v1/login/api_key) with 401: Invalid API key",
  "",
  "11. A burst of 503s is absorbed by retries",
  `   503, 503, then 200 for ${demoUserId}: 3 attempts, one result`,
  "",
  "Done: every step ran against the embedded server.",
  ""
]

describe("npm start", () => {
  it.effect("runs the whole flow on the embedded server, the whole job included, and exits 0", () =>
    Effect.gen(function*() {
      const result = yield* Spawn.run("npm", ["start", "--silent"])
      expect([result.code, result.stderr]).toEqual([0, ""])
      expect(result.stdout.split("\n")).toEqual(
        expected.map((line) => typeof line === "string" ? line : expect.stringMatching(line))
      )
      // the trace read back is the one logged
      const traces = [...result.stdout.matchAll(new RegExp(`^   trace (${uuid}) `, "gm"))].map((m) => m[1])
      expect(traces).toHaveLength(2)
      expect(traces[0]).toBe(traces[1])
      expect(result.stdout).not.toMatch(/eyJ|subject/)
      expect(result.stdout).not.toContain(GalileoServer.demoApiKey)
    }))
})
