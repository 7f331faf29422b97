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

/** What `GET /__stats` answers: counts since the server started. */
export interface Stats {
  readonly logins: number
  readonly requests: number
  /** TCP connections accepted: with keep-alive this stays flat while requests grow. */
  readonly connections: number
  /** The last request's method and path, e.g. `GET /v1/current_user`. */
  readonly last: string
}
