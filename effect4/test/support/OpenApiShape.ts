/** Reduces an OpenAPI schema to what the contract fixes: types, required fields, defaults, unions. */

type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [key: string]: Json }

const isObject = (u: Json | undefined): u is { readonly [key: string]: Json } =>
  typeof u === "object" && u !== null && !Array.isArray(u)

const at = (root: Json, ref: string): Json | undefined =>
  ref.replace(/^#\//, "").split("/").reduce<Json | undefined>(
    (node, key) => isObject(node) ? node[key] : undefined,
    root
  )

/** The canonical shape of `schema` (resolving `$ref`s against `root`). */
export const shape = (root: Json, schema: Json | undefined): Json => {
  if (!isObject(schema)) return null
  if (typeof schema["$ref"] === "string") return shape(root, at(root, schema["$ref"]))
  const out: Record<string, Json> = {}
  if (typeof schema["type"] === "string") out["type"] = schema["type"]
  if (schema["default"] !== undefined) out["default"] = schema["default"]
  const required = schema["required"]
  if (Array.isArray(required) && required.length > 0) out["required"] = [...required].map(String).sort()
  const anyOf = schema["anyOf"]
  if (Array.isArray(anyOf)) out["anyOf"] = anyOf.map((s) => shape(root, s))
  if (schema["items"] !== undefined) out["items"] = shape(root, schema["items"])
  const properties = schema["properties"]
  if (isObject(properties)) {
    out["properties"] = Object.fromEntries(Object.keys(properties).sort().map((k) => [k, shape(root, properties[k])]))
  }
  return out
}

/** The login operation's request, 200 and 422 schemas, in canonical shape. */
export const loginOperation = (root: Json, path: string): Json => {
  const paths = isObject(root) ? root["paths"] : undefined
  const item = isObject(paths) ? paths[path] : undefined
  const post = isObject(item) ? item["post"] : undefined
  const content = (node: Json | undefined) => {
    const c = isObject(node) ? node["content"] : undefined
    const json = isObject(c) ? c["application/json"] : undefined
    return isObject(json) ? json["schema"] : undefined
  }
  const responses = isObject(post) ? post["responses"] : undefined
  return {
    request: shape(root, content(isObject(post) ? post["requestBody"] : undefined)),
    ok: shape(root, content(isObject(responses) ? responses["200"] : undefined)),
    invalid: shape(root, content(isObject(responses) ? responses["422"] : undefined))
  }
}

/**
 * A schema in the canonical shape of {@link shape}, enums included, and with the `null` of an
 * optional property's `anyOf` left out: Effect 4 renders `Schema.optional(S)` as `S | null`
 * (its JSON codec writes `undefined` as `null`), Effect 3 as `S`, and the embedded server
 * never answers `null` for an absent field.
 */
const canonical = (root: Json, schema: Json | undefined): Json => {
  if (!isObject(schema)) return null
  if (typeof schema["$ref"] === "string") return canonical(root, at(root, schema["$ref"]))
  const out: Record<string, Json> = {}
  if (typeof schema["type"] === "string") out["type"] = schema["type"]
  if (schema["default"] !== undefined) out["default"] = schema["default"]
  if (Array.isArray(schema["enum"])) out["enum"] = schema["enum"]
  const required = Array.isArray(schema["required"]) ? schema["required"].map(String) : []
  if (required.length > 0) out["required"] = [...required].sort()
  const anyOf = schema["anyOf"]
  if (Array.isArray(anyOf)) out["anyOf"] = anyOf.map((s) => canonical(root, s))
  if (schema["items"] !== undefined) out["items"] = canonical(root, schema["items"])
  const properties = schema["properties"]
  if (isObject(properties)) {
    out["properties"] = Object.fromEntries(
      Object.keys(properties).sort().map((k) => {
        const property = canonical(root, properties[k])
        if (required.includes(k) || !isObject(property) || !Array.isArray(property["anyOf"])) return [k, property]
        const present = property["anyOf"].filter((s) => !(isObject(s) && s["type"] === "null"))
        return [k, present.length === 1 ? present[0] ?? null : { anyOf: present }]
      })
    )
  }
  return out
}

const mediaTypes = (root: Json, node: Json | undefined): Json => {
  const content = isObject(node) ? node["content"] : undefined
  return isObject(content)
    ? Object.fromEntries(
      Object.keys(content).sort().map((type) => {
        const media = content[type]
        return [type, canonical(root, isObject(media) ? media["schema"] : undefined)]
      })
    )
    : null
}

/**
 * Every operation of a document (by path and method): its id, tags, security, parameters, and
 * its request body and answers (by status, but `ignoredStatuses`) in canonical shape, each
 * media type's schema with its references resolved. What two renderings of one API agree on.
 */
export const operations = (root: Json, ignoredStatuses: ReadonlyArray<string> = []): Json => {
  const paths = isObject(root) ? root["paths"] : undefined
  if (!isObject(paths)) return null
  return Object.fromEntries(
    Object.keys(paths).map((path) => {
      const item = paths[path]
      return [
        path,
        isObject(item)
          ? Object.fromEntries(
            Object.keys(item).sort().map((method) => {
              const op = item[method]
              if (!isObject(op)) return [method, null]
              const responses = op["responses"]
              return [method, {
                operationId: op["operationId"] ?? null,
                tags: op["tags"] ?? null,
                security: op["security"] ?? null,
                parameters: op["parameters"] ?? null,
                request: mediaTypes(root, op["requestBody"]),
                responses: isObject(responses)
                  ? Object.fromEntries(
                    Object.keys(responses).filter((status) => !ignoredStatuses.includes(status)).sort().map((
                      status
                    ) => [status, mediaTypes(root, responses[status])])
                  )
                  : null
              }]
            })
          )
          : null
      ]
    })
  )
}
