/**
 * galileo-effect/testing: an embedded Galileo-compatible server, its fault script, and
 * `GalileoTest`, the whole client against it in one Layer, for specs and offline demos. Node only.
 *
 * @since 0.1.0
 * @module
 */

/** @since 0.1.0 */
export * as Fault from "./Fault.js"
/** @since 0.1.0 */
export * as GalileoServer from "./GalileoServer.js"
/** @since 0.2.0 */
export * as GalileoTest from "./GalileoTest.js"
