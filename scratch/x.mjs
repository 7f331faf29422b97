import { bundle, programs } from "../scripts/bundle-size.mjs"
const base = programs.deep.baseline
const b = await bundle(base)
const extras = {
  taggedError1: [`import * as S2 from "effect/Schema"`, `class E extends S2.TaggedError()("E", { a: S2.String }) { get message() { return this.a } }; console.log(new E({a:"x"}))`],
  taggedError6: [`import * as S2 from "effect/Schema"`, `class E extends S2.TaggedError()("E", { a: S2.String, n: S2.Number, o: S2.optional(S2.String) }) {}; class F extends S2.TaggedError()("F", { a: S2.String }) {}; class G extends S2.TaggedError()("G", { d: S2.DurationFromSelf }) {}; class H extends S2.TaggedError()("H", { r: S2.Literal("a","b") }) {}; console.log(new E({a:"x",n:1}), new F({a:""}), new G({d:null}), new H({r:"a"}), S2.is(S2.Union(E,F,G,H)))`],
  dataTaggedError: [`import * as D from "effect/Data"`, `class E extends D.TaggedError("E") {}; console.log(new E({a:"x"}))`],
  redacted: [`import * as S2 from "effect/Schema"`, `console.log(S2.decodeUnknownSync(S2.Struct({a: S2.Redacted(S2.String)}))({a:"x"}))`],
  dateTime: [`import * as DT from "effect/DateTime"`, `console.log(DT.toEpochMillis(DT.unsafeFromDate(new Date())))`],
  eitherGen: [`import * as Ei from "effect/Either"`, `console.log(Ei.gen(function*(){ const a = yield* Ei.right(1); return a }))`],
  schedule: [`import * as Sc from "effect/Schedule"; import * as R from "effect/Random"`, `console.log(Sc.intersect(Sc.exponential("1 second").pipe(Sc.modifyDelayEffect((_, d) => Effect.map(R.next, () => d))), Sc.recurs(3)))`],
  arrayFormatter: [`import * as PR from "effect/ParseResult"`, `console.log(PR.ArrayFormatter.formatErrorSync)`],
  stream: [`import * as St from "effect/Stream"`, `console.log(St.runFoldWhile(0, () => true, (a) => a))`],
  layers: [`import * as L from "effect/Layer"; import * as Ctx from "effect/Context"`, `class T extends Ctx.Tag("t")() {}; console.log(L.provideMerge(L.scoped(T, Effect.succeed(1)), L.effect(T, Effect.succeed(2))))`],
  optionalWith: [`import * as S2 from "effect/Schema"`, `console.log(S2.decodeUnknownSync(S2.Struct({a: S2.optionalWith(S2.String, {default: () => "b"})}))({}))`],
  literalUnionInt: [`import * as S2 from "effect/Schema"`, `console.log(S2.decodeUnknownSync(S2.Struct({a: S2.Array(S2.Union(S2.String, S2.Int)), l: S2.Literal("a","b")}))({}))`],
  config: [`import * as CE from "effect/ConfigError"`, `console.log(CE.InvalidData(["a"], "b"), CE.MissingData(["a"], "b"), CE.Unsupported(["a"], "b"))`],
  timeout: [``, `console.log(Effect.timeoutFail(Effect.void, {duration: "1 second", onTimeout: () => 1}), Effect.forkIn(Effect.void, null), Effect.uninterruptibleMask(r => r(Effect.void)))`],
  makeSpan: [``, `console.log(Effect.makeSpan("a"), Effect.withTracerDisabledWhen)`],
  platformBits: [`import * as HCR from "@effect/platform/HttpClientRequest"; import * as HCC from "@effect/platform/HttpClient"`, `console.log(HCR.bodyUrlParams, HCR.bodyUnsafeJson, HCC.makeWith, HCC.transformResponse, HCC.mapRequestEffect, HCR.setHeaders, HCR.prependUrl)`],
}
for (const [name, [imp, body]] of Object.entries(extras)) {
  const r = await bundle(`${imp}\n${base}\n${body}`)
  console.log(name.padEnd(18), String(r.raw - b.raw).padStart(7), String(r.gzip - b.gzip).padStart(6), r.errors.length ? r.errors[0] : "")
}
