/**
 * What the minimal benchmark server accepts and answers, shared by the server and the runner.
 */

/** The one API key the minimal server accepts. */
export const apiKey = "galileo-bench-key"

/**
 * The access token every login returns: an HS256 JWT (`sub` u1, `iat` 2026-01-01, `exp`
 * 2100-01-01), so no client ever refreshes it during a run.
 */
export const accessToken =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSIsImlhdCI6MTc2NzIyNTYwMCwiZXhwIjo0MTAyNDQ0ODAwfQ.YS9j8ABLZoj5idvN0gNm7htiOI1T6_6Jab15NEXAKYE"

/** `GET /current_user` for that token. */
export const currentUser = { id: "u1", email: "u1@galileo.test", role: "user" }

/** The project and log stream the trace-logger section logs to (uuid4s, as Galileo's). */
export const projectId = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"
export const logStreamId = "0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d"

/** Traces per ingest request in the trace-logger section (the server's answer counts them). */
export const traceBatch = 100

/** Spans per trace there: a workflow span holding a retriever span and an LLM span. */
export const spansPerTrace = 3

/** What `GET /__stats` answers: counts since the server started. */
export interface Stats {
  readonly logins: number
  readonly requests: number
  /** Request body bytes received (every counted request). */
  readonly bytes: number
  /** TCP connections accepted: with keep-alive this stays flat while requests grow. */
  readonly connections: number
  /** The last request's method and path, e.g. `GET /v1/current_user`. */
  readonly last: string
}
