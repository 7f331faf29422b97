/**
 * galileo-effect/testing: an embedded Galileo-compatible server and its fault script, for
 * tests and offline demos. Node only.
 *
 * @since 0.1.0
 * @module
 */

/** @since 0.1.0 */
export * as FastApiValidation from "./FastApiValidation.js"
/** @since 0.1.0 */
export * as Fault from "./Fault.js"
/** @since 0.1.0 */
export * as GalileoApi from "./GalileoApi.js"
/** @since 0.1.0 */
export * as GalileoServer from "./GalileoServer.js"
/** @since 0.1.0 */
export * as Jwt from "./Jwt.js"
/** @since 0.1.0 */
export * as PythonJson from "./PythonJson.js"
/** @since 0.1.0 */
export * as ServerState from "./ServerState.js"
