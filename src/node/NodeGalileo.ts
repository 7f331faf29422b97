/**
 * The whole client on Node's own HTTP client (undici), in one Layer.
 *
 * @since 0.1.0
 */
import { NodeHttpClient } from "@effect/platform-node"
import type { Layer } from "effect"
import type { ConfigError } from "effect/ConfigError"
import * as Galileo from "../Galileo.js"

/**
 * `Galileo.layer` on Node's undici client.
 *
 * @since 0.1.0
 */
export const layer = (options: Galileo.Options): Layer.Layer<Galileo.Services, ConfigError> =>
  Galileo.layer(options, NodeHttpClient.layerUndici)

/**
 * `Galileo.layerConfig` on Node's undici client.
 *
 * @since 0.1.0
 */
export const layerConfig = (
  options: Omit<Galileo.Options, "apiKey" | "baseUrl"> = {}
): Layer.Layer<Galileo.Services, ConfigError> => Galileo.layerConfig(options, NodeHttpClient.layerUndici)
