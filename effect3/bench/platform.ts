/**
 * The `@effect/platform` clients the benchmark runs on, every one keep-alive, and the "bare"
 * reference requests: the platform client with its tracer off (as the library uses it), a static
 * `Authorization` header, a status check and a JSON parse; no library code.
 */
import { FetchHttpClient, HttpClient, HttpClientRequest } from "@effect/platform"
import { NodeHttpClient } from "@effect/platform-node"
import { Effect, Layer } from "effect"

export interface ClientKind {
  readonly id: "undici" | "http" | "fetch"
  readonly label: string
  readonly layer: Layer.Layer<HttpClient.HttpClient>
}

/** undici (its Agent keeps connections alive by default). */
export const undici: ClientKind = { id: "undici", label: "undici", layer: NodeHttpClient.layerUndici }

/**
 * node:http with a keep-alive agent (`NodeHttpClient.layer` alone uses `new http.Agent()`, which
 * on Node 20 closes each connection after its request).
 */
export const nodeHttp: ClientKind = {
  id: "http",
  label: "node:http keep-alive",
  layer: NodeHttpClient.layerWithoutAgent.pipe(Layer.provide(NodeHttpClient.makeAgentLayer({ keepAlive: true })))
}

/** Global fetch (undici's global dispatcher: keep-alive by default). */
export const fetchClient: ClientKind = { id: "fetch", label: "fetch", layer: FetchHttpClient.layer }

export const clientKinds: ReadonlyArray<ClientKind> = [undici, nodeHttp, fetchClient]

/** The platform client with its tracer off and non-2xx answers failing, built once. */
export const bareLayer = (http: Layer.Layer<HttpClient.HttpClient>): Layer.Layer<HttpClient.HttpClient> =>
  Layer.effect(
    HttpClient.HttpClient,
    Effect.map(HttpClient.HttpClient, (client) =>
      HttpClient.filterStatusOk(HttpClient.withTracerDisabledWhen(client, () => true)))
  ).pipe(Layer.provide(http))

/** `GET url` with a static bearer header (request built per call); the parsed JSON. */
export const bareGet = (url: string, token: string): Effect.Effect<unknown, unknown, HttpClient.HttpClient> =>
  Effect.flatMap(HttpClient.HttpClient, (client) =>
    Effect.flatMap(
      client.execute(
        HttpClientRequest.get(url).pipe(
          HttpClientRequest.setHeader("authorization", `Bearer ${token}`),
          HttpClientRequest.acceptJson
        )
      ),
      (r) => r.json
    ))

/** `POST url` with `{ api_key }` (request built per call); the `access_token` of the answer. */
export const barePost = (url: string, apiKey: string): Effect.Effect<string, unknown, HttpClient.HttpClient> =>
  Effect.flatMap(HttpClient.HttpClient, (client) =>
    Effect.flatMap(
      Effect.flatMap(
        client.execute(
          HttpClientRequest.post(url).pipe(
            HttpClientRequest.acceptJson,
            HttpClientRequest.bodyUnsafeJson({ api_key: apiKey })
          )
        ),
        (r) => r.json
      ),
      (body) =>
        typeof body === "object" && body !== null && "access_token" in body && typeof body.access_token === "string"
          ? Effect.succeed(body.access_token)
          : Effect.fail(new Error("login answer without access_token"))
    ))

/**
 * `POST url` with a static bearer header and the JSON `body()` builds (built per call, inside the
 * effect); the parsed answer.
 */
export const barePostJson = (
  url: string,
  token: string,
  body: () => unknown
): Effect.Effect<unknown, unknown, HttpClient.HttpClient> =>
  Effect.flatMap(HttpClient.HttpClient, (client) =>
    Effect.flatMap(
      Effect.suspend(() =>
        client.execute(
          HttpClientRequest.post(url).pipe(
            HttpClientRequest.setHeader("authorization", `Bearer ${token}`),
            HttpClientRequest.acceptJson,
            HttpClientRequest.bodyUnsafeJson(body())
          )
        )
      ),
      (r) => r.json
    ))
