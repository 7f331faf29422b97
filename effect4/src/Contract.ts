/**
 * Galileo's wire contract as Effect Schemas, one module per API group: `Auth` (logins, refresh,
 * FastAPI error bodies) and `System` (healthcheck, current user). Every schema is re-exported
 * here, so `Contract.Token` and `Contract.CurrentUser` work as before.
 *
 * Each schema carries the OpenAPI component title as its identifier. Decoding ignores fields
 * the contract does not name (FastAPI also sends `input`, `ctx`, `url`; `input` can echo a
 * credential, so it is never kept). Secret fields decode to `Redacted<string>` while the
 * encoded side stays the plain wire string.
 *
 * @since 0.1.0
 */
export * from "./contract/Auth.js"
export * from "./contract/Errors.js"
export * from "./contract/System.js"
