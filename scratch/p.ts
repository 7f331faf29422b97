import * as Schema from "effect/Schema"
export const A = /* @__PURE__ */ Schema.Struct({ a: Schema.String }).annotations({ identifier: "A" })
export const B = Schema.Struct({ b: Schema.Number }).annotations({ identifier: "B" })
export const C = Schema.Struct({ c: Schema.Boolean })
