/**
 * The whole client on Node's own HTTP client (undici), in one Layer, with the TLS settings of
 * self-hosted clusters applied to every call (login and refresh included): a private CA list
 * (`GALILEO_CA_CERT_PATH` / `GALILEO_CA_CERT_CONTENT`), mutual TLS (`GALILEO_CLIENT_CERT_PATH` +
 * `GALILEO_CLIENT_KEY_PATH`), or no verification (`GALILEO_REJECT_UNAUTHORIZED=false`, with a
 * warning).
 *
 * @since 0.1.0
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import type * as Config from "effect/Config"
import type * as HttpClient from "effect/http/HttpClient"
import type * as Layer from "effect/Layer"
import * as Galileo from "../Galileo.js"
import * as GalileoConfig from "../GalileoConfig.js"
import * as internal from "./internal/tls.js"

/**
 * An undici `HttpClient` Layer that applies the configuration's TLS settings (the default
 * dispatcher when there are none). Fails with a `ConfigError` naming the setting when a file is
 * missing, unreadable or not PEM.
 *
 * @since 0.2.0
 * @category layers
 */
export const layerHttpClient: Layer.Layer<HttpClient.HttpClient, Config.ConfigError, GalileoConfig.GalileoConfig> =
  internal.layerHttpClient(NodeHttpClient.layerUndiciNoDispatcher)

const wire = (config: Layer.Layer<GalileoConfig.GalileoConfig, Config.ConfigError>) =>
  Galileo.layerWith(config, layerHttpClient.pipe(internal.provideConfig(config)))

/**
 * `Galileo.layer` on Node's undici client, TLS settings applied.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: GalileoConfig.Options): Layer.Layer<Galileo.Services, Config.ConfigError> =>
  wire(GalileoConfig.layer(options))

/**
 * `Galileo.layerConfig` on Node's undici client, TLS settings applied.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  overrides: Config.Wrap<GalileoConfig.Options> = {}
): Layer.Layer<Galileo.Services, Config.ConfigError> => wire(GalileoConfig.layerConfig(overrides))
