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
