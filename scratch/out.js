// node_modules/effect/dist/esm/Function.js
var isFunction = (input) => typeof input == "function", dual = function(arity, body) {
  if (typeof arity == "function")
    return function() {
      return arity(arguments) ? body.apply(this, arguments) : (self) => body(self, ...arguments);
    };
  switch (arity) {
    case 0:
    case 1:
      throw new RangeError(`Invalid arity ${arity}`);
    case 2:
      return function(a, b) {
        return arguments.length >= 2 ? body(a, b) : function(self) {
          return body(self, a);
        };
      };
    case 3:
      return function(a, b, c) {
        return arguments.length >= 3 ? body(a, b, c) : function(self) {
          return body(self, a, b);
        };
      };
    case 4:
      return function(a, b, c, d) {
        return arguments.length >= 4 ? body(a, b, c, d) : function(self) {
          return body(self, a, b, c);
        };
      };
    case 5:
      return function(a, b, c, d, e) {
        return arguments.length >= 5 ? body(a, b, c, d, e) : function(self) {
          return body(self, a, b, c, d);
        };
      };
    default:
      return function() {
        if (arguments.length >= arity)
          return body.apply(this, arguments);
        let args2 = arguments;
        return function(self) {
          return body(self, ...args2);
        };
      };
  }
};
var identity = (a) => a;
var constant = (value3) => () => value3, constTrue = /* @__PURE__ */ constant(!0), constFalse = /* @__PURE__ */ constant(!1);
var constUndefined = /* @__PURE__ */ constant(void 0), constVoid = constUndefined;
function pipe(a, ab, bc, cd, de, ef, fg, gh, hi) {
  switch (arguments.length) {
    case 1:
      return a;
    case 2:
      return ab(a);
    case 3:
      return bc(ab(a));
    case 4:
      return cd(bc(ab(a)));
    case 5:
      return de(cd(bc(ab(a))));
    case 6:
      return ef(de(cd(bc(ab(a)))));
    case 7:
      return fg(ef(de(cd(bc(ab(a))))));
    case 8:
      return gh(fg(ef(de(cd(bc(ab(a)))))));
    case 9:
      return hi(gh(fg(ef(de(cd(bc(ab(a))))))));
    default: {
      let ret = arguments[0];
      for (let i = 1; i < arguments.length; i++)
        ret = arguments[i](ret);
      return ret;
    }
  }
}

// node_modules/effect/dist/esm/Equivalence.js
var make = (isEquivalent) => (self, that) => self === that || isEquivalent(self, that), isStrictEquivalent = (x, y) => x === y, strict = () => isStrictEquivalent;
var number = /* @__PURE__ */ strict();
var mapInput = /* @__PURE__ */ dual(2, (self, f) => make((x, y) => self(f(x), f(y)))), Date2 = /* @__PURE__ */ mapInput(number, (date) => date.getTime());
var array = (item) => make((self, that) => {
  if (self.length !== that.length)
    return !1;
  for (let i = 0; i < self.length; i++)
    if (!item(self[i], that[i]))
      return !1;
  return !0;
});

// node_modules/effect/dist/esm/GlobalValue.js
var globalStoreId = "effect/GlobalValue", globalStore, globalValue = (id2, compute) => (globalStore || (globalThis[globalStoreId] ??= /* @__PURE__ */ new Map(), globalStore = globalThis[globalStoreId]), globalStore.has(id2) || globalStore.set(id2, compute()), globalStore.get(id2));

// node_modules/effect/dist/esm/Predicate.js
var isString = (input) => typeof input == "string", isNumber = (input) => typeof input == "number", isBoolean = (input) => typeof input == "boolean", isBigInt = (input) => typeof input == "bigint", isSymbol = (input) => typeof input == "symbol";
var isFunction2 = isFunction, isUndefined = (input) => input === void 0, isNotUndefined = (input) => input !== void 0;
var isNotNull = (input) => input !== null, isNever = (_) => !1;
var isRecordOrArray = (input) => typeof input == "object" && input !== null, isObject = (input) => isRecordOrArray(input) || isFunction2(input), hasProperty = /* @__PURE__ */ dual(2, (self, property) => isObject(self) && property in self), isTagged = /* @__PURE__ */ dual(2, (self, tag2) => hasProperty(self, "_tag") && self._tag === tag2), isNullable = (input) => input == null, isNotNullable = (input) => input != null;
var isDate = (input) => input instanceof Date, isIterable = (input) => typeof input == "string" || hasProperty(input, Symbol.iterator), isRecord = (input) => isRecordOrArray(input) && !Array.isArray(input);
var isPromiseLike = (input) => hasProperty(input, "then") && isFunction2(input.then);

// node_modules/effect/dist/esm/internal/errors.js
var getBugErrorMessage = (message) => `BUG: ${message} - please report an issue at https://github.com/Effect-TS/effect/issues`;

// node_modules/effect/dist/esm/Utils.js
var GenKindTypeId = /* @__PURE__ */ Symbol.for("effect/Gen/GenKind"), isGenKind = (u) => isObject(u) && GenKindTypeId in u, GenKindImpl = class {
  value;
  constructor(value3) {
    this.value = value3;
  }
  /**
   * @since 2.0.0
   */
  get _F() {
    return identity;
  }
  /**
   * @since 2.0.0
   */
  get _R() {
    return (_) => _;
  }
  /**
   * @since 2.0.0
   */
  get _O() {
    return (_) => _;
  }
  /**
   * @since 2.0.0
   */
  get _E() {
    return (_) => _;
  }
  /**
   * @since 2.0.0
   */
  [GenKindTypeId] = GenKindTypeId;
  /**
   * @since 2.0.0
   */
  [Symbol.iterator]() {
    return new SingleShotGen(this);
  }
}, SingleShotGen = class _SingleShotGen {
  self;
  called = !1;
  constructor(self) {
    this.self = self;
  }
  /**
   * @since 2.0.0
   */
  next(a) {
    return this.called ? {
      value: a,
      done: !0
    } : (this.called = !0, {
      value: this.self,
      done: !1
    });
  }
  /**
   * @since 2.0.0
   */
  return(a) {
    return {
      value: a,
      done: !0
    };
  }
  /**
   * @since 2.0.0
   */
  throw(e) {
    throw e;
  }
  /**
   * @since 2.0.0
   */
  [Symbol.iterator]() {
    return new _SingleShotGen(this.self);
  }
};
var adapter = () => function() {
  let x = arguments[0];
  for (let i = 1; i < arguments.length; i++)
    x = arguments[i](x);
  return new GenKindImpl(x);
}, defaultIncHi = 335903614, defaultIncLo = 4150755663, MUL_HI = 1481765933, MUL_LO = 1284865837, BIT_53 = 9007199254740992, BIT_27 = 134217728, PCGRandom = class {
  _state;
  constructor(seedHi, seedLo, incHi, incLo) {
    return isNullable(seedLo) && isNullable(seedHi) ? (seedLo = Math.random() * 4294967295 >>> 0, seedHi = 0) : isNullable(seedLo) && (seedLo = seedHi, seedHi = 0), isNullable(incLo) && isNullable(incHi) ? (incLo = this._state ? this._state[3] : defaultIncLo, incHi = this._state ? this._state[2] : defaultIncHi) : isNullable(incLo) && (incLo = incHi, incHi = 0), this._state = new Int32Array([0, 0, incHi >>> 0, ((incLo || 0) | 1) >>> 0]), this._next(), add64(this._state, this._state[0], this._state[1], seedHi >>> 0, seedLo >>> 0), this._next(), this;
  }
  /**
   * Returns a copy of the internal state of this random number generator as a
   * JavaScript Array.
   *
   * @category getters
   * @since 2.0.0
   */
  getState() {
    return [this._state[0], this._state[1], this._state[2], this._state[3]];
  }
  /**
   * Restore state previously retrieved using `getState()`.
   *
   * @since 2.0.0
   */
  setState(state) {
    this._state[0] = state[0], this._state[1] = state[1], this._state[2] = state[2], this._state[3] = state[3] | 1;
  }
  /**
   * Get a uniformly distributed 32 bit integer between [0, max).
   *
   * @category getter
   * @since 2.0.0
   */
  integer(max6) {
    return Math.round(this.number() * Number.MAX_SAFE_INTEGER) % max6;
  }
  /**
   * Get a uniformly distributed IEEE-754 double between 0.0 and 1.0, with
   * 53 bits of precision (every bit of the mantissa is randomized).
   *
   * @category getters
   * @since 2.0.0
   */
  number() {
    let hi = (this._next() & 67108863) * 1, lo = (this._next() & 134217727) * 1;
    return (hi * BIT_27 + lo) / BIT_53;
  }
  /** @internal */
  _next() {
    let oldHi = this._state[0] >>> 0, oldLo = this._state[1] >>> 0;
    mul64(this._state, oldHi, oldLo, MUL_HI, MUL_LO), add64(this._state, this._state[0], this._state[1], this._state[2], this._state[3]);
    let xsHi = oldHi >>> 18, xsLo = (oldLo >>> 18 | oldHi << 14) >>> 0;
    xsHi = (xsHi ^ oldHi) >>> 0, xsLo = (xsLo ^ oldLo) >>> 0;
    let xorshifted = (xsLo >>> 27 | xsHi << 5) >>> 0, rot = oldHi >>> 27, rot2 = (-rot >>> 0 & 31) >>> 0;
    return (xorshifted >>> rot | xorshifted << rot2) >>> 0;
  }
};
function mul64(out, aHi, aLo, bHi, bLo) {
  let c1 = (aLo >>> 16) * (bLo & 65535) >>> 0, c0 = (aLo & 65535) * (bLo >>> 16) >>> 0, lo = (aLo & 65535) * (bLo & 65535) >>> 0, hi = (aLo >>> 16) * (bLo >>> 16) + ((c0 >>> 16) + (c1 >>> 16)) >>> 0;
  c0 = c0 << 16 >>> 0, lo = lo + c0 >>> 0, lo >>> 0 < c0 >>> 0 && (hi = hi + 1 >>> 0), c1 = c1 << 16 >>> 0, lo = lo + c1 >>> 0, lo >>> 0 < c1 >>> 0 && (hi = hi + 1 >>> 0), hi = hi + Math.imul(aLo, bHi) >>> 0, hi = hi + Math.imul(aHi, bLo) >>> 0, out[0] = hi, out[1] = lo;
}
function add64(out, aHi, aLo, bHi, bLo) {
  let hi = aHi + bHi >>> 0, lo = aLo + bLo >>> 0;
  lo >>> 0 < aLo >>> 0 && (hi = hi + 1 | 0), out[0] = hi, out[1] = lo;
}
var YieldWrapTypeId = /* @__PURE__ */ Symbol.for("effect/Utils/YieldWrap"), YieldWrap = class {
  /**
   * @since 3.0.6
   */
  #value;
  constructor(value3) {
    this.#value = value3;
  }
  /**
   * @since 3.0.6
   */
  [YieldWrapTypeId]() {
    return this.#value;
  }
};
function yieldWrapGet(self) {
  if (typeof self == "object" && self !== null && YieldWrapTypeId in self)
    return self[YieldWrapTypeId]();
  throw new Error(getBugErrorMessage("yieldWrapGet"));
}
var structuralRegionState = /* @__PURE__ */ globalValue("effect/Utils/isStructuralRegion", () => ({
  enabled: !1,
  tester: void 0
}));
var standard = {
  effect_internal_function: (body) => body()
}, forced = {
  effect_internal_function: (body) => body()
}, isNotOptimizedAway = /* @__PURE__ */ standard.effect_internal_function(() => new Error().stack)?.includes("effect_internal_function") === !0, internalCall = isNotOptimizedAway ? standard.effect_internal_function : forced.effect_internal_function, genConstructor = function* () {
}.constructor;

// node_modules/effect/dist/esm/Hash.js
var randomHashCache = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/Hash/randomHashCache"), () => /* @__PURE__ */ new WeakMap()), symbol = /* @__PURE__ */ Symbol.for("effect/Hash"), hash = (self) => {
  if (structuralRegionState.enabled === !0)
    return 0;
  switch (typeof self) {
    case "number":
      return number2(self);
    case "bigint":
      return string(self.toString(10));
    case "boolean":
      return string(String(self));
    case "symbol":
      return string(String(self));
    case "string":
      return string(self);
    case "undefined":
      return string("undefined");
    case "function":
    case "object":
      return self === null ? string("null") : self instanceof Date ? Number.isNaN(self.getTime()) ? string("Invalid Date") : hash(self.toISOString()) : self instanceof URL ? hash(self.href) : isHash(self) ? self[symbol]() : random(self);
    default:
      throw new Error(`BUG: unhandled typeof ${typeof self} - please report an issue at https://github.com/Effect-TS/effect/issues`);
  }
}, random = (self) => (randomHashCache.has(self) || randomHashCache.set(self, number2(Math.floor(Math.random() * Number.MAX_SAFE_INTEGER))), randomHashCache.get(self)), combine = (b) => (self) => self * 53 ^ b, optimize = (n) => n & 3221225471 | n >>> 1 & 1073741824, isHash = (u) => hasProperty(u, symbol), number2 = (n) => {
  if (n !== n || n === 1 / 0)
    return 0;
  let h = n | 0;
  for (h !== n && (h ^= n * 4294967295); n > 4294967295; )
    h ^= n /= 4294967295;
  return optimize(h);
}, string = (str) => {
  let h = 5381, i = str.length;
  for (; i; )
    h = h * 33 ^ str.charCodeAt(--i);
  return optimize(h);
}, structureKeys = (o, keys6) => {
  let h = 12289;
  for (let i = 0; i < keys6.length; i++)
    h ^= pipe(string(keys6[i]), combine(hash(o[keys6[i]])));
  return optimize(h);
}, structure = (o) => structureKeys(o, Object.keys(o)), array2 = (arr) => {
  let h = 6151;
  for (let i = 0; i < arr.length; i++)
    h = pipe(h, combine(hash(arr[i])));
  return optimize(h);
}, cached = function() {
  if (arguments.length === 1) {
    let self2 = arguments[0];
    return function(hash3) {
      return Object.defineProperty(self2, symbol, {
        value() {
          return hash3;
        },
        enumerable: !1
      }), hash3;
    };
  }
  let self = arguments[0], hash2 = arguments[1];
  return Object.defineProperty(self, symbol, {
    value() {
      return hash2;
    },
    enumerable: !1
  }), hash2;
};

// node_modules/effect/dist/esm/Equal.js
var symbol2 = /* @__PURE__ */ Symbol.for("effect/Equal");
function equals() {
  return arguments.length === 1 ? (self) => compareBoth(self, arguments[0]) : compareBoth(arguments[0], arguments[1]);
}
function compareBoth(self, that) {
  if (self === that)
    return !0;
  let selfType = typeof self;
  if (selfType !== typeof that)
    return !1;
  if (selfType === "object" || selfType === "function") {
    if (self !== null && that !== null) {
      if (isEqual(self) && isEqual(that))
        return hash(self) === hash(that) && self[symbol2](that) ? !0 : structuralRegionState.enabled && structuralRegionState.tester ? structuralRegionState.tester(self, that) : !1;
      if (self instanceof Date && that instanceof Date) {
        let t1 = self.getTime(), t2 = that.getTime();
        return t1 === t2 || Number.isNaN(t1) && Number.isNaN(t2);
      } else if (self instanceof URL && that instanceof URL)
        return self.href === that.href;
    }
    if (structuralRegionState.enabled) {
      if (self === null || that === null)
        return !1;
      if (Array.isArray(self) && Array.isArray(that))
        return self.length === that.length && self.every((v, i) => compareBoth(v, that[i]));
      if (Object.getPrototypeOf(self) === Object.prototype && Object.getPrototypeOf(that) === Object.prototype) {
        let keysSelf = Object.keys(self), keysThat = Object.keys(that);
        if (keysSelf.length === keysThat.length) {
          for (let key of keysSelf)
            if (!(key in that && compareBoth(self[key], that[key])))
              return structuralRegionState.tester ? structuralRegionState.tester(self, that) : !1;
          return !0;
        }
      }
      return structuralRegionState.tester ? structuralRegionState.tester(self, that) : !1;
    }
  }
  return structuralRegionState.enabled && structuralRegionState.tester ? structuralRegionState.tester(self, that) : !1;
}
var isEqual = (u) => hasProperty(u, symbol2), equivalence = () => equals;

// node_modules/effect/dist/esm/Inspectable.js
var NodeInspectSymbol = /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom"), toJSON = (x) => {
  try {
    if (hasProperty(x, "toJSON") && isFunction2(x.toJSON) && x.toJSON.length === 0)
      return x.toJSON();
    if (Array.isArray(x))
      return x.map(toJSON);
  } catch {
    return {};
  }
  return redact(x);
}, CIRCULAR = "[Circular]";
function formatDate(date) {
  try {
    return date.toISOString();
  } catch {
    return "Invalid Date";
  }
}
function safeToString(input) {
  try {
    let s = input.toString();
    return typeof s == "string" ? s : String(s);
  } catch {
    return "[toString threw]";
  }
}
function formatPropertyKey(name) {
  return isString(name) ? JSON.stringify(name) : String(name);
}
function formatUnknown(input, options3) {
  let space = options3?.space ?? 0, seen = /* @__PURE__ */ new WeakSet(), gap = space ? isNumber(space) ? " ".repeat(space) : space : "", ind = (d) => gap.repeat(d), wrap = (v, body) => {
    let ctor = v?.constructor;
    return ctor && ctor !== Object.prototype.constructor && ctor.name ? `${ctor.name}(${body})` : body;
  }, ownKeys = (o) => {
    try {
      return Reflect.ownKeys(o);
    } catch {
      return ["[ownKeys threw]"];
    }
  };
  function go2(v, d = 0) {
    if (Array.isArray(v)) {
      if (seen.has(v)) return CIRCULAR;
      if (seen.add(v), !gap || v.length <= 1) return `[${v.map((x) => go2(x, d)).join(",")}]`;
      let inner = v.map((x) => go2(x, d + 1)).join(`,
` + ind(d + 1));
      return `[
${ind(d + 1)}${inner}
${ind(d)}]`;
    }
    if (isDate(v)) return formatDate(v);
    if (!options3?.ignoreToString && hasProperty(v, "toString") && isFunction2(v.toString) && v.toString !== Object.prototype.toString && v.toString !== Array.prototype.toString) {
      let s = safeToString(v);
      return v instanceof Error && v.cause ? `${s} (cause: ${go2(v.cause, d)})` : s;
    }
    if (isString(v)) return JSON.stringify(v);
    if (isNumber(v) || v == null || isBoolean(v) || isSymbol(v)) return String(v);
    if (isBigInt(v)) return String(v) + "n";
    if (v instanceof Set || v instanceof Map)
      return seen.has(v) ? CIRCULAR : (seen.add(v), `${v.constructor.name}(${go2(Array.from(v), d)})`);
    if (isObject(v)) {
      if (seen.has(v)) return CIRCULAR;
      seen.add(v);
      let keys6 = ownKeys(v);
      if (!gap || keys6.length <= 1) {
        let body2 = `{${keys6.map((k) => `${formatPropertyKey(k)}:${go2(v[k], d)}`).join(",")}}`;
        return wrap(v, body2);
      }
      let body = `{
${keys6.map((k) => `${ind(d + 1)}${formatPropertyKey(k)}: ${go2(v[k], d + 1)}`).join(`,
`)}
${ind(d)}}`;
      return wrap(v, body);
    }
    return String(v);
  }
  return go2(input, 0);
}
var format = (x) => JSON.stringify(x, null, 2), BaseProto = {
  toJSON() {
    return toJSON(this);
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  },
  toString() {
    return format(this.toJSON());
  }
}, Class = class {
  /**
   * @since 2.0.0
   */
  [NodeInspectSymbol]() {
    return this.toJSON();
  }
  /**
   * @since 2.0.0
   */
  toString() {
    return format(this.toJSON());
  }
}, toStringUnknown = (u, whitespace = 2) => {
  if (typeof u == "string")
    return u;
  try {
    return typeof u == "object" ? stringifyCircular(u, whitespace) : String(u);
  } catch {
    return String(u);
  }
}, stringifyCircular = (obj, whitespace) => {
  let cache = [], retVal = JSON.stringify(obj, (_key, value3) => typeof value3 == "object" && value3 !== null ? cache.includes(value3) ? void 0 : cache.push(value3) && (redactableState.fiberRefs !== void 0 && isRedactable(value3) ? value3[symbolRedactable](redactableState.fiberRefs) : value3) : value3, whitespace);
  return cache = void 0, retVal;
}, symbolRedactable = /* @__PURE__ */ Symbol.for("effect/Inspectable/Redactable"), isRedactable = (u) => typeof u == "object" && u !== null && symbolRedactable in u, redactableState = /* @__PURE__ */ globalValue("effect/Inspectable/redactableState", () => ({
  fiberRefs: void 0
})), withRedactableContext = (context5, f) => {
  let prev = redactableState.fiberRefs;
  redactableState.fiberRefs = context5;
  try {
    return f();
  } finally {
    redactableState.fiberRefs = prev;
  }
}, redact = (u) => isRedactable(u) && redactableState.fiberRefs !== void 0 ? u[symbolRedactable](redactableState.fiberRefs) : u;

// node_modules/effect/dist/esm/Pipeable.js
var pipeArguments = (self, args2) => {
  switch (args2.length) {
    case 0:
      return self;
    case 1:
      return args2[0](self);
    case 2:
      return args2[1](args2[0](self));
    case 3:
      return args2[2](args2[1](args2[0](self)));
    case 4:
      return args2[3](args2[2](args2[1](args2[0](self))));
    case 5:
      return args2[4](args2[3](args2[2](args2[1](args2[0](self)))));
    case 6:
      return args2[5](args2[4](args2[3](args2[2](args2[1](args2[0](self))))));
    case 7:
      return args2[6](args2[5](args2[4](args2[3](args2[2](args2[1](args2[0](self)))))));
    case 8:
      return args2[7](args2[6](args2[5](args2[4](args2[3](args2[2](args2[1](args2[0](self))))))));
    case 9:
      return args2[8](args2[7](args2[6](args2[5](args2[4](args2[3](args2[2](args2[1](args2[0](self)))))))));
    default: {
      let ret = self;
      for (let i = 0, len = args2.length; i < len; i++)
        ret = args2[i](ret);
      return ret;
    }
  }
};

// node_modules/effect/dist/esm/internal/opCodes/effect.js
var OP_ASYNC = "Async", OP_COMMIT = "Commit", OP_FAILURE = "Failure", OP_ON_FAILURE = "OnFailure", OP_ON_SUCCESS = "OnSuccess", OP_ON_SUCCESS_AND_FAILURE = "OnSuccessAndFailure", OP_SUCCESS = "Success", OP_SYNC = "Sync";
var OP_UPDATE_RUNTIME_FLAGS = "UpdateRuntimeFlags", OP_WHILE = "While", OP_ITERATOR = "Iterator", OP_WITH_RUNTIME = "WithRuntime", OP_YIELD = "Yield", OP_REVERT_FLAGS = "RevertFlags";

// node_modules/effect/dist/esm/internal/version.js
var moduleVersion = "3.22.4", getCurrentVersion = () => moduleVersion;

// node_modules/effect/dist/esm/internal/effectable.js
var EffectTypeId = /* @__PURE__ */ Symbol.for("effect/Effect"), StreamTypeId = /* @__PURE__ */ Symbol.for("effect/Stream"), SinkTypeId = /* @__PURE__ */ Symbol.for("effect/Sink"), ChannelTypeId = /* @__PURE__ */ Symbol.for("effect/Channel"), effectVariance = {
  /* c8 ignore next */
  _R: (_) => _,
  /* c8 ignore next */
  _E: (_) => _,
  /* c8 ignore next */
  _A: (_) => _,
  _V: /* @__PURE__ */ getCurrentVersion()
}, sinkVariance = {
  /* c8 ignore next */
  _A: (_) => _,
  /* c8 ignore next */
  _In: (_) => _,
  /* c8 ignore next */
  _L: (_) => _,
  /* c8 ignore next */
  _E: (_) => _,
  /* c8 ignore next */
  _R: (_) => _
}, channelVariance = {
  /* c8 ignore next */
  _Env: (_) => _,
  /* c8 ignore next */
  _InErr: (_) => _,
  /* c8 ignore next */
  _InElem: (_) => _,
  /* c8 ignore next */
  _InDone: (_) => _,
  /* c8 ignore next */
  _OutErr: (_) => _,
  /* c8 ignore next */
  _OutElem: (_) => _,
  /* c8 ignore next */
  _OutDone: (_) => _
}, EffectPrototype = {
  [EffectTypeId]: effectVariance,
  [StreamTypeId]: effectVariance,
  [SinkTypeId]: sinkVariance,
  [ChannelTypeId]: channelVariance,
  [symbol2](that) {
    return this === that;
  },
  [symbol]() {
    return cached(this, random(this));
  },
  [Symbol.iterator]() {
    return new SingleShotGen(new YieldWrap(this));
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
}, StructuralPrototype = {
  [symbol]() {
    return cached(this, structure(this));
  },
  [symbol2](that) {
    let selfKeys = Object.keys(this), thatKeys = Object.keys(that);
    if (selfKeys.length !== thatKeys.length)
      return !1;
    for (let key of selfKeys)
      if (!(key in that && equals(this[key], that[key])))
        return !1;
    return !0;
  }
}, CommitPrototype = {
  ...EffectPrototype,
  _op: OP_COMMIT
}, StructuralCommitPrototype = {
  ...CommitPrototype,
  ...StructuralPrototype
}, Base = /* @__PURE__ */ (function() {
  function Base3() {
  }
  return Base3.prototype = CommitPrototype, Base3;
})();

// node_modules/effect/dist/esm/internal/option.js
var TypeId = /* @__PURE__ */ Symbol.for("effect/Option"), CommonProto = {
  ...EffectPrototype,
  [TypeId]: {
    _A: (_) => _
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  },
  toString() {
    return format(this.toJSON());
  }
}, SomeProto = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(CommonProto), {
  _tag: "Some",
  _op: "Some",
  [symbol2](that) {
    return isOption(that) && isSome(that) && equals(this.value, that.value);
  },
  [symbol]() {
    return cached(this, combine(hash(this._tag))(hash(this.value)));
  },
  toJSON() {
    return {
      _id: "Option",
      _tag: this._tag,
      value: toJSON(this.value)
    };
  }
}), NoneHash = /* @__PURE__ */ hash("None"), NoneProto = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(CommonProto), {
  _tag: "None",
  _op: "None",
  [symbol2](that) {
    return isOption(that) && isNone(that);
  },
  [symbol]() {
    return NoneHash;
  },
  toJSON() {
    return {
      _id: "Option",
      _tag: this._tag
    };
  }
}), isOption = (input) => hasProperty(input, TypeId), isNone = (fa) => fa._tag === "None", isSome = (fa) => fa._tag === "Some", none = /* @__PURE__ */ Object.create(NoneProto), some = (value3) => {
  let a = Object.create(SomeProto);
  return a.value = value3, a;
};

// node_modules/effect/dist/esm/internal/either.js
var TypeId2 = /* @__PURE__ */ Symbol.for("effect/Either"), CommonProto2 = {
  ...EffectPrototype,
  [TypeId2]: {
    _R: (_) => _
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  },
  toString() {
    return format(this.toJSON());
  }
}, RightProto = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(CommonProto2), {
  _tag: "Right",
  _op: "Right",
  [symbol2](that) {
    return isEither(that) && isRight(that) && equals(this.right, that.right);
  },
  [symbol]() {
    return combine(hash(this._tag))(hash(this.right));
  },
  toJSON() {
    return {
      _id: "Either",
      _tag: this._tag,
      right: toJSON(this.right)
    };
  }
}), LeftProto = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(CommonProto2), {
  _tag: "Left",
  _op: "Left",
  [symbol2](that) {
    return isEither(that) && isLeft(that) && equals(this.left, that.left);
  },
  [symbol]() {
    return combine(hash(this._tag))(hash(this.left));
  },
  toJSON() {
    return {
      _id: "Either",
      _tag: this._tag,
      left: toJSON(this.left)
    };
  }
}), isEither = (input) => hasProperty(input, TypeId2), isLeft = (ma) => ma._tag === "Left", isRight = (ma) => ma._tag === "Right", left = (left3) => {
  let a = Object.create(LeftProto);
  return a.left = left3, a;
}, right = (right3) => {
  let a = Object.create(RightProto);
  return a.right = right3, a;
};
var getRight = (self) => isLeft(self) ? none : some(self.right);

// node_modules/effect/dist/esm/Either.js
var right2 = right;
var left2 = left;
var try_ = (evaluate2) => {
  if (isFunction2(evaluate2))
    try {
      return right2(evaluate2());
    } catch (e) {
      return left2(e);
    }
  else
    try {
      return right2(evaluate2.try());
    } catch (e) {
      return left2(evaluate2.catch(e));
    }
};
var isEither2 = isEither, isLeft2 = isLeft, isRight2 = isRight, getRight2 = getRight;
var mapBoth = /* @__PURE__ */ dual(2, (self, {
  onLeft,
  onRight
}) => isLeft2(self) ? left2(onLeft(self.left)) : right2(onRight(self.right))), mapLeft = /* @__PURE__ */ dual(2, (self, f) => isLeft2(self) ? left2(f(self.left)) : right2(self.right)), map = /* @__PURE__ */ dual(2, (self, f) => isRight2(self) ? right2(f(self.right)) : left2(self.left)), match = /* @__PURE__ */ dual(2, (self, {
  onLeft,
  onRight
}) => isLeft2(self) ? onLeft(self.left) : onRight(self.right));
var merge = /* @__PURE__ */ match({
  onLeft: identity,
  onRight: identity
}), getOrElse = /* @__PURE__ */ dual(2, (self, onLeft) => isLeft2(self) ? onLeft(self.left) : self.right);
var getOrUndefined = /* @__PURE__ */ getOrElse(constUndefined), getOrThrowWith = /* @__PURE__ */ dual(2, (self, onLeft) => {
  if (isRight2(self))
    return self.right;
  throw onLeft(self.left);
}), getOrThrow = /* @__PURE__ */ getOrThrowWith(() => new Error("getOrThrow called on a Left"));
var adapter2 = /* @__PURE__ */ adapter(), gen = (...args2) => {
  let iterator = (args2.length === 1 ? args2[0] : args2[1].bind(args2[0]))(adapter2), state = iterator.next();
  for (; !state.done; ) {
    let current2 = isGenKind(state.value) ? state.value.value : yieldWrapGet(state.value);
    if (isLeft2(current2))
      return current2;
    state = iterator.next(current2.right);
  }
  return right2(state.value);
};

// node_modules/effect/dist/esm/internal/array.js
var isNonEmptyArray = (self) => self.length > 0;

// node_modules/effect/dist/esm/Order.js
var make2 = (compare2) => (self, that) => self === that ? 0 : compare2(self, that);
var number3 = /* @__PURE__ */ make2((self, that) => self < that ? -1 : 1);
var mapInput2 = /* @__PURE__ */ dual(2, (self, f) => make2((b1, b2) => self(f(b1), f(b2))));
var greaterThan = (O) => dual(2, (self, that) => O(self, that) === 1);

// node_modules/effect/dist/esm/Option.js
var none2 = () => none, some2 = some, isOption2 = isOption, isNone2 = isNone, isSome2 = isSome, match2 = /* @__PURE__ */ dual(2, (self, {
  onNone,
  onSome
}) => isNone2(self) ? onNone() : onSome(self.value));
var getRight3 = getRight;
var getOrElse2 = /* @__PURE__ */ dual(2, (self, onNone) => isNone2(self) ? onNone() : self.value), orElse = /* @__PURE__ */ dual(2, (self, that) => isNone2(self) ? that() : self), orElseSome = /* @__PURE__ */ dual(2, (self, onNone) => isNone2(self) ? some2(onNone()) : self);
var firstSomeOf = (collection) => {
  let out = none2();
  for (out of collection)
    if (isSome2(out))
      return out;
  return out;
}, fromNullable = (nullableValue) => nullableValue == null ? none2() : some2(nullableValue);
var getOrUndefined2 = /* @__PURE__ */ getOrElse2(constUndefined), liftThrowable = (f) => (...a) => {
  try {
    return some2(f(...a));
  } catch {
    return none2();
  }
}, getOrThrowWith2 = /* @__PURE__ */ dual(2, (self, onNone) => {
  if (isSome2(self))
    return self.value;
  throw onNone();
}), getOrThrow2 = /* @__PURE__ */ getOrThrowWith2(() => new Error("getOrThrow called on a None")), map2 = /* @__PURE__ */ dual(2, (self, f) => isNone2(self) ? none2() : some2(f(self.value)));
var flatMap = /* @__PURE__ */ dual(2, (self, f) => isNone2(self) ? none2() : f(self.value));
var flatMapNullable = /* @__PURE__ */ dual(2, (self, f) => isNone2(self) ? none2() : fromNullable(f(self.value)));
var filterMap = flatMap, filter = /* @__PURE__ */ dual(2, (self, predicate) => filterMap(self, (b) => predicate(b) ? some(b) : none)), getEquivalence = (isEquivalent) => make((x, y) => isNone2(x) ? isNone2(y) : isNone2(y) ? !1 : isEquivalent(x.value, y.value));
var liftPredicate = /* @__PURE__ */ dual(2, (b, predicate) => predicate(b) ? some2(b) : none2()), containsWith = (isEquivalent) => dual(2, (self, a) => isNone2(self) ? !1 : isEquivalent(self.value, a)), _equivalence = /* @__PURE__ */ equivalence(), contains = /* @__PURE__ */ containsWith(_equivalence), exists = /* @__PURE__ */ dual(2, (self, refinement) => isNone2(self) ? !1 : refinement(self.value));
var mergeWith = (f) => (o1, o2) => isNone2(o1) ? o2 : isNone2(o2) ? o1 : some2(f(o1.value, o2.value));

// node_modules/effect/dist/esm/Tuple.js
var make3 = (...elements) => elements;

// node_modules/effect/dist/esm/Record.js
var has = /* @__PURE__ */ dual(2, (self, key) => Object.prototype.hasOwnProperty.call(self, key)), get = /* @__PURE__ */ dual(2, (self, key) => has(self, key) ? some2(self[key]) : none2());
var map3 = /* @__PURE__ */ dual(2, (self, f) => {
  let out = {
    ...self
  };
  for (let key of keys(self))
    out[key] = f(self[key], key);
  return out;
});
var keys = (self) => Object.keys(self);

// node_modules/effect/dist/esm/Array.js
var allocate = (n) => new Array(n), makeBy = /* @__PURE__ */ dual(2, (n, f) => {
  let max6 = Math.max(1, Math.floor(n)), out = new Array(max6);
  for (let i = 0; i < max6; i++)
    out[i] = f(i);
  return out;
});
var fromIterable = (collection) => Array.isArray(collection) ? collection : Array.from(collection), ensure = (self) => Array.isArray(self) ? self : [self];
var matchLeft = /* @__PURE__ */ dual(2, (self, {
  onEmpty,
  onNonEmpty
}) => isNonEmptyReadonlyArray(self) ? onNonEmpty(headNonEmpty(self), tailNonEmpty(self)) : onEmpty());
var prepend = /* @__PURE__ */ dual(2, (self, head7) => [head7, ...self]);
var append = /* @__PURE__ */ dual(2, (self, last5) => [...self, last5]), appendAll = /* @__PURE__ */ dual(2, (self, that) => fromIterable(self).concat(fromIterable(that)));
var isArray = Array.isArray, isEmptyArray = (self) => self.length === 0, isEmptyReadonlyArray = isEmptyArray, isNonEmptyArray2 = isNonEmptyArray, isNonEmptyReadonlyArray = isNonEmptyArray;
var isOutOfBounds = (i, as8) => i < 0 || i >= as8.length, clamp = (i, as8) => Math.floor(Math.min(Math.max(0, i), as8.length)), get2 = /* @__PURE__ */ dual(2, (self, index) => {
  let i = Math.floor(index);
  return isOutOfBounds(i, self) ? none2() : some2(self[i]);
}), unsafeGet = /* @__PURE__ */ dual(2, (self, index) => {
  let i = Math.floor(index);
  if (isOutOfBounds(i, self))
    throw new Error(`Index ${i} out of bounds`);
  return self[i];
});
var head = /* @__PURE__ */ get2(0), headNonEmpty = /* @__PURE__ */ unsafeGet(0), last = (self) => isNonEmptyReadonlyArray(self) ? some2(lastNonEmpty(self)) : none2(), lastNonEmpty = (self) => self[self.length - 1];
var tailNonEmpty = (self) => self.slice(1);
var spanIndex = (self, predicate) => {
  let i = 0;
  for (let a of self) {
    if (!predicate(a, i))
      break;
    i++;
  }
  return i;
}, span = /* @__PURE__ */ dual(2, (self, predicate) => splitAt(self, spanIndex(self, predicate))), drop = /* @__PURE__ */ dual(2, (self, n) => {
  let input = fromIterable(self);
  return input.slice(clamp(n, input), input.length);
});
var reverse = (self) => Array.from(self).reverse(), sort = /* @__PURE__ */ dual(2, (self, O) => {
  let out = Array.from(self);
  return out.sort(O), out;
});
var zip = /* @__PURE__ */ dual(2, (self, that) => zipWith(self, that, make3)), zipWith = /* @__PURE__ */ dual(3, (self, that, f) => {
  let as8 = fromIterable(self), bs = fromIterable(that);
  if (isNonEmptyReadonlyArray(as8) && isNonEmptyReadonlyArray(bs)) {
    let out = [f(headNonEmpty(as8), headNonEmpty(bs))], len = Math.min(as8.length, bs.length);
    for (let i = 1; i < len; i++)
      out[i] = f(as8[i], bs[i]);
    return out;
  }
  return [];
});
var _equivalence2 = /* @__PURE__ */ equivalence();
var splitAt = /* @__PURE__ */ dual(2, (self, n) => {
  let input = Array.from(self), _n = Math.floor(n);
  return isNonEmptyReadonlyArray(input) ? _n >= 1 ? splitNonEmptyAt(input, _n) : [[], input] : [input, []];
}), splitNonEmptyAt = /* @__PURE__ */ dual(2, (self, n) => {
  let _n = Math.max(1, Math.floor(n));
  return _n >= self.length ? [copy(self), []] : [prepend(self.slice(1, _n), headNonEmpty(self)), self.slice(_n)];
});
var copy = (self) => self.slice();
var unionWith = /* @__PURE__ */ dual(3, (self, that, isEquivalent) => {
  let a = fromIterable(self), b = fromIterable(that);
  return isNonEmptyReadonlyArray(a) ? isNonEmptyReadonlyArray(b) ? dedupeWith(isEquivalent)(appendAll(a, b)) : a : b;
}), union = /* @__PURE__ */ dual(2, (self, that) => unionWith(self, that, _equivalence2));
var empty = () => [], of = (a) => [a], map4 = /* @__PURE__ */ dual(2, (self, f) => self.map(f)), flatMap2 = /* @__PURE__ */ dual(2, (self, f) => {
  if (isEmptyReadonlyArray(self))
    return [];
  let out = [];
  for (let i = 0; i < self.length; i++) {
    let inner = f(self[i], i);
    for (let j = 0; j < inner.length; j++)
      out.push(inner[j]);
  }
  return out;
}), flatten = /* @__PURE__ */ flatMap2(identity), filterMap2 = /* @__PURE__ */ dual(2, (self, f) => {
  let as8 = fromIterable(self), out = [];
  for (let i = 0; i < as8.length; i++) {
    let o = f(as8[i], i);
    isSome2(o) && out.push(o.value);
  }
  return out;
});
var filter2 = /* @__PURE__ */ dual(2, (self, predicate) => {
  let as8 = fromIterable(self), out = [];
  for (let i = 0; i < as8.length; i++)
    predicate(as8[i], i) && out.push(as8[i]);
  return out;
});
var reduce = /* @__PURE__ */ dual(3, (self, b, f) => fromIterable(self).reduce((b2, a, i) => f(b2, a, i), b));
var unfold = (b, f) => {
  let out = [], next3 = b, o;
  for (; isSome2(o = f(next3)); ) {
    let [a, b2] = o.value;
    out.push(a), next3 = b2;
  }
  return out;
};
var getEquivalence2 = array;
var dedupeWith = /* @__PURE__ */ dual(2, (self, isEquivalent) => {
  let input = fromIterable(self);
  if (isNonEmptyReadonlyArray(input)) {
    let out = [headNonEmpty(input)], rest = tailNonEmpty(input);
    for (let r of rest)
      out.every((a) => !isEquivalent(r, a)) && out.push(r);
    return out;
  }
  return [];
}), dedupe = (self) => dedupeWith(self, equivalence());
var join = /* @__PURE__ */ dual(2, (self, sep) => fromIterable(self).join(sep));

// node_modules/effect/dist/esm/Chunk.js
var TypeId3 = /* @__PURE__ */ Symbol.for("effect/Chunk");
function copy2(src, srcPos, dest, destPos, len) {
  for (let i = srcPos; i < Math.min(src.length, srcPos + len); i++)
    dest[destPos + i - srcPos] = src[i];
  return dest;
}
var emptyArray = [], getEquivalence3 = (isEquivalent) => make((self, that) => self.length === that.length && toReadonlyArray(self).every((value3, i) => isEquivalent(value3, unsafeGet2(that, i)))), _equivalence3 = /* @__PURE__ */ getEquivalence3(equals), ChunkProto = {
  [TypeId3]: {
    _A: (_) => _
  },
  toString() {
    return format(this.toJSON());
  },
  toJSON() {
    return {
      _id: "Chunk",
      values: toReadonlyArray(this).map(toJSON)
    };
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  },
  [symbol2](that) {
    return isChunk(that) && _equivalence3(this, that);
  },
  [symbol]() {
    return cached(this, array2(toReadonlyArray(this)));
  },
  [Symbol.iterator]() {
    switch (this.backing._tag) {
      case "IArray":
        return this.backing.array[Symbol.iterator]();
      case "IEmpty":
        return emptyArray[Symbol.iterator]();
      default:
        return toReadonlyArray(this)[Symbol.iterator]();
    }
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
}, makeChunk = (backing) => {
  let chunk2 = Object.create(ChunkProto);
  switch (chunk2.backing = backing, backing._tag) {
    case "IEmpty": {
      chunk2.length = 0, chunk2.depth = 0, chunk2.left = chunk2, chunk2.right = chunk2;
      break;
    }
    case "IConcat": {
      chunk2.length = backing.left.length + backing.right.length, chunk2.depth = 1 + Math.max(backing.left.depth, backing.right.depth), chunk2.left = backing.left, chunk2.right = backing.right;
      break;
    }
    case "IArray": {
      chunk2.length = backing.array.length, chunk2.depth = 0, chunk2.left = _empty, chunk2.right = _empty;
      break;
    }
    case "ISingleton": {
      chunk2.length = 1, chunk2.depth = 0, chunk2.left = _empty, chunk2.right = _empty;
      break;
    }
    case "ISlice": {
      chunk2.length = backing.length, chunk2.depth = backing.chunk.depth + 1, chunk2.left = _empty, chunk2.right = _empty;
      break;
    }
  }
  return chunk2;
}, isChunk = (u) => hasProperty(u, TypeId3), _empty = /* @__PURE__ */ makeChunk({
  _tag: "IEmpty"
}), empty2 = () => _empty, make4 = (...as8) => unsafeFromNonEmptyArray(as8), of2 = (a) => makeChunk({
  _tag: "ISingleton",
  a
}), fromIterable2 = (self) => isChunk(self) ? self : unsafeFromArray(fromIterable(self)), copyToArray = (self, array4, initial2) => {
  switch (self.backing._tag) {
    case "IArray": {
      copy2(self.backing.array, 0, array4, initial2, self.length);
      break;
    }
    case "IConcat": {
      copyToArray(self.left, array4, initial2), copyToArray(self.right, array4, initial2 + self.left.length);
      break;
    }
    case "ISingleton": {
      array4[initial2] = self.backing.a;
      break;
    }
    case "ISlice": {
      let i = 0, j = initial2;
      for (; i < self.length; )
        array4[j] = unsafeGet2(self, i), i += 1, j += 1;
      break;
    }
  }
};
var toReadonlyArray_ = (self) => {
  switch (self.backing._tag) {
    case "IEmpty":
      return emptyArray;
    case "IArray":
      return self.backing.array;
    default: {
      let arr = new Array(self.length);
      return copyToArray(self, arr, 0), self.backing = {
        _tag: "IArray",
        array: arr
      }, self.left = _empty, self.right = _empty, self.depth = 0, arr;
    }
  }
}, toReadonlyArray = toReadonlyArray_, reverseChunk = (self) => {
  switch (self.backing._tag) {
    case "IEmpty":
    case "ISingleton":
      return self;
    case "IArray":
      return makeChunk({
        _tag: "IArray",
        array: reverse(self.backing.array)
      });
    case "IConcat":
      return makeChunk({
        _tag: "IConcat",
        left: reverse2(self.backing.right),
        right: reverse2(self.backing.left)
      });
    case "ISlice":
      return unsafeFromArray(reverse(toReadonlyArray(self)));
  }
}, reverse2 = reverseChunk, get3 = /* @__PURE__ */ dual(2, (self, index) => index < 0 || index >= self.length ? none2() : some2(unsafeGet2(self, index))), unsafeFromArray = (self) => self.length === 0 ? empty2() : self.length === 1 ? of2(self[0]) : makeChunk({
  _tag: "IArray",
  array: self
}), unsafeFromNonEmptyArray = (self) => unsafeFromArray(self), unsafeGet2 = /* @__PURE__ */ dual(2, (self, index) => {
  switch (self.backing._tag) {
    case "IEmpty":
      throw new Error("Index out of bounds");
    case "ISingleton": {
      if (index !== 0)
        throw new Error("Index out of bounds");
      return self.backing.a;
    }
    case "IArray": {
      if (index >= self.length || index < 0)
        throw new Error("Index out of bounds");
      return self.backing.array[index];
    }
    case "IConcat":
      return index < self.left.length ? unsafeGet2(self.left, index) : unsafeGet2(self.right, index - self.left.length);
    case "ISlice":
      return unsafeGet2(self.backing.chunk, index + self.backing.offset);
  }
}), append2 = /* @__PURE__ */ dual(2, (self, a) => appendAll2(self, of2(a))), prepend2 = /* @__PURE__ */ dual(2, (self, elem) => appendAll2(of2(elem), self));
var drop2 = /* @__PURE__ */ dual(2, (self, n) => {
  if (n <= 0)
    return self;
  if (n >= self.length)
    return _empty;
  switch (self.backing._tag) {
    case "ISlice":
      return makeChunk({
        _tag: "ISlice",
        chunk: self.backing.chunk,
        offset: self.backing.offset + n,
        length: self.backing.length - n
      });
    case "IConcat":
      return n > self.left.length ? drop2(self.right, n - self.left.length) : makeChunk({
        _tag: "IConcat",
        left: drop2(self.left, n),
        right: self.right
      });
    default:
      return makeChunk({
        _tag: "ISlice",
        chunk: self,
        offset: n,
        length: self.length - n
      });
  }
});
var appendAll2 = /* @__PURE__ */ dual(2, (self, that) => {
  if (self.backing._tag === "IEmpty")
    return that;
  if (that.backing._tag === "IEmpty")
    return self;
  let diff8 = that.depth - self.depth;
  if (Math.abs(diff8) <= 1)
    return makeChunk({
      _tag: "IConcat",
      left: self,
      right: that
    });
  if (diff8 < -1)
    if (self.left.depth >= self.right.depth) {
      let nr = appendAll2(self.right, that);
      return makeChunk({
        _tag: "IConcat",
        left: self.left,
        right: nr
      });
    } else {
      let nrr = appendAll2(self.right.right, that);
      if (nrr.depth === self.depth - 3) {
        let nr = makeChunk({
          _tag: "IConcat",
          left: self.right.left,
          right: nrr
        });
        return makeChunk({
          _tag: "IConcat",
          left: self.left,
          right: nr
        });
      } else {
        let nl = makeChunk({
          _tag: "IConcat",
          left: self.left,
          right: self.right.left
        });
        return makeChunk({
          _tag: "IConcat",
          left: nl,
          right: nrr
        });
      }
    }
  else if (that.right.depth >= that.left.depth) {
    let nl = appendAll2(self, that.left);
    return makeChunk({
      _tag: "IConcat",
      left: nl,
      right: that.right
    });
  } else {
    let nll = appendAll2(self, that.left.left);
    if (nll.depth === that.depth - 3) {
      let nl = makeChunk({
        _tag: "IConcat",
        left: nll,
        right: that.left.right
      });
      return makeChunk({
        _tag: "IConcat",
        left: nl,
        right: that.right
      });
    } else {
      let nr = makeChunk({
        _tag: "IConcat",
        left: that.left.right,
        right: that.right
      });
      return makeChunk({
        _tag: "IConcat",
        left: nll,
        right: nr
      });
    }
  }
});
var filter3 = /* @__PURE__ */ dual(2, (self, predicate) => unsafeFromArray(filter2(self, predicate)));
var isEmpty = (self) => self.length === 0, isNonEmpty = (self) => self.length > 0, head2 = /* @__PURE__ */ get3(0), unsafeHead = (self) => unsafeGet2(self, 0), headNonEmpty2 = unsafeHead;
var map5 = /* @__PURE__ */ dual(2, (self, f) => self.backing._tag === "ISingleton" ? of2(f(self.backing.a, 0)) : unsafeFromArray(pipe(toReadonlyArray(self), map4((a, i) => f(a, i)))));
var tailNonEmpty2 = (self) => drop2(self, 1);
var reduce2 = reduce;

// node_modules/effect/dist/esm/internal/hashMap/config.js
var BUCKET_SIZE = /* @__PURE__ */ Math.pow(2, 5), MASK = BUCKET_SIZE - 1, MAX_INDEX_NODE = BUCKET_SIZE / 2, MIN_ARRAY_NODE = BUCKET_SIZE / 4;

// node_modules/effect/dist/esm/internal/hashMap/bitwise.js
function popcount(x) {
  return x -= x >> 1 & 1431655765, x = (x & 858993459) + (x >> 2 & 858993459), x = x + (x >> 4) & 252645135, x += x >> 8, x += x >> 16, x & 127;
}
function hashFragment(shift2, h) {
  return h >>> shift2 & MASK;
}
function toBitmap(x) {
  return 1 << x;
}
function fromBitmap(bitmap, bit) {
  return popcount(bitmap & bit - 1);
}

// node_modules/effect/dist/esm/internal/stack.js
var make5 = (value3, previous) => ({
  value: value3,
  previous
});

// node_modules/effect/dist/esm/internal/hashMap/array.js
function arrayUpdate(mutate4, at, v, arr) {
  let out = arr;
  if (!mutate4) {
    let len = arr.length;
    out = new Array(len);
    for (let i = 0; i < len; ++i) out[i] = arr[i];
  }
  return out[at] = v, out;
}
function arraySpliceOut(mutate4, at, arr) {
  let newLen = arr.length - 1, i = 0, g = 0, out = arr;
  if (mutate4)
    i = g = at;
  else
    for (out = new Array(newLen); i < at; ) out[g++] = arr[i++];
  for (++i; i <= newLen; ) out[g++] = arr[i++];
  return mutate4 && (out.length = newLen), out;
}
function arraySpliceIn(mutate4, at, v, arr) {
  let len = arr.length;
  if (mutate4) {
    let i2 = len;
    for (; i2 >= at; ) arr[i2--] = arr[i2];
    return arr[at] = v, arr;
  }
  let i = 0, g = 0, out = new Array(len + 1);
  for (; i < at; ) out[g++] = arr[i++];
  for (out[at] = v; i < len; ) out[++g] = arr[i++];
  return out;
}

// node_modules/effect/dist/esm/internal/hashMap/node.js
var EmptyNode = class _EmptyNode {
  _tag = "EmptyNode";
  modify(edit, _shift, f, hash2, key, size11) {
    let v = f(none2());
    return isNone2(v) ? new _EmptyNode() : (++size11.value, new LeafNode(edit, hash2, key, v));
  }
};
function isEmptyNode(a) {
  return isTagged(a, "EmptyNode");
}
function isLeafNode(node) {
  return isEmptyNode(node) || node._tag === "LeafNode" || node._tag === "CollisionNode";
}
function canEditNode(node, edit) {
  return isEmptyNode(node) ? !1 : edit === node.edit;
}
var LeafNode = class _LeafNode {
  edit;
  hash;
  key;
  value;
  _tag = "LeafNode";
  constructor(edit, hash2, key, value3) {
    this.edit = edit, this.hash = hash2, this.key = key, this.value = value3;
  }
  modify(edit, shift2, f, hash2, key, size11) {
    if (equals(key, this.key)) {
      let v2 = f(this.value);
      return v2 === this.value ? this : isNone2(v2) ? (--size11.value, new EmptyNode()) : canEditNode(this, edit) ? (this.value = v2, this) : new _LeafNode(edit, hash2, key, v2);
    }
    let v = f(none2());
    return isNone2(v) ? this : (++size11.value, mergeLeaves(edit, shift2, this.hash, this, hash2, new _LeafNode(edit, hash2, key, v)));
  }
}, CollisionNode = class _CollisionNode {
  edit;
  hash;
  children;
  _tag = "CollisionNode";
  constructor(edit, hash2, children2) {
    this.edit = edit, this.hash = hash2, this.children = children2;
  }
  modify(edit, shift2, f, hash2, key, size11) {
    if (hash2 === this.hash) {
      let canEdit = canEditNode(this, edit), list = this.updateCollisionList(canEdit, edit, this.hash, this.children, f, key, size11);
      return list === this.children ? this : list.length > 1 ? new _CollisionNode(edit, this.hash, list) : list[0];
    }
    let v = f(none2());
    return isNone2(v) ? this : (++size11.value, mergeLeaves(edit, shift2, this.hash, this, hash2, new LeafNode(edit, hash2, key, v)));
  }
  updateCollisionList(mutate4, edit, hash2, list, f, key, size11) {
    let len = list.length;
    for (let i = 0; i < len; ++i) {
      let child = list[i];
      if ("key" in child && equals(key, child.key)) {
        let value3 = child.value, newValue2 = f(value3);
        return newValue2 === value3 ? list : isNone2(newValue2) ? (--size11.value, arraySpliceOut(mutate4, i, list)) : arrayUpdate(mutate4, i, new LeafNode(edit, hash2, key, newValue2), list);
      }
    }
    let newValue = f(none2());
    return isNone2(newValue) ? list : (++size11.value, arrayUpdate(mutate4, len, new LeafNode(edit, hash2, key, newValue), list));
  }
}, IndexedNode = class _IndexedNode {
  edit;
  mask;
  children;
  _tag = "IndexedNode";
  constructor(edit, mask, children2) {
    this.edit = edit, this.mask = mask, this.children = children2;
  }
  modify(edit, shift2, f, hash2, key, size11) {
    let mask = this.mask, children2 = this.children, frag = hashFragment(shift2, hash2), bit = toBitmap(frag), indx = fromBitmap(mask, bit), exists3 = mask & bit, canEdit = canEditNode(this, edit);
    if (!exists3) {
      let _newChild = new EmptyNode().modify(edit, shift2 + 5, f, hash2, key, size11);
      return _newChild ? children2.length >= MAX_INDEX_NODE ? expand(edit, frag, _newChild, mask, children2) : new _IndexedNode(edit, mask | bit, arraySpliceIn(canEdit, indx, _newChild, children2)) : this;
    }
    let current2 = children2[indx], child = current2.modify(edit, shift2 + 5, f, hash2, key, size11);
    if (current2 === child) return this;
    let bitmap = mask, newChildren;
    if (isEmptyNode(child)) {
      if (bitmap &= ~bit, !bitmap) return new EmptyNode();
      if (children2.length <= 2 && isLeafNode(children2[indx ^ 1]))
        return children2[indx ^ 1];
      newChildren = arraySpliceOut(canEdit, indx, children2);
    } else
      newChildren = arrayUpdate(canEdit, indx, child, children2);
    return canEdit ? (this.mask = bitmap, this.children = newChildren, this) : new _IndexedNode(edit, bitmap, newChildren);
  }
}, ArrayNode = class _ArrayNode {
  edit;
  size;
  children;
  _tag = "ArrayNode";
  constructor(edit, size11, children2) {
    this.edit = edit, this.size = size11, this.children = children2;
  }
  modify(edit, shift2, f, hash2, key, size11) {
    let count3 = this.size, children2 = this.children, frag = hashFragment(shift2, hash2), child = children2[frag], newChild = (child || new EmptyNode()).modify(edit, shift2 + 5, f, hash2, key, size11);
    if (child === newChild) return this;
    let canEdit = canEditNode(this, edit), newChildren;
    if (isEmptyNode(child) && !isEmptyNode(newChild))
      ++count3, newChildren = arrayUpdate(canEdit, frag, newChild, children2);
    else if (!isEmptyNode(child) && isEmptyNode(newChild)) {
      if (--count3, count3 <= MIN_ARRAY_NODE)
        return pack(edit, count3, frag, children2);
      newChildren = arrayUpdate(canEdit, frag, new EmptyNode(), children2);
    } else
      newChildren = arrayUpdate(canEdit, frag, newChild, children2);
    return canEdit ? (this.size = count3, this.children = newChildren, this) : new _ArrayNode(edit, count3, newChildren);
  }
};
function pack(edit, count3, removed, elements) {
  let children2 = new Array(count3 - 1), g = 0, bitmap = 0;
  for (let i = 0, len = elements.length; i < len; ++i)
    if (i !== removed) {
      let elem = elements[i];
      elem && !isEmptyNode(elem) && (children2[g++] = elem, bitmap |= 1 << i);
    }
  return new IndexedNode(edit, bitmap, children2);
}
function expand(edit, frag, child, bitmap, subNodes) {
  let arr = [], bit = bitmap, count3 = 0;
  for (let i = 0; bit; ++i)
    bit & 1 && (arr[i] = subNodes[count3++]), bit >>>= 1;
  return arr[frag] = child, new ArrayNode(edit, count3 + 1, arr);
}
function mergeLeavesInner(edit, shift2, h1, n1, h2, n2) {
  if (h1 === h2) return new CollisionNode(edit, h1, [n2, n1]);
  let subH1 = hashFragment(shift2, h1), subH2 = hashFragment(shift2, h2);
  if (subH1 === subH2)
    return (child) => new IndexedNode(edit, toBitmap(subH1) | toBitmap(subH2), [child]);
  {
    let children2 = subH1 < subH2 ? [n1, n2] : [n2, n1];
    return new IndexedNode(edit, toBitmap(subH1) | toBitmap(subH2), children2);
  }
}
function mergeLeaves(edit, shift2, h1, n1, h2, n2) {
  let stack, currentShift = shift2;
  for (; ; ) {
    let res = mergeLeavesInner(edit, currentShift, h1, n1, h2, n2);
    if (typeof res == "function")
      stack = make5(res, stack), currentShift = currentShift + 5;
    else {
      let final = res;
      for (; stack != null; )
        final = stack.value(final), stack = stack.previous;
      return final;
    }
  }
}

// node_modules/effect/dist/esm/internal/hashMap.js
var HashMapSymbolKey = "effect/HashMap", HashMapTypeId = /* @__PURE__ */ Symbol.for(HashMapSymbolKey), HashMapProto = {
  [HashMapTypeId]: HashMapTypeId,
  [Symbol.iterator]() {
    return new HashMapIterator(this, (k, v) => [k, v]);
  },
  [symbol]() {
    let hash2 = hash(HashMapSymbolKey);
    for (let item of this)
      hash2 ^= pipe(hash(item[0]), combine(hash(item[1])));
    return cached(this, hash2);
  },
  [symbol2](that) {
    if (isHashMap(that)) {
      if (that._size !== this._size)
        return !1;
      for (let item of this) {
        let elem = pipe(that, getHash(item[0], hash(item[0])));
        if (isNone2(elem))
          return !1;
        if (!equals(item[1], elem.value))
          return !1;
      }
      return !0;
    }
    return !1;
  },
  toString() {
    return format(this.toJSON());
  },
  toJSON() {
    return {
      _id: "HashMap",
      values: Array.from(this).map(toJSON)
    };
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
}, makeImpl = (editable, edit, root, size11) => {
  let map22 = Object.create(HashMapProto);
  return map22._editable = editable, map22._edit = edit, map22._root = root, map22._size = size11, map22;
}, HashMapIterator = class _HashMapIterator {
  map;
  f;
  v;
  constructor(map22, f) {
    this.map = map22, this.f = f, this.v = visitLazy(this.map._root, this.f, void 0);
  }
  next() {
    if (isNone2(this.v))
      return {
        done: !0,
        value: void 0
      };
    let v0 = this.v.value;
    return this.v = applyCont(v0.cont), {
      done: !1,
      value: v0.value
    };
  }
  [Symbol.iterator]() {
    return new _HashMapIterator(this.map, this.f);
  }
}, applyCont = (cont) => cont ? visitLazyChildren(cont[0], cont[1], cont[2], cont[3], cont[4]) : none2(), visitLazy = (node, f, cont = void 0) => {
  switch (node._tag) {
    case "LeafNode":
      return isSome2(node.value) ? some2({
        value: f(node.key, node.value.value),
        cont
      }) : applyCont(cont);
    case "CollisionNode":
    case "ArrayNode":
    case "IndexedNode": {
      let children2 = node.children;
      return visitLazyChildren(children2.length, children2, 0, f, cont);
    }
    default:
      return applyCont(cont);
  }
}, visitLazyChildren = (len, children2, i, f, cont) => {
  for (; i < len; ) {
    let child = children2[i++];
    if (child && !isEmptyNode(child))
      return visitLazy(child, f, [len, children2, i, f, cont]);
  }
  return applyCont(cont);
}, _empty2 = /* @__PURE__ */ makeImpl(!1, 0, /* @__PURE__ */ new EmptyNode(), 0), empty3 = () => _empty2;
var fromIterable3 = (entries2) => {
  let map22 = beginMutation(empty3());
  for (let entry of entries2)
    set(map22, entry[0], entry[1]);
  return endMutation(map22);
}, isHashMap = (u) => hasProperty(u, HashMapTypeId), isEmpty2 = (self) => self && isEmptyNode(self._root), get4 = /* @__PURE__ */ dual(2, (self, key) => getHash(self, key, hash(key))), getHash = /* @__PURE__ */ dual(3, (self, key, hash2) => {
  let node = self._root, shift2 = 0;
  for (; ; )
    switch (node._tag) {
      case "LeafNode":
        return equals(key, node.key) ? node.value : none2();
      case "CollisionNode": {
        if (hash2 === node.hash) {
          let children2 = node.children;
          for (let i = 0, len = children2.length; i < len; ++i) {
            let child = children2[i];
            if ("key" in child && equals(key, child.key))
              return child.value;
          }
        }
        return none2();
      }
      case "IndexedNode": {
        let frag = hashFragment(shift2, hash2), bit = toBitmap(frag);
        if (node.mask & bit) {
          node = node.children[fromBitmap(node.mask, bit)], shift2 += 5;
          break;
        }
        return none2();
      }
      case "ArrayNode": {
        if (node = node.children[hashFragment(shift2, hash2)], node) {
          shift2 += 5;
          break;
        }
        return none2();
      }
      default:
        return none2();
    }
});
var has2 = /* @__PURE__ */ dual(2, (self, key) => isSome2(getHash(self, key, hash(key))));
var set = /* @__PURE__ */ dual(3, (self, key, value3) => modifyAt(self, key, () => some2(value3))), setTree = /* @__PURE__ */ dual(3, (self, newRoot, newSize) => self._editable ? (self._root = newRoot, self._size = newSize, self) : newRoot === self._root ? self : makeImpl(self._editable, self._edit, newRoot, newSize)), keys2 = (self) => new HashMapIterator(self, (key) => key);
var size = (self) => self._size;
var beginMutation = (self) => makeImpl(!0, self._edit + 1, self._root, self._size), endMutation = (self) => (self._editable = !1, self);
var modifyAt = /* @__PURE__ */ dual(3, (self, key, f) => modifyHash(self, key, hash(key), f)), modifyHash = /* @__PURE__ */ dual(4, (self, key, hash2, f) => {
  let size11 = {
    value: self._size
  }, newRoot = self._root.modify(self._editable ? self._edit : NaN, 0, f, hash2, key, size11);
  return pipe(self, setTree(newRoot, size11.value));
});
var remove2 = /* @__PURE__ */ dual(2, (self, key) => modifyAt(self, key, none2));
var map6 = /* @__PURE__ */ dual(2, (self, f) => reduce3(self, empty3(), (map22, value3, key) => set(map22, key, f(value3, key))));
var forEach = /* @__PURE__ */ dual(2, (self, f) => reduce3(self, void 0, (_, value3, key) => f(value3, key))), reduce3 = /* @__PURE__ */ dual(3, (self, zero2, f) => {
  let root = self._root;
  if (root._tag === "LeafNode")
    return isSome2(root.value) ? f(zero2, root.value.value, root.key) : zero2;
  if (root._tag === "EmptyNode")
    return zero2;
  let toVisit = [root.children], children2;
  for (; children2 = toVisit.pop(); )
    for (let i = 0, len = children2.length; i < len; ) {
      let child = children2[i++];
      child && !isEmptyNode(child) && (child._tag === "LeafNode" ? isSome2(child.value) && (zero2 = f(zero2, child.value.value, child.key)) : toVisit.push(child.children));
    }
  return zero2;
});

// node_modules/effect/dist/esm/internal/hashSet.js
var HashSetSymbolKey = "effect/HashSet", HashSetTypeId = /* @__PURE__ */ Symbol.for(HashSetSymbolKey), HashSetProto = {
  [HashSetTypeId]: HashSetTypeId,
  [Symbol.iterator]() {
    return keys2(this._keyMap);
  },
  [symbol]() {
    return cached(this, combine(hash(this._keyMap))(hash(HashSetSymbolKey)));
  },
  [symbol2](that) {
    return isHashSet(that) ? size(this._keyMap) === size(that._keyMap) && equals(this._keyMap, that._keyMap) : !1;
  },
  toString() {
    return format(this.toJSON());
  },
  toJSON() {
    return {
      _id: "HashSet",
      values: Array.from(this).map(toJSON)
    };
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
}, makeImpl2 = (keyMap) => {
  let set10 = Object.create(HashSetProto);
  return set10._keyMap = keyMap, set10;
}, isHashSet = (u) => hasProperty(u, HashSetTypeId), _empty3 = /* @__PURE__ */ makeImpl2(/* @__PURE__ */ empty3()), empty4 = () => _empty3, fromIterable4 = (elements) => {
  let set10 = beginMutation2(empty4());
  for (let value3 of elements)
    add(set10, value3);
  return endMutation2(set10);
}, make6 = (...elements) => {
  let set10 = beginMutation2(empty4());
  for (let value3 of elements)
    add(set10, value3);
  return endMutation2(set10);
}, has3 = /* @__PURE__ */ dual(2, (self, value3) => has2(self._keyMap, value3));
var size2 = (self) => size(self._keyMap), beginMutation2 = (self) => makeImpl2(beginMutation(self._keyMap)), endMutation2 = (self) => (self._keyMap._editable = !1, self), mutate = /* @__PURE__ */ dual(2, (self, f) => {
  let transient = beginMutation2(self);
  return f(transient), endMutation2(transient);
}), add = /* @__PURE__ */ dual(2, (self, value3) => self._keyMap._editable ? (set(value3, !0)(self._keyMap), self) : makeImpl2(set(value3, !0)(self._keyMap))), remove3 = /* @__PURE__ */ dual(2, (self, value3) => self._keyMap._editable ? (remove2(value3)(self._keyMap), self) : makeImpl2(remove2(value3)(self._keyMap))), difference2 = /* @__PURE__ */ dual(2, (self, that) => mutate(self, (set10) => {
  for (let value3 of that)
    remove3(set10, value3);
}));
var union2 = /* @__PURE__ */ dual(2, (self, that) => mutate(empty4(), (set10) => {
  forEach2(self, (value3) => add(set10, value3));
  for (let value3 of that)
    add(set10, value3);
}));
var forEach2 = /* @__PURE__ */ dual(2, (self, f) => forEach(self._keyMap, (_, k) => f(k))), reduce4 = /* @__PURE__ */ dual(3, (self, zero2, f) => reduce3(self._keyMap, zero2, (z, _, a) => f(z, a)));

// node_modules/effect/dist/esm/HashSet.js
var empty5 = empty4, fromIterable5 = fromIterable4, make7 = make6, has4 = has3;
var size3 = size2;
var add2 = add, remove4 = remove3, difference3 = difference2;
var union3 = union2;
var reduce5 = reduce4;

// node_modules/effect/dist/esm/internal/opCodes/cause.js
var OP_EMPTY = "Empty", OP_FAIL = "Fail", OP_INTERRUPT = "Interrupt", OP_PARALLEL = "Parallel", OP_SEQUENTIAL = "Sequential";

// node_modules/effect/dist/esm/internal/stackTraceLimit.js
var ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor, ObjectPrototypeHasOwnProperty = Object.prototype.hasOwnProperty, ObjectIsExtensible = Object.isExtensible, isStackTraceLimitWritable = () => {
  let desc = ObjectGetOwnPropertyDescriptor(Error, "stackTraceLimit");
  return desc === void 0 ? ObjectIsExtensible(Error) : ObjectPrototypeHasOwnProperty.call(desc, "writable") ? desc.writable === !0 : desc.set !== void 0;
}, canWriteStackTraceLimit = /* @__PURE__ */ isStackTraceLimitWritable(), getStackTraceLimit = () => Error.stackTraceLimit, setStackTraceLimit = (value3) => {
  canWriteStackTraceLimit && (Error.stackTraceLimit = value3);
};

// node_modules/effect/dist/esm/internal/cause.js
var CauseSymbolKey = "effect/Cause", CauseTypeId = /* @__PURE__ */ Symbol.for(CauseSymbolKey), variance = {
  /* c8 ignore next */
  _E: (_) => _
}, proto = {
  [CauseTypeId]: variance,
  [symbol]() {
    return pipe(hash(CauseSymbolKey), combine(hash(flattenCause(this))), cached(this));
  },
  [symbol2](that) {
    return isCause(that) && causeEquals(this, that);
  },
  pipe() {
    return pipeArguments(this, arguments);
  },
  toJSON() {
    switch (this._tag) {
      case "Empty":
        return {
          _id: "Cause",
          _tag: this._tag
        };
      case "Die":
        return {
          _id: "Cause",
          _tag: this._tag,
          defect: toJSON(this.defect)
        };
      case "Interrupt":
        return {
          _id: "Cause",
          _tag: this._tag,
          fiberId: this.fiberId.toJSON()
        };
      case "Fail":
        return {
          _id: "Cause",
          _tag: this._tag,
          error: toJSON(this.error)
        };
      case "Sequential":
      case "Parallel":
        return {
          _id: "Cause",
          _tag: this._tag,
          left: toJSON(this.left),
          right: toJSON(this.right)
        };
    }
  },
  toString() {
    return pretty(this);
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  }
}, empty6 = /* @__PURE__ */ (() => {
  let o = /* @__PURE__ */ Object.create(proto);
  return o._tag = OP_EMPTY, o;
})(), fail = (error) => {
  let o = Object.create(proto);
  return o._tag = OP_FAIL, o.error = error, o;
}, die = (defect) => {
  let o = Object.create(proto);
  return o._tag = "Die", o.defect = defect, o;
}, interrupt = (fiberId2) => {
  let o = Object.create(proto);
  return o._tag = OP_INTERRUPT, o.fiberId = fiberId2, o;
}, parallel = (left3, right3) => {
  let o = Object.create(proto);
  return o._tag = OP_PARALLEL, o.left = left3, o.right = right3, o;
}, sequential = (left3, right3) => {
  let o = Object.create(proto);
  return o._tag = OP_SEQUENTIAL, o.left = left3, o.right = right3, o;
}, isCause = (u) => hasProperty(u, CauseTypeId), isEmptyType = (self) => self._tag === OP_EMPTY, isFailType = (self) => self._tag === OP_FAIL, isDieType = (self) => self._tag === "Die";
var isEmpty3 = (self) => self._tag === OP_EMPTY ? !0 : reduce6(self, !0, (acc, cause2) => {
  switch (cause2._tag) {
    case OP_EMPTY:
      return some2(acc);
    case "Die":
    case OP_FAIL:
    case OP_INTERRUPT:
      return some2(!1);
    default:
      return none2();
  }
});
var isInterrupted = (self) => isSome2(interruptOption(self)), isInterruptedOnly = (self) => reduceWithContext(void 0, IsInterruptedOnlyCauseReducer)(self), failures = (self) => reverse2(reduce6(self, empty2(), (list, cause2) => cause2._tag === OP_FAIL ? some2(pipe(list, prepend2(cause2.error))) : none2())), defects = (self) => reverse2(reduce6(self, empty2(), (list, cause2) => cause2._tag === "Die" ? some2(pipe(list, prepend2(cause2.defect))) : none2())), interruptors = (self) => reduce6(self, empty5(), (set10, cause2) => cause2._tag === OP_INTERRUPT ? some2(pipe(set10, add2(cause2.fiberId))) : none2()), failureOption = (self) => find(self, (cause2) => cause2._tag === OP_FAIL ? some2(cause2.error) : none2()), failureOrCause = (self) => {
  let option2 = failureOption(self);
  switch (option2._tag) {
    case "None":
      return right2(self);
    case "Some":
      return left2(option2.value);
  }
};
var interruptOption = (self) => find(self, (cause2) => cause2._tag === OP_INTERRUPT ? some2(cause2.fiberId) : none2());
var keepDefectsAndElectFailures = (self) => match3(self, {
  onEmpty: none2(),
  onFail: (failure) => some2(die(failure)),
  onDie: (defect) => some2(die(defect)),
  onInterrupt: () => none2(),
  onSequential: mergeWith(sequential),
  onParallel: mergeWith(parallel)
});
var stripFailures = (self) => match3(self, {
  onEmpty: empty6,
  onFail: () => empty6,
  onDie: die,
  onInterrupt: interrupt,
  onSequential: sequential,
  onParallel: parallel
}), electFailures = (self) => match3(self, {
  onEmpty: empty6,
  onFail: die,
  onDie: die,
  onInterrupt: interrupt,
  onSequential: sequential,
  onParallel: parallel
});
var map9 = /* @__PURE__ */ dual(2, (self, f) => flatMap5(self, (e) => fail(f(e)))), flatMap5 = /* @__PURE__ */ dual(2, (self, f) => match3(self, {
  onEmpty: empty6,
  onFail: (error) => f(error),
  onDie: (defect) => die(defect),
  onInterrupt: (fiberId2) => interrupt(fiberId2),
  onSequential: (left3, right3) => sequential(left3, right3),
  onParallel: (left3, right3) => parallel(left3, right3)
}));
var causeEquals = (left3, right3) => {
  let leftStack = of2(left3), rightStack = of2(right3);
  for (; isNonEmpty(leftStack) && isNonEmpty(rightStack); ) {
    let [leftParallel, leftSequential] = pipe(headNonEmpty2(leftStack), reduce6([empty5(), empty2()], ([parallel4, sequential4], cause2) => {
      let [par2, seq2] = evaluateCause(cause2);
      return some2([pipe(parallel4, union3(par2)), pipe(sequential4, appendAll2(seq2))]);
    })), [rightParallel, rightSequential] = pipe(headNonEmpty2(rightStack), reduce6([empty5(), empty2()], ([parallel4, sequential4], cause2) => {
      let [par2, seq2] = evaluateCause(cause2);
      return some2([pipe(parallel4, union3(par2)), pipe(sequential4, appendAll2(seq2))]);
    }));
    if (!equals(leftParallel, rightParallel))
      return !1;
    leftStack = leftSequential, rightStack = rightSequential;
  }
  return !0;
}, flattenCause = (cause2) => flattenCauseLoop(of2(cause2), empty2()), flattenCauseLoop = (causes, flattened) => {
  for (; ; ) {
    let [parallel4, sequential4] = pipe(causes, reduce([empty5(), empty2()], ([parallel5, sequential5], cause2) => {
      let [par2, seq2] = evaluateCause(cause2);
      return [pipe(parallel5, union3(par2)), pipe(sequential5, appendAll2(seq2))];
    })), updated = size3(parallel4) > 0 ? pipe(flattened, prepend2(parallel4)) : flattened;
    if (isEmpty(sequential4))
      return reverse2(updated);
    causes = sequential4, flattened = updated;
  }
  throw new Error(getBugErrorMessage("Cause.flattenCauseLoop"));
}, find = /* @__PURE__ */ dual(2, (self, pf) => {
  let stack = [self];
  for (; stack.length > 0; ) {
    let item = stack.pop(), option2 = pf(item);
    switch (option2._tag) {
      case "None": {
        switch (item._tag) {
          case OP_SEQUENTIAL:
          case OP_PARALLEL: {
            stack.push(item.right), stack.push(item.left);
            break;
          }
        }
        break;
      }
      case "Some":
        return option2;
    }
  }
  return none2();
});
var evaluateCause = (self) => {
  let cause2 = self, stack = [], _parallel = empty5(), _sequential = empty2();
  for (; cause2 !== void 0; )
    switch (cause2._tag) {
      case OP_EMPTY: {
        if (stack.length === 0)
          return [_parallel, _sequential];
        cause2 = stack.pop();
        break;
      }
      case OP_FAIL: {
        if (_parallel = add2(_parallel, make4(cause2._tag, cause2.error)), stack.length === 0)
          return [_parallel, _sequential];
        cause2 = stack.pop();
        break;
      }
      case "Die": {
        if (_parallel = add2(_parallel, make4(cause2._tag, cause2.defect)), stack.length === 0)
          return [_parallel, _sequential];
        cause2 = stack.pop();
        break;
      }
      case OP_INTERRUPT: {
        if (_parallel = add2(_parallel, make4(cause2._tag, cause2.fiberId)), stack.length === 0)
          return [_parallel, _sequential];
        cause2 = stack.pop();
        break;
      }
      case OP_SEQUENTIAL: {
        switch (cause2.left._tag) {
          case OP_EMPTY: {
            cause2 = cause2.right;
            break;
          }
          case OP_SEQUENTIAL: {
            cause2 = sequential(cause2.left.left, sequential(cause2.left.right, cause2.right));
            break;
          }
          case OP_PARALLEL: {
            cause2 = parallel(sequential(cause2.left.left, cause2.right), sequential(cause2.left.right, cause2.right));
            break;
          }
          default: {
            _sequential = prepend2(_sequential, cause2.right), cause2 = cause2.left;
            break;
          }
        }
        break;
      }
      case OP_PARALLEL: {
        stack.push(cause2.right), cause2 = cause2.left;
        break;
      }
    }
  throw new Error(getBugErrorMessage("Cause.evaluateCauseLoop"));
};
var IsInterruptedOnlyCauseReducer = {
  emptyCase: constTrue,
  failCase: constFalse,
  dieCase: constFalse,
  interruptCase: constTrue,
  sequentialCase: (_, left3, right3) => left3 && right3,
  parallelCase: (_, left3, right3) => left3 && right3
};
var OP_SEQUENTIAL_CASE = "SequentialCase", OP_PARALLEL_CASE = "ParallelCase", match3 = /* @__PURE__ */ dual(2, (self, {
  onDie,
  onEmpty,
  onFail,
  onInterrupt: onInterrupt3,
  onParallel,
  onSequential
}) => reduceWithContext(self, void 0, {
  emptyCase: () => onEmpty,
  failCase: (_, error) => onFail(error),
  dieCase: (_, defect) => onDie(defect),
  interruptCase: (_, fiberId2) => onInterrupt3(fiberId2),
  sequentialCase: (_, left3, right3) => onSequential(left3, right3),
  parallelCase: (_, left3, right3) => onParallel(left3, right3)
})), reduce6 = /* @__PURE__ */ dual(3, (self, zero2, pf) => {
  let accumulator = zero2, cause2 = self, causes = [];
  for (; cause2 !== void 0; ) {
    let option2 = pf(accumulator, cause2);
    switch (accumulator = isSome2(option2) ? option2.value : accumulator, cause2._tag) {
      case OP_SEQUENTIAL: {
        causes.push(cause2.right), cause2 = cause2.left;
        break;
      }
      case OP_PARALLEL: {
        causes.push(cause2.right), cause2 = cause2.left;
        break;
      }
      default: {
        cause2 = void 0;
        break;
      }
    }
    cause2 === void 0 && causes.length > 0 && (cause2 = causes.pop());
  }
  return accumulator;
}), reduceWithContext = /* @__PURE__ */ dual(3, (self, context5, reducer) => {
  let input = [self], output = [];
  for (; input.length > 0; ) {
    let cause2 = input.pop();
    switch (cause2._tag) {
      case OP_EMPTY: {
        output.push(right2(reducer.emptyCase(context5)));
        break;
      }
      case OP_FAIL: {
        output.push(right2(reducer.failCase(context5, cause2.error)));
        break;
      }
      case "Die": {
        output.push(right2(reducer.dieCase(context5, cause2.defect)));
        break;
      }
      case OP_INTERRUPT: {
        output.push(right2(reducer.interruptCase(context5, cause2.fiberId)));
        break;
      }
      case OP_SEQUENTIAL: {
        input.push(cause2.right), input.push(cause2.left), output.push(left2({
          _tag: OP_SEQUENTIAL_CASE
        }));
        break;
      }
      case OP_PARALLEL: {
        input.push(cause2.right), input.push(cause2.left), output.push(left2({
          _tag: OP_PARALLEL_CASE
        }));
        break;
      }
    }
  }
  let accumulator = [];
  for (; output.length > 0; ) {
    let either6 = output.pop();
    switch (either6._tag) {
      case "Left": {
        switch (either6.left._tag) {
          case OP_SEQUENTIAL_CASE: {
            let left3 = accumulator.pop(), right3 = accumulator.pop(), value3 = reducer.sequentialCase(context5, left3, right3);
            accumulator.push(value3);
            break;
          }
          case OP_PARALLEL_CASE: {
            let left3 = accumulator.pop(), right3 = accumulator.pop(), value3 = reducer.parallelCase(context5, left3, right3);
            accumulator.push(value3);
            break;
          }
        }
        break;
      }
      case "Right": {
        accumulator.push(either6.right);
        break;
      }
    }
  }
  if (accumulator.length === 0)
    throw new Error("BUG: Cause.reduceWithContext - please report an issue at https://github.com/Effect-TS/effect/issues");
  return accumulator.pop();
}), pretty = (cause2, options3) => isInterruptedOnly(cause2) ? "All fibers interrupted without errors." : prettyErrors(cause2).map(function(e) {
  return options3?.renderErrorCause !== !0 || e.cause === void 0 ? e.stack : `${e.stack} {
${renderErrorCause(e.cause, "  ")}
}`;
}).join(`
`), renderErrorCause = (cause2, prefix) => {
  let lines = cause2.stack.split(`
`), stack = `${prefix}[cause]: ${lines[0]}`;
  for (let i = 1, len = lines.length; i < len; i++)
    stack += `
${prefix}${lines[i]}`;
  return cause2.cause && (stack += ` {
${renderErrorCause(cause2.cause, `${prefix}  `)}
${prefix}}`), stack;
}, makePrettyError = (originalError) => {
  let originalErrorIsObject = typeof originalError == "object" && originalError !== null, prevLimit = getStackTraceLimit();
  setStackTraceLimit(1);
  let error = new Error(prettyErrorMessage(originalError), originalErrorIsObject && "cause" in originalError && typeof originalError.cause < "u" ? {
    cause: makePrettyError(originalError.cause)
  } : void 0);
  return setStackTraceLimit(prevLimit), error.message === "" && (error.message = "An error has occurred"), setStackTraceLimit(prevLimit), error.name = originalError instanceof Error ? originalError.name : "Error", originalErrorIsObject && (spanSymbol in originalError && (error.span = originalError[spanSymbol]), Object.keys(originalError).forEach((key) => {
    key in error || (error[key] = originalError[key]);
  })), error.stack = prettyErrorStack(`${error.name}: ${error.message}`, originalError instanceof Error && originalError.stack ? originalError.stack : "", error.span), error;
}, prettyErrorMessage = (u) => {
  if (typeof u == "string")
    return u;
  if (typeof u == "object" && u !== null && u instanceof Error)
    return u.message;
  try {
    if (hasProperty(u, "toString") && isFunction2(u.toString) && u.toString !== Object.prototype.toString && u.toString !== globalThis.Array.prototype.toString)
      return u.toString();
  } catch {
  }
  return stringifyCircular(u);
}, locationRegex = /\((.*)\)/g, spanToTrace = /* @__PURE__ */ globalValue("effect/Tracer/spanToTrace", () => /* @__PURE__ */ new WeakMap()), prettyErrorStack = (message, stack, span2) => {
  let out = [message], lines = stack.startsWith(message) ? stack.slice(message.length).split(`
`) : stack.split(`
`);
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].includes(" at new BaseEffectError") || lines[i].includes(" at new YieldableError")) {
      i++;
      continue;
    }
    if (lines[i].includes("Generator.next") || lines[i].includes("effect_internal_function"))
      break;
    out.push(lines[i].replace(/at .*effect_instruction_i.*\((.*)\)/, "at $1").replace(/EffectPrimitive\.\w+/, "<anonymous>"));
  }
  if (span2) {
    let current2 = span2, i = 0;
    for (; current2 && current2._tag === "Span" && i < 10; ) {
      let stackFn = spanToTrace.get(current2);
      if (typeof stackFn == "function") {
        let stack2 = stackFn();
        if (typeof stack2 == "string") {
          let locationMatchAll = stack2.matchAll(locationRegex), match15 = !1;
          for (let [, location2] of locationMatchAll)
            match15 = !0, out.push(`    at ${current2.name} (${location2})`);
          match15 || out.push(`    at ${current2.name} (${stack2.replace(/^at /, "")})`);
        } else
          out.push(`    at ${current2.name}`);
      } else
        out.push(`    at ${current2.name}`);
      current2 = getOrUndefined2(current2.parent), i++;
    }
  }
  return out.join(`
`);
}, spanSymbol = /* @__PURE__ */ Symbol.for("effect/SpanAnnotation"), prettyErrors = (cause2) => reduceWithContext(cause2, void 0, {
  emptyCase: () => [],
  dieCase: (_, unknownError) => [makePrettyError(unknownError)],
  failCase: (_, error) => [makePrettyError(error)],
  interruptCase: () => [],
  parallelCase: (_, l, r) => [...l, ...r],
  sequentialCase: (_, l, r) => [...l, ...r]
});

// node_modules/effect/dist/esm/internal/context.js
var TagTypeId = /* @__PURE__ */ Symbol.for("effect/Context/Tag"), ReferenceTypeId = /* @__PURE__ */ Symbol.for("effect/Context/Reference"), STMSymbolKey = "effect/STM", STMTypeId = /* @__PURE__ */ Symbol.for(STMSymbolKey), TagProto = {
  ...EffectPrototype,
  _op: "Tag",
  [STMTypeId]: effectVariance,
  [TagTypeId]: {
    _Service: (_) => _,
    _Identifier: (_) => _
  },
  toString() {
    return format(this.toJSON());
  },
  toJSON() {
    return {
      _id: "Tag",
      key: this.key,
      stack: this.stack
    };
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  },
  of(self) {
    return self;
  },
  context(self) {
    return make8(this, self);
  }
}, ReferenceProto = {
  ...TagProto,
  [ReferenceTypeId]: ReferenceTypeId
}, makeGenericTag = (key) => {
  let limit = getStackTraceLimit();
  setStackTraceLimit(2);
  let creationError = new Error();
  setStackTraceLimit(limit);
  let tag2 = Object.create(TagProto);
  return Object.defineProperty(tag2, "stack", {
    get() {
      return creationError.stack;
    }
  }), tag2.key = key, tag2;
}, Tag = (id2) => () => {
  let limit = getStackTraceLimit();
  setStackTraceLimit(2);
  let creationError = new Error();
  setStackTraceLimit(limit);
  function TagClass() {
  }
  return Object.setPrototypeOf(TagClass, TagProto), TagClass.key = id2, Object.defineProperty(TagClass, "stack", {
    get() {
      return creationError.stack;
    }
  }), TagClass;
}, Reference = () => (id2, options3) => {
  let limit = getStackTraceLimit();
  setStackTraceLimit(2);
  let creationError = new Error();
  setStackTraceLimit(limit);
  function ReferenceClass() {
  }
  return Object.setPrototypeOf(ReferenceClass, ReferenceProto), ReferenceClass.key = id2, ReferenceClass.defaultValue = options3.defaultValue, Object.defineProperty(ReferenceClass, "stack", {
    get() {
      return creationError.stack;
    }
  }), ReferenceClass;
}, TypeId4 = /* @__PURE__ */ Symbol.for("effect/Context"), ContextProto = {
  [TypeId4]: {
    _Services: (_) => _
  },
  [symbol2](that) {
    if (isContext(that) && this.unsafeMap.size === that.unsafeMap.size) {
      for (let k of this.unsafeMap.keys())
        if (!that.unsafeMap.has(k) || !equals(this.unsafeMap.get(k), that.unsafeMap.get(k)))
          return !1;
      return !0;
    }
    return !1;
  },
  [symbol]() {
    return cached(this, number2(this.unsafeMap.size));
  },
  pipe() {
    return pipeArguments(this, arguments);
  },
  toString() {
    return format(this.toJSON());
  },
  toJSON() {
    return {
      _id: "Context",
      services: Array.from(this.unsafeMap).map(toJSON)
    };
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  }
}, makeContext = (unsafeMap) => {
  let context5 = Object.create(ContextProto);
  return context5.unsafeMap = unsafeMap, context5;
}, serviceNotFoundError = (tag2) => {
  let error = new Error(`Service not found${tag2.key ? `: ${String(tag2.key)}` : ""}`);
  if (tag2.stack) {
    let lines = tag2.stack.split(`
`);
    if (lines.length > 2) {
      let afterAt = lines[2].match(/at (.*)/);
      afterAt && (error.message = error.message + ` (defined at ${afterAt[1]})`);
    }
  }
  if (error.stack) {
    let lines = error.stack.split(`
`);
    lines.splice(1, 3), error.stack = lines.join(`
`);
  }
  return error;
}, isContext = (u) => hasProperty(u, TypeId4), isTag = (u) => hasProperty(u, TagTypeId), isReference = (u) => hasProperty(u, ReferenceTypeId), _empty4 = /* @__PURE__ */ makeContext(/* @__PURE__ */ new Map()), empty7 = () => _empty4, make8 = (tag2, service2) => makeContext(/* @__PURE__ */ new Map([[tag2.key, service2]])), add3 = /* @__PURE__ */ dual(3, (self, tag2, service2) => {
  let map22 = new Map(self.unsafeMap);
  return map22.set(tag2.key, service2), makeContext(map22);
}), defaultValueCache = /* @__PURE__ */ globalValue("effect/Context/defaultValueCache", () => /* @__PURE__ */ new Map()), getDefaultValue = (tag2) => {
  if (defaultValueCache.has(tag2.key))
    return defaultValueCache.get(tag2.key);
  let value3 = tag2.defaultValue();
  return defaultValueCache.set(tag2.key, value3), value3;
}, unsafeGetReference = (self, tag2) => self.unsafeMap.has(tag2.key) ? self.unsafeMap.get(tag2.key) : getDefaultValue(tag2), unsafeGet3 = /* @__PURE__ */ dual(2, (self, tag2) => {
  if (!self.unsafeMap.has(tag2.key)) {
    if (ReferenceTypeId in tag2) return getDefaultValue(tag2);
    throw serviceNotFoundError(tag2);
  }
  return self.unsafeMap.get(tag2.key);
}), get5 = unsafeGet3;
var getOption = /* @__PURE__ */ dual(2, (self, tag2) => self.unsafeMap.has(tag2.key) ? some(self.unsafeMap.get(tag2.key)) : isReference(tag2) ? some(getDefaultValue(tag2)) : none), merge2 = /* @__PURE__ */ dual(2, (self, that) => {
  let map22 = new Map(self.unsafeMap);
  for (let [tag2, s] of that.unsafeMap)
    map22.set(tag2, s);
  return makeContext(map22);
}), mergeAll = (...ctxs) => {
  let map22 = /* @__PURE__ */ new Map();
  for (let i = 0; i < ctxs.length; i++)
    ctxs[i].unsafeMap.forEach((value3, key) => {
      map22.set(key, value3);
    });
  return makeContext(map22);
};

// node_modules/effect/dist/esm/Context.js
var GenericTag = makeGenericTag;
var isContext2 = isContext, isTag2 = isTag;
var empty8 = empty7, make9 = make8, add4 = add3, get6 = get5;
var unsafeGet4 = unsafeGet3, getOption2 = getOption, merge3 = merge2, mergeAll2 = mergeAll;
var Tag2 = Tag, Reference2 = Reference;

// node_modules/effect/dist/esm/Duration.js
var TypeId5 = /* @__PURE__ */ Symbol.for("effect/Duration"), bigint0 = /* @__PURE__ */ BigInt(0), bigint24 = /* @__PURE__ */ BigInt(24), bigint60 = /* @__PURE__ */ BigInt(60), bigint1e3 = /* @__PURE__ */ BigInt(1e3), bigint1e6 = /* @__PURE__ */ BigInt(1e6), bigint1e9 = /* @__PURE__ */ BigInt(1e9), DURATION_REGEX = /^(-?\d+(?:\.\d+)?)\s+(nanos?|micros?|millis?|seconds?|minutes?|hours?|days?|weeks?)$/, parseNanos = (input, scale) => input.includes(".") ? BigInt(Math.round(Number(input) * scale)) : BigInt(input) * BigInt(scale), decode = (input) => {
  if (isDuration(input))
    return input;
  if (isNumber(input))
    return millis(input);
  if (isBigInt(input))
    return nanos(input);
  if (Array.isArray(input) && input.length === 2 && input.every(isNumber))
    return input[0] === -1 / 0 || input[1] === -1 / 0 || Number.isNaN(input[0]) || Number.isNaN(input[1]) ? zero : input[0] === 1 / 0 || input[1] === 1 / 0 ? infinity : nanos(BigInt(Math.round(input[0] * 1e9)) + BigInt(Math.round(input[1])));
  if (isString(input)) {
    let match15 = DURATION_REGEX.exec(input);
    if (match15) {
      let [_, valueStr, unit] = match15, value3 = Number(valueStr);
      switch (unit) {
        case "nano":
        case "nanos":
          return nanos(parseNanos(valueStr, 1));
        case "micro":
        case "micros":
          return nanos(parseNanos(valueStr, 1e3));
        case "milli":
        case "millis":
          return millis(value3);
        case "second":
        case "seconds":
          return seconds(value3);
        case "minute":
        case "minutes":
          return minutes(value3);
        case "hour":
        case "hours":
          return hours(value3);
        case "day":
        case "days":
          return days(value3);
        case "week":
        case "weeks":
          return weeks(value3);
      }
    }
  }
  throw new Error("Invalid DurationInput");
};
var zeroValue = {
  _tag: "Millis",
  millis: 0
}, infinityValue = {
  _tag: "Infinity"
}, DurationProto = {
  [TypeId5]: TypeId5,
  [symbol]() {
    return cached(this, structure(this.value));
  },
  [symbol2](that) {
    return isDuration(that) && equals2(this, that);
  },
  toString() {
    return `Duration(${format2(this)})`;
  },
  toJSON() {
    switch (this.value._tag) {
      case "Millis":
        return {
          _id: "Duration",
          _tag: "Millis",
          millis: this.value.millis
        };
      case "Nanos":
        return {
          _id: "Duration",
          _tag: "Nanos",
          hrtime: toHrTime(this)
        };
      case "Infinity":
        return {
          _id: "Duration",
          _tag: "Infinity"
        };
    }
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
}, make10 = (input) => {
  let duration2 = Object.create(DurationProto);
  return isNumber(input) ? isNaN(input) || input <= 0 ? duration2.value = zeroValue : Number.isFinite(input) ? Number.isInteger(input) ? duration2.value = {
    _tag: "Millis",
    millis: input
  } : duration2.value = {
    _tag: "Nanos",
    nanos: BigInt(Math.round(input * 1e6))
  } : duration2.value = infinityValue : input <= bigint0 ? duration2.value = zeroValue : duration2.value = {
    _tag: "Nanos",
    nanos: input
  }, duration2;
}, isDuration = (u) => hasProperty(u, TypeId5);
var isZero = (self) => {
  switch (self.value._tag) {
    case "Millis":
      return self.value.millis === 0;
    case "Nanos":
      return self.value.nanos === bigint0;
    case "Infinity":
      return !1;
  }
}, zero = /* @__PURE__ */ make10(0), infinity = /* @__PURE__ */ make10(1 / 0), nanos = (nanos2) => make10(nanos2);
var millis = (millis2) => make10(millis2), seconds = (seconds2) => make10(seconds2 * 1e3), minutes = (minutes2) => make10(minutes2 * 6e4), hours = (hours2) => make10(hours2 * 36e5), days = (days2) => make10(days2 * 864e5), weeks = (weeks2) => make10(weeks2 * 6048e5), toMillis = (self) => match4(self, {
  onMillis: (millis2) => millis2,
  onNanos: (nanos2) => Number(nanos2) / 1e6
});
var unsafeToNanos = (self) => {
  let _self = decode(self);
  switch (_self.value._tag) {
    case "Infinity":
      throw new Error("Cannot convert infinite duration to nanos");
    case "Nanos":
      return _self.value.nanos;
    case "Millis":
      return BigInt(Math.round(_self.value.millis * 1e6));
  }
}, toHrTime = (self) => {
  let _self = decode(self);
  switch (_self.value._tag) {
    case "Infinity":
      return [1 / 0, 0];
    case "Nanos":
      return [Number(_self.value.nanos / bigint1e9), Number(_self.value.nanos % bigint1e9)];
    case "Millis":
      return [Math.floor(_self.value.millis / 1e3), Math.round(_self.value.millis % 1e3 * 1e6)];
  }
}, match4 = /* @__PURE__ */ dual(2, (self, options3) => {
  let _self = decode(self);
  switch (_self.value._tag) {
    case "Nanos":
      return options3.onNanos(_self.value.nanos);
    case "Infinity":
      return options3.onMillis(1 / 0);
    case "Millis":
      return options3.onMillis(_self.value.millis);
  }
}), matchWith = /* @__PURE__ */ dual(3, (self, that, options3) => {
  let _self = decode(self), _that = decode(that);
  if (_self.value._tag === "Infinity" || _that.value._tag === "Infinity")
    return options3.onMillis(toMillis(_self), toMillis(_that));
  if (_self.value._tag === "Nanos" || _that.value._tag === "Nanos") {
    let selfNanos = _self.value._tag === "Nanos" ? _self.value.nanos : BigInt(Math.round(_self.value.millis * 1e6)), thatNanos = _that.value._tag === "Nanos" ? _that.value.nanos : BigInt(Math.round(_that.value.millis * 1e6));
    return options3.onNanos(selfNanos, thatNanos);
  }
  return options3.onMillis(_self.value.millis, _that.value.millis);
});
var Equivalence = (self, that) => matchWith(self, that, {
  onMillis: (self2, that2) => self2 === that2,
  onNanos: (self2, that2) => self2 === that2
});
var times = /* @__PURE__ */ dual(2, (self, times2) => match4(self, {
  onMillis: (millis2) => make10(millis2 * times2),
  onNanos: (nanos2) => {
    if (Number.isInteger(times2))
      return make10(nanos2 * BigInt(times2));
    let result = Number(nanos2) * times2;
    return make10(Number.isFinite(result) ? BigInt(Math.round(result)) : result);
  }
}));
var sum = /* @__PURE__ */ dual(2, (self, that) => matchWith(self, that, {
  onMillis: (self2, that2) => make10(self2 + that2),
  onNanos: (self2, that2) => make10(self2 + that2)
}));
var lessThanOrEqualTo = /* @__PURE__ */ dual(2, (self, that) => matchWith(self, that, {
  onMillis: (self2, that2) => self2 <= that2,
  onNanos: (self2, that2) => self2 <= that2
}));
var greaterThanOrEqualTo = /* @__PURE__ */ dual(2, (self, that) => matchWith(self, that, {
  onMillis: (self2, that2) => self2 >= that2,
  onNanos: (self2, that2) => self2 >= that2
})), equals2 = /* @__PURE__ */ dual(2, (self, that) => Equivalence(decode(self), decode(that))), parts = (self) => {
  let duration2 = decode(self);
  if (duration2.value._tag === "Infinity")
    return {
      days: 1 / 0,
      hours: 1 / 0,
      minutes: 1 / 0,
      seconds: 1 / 0,
      millis: 1 / 0,
      nanos: 1 / 0
    };
  let nanos2 = unsafeToNanos(duration2), ms = nanos2 / bigint1e6, sec = ms / bigint1e3, min4 = sec / bigint60, hr = min4 / bigint60, days2 = hr / bigint24;
  return {
    days: Number(days2),
    hours: Number(hr % bigint24),
    minutes: Number(min4 % bigint60),
    seconds: Number(sec % bigint60),
    millis: Number(ms % bigint1e3),
    nanos: Number(nanos2 % bigint1e6)
  };
}, format2 = (self) => {
  let duration2 = decode(self);
  if (duration2.value._tag === "Infinity")
    return "Infinity";
  if (isZero(duration2))
    return "0";
  let fragments = parts(duration2), pieces = [];
  return fragments.days !== 0 && pieces.push(`${fragments.days}d`), fragments.hours !== 0 && pieces.push(`${fragments.hours}h`), fragments.minutes !== 0 && pieces.push(`${fragments.minutes}m`), fragments.seconds !== 0 && pieces.push(`${fragments.seconds}s`), fragments.millis !== 0 && pieces.push(`${fragments.millis}ms`), fragments.nanos !== 0 && pieces.push(`${fragments.nanos}ns`), pieces.join(" ");
};

// node_modules/effect/dist/esm/MutableRef.js
var TypeId6 = /* @__PURE__ */ Symbol.for("effect/MutableRef"), MutableRefProto = {
  [TypeId6]: TypeId6,
  toString() {
    return format(this.toJSON());
  },
  toJSON() {
    return {
      _id: "MutableRef",
      current: toJSON(this.current)
    };
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
}, make11 = (value3) => {
  let ref = Object.create(MutableRefProto);
  return ref.current = value3, ref;
}, compareAndSet = /* @__PURE__ */ dual(3, (self, oldValue, newValue) => equals(oldValue, self.current) ? (self.current = newValue, !0) : !1);
var get7 = (self) => self.current;
var set2 = /* @__PURE__ */ dual(2, (self, value3) => (self.current = value3, self));

// node_modules/effect/dist/esm/internal/fiberId.js
var FiberIdSymbolKey = "effect/FiberId", FiberIdTypeId = /* @__PURE__ */ Symbol.for(FiberIdSymbolKey), OP_NONE = "None", OP_RUNTIME = "Runtime", OP_COMPOSITE = "Composite", emptyHash = /* @__PURE__ */ string(`${FiberIdSymbolKey}-${OP_NONE}`), None = class {
  [FiberIdTypeId] = FiberIdTypeId;
  _tag = OP_NONE;
  id = -1;
  startTimeMillis = -1;
  [symbol]() {
    return emptyHash;
  }
  [symbol2](that) {
    return isFiberId(that) && that._tag === OP_NONE;
  }
  toString() {
    return format(this.toJSON());
  }
  toJSON() {
    return {
      _id: "FiberId",
      _tag: this._tag
    };
  }
  [NodeInspectSymbol]() {
    return this.toJSON();
  }
}, Runtime = class {
  id;
  startTimeMillis;
  [FiberIdTypeId] = FiberIdTypeId;
  _tag = OP_RUNTIME;
  constructor(id2, startTimeMillis) {
    this.id = id2, this.startTimeMillis = startTimeMillis;
  }
  [symbol]() {
    return cached(this, string(`${FiberIdSymbolKey}-${this._tag}-${this.id}-${this.startTimeMillis}`));
  }
  [symbol2](that) {
    return isFiberId(that) && that._tag === OP_RUNTIME && this.id === that.id && this.startTimeMillis === that.startTimeMillis;
  }
  toString() {
    return format(this.toJSON());
  }
  toJSON() {
    return {
      _id: "FiberId",
      _tag: this._tag,
      id: this.id,
      startTimeMillis: this.startTimeMillis
    };
  }
  [NodeInspectSymbol]() {
    return this.toJSON();
  }
}, Composite = class {
  left;
  right;
  [FiberIdTypeId] = FiberIdTypeId;
  _tag = OP_COMPOSITE;
  constructor(left3, right3) {
    this.left = left3, this.right = right3;
  }
  _hash;
  [symbol]() {
    return pipe(string(`${FiberIdSymbolKey}-${this._tag}`), combine(hash(this.left)), combine(hash(this.right)), cached(this));
  }
  [symbol2](that) {
    return isFiberId(that) && that._tag === OP_COMPOSITE && equals(this.left, that.left) && equals(this.right, that.right);
  }
  toString() {
    return format(this.toJSON());
  }
  toJSON() {
    return {
      _id: "FiberId",
      _tag: this._tag,
      left: toJSON(this.left),
      right: toJSON(this.right)
    };
  }
  [NodeInspectSymbol]() {
    return this.toJSON();
  }
}, none3 = /* @__PURE__ */ new None();
var isFiberId = (self) => hasProperty(self, FiberIdTypeId);
var combine2 = /* @__PURE__ */ dual(2, (self, that) => self._tag === OP_NONE ? that : that._tag === OP_NONE ? self : new Composite(self, that)), combineAll = (fiberIds) => pipe(fiberIds, reduce5(none3, (a, b) => combine2(b)(a)));
var ids = (self) => {
  switch (self._tag) {
    case OP_NONE:
      return empty5();
    case OP_RUNTIME:
      return make7(self.id);
    case OP_COMPOSITE:
      return pipe(ids(self.left), union3(ids(self.right)));
  }
}, _fiberCounter = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/Fiber/Id/_fiberCounter"), () => make11(0));
var threadName = (self) => Array.from(ids(self)).map((n) => `#${n}`).join(",");
var unsafeMake = () => {
  let id2 = get7(_fiberCounter);
  return pipe(_fiberCounter, set2(id2 + 1)), new Runtime(id2, Date.now());
};

// node_modules/effect/dist/esm/FiberId.js
var none4 = none3;
var combine3 = combine2, combineAll2 = combineAll;
var ids2 = ids;
var threadName2 = threadName;
var unsafeMake2 = unsafeMake;

// node_modules/effect/dist/esm/HashMap.js
var empty9 = empty3;
var fromIterable6 = fromIterable3, isEmpty4 = isEmpty2, get8 = get4;
var set3 = set, keys3 = keys2;
var modifyAt2 = modifyAt;
var map10 = map6;
var forEach3 = forEach, reduce7 = reduce3;

// node_modules/effect/dist/esm/List.js
var TypeId7 = /* @__PURE__ */ Symbol.for("effect/List"), toArray2 = (self) => fromIterable(self), getEquivalence4 = (isEquivalent) => mapInput(getEquivalence2(isEquivalent), toArray2), _equivalence4 = /* @__PURE__ */ getEquivalence4(equals), ConsProto = {
  [TypeId7]: TypeId7,
  _tag: "Cons",
  toString() {
    return format(this.toJSON());
  },
  toJSON() {
    return {
      _id: "List",
      _tag: "Cons",
      values: toArray2(this).map(toJSON)
    };
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  },
  [symbol2](that) {
    return isList(that) && this._tag === that._tag && _equivalence4(this, that);
  },
  [symbol]() {
    return cached(this, array2(toArray2(this)));
  },
  [Symbol.iterator]() {
    let done7 = !1, self = this;
    return {
      next() {
        if (done7)
          return this.return();
        if (self._tag === "Nil")
          return done7 = !0, this.return();
        let value3 = self.head;
        return self = self.tail, {
          done: done7,
          value: value3
        };
      },
      return(value3) {
        return done7 || (done7 = !0), {
          done: !0,
          value: value3
        };
      }
    };
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
}, makeCons = (head7, tail) => {
  let cons2 = Object.create(ConsProto);
  return cons2.head = head7, cons2.tail = tail, cons2;
}, NilHash = /* @__PURE__ */ string("Nil"), NilProto = {
  [TypeId7]: TypeId7,
  _tag: "Nil",
  toString() {
    return format(this.toJSON());
  },
  toJSON() {
    return {
      _id: "List",
      _tag: "Nil"
    };
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  },
  [symbol]() {
    return NilHash;
  },
  [symbol2](that) {
    return isList(that) && this._tag === that._tag;
  },
  [Symbol.iterator]() {
    return {
      next() {
        return {
          done: !0,
          value: void 0
        };
      }
    };
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
}, _Nil = /* @__PURE__ */ Object.create(NilProto), isList = (u) => hasProperty(u, TypeId7), isNil = (self) => self._tag === "Nil", isCons = (self) => self._tag === "Cons";
var nil = () => _Nil, cons = (head7, tail) => makeCons(head7, tail), empty10 = nil, of3 = (value3) => makeCons(value3, _Nil);
var appendAll3 = /* @__PURE__ */ dual(2, (self, that) => prependAll(that, self)), prepend3 = /* @__PURE__ */ dual(2, (self, element) => cons(element, self)), prependAll = /* @__PURE__ */ dual(2, (self, prefix) => {
  if (isNil(self))
    return prefix;
  if (isNil(prefix))
    return self;
  {
    let result = makeCons(prefix.head, self), curr = result, that = prefix.tail;
    for (; !isNil(that); ) {
      let temp = makeCons(that.head, self);
      curr.tail = temp, curr = temp, that = that.tail;
    }
    return result;
  }
});
var reduce8 = /* @__PURE__ */ dual(3, (self, zero2, f) => {
  let acc = zero2, these = self;
  for (; !isNil(these); )
    acc = f(acc, these.head), these = these.tail;
  return acc;
});
var reverse3 = (self) => {
  let result = empty10(), these = self;
  for (; !isNil(these); )
    result = prepend3(result, these.head), these = these.tail;
  return result;
};

// node_modules/effect/dist/esm/internal/data.js
var ArrayProto = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(Array.prototype), {
  [symbol]() {
    return cached(this, array2(this));
  },
  [symbol2](that) {
    return Array.isArray(that) && this.length === that.length ? this.every((v, i) => equals(v, that[i])) : !1;
  }
}), Structural = /* @__PURE__ */ (function() {
  function Structural2(args2) {
    args2 && Object.assign(this, args2);
  }
  return Structural2.prototype = StructuralPrototype, Structural2;
})(), struct = (as8) => Object.assign(Object.create(StructuralPrototype), as8);

// node_modules/effect/dist/esm/internal/differ/contextPatch.js
var ContextPatchTypeId = /* @__PURE__ */ Symbol.for("effect/DifferContextPatch");
function variance2(a) {
  return a;
}
var PatchProto = {
  ...Structural.prototype,
  [ContextPatchTypeId]: {
    _Value: variance2,
    _Patch: variance2
  }
}, EmptyProto = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(PatchProto), {
  _tag: "Empty"
}), _empty5 = /* @__PURE__ */ Object.create(EmptyProto), empty11 = () => _empty5, AndThenProto = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(PatchProto), {
  _tag: "AndThen"
}), makeAndThen = (first3, second) => {
  let o = Object.create(AndThenProto);
  return o.first = first3, o.second = second, o;
}, AddServiceProto = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(PatchProto), {
  _tag: "AddService"
}), makeAddService = (key, service2) => {
  let o = Object.create(AddServiceProto);
  return o.key = key, o.service = service2, o;
}, RemoveServiceProto = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(PatchProto), {
  _tag: "RemoveService"
}), makeRemoveService = (key) => {
  let o = Object.create(RemoveServiceProto);
  return o.key = key, o;
}, UpdateServiceProto = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(PatchProto), {
  _tag: "UpdateService"
}), makeUpdateService = (key, update5) => {
  let o = Object.create(UpdateServiceProto);
  return o.key = key, o.update = update5, o;
}, diff = (oldValue, newValue) => {
  let missingServices = new Map(oldValue.unsafeMap), patch11 = empty11();
  for (let [tag2, newService] of newValue.unsafeMap.entries())
    if (missingServices.has(tag2)) {
      let old = missingServices.get(tag2);
      missingServices.delete(tag2), equals(old, newService) || (patch11 = combine4(makeUpdateService(tag2, () => newService))(patch11));
    } else
      missingServices.delete(tag2), patch11 = combine4(makeAddService(tag2, newService))(patch11);
  for (let [tag2] of missingServices.entries())
    patch11 = combine4(makeRemoveService(tag2))(patch11);
  return patch11;
}, combine4 = /* @__PURE__ */ dual(2, (self, that) => makeAndThen(self, that)), patch = /* @__PURE__ */ dual(2, (self, context5) => {
  if (self._tag === "Empty")
    return context5;
  let wasServiceUpdated = !1, patches = of2(self), updatedContext = new Map(context5.unsafeMap);
  for (; isNonEmpty(patches); ) {
    let head7 = headNonEmpty2(patches), tail = tailNonEmpty2(patches);
    switch (head7._tag) {
      case "Empty": {
        patches = tail;
        break;
      }
      case "AddService": {
        updatedContext.set(head7.key, head7.service), patches = tail;
        break;
      }
      case "AndThen": {
        patches = prepend2(prepend2(tail, head7.second), head7.first);
        break;
      }
      case "RemoveService": {
        updatedContext.delete(head7.key), patches = tail;
        break;
      }
      case "UpdateService": {
        updatedContext.set(head7.key, head7.update(updatedContext.get(head7.key))), wasServiceUpdated = !0, patches = tail;
        break;
      }
    }
  }
  if (!wasServiceUpdated)
    return makeContext(updatedContext);
  let map22 = /* @__PURE__ */ new Map();
  for (let [tag2] of context5.unsafeMap)
    updatedContext.has(tag2) && (map22.set(tag2, updatedContext.get(tag2)), updatedContext.delete(tag2));
  for (let [tag2, s] of updatedContext)
    map22.set(tag2, s);
  return makeContext(map22);
});

// node_modules/effect/dist/esm/internal/differ/hashSetPatch.js
var HashSetPatchTypeId = /* @__PURE__ */ Symbol.for("effect/DifferHashSetPatch");
function variance3(a) {
  return a;
}
var PatchProto2 = {
  ...Structural.prototype,
  [HashSetPatchTypeId]: {
    _Value: variance3,
    _Key: variance3,
    _Patch: variance3
  }
}, EmptyProto2 = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(PatchProto2), {
  _tag: "Empty"
}), _empty6 = /* @__PURE__ */ Object.create(EmptyProto2), empty12 = () => _empty6, AndThenProto2 = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(PatchProto2), {
  _tag: "AndThen"
}), makeAndThen2 = (first3, second) => {
  let o = Object.create(AndThenProto2);
  return o.first = first3, o.second = second, o;
}, AddProto = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(PatchProto2), {
  _tag: "Add"
}), makeAdd = (value3) => {
  let o = Object.create(AddProto);
  return o.value = value3, o;
}, RemoveProto = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(PatchProto2), {
  _tag: "Remove"
}), makeRemove = (value3) => {
  let o = Object.create(RemoveProto);
  return o.value = value3, o;
}, diff2 = (oldValue, newValue) => {
  let [removed, patch11] = reduce5([oldValue, empty12()], ([set10, patch12], value3) => has4(value3)(set10) ? [remove4(value3)(set10), patch12] : [set10, combine5(makeAdd(value3))(patch12)])(newValue);
  return reduce5(patch11, (patch12, value3) => combine5(makeRemove(value3))(patch12))(removed);
}, combine5 = /* @__PURE__ */ dual(2, (self, that) => makeAndThen2(self, that)), patch2 = /* @__PURE__ */ dual(2, (self, oldValue) => {
  if (self._tag === "Empty")
    return oldValue;
  let set10 = oldValue, patches = of2(self);
  for (; isNonEmpty(patches); ) {
    let head7 = headNonEmpty2(patches), tail = tailNonEmpty2(patches);
    switch (head7._tag) {
      case "Empty": {
        patches = tail;
        break;
      }
      case "AndThen": {
        patches = prepend2(head7.first)(prepend2(head7.second)(tail));
        break;
      }
      case "Add": {
        set10 = add2(head7.value)(set10), patches = tail;
        break;
      }
      case "Remove":
        set10 = remove4(head7.value)(set10), patches = tail;
    }
  }
  return set10;
});

// node_modules/effect/dist/esm/internal/differ/readonlyArrayPatch.js
var ReadonlyArrayPatchTypeId = /* @__PURE__ */ Symbol.for("effect/DifferReadonlyArrayPatch");
function variance4(a) {
  return a;
}
var PatchProto3 = {
  ...Structural.prototype,
  [ReadonlyArrayPatchTypeId]: {
    _Value: variance4,
    _Patch: variance4
  }
}, EmptyProto3 = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(PatchProto3), {
  _tag: "Empty"
}), _empty7 = /* @__PURE__ */ Object.create(EmptyProto3), empty13 = () => _empty7, AndThenProto3 = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(PatchProto3), {
  _tag: "AndThen"
}), makeAndThen3 = (first3, second) => {
  let o = Object.create(AndThenProto3);
  return o.first = first3, o.second = second, o;
}, AppendProto = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(PatchProto3), {
  _tag: "Append"
}), makeAppend = (values3) => {
  let o = Object.create(AppendProto);
  return o.values = values3, o;
}, SliceProto = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(PatchProto3), {
  _tag: "Slice"
}), makeSlice = (from, until) => {
  let o = Object.create(SliceProto);
  return o.from = from, o.until = until, o;
}, UpdateProto = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(PatchProto3), {
  _tag: "Update"
}), makeUpdate = (index, patch11) => {
  let o = Object.create(UpdateProto);
  return o.index = index, o.patch = patch11, o;
}, diff3 = (options3) => {
  let i = 0, patch11 = empty13();
  for (; i < options3.oldValue.length && i < options3.newValue.length; ) {
    let oldElement = options3.oldValue[i], newElement = options3.newValue[i], valuePatch = options3.differ.diff(oldElement, newElement);
    equals(valuePatch, options3.differ.empty) || (patch11 = combine6(patch11, makeUpdate(i, valuePatch))), i = i + 1;
  }
  return i < options3.oldValue.length && (patch11 = combine6(patch11, makeSlice(0, i))), i < options3.newValue.length && (patch11 = combine6(patch11, makeAppend(drop(i)(options3.newValue)))), patch11;
}, combine6 = /* @__PURE__ */ dual(2, (self, that) => makeAndThen3(self, that)), patch3 = /* @__PURE__ */ dual(3, (self, oldValue, differ3) => {
  if (self._tag === "Empty")
    return oldValue;
  let readonlyArray2 = oldValue.slice(), patches = of(self);
  for (; isNonEmptyArray2(patches); ) {
    let head7 = headNonEmpty(patches), tail = tailNonEmpty(patches);
    switch (head7._tag) {
      case "Empty": {
        patches = tail;
        break;
      }
      case "AndThen": {
        tail.unshift(head7.first, head7.second), patches = tail;
        break;
      }
      case "Append": {
        for (let value3 of head7.values)
          readonlyArray2.push(value3);
        patches = tail;
        break;
      }
      case "Slice": {
        readonlyArray2 = readonlyArray2.slice(head7.from, head7.until), patches = tail;
        break;
      }
      case "Update": {
        readonlyArray2[head7.index] = differ3.patch(head7.patch, readonlyArray2[head7.index]), patches = tail;
        break;
      }
    }
  }
  return readonlyArray2;
});

// node_modules/effect/dist/esm/internal/differ.js
var DifferTypeId = /* @__PURE__ */ Symbol.for("effect/Differ"), DifferProto = {
  [DifferTypeId]: {
    _P: identity,
    _V: identity
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
}, make14 = (params) => {
  let differ3 = Object.create(DifferProto);
  return differ3.empty = params.empty, differ3.diff = params.diff, differ3.combine = params.combine, differ3.patch = params.patch, differ3;
}, environment = () => make14({
  empty: empty11(),
  combine: (first3, second) => combine4(second)(first3),
  diff: (oldValue, newValue) => diff(oldValue, newValue),
  patch: (patch11, oldValue) => patch(oldValue)(patch11)
});
var hashSet = () => make14({
  empty: empty12(),
  combine: (first3, second) => combine5(second)(first3),
  diff: (oldValue, newValue) => diff2(oldValue, newValue),
  patch: (patch11, oldValue) => patch2(oldValue)(patch11)
});
var readonlyArray = (differ3) => make14({
  empty: empty13(),
  combine: (first3, second) => combine6(first3, second),
  diff: (oldValue, newValue) => diff3({
    oldValue,
    newValue,
    differ: differ3
  }),
  patch: (patch11, oldValue) => patch3(patch11, oldValue, differ3)
});
var update = () => updateWith((_, a) => a), updateWith = (f) => make14({
  empty: identity,
  combine: (first3, second) => first3 === identity ? second : second === identity ? first3 : (a) => second(first3(a)),
  diff: (oldValue, newValue) => equals(oldValue, newValue) ? identity : constant(newValue),
  patch: (patch11, oldValue) => f(oldValue, patch11(oldValue))
});

// node_modules/effect/dist/esm/internal/runtimeFlagsPatch.js
var BIT_MASK = 255, BIT_SHIFT = 8, active = (patch11) => patch11 & BIT_MASK, enabled = (patch11) => patch11 >> BIT_SHIFT & BIT_MASK, make15 = (active2, enabled2) => (active2 & BIT_MASK) + ((enabled2 & active2 & BIT_MASK) << BIT_SHIFT), empty14 = /* @__PURE__ */ make15(0, 0), enable = (flag) => make15(flag, flag), disable = (flag) => make15(flag, 0);
var exclude = /* @__PURE__ */ dual(2, (self, flag) => make15(active(self) & ~flag, enabled(self)));
var andThen = /* @__PURE__ */ dual(2, (self, that) => self | that);
var invert = (n) => ~n >>> 0 & BIT_MASK;

// node_modules/effect/dist/esm/internal/runtimeFlags.js
var None2 = 0, Interruption = 1, OpSupervision = 2, RuntimeMetrics = 4, WindDown = 16, CooperativeYielding = 32;
var cooperativeYielding = (self) => isEnabled(self, CooperativeYielding), disable2 = /* @__PURE__ */ dual(2, (self, flag) => self & ~flag);
var enable2 = /* @__PURE__ */ dual(2, (self, flag) => self | flag);
var interruptible = (self) => interruption(self) && !windDown(self), interruption = (self) => isEnabled(self, Interruption);
var isEnabled = /* @__PURE__ */ dual(2, (self, flag) => (self & flag) !== 0), make16 = (...flags) => flags.reduce((a, b) => a | b, 0), none5 = /* @__PURE__ */ make16(None2);
var runtimeMetrics = (self) => isEnabled(self, RuntimeMetrics);
var windDown = (self) => isEnabled(self, WindDown);
var diff4 = /* @__PURE__ */ dual(2, (self, that) => make15(self ^ that, that)), patch4 = /* @__PURE__ */ dual(2, (self, patch11) => self & (invert(active(patch11)) | enabled(patch11)) | active(patch11) & enabled(patch11));
var differ = /* @__PURE__ */ make14({
  empty: empty14,
  diff: (oldValue, newValue) => diff4(oldValue, newValue),
  combine: (first3, second) => andThen(second)(first3),
  patch: (_patch, oldValue) => patch4(oldValue, _patch)
});

// node_modules/effect/dist/esm/RuntimeFlagsPatch.js
var enable3 = enable, disable3 = disable;
var exclude2 = exclude;

// node_modules/effect/dist/esm/internal/blockedRequests.js
var par = (self, that) => ({
  _tag: "Par",
  left: self,
  right: that
}), seq = (self, that) => ({
  _tag: "Seq",
  left: self,
  right: that
});
var flatten2 = (self) => {
  let current2 = of3(self), updated = empty10();
  for (; ; ) {
    let [parallel4, sequential4] = reduce8(current2, [parallelCollectionEmpty(), empty10()], ([parallel5, sequential5], blockedRequest) => {
      let [par2, seq2] = step(blockedRequest);
      return [parallelCollectionCombine(parallel5, par2), appendAll3(sequential5, seq2)];
    });
    if (updated = merge4(updated, parallel4), isNil(sequential4))
      return reverse3(updated);
    current2 = sequential4;
  }
  throw new Error("BUG: BlockedRequests.flatten - please report an issue at https://github.com/Effect-TS/effect/issues");
}, step = (requests) => {
  let current2 = requests, parallel4 = parallelCollectionEmpty(), stack = empty10(), sequential4 = empty10();
  for (; ; )
    switch (current2._tag) {
      case "Empty": {
        if (isNil(stack))
          return [parallel4, sequential4];
        current2 = stack.head, stack = stack.tail;
        break;
      }
      case "Par": {
        stack = cons(current2.right, stack), current2 = current2.left;
        break;
      }
      case "Seq": {
        let left3 = current2.left, right3 = current2.right;
        switch (left3._tag) {
          case "Empty": {
            current2 = right3;
            break;
          }
          case "Par": {
            let l = left3.left, r = left3.right;
            current2 = par(seq(l, right3), seq(r, right3));
            break;
          }
          case "Seq": {
            let l = left3.left, r = left3.right;
            current2 = seq(l, seq(r, right3));
            break;
          }
          case "Single": {
            current2 = left3, sequential4 = cons(right3, sequential4);
            break;
          }
        }
        break;
      }
      case "Single": {
        if (parallel4 = parallelCollectionAdd(parallel4, current2), isNil(stack))
          return [parallel4, sequential4];
        current2 = stack.head, stack = stack.tail;
        break;
      }
    }
  throw new Error("BUG: BlockedRequests.step - please report an issue at https://github.com/Effect-TS/effect/issues");
}, merge4 = (sequential4, parallel4) => {
  if (isNil(sequential4))
    return of3(parallelCollectionToSequentialCollection(parallel4));
  if (parallelCollectionIsEmpty(parallel4))
    return sequential4;
  let seqHeadKeys = sequentialCollectionKeys(sequential4.head), parKeys = parallelCollectionKeys(parallel4);
  return seqHeadKeys.length === 1 && parKeys.length === 1 && equals(seqHeadKeys[0], parKeys[0]) ? cons(sequentialCollectionCombine(sequential4.head, parallelCollectionToSequentialCollection(parallel4)), sequential4.tail) : cons(parallelCollectionToSequentialCollection(parallel4), sequential4);
}, EntryTypeId = /* @__PURE__ */ Symbol.for("effect/RequestBlock/Entry"), EntryImpl = class {
  request;
  result;
  listeners;
  ownerId;
  state;
  [EntryTypeId] = blockedRequestVariance;
  constructor(request, result, listeners, ownerId, state) {
    this.request = request, this.result = result, this.listeners = listeners, this.ownerId = ownerId, this.state = state;
  }
}, blockedRequestVariance = {
  /* c8 ignore next */
  _R: (_) => _
};
var RequestBlockParallelTypeId = /* @__PURE__ */ Symbol.for("effect/RequestBlock/RequestBlockParallel"), parallelVariance = {
  /* c8 ignore next */
  _R: (_) => _
}, ParallelImpl = class {
  map;
  [RequestBlockParallelTypeId] = parallelVariance;
  constructor(map22) {
    this.map = map22;
  }
}, parallelCollectionEmpty = () => new ParallelImpl(empty9());
var parallelCollectionAdd = (self, blockedRequest) => new ParallelImpl(modifyAt2(self.map, blockedRequest.dataSource, (_) => orElseSome(map2(_, append2(blockedRequest.blockedRequest)), () => of2(blockedRequest.blockedRequest)))), parallelCollectionCombine = (self, that) => new ParallelImpl(reduce7(self.map, that.map, (map22, value3, key) => set3(map22, key, match2(get8(map22, key), {
  onNone: () => value3,
  onSome: (other) => appendAll2(value3, other)
})))), parallelCollectionIsEmpty = (self) => isEmpty4(self.map), parallelCollectionKeys = (self) => Array.from(keys3(self.map)), parallelCollectionToSequentialCollection = (self) => sequentialCollectionMake(map10(self.map, (x) => of2(x))), SequentialCollectionTypeId = /* @__PURE__ */ Symbol.for("effect/RequestBlock/RequestBlockSequential"), sequentialVariance = {
  /* c8 ignore next */
  _R: (_) => _
}, SequentialImpl = class {
  map;
  [SequentialCollectionTypeId] = sequentialVariance;
  constructor(map22) {
    this.map = map22;
  }
}, sequentialCollectionMake = (map22) => new SequentialImpl(map22), sequentialCollectionCombine = (self, that) => new SequentialImpl(reduce7(that.map, self.map, (map22, value3, key) => set3(map22, key, match2(get8(map22, key), {
  onNone: () => empty2(),
  onSome: (a) => appendAll2(a, value3)
}))));
var sequentialCollectionKeys = (self) => Array.from(keys3(self.map)), sequentialCollectionToChunk = (self) => Array.from(self.map);

// node_modules/effect/dist/esm/internal/opCodes/deferred.js
var OP_STATE_PENDING = "Pending", OP_STATE_DONE = "Done";

// node_modules/effect/dist/esm/internal/deferred.js
var DeferredSymbolKey = "effect/Deferred", DeferredTypeId = /* @__PURE__ */ Symbol.for(DeferredSymbolKey), deferredVariance = {
  /* c8 ignore next */
  _E: (_) => _,
  /* c8 ignore next */
  _A: (_) => _
}, pending = (joiners) => ({
  _tag: OP_STATE_PENDING,
  joiners
}), done = (effect3) => ({
  _tag: OP_STATE_DONE,
  effect: effect3
});

// node_modules/effect/dist/esm/internal/singleShotGen.js
var SingleShotGen2 = class _SingleShotGen {
  self;
  called = !1;
  constructor(self) {
    this.self = self;
  }
  next(a) {
    return this.called ? {
      value: a,
      done: !0
    } : (this.called = !0, {
      value: this.self,
      done: !1
    });
  }
  return(a) {
    return {
      value: a,
      done: !0
    };
  }
  throw(e) {
    throw e;
  }
  [Symbol.iterator]() {
    return new _SingleShotGen(this.self);
  }
};

// node_modules/effect/dist/esm/internal/core.js
var blocked = (blockedRequests, _continue3) => {
  let effect3 = new EffectPrimitive("Blocked");
  return effect3.effect_instruction_i0 = blockedRequests, effect3.effect_instruction_i1 = _continue3, effect3;
}, runRequestBlock = (blockedRequests) => {
  let effect3 = new EffectPrimitive("RunBlocked");
  return effect3.effect_instruction_i0 = blockedRequests, effect3;
}, EffectTypeId2 = /* @__PURE__ */ Symbol.for("effect/Effect"), RevertFlags = class {
  patch;
  op;
  _op = OP_REVERT_FLAGS;
  constructor(patch11, op) {
    this.patch = patch11, this.op = op;
  }
}, EffectPrimitive = class {
  _op;
  effect_instruction_i0 = void 0;
  effect_instruction_i1 = void 0;
  effect_instruction_i2 = void 0;
  trace = void 0;
  [EffectTypeId2] = effectVariance;
  constructor(_op) {
    this._op = _op;
  }
  [symbol2](that) {
    return this === that;
  }
  [symbol]() {
    return cached(this, random(this));
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
  toJSON() {
    return {
      _id: "Effect",
      _op: this._op,
      effect_instruction_i0: toJSON(this.effect_instruction_i0),
      effect_instruction_i1: toJSON(this.effect_instruction_i1),
      effect_instruction_i2: toJSON(this.effect_instruction_i2)
    };
  }
  toString() {
    return format(this.toJSON());
  }
  [NodeInspectSymbol]() {
    return this.toJSON();
  }
  [Symbol.iterator]() {
    return new SingleShotGen2(new YieldWrap(this));
  }
}, EffectPrimitiveFailure = class {
  _op;
  effect_instruction_i0 = void 0;
  effect_instruction_i1 = void 0;
  effect_instruction_i2 = void 0;
  trace = void 0;
  [EffectTypeId2] = effectVariance;
  constructor(_op) {
    this._op = _op, this._tag = _op;
  }
  [symbol2](that) {
    return exitIsExit(that) && that._op === "Failure" && // @ts-expect-error
    equals(this.effect_instruction_i0, that.effect_instruction_i0);
  }
  [symbol]() {
    return pipe(
      // @ts-expect-error
      string(this._tag),
      // @ts-expect-error
      combine(hash(this.effect_instruction_i0)),
      cached(this)
    );
  }
  get cause() {
    return this.effect_instruction_i0;
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
  toJSON() {
    return {
      _id: "Exit",
      _tag: this._op,
      cause: this.cause.toJSON()
    };
  }
  toString() {
    return format(this.toJSON());
  }
  [NodeInspectSymbol]() {
    return this.toJSON();
  }
  [Symbol.iterator]() {
    return new SingleShotGen2(new YieldWrap(this));
  }
}, EffectPrimitiveSuccess = class {
  _op;
  effect_instruction_i0 = void 0;
  effect_instruction_i1 = void 0;
  effect_instruction_i2 = void 0;
  trace = void 0;
  [EffectTypeId2] = effectVariance;
  constructor(_op) {
    this._op = _op, this._tag = _op;
  }
  [symbol2](that) {
    return exitIsExit(that) && that._op === "Success" && // @ts-expect-error
    equals(this.effect_instruction_i0, that.effect_instruction_i0);
  }
  [symbol]() {
    return pipe(
      // @ts-expect-error
      string(this._tag),
      // @ts-expect-error
      combine(hash(this.effect_instruction_i0)),
      cached(this)
    );
  }
  get value() {
    return this.effect_instruction_i0;
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
  toJSON() {
    return {
      _id: "Exit",
      _tag: this._op,
      value: toJSON(this.value)
    };
  }
  toString() {
    return format(this.toJSON());
  }
  [NodeInspectSymbol]() {
    return this.toJSON();
  }
  [Symbol.iterator]() {
    return new SingleShotGen2(new YieldWrap(this));
  }
}, isEffect = (u) => hasProperty(u, EffectTypeId2), withFiberRuntime = (withRuntime) => {
  let effect3 = new EffectPrimitive(OP_WITH_RUNTIME);
  return effect3.effect_instruction_i0 = withRuntime, effect3;
}, acquireUseRelease = /* @__PURE__ */ dual(3, (acquire, use, release) => uninterruptibleMask((restore) => flatMap7(acquire, (a) => flatMap7(exit(suspend(() => restore(use(a)))), (exit4) => suspend(() => release(a, exit4)).pipe(matchCauseEffect({
  onFailure: (cause2) => {
    switch (exit4._tag) {
      case OP_FAILURE:
        return failCause(sequential(exit4.effect_instruction_i0, cause2));
      case OP_SUCCESS:
        return failCause(cause2);
    }
  },
  onSuccess: () => exit4
})))))), as = /* @__PURE__ */ dual(2, (self, value3) => flatMap7(self, () => succeed(value3))), asVoid = (self) => as(self, void 0), custom = function() {
  let wrapper = new EffectPrimitive(OP_COMMIT);
  switch (arguments.length) {
    case 2: {
      wrapper.effect_instruction_i0 = arguments[0], wrapper.commit = arguments[1];
      break;
    }
    case 3: {
      wrapper.effect_instruction_i0 = arguments[0], wrapper.effect_instruction_i1 = arguments[1], wrapper.commit = arguments[2];
      break;
    }
    case 4: {
      wrapper.effect_instruction_i0 = arguments[0], wrapper.effect_instruction_i1 = arguments[1], wrapper.effect_instruction_i2 = arguments[2], wrapper.commit = arguments[3];
      break;
    }
    default:
      throw new Error(getBugErrorMessage("you're not supposed to end up here"));
  }
  return wrapper;
}, unsafeAsync = (register, blockingOn = none4) => {
  let effect3 = new EffectPrimitive(OP_ASYNC), cancelerRef;
  return effect3.effect_instruction_i0 = (resume2) => {
    cancelerRef = register(resume2);
  }, effect3.effect_instruction_i1 = blockingOn, onInterrupt(effect3, (_) => isEffect(cancelerRef) ? cancelerRef : void_);
}, asyncInterrupt = (register, blockingOn = none4) => suspend(() => unsafeAsync(register, blockingOn)), async_ = (resume2, blockingOn = none4) => custom(resume2, function() {
  let backingResume, pendingEffect;
  function proxyResume(effect4) {
    backingResume ? backingResume(effect4) : pendingEffect === void 0 && (pendingEffect = effect4);
  }
  let effect3 = new EffectPrimitive(OP_ASYNC);
  effect3.effect_instruction_i0 = (resume3) => {
    backingResume = resume3, pendingEffect && resume3(pendingEffect);
  }, effect3.effect_instruction_i1 = blockingOn;
  let cancelerRef, controllerRef;
  return this.effect_instruction_i0.length !== 1 ? (controllerRef = new AbortController(), cancelerRef = internalCall(() => this.effect_instruction_i0(proxyResume, controllerRef.signal))) : cancelerRef = internalCall(() => this.effect_instruction_i0(proxyResume)), cancelerRef || controllerRef ? onInterrupt(effect3, (_) => (controllerRef && controllerRef.abort(), cancelerRef ?? void_)) : effect3;
});
var catchAllCause = /* @__PURE__ */ dual(2, (self, f) => {
  let effect3 = new EffectPrimitive(OP_ON_FAILURE);
  return effect3.effect_instruction_i0 = self, effect3.effect_instruction_i1 = f, effect3;
}), catchAll = /* @__PURE__ */ dual(2, (self, f) => matchEffect(self, {
  onFailure: f,
  onSuccess: succeed
}));
var originalSymbol = /* @__PURE__ */ Symbol.for("effect/OriginalAnnotation");
var capture = (obj, span2) => isSome2(span2) ? new Proxy(obj, {
  has(target, p) {
    return p === spanSymbol || p === originalSymbol || p in target;
  },
  get(target, p) {
    return p === spanSymbol ? span2.value : p === originalSymbol ? obj : target[p];
  }
}) : obj, die2 = (defect) => isObject(defect) && !(spanSymbol in defect) ? withFiberRuntime((fiber) => failCause(die(capture(defect, currentSpanFromFiber(fiber))))) : failCause(die(defect)), dieMessage = (message) => failCauseSync(() => die(new RuntimeException(message)));
var either2 = (self) => matchEffect(self, {
  onFailure: (e) => succeed(left2(e)),
  onSuccess: (a) => succeed(right2(a))
}), exit = (self) => matchCause(self, {
  onFailure: exitFailCause,
  onSuccess: exitSucceed
}), fail2 = (error) => isObject(error) && !(spanSymbol in error) ? withFiberRuntime((fiber) => failCause(fail(capture(error, currentSpanFromFiber(fiber))))) : failCause(fail(error)), failSync = (evaluate2) => flatMap7(sync(evaluate2), fail2), failCause = (cause2) => {
  let effect3 = new EffectPrimitiveFailure(OP_FAILURE);
  return effect3.effect_instruction_i0 = cause2, effect3;
}, failCauseSync = (evaluate2) => flatMap7(sync(evaluate2), failCause), fiberId = /* @__PURE__ */ withFiberRuntime((state) => succeed(state.id())), fiberIdWith = (f) => withFiberRuntime((state) => f(state.id())), flatMap7 = /* @__PURE__ */ dual(2, (self, f) => {
  let effect3 = new EffectPrimitive(OP_ON_SUCCESS);
  return effect3.effect_instruction_i0 = self, effect3.effect_instruction_i1 = f, effect3;
});
var step2 = (self) => {
  let effect3 = new EffectPrimitive("OnStep");
  return effect3.effect_instruction_i0 = self, effect3;
}, flatten3 = (self) => flatMap7(self, identity), flip = (self) => matchEffect(self, {
  onFailure: succeed,
  onSuccess: fail2
}), matchCause = /* @__PURE__ */ dual(2, (self, options3) => matchCauseEffect(self, {
  onFailure: (cause2) => succeed(options3.onFailure(cause2)),
  onSuccess: (a) => succeed(options3.onSuccess(a))
})), matchCauseEffect = /* @__PURE__ */ dual(2, (self, options3) => {
  let effect3 = new EffectPrimitive(OP_ON_SUCCESS_AND_FAILURE);
  return effect3.effect_instruction_i0 = self, effect3.effect_instruction_i1 = options3.onFailure, effect3.effect_instruction_i2 = options3.onSuccess, effect3;
}), matchEffect = /* @__PURE__ */ dual(2, (self, options3) => matchCauseEffect(self, {
  onFailure: (cause2) => {
    if (defects(cause2).length > 0)
      return failCause(electFailures(cause2));
    let failures2 = failures(cause2);
    return failures2.length > 0 ? options3.onFailure(unsafeHead(failures2)) : failCause(cause2);
  },
  onSuccess: options3.onSuccess
})), forEachSequential = /* @__PURE__ */ dual(2, (self, f) => suspend(() => {
  let arr = fromIterable(self), ret = allocate(arr.length), i = 0;
  return as(whileLoop({
    while: () => i < arr.length,
    body: () => f(arr[i], i),
    step: (b) => {
      ret[i++] = b;
    }
  }), ret);
})), forEachSequentialDiscard = /* @__PURE__ */ dual(2, (self, f) => suspend(() => {
  let arr = fromIterable(self), i = 0;
  return whileLoop({
    while: () => i < arr.length,
    body: () => f(arr[i], i),
    step: () => {
      i++;
    }
  });
}));
var interrupt2 = /* @__PURE__ */ flatMap7(fiberId, (fiberId2) => interruptWith(fiberId2)), interruptWith = (fiberId2) => failCause(interrupt(fiberId2)), interruptible2 = (self) => {
  let effect3 = new EffectPrimitive(OP_UPDATE_RUNTIME_FLAGS);
  return effect3.effect_instruction_i0 = enable3(Interruption), effect3.effect_instruction_i1 = () => self, effect3;
};
var intoDeferred = /* @__PURE__ */ dual(2, (self, deferred) => uninterruptibleMask((restore) => flatMap7(exit(restore(self)), (exit4) => deferredDone(deferred, exit4)))), map11 = /* @__PURE__ */ dual(2, (self, f) => flatMap7(self, (a) => sync(() => f(a)))), mapBoth2 = /* @__PURE__ */ dual(2, (self, options3) => matchEffect(self, {
  onFailure: (e) => failSync(() => options3.onFailure(e)),
  onSuccess: (a) => sync(() => options3.onSuccess(a))
})), mapError = /* @__PURE__ */ dual(2, (self, f) => matchCauseEffect(self, {
  onFailure: (cause2) => {
    let either6 = failureOrCause(cause2);
    switch (either6._tag) {
      case "Left":
        return failSync(() => f(either6.left));
      case "Right":
        return failCause(either6.right);
    }
  },
  onSuccess: succeed
}));
var onExit = /* @__PURE__ */ dual(2, (self, cleanup) => uninterruptibleMask((restore) => matchCauseEffect(restore(self), {
  onFailure: (cause1) => {
    let result = exitFailCause(cause1);
    return matchCauseEffect(cleanup(result), {
      onFailure: (cause2) => exitFailCause(sequential(cause1, cause2)),
      onSuccess: () => result
    });
  },
  onSuccess: (success) => {
    let result = exitSucceed(success);
    return zipRight(cleanup(result), result);
  }
}))), onInterrupt = /* @__PURE__ */ dual(2, (self, cleanup) => onExit(self, exitMatch({
  onFailure: (cause2) => isInterruptedOnly(cause2) ? asVoid(cleanup(interruptors(cause2))) : void_,
  onSuccess: () => void_
}))), orElse2 = /* @__PURE__ */ dual(2, (self, that) => attemptOrElse(self, that, succeed)), orDie = (self) => orDieWith(self, identity), orDieWith = /* @__PURE__ */ dual(2, (self, f) => matchEffect(self, {
  onFailure: (e) => die2(f(e)),
  onSuccess: succeed
}));
var runtimeFlags = /* @__PURE__ */ withFiberRuntime((_, status2) => succeed(status2.runtimeFlags)), succeed = (value3) => {
  let effect3 = new EffectPrimitiveSuccess(OP_SUCCESS);
  return effect3.effect_instruction_i0 = value3, effect3;
}, suspend = (evaluate2) => {
  let effect3 = new EffectPrimitive(OP_COMMIT);
  return effect3.commit = evaluate2, effect3;
}, sync = (thunk) => {
  let effect3 = new EffectPrimitive(OP_SYNC);
  return effect3.effect_instruction_i0 = thunk, effect3;
}, tap = /* @__PURE__ */ dual((args2) => args2.length === 3 || args2.length === 2 && !(isObject(args2[1]) && "onlyEffect" in args2[1]), (self, f) => flatMap7(self, (a) => {
  let b = typeof f == "function" ? f(a) : f;
  return isEffect(b) ? as(b, a) : isPromiseLike(b) ? unsafeAsync((resume2) => {
    b.then((_) => resume2(succeed(a)), (e) => resume2(fail2(new UnknownException(e, "An unknown error occurred in Effect.tap"))));
  }) : succeed(a);
})), transplant = (f) => withFiberRuntime((state) => {
  let scopeOverride = state.getFiberRef(currentForkScopeOverride), scope4 = pipe(scopeOverride, getOrElse2(() => state.scope()));
  return f(fiberRefLocally(currentForkScopeOverride, some2(scope4)));
}), attemptOrElse = /* @__PURE__ */ dual(3, (self, that, onSuccess) => matchCauseEffect(self, {
  onFailure: (cause2) => defects(cause2).length > 0 ? failCause(getOrThrow2(keepDefectsAndElectFailures(cause2))) : that(),
  onSuccess
})), uninterruptible = (self) => {
  let effect3 = new EffectPrimitive(OP_UPDATE_RUNTIME_FLAGS);
  return effect3.effect_instruction_i0 = disable3(Interruption), effect3.effect_instruction_i1 = () => self, effect3;
}, uninterruptibleMask = (f) => custom(f, function() {
  let effect3 = new EffectPrimitive(OP_UPDATE_RUNTIME_FLAGS);
  return effect3.effect_instruction_i0 = disable3(Interruption), effect3.effect_instruction_i1 = (oldFlags) => interruption(oldFlags) ? internalCall(() => this.effect_instruction_i0(interruptible2)) : internalCall(() => this.effect_instruction_i0(uninterruptible)), effect3;
}), void_ = /* @__PURE__ */ succeed(void 0);
var updateRuntimeFlags = (patch11) => {
  let effect3 = new EffectPrimitive(OP_UPDATE_RUNTIME_FLAGS);
  return effect3.effect_instruction_i0 = patch11, effect3.effect_instruction_i1 = void 0, effect3;
}, whenEffect = /* @__PURE__ */ dual(2, (self, condition) => flatMap7(condition, (b) => b ? pipe(self, map11(some2)) : succeed(none2()))), whileLoop = (options3) => {
  let effect3 = new EffectPrimitive(OP_WHILE);
  return effect3.effect_instruction_i0 = options3.while, effect3.effect_instruction_i1 = options3.body, effect3.effect_instruction_i2 = options3.step, effect3;
}, fromIterator = (iterator) => suspend(() => {
  let effect3 = new EffectPrimitive(OP_ITERATOR);
  return effect3.effect_instruction_i0 = iterator(), effect3;
}), gen2 = function() {
  let f = arguments.length === 1 ? arguments[0] : arguments[1].bind(arguments[0]);
  return fromIterator(() => f(pipe));
}, fnUntraced = (body, ...pipeables) => Object.defineProperty(pipeables.length === 0 ? function(...args2) {
  return fromIterator(() => body.apply(this, args2));
} : function(...args2) {
  let effect3 = fromIterator(() => body.apply(this, args2));
  for (let x of pipeables)
    effect3 = x(effect3, ...args2);
  return effect3;
}, "length", {
  value: body.length,
  configurable: !0
});
var withRuntimeFlags = /* @__PURE__ */ dual(2, (self, update5) => {
  let effect3 = new EffectPrimitive(OP_UPDATE_RUNTIME_FLAGS);
  return effect3.effect_instruction_i0 = update5, effect3.effect_instruction_i1 = () => self, effect3;
});
var yieldNow = (options3) => {
  let effect3 = new EffectPrimitive(OP_YIELD);
  return typeof options3?.priority < "u" ? withSchedulingPriority(effect3, options3.priority) : effect3;
}, zip2 = /* @__PURE__ */ dual(2, (self, that) => flatMap7(self, (a) => map11(that, (b) => [a, b])));
var zipLeft = /* @__PURE__ */ dual(2, (self, that) => flatMap7(self, (a) => as(that, a))), zipRight = /* @__PURE__ */ dual(2, (self, that) => flatMap7(self, () => that)), zipWith2 = /* @__PURE__ */ dual(3, (self, that, f) => flatMap7(self, (a) => map11(that, (b) => f(a, b)))), never = /* @__PURE__ */ asyncInterrupt(() => {
  let interval = setInterval(() => {
  }, 2147483647);
  return sync(() => clearInterval(interval));
}), interruptFiber = (self) => flatMap7(fiberId, (fiberId2) => pipe(self, interruptAsFiber(fiberId2))), interruptAsFiber = /* @__PURE__ */ dual(2, (self, fiberId2) => flatMap7(self.interruptAsFork(fiberId2), () => self.await)), logLevelAll = {
  _tag: "All",
  syslog: 0,
  label: "ALL",
  ordinal: Number.MIN_SAFE_INTEGER,
  pipe() {
    return pipeArguments(this, arguments);
  }
}, logLevelFatal = {
  _tag: "Fatal",
  syslog: 2,
  label: "FATAL",
  ordinal: 5e4,
  pipe() {
    return pipeArguments(this, arguments);
  }
}, logLevelError = {
  _tag: "Error",
  syslog: 3,
  label: "ERROR",
  ordinal: 4e4,
  pipe() {
    return pipeArguments(this, arguments);
  }
}, logLevelWarning = {
  _tag: "Warning",
  syslog: 4,
  label: "WARN",
  ordinal: 3e4,
  pipe() {
    return pipeArguments(this, arguments);
  }
}, logLevelInfo = {
  _tag: "Info",
  syslog: 6,
  label: "INFO",
  ordinal: 2e4,
  pipe() {
    return pipeArguments(this, arguments);
  }
}, logLevelDebug = {
  _tag: "Debug",
  syslog: 7,
  label: "DEBUG",
  ordinal: 1e4,
  pipe() {
    return pipeArguments(this, arguments);
  }
}, logLevelTrace = {
  _tag: "Trace",
  syslog: 7,
  label: "TRACE",
  ordinal: 0,
  pipe() {
    return pipeArguments(this, arguments);
  }
}, logLevelNone = {
  _tag: "None",
  syslog: 7,
  label: "OFF",
  ordinal: Number.MAX_SAFE_INTEGER,
  pipe() {
    return pipeArguments(this, arguments);
  }
};
var FiberRefSymbolKey = "effect/FiberRef", FiberRefTypeId = /* @__PURE__ */ Symbol.for(FiberRefSymbolKey), fiberRefVariance = {
  /* c8 ignore next */
  _A: (_) => _
}, fiberRefGet = (self) => withFiberRuntime((fiber) => exitSucceed(fiber.getFiberRef(self)));
var fiberRefGetWith = /* @__PURE__ */ dual(2, (self, f) => flatMap7(fiberRefGet(self), f)), fiberRefSet = /* @__PURE__ */ dual(2, (self, value3) => fiberRefModify(self, () => [void 0, value3]));
var fiberRefModify = /* @__PURE__ */ dual(2, (self, f) => withFiberRuntime((state) => {
  let [b, a] = f(state.getFiberRef(self));
  return state.setFiberRef(self, a), succeed(b);
}));
var RequestResolverSymbolKey = "effect/RequestResolver", RequestResolverTypeId = /* @__PURE__ */ Symbol.for(RequestResolverSymbolKey), requestResolverVariance = {
  /* c8 ignore next */
  _A: (_) => _,
  /* c8 ignore next */
  _R: (_) => _
}, RequestResolverImpl = class _RequestResolverImpl {
  runAll;
  target;
  [RequestResolverTypeId] = requestResolverVariance;
  constructor(runAll, target) {
    this.runAll = runAll, this.target = target;
  }
  [symbol]() {
    return cached(this, this.target ? hash(this.target) : random(this));
  }
  [symbol2](that) {
    return this.target ? isRequestResolver(that) && equals(this.target, that.target) : this === that;
  }
  identified(...ids3) {
    return new _RequestResolverImpl(this.runAll, fromIterable2(ids3));
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
}, isRequestResolver = (u) => hasProperty(u, RequestResolverTypeId);
var fiberRefLocally = /* @__PURE__ */ dual(3, (use, self, value3) => acquireUseRelease(zipLeft(fiberRefGet(self), fiberRefSet(self, value3)), () => use, (oldValue) => fiberRefSet(self, oldValue))), fiberRefLocallyWith = /* @__PURE__ */ dual(3, (use, self, f) => fiberRefGetWith(self, (a) => fiberRefLocally(use, self, f(a)))), fiberRefUnsafeMake = (initial2, options3) => fiberRefUnsafeMakePatch(initial2, {
  differ: update(),
  fork: options3?.fork ?? identity,
  join: options3?.join
}), fiberRefUnsafeMakeHashSet = (initial2) => {
  let differ3 = hashSet();
  return fiberRefUnsafeMakePatch(initial2, {
    differ: differ3,
    fork: differ3.empty
  });
}, fiberRefUnsafeMakeReadonlyArray = (initial2) => {
  let differ3 = readonlyArray(update());
  return fiberRefUnsafeMakePatch(initial2, {
    differ: differ3,
    fork: differ3.empty
  });
}, fiberRefUnsafeMakeContext = (initial2) => {
  let differ3 = environment();
  return fiberRefUnsafeMakePatch(initial2, {
    differ: differ3,
    fork: differ3.empty
  });
}, fiberRefUnsafeMakePatch = (initial2, options3) => ({
  ...CommitPrototype,
  [FiberRefTypeId]: fiberRefVariance,
  initial: initial2,
  commit() {
    return fiberRefGet(this);
  },
  diff: (oldValue, newValue) => options3.differ.diff(oldValue, newValue),
  combine: (first3, second) => options3.differ.combine(first3, second),
  patch: (patch11) => (oldValue) => options3.differ.patch(patch11, oldValue),
  fork: options3.fork,
  join: options3.join ?? ((_, n) => n)
}), fiberRefUnsafeMakeRuntimeFlags = (initial2) => fiberRefUnsafeMakePatch(initial2, {
  differ,
  fork: differ.empty
}), currentContext = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/FiberRef/currentContext"), () => fiberRefUnsafeMakeContext(empty8())), currentSchedulingPriority = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/FiberRef/currentSchedulingPriority"), () => fiberRefUnsafeMake(0)), currentMaxOpsBeforeYield = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/FiberRef/currentMaxOpsBeforeYield"), () => fiberRefUnsafeMake(2048)), currentLogAnnotations = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/FiberRef/currentLogAnnotation"), () => fiberRefUnsafeMake(empty9())), currentLogLevel = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/FiberRef/currentLogLevel"), () => fiberRefUnsafeMake(logLevelInfo)), currentLogSpan = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/FiberRef/currentLogSpan"), () => fiberRefUnsafeMake(empty10())), withSchedulingPriority = /* @__PURE__ */ dual(2, (self, scheduler) => fiberRefLocally(self, currentSchedulingPriority, scheduler));
var currentConcurrency = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/FiberRef/currentConcurrency"), () => fiberRefUnsafeMake("unbounded")), currentRequestBatching = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/FiberRef/currentRequestBatching"), () => fiberRefUnsafeMake(!0)), currentUnhandledErrorLogLevel = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/FiberRef/currentUnhandledErrorLogLevel"), () => fiberRefUnsafeMake(some2(logLevelDebug))), currentVersionMismatchErrorLogLevel = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/FiberRef/versionMismatchErrorLogLevel"), () => fiberRefUnsafeMake(some2(logLevelWarning)));
var currentMetricLabels = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/FiberRef/currentMetricLabels"), () => fiberRefUnsafeMakeReadonlyArray(empty()));
var currentForkScopeOverride = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/FiberRef/currentForkScopeOverride"), () => fiberRefUnsafeMake(none2(), {
  fork: () => none2(),
  join: (parent, _) => parent
})), currentInterruptedCause = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/FiberRef/currentInterruptedCause"), () => fiberRefUnsafeMake(empty6, {
  fork: () => empty6,
  join: (parent, _) => parent
})), currentTracerEnabled = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/FiberRef/currentTracerEnabled"), () => fiberRefUnsafeMake(!0)), currentTracerTimingEnabled = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/FiberRef/currentTracerTiming"), () => fiberRefUnsafeMake(!0)), currentTracerSpanAnnotations = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/FiberRef/currentTracerSpanAnnotations"), () => fiberRefUnsafeMake(empty9())), currentTracerSpanLinks = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/FiberRef/currentTracerSpanLinks"), () => fiberRefUnsafeMake(empty2())), ScopeTypeId = /* @__PURE__ */ Symbol.for("effect/Scope"), CloseableScopeTypeId = /* @__PURE__ */ Symbol.for("effect/CloseableScope"), scopeAddFinalizer = (self, finalizer2) => self.addFinalizer(() => asVoid(finalizer2)), scopeAddFinalizerExit = (self, finalizer2) => self.addFinalizer(finalizer2), scopeClose = (self, exit4) => self.close(exit4), scopeFork = (self, strategy) => self.fork(strategy), causeSquash = (self) => causeSquashWith(identity)(self), causeSquashWith = /* @__PURE__ */ dual(2, (self, f) => {
  let option2 = pipe(self, failureOption, map2(f));
  switch (option2._tag) {
    case "None":
      return pipe(defects(self), head2, match2({
        onNone: () => {
          let interrupts = fromIterable(interruptors(self)).flatMap((fiberId2) => fromIterable(ids2(fiberId2)).map((id2) => `#${id2}`));
          return new InterruptedException(interrupts ? `Interrupted by fibers: ${interrupts.join(", ")}` : void 0);
        },
        onSome: identity
      }));
    case "Some":
      return option2.value;
  }
}), YieldableError = /* @__PURE__ */ (function() {
  class YieldableError2 extends globalThis.Error {
    commit() {
      return fail2(this);
    }
    toJSON() {
      let obj = {
        ...this
      };
      return this.message && (obj.message = this.message), this.cause && (obj.cause = this.cause), obj;
    }
    [NodeInspectSymbol]() {
      return this.toString !== globalThis.Error.prototype.toString ? this.stack ? `${this.toString()}
${this.stack.split(`
`).slice(1).join(`
`)}` : this.toString() : "Bun" in globalThis ? pretty(fail(this), {
        renderErrorCause: !0
      }) : this;
    }
  }
  return Object.assign(YieldableError2.prototype, StructuralCommitPrototype), YieldableError2;
})(), makeException = (proto13, tag2) => {
  class Base3 extends YieldableError {
    _tag = tag2;
  }
  return Object.assign(Base3.prototype, proto13), Base3.prototype.name = tag2, Base3;
}, RuntimeExceptionTypeId = /* @__PURE__ */ Symbol.for("effect/Cause/errors/RuntimeException"), RuntimeException = /* @__PURE__ */ makeException({
  [RuntimeExceptionTypeId]: RuntimeExceptionTypeId
}, "RuntimeException");
var InterruptedExceptionTypeId = /* @__PURE__ */ Symbol.for("effect/Cause/errors/InterruptedException"), InterruptedException = /* @__PURE__ */ makeException({
  [InterruptedExceptionTypeId]: InterruptedExceptionTypeId
}, "InterruptedException"), isInterruptedException = (u) => hasProperty(u, InterruptedExceptionTypeId), IllegalArgumentExceptionTypeId = /* @__PURE__ */ Symbol.for("effect/Cause/errors/IllegalArgument"), IllegalArgumentException = /* @__PURE__ */ makeException({
  [IllegalArgumentExceptionTypeId]: IllegalArgumentExceptionTypeId
}, "IllegalArgumentException");
var NoSuchElementExceptionTypeId = /* @__PURE__ */ Symbol.for("effect/Cause/errors/NoSuchElement"), NoSuchElementException = /* @__PURE__ */ makeException({
  [NoSuchElementExceptionTypeId]: NoSuchElementExceptionTypeId
}, "NoSuchElementException");
var InvalidPubSubCapacityExceptionTypeId = /* @__PURE__ */ Symbol.for("effect/Cause/errors/InvalidPubSubCapacityException"), InvalidPubSubCapacityException = /* @__PURE__ */ makeException({
  [InvalidPubSubCapacityExceptionTypeId]: InvalidPubSubCapacityExceptionTypeId
}, "InvalidPubSubCapacityException"), ExceededCapacityExceptionTypeId = /* @__PURE__ */ Symbol.for("effect/Cause/errors/ExceededCapacityException"), ExceededCapacityException = /* @__PURE__ */ makeException({
  [ExceededCapacityExceptionTypeId]: ExceededCapacityExceptionTypeId
}, "ExceededCapacityException");
var TimeoutExceptionTypeId = /* @__PURE__ */ Symbol.for("effect/Cause/errors/Timeout"), TimeoutException = /* @__PURE__ */ makeException({
  [TimeoutExceptionTypeId]: TimeoutExceptionTypeId
}, "TimeoutException");
var UnknownExceptionTypeId = /* @__PURE__ */ Symbol.for("effect/Cause/errors/UnknownException"), UnknownException = /* @__PURE__ */ (function() {
  class UnknownException2 extends YieldableError {
    _tag = "UnknownException";
    error;
    constructor(cause2, message) {
      super(message ?? "An unknown error occurred", {
        cause: cause2
      }), this.error = cause2;
    }
  }
  return Object.assign(UnknownException2.prototype, {
    [UnknownExceptionTypeId]: UnknownExceptionTypeId,
    name: "UnknownException"
  }), UnknownException2;
})();
var exitIsExit = (u) => isEffect(u) && "_tag" in u && (u._tag === "Success" || u._tag === "Failure"), exitIsFailure = (self) => self._tag === "Failure", exitIsSuccess = (self) => self._tag === "Success";
var exitAs = /* @__PURE__ */ dual(2, (self, value3) => {
  switch (self._tag) {
    case OP_FAILURE:
      return exitFailCause(self.effect_instruction_i0);
    case OP_SUCCESS:
      return exitSucceed(value3);
  }
}), exitAsVoid = (self) => exitAs(self, void 0);
var exitCollectAll = (exits, options3) => exitCollectAllInternal(exits, options3?.parallel ? parallel : sequential), exitDie = (defect) => exitFailCause(die(defect));
var exitFail = (error) => exitFailCause(fail(error)), exitFailCause = (cause2) => {
  let effect3 = new EffectPrimitiveFailure(OP_FAILURE);
  return effect3.effect_instruction_i0 = cause2, effect3;
}, exitFlatMap = /* @__PURE__ */ dual(2, (self, f) => {
  switch (self._tag) {
    case OP_FAILURE:
      return exitFailCause(self.effect_instruction_i0);
    case OP_SUCCESS:
      return f(self.effect_instruction_i0);
  }
});
var exitFlatten = (self) => pipe(self, exitFlatMap(identity));
var exitInterrupt = (fiberId2) => exitFailCause(interrupt(fiberId2)), exitMap = /* @__PURE__ */ dual(2, (self, f) => {
  switch (self._tag) {
    case OP_FAILURE:
      return exitFailCause(self.effect_instruction_i0);
    case OP_SUCCESS:
      return exitSucceed(f(self.effect_instruction_i0));
  }
}), exitMapBoth = /* @__PURE__ */ dual(2, (self, {
  onFailure,
  onSuccess
}) => {
  switch (self._tag) {
    case OP_FAILURE:
      return exitFailCause(pipe(self.effect_instruction_i0, map9(onFailure)));
    case OP_SUCCESS:
      return exitSucceed(onSuccess(self.effect_instruction_i0));
  }
});
var exitMatch = /* @__PURE__ */ dual(2, (self, {
  onFailure,
  onSuccess
}) => {
  switch (self._tag) {
    case OP_FAILURE:
      return onFailure(self.effect_instruction_i0);
    case OP_SUCCESS:
      return onSuccess(self.effect_instruction_i0);
  }
}), exitMatchEffect = /* @__PURE__ */ dual(2, (self, {
  onFailure,
  onSuccess
}) => {
  switch (self._tag) {
    case OP_FAILURE:
      return onFailure(self.effect_instruction_i0);
    case OP_SUCCESS:
      return onSuccess(self.effect_instruction_i0);
  }
}), exitSucceed = (value3) => {
  let effect3 = new EffectPrimitiveSuccess(OP_SUCCESS);
  return effect3.effect_instruction_i0 = value3, effect3;
}, exitVoid = /* @__PURE__ */ exitSucceed(void 0), exitZip = /* @__PURE__ */ dual(2, (self, that) => exitZipWith(self, that, {
  onSuccess: (a, a2) => [a, a2],
  onFailure: sequential
}));
var exitZipRight = /* @__PURE__ */ dual(2, (self, that) => exitZipWith(self, that, {
  onSuccess: (_, a2) => a2,
  onFailure: sequential
}));
var exitZipWith = /* @__PURE__ */ dual(3, (self, that, {
  onFailure,
  onSuccess
}) => {
  switch (self._tag) {
    case OP_FAILURE:
      switch (that._tag) {
        case OP_SUCCESS:
          return exitFailCause(self.effect_instruction_i0);
        case OP_FAILURE:
          return exitFailCause(onFailure(self.effect_instruction_i0, that.effect_instruction_i0));
      }
    case OP_SUCCESS:
      switch (that._tag) {
        case OP_SUCCESS:
          return exitSucceed(onSuccess(self.effect_instruction_i0, that.effect_instruction_i0));
        case OP_FAILURE:
          return exitFailCause(that.effect_instruction_i0);
      }
  }
}), exitCollectAllInternal = (exits, combineCauses) => {
  let list = fromIterable2(exits);
  return isNonEmpty(list) ? pipe(tailNonEmpty2(list), reduce(pipe(headNonEmpty2(list), exitMap(of2)), (accumulator, current2) => pipe(accumulator, exitZipWith(current2, {
    onSuccess: (list2, value3) => pipe(list2, prepend2(value3)),
    onFailure: combineCauses
  }))), exitMap(reverse2), exitMap((chunk2) => toReadonlyArray(chunk2)), some2) : none2();
}, deferredUnsafeMake = (fiberId2) => ({
  ...CommitPrototype,
  [DeferredTypeId]: deferredVariance,
  state: make11(pending([])),
  commit() {
    return deferredAwait(this);
  },
  blockingOn: fiberId2
}), deferredMake = () => flatMap7(fiberId, (id2) => deferredMakeAs(id2)), deferredMakeAs = (fiberId2) => sync(() => deferredUnsafeMake(fiberId2)), deferredAwait = (self) => asyncInterrupt((resume2) => {
  let state = get7(self.state);
  switch (state._tag) {
    case OP_STATE_DONE:
      return resume2(state.effect);
    case OP_STATE_PENDING:
      return state.joiners.push(resume2), deferredInterruptJoiner(self, resume2);
  }
}, self.blockingOn);
var deferredCompleteWith = /* @__PURE__ */ dual(2, (self, effect3) => sync(() => {
  let state = get7(self.state);
  switch (state._tag) {
    case OP_STATE_DONE:
      return !1;
    case OP_STATE_PENDING: {
      set2(self.state, done(effect3));
      for (let i = 0, len = state.joiners.length; i < len; i++)
        state.joiners[i](effect3);
      return !0;
    }
  }
})), deferredDone = /* @__PURE__ */ dual(2, (self, exit4) => deferredCompleteWith(self, exit4));
var deferredFailCause = /* @__PURE__ */ dual(2, (self, cause2) => deferredCompleteWith(self, failCause(cause2)));
var deferredInterruptWith = /* @__PURE__ */ dual(2, (self, fiberId2) => deferredCompleteWith(self, interruptWith(fiberId2))), deferredIsDone = (self) => sync(() => get7(self.state)._tag === OP_STATE_DONE);
var deferredSucceed = /* @__PURE__ */ dual(2, (self, value3) => deferredCompleteWith(self, succeed(value3)));
var deferredUnsafeDone = (self, effect3) => {
  let state = get7(self.state);
  if (state._tag === OP_STATE_PENDING) {
    set2(self.state, done(effect3));
    for (let i = 0, len = state.joiners.length; i < len; i++)
      state.joiners[i](effect3);
  }
}, deferredInterruptJoiner = (self, joiner) => sync(() => {
  let state = get7(self.state);
  if (state._tag === OP_STATE_PENDING) {
    let index = state.joiners.indexOf(joiner);
    index >= 0 && state.joiners.splice(index, 1);
  }
}), constContext = /* @__PURE__ */ withFiberRuntime((fiber) => exitSucceed(fiber.currentContext)), context = () => constContext;
var contextWithEffect = (f) => flatMap7(context(), f), provideContext = /* @__PURE__ */ dual(2, (self, context5) => fiberRefLocally(currentContext, context5)(self)), provideSomeContext = /* @__PURE__ */ dual(2, (self, context5) => fiberRefLocallyWith(currentContext, (parent) => merge3(parent, context5))(self)), mapInputContext = /* @__PURE__ */ dual(2, (self, f) => contextWithEffect((context5) => provideContext(self, f(context5))));
var currentSpanFromFiber = (fiber) => {
  let span2 = fiber.currentSpan;
  return span2 !== void 0 && span2._tag === "Span" ? some2(span2) : none2();
}, NoopSpanProto = {
  _tag: "Span",
  spanId: "noop",
  traceId: "noop",
  sampled: !1,
  status: {
    _tag: "Ended",
    startTime: /* @__PURE__ */ BigInt(0),
    endTime: /* @__PURE__ */ BigInt(0),
    exit: exitVoid
  },
  attributes: /* @__PURE__ */ new Map(),
  links: [],
  kind: "internal",
  attribute() {
  },
  event() {
  },
  end() {
  },
  addLinks() {
  }
}, noopSpan = (options3) => Object.assign(Object.create(NoopSpanProto), options3);

// node_modules/effect/dist/esm/internal/clock.js
var ClockSymbolKey = "effect/Clock", ClockTypeId = /* @__PURE__ */ Symbol.for(ClockSymbolKey), clockTag = /* @__PURE__ */ GenericTag("effect/Clock"), MAX_TIMER_MILLIS = 2 ** 31 - 1, globalClockScheduler = {
  unsafeSchedule(task, duration2) {
    let millis2 = toMillis(duration2);
    if (millis2 > MAX_TIMER_MILLIS)
      return constFalse;
    let completed = !1, handle = setTimeout(() => {
      completed = !0, task();
    }, millis2);
    return () => (clearTimeout(handle), !completed);
  }
}, performanceNowNanos = /* @__PURE__ */ (function() {
  let bigint1e62 = /* @__PURE__ */ BigInt(1e6);
  if (typeof performance > "u" || typeof performance.now != "function")
    return () => BigInt(Date.now()) * bigint1e62;
  let origin;
  return () => (origin === void 0 && (origin = BigInt(Date.now()) * bigint1e62 - BigInt(Math.round(performance.now() * 1e6))), origin + BigInt(Math.round(performance.now() * 1e6)));
})(), processOrPerformanceNow = /* @__PURE__ */ (function() {
  let processHrtime = typeof process == "object" && "hrtime" in process && typeof process.hrtime.bigint == "function" ? process.hrtime : void 0;
  if (!processHrtime)
    return performanceNowNanos;
  let origin = /* @__PURE__ */ performanceNowNanos() - /* @__PURE__ */ processHrtime.bigint();
  return () => origin + processHrtime.bigint();
})(), ClockImpl = class {
  [ClockTypeId] = ClockTypeId;
  unsafeCurrentTimeMillis() {
    return Date.now();
  }
  unsafeCurrentTimeNanos() {
    return processOrPerformanceNow();
  }
  currentTimeMillis = /* @__PURE__ */ sync(() => this.unsafeCurrentTimeMillis());
  currentTimeNanos = /* @__PURE__ */ sync(() => this.unsafeCurrentTimeNanos());
  scheduler() {
    return succeed(globalClockScheduler);
  }
  sleep(duration2) {
    return async_((resume2) => {
      let canceler = globalClockScheduler.unsafeSchedule(() => resume2(void_), duration2);
      return asVoid(sync(canceler));
    });
  }
}, make18 = () => new ClockImpl();

// node_modules/effect/dist/esm/Number.js
var Order = number3;

// node_modules/effect/dist/esm/RegExp.js
var escape = (string2) => string2.replace(/[/\\^$*+?.()|[\]{}]/g, "\\$&");

// node_modules/effect/dist/esm/internal/opCodes/configError.js
var OP_INVALID_DATA = "InvalidData", OP_MISSING_DATA = "MissingData", OP_SOURCE_UNAVAILABLE = "SourceUnavailable", OP_UNSUPPORTED = "Unsupported";

// node_modules/effect/dist/esm/internal/configError.js
var ConfigErrorSymbolKey = "effect/ConfigError", ConfigErrorTypeId = /* @__PURE__ */ Symbol.for(ConfigErrorSymbolKey), proto2 = {
  _tag: "ConfigError",
  [ConfigErrorTypeId]: ConfigErrorTypeId
}, And = (self, that) => {
  let error = Object.create(proto2);
  return error._op = "And", error.left = self, error.right = that, Object.defineProperty(error, "toString", {
    enumerable: !1,
    value() {
      return `${this.left} and ${this.right}`;
    }
  }), Object.defineProperty(error, "message", {
    enumerable: !1,
    get() {
      return this.toString();
    }
  }), error;
}, Or = (self, that) => {
  let error = Object.create(proto2);
  return error._op = "Or", error.left = self, error.right = that, Object.defineProperty(error, "toString", {
    enumerable: !1,
    value() {
      return `${this.left} or ${this.right}`;
    }
  }), Object.defineProperty(error, "message", {
    enumerable: !1,
    get() {
      return this.toString();
    }
  }), error;
}, InvalidData = (path, message, options3 = {
  pathDelim: "."
}) => {
  let error = Object.create(proto2);
  return error._op = OP_INVALID_DATA, error.path = path, error.message = message, Object.defineProperty(error, "toString", {
    enumerable: !1,
    value() {
      return `(Invalid data at ${pipe(this.path, join(options3.pathDelim))}: "${this.message}")`;
    }
  }), error;
}, MissingData = (path, message, options3 = {
  pathDelim: "."
}) => {
  let error = Object.create(proto2);
  return error._op = OP_MISSING_DATA, error.path = path, error.message = message, Object.defineProperty(error, "toString", {
    enumerable: !1,
    value() {
      return `(Missing data at ${pipe(this.path, join(options3.pathDelim))}: "${this.message}")`;
    }
  }), error;
}, SourceUnavailable = (path, message, cause2, options3 = {
  pathDelim: "."
}) => {
  let error = Object.create(proto2);
  return error._op = OP_SOURCE_UNAVAILABLE, error.path = path, error.message = message, error.cause = cause2, Object.defineProperty(error, "toString", {
    enumerable: !1,
    value() {
      return `(Source unavailable at ${pipe(this.path, join(options3.pathDelim))}: "${this.message}")`;
    }
  }), error;
}, Unsupported = (path, message, options3 = {
  pathDelim: "."
}) => {
  let error = Object.create(proto2);
  return error._op = OP_UNSUPPORTED, error.path = path, error.message = message, Object.defineProperty(error, "toString", {
    enumerable: !1,
    value() {
      return `(Unsupported operation at ${pipe(this.path, join(options3.pathDelim))}: "${this.message}")`;
    }
  }), error;
};
var prefixed = /* @__PURE__ */ dual(2, (self, prefix) => {
  switch (self._op) {
    case "And":
      return And(prefixed(self.left, prefix), prefixed(self.right, prefix));
    case "Or":
      return Or(prefixed(self.left, prefix), prefixed(self.right, prefix));
    case OP_INVALID_DATA:
      return InvalidData([...prefix, ...self.path], self.message);
    case OP_MISSING_DATA:
      return MissingData([...prefix, ...self.path], self.message);
    case OP_SOURCE_UNAVAILABLE:
      return SourceUnavailable([...prefix, ...self.path], self.message, self.cause);
    case OP_UNSUPPORTED:
      return Unsupported([...prefix, ...self.path], self.message);
  }
});
var reduceWithContext2 = /* @__PURE__ */ dual(3, (self, context5, reducer) => {
  let input = [self], output = [];
  for (; input.length > 0; ) {
    let error = input.pop();
    switch (error._op) {
      case "And": {
        input.push(error.right), input.push(error.left), output.push(left2({
          _op: "AndCase"
        }));
        break;
      }
      case "Or": {
        input.push(error.right), input.push(error.left), output.push(left2({
          _op: "OrCase"
        }));
        break;
      }
      case OP_INVALID_DATA: {
        output.push(right2(reducer.invalidDataCase(context5, error.path, error.message)));
        break;
      }
      case OP_MISSING_DATA: {
        output.push(right2(reducer.missingDataCase(context5, error.path, error.message)));
        break;
      }
      case OP_SOURCE_UNAVAILABLE: {
        output.push(right2(reducer.sourceUnavailableCase(context5, error.path, error.message, error.cause)));
        break;
      }
      case OP_UNSUPPORTED: {
        output.push(right2(reducer.unsupportedCase(context5, error.path, error.message)));
        break;
      }
    }
  }
  let accumulator = [];
  for (; output.length > 0; ) {
    let either6 = output.pop();
    switch (either6._op) {
      case "Left": {
        switch (either6.left._op) {
          case "AndCase": {
            let left3 = accumulator.pop(), right3 = accumulator.pop(), value3 = reducer.andCase(context5, left3, right3);
            accumulator.push(value3);
            break;
          }
          case "OrCase": {
            let left3 = accumulator.pop(), right3 = accumulator.pop(), value3 = reducer.orCase(context5, left3, right3);
            accumulator.push(value3);
            break;
          }
        }
        break;
      }
      case "Right": {
        accumulator.push(either6.right);
        break;
      }
    }
  }
  if (accumulator.length === 0)
    throw new Error("BUG: ConfigError.reduceWithContext - please report an issue at https://github.com/Effect-TS/effect/issues");
  return accumulator.pop();
});

// node_modules/effect/dist/esm/internal/configProvider/pathPatch.js
var empty15 = {
  _tag: "Empty"
};
var patch5 = /* @__PURE__ */ dual(2, (path, patch11) => {
  let input = of3(patch11), output = path;
  for (; isCons(input); ) {
    let patch12 = input.head;
    switch (patch12._tag) {
      case "Empty": {
        input = input.tail;
        break;
      }
      case "AndThen": {
        input = cons(patch12.first, cons(patch12.second, input.tail));
        break;
      }
      case "MapName": {
        output = map4(output, patch12.f), input = input.tail;
        break;
      }
      case "Nested": {
        output = prepend(output, patch12.name), input = input.tail;
        break;
      }
      case "Unnested": {
        if (pipe(head(output), contains(patch12.name)))
          output = tailNonEmpty(output), input = input.tail;
        else
          return left2(MissingData(output, `Expected ${patch12.name} to be in path in ConfigProvider#unnested`));
        break;
      }
    }
  }
  return right2(output);
});

// node_modules/effect/dist/esm/internal/opCodes/config.js
var OP_CONSTANT = "Constant", OP_FAIL2 = "Fail", OP_FALLBACK = "Fallback", OP_DESCRIBED = "Described", OP_LAZY = "Lazy", OP_MAP_OR_FAIL = "MapOrFail", OP_NESTED = "Nested", OP_PRIMITIVE = "Primitive", OP_REDACTED = "Redacted", OP_SEQUENCE = "Sequence", OP_HASHMAP = "HashMap", OP_ZIP_WITH = "ZipWith";

// node_modules/effect/dist/esm/internal/configProvider.js
var concat = (l, r) => [...l, ...r], ConfigProviderSymbolKey = "effect/ConfigProvider", ConfigProviderTypeId = /* @__PURE__ */ Symbol.for(ConfigProviderSymbolKey), configProviderTag = /* @__PURE__ */ GenericTag("effect/ConfigProvider"), FlatConfigProviderSymbolKey = "effect/ConfigProviderFlat", FlatConfigProviderTypeId = /* @__PURE__ */ Symbol.for(FlatConfigProviderSymbolKey), make20 = (options3) => ({
  [ConfigProviderTypeId]: ConfigProviderTypeId,
  pipe() {
    return pipeArguments(this, arguments);
  },
  ...options3
}), makeFlat = (options3) => ({
  [FlatConfigProviderTypeId]: FlatConfigProviderTypeId,
  patch: options3.patch,
  load: (path, config, split2 = !0) => options3.load(path, config, split2),
  enumerateChildren: options3.enumerateChildren
}), fromFlat = (flat) => make20({
  load: (config) => flatMap7(fromFlatLoop(flat, empty(), config, !1), (chunk2) => match2(head(chunk2), {
    onNone: () => fail2(MissingData(empty(), `Expected a single value having structure: ${config}`)),
    onSome: succeed
  })),
  flattened: flat
}), fromEnv = (options3) => {
  let {
    pathDelim,
    seqDelim
  } = Object.assign({}, {
    pathDelim: "_",
    seqDelim: ","
  }, options3), makePathString = (path) => pipe(path, join(pathDelim)), unmakePathString = (pathString) => pathString.split(pathDelim), getEnv = () => typeof process < "u" && "env" in process && typeof process.env == "object" ? process.env : {};
  return fromFlat(makeFlat({
    load: (path, primitive, split2 = !0) => {
      let pathString = makePathString(path), current2 = getEnv(), valueOpt = pathString in current2 ? some2(current2[pathString]) : none2();
      return pipe(valueOpt, mapError(() => MissingData(path, `Expected ${pathString} to exist in the process context`)), flatMap7((value3) => parsePrimitive(value3, path, primitive, seqDelim, split2)));
    },
    enumerateChildren: (path) => sync(() => {
      let current2 = getEnv(), filteredKeyPaths = Object.keys(current2).map((value3) => unmakePathString(value3.toUpperCase())).filter((keyPath) => {
        for (let i = 0; i < path.length; i++) {
          let pathComponent = pipe(path, unsafeGet(i)), currentElement = keyPath[i];
          if (currentElement === void 0 || pathComponent !== currentElement)
            return !1;
        }
        return !0;
      }).flatMap((keyPath) => keyPath.slice(path.length, path.length + 1));
      return fromIterable5(filteredKeyPaths);
    }),
    patch: empty15
  }));
};
var extend = (leftDef, rightDef, left3, right3) => {
  let leftPad = unfold(left3.length, (index) => index >= right3.length ? none2() : some2([leftDef(index), index + 1])), rightPad = unfold(right3.length, (index) => index >= left3.length ? none2() : some2([rightDef(index), index + 1])), leftExtension = concat(left3, leftPad), rightExtension = concat(right3, rightPad);
  return [leftExtension, rightExtension];
}, appendConfigPath = (path, config) => {
  let op = config;
  if (op._tag === "Nested") {
    let out = path.slice();
    for (; op._tag === "Nested"; )
      out.push(op.name), op = op.config;
    return out;
  }
  return path;
}, RedactedConfigErrorReducer = {
  andCase: (_, left3, right3) => And(left3, right3),
  orCase: (_, left3, right3) => Or(left3, right3),
  invalidDataCase: (_, path) => InvalidData(path, "<redacted>"),
  missingDataCase: (_, path) => MissingData(path, "<redacted>"),
  sourceUnavailableCase: (_, path, _message, cause2) => SourceUnavailable(path, "<redacted>", cause2),
  unsupportedCase: (_, path) => Unsupported(path, "<redacted>")
}, redactConfigError = (error) => reduceWithContext2(error, void 0, RedactedConfigErrorReducer), fromFlatLoop = (flat, prefix, config, split2) => {
  let op = config;
  switch (op._tag) {
    case OP_CONSTANT:
      return succeed(of(op.value));
    case OP_DESCRIBED:
      return suspend(() => fromFlatLoop(flat, prefix, op.config, split2));
    case OP_FAIL2:
      return fail2(MissingData(prefix, op.message));
    case OP_FALLBACK:
      return pipe(suspend(() => fromFlatLoop(flat, prefix, op.first, split2)), catchAll((error1) => op.condition(error1) ? pipe(fromFlatLoop(flat, prefix, op.second, split2), catchAll((error2) => fail2(Or(error1, error2)))) : fail2(error1)));
    case OP_LAZY:
      return suspend(() => fromFlatLoop(flat, prefix, op.config(), split2));
    case OP_MAP_OR_FAIL:
      return suspend(() => pipe(fromFlatLoop(flat, prefix, op.original, split2), flatMap7(forEachSequential((a) => pipe(op.mapOrFail(a), mapError(prefixed(appendConfigPath(prefix, op.original))))))));
    case OP_NESTED:
      return suspend(() => fromFlatLoop(flat, concat(prefix, of(op.name)), op.config, split2));
    case OP_PRIMITIVE:
      return pipe(patch5(prefix, flat.patch), flatMap7((prefix2) => pipe(flat.load(prefix2, op, split2), flatMap7((values3) => {
        if (values3.length === 0) {
          let name = pipe(last(prefix2), getOrElse2(() => "<n/a>"));
          return fail2(MissingData([], `Expected ${op.description} with name ${name}`));
        }
        return succeed(values3);
      }))));
    case OP_REDACTED:
      return suspend(() => pipe(fromFlatLoop(flat, prefix, op.original, split2), mapError(redactConfigError), map11(map4(op.redact))));
    case OP_SEQUENCE:
      return pipe(patch5(prefix, flat.patch), flatMap7((patchedPrefix) => pipe(flat.enumerateChildren(patchedPrefix), flatMap7(indicesFrom), flatMap7((indices) => indices.length === 0 ? suspend(() => map11(fromFlatLoop(flat, prefix, op.config, !0), of)) : pipe(forEachSequential(indices, (index) => fromFlatLoop(flat, append(prefix, `[${index}]`), op.config, !0)), map11((chunkChunk) => {
        let flattened = flatten(chunkChunk);
        return flattened.length === 0 ? of(empty()) : of(flattened);
      }))))));
    case OP_HASHMAP:
      return suspend(() => pipe(patch5(prefix, flat.patch), flatMap7((prefix2) => pipe(flat.enumerateChildren(prefix2), flatMap7((keys6) => pipe(keys6, forEachSequential((key) => fromFlatLoop(flat, concat(prefix2, of(key)), op.valueConfig, split2)), map11((matrix) => matrix.length === 0 ? of(empty9()) : pipe(transpose(matrix), map4((values3) => fromIterable6(zip(fromIterable(keys6), values3)))))))))));
    case OP_ZIP_WITH:
      return suspend(() => pipe(fromFlatLoop(flat, prefix, op.left, split2), either2, flatMap7((left3) => pipe(fromFlatLoop(flat, prefix, op.right, split2), either2, flatMap7((right3) => {
        if (isLeft2(left3) && isLeft2(right3))
          return fail2(And(left3.left, right3.left));
        if (isLeft2(left3) && isRight2(right3))
          return fail2(left3.left);
        if (isRight2(left3) && isLeft2(right3))
          return fail2(right3.left);
        if (isRight2(left3) && isRight2(right3)) {
          let path = pipe(prefix, join(".")), fail13 = fromFlatLoopFail(prefix, path), [lefts, rights] = extend(fail13, fail13, pipe(left3.right, map4(right2)), pipe(right3.right, map4(right2)));
          return pipe(lefts, zip(rights), forEachSequential(([left4, right4]) => pipe(zip2(left4, right4), map11(([left5, right5]) => op.zip(left5, right5)))));
        }
        throw new Error("BUG: ConfigProvider.fromFlatLoop - please report an issue at https://github.com/Effect-TS/effect/issues");
      })))));
  }
}, fromFlatLoopFail = (prefix, path) => (index) => left2(MissingData(prefix, `The element at index ${index} in a sequence at path "${path}" was missing`));
var splitPathString = (text2, delim) => text2.split(new RegExp(`\\s*${escape(delim)}\\s*`)), parsePrimitive = (text2, path, primitive, delimiter, split2) => split2 ? pipe(splitPathString(text2, delimiter), forEachSequential((char) => primitive.parse(char.trim())), mapError(prefixed(path))) : pipe(primitive.parse(text2), mapBoth2({
  onFailure: prefixed(path),
  onSuccess: of
})), transpose = (array4) => Object.keys(array4[0]).map((column) => array4.map((row) => row[column])), indicesFrom = (quotedIndices) => pipe(forEachSequential(quotedIndices, parseQuotedIndex), mapBoth2({
  onFailure: () => empty(),
  onSuccess: sort(Order)
}), either2, map11(merge));
var QUOTED_INDEX_REGEX = /^(\[(\d+)\])$/, parseQuotedIndex = (str) => {
  let match15 = str.match(QUOTED_INDEX_REGEX);
  if (match15 !== null) {
    let matchedIndex = match15[2];
    return pipe(matchedIndex !== void 0 && matchedIndex.length > 0 ? some2(matchedIndex) : none2(), flatMap(parseInteger));
  }
  return none2();
};
var parseInteger = (str) => {
  let parsedIndex = Number.parseInt(str);
  return Number.isNaN(parsedIndex) ? none2() : some2(parsedIndex);
};

// node_modules/effect/dist/esm/internal/defaultServices/console.js
var TypeId8 = /* @__PURE__ */ Symbol.for("effect/Console"), consoleTag = /* @__PURE__ */ GenericTag("effect/Console"), defaultConsole = {
  [TypeId8]: TypeId8,
  assert(condition, ...args2) {
    return sync(() => {
      console.assert(condition, ...args2);
    });
  },
  clear: /* @__PURE__ */ sync(() => {
    console.clear();
  }),
  count(label) {
    return sync(() => {
      console.count(label);
    });
  },
  countReset(label) {
    return sync(() => {
      console.countReset(label);
    });
  },
  debug(...args2) {
    return sync(() => {
      console.debug(...args2);
    });
  },
  dir(item, options3) {
    return sync(() => {
      console.dir(item, options3);
    });
  },
  dirxml(...args2) {
    return sync(() => {
      console.dirxml(...args2);
    });
  },
  error(...args2) {
    return sync(() => {
      console.error(...args2);
    });
  },
  group(options3) {
    return options3?.collapsed ? sync(() => console.groupCollapsed(options3?.label)) : sync(() => console.group(options3?.label));
  },
  groupEnd: /* @__PURE__ */ sync(() => {
    console.groupEnd();
  }),
  info(...args2) {
    return sync(() => {
      console.info(...args2);
    });
  },
  log(...args2) {
    return sync(() => {
      console.log(...args2);
    });
  },
  table(tabularData, properties) {
    return sync(() => {
      console.table(tabularData, properties);
    });
  },
  time(label) {
    return sync(() => console.time(label));
  },
  timeEnd(label) {
    return sync(() => console.timeEnd(label));
  },
  timeLog(label, ...args2) {
    return sync(() => {
      console.timeLog(label, ...args2);
    });
  },
  trace(...args2) {
    return sync(() => {
      console.trace(...args2);
    });
  },
  warn(...args2) {
    return sync(() => {
      console.warn(...args2);
    });
  },
  unsafe: console
};

// node_modules/effect/dist/esm/internal/random.js
var RandomSymbolKey = "effect/Random", RandomTypeId = /* @__PURE__ */ Symbol.for(RandomSymbolKey), randomTag = /* @__PURE__ */ GenericTag("effect/Random"), RandomImpl = class {
  seed;
  [RandomTypeId] = RandomTypeId;
  PRNG;
  constructor(seed) {
    this.seed = seed, this.PRNG = new PCGRandom(seed);
  }
  get next() {
    return sync(() => this.PRNG.number());
  }
  get nextBoolean() {
    return map11(this.next, (n) => n > 0.5);
  }
  get nextInt() {
    return sync(() => this.PRNG.integer(Number.MAX_SAFE_INTEGER));
  }
  nextRange(min4, max6) {
    return map11(this.next, (n) => (max6 - min4) * n + min4);
  }
  nextIntBetween(min4, max6) {
    return sync(() => this.PRNG.integer(max6 - min4) + min4);
  }
  shuffle(elements) {
    return shuffleWith(elements, (n) => this.nextIntBetween(0, n));
  }
}, shuffleWith = (elements, nextIntBounded) => suspend(() => pipe(sync(() => Array.from(elements)), flatMap7((buffer2) => {
  let numbers = [];
  for (let i = buffer2.length; i >= 2; i = i - 1)
    numbers.push(i);
  return pipe(numbers, forEachSequentialDiscard((n) => pipe(nextIntBounded(n), map11((k) => swap(buffer2, n - 1, k)))), as(fromIterable2(buffer2)));
}))), swap = (buffer2, index1, index2) => {
  let tmp = buffer2[index1];
  return buffer2[index1] = buffer2[index2], buffer2[index2] = tmp, buffer2;
}, make21 = (seed) => new RandomImpl(hash(seed)), FixedRandomImpl = class {
  values;
  [RandomTypeId] = RandomTypeId;
  index = 0;
  constructor(values3) {
    if (this.values = values3, values3.length === 0)
      throw new Error("Requires at least one value");
  }
  getNextValue() {
    let value3 = this.values[this.index];
    return this.index = (this.index + 1) % this.values.length, value3;
  }
  get next() {
    return sync(() => {
      let value3 = this.getNextValue();
      return typeof value3 == "number" ? Math.max(0, Math.min(1, value3)) : hash(value3) / 2147483647;
    });
  }
  get nextBoolean() {
    return sync(() => {
      let value3 = this.getNextValue();
      return typeof value3 == "boolean" ? value3 : hash(value3) % 2 === 0;
    });
  }
  get nextInt() {
    return sync(() => {
      let value3 = this.getNextValue();
      return typeof value3 == "number" && Number.isFinite(value3) ? Math.round(value3) : Math.abs(hash(value3));
    });
  }
  nextRange(min4, max6) {
    return map11(this.next, (n) => (max6 - min4) * n + min4);
  }
  nextIntBetween(min4, max6) {
    return sync(() => {
      let value3 = this.getNextValue();
      if (typeof value3 == "number" && Number.isFinite(value3))
        return Math.max(min4, Math.min(max6 - 1, Math.round(value3)));
      let hash2 = Math.abs(hash(value3));
      return min4 + hash2 % (max6 - min4);
    });
  }
  shuffle(elements) {
    return shuffleWith(elements, (n) => this.nextIntBetween(0, n));
  }
};

// node_modules/effect/dist/esm/internal/tracer.js
var TracerTypeId = /* @__PURE__ */ Symbol.for("effect/Tracer"), make22 = (options3) => ({
  [TracerTypeId]: TracerTypeId,
  ...options3
}), tracerTag = /* @__PURE__ */ GenericTag("effect/Tracer"), spanTag = /* @__PURE__ */ GenericTag("effect/ParentSpan"), randomHexString = /* @__PURE__ */ (function() {
  let characters = "abcdef0123456789", charactersLength = characters.length;
  return function(length3) {
    let result = "";
    for (let i = 0; i < length3; i++)
      result += characters.charAt(Math.floor(Math.random() * charactersLength));
    return result;
  };
})(), NativeSpan = class {
  name;
  parent;
  context;
  startTime;
  kind;
  _tag = "Span";
  spanId;
  traceId = "native";
  sampled = !0;
  status;
  attributes;
  events = [];
  links;
  constructor(name, parent, context5, links, startTime, kind) {
    this.name = name, this.parent = parent, this.context = context5, this.startTime = startTime, this.kind = kind, this.status = {
      _tag: "Started",
      startTime
    }, this.attributes = /* @__PURE__ */ new Map(), this.traceId = parent._tag === "Some" ? parent.value.traceId : randomHexString(32), this.spanId = randomHexString(16), this.links = Array.from(links);
  }
  end(endTime, exit4) {
    this.status = {
      _tag: "Ended",
      endTime,
      exit: exit4,
      startTime: this.status.startTime
    };
  }
  attribute(key, value3) {
    this.attributes.set(key, value3);
  }
  event(name, startTime, attributes) {
    this.events.push([name, startTime, attributes ?? {}]);
  }
  addLinks(links) {
    this.links.push(...links);
  }
}, nativeTracer = /* @__PURE__ */ make22({
  span: (name, parent, context5, links, startTime, kind) => new NativeSpan(name, parent, context5, links, startTime, kind),
  context: (f) => f()
});
var addSpanStackTrace = (options3) => {
  if (options3?.captureStackTrace === !1)
    return options3;
  if (options3?.captureStackTrace !== void 0 && typeof options3.captureStackTrace != "boolean")
    return options3;
  let limit = getStackTraceLimit();
  setStackTraceLimit(3);
  let traceError = new Error();
  setStackTraceLimit(limit);
  let cache = !1;
  return {
    ...options3,
    captureStackTrace: () => {
      if (cache !== !1)
        return cache;
      if (traceError.stack !== void 0) {
        let stack = traceError.stack.split(`
`);
        if (stack[3] !== void 0)
          return cache = stack[3].trim(), cache;
      }
    }
  };
}, DisablePropagation = /* @__PURE__ */ Reference2()("effect/Tracer/DisablePropagation", {
  defaultValue: constFalse
});

// node_modules/effect/dist/esm/internal/defaultServices.js
var liveServices = /* @__PURE__ */ pipe(/* @__PURE__ */ empty8(), /* @__PURE__ */ add4(clockTag, /* @__PURE__ */ make18()), /* @__PURE__ */ add4(consoleTag, defaultConsole), /* @__PURE__ */ add4(randomTag, /* @__PURE__ */ make21(/* @__PURE__ */ Math.random())), /* @__PURE__ */ add4(configProviderTag, /* @__PURE__ */ fromEnv()), /* @__PURE__ */ add4(tracerTag, nativeTracer)), currentServices = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/DefaultServices/currentServices"), () => fiberRefUnsafeMakeContext(liveServices)), sleep = (duration2) => {
  let decodedDuration = decode(duration2);
  return clockWith((clock3) => clock3.sleep(decodedDuration));
}, defaultServicesWith = (f) => withFiberRuntime((fiber) => f(fiber.currentDefaultServices)), clockWith = (f) => defaultServicesWith((services) => f(services.unsafeMap.get(clockTag.key))), currentTimeMillis = /* @__PURE__ */ clockWith((clock3) => clock3.currentTimeMillis);
var randomWith = (f) => defaultServicesWith((services) => f(services.unsafeMap.get(randomTag.key)));
var next = /* @__PURE__ */ randomWith((random3) => random3.next);

// node_modules/effect/dist/esm/Effectable.js
var EffectPrototype2 = EffectPrototype;
var Base2 = Base;
var Class2 = class extends Base2 {
};

// node_modules/effect/dist/esm/internal/executionStrategy.js
var OP_SEQUENTIAL2 = "Sequential", OP_PARALLEL2 = "Parallel", OP_PARALLEL_N = "ParallelN", sequential2 = {
  _tag: OP_SEQUENTIAL2
}, parallel2 = {
  _tag: OP_PARALLEL2
}, parallelN = (parallelism) => ({
  _tag: OP_PARALLEL_N,
  parallelism
}), isSequential = (self) => self._tag === OP_SEQUENTIAL2, isParallel = (self) => self._tag === OP_PARALLEL2;

// node_modules/effect/dist/esm/ExecutionStrategy.js
var sequential3 = sequential2, parallel3 = parallel2, parallelN2 = parallelN;

// node_modules/effect/dist/esm/internal/fiberRefs.js
function unsafeMake3(fiberRefLocals) {
  return new FiberRefsImpl(fiberRefLocals);
}
function empty16() {
  return unsafeMake3(/* @__PURE__ */ new Map());
}
var FiberRefsSym = /* @__PURE__ */ Symbol.for("effect/FiberRefs"), FiberRefsImpl = class {
  locals;
  [FiberRefsSym] = FiberRefsSym;
  constructor(locals) {
    this.locals = locals;
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
}, findAncestor = (_ref, _parentStack, _childStack, _childModified = !1) => {
  let ref = _ref, parentStack = _parentStack, childStack = _childStack, childModified = _childModified, ret;
  for (; ret === void 0; )
    if (isNonEmptyReadonlyArray(parentStack) && isNonEmptyReadonlyArray(childStack)) {
      let parentFiberId = headNonEmpty(parentStack)[0], parentAncestors = tailNonEmpty(parentStack), childFiberId = headNonEmpty(childStack)[0], childRefValue = headNonEmpty(childStack)[1], childAncestors = tailNonEmpty(childStack);
      parentFiberId.startTimeMillis < childFiberId.startTimeMillis ? (childStack = childAncestors, childModified = !0) : parentFiberId.startTimeMillis > childFiberId.startTimeMillis ? parentStack = parentAncestors : parentFiberId.id < childFiberId.id ? (childStack = childAncestors, childModified = !0) : parentFiberId.id > childFiberId.id ? parentStack = parentAncestors : ret = [childRefValue, childModified];
    } else
      ret = [ref.initial, !0];
  return ret;
}, joinAs = /* @__PURE__ */ dual(3, (self, fiberId2, that) => {
  let parentFiberRefs = new Map(self.locals);
  return that.locals.forEach((childStack, fiberRef) => {
    let childValue = childStack[0][1];
    if (!childStack[0][0][symbol2](fiberId2)) {
      if (!parentFiberRefs.has(fiberRef)) {
        if (equals(childValue, fiberRef.initial))
          return;
        parentFiberRefs.set(fiberRef, [[fiberId2, fiberRef.join(fiberRef.initial, childValue)]]);
        return;
      }
      let parentStack = parentFiberRefs.get(fiberRef), [ancestor, wasModified] = findAncestor(fiberRef, parentStack, childStack);
      if (wasModified) {
        let patch11 = fiberRef.diff(ancestor, childValue), oldValue = parentStack[0][1], newValue = fiberRef.join(oldValue, fiberRef.patch(patch11)(oldValue));
        if (!equals(oldValue, newValue)) {
          let newStack, parentFiberId = parentStack[0][0];
          parentFiberId[symbol2](fiberId2) ? newStack = [[parentFiberId, newValue], ...parentStack.slice(1)] : newStack = [[fiberId2, newValue], ...parentStack], parentFiberRefs.set(fiberRef, newStack);
        }
      }
    }
  }), new FiberRefsImpl(parentFiberRefs);
}), forkAs = /* @__PURE__ */ dual(2, (self, childId) => {
  let map22 = /* @__PURE__ */ new Map();
  return unsafeForkAs(self, map22, childId), new FiberRefsImpl(map22);
}), unsafeForkAs = (self, map22, fiberId2) => {
  self.locals.forEach((stack, fiberRef) => {
    let oldValue = stack[0][1], newValue = fiberRef.patch(fiberRef.fork)(oldValue);
    equals(oldValue, newValue) ? map22.set(fiberRef, stack) : map22.set(fiberRef, [[fiberId2, newValue], ...stack]);
  });
};
var delete_ = /* @__PURE__ */ dual(2, (self, fiberRef) => {
  let locals = new Map(self.locals);
  return locals.delete(fiberRef), new FiberRefsImpl(locals);
}), get9 = /* @__PURE__ */ dual(2, (self, fiberRef) => self.locals.has(fiberRef) ? some2(headNonEmpty(self.locals.get(fiberRef))[1]) : none2()), getOrDefault = /* @__PURE__ */ dual(2, (self, fiberRef) => pipe(get9(self, fiberRef), getOrElse2(() => fiberRef.initial))), updateAs = /* @__PURE__ */ dual(2, (self, {
  fiberId: fiberId2,
  fiberRef,
  value: value3
}) => {
  if (self.locals.size === 0)
    return new FiberRefsImpl(/* @__PURE__ */ new Map([[fiberRef, [[fiberId2, value3]]]]));
  let locals = new Map(self.locals);
  return unsafeUpdateAs(locals, fiberId2, fiberRef, value3), new FiberRefsImpl(locals);
}), unsafeUpdateAs = (locals, fiberId2, fiberRef, value3) => {
  let oldStack = locals.get(fiberRef) ?? [], newStack;
  if (isNonEmptyReadonlyArray(oldStack)) {
    let [currentId, currentValue] = headNonEmpty(oldStack);
    if (currentId[symbol2](fiberId2)) {
      if (equals(currentValue, value3))
        return;
      newStack = [[fiberId2, value3], ...oldStack.slice(1)];
    } else
      newStack = [[fiberId2, value3], ...oldStack];
  } else
    newStack = [[fiberId2, value3]];
  locals.set(fiberRef, newStack);
}, updateManyAs = /* @__PURE__ */ dual(2, (self, {
  entries: entries2,
  forkAs: forkAs2
}) => {
  if (self.locals.size === 0)
    return new FiberRefsImpl(new Map(entries2));
  let locals = new Map(self.locals);
  return forkAs2 !== void 0 && unsafeForkAs(self, locals, forkAs2), entries2.forEach(([fiberRef, values3]) => {
    values3.length === 1 ? unsafeUpdateAs(locals, values3[0][0], fiberRef, values3[0][1]) : values3.forEach(([fiberId2, value3]) => {
      unsafeUpdateAs(locals, fiberId2, fiberRef, value3);
    });
  }), new FiberRefsImpl(locals);
});

// node_modules/effect/dist/esm/FiberRefs.js
var get10 = get9, getOrDefault2 = getOrDefault;
var updateManyAs2 = updateManyAs;
var empty17 = empty16;

// node_modules/effect/dist/esm/internal/fiberRefs/patch.js
var OP_EMPTY2 = "Empty", OP_ADD = "Add", OP_REMOVE = "Remove", OP_UPDATE = "Update", OP_AND_THEN = "AndThen", empty18 = {
  _tag: OP_EMPTY2
}, diff5 = (oldValue, newValue) => {
  let missingLocals = new Map(oldValue.locals), patch11 = empty18;
  for (let [fiberRef, pairs] of newValue.locals.entries()) {
    let newValue2 = headNonEmpty(pairs)[1], old = missingLocals.get(fiberRef);
    if (old !== void 0) {
      let oldValue2 = headNonEmpty(old)[1];
      equals(oldValue2, newValue2) || (patch11 = combine7({
        _tag: OP_UPDATE,
        fiberRef,
        patch: fiberRef.diff(oldValue2, newValue2)
      })(patch11));
    } else
      patch11 = combine7({
        _tag: OP_ADD,
        fiberRef,
        value: newValue2
      })(patch11);
    missingLocals.delete(fiberRef);
  }
  for (let [fiberRef] of missingLocals.entries())
    patch11 = combine7({
      _tag: OP_REMOVE,
      fiberRef
    })(patch11);
  return patch11;
}, combine7 = /* @__PURE__ */ dual(2, (self, that) => ({
  _tag: OP_AND_THEN,
  first: self,
  second: that
})), patch6 = /* @__PURE__ */ dual(3, (self, fiberId2, oldValue) => {
  let fiberRefs3 = oldValue, patches = of(self);
  for (; isNonEmptyReadonlyArray(patches); ) {
    let head7 = headNonEmpty(patches), tail = tailNonEmpty(patches);
    switch (head7._tag) {
      case OP_EMPTY2: {
        patches = tail;
        break;
      }
      case OP_ADD: {
        fiberRefs3 = updateAs(fiberRefs3, {
          fiberId: fiberId2,
          fiberRef: head7.fiberRef,
          value: head7.value
        }), patches = tail;
        break;
      }
      case OP_REMOVE: {
        fiberRefs3 = delete_(fiberRefs3, head7.fiberRef), patches = tail;
        break;
      }
      case OP_UPDATE: {
        let value3 = getOrDefault(fiberRefs3, head7.fiberRef);
        fiberRefs3 = updateAs(fiberRefs3, {
          fiberId: fiberId2,
          fiberRef: head7.fiberRef,
          value: head7.fiberRef.patch(head7.patch)(value3)
        }), patches = tail;
        break;
      }
      case OP_AND_THEN: {
        patches = prepend(head7.first)(prepend(head7.second)(tail));
        break;
      }
    }
  }
  return fiberRefs3;
});

// node_modules/effect/dist/esm/FiberRefsPatch.js
var diff6 = diff5;
var patch7 = patch6;

// node_modules/effect/dist/esm/internal/fiberStatus.js
var FiberStatusSymbolKey = "effect/FiberStatus", FiberStatusTypeId = /* @__PURE__ */ Symbol.for(FiberStatusSymbolKey), OP_DONE = "Done", OP_RUNNING = "Running", OP_SUSPENDED = "Suspended", DoneHash = /* @__PURE__ */ string(`${FiberStatusSymbolKey}-${OP_DONE}`), Done = class {
  [FiberStatusTypeId] = FiberStatusTypeId;
  _tag = OP_DONE;
  [symbol]() {
    return DoneHash;
  }
  [symbol2](that) {
    return isFiberStatus(that) && that._tag === OP_DONE;
  }
}, Running = class {
  runtimeFlags;
  [FiberStatusTypeId] = FiberStatusTypeId;
  _tag = OP_RUNNING;
  constructor(runtimeFlags2) {
    this.runtimeFlags = runtimeFlags2;
  }
  [symbol]() {
    return pipe(hash(FiberStatusSymbolKey), combine(hash(this._tag)), combine(hash(this.runtimeFlags)), cached(this));
  }
  [symbol2](that) {
    return isFiberStatus(that) && that._tag === OP_RUNNING && this.runtimeFlags === that.runtimeFlags;
  }
}, Suspended = class {
  runtimeFlags;
  blockingOn;
  [FiberStatusTypeId] = FiberStatusTypeId;
  _tag = OP_SUSPENDED;
  constructor(runtimeFlags2, blockingOn) {
    this.runtimeFlags = runtimeFlags2, this.blockingOn = blockingOn;
  }
  [symbol]() {
    return pipe(hash(FiberStatusSymbolKey), combine(hash(this._tag)), combine(hash(this.runtimeFlags)), combine(hash(this.blockingOn)), cached(this));
  }
  [symbol2](that) {
    return isFiberStatus(that) && that._tag === OP_SUSPENDED && this.runtimeFlags === that.runtimeFlags && equals(this.blockingOn, that.blockingOn);
  }
}, done2 = /* @__PURE__ */ new Done(), running = (runtimeFlags2) => new Running(runtimeFlags2), suspended = (runtimeFlags2, blockingOn) => new Suspended(runtimeFlags2, blockingOn), isFiberStatus = (u) => hasProperty(u, FiberStatusTypeId), isDone = (self) => self._tag === OP_DONE;

// node_modules/effect/dist/esm/FiberStatus.js
var done3 = done2, running2 = running, suspended2 = suspended;
var isDone2 = isDone;

// node_modules/effect/dist/esm/LogLevel.js
var All = logLevelAll, Fatal = logLevelFatal, Error2 = logLevelError, Warning = logLevelWarning, Info = logLevelInfo, Debug = logLevelDebug, Trace = logLevelTrace, None3 = logLevelNone;
var Order2 = /* @__PURE__ */ pipe(Order, /* @__PURE__ */ mapInput2((level) => level.ordinal));
var greaterThan2 = /* @__PURE__ */ greaterThan(Order2);
var fromLiteral = (literal) => {
  switch (literal) {
    case "All":
      return All;
    case "Debug":
      return Debug;
    case "Error":
      return Error2;
    case "Fatal":
      return Fatal;
    case "Info":
      return Info;
    case "Trace":
      return Trace;
    case "None":
      return None3;
    case "Warning":
      return Warning;
  }
};

// node_modules/effect/dist/esm/Micro.js
var TypeId9 = /* @__PURE__ */ Symbol.for("effect/Micro"), MicroExitTypeId = /* @__PURE__ */ Symbol.for("effect/Micro/MicroExit");
var MicroCauseTypeId = /* @__PURE__ */ Symbol.for("effect/Micro/MicroCause");
var microCauseVariance = {
  _E: identity
}, MicroCauseImpl = class extends globalThis.Error {
  _tag;
  traces;
  [MicroCauseTypeId];
  constructor(_tag, originalError, traces) {
    let causeName = `MicroCause.${_tag}`, name, message, stack;
    if (originalError instanceof globalThis.Error) {
      name = `(${causeName}) ${originalError.name}`, message = originalError.message;
      let messageLines = message.split(`
`).length;
      stack = originalError.stack ? `(${causeName}) ${originalError.stack.split(`
`).slice(0, messageLines + 3).join(`
`)}` : `${name}: ${message}`;
    } else
      name = causeName, message = toStringUnknown(originalError, 0), stack = `${name}: ${message}`;
    traces.length > 0 && (stack += `
    ${traces.join(`
    `)}`), super(message), this._tag = _tag, this.traces = traces, this[MicroCauseTypeId] = microCauseVariance, this.name = name, this.stack = stack;
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
  toString() {
    return this.stack;
  }
  [NodeInspectSymbol]() {
    return this.stack;
  }
};
var Die = class extends MicroCauseImpl {
  defect;
  constructor(defect, traces = []) {
    super("Die", defect, traces), this.defect = defect;
  }
}, causeDie = (defect, traces = []) => new Die(defect, traces), Interrupt = class extends MicroCauseImpl {
  constructor(traces = []) {
    super("Interrupt", "interrupted", traces);
  }
}, causeInterrupt = (traces = []) => new Interrupt(traces);
var causeIsInterrupt = (self) => self._tag === "Interrupt";
var MicroFiberTypeId = /* @__PURE__ */ Symbol.for("effect/Micro/MicroFiber"), fiberVariance = {
  _A: identity,
  _E: identity
}, MicroFiberImpl = class {
  context;
  interruptible;
  [MicroFiberTypeId];
  _stack = [];
  _observers = [];
  _exit;
  _children;
  currentOpCount = 0;
  constructor(context5, interruptible5 = !0) {
    this.context = context5, this.interruptible = interruptible5, this[MicroFiberTypeId] = fiberVariance;
  }
  getRef(ref) {
    return unsafeGetReference(this.context, ref);
  }
  addObserver(cb) {
    return this._exit ? (cb(this._exit), constVoid) : (this._observers.push(cb), () => {
      let index = this._observers.indexOf(cb);
      index >= 0 && this._observers.splice(index, 1);
    });
  }
  _interrupted = !1;
  unsafeInterrupt() {
    this._exit || (this._interrupted = !0, this.interruptible && this.evaluate(exitInterrupt2));
  }
  unsafePoll() {
    return this._exit;
  }
  evaluate(effect3) {
    if (this._exit)
      return;
    if (this._yielded !== void 0) {
      let yielded = this._yielded;
      this._yielded = void 0, yielded();
    }
    let exit4 = this.runLoop(effect3);
    if (exit4 === Yield)
      return;
    let interruptChildren = fiberMiddleware.interruptChildren && fiberMiddleware.interruptChildren(this);
    if (interruptChildren !== void 0)
      return this.evaluate(flatMap8(interruptChildren, () => exit4));
    this._exit = exit4;
    for (let i = 0; i < this._observers.length; i++)
      this._observers[i](exit4);
    this._observers.length = 0;
  }
  runLoop(effect3) {
    let yielding = !1, current2 = effect3;
    this.currentOpCount = 0;
    try {
      for (; ; ) {
        if (this.currentOpCount++, !yielding && this.getRef(CurrentScheduler).shouldYield(this)) {
          yielding = !0;
          let prev = current2;
          current2 = flatMap8(yieldNow2, () => prev);
        }
        if (current2 = current2[evaluate](this), current2 === Yield) {
          let yielded = this._yielded;
          return MicroExitTypeId in yielded ? (this._yielded = void 0, yielded) : Yield;
        }
      }
    } catch (error) {
      return hasProperty(current2, evaluate) ? exitDie2(error) : exitDie2(`MicroFiber.runLoop: Not a valid effect: ${String(current2)}`);
    }
  }
  getCont(symbol3) {
    for (; ; ) {
      let op = this._stack.pop();
      if (!op) return;
      let cont = op[ensureCont] && op[ensureCont](this);
      if (cont) return {
        [symbol3]: cont
      };
      if (op[symbol3]) return op;
    }
  }
  // cancel the yielded operation, or for the yielded exit value
  _yielded = void 0;
  yieldWith(value3) {
    return this._yielded = value3, Yield;
  }
  children() {
    return this._children ??= /* @__PURE__ */ new Set();
  }
}, fiberMiddleware = /* @__PURE__ */ globalValue("effect/Micro/fiberMiddleware", () => ({
  interruptChildren: void 0
}));
var fiberInterruptAll = (fibers) => suspend2(() => {
  for (let fiber of fibers) fiber.unsafeInterrupt();
  let iter = fibers[Symbol.iterator](), wait = suspend2(() => {
    let result = iter.next();
    for (; !result.done; ) {
      if (result.value.unsafePoll()) {
        result = iter.next();
        continue;
      }
      let fiber = result.value;
      return async((resume2) => {
        fiber.addObserver((_) => {
          resume2(wait);
        });
      });
    }
    return exitVoid2;
  });
  return wait;
}), identifier = /* @__PURE__ */ Symbol.for("effect/Micro/identifier"), args = /* @__PURE__ */ Symbol.for("effect/Micro/args"), evaluate = /* @__PURE__ */ Symbol.for("effect/Micro/evaluate"), successCont = /* @__PURE__ */ Symbol.for("effect/Micro/successCont"), failureCont = /* @__PURE__ */ Symbol.for("effect/Micro/failureCont"), ensureCont = /* @__PURE__ */ Symbol.for("effect/Micro/ensureCont"), Yield = /* @__PURE__ */ Symbol.for("effect/Micro/Yield"), microVariance = {
  _A: identity,
  _E: identity,
  _R: identity
}, MicroProto = {
  ...EffectPrototype2,
  _op: "Micro",
  [TypeId9]: microVariance,
  pipe() {
    return pipeArguments(this, arguments);
  },
  [Symbol.iterator]() {
    return new SingleShotGen(new YieldWrap(this));
  },
  toJSON() {
    return {
      _id: "Micro",
      op: this[identifier],
      ...args in this ? {
        args: this[args]
      } : void 0
    };
  },
  toString() {
    return format(this);
  },
  [NodeInspectSymbol]() {
    return format(this);
  }
};
function defaultEvaluate(_fiber) {
  return exitDie2("Micro.evaluate: Not implemented");
}
var makePrimitiveProto = (options3) => ({
  ...MicroProto,
  [identifier]: options3.op,
  [evaluate]: options3.eval ?? defaultEvaluate,
  [successCont]: options3.contA,
  [failureCont]: options3.contE,
  [ensureCont]: options3.ensure
}), makePrimitive = (options3) => {
  let Proto6 = makePrimitiveProto(options3);
  return function() {
    let self = Object.create(Proto6);
    return self[args] = options3.single === !1 ? arguments : arguments[0], self;
  };
}, makeExit = (options3) => {
  let Proto6 = {
    ...makePrimitiveProto(options3),
    [MicroExitTypeId]: MicroExitTypeId,
    _tag: options3.op,
    get [options3.prop]() {
      return this[args];
    },
    toJSON() {
      return {
        _id: "MicroExit",
        _tag: options3.op,
        [options3.prop]: this[args]
      };
    },
    [symbol2](that) {
      return isMicroExit(that) && that._tag === options3.op && equals(this[args], that[args]);
    },
    [symbol]() {
      return cached(this, combine(string(options3.op))(hash(this[args])));
    }
  };
  return function(value3) {
    let self = Object.create(Proto6);
    return self[args] = value3, self[successCont] = void 0, self[failureCont] = void 0, self[ensureCont] = void 0, self;
  };
}, succeed2 = /* @__PURE__ */ makeExit({
  op: "Success",
  prop: "value",
  eval(fiber) {
    let cont = fiber.getCont(successCont);
    return cont ? cont[successCont](this[args], fiber) : fiber.yieldWith(this);
  }
}), failCause2 = /* @__PURE__ */ makeExit({
  op: "Failure",
  prop: "cause",
  eval(fiber) {
    let cont = fiber.getCont(failureCont);
    for (; causeIsInterrupt(this[args]) && cont && fiber.interruptible; )
      cont = fiber.getCont(failureCont);
    return cont ? cont[failureCont](this[args], fiber) : fiber.yieldWith(this);
  }
});
var sync2 = /* @__PURE__ */ makePrimitive({
  op: "Sync",
  eval(fiber) {
    let value3 = this[args](), cont = fiber.getCont(successCont);
    return cont ? cont[successCont](value3, fiber) : fiber.yieldWith(exitSucceed2(value3));
  }
}), suspend2 = /* @__PURE__ */ makePrimitive({
  op: "Suspend",
  eval(_fiber) {
    return this[args]();
  }
}), yieldNowWith = /* @__PURE__ */ makePrimitive({
  op: "Yield",
  eval(fiber) {
    let resumed = !1;
    return fiber.getRef(CurrentScheduler).scheduleTask(() => {
      resumed || fiber.evaluate(exitVoid2);
    }, this[args] ?? 0), fiber.yieldWith(() => {
      resumed = !0;
    });
  }
}), yieldNow2 = /* @__PURE__ */ yieldNowWith(0);
var void_2 = /* @__PURE__ */ succeed2(void 0);
var withMicroFiber = /* @__PURE__ */ makePrimitive({
  op: "WithMicroFiber",
  eval(fiber) {
    return this[args](fiber);
  }
});
var asyncOptions = /* @__PURE__ */ makePrimitive({
  op: "Async",
  single: !1,
  eval(fiber) {
    let register = this[args][0], resumed = !1, yielded = !1, controller = this[args][1] ? new AbortController() : void 0, onCancel = register((effect3) => {
      resumed || (resumed = !0, yielded ? fiber.evaluate(effect3) : yielded = effect3);
    }, controller?.signal);
    return yielded !== !1 ? yielded : (yielded = !0, fiber._yielded = () => {
      resumed = !0;
    }, controller === void 0 && onCancel === void 0 || fiber._stack.push(asyncFinalizer(() => (resumed = !0, controller?.abort(), onCancel ?? exitVoid2))), Yield);
  }
}), asyncFinalizer = /* @__PURE__ */ makePrimitive({
  op: "AsyncFinalizer",
  ensure(fiber) {
    fiber.interruptible && (fiber.interruptible = !1, fiber._stack.push(setInterruptible(!0)));
  },
  contE(cause2, _fiber) {
    return causeIsInterrupt(cause2) ? flatMap8(this[args](), () => failCause2(cause2)) : failCause2(cause2);
  }
}), async = (register) => asyncOptions(register, register.length >= 2);
var as2 = /* @__PURE__ */ dual(2, (self, value3) => map12(self, (_) => value3));
var exit2 = (self) => matchCause2(self, {
  onFailure: exitFailCause2,
  onSuccess: exitSucceed2
});
var flatMap8 = /* @__PURE__ */ dual(2, (self, f) => {
  let onSuccess = Object.create(OnSuccessProto);
  return onSuccess[args] = self, onSuccess[successCont] = f, onSuccess;
}), OnSuccessProto = /* @__PURE__ */ makePrimitiveProto({
  op: "OnSuccess",
  eval(fiber) {
    return fiber._stack.push(this), this[args];
  }
});
var map12 = /* @__PURE__ */ dual(2, (self, f) => flatMap8(self, (a) => succeed2(f(a)))), isMicroExit = (u) => hasProperty(u, MicroExitTypeId), exitSucceed2 = succeed2, exitFailCause2 = failCause2, exitInterrupt2 = /* @__PURE__ */ exitFailCause2(/* @__PURE__ */ causeInterrupt());
var exitDie2 = (defect) => exitFailCause2(causeDie(defect));
var exitVoid2 = /* @__PURE__ */ exitSucceed2(void 0), exitVoidAll = (exits) => {
  for (let exit4 of exits)
    if (exit4._tag === "Failure")
      return exit4;
  return exitVoid2;
}, setImmediate = "setImmediate" in globalThis ? globalThis.setImmediate : (f) => setTimeout(f, 0), MicroSchedulerDefault = class {
  tasks = [];
  running = !1;
  /**
   * @since 3.5.9
   */
  scheduleTask(task, _priority) {
    this.tasks.push(task), this.running || (this.running = !0, setImmediate(this.afterScheduled));
  }
  /**
   * @since 3.5.9
   */
  afterScheduled = () => {
    this.running = !1, this.runTasks();
  };
  /**
   * @since 3.5.9
   */
  runTasks() {
    let tasks = this.tasks;
    this.tasks = [];
    for (let i = 0, len = tasks.length; i < len; i++)
      tasks[i]();
  }
  /**
   * @since 3.5.9
   */
  shouldYield(fiber) {
    return fiber.currentOpCount >= fiber.getRef(MaxOpsBeforeYield);
  }
  /**
   * @since 3.5.9
   */
  flush() {
    for (; this.tasks.length > 0; )
      this.runTasks();
  }
};
var updateContext = /* @__PURE__ */ dual(2, (self, f) => withMicroFiber((fiber) => {
  let prev = fiber.context;
  return fiber.context = f(prev), onExit2(self, () => (fiber.context = prev, void_2));
}));
var provideContext2 = /* @__PURE__ */ dual(2, (self, provided) => updateContext(self, merge3(provided)));
var MaxOpsBeforeYield = class extends (/* @__PURE__ */ Reference2()("effect/Micro/currentMaxOpsBeforeYield", {
  defaultValue: () => 2048
})) {
}, CurrentConcurrency = class extends (/* @__PURE__ */ Reference2()("effect/Micro/currentConcurrency", {
  defaultValue: () => "unbounded"
})) {
}, CurrentScheduler = class extends (/* @__PURE__ */ Reference2()("effect/Micro/currentScheduler", {
  defaultValue: () => new MicroSchedulerDefault()
})) {
};
var matchCauseEffect2 = /* @__PURE__ */ dual(2, (self, options3) => {
  let primitive = Object.create(OnSuccessAndFailureProto);
  return primitive[args] = self, primitive[successCont] = options3.onSuccess, primitive[failureCont] = options3.onFailure, primitive;
}), OnSuccessAndFailureProto = /* @__PURE__ */ makePrimitiveProto({
  op: "OnSuccessAndFailure",
  eval(fiber) {
    return fiber._stack.push(this), this[args];
  }
}), matchCause2 = /* @__PURE__ */ dual(2, (self, options3) => matchCauseEffect2(self, {
  onFailure: (cause2) => sync2(() => options3.onFailure(cause2)),
  onSuccess: (value3) => sync2(() => options3.onSuccess(value3))
}));
var MicroScopeTypeId = /* @__PURE__ */ Symbol.for("effect/Micro/MicroScope");
var MicroScopeImpl = class _MicroScopeImpl {
  [MicroScopeTypeId];
  state = {
    _tag: "Open",
    finalizers: /* @__PURE__ */ new Set()
  };
  constructor() {
    this[MicroScopeTypeId] = MicroScopeTypeId;
  }
  unsafeAddFinalizer(finalizer2) {
    this.state._tag === "Open" && this.state.finalizers.add(finalizer2);
  }
  addFinalizer(finalizer2) {
    return suspend2(() => this.state._tag === "Open" ? (this.state.finalizers.add(finalizer2), void_2) : finalizer2(this.state.exit));
  }
  unsafeRemoveFinalizer(finalizer2) {
    this.state._tag === "Open" && this.state.finalizers.delete(finalizer2);
  }
  close(microExit) {
    return suspend2(() => {
      if (this.state._tag === "Open") {
        let finalizers = Array.from(this.state.finalizers).reverse();
        return this.state = {
          _tag: "Closed",
          exit: microExit
        }, flatMap8(forEach4(finalizers, (finalizer2) => exit2(finalizer2(microExit))), exitVoidAll);
      }
      return void_2;
    });
  }
  get fork() {
    return sync2(() => {
      let newScope = new _MicroScopeImpl();
      if (this.state._tag === "Closed")
        return newScope.state = this.state, newScope;
      function fin(exit4) {
        return newScope.close(exit4);
      }
      return this.state.finalizers.add(fin), newScope.unsafeAddFinalizer((_) => sync2(() => this.unsafeRemoveFinalizer(fin))), newScope;
    });
  }
};
var onExit2 = /* @__PURE__ */ dual(2, (self, f) => uninterruptibleMask2((restore) => matchCauseEffect2(restore(self), {
  onFailure: (cause2) => flatMap8(f(exitFailCause2(cause2)), () => failCause2(cause2)),
  onSuccess: (a) => flatMap8(f(exitSucceed2(a)), () => succeed2(a))
})));
var setInterruptible = /* @__PURE__ */ makePrimitive({
  op: "SetInterruptible",
  ensure(fiber) {
    if (fiber.interruptible = this[args], fiber._interrupted && fiber.interruptible)
      return () => exitInterrupt2;
  }
}), interruptible3 = (self) => withMicroFiber((fiber) => fiber.interruptible ? self : (fiber.interruptible = !0, fiber._stack.push(setInterruptible(!1)), fiber._interrupted ? exitInterrupt2 : self)), uninterruptibleMask2 = (f) => withMicroFiber((fiber) => fiber.interruptible ? (fiber.interruptible = !1, fiber._stack.push(setInterruptible(!0)), f(interruptible3)) : f(identity));
var whileLoop2 = /* @__PURE__ */ makePrimitive({
  op: "While",
  contA(value3, fiber) {
    return this[args].step(value3), this[args].while() ? (fiber._stack.push(this), this[args].body()) : exitVoid2;
  },
  eval(fiber) {
    return this[args].while() ? (fiber._stack.push(this), this[args].body()) : exitVoid2;
  }
}), forEach4 = (iterable, f, options3) => withMicroFiber((parent) => {
  let concurrencyOption = options3?.concurrency === "inherit" ? parent.getRef(CurrentConcurrency) : options3?.concurrency ?? 1, concurrency = concurrencyOption === "unbounded" ? Number.POSITIVE_INFINITY : Math.max(1, concurrencyOption), items = fromIterable(iterable), length3 = items.length;
  if (length3 === 0)
    return options3?.discard ? void_2 : succeed2([]);
  let out = options3?.discard ? void 0 : new Array(length3), index = 0;
  return concurrency === 1 ? as2(whileLoop2({
    while: () => index < items.length,
    body: () => f(items[index], index),
    step: out ? (b) => out[index++] = b : (_) => index++
  }), out) : async((resume2) => {
    let fibers = /* @__PURE__ */ new Set(), result, inProgress = 0, doneCount = 0, pumping = !1, interrupted2 = !1;
    function pump() {
      for (pumping = !0; inProgress < concurrency && index < length3; ) {
        let currentIndex = index, item = items[currentIndex];
        index++, inProgress++;
        try {
          let child = unsafeFork(parent, f(item, currentIndex), !0, !0);
          fibers.add(child), child.addObserver((exit4) => {
            fibers.delete(child), !interrupted2 && (exit4._tag === "Failure" ? result === void 0 && (result = exit4, length3 = index, fibers.forEach((fiber) => fiber.unsafeInterrupt())) : out !== void 0 && (out[currentIndex] = exit4.value), doneCount++, inProgress--, doneCount === length3 ? resume2(result ?? succeed2(out)) : !pumping && inProgress < concurrency && pump());
          });
        } catch (err) {
          result = exitDie2(err), length3 = index, fibers.forEach((fiber) => fiber.unsafeInterrupt());
        }
      }
      pumping = !1;
    }
    return pump(), suspend2(() => (interrupted2 = !0, index = length3, fiberInterruptAll(fibers)));
  });
});
var unsafeFork = (parent, effect3, immediate = !1, daemon = !1) => {
  let child = new MicroFiberImpl(parent.context, parent.interruptible);
  return daemon || (parent.children().add(child), child.addObserver(() => parent.children().delete(child))), immediate ? child.evaluate(effect3) : parent.getRef(CurrentScheduler).scheduleTask(() => child.evaluate(effect3), 0), child;
};
var runFork = (effect3, options3) => {
  let fiber = new MicroFiberImpl(CurrentScheduler.context(options3?.scheduler ?? new MicroSchedulerDefault()));
  if (fiber.evaluate(effect3), options3?.signal)
    if (options3.signal.aborted)
      fiber.unsafeInterrupt();
    else {
      let abort = () => fiber.unsafeInterrupt();
      options3.signal.addEventListener("abort", abort, {
        once: !0
      }), fiber.addObserver(() => options3.signal.removeEventListener("abort", abort));
    }
  return fiber;
};

// node_modules/effect/dist/esm/Readable.js
var TypeId10 = /* @__PURE__ */ Symbol.for("effect/Readable");
var Proto = {
  [TypeId10]: TypeId10,
  pipe() {
    return pipeArguments(this, arguments);
  }
};

// node_modules/effect/dist/esm/internal/ref.js
var RefTypeId = /* @__PURE__ */ Symbol.for("effect/Ref"), refVariance = {
  /* c8 ignore next */
  _A: (_) => _
}, RefImpl = class extends Class2 {
  ref;
  commit() {
    return this.get;
  }
  [RefTypeId] = refVariance;
  [TypeId10] = TypeId10;
  constructor(ref) {
    super(), this.ref = ref, this.get = sync(() => get7(this.ref));
  }
  get;
  modify(f) {
    return sync(() => {
      let current2 = get7(this.ref), [b, a] = f(current2);
      return current2 !== a && set2(a)(this.ref), b;
    });
  }
}, unsafeMake4 = (value3) => new RefImpl(make11(value3)), make23 = (value3) => sync(() => unsafeMake4(value3)), get11 = (self) => self.get, set4 = /* @__PURE__ */ dual(2, (self, value3) => self.modify(() => [void 0, value3])), getAndSet = /* @__PURE__ */ dual(2, (self, value3) => self.modify((a) => [a, value3]));
var modify3 = /* @__PURE__ */ dual(2, (self, f) => self.modify(f));
var update2 = /* @__PURE__ */ dual(2, (self, f) => self.modify((a) => [void 0, f(a)]));

// node_modules/effect/dist/esm/Ref.js
var make24 = make23, get12 = get11, getAndSet2 = getAndSet;
var modify4 = modify3;
var update3 = update2;

// node_modules/effect/dist/esm/Scheduler.js
var SchedulerRunner = class _SchedulerRunner {
  scheduleDrain;
  running = !1;
  tasks = /* @__PURE__ */ new PriorityBuckets();
  constructor(scheduleDrain) {
    this.scheduleDrain = scheduleDrain;
  }
  starveInternal = (depth) => {
    let tasks = this.tasks.buckets;
    this.tasks.buckets = [];
    for (let [_, toRun] of tasks)
      for (let i = 0; i < toRun.length; i++)
        toRun[i]();
    this.tasks.buckets.length === 0 ? this.running = !1 : this.starve(depth);
  };
  starve(depth = 0) {
    this.scheduleDrain(depth, this.starveInternal);
  }
  scheduleTask(task, priority) {
    this.tasks.scheduleTask(task, priority), this.running || (this.running = !0, this.starve());
  }
  /**
   * @since 3.20.0
   * @category constructors
   */
  static cached(scheduleDrain) {
    let fallback = new _SchedulerRunner(scheduleDrain), runners = /* @__PURE__ */ new WeakMap();
    return (fiber) => {
      if (fiber === void 0)
        return fallback;
      let runner = runners.get(fiber);
      return runner === void 0 && (runner = new _SchedulerRunner(scheduleDrain), runners.set(fiber, runner)), runner;
    };
  }
}, PriorityBuckets = class {
  /**
   * @since 2.0.0
   */
  buckets = [];
  /**
   * @since 2.0.0
   */
  scheduleTask(task, priority) {
    let length3 = this.buckets.length, bucket, index = 0;
    for (; index < length3 && this.buckets[index][0] <= priority; index++)
      bucket = this.buckets[index];
    bucket && bucket[0] === priority ? bucket[1].push(task) : index === length3 ? this.buckets.push([priority, [task]]) : this.buckets.splice(index, 0, [priority, [task]]);
  }
}, MixedScheduler = class {
  maxNextTickBeforeTimer;
  getRunner = /* @__PURE__ */ SchedulerRunner.cached((depth, drain4) => {
    depth >= this.maxNextTickBeforeTimer ? setTimeout(() => drain4(0), 0) : Promise.resolve(void 0).then(() => drain4(depth + 1));
  });
  constructor(maxNextTickBeforeTimer) {
    this.maxNextTickBeforeTimer = maxNextTickBeforeTimer;
  }
  /**
   * @since 2.0.0
   */
  shouldYield(fiber) {
    return fiber.currentOpCount > fiber.getFiberRef(currentMaxOpsBeforeYield) ? fiber.getFiberRef(currentSchedulingPriority) : !1;
  }
  /**
   * @since 2.0.0
   */
  scheduleTask(task, priority, fiber) {
    this.getRunner(fiber).scheduleTask(task, priority);
  }
}, defaultScheduler = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/Scheduler/defaultScheduler"), () => new MixedScheduler(2048)), SyncScheduler = class {
  /**
   * @since 2.0.0
   */
  tasks = /* @__PURE__ */ new PriorityBuckets();
  /**
   * @since 2.0.0
   */
  deferred = !1;
  /**
   * @since 2.0.0
   */
  scheduleTask(task, priority, fiber) {
    this.deferred ? defaultScheduler.scheduleTask(task, priority, fiber) : this.tasks.scheduleTask(task, priority);
  }
  /**
   * @since 2.0.0
   */
  shouldYield(fiber) {
    return fiber.currentOpCount > fiber.getFiberRef(currentMaxOpsBeforeYield) ? fiber.getFiberRef(currentSchedulingPriority) : !1;
  }
  /**
   * @since 2.0.0
   */
  flush() {
    for (; this.tasks.buckets.length > 0; ) {
      let tasks = this.tasks.buckets;
      this.tasks.buckets = [];
      for (let [_, toRun] of tasks)
        for (let i = 0; i < toRun.length; i++)
          toRun[i]();
    }
    this.deferred = !0;
  }
};
var currentScheduler = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/FiberRef/currentScheduler"), () => fiberRefUnsafeMake(defaultScheduler));

// node_modules/effect/dist/esm/internal/completedRequestMap.js
var currentRequestMap = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/FiberRef/currentRequestMap"), () => fiberRefUnsafeMake(/* @__PURE__ */ new Map()));

// node_modules/effect/dist/esm/internal/concurrency.js
var match7 = (concurrency, sequential4, unbounded4, bounded4) => {
  switch (concurrency) {
    case void 0:
      return sequential4();
    case "unbounded":
      return unbounded4();
    case "inherit":
      return fiberRefGetWith(currentConcurrency, (concurrency2) => concurrency2 === "unbounded" ? unbounded4() : concurrency2 > 1 ? bounded4(concurrency2) : sequential4());
    default:
      return concurrency > 1 ? bounded4(concurrency) : sequential4();
  }
};

// node_modules/effect/dist/esm/Clock.js
var make25 = make18, sleep2 = sleep, currentTimeMillis2 = currentTimeMillis;
var clockWith2 = clockWith, Clock = clockTag;

// node_modules/effect/dist/esm/internal/logSpan.js
var formatLabel = (key) => key.replace(/[\s="]/g, "_"), render = (now2) => (self) => `${formatLabel(self.label)}=${now2 - self.startTime}ms`;

// node_modules/effect/dist/esm/Tracer.js
var Tracer = tracerTag;

// node_modules/effect/dist/esm/internal/metric/label.js
var MetricLabelSymbolKey = "effect/MetricLabel", MetricLabelTypeId = /* @__PURE__ */ Symbol.for(MetricLabelSymbolKey), MetricLabelImpl = class {
  key;
  value;
  [MetricLabelTypeId] = MetricLabelTypeId;
  _hash;
  constructor(key, value3) {
    this.key = key, this.value = value3, this._hash = string(MetricLabelSymbolKey + this.key + this.value);
  }
  [symbol]() {
    return this._hash;
  }
  [symbol2](that) {
    return isMetricLabel(that) && this.key === that.key && this.value === that.value;
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
}, make26 = (key, value3) => new MetricLabelImpl(key, value3), isMetricLabel = (u) => hasProperty(u, MetricLabelTypeId);

// node_modules/effect/dist/esm/internal/core-effect.js
var asSome = (self) => map11(self, some2);
var try_2 = (arg) => {
  let evaluate2, onFailure;
  return typeof arg == "function" ? evaluate2 = arg : (evaluate2 = arg.try, onFailure = arg.catch), suspend(() => {
    try {
      return succeed(internalCall(evaluate2));
    } catch (error) {
      return fail2(onFailure ? internalCall(() => onFailure(error)) : new UnknownException(error, "An unknown error occurred in Effect.try"));
    }
  });
};
var clockWith3 = clockWith2;
var diffFiberRefs = (self) => summarized(self, fiberRefs2, diff5), diffFiberRefsAndRuntimeFlags = (self) => summarized(self, zip2(fiberRefs2, runtimeFlags), ([refs, flags], [refsNew, flagsNew]) => [diff5(refs, refsNew), diff4(flags, flagsNew)]);
var match8 = /* @__PURE__ */ dual(2, (self, options3) => matchEffect(self, {
  onFailure: (e) => succeed(options3.onFailure(e)),
  onSuccess: (a) => succeed(options3.onSuccess(a))
}));
var fiberRefs2 = /* @__PURE__ */ withFiberRuntime((state) => succeed(state.getFiberRefs()));
var ignore = (self) => match8(self, {
  onFailure: constVoid,
  onSuccess: constVoid
});
var mapErrorCause = /* @__PURE__ */ dual(2, (self, f) => matchCauseEffect(self, {
  onFailure: (c) => failCauseSync(() => f(c)),
  onSuccess: succeed
})), memoize = (self) => pipe(deferredMake(), flatMap7((deferred) => pipe(diffFiberRefsAndRuntimeFlags(self), intoDeferred(deferred), once, map11((complete2) => zipRight(complete2, pipe(deferredAwait(deferred), flatMap7(([patch11, a]) => as(zip2(patchFiberRefs(patch11[0]), updateRuntimeFlags(patch11[1])), a))))))));
var negate = (self) => map11(self, (b) => !b);
var once = (self) => map11(make24(!0), (ref) => asVoid(whenEffect(self, getAndSet2(ref, !1))));
var orElseSucceed = /* @__PURE__ */ dual(2, (self, evaluate2) => orElse2(self, () => sync(evaluate2)));
var patchFiberRefs = (patch11) => updateFiberRefs((fiberId2, fiberRefs3) => pipe(patch11, patch6(fiberId2, fiberRefs3))), promise = (evaluate2) => evaluate2.length >= 1 ? async_((resolve2, signal) => {
  try {
    evaluate2(signal).then((a) => resolve2(succeed(a)), (e) => resolve2(die2(e)));
  } catch (e) {
    resolve2(die2(e));
  }
}) : async_((resolve2) => {
  try {
    evaluate2().then((a) => resolve2(succeed(a)), (e) => resolve2(die2(e)));
  } catch (e) {
    resolve2(die2(e));
  }
}), provideService = /* @__PURE__ */ dual(3, (self, tag2, service2) => contextWithEffect((env) => provideContext(self, add4(env, tag2, service2)))), provideServiceEffect = /* @__PURE__ */ dual(3, (self, tag2, effect3) => contextWithEffect((env) => flatMap7(effect3, (service2) => provideContext(self, pipe(env, add4(tag2, service2))))));
var sleep3 = sleep2, succeedNone = /* @__PURE__ */ succeed(/* @__PURE__ */ none2());
var summarized = /* @__PURE__ */ dual(3, (self, summary5, f) => flatMap7(summary5, (start3) => flatMap7(self, (value3) => map11(summary5, (end3) => [f(start3, end3), value3]))));
var tapErrorCause = /* @__PURE__ */ dual(2, (self, f) => matchCauseEffect(self, {
  onFailure: (cause2) => zipRight(f(cause2), failCause(cause2)),
  onSuccess: succeed
}));
var tryPromise = (arg) => {
  let evaluate2, catcher;
  typeof arg == "function" ? evaluate2 = arg : (evaluate2 = arg.try, catcher = arg.catch);
  let fail13 = (e) => catcher ? failSync(() => catcher(e)) : fail2(new UnknownException(e, "An unknown error occurred in Effect.tryPromise"));
  return evaluate2.length >= 1 ? async_((resolve2, signal) => {
    try {
      evaluate2(signal).then((a) => resolve2(succeed(a)), (e) => resolve2(fail13(e)));
    } catch (e) {
      resolve2(fail13(e));
    }
  }) : async_((resolve2) => {
    try {
      evaluate2().then((a) => resolve2(succeed(a)), (e) => resolve2(fail13(e)));
    } catch (e) {
      resolve2(fail13(e));
    }
  });
}, tryMap = /* @__PURE__ */ dual(2, (self, options3) => flatMap7(self, (a) => try_2({
  try: () => options3.try(a),
  catch: options3.catch
})));
var updateFiberRefs = (f) => withFiberRuntime((state) => (state.setFiberRefs(f(state.id(), state.getFiberRefs())), void_));
var when = /* @__PURE__ */ dual(2, (self, condition) => suspend(() => condition() ? map11(self, some2) : succeed(none2())));
var serviceFunctions = (getService) => new Proxy({}, {
  get(_target, prop, _receiver) {
    return (...args2) => flatMap7(getService, (s) => s[prop](...args2));
  }
});
var bigint02 = /* @__PURE__ */ BigInt(0), filterDisablePropagation = /* @__PURE__ */ flatMap((span2) => get6(span2.context, DisablePropagation) ? span2._tag === "Span" ? filterDisablePropagation(span2.parent) : none2() : some2(span2)), unsafeMakeSpan = (fiber, name, options3) => {
  let disablePropagation = !fiber.getFiberRef(currentTracerEnabled) || options3.context && get6(options3.context, DisablePropagation), context5 = fiber.getFiberRef(currentContext), parent = options3.parent ? some2(options3.parent) : options3.root ? none2() : filterDisablePropagation(getOption2(context5, spanTag)), span2;
  if (disablePropagation)
    span2 = noopSpan({
      name,
      parent,
      context: add4(options3.context ?? empty8(), DisablePropagation, !0)
    });
  else {
    let services = fiber.getFiberRef(currentServices), tracer2 = get6(services, tracerTag), clock3 = get6(services, Clock), timingEnabled = fiber.getFiberRef(currentTracerTimingEnabled), fiberRefs3 = fiber.getFiberRefs(), annotationsFromEnv = get10(fiberRefs3, currentTracerSpanAnnotations), linksFromEnv = get10(fiberRefs3, currentTracerSpanLinks), links = linksFromEnv._tag === "Some" ? options3.links !== void 0 ? [...toReadonlyArray(linksFromEnv.value), ...options3.links ?? []] : toReadonlyArray(linksFromEnv.value) : options3.links ?? empty();
    span2 = tracer2.span(name, parent, options3.context ?? empty8(), links, timingEnabled ? clock3.unsafeCurrentTimeNanos() : bigint02, options3.kind ?? "internal", options3), annotationsFromEnv._tag === "Some" && forEach3(annotationsFromEnv.value, (value3, key) => span2.attribute(key, value3)), options3.attributes !== void 0 && Object.entries(options3.attributes).forEach(([k, v]) => span2.attribute(k, v));
  }
  return typeof options3.captureStackTrace == "function" && spanToTrace.set(span2, options3.captureStackTrace), span2;
}, makeSpan = (name, options3) => (options3 = addSpanStackTrace(options3), withFiberRuntime((fiber) => succeed(unsafeMakeSpan(fiber, name, options3))));
var endSpan = (span2, exit4, clock3, timingEnabled) => sync(() => {
  span2.status._tag !== "Ended" && (exitIsFailure(exit4) && spanToTrace.has(span2) && span2.attribute("code.stacktrace", spanToTrace.get(span2)()), span2.end(timingEnabled ? clock3.unsafeCurrentTimeNanos() : bigint02, exit4));
}), useSpan = (name, ...args2) => {
  let options3 = addSpanStackTrace(args2.length === 1 ? void 0 : args2[0]), evaluate2 = args2[args2.length - 1];
  return withFiberRuntime((fiber) => {
    let span2 = unsafeMakeSpan(fiber, name, options3), timingEnabled = fiber.getFiberRef(currentTracerTimingEnabled), clock3 = get6(fiber.getFiberRef(currentServices), clockTag);
    return onExit(evaluate2(span2), (exit4) => endSpan(span2, exit4, clock3, timingEnabled));
  });
}, withParentSpan = /* @__PURE__ */ dual(2, (self, span2) => provideService(self, spanTag, span2));

// node_modules/effect/dist/esm/Exit.js
var isFailure = exitIsFailure, isSuccess = exitIsSuccess;
var all2 = exitCollectAll, die3 = exitDie;
var fail3 = exitFail, failCause3 = exitFailCause;
var flatten5 = exitFlatten;
var interrupt3 = exitInterrupt, map13 = exitMap, mapBoth3 = exitMapBoth;
var match9 = exitMatch;
var succeed3 = exitSucceed, void_3 = exitVoid;
var zip3 = exitZip;
var zipRight2 = exitZipRight;

// node_modules/effect/dist/esm/internal/fiberMessage.js
var OP_INTERRUPT_SIGNAL = "InterruptSignal", OP_STATEFUL = "Stateful", OP_RESUME = "Resume", OP_YIELD_NOW = "YieldNow", interruptSignal = (cause2) => ({
  _tag: OP_INTERRUPT_SIGNAL,
  cause: cause2
}), stateful = (onFiber) => ({
  _tag: OP_STATEFUL,
  onFiber
}), resume = (effect3) => ({
  _tag: OP_RESUME,
  effect: effect3
}), yieldNow3 = () => ({
  _tag: OP_YIELD_NOW
});

// node_modules/effect/dist/esm/internal/fiberScope.js
var FiberScopeSymbolKey = "effect/FiberScope", FiberScopeTypeId = /* @__PURE__ */ Symbol.for(FiberScopeSymbolKey), Global = class {
  [FiberScopeTypeId] = FiberScopeTypeId;
  fiberId = none4;
  roots = /* @__PURE__ */ new Set();
  add(_runtimeFlags, child) {
    this.roots.add(child), child.addObserver(() => {
      this.roots.delete(child);
    });
  }
}, Local = class {
  fiberId;
  parent;
  [FiberScopeTypeId] = FiberScopeTypeId;
  constructor(fiberId2, parent) {
    this.fiberId = fiberId2, this.parent = parent;
  }
  add(_runtimeFlags, child) {
    this.parent.tell(stateful((parentFiber) => {
      parentFiber.addChild(child), child.addObserver(() => {
        parentFiber.removeChild(child);
      });
    }));
  }
}, unsafeMake5 = (fiber) => new Local(fiber.id(), fiber), globalScope = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/FiberScope/Global"), () => new Global());

// node_modules/effect/dist/esm/internal/fiber.js
var FiberSymbolKey = "effect/Fiber", FiberTypeId = /* @__PURE__ */ Symbol.for(FiberSymbolKey), fiberVariance2 = {
  /* c8 ignore next */
  _E: (_) => _,
  /* c8 ignore next */
  _A: (_) => _
}, fiberProto = {
  [FiberTypeId]: fiberVariance2,
  pipe() {
    return pipeArguments(this, arguments);
  }
}, RuntimeFiberSymbolKey = "effect/Fiber", RuntimeFiberTypeId = /* @__PURE__ */ Symbol.for(RuntimeFiberSymbolKey);
var _await = (self) => self.await;
var inheritAll = (self) => self.inheritAll;
var join2 = (self) => zipLeft(flatten3(self.await), self.inheritAll);
var _never = {
  ...CommitPrototype,
  commit() {
    return join2(this);
  },
  ...fiberProto,
  id: () => none4,
  await: never,
  children: /* @__PURE__ */ succeed([]),
  inheritAll: never,
  poll: /* @__PURE__ */ succeed(/* @__PURE__ */ none2()),
  interruptAsFork: () => never
};
var currentFiberURI = "effect/FiberCurrent", getCurrentFiber = () => fromNullable(globalThis[currentFiberURI]);

// node_modules/effect/dist/esm/internal/logger.js
var LoggerSymbolKey = "effect/Logger", LoggerTypeId = /* @__PURE__ */ Symbol.for(LoggerSymbolKey), loggerVariance = {
  /* c8 ignore next */
  _Message: (_) => _,
  /* c8 ignore next */
  _Output: (_) => _
}, makeLogger = (log2) => ({
  [LoggerTypeId]: loggerVariance,
  log: log2,
  pipe() {
    return pipeArguments(this, arguments);
  }
});
var none6 = {
  [LoggerTypeId]: loggerVariance,
  log: constVoid,
  pipe() {
    return pipeArguments(this, arguments);
  }
};
var textOnly = /^[^\s"=]*$/, format3 = (quoteValue, whitespace) => ({
  annotations: annotations2,
  cause: cause2,
  date,
  fiberId: fiberId2,
  logLevel,
  message,
  spans
}) => {
  let formatValue = (value3) => value3.match(textOnly) ? value3 : quoteValue(value3), format5 = (label, value3) => `${formatLabel(label)}=${formatValue(value3)}`, append5 = (label, value3) => " " + format5(label, value3), out = format5("timestamp", date.toISOString());
  out += append5("level", logLevel.label), out += append5("fiber", threadName(fiberId2));
  let messages = ensure(message);
  for (let i = 0; i < messages.length; i++)
    out += append5("message", toStringUnknown(messages[i], whitespace));
  isEmptyType(cause2) || (out += append5("cause", pretty(cause2, {
    renderErrorCause: !0
  })));
  for (let span2 of spans)
    out += " " + render(date.getTime())(span2);
  for (let [label, value3] of annotations2)
    out += append5(label, toStringUnknown(value3, whitespace));
  return out;
}, escapeDoubleQuotes = (s) => `"${s.replace(/\\([\s\S])|(")/g, "\\$1$2")}"`, stringLogger = /* @__PURE__ */ makeLogger(/* @__PURE__ */ format3(escapeDoubleQuotes));
var colors = {
  bold: "1",
  red: "31",
  green: "32",
  yellow: "33",
  blue: "34",
  cyan: "36",
  white: "37",
  gray: "90",
  black: "30",
  bgBrightRed: "101"
}, logLevelColors = {
  None: [],
  All: [],
  Trace: [colors.gray],
  Debug: [colors.blue],
  Info: [colors.green],
  Warning: [colors.yellow],
  Error: [colors.red],
  Fatal: [colors.bgBrightRed, colors.black]
};
var hasProcessStdout = typeof process == "object" && process !== null && typeof process.stdout == "object" && process.stdout !== null, processStdoutIsTTY = hasProcessStdout && process.stdout.isTTY === !0, hasProcessStdoutOrDeno = hasProcessStdout || "Deno" in globalThis;

// node_modules/effect/dist/esm/internal/metric/boundaries.js
var MetricBoundariesSymbolKey = "effect/MetricBoundaries", MetricBoundariesTypeId = /* @__PURE__ */ Symbol.for(MetricBoundariesSymbolKey), MetricBoundariesImpl = class {
  values;
  [MetricBoundariesTypeId] = MetricBoundariesTypeId;
  constructor(values3) {
    this.values = values3, this._hash = pipe(string(MetricBoundariesSymbolKey), combine(array2(this.values)));
  }
  _hash;
  [symbol]() {
    return this._hash;
  }
  [symbol2](u) {
    return isMetricBoundaries(u) && equals(this.values, u.values);
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
}, isMetricBoundaries = (u) => hasProperty(u, MetricBoundariesTypeId), fromIterable7 = (iterable) => {
  let values3 = pipe(iterable, appendAll(of2(Number.POSITIVE_INFINITY)), dedupe);
  return new MetricBoundariesImpl(values3);
};
var exponential = (options3) => pipe(makeBy(options3.count - 1, (i) => options3.start * Math.pow(options3.factor, i)), unsafeFromArray, fromIterable7);

// node_modules/effect/dist/esm/internal/metric/keyType.js
var MetricKeyTypeSymbolKey = "effect/MetricKeyType", MetricKeyTypeTypeId = /* @__PURE__ */ Symbol.for(MetricKeyTypeSymbolKey), CounterKeyTypeSymbolKey = "effect/MetricKeyType/Counter", CounterKeyTypeTypeId = /* @__PURE__ */ Symbol.for(CounterKeyTypeSymbolKey), FrequencyKeyTypeSymbolKey = "effect/MetricKeyType/Frequency", FrequencyKeyTypeTypeId = /* @__PURE__ */ Symbol.for(FrequencyKeyTypeSymbolKey), GaugeKeyTypeSymbolKey = "effect/MetricKeyType/Gauge", GaugeKeyTypeTypeId = /* @__PURE__ */ Symbol.for(GaugeKeyTypeSymbolKey), HistogramKeyTypeSymbolKey = "effect/MetricKeyType/Histogram", HistogramKeyTypeTypeId = /* @__PURE__ */ Symbol.for(HistogramKeyTypeSymbolKey), SummaryKeyTypeSymbolKey = "effect/MetricKeyType/Summary", SummaryKeyTypeTypeId = /* @__PURE__ */ Symbol.for(SummaryKeyTypeSymbolKey), metricKeyTypeVariance = {
  /* c8 ignore next */
  _In: (_) => _,
  /* c8 ignore next */
  _Out: (_) => _
}, CounterKeyType = class {
  incremental;
  bigint;
  [MetricKeyTypeTypeId] = metricKeyTypeVariance;
  [CounterKeyTypeTypeId] = CounterKeyTypeTypeId;
  constructor(incremental, bigint) {
    this.incremental = incremental, this.bigint = bigint, this._hash = string(CounterKeyTypeSymbolKey);
  }
  _hash;
  [symbol]() {
    return this._hash;
  }
  [symbol2](that) {
    return isCounterKey(that);
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
}, FrequencyKeyTypeHash = /* @__PURE__ */ string(FrequencyKeyTypeSymbolKey), FrequencyKeyType = class {
  preregisteredWords;
  [MetricKeyTypeTypeId] = metricKeyTypeVariance;
  [FrequencyKeyTypeTypeId] = FrequencyKeyTypeTypeId;
  constructor(preregisteredWords) {
    this.preregisteredWords = preregisteredWords;
  }
  [symbol]() {
    return FrequencyKeyTypeHash;
  }
  [symbol2](that) {
    return isFrequencyKey(that);
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
}, GaugeKeyTypeHash = /* @__PURE__ */ string(GaugeKeyTypeSymbolKey), GaugeKeyType = class {
  bigint;
  [MetricKeyTypeTypeId] = metricKeyTypeVariance;
  [GaugeKeyTypeTypeId] = GaugeKeyTypeTypeId;
  constructor(bigint) {
    this.bigint = bigint;
  }
  [symbol]() {
    return GaugeKeyTypeHash;
  }
  [symbol2](that) {
    return isGaugeKey(that);
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
}, HistogramKeyType = class {
  boundaries;
  [MetricKeyTypeTypeId] = metricKeyTypeVariance;
  [HistogramKeyTypeTypeId] = HistogramKeyTypeTypeId;
  constructor(boundaries) {
    this.boundaries = boundaries, this._hash = pipe(string(HistogramKeyTypeSymbolKey), combine(hash(this.boundaries)));
  }
  _hash;
  [symbol]() {
    return this._hash;
  }
  [symbol2](that) {
    return isHistogramKey(that) && equals(this.boundaries, that.boundaries);
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
}, SummaryKeyType = class {
  maxAge;
  maxSize;
  error;
  quantiles;
  [MetricKeyTypeTypeId] = metricKeyTypeVariance;
  [SummaryKeyTypeTypeId] = SummaryKeyTypeTypeId;
  constructor(maxAge, maxSize, error, quantiles) {
    this.maxAge = maxAge, this.maxSize = maxSize, this.error = error, this.quantiles = quantiles, this._hash = pipe(string(SummaryKeyTypeSymbolKey), combine(hash(this.maxAge)), combine(hash(this.maxSize)), combine(hash(this.error)), combine(array2(this.quantiles)));
  }
  _hash;
  [symbol]() {
    return this._hash;
  }
  [symbol2](that) {
    return isSummaryKey(that) && equals(this.maxAge, that.maxAge) && this.maxSize === that.maxSize && this.error === that.error && equals(this.quantiles, that.quantiles);
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
}, counter = (options3) => new CounterKeyType(options3?.incremental ?? !1, options3?.bigint ?? !1);
var histogram = (boundaries) => new HistogramKeyType(boundaries);
var isCounterKey = (u) => hasProperty(u, CounterKeyTypeTypeId), isFrequencyKey = (u) => hasProperty(u, FrequencyKeyTypeTypeId), isGaugeKey = (u) => hasProperty(u, GaugeKeyTypeTypeId), isHistogramKey = (u) => hasProperty(u, HistogramKeyTypeTypeId), isSummaryKey = (u) => hasProperty(u, SummaryKeyTypeTypeId);

// node_modules/effect/dist/esm/internal/metric/key.js
var MetricKeySymbolKey = "effect/MetricKey", MetricKeyTypeId = /* @__PURE__ */ Symbol.for(MetricKeySymbolKey), metricKeyVariance = {
  /* c8 ignore next */
  _Type: (_) => _
}, arrayEquivilence = /* @__PURE__ */ getEquivalence2(equals), MetricKeyImpl = class {
  name;
  keyType;
  description;
  tags;
  [MetricKeyTypeId] = metricKeyVariance;
  constructor(name, keyType, description, tags = []) {
    this.name = name, this.keyType = keyType, this.description = description, this.tags = tags, this._hash = pipe(string(this.name + this.description), combine(hash(this.keyType)), combine(array2(this.tags)));
  }
  _hash;
  [symbol]() {
    return this._hash;
  }
  [symbol2](u) {
    return isMetricKey(u) && this.name === u.name && equals(this.keyType, u.keyType) && equals(this.description, u.description) && arrayEquivilence(this.tags, u.tags);
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
}, isMetricKey = (u) => hasProperty(u, MetricKeyTypeId), counter2 = (name, options3) => new MetricKeyImpl(name, counter(options3), fromNullable(options3?.description));
var histogram2 = (name, boundaries, description) => new MetricKeyImpl(name, histogram(boundaries), fromNullable(description));
var taggedWithLabels = /* @__PURE__ */ dual(2, (self, extraTags) => extraTags.length === 0 ? self : new MetricKeyImpl(self.name, self.keyType, self.description, union(self.tags, extraTags)));

// node_modules/effect/dist/esm/MutableHashMap.js
var TypeId11 = /* @__PURE__ */ Symbol.for("effect/MutableHashMap"), MutableHashMapProto = {
  [TypeId11]: TypeId11,
  [Symbol.iterator]() {
    return new MutableHashMapIterator(this);
  },
  toString() {
    return format(this.toJSON());
  },
  toJSON() {
    return {
      _id: "MutableHashMap",
      values: Array.from(this).map(toJSON)
    };
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
}, MutableHashMapIterator = class _MutableHashMapIterator {
  self;
  referentialIterator;
  bucketIterator;
  constructor(self) {
    this.self = self, this.referentialIterator = self.referential[Symbol.iterator]();
  }
  next() {
    if (this.bucketIterator !== void 0)
      return this.bucketIterator.next();
    let result = this.referentialIterator.next();
    return result.done ? (this.bucketIterator = new BucketIterator(this.self.buckets.values()), this.next()) : result;
  }
  [Symbol.iterator]() {
    return new _MutableHashMapIterator(this.self);
  }
}, BucketIterator = class {
  backing;
  constructor(backing) {
    this.backing = backing;
  }
  currentBucket;
  next() {
    if (this.currentBucket === void 0) {
      let result2 = this.backing.next();
      if (result2.done)
        return result2;
      this.currentBucket = result2.value[Symbol.iterator]();
    }
    let result = this.currentBucket.next();
    return result.done ? (this.currentBucket = void 0, this.next()) : result;
  }
}, empty19 = () => {
  let self = Object.create(MutableHashMapProto);
  return self.referential = /* @__PURE__ */ new Map(), self.buckets = /* @__PURE__ */ new Map(), self.bucketsSize = 0, self;
};
var get13 = /* @__PURE__ */ dual(2, (self, key) => {
  if (isEqual(key) === !1)
    return self.referential.has(key) ? some2(self.referential.get(key)) : none2();
  let hash2 = key[symbol](), bucket = self.buckets.get(hash2);
  return bucket === void 0 ? none2() : getFromBucket(self, bucket, key);
});
var getFromBucket = (self, bucket, key, remove9 = !1) => {
  for (let i = 0, len = bucket.length; i < len; i++)
    if (key[symbol2](bucket[i][0])) {
      let value3 = bucket[i][1];
      return remove9 && (bucket.splice(i, 1), self.bucketsSize--), some2(value3);
    }
  return none2();
}, has5 = /* @__PURE__ */ dual(2, (self, key) => isSome2(get13(self, key))), set5 = /* @__PURE__ */ dual(3, (self, key, value3) => {
  if (isEqual(key) === !1)
    return self.referential.set(key, value3), self;
  let hash2 = key[symbol](), bucket = self.buckets.get(hash2);
  return bucket === void 0 ? (self.buckets.set(hash2, [[key, value3]]), self.bucketsSize++, self) : (removeFromBucket(self, bucket, key), bucket.push([key, value3]), self.bucketsSize++, self);
}), removeFromBucket = (self, bucket, key) => {
  for (let i = 0, len = bucket.length; i < len; i++)
    if (key[symbol2](bucket[i][0])) {
      bucket.splice(i, 1), self.bucketsSize--;
      return;
    }
};

// node_modules/effect/dist/esm/internal/metric/state.js
var MetricStateSymbolKey = "effect/MetricState", MetricStateTypeId = /* @__PURE__ */ Symbol.for(MetricStateSymbolKey), CounterStateSymbolKey = "effect/MetricState/Counter", CounterStateTypeId = /* @__PURE__ */ Symbol.for(CounterStateSymbolKey), FrequencyStateSymbolKey = "effect/MetricState/Frequency", FrequencyStateTypeId = /* @__PURE__ */ Symbol.for(FrequencyStateSymbolKey), GaugeStateSymbolKey = "effect/MetricState/Gauge", GaugeStateTypeId = /* @__PURE__ */ Symbol.for(GaugeStateSymbolKey), HistogramStateSymbolKey = "effect/MetricState/Histogram", HistogramStateTypeId = /* @__PURE__ */ Symbol.for(HistogramStateSymbolKey), SummaryStateSymbolKey = "effect/MetricState/Summary", SummaryStateTypeId = /* @__PURE__ */ Symbol.for(SummaryStateSymbolKey), metricStateVariance = {
  /* c8 ignore next */
  _A: (_) => _
}, CounterState = class {
  count;
  [MetricStateTypeId] = metricStateVariance;
  [CounterStateTypeId] = CounterStateTypeId;
  constructor(count3) {
    this.count = count3;
  }
  [symbol]() {
    return pipe(hash(CounterStateSymbolKey), combine(hash(this.count)), cached(this));
  }
  [symbol2](that) {
    return isCounterState(that) && this.count === that.count;
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
}, arrayEquals = /* @__PURE__ */ getEquivalence2(equals), FrequencyState = class {
  occurrences;
  [MetricStateTypeId] = metricStateVariance;
  [FrequencyStateTypeId] = FrequencyStateTypeId;
  constructor(occurrences) {
    this.occurrences = occurrences;
  }
  _hash;
  [symbol]() {
    return pipe(string(FrequencyStateSymbolKey), combine(array2(fromIterable(this.occurrences.entries()))), cached(this));
  }
  [symbol2](that) {
    return isFrequencyState(that) && arrayEquals(fromIterable(this.occurrences.entries()), fromIterable(that.occurrences.entries()));
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
}, GaugeState = class {
  value;
  [MetricStateTypeId] = metricStateVariance;
  [GaugeStateTypeId] = GaugeStateTypeId;
  constructor(value3) {
    this.value = value3;
  }
  [symbol]() {
    return pipe(hash(GaugeStateSymbolKey), combine(hash(this.value)), cached(this));
  }
  [symbol2](u) {
    return isGaugeState(u) && this.value === u.value;
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
}, HistogramState = class {
  buckets;
  count;
  min;
  max;
  sum;
  [MetricStateTypeId] = metricStateVariance;
  [HistogramStateTypeId] = HistogramStateTypeId;
  constructor(buckets, count3, min4, max6, sum3) {
    this.buckets = buckets, this.count = count3, this.min = min4, this.max = max6, this.sum = sum3;
  }
  [symbol]() {
    return pipe(hash(HistogramStateSymbolKey), combine(hash(this.buckets)), combine(hash(this.count)), combine(hash(this.min)), combine(hash(this.max)), combine(hash(this.sum)), cached(this));
  }
  [symbol2](that) {
    return isHistogramState(that) && equals(this.buckets, that.buckets) && this.count === that.count && this.min === that.min && this.max === that.max && this.sum === that.sum;
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
}, SummaryState = class {
  error;
  quantiles;
  count;
  min;
  max;
  sum;
  [MetricStateTypeId] = metricStateVariance;
  [SummaryStateTypeId] = SummaryStateTypeId;
  constructor(error, quantiles, count3, min4, max6, sum3) {
    this.error = error, this.quantiles = quantiles, this.count = count3, this.min = min4, this.max = max6, this.sum = sum3;
  }
  [symbol]() {
    return pipe(hash(SummaryStateSymbolKey), combine(hash(this.error)), combine(hash(this.quantiles)), combine(hash(this.count)), combine(hash(this.min)), combine(hash(this.max)), combine(hash(this.sum)), cached(this));
  }
  [symbol2](that) {
    return isSummaryState(that) && this.error === that.error && equals(this.quantiles, that.quantiles) && this.count === that.count && this.min === that.min && this.max === that.max && this.sum === that.sum;
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
}, counter3 = (count3) => new CounterState(count3), frequency2 = (occurrences) => new FrequencyState(occurrences), gauge2 = (count3) => new GaugeState(count3), histogram3 = (options3) => new HistogramState(options3.buckets, options3.count, options3.min, options3.max, options3.sum), summary2 = (options3) => new SummaryState(options3.error, options3.quantiles, options3.count, options3.min, options3.max, options3.sum);
var isCounterState = (u) => hasProperty(u, CounterStateTypeId), isFrequencyState = (u) => hasProperty(u, FrequencyStateTypeId), isGaugeState = (u) => hasProperty(u, GaugeStateTypeId), isHistogramState = (u) => hasProperty(u, HistogramStateTypeId), isSummaryState = (u) => hasProperty(u, SummaryStateTypeId);

// node_modules/effect/dist/esm/internal/metric/hook.js
var MetricHookSymbolKey = "effect/MetricHook", MetricHookTypeId = /* @__PURE__ */ Symbol.for(MetricHookSymbolKey), metricHookVariance = {
  /* c8 ignore next */
  _In: (_) => _,
  /* c8 ignore next */
  _Out: (_) => _
}, make27 = (options3) => ({
  [MetricHookTypeId]: metricHookVariance,
  pipe() {
    return pipeArguments(this, arguments);
  },
  ...options3
});
var bigint03 = /* @__PURE__ */ BigInt(0), counter4 = (key) => {
  let sum3 = key.keyType.bigint ? bigint03 : 0, canUpdate = key.keyType.incremental ? key.keyType.bigint ? (value3) => value3 >= bigint03 : (value3) => value3 >= 0 : (_value) => !0, update5 = (value3) => {
    canUpdate(value3) && (sum3 = sum3 + value3);
  };
  return make27({
    get: () => counter3(sum3),
    update: update5,
    modify: update5
  });
}, frequency3 = (key) => {
  let values3 = /* @__PURE__ */ new Map();
  for (let word of key.keyType.preregisteredWords)
    values3.set(word, 0);
  let update5 = (word) => {
    let slotCount = values3.get(word) ?? 0;
    values3.set(word, slotCount + 1);
  };
  return make27({
    get: () => frequency2(values3),
    update: update5,
    modify: update5
  });
}, gauge3 = (_key, startAt) => {
  let value3 = startAt;
  return make27({
    get: () => gauge2(value3),
    update: (v) => {
      value3 = v;
    },
    modify: (v) => {
      value3 = value3 + v;
    }
  });
}, histogram4 = (key) => {
  let bounds = key.keyType.boundaries.values, size11 = bounds.length, values3 = new Uint32Array(size11 + 1), boundaries = new Float64Array(size11), count3 = 0, sum3 = 0, min4 = Number.MAX_VALUE, max6 = Number.MIN_VALUE;
  pipe(bounds, sort(Order), map4((n, i) => {
    boundaries[i] = n;
  }));
  let update5 = (value3) => {
    let from = 0, to = size11;
    for (; from !== to; ) {
      let mid = Math.floor(from + (to - from) / 2), boundary = boundaries[mid];
      value3 <= boundary ? to = mid : from = mid, to === from + 1 && (value3 <= boundaries[from] ? to = from : from = to);
    }
    values3[from] = values3[from] + 1, count3 = count3 + 1, sum3 = sum3 + value3, value3 < min4 && (min4 = value3), value3 > max6 && (max6 = value3);
  }, getBuckets = () => {
    let builder = allocate(size11), cumulated = 0;
    for (let i = 0; i < size11; i++) {
      let boundary = boundaries[i], value3 = values3[i];
      cumulated = cumulated + value3, builder[i] = [boundary, cumulated];
    }
    return builder;
  };
  return make27({
    get: () => histogram3({
      buckets: getBuckets(),
      count: count3,
      min: min4,
      max: max6,
      sum: sum3
    }),
    update: update5,
    modify: update5
  });
}, summary3 = (key) => {
  let {
    error,
    maxAge,
    maxSize,
    quantiles
  } = key.keyType, sortedQuantiles = pipe(quantiles, sort(Order)), values3 = allocate(maxSize), head7 = 0, count3 = 0, sum3 = 0, min4 = 0, max6 = 0, snapshot = (now2) => {
    let builder = [], i = 0;
    for (; i !== maxSize - 1; ) {
      let item = values3[i];
      if (item != null) {
        let [t, v] = item, age = millis(now2 - t);
        greaterThanOrEqualTo(age, zero) && lessThanOrEqualTo(age, maxAge) && builder.push(v);
      }
      i = i + 1;
    }
    return calculateQuantiles(error, sortedQuantiles, sort(builder, Order));
  }, observe = (value3, timestamp) => {
    if (maxSize > 0) {
      head7 = head7 + 1;
      let target = head7 % maxSize;
      values3[target] = [timestamp, value3];
    }
    min4 = count3 === 0 ? value3 : Math.min(min4, value3), max6 = count3 === 0 ? value3 : Math.max(max6, value3), count3 = count3 + 1, sum3 = sum3 + value3;
  };
  return make27({
    get: () => summary2({
      error,
      quantiles: snapshot(Date.now()),
      count: count3,
      min: min4,
      max: max6,
      sum: sum3
    }),
    update: ([value3, timestamp]) => observe(value3, timestamp),
    modify: ([value3, timestamp]) => observe(value3, timestamp)
  });
}, calculateQuantiles = (error, sortedQuantiles, sortedSamples) => {
  let sampleCount = sortedSamples.length;
  if (!isNonEmptyReadonlyArray(sortedQuantiles))
    return empty();
  let head7 = sortedQuantiles[0], tail = sortedQuantiles.slice(1), resolvedHead = resolveQuantile(error, sampleCount, none2(), 0, head7, sortedSamples), resolved = of(resolvedHead);
  return tail.forEach((quantile) => {
    resolved.push(resolveQuantile(error, sampleCount, resolvedHead.value, resolvedHead.consumed, quantile, resolvedHead.rest));
  }), map4(resolved, (rq) => [rq.quantile, rq.value]);
}, resolveQuantile = (error, sampleCount, current2, consumed, quantile, rest) => {
  let error_1 = error, sampleCount_1 = sampleCount, current_1 = current2, consumed_1 = consumed, quantile_1 = quantile, rest_1 = rest, error_2 = error, sampleCount_2 = sampleCount, current_2 = current2, consumed_2 = consumed, quantile_2 = quantile, rest_2 = rest;
  for (; ; ) {
    if (!isNonEmptyReadonlyArray(rest_1))
      return {
        quantile: quantile_1,
        value: none2(),
        consumed: consumed_1,
        rest: []
      };
    if (quantile_1 === 1)
      return {
        quantile: quantile_1,
        value: some2(lastNonEmpty(rest_1)),
        consumed: consumed_1 + rest_1.length,
        rest: []
      };
    let headValue = headNonEmpty(rest_1), sameHead = span(rest_1, (n) => n === headValue), desired = quantile_1 * sampleCount_1, allowedError = error_1 / 2 * desired, candConsumed = consumed_1 + sameHead[0].length, candError = Math.abs(candConsumed - desired);
    if (candConsumed < desired - allowedError) {
      error_2 = error_1, sampleCount_2 = sampleCount_1, current_2 = head(rest_1), consumed_2 = candConsumed, quantile_2 = quantile_1, rest_2 = sameHead[1], error_1 = error_2, sampleCount_1 = sampleCount_2, current_1 = current_2, consumed_1 = consumed_2, quantile_1 = quantile_2, rest_1 = rest_2;
      continue;
    }
    if (candConsumed > desired + allowedError) {
      let valueToReturn = isNone2(current_1) ? some2(headValue) : current_1;
      return {
        quantile: quantile_1,
        value: valueToReturn,
        consumed: consumed_1,
        rest: rest_1
      };
    }
    switch (current_1._tag) {
      case "None": {
        error_2 = error_1, sampleCount_2 = sampleCount_1, current_2 = head(rest_1), consumed_2 = candConsumed, quantile_2 = quantile_1, rest_2 = sameHead[1], error_1 = error_2, sampleCount_1 = sampleCount_2, current_1 = current_2, consumed_1 = consumed_2, quantile_1 = quantile_2, rest_1 = rest_2;
        continue;
      }
      case "Some": {
        let prevError = Math.abs(desired - current_1.value);
        if (candError < prevError) {
          error_2 = error_1, sampleCount_2 = sampleCount_1, current_2 = head(rest_1), consumed_2 = candConsumed, quantile_2 = quantile_1, rest_2 = sameHead[1], error_1 = error_2, sampleCount_1 = sampleCount_2, current_1 = current_2, consumed_1 = consumed_2, quantile_1 = quantile_2, rest_1 = rest_2;
          continue;
        }
        return {
          quantile: quantile_1,
          value: some2(current_1.value),
          consumed: consumed_1,
          rest: rest_1
        };
      }
    }
  }
  throw new Error("BUG: MetricHook.resolveQuantiles - please report an issue at https://github.com/Effect-TS/effect/issues");
};

// node_modules/effect/dist/esm/internal/metric/pair.js
var MetricPairSymbolKey = "effect/MetricPair", MetricPairTypeId = /* @__PURE__ */ Symbol.for(MetricPairSymbolKey), metricPairVariance = {
  /* c8 ignore next */
  _Type: (_) => _
};
var unsafeMake6 = (metricKey, metricState) => ({
  [MetricPairTypeId]: metricPairVariance,
  metricKey,
  metricState,
  pipe() {
    return pipeArguments(this, arguments);
  }
});

// node_modules/effect/dist/esm/internal/metric/registry.js
var MetricRegistrySymbolKey = "effect/MetricRegistry", MetricRegistryTypeId = /* @__PURE__ */ Symbol.for(MetricRegistrySymbolKey), MetricRegistryImpl = class {
  [MetricRegistryTypeId] = MetricRegistryTypeId;
  map = /* @__PURE__ */ empty19();
  snapshot() {
    let result = [];
    for (let [key, hook] of this.map)
      result.push(unsafeMake6(key, hook.get()));
    return result;
  }
  get(key) {
    let hook = pipe(this.map, get13(key), getOrUndefined2);
    if (hook == null) {
      if (isCounterKey(key.keyType))
        return this.getCounter(key);
      if (isGaugeKey(key.keyType))
        return this.getGauge(key);
      if (isFrequencyKey(key.keyType))
        return this.getFrequency(key);
      if (isHistogramKey(key.keyType))
        return this.getHistogram(key);
      if (isSummaryKey(key.keyType))
        return this.getSummary(key);
      throw new Error("BUG: MetricRegistry.get - unknown MetricKeyType - please report an issue at https://github.com/Effect-TS/effect/issues");
    } else
      return hook;
  }
  getCounter(key) {
    let value3 = pipe(this.map, get13(key), getOrUndefined2);
    if (value3 == null) {
      let counter6 = counter4(key);
      pipe(this.map, has5(key)) || pipe(this.map, set5(key, counter6)), value3 = counter6;
    }
    return value3;
  }
  getFrequency(key) {
    let value3 = pipe(this.map, get13(key), getOrUndefined2);
    if (value3 == null) {
      let frequency5 = frequency3(key);
      pipe(this.map, has5(key)) || pipe(this.map, set5(key, frequency5)), value3 = frequency5;
    }
    return value3;
  }
  getGauge(key) {
    let value3 = pipe(this.map, get13(key), getOrUndefined2);
    if (value3 == null) {
      let gauge5 = gauge3(key, key.keyType.bigint ? BigInt(0) : 0);
      pipe(this.map, has5(key)) || pipe(this.map, set5(key, gauge5)), value3 = gauge5;
    }
    return value3;
  }
  getHistogram(key) {
    let value3 = pipe(this.map, get13(key), getOrUndefined2);
    if (value3 == null) {
      let histogram6 = histogram4(key);
      pipe(this.map, has5(key)) || pipe(this.map, set5(key, histogram6)), value3 = histogram6;
    }
    return value3;
  }
  getSummary(key) {
    let value3 = pipe(this.map, get13(key), getOrUndefined2);
    if (value3 == null) {
      let summary5 = summary3(key);
      pipe(this.map, has5(key)) || pipe(this.map, set5(key, summary5)), value3 = summary5;
    }
    return value3;
  }
}, make28 = () => new MetricRegistryImpl();

// node_modules/effect/dist/esm/internal/metric.js
var MetricSymbolKey = "effect/Metric", MetricTypeId = /* @__PURE__ */ Symbol.for(MetricSymbolKey), metricVariance = {
  /* c8 ignore next */
  _Type: (_) => _,
  /* c8 ignore next */
  _In: (_) => _,
  /* c8 ignore next */
  _Out: (_) => _
}, globalMetricRegistry = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/Metric/globalMetricRegistry"), () => make28()), make29 = function(keyType, unsafeUpdate, unsafeValue, unsafeModify) {
  let metric = Object.assign((effect3) => tap(effect3, (a) => update4(metric, a)), {
    [MetricTypeId]: metricVariance,
    keyType,
    unsafeUpdate,
    unsafeValue,
    unsafeModify,
    register() {
      return this.unsafeValue([]), this;
    },
    pipe() {
      return pipeArguments(this, arguments);
    }
  });
  return metric;
};
var counter5 = (name, options3) => fromMetricKey(counter2(name, options3));
var fromMetricKey = (key) => {
  let untaggedHook, hookCache = /* @__PURE__ */ new WeakMap(), hook = (extraTags) => {
    if (extraTags.length === 0)
      return untaggedHook !== void 0 || (untaggedHook = globalMetricRegistry.get(key)), untaggedHook;
    let hook2 = hookCache.get(extraTags);
    return hook2 !== void 0 || (hook2 = globalMetricRegistry.get(taggedWithLabels(key, extraTags)), hookCache.set(extraTags, hook2)), hook2;
  };
  return make29(key.keyType, (input, extraTags) => hook(extraTags).update(input), (extraTags) => hook(extraTags).get(), (input, extraTags) => hook(extraTags).modify(input));
};
var histogram5 = (name, boundaries, description) => fromMetricKey(histogram2(name, boundaries, description));
var tagged = /* @__PURE__ */ dual(3, (self, key, value3) => taggedWithLabels2(self, [make26(key, value3)]));
var taggedWithLabels2 = /* @__PURE__ */ dual(2, (self, extraTags) => make29(self.keyType, (input, extraTags1) => self.unsafeUpdate(input, union(extraTags, extraTags1)), (extraTags1) => self.unsafeValue(union(extraTags, extraTags1)), (input, extraTags1) => self.unsafeModify(input, union(extraTags, extraTags1))));
var update4 = /* @__PURE__ */ dual(2, (self, input) => fiberRefGetWith(currentMetricLabels, (tags) => sync(() => self.unsafeUpdate(input, tags))));

// node_modules/effect/dist/esm/internal/request.js
var RequestSymbolKey = "effect/Request", RequestTypeId = /* @__PURE__ */ Symbol.for(RequestSymbolKey), requestVariance = {
  /* c8 ignore next */
  _E: (_) => _,
  /* c8 ignore next */
  _A: (_) => _
}, RequestPrototype = {
  ...StructuralPrototype,
  [RequestTypeId]: requestVariance
};
var complete = /* @__PURE__ */ dual(2, (self, result) => fiberRefGetWith(currentRequestMap, (map22) => sync(() => {
  if (map22.has(self)) {
    let entry = map22.get(self);
    entry.state.completed || (entry.state.completed = !0, deferredUnsafeDone(entry.result, result));
  }
})));

// node_modules/effect/dist/esm/internal/redBlackTree/iterator.js
var Direction = {
  Forward: 0,
  Backward: 1
}, RedBlackTreeIterator = class _RedBlackTreeIterator {
  self;
  stack;
  direction;
  count = 0;
  constructor(self, stack, direction) {
    this.self = self, this.stack = stack, this.direction = direction;
  }
  /**
   * Clones the iterator
   */
  clone() {
    return new _RedBlackTreeIterator(this.self, this.stack.slice(), this.direction);
  }
  /**
   * Reverse the traversal direction
   */
  reversed() {
    return new _RedBlackTreeIterator(this.self, this.stack.slice(), this.direction === Direction.Forward ? Direction.Backward : Direction.Forward);
  }
  /**
   * Iterator next
   */
  next() {
    let entry = this.entry;
    switch (this.count++, this.direction === Direction.Forward ? this.moveNext() : this.movePrev(), entry._tag) {
      case "None":
        return {
          done: !0,
          value: this.count
        };
      case "Some":
        return {
          done: !1,
          value: entry.value
        };
    }
  }
  /**
   * Returns the key
   */
  get key() {
    return this.stack.length > 0 ? some2(this.stack[this.stack.length - 1].key) : none2();
  }
  /**
   * Returns the value
   */
  get value() {
    return this.stack.length > 0 ? some2(this.stack[this.stack.length - 1].value) : none2();
  }
  /**
   * Returns the key
   */
  get entry() {
    return map2(last(this.stack), (node) => [node.key, node.value]);
  }
  /**
   * Returns the position of this iterator in the sorted list
   */
  get index() {
    let idx = 0, stack = this.stack;
    if (stack.length === 0) {
      let r = this.self._root;
      return r != null ? r.count : 0;
    } else stack[stack.length - 1].left != null && (idx = stack[stack.length - 1].left.count);
    for (let s = stack.length - 2; s >= 0; --s)
      stack[s + 1] === stack[s].right && (++idx, stack[s].left != null && (idx += stack[s].left.count));
    return idx;
  }
  /**
   * Advances iterator to next element in list
   */
  moveNext() {
    let stack = this.stack;
    if (stack.length === 0)
      return;
    let n = stack[stack.length - 1];
    if (n.right != null)
      for (n = n.right; n != null; )
        stack.push(n), n = n.left;
    else
      for (stack.pop(); stack.length > 0 && stack[stack.length - 1].right === n; )
        n = stack[stack.length - 1], stack.pop();
  }
  /**
   * Checks if there is a next element
   */
  get hasNext() {
    let stack = this.stack;
    if (stack.length === 0)
      return !1;
    if (stack[stack.length - 1].right != null)
      return !0;
    for (let s = stack.length - 1; s > 0; --s)
      if (stack[s - 1].left === stack[s])
        return !0;
    return !1;
  }
  /**
   * Advances iterator to previous element in list
   */
  movePrev() {
    let stack = this.stack;
    if (stack.length === 0)
      return;
    let n = stack[stack.length - 1];
    if (n != null && n.left != null)
      for (n = n.left; n != null; )
        stack.push(n), n = n.right;
    else
      for (stack.pop(); stack.length > 0 && stack[stack.length - 1].left === n; )
        n = stack[stack.length - 1], stack.pop();
  }
  /**
   * Checks if there is a previous element
   */
  get hasPrev() {
    let stack = this.stack;
    if (stack.length === 0)
      return !1;
    if (stack[stack.length - 1].left != null)
      return !0;
    for (let s = stack.length - 1; s > 0; --s)
      if (stack[s - 1].right === stack[s])
        return !0;
    return !1;
  }
};

// node_modules/effect/dist/esm/internal/redBlackTree/node.js
var Color = {
  Red: 0,
  Black: 1
}, clone = ({
  color,
  count: count3,
  key,
  left: left3,
  right: right3,
  value: value3
}) => ({
  color,
  key,
  value: value3,
  left: left3,
  right: right3,
  count: count3
});
function swap2(n, v) {
  n.key = v.key, n.value = v.value, n.left = v.left, n.right = v.right, n.color = v.color, n.count = v.count;
}
var repaint = ({
  count: count3,
  key,
  left: left3,
  right: right3,
  value: value3
}, color) => ({
  color,
  key,
  value: value3,
  left: left3,
  right: right3,
  count: count3
}), recount = (node) => {
  node.count = 1 + (node.left?.count ?? 0) + (node.right?.count ?? 0);
};

// node_modules/effect/dist/esm/internal/redBlackTree.js
var RedBlackTreeSymbolKey = "effect/RedBlackTree", RedBlackTreeTypeId = /* @__PURE__ */ Symbol.for(RedBlackTreeSymbolKey), redBlackTreeVariance = {
  /* c8 ignore next */
  _Key: (_) => _,
  /* c8 ignore next */
  _Value: (_) => _
}, RedBlackTreeProto = {
  [RedBlackTreeTypeId]: redBlackTreeVariance,
  [symbol]() {
    let hash2 = hash(RedBlackTreeSymbolKey);
    for (let item of this)
      hash2 ^= pipe(hash(item[0]), combine(hash(item[1])));
    return cached(this, hash2);
  },
  [symbol2](that) {
    if (isRedBlackTree(that)) {
      if ((this._root?.count ?? 0) !== (that._root?.count ?? 0))
        return !1;
      let entries2 = Array.from(that);
      return Array.from(this).every((itemSelf, i) => {
        let itemThat = entries2[i];
        return equals(itemSelf[0], itemThat[0]) && equals(itemSelf[1], itemThat[1]);
      });
    }
    return !1;
  },
  [Symbol.iterator]() {
    let stack = [], n = this._root;
    for (; n != null; )
      stack.push(n), n = n.left;
    return new RedBlackTreeIterator(this, stack, Direction.Forward);
  },
  toString() {
    return format(this.toJSON());
  },
  toJSON() {
    return {
      _id: "RedBlackTree",
      values: Array.from(this).map(toJSON)
    };
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
}, makeImpl3 = (ord, root) => {
  let tree = Object.create(RedBlackTreeProto);
  return tree._ord = ord, tree._root = root, tree;
}, isRedBlackTree = (u) => hasProperty(u, RedBlackTreeTypeId);
var findFirst3 = /* @__PURE__ */ dual(2, (self, key) => {
  let cmp = self._ord, node = self._root;
  for (; node !== void 0; ) {
    let d = cmp(key, node.key);
    if (equals(key, node.key))
      return some2(node.value);
    d <= 0 ? node = node.left : node = node.right;
  }
  return none2();
});
var has6 = /* @__PURE__ */ dual(2, (self, key) => isSome2(findFirst3(self, key))), insert = /* @__PURE__ */ dual(3, (self, key, value3) => {
  let cmp = self._ord, n = self._root, n_stack = [], d_stack = [];
  for (; n != null; ) {
    let d = cmp(key, n.key);
    n_stack.push(n), d_stack.push(d), d <= 0 ? n = n.left : n = n.right;
  }
  n_stack.push({
    color: Color.Red,
    key,
    value: value3,
    left: void 0,
    right: void 0,
    count: 1
  });
  for (let s = n_stack.length - 2; s >= 0; --s) {
    let n2 = n_stack[s];
    d_stack[s] <= 0 ? n_stack[s] = {
      color: n2.color,
      key: n2.key,
      value: n2.value,
      left: n_stack[s + 1],
      right: n2.right,
      count: n2.count + 1
    } : n_stack[s] = {
      color: n2.color,
      key: n2.key,
      value: n2.value,
      left: n2.left,
      right: n_stack[s + 1],
      count: n2.count + 1
    };
  }
  for (let s = n_stack.length - 1; s > 1; --s) {
    let p = n_stack[s - 1], n3 = n_stack[s];
    if (p.color === Color.Black || n3.color === Color.Black)
      break;
    let pp = n_stack[s - 2];
    if (pp.left === p)
      if (p.left === n3) {
        let y = pp.right;
        if (y && y.color === Color.Red)
          p.color = Color.Black, pp.right = repaint(y, Color.Black), pp.color = Color.Red, s -= 1;
        else {
          if (pp.color = Color.Red, pp.left = p.right, p.color = Color.Black, p.right = pp, n_stack[s - 2] = p, n_stack[s - 1] = n3, recount(pp), recount(p), s >= 3) {
            let ppp = n_stack[s - 3];
            ppp.left === pp ? ppp.left = p : ppp.right = p;
          }
          break;
        }
      } else {
        let y = pp.right;
        if (y && y.color === Color.Red)
          p.color = Color.Black, pp.right = repaint(y, Color.Black), pp.color = Color.Red, s -= 1;
        else {
          if (p.right = n3.left, pp.color = Color.Red, pp.left = n3.right, n3.color = Color.Black, n3.left = p, n3.right = pp, n_stack[s - 2] = n3, n_stack[s - 1] = p, recount(pp), recount(p), recount(n3), s >= 3) {
            let ppp = n_stack[s - 3];
            ppp.left === pp ? ppp.left = n3 : ppp.right = n3;
          }
          break;
        }
      }
    else if (p.right === n3) {
      let y = pp.left;
      if (y && y.color === Color.Red)
        p.color = Color.Black, pp.left = repaint(y, Color.Black), pp.color = Color.Red, s -= 1;
      else {
        if (pp.color = Color.Red, pp.right = p.left, p.color = Color.Black, p.left = pp, n_stack[s - 2] = p, n_stack[s - 1] = n3, recount(pp), recount(p), s >= 3) {
          let ppp = n_stack[s - 3];
          ppp.right === pp ? ppp.right = p : ppp.left = p;
        }
        break;
      }
    } else {
      let y = pp.left;
      if (y && y.color === Color.Red)
        p.color = Color.Black, pp.left = repaint(y, Color.Black), pp.color = Color.Red, s -= 1;
      else {
        if (p.left = n3.right, pp.color = Color.Red, pp.right = n3.left, n3.color = Color.Black, n3.right = p, n3.left = pp, n_stack[s - 2] = n3, n_stack[s - 1] = p, recount(pp), recount(p), recount(n3), s >= 3) {
          let ppp = n_stack[s - 3];
          ppp.right === pp ? ppp.right = n3 : ppp.left = n3;
        }
        break;
      }
    }
  }
  return n_stack[0].color = Color.Black, makeImpl3(self._ord, n_stack[0]);
}), keysForward = (self) => keys4(self, Direction.Forward);
var keys4 = (self, direction) => {
  let begin = self[Symbol.iterator](), count3 = 0;
  return {
    [Symbol.iterator]: () => keys4(self, direction),
    next: () => {
      count3++;
      let entry = begin.key;
      switch (direction === Direction.Forward ? begin.moveNext() : begin.movePrev(), entry._tag) {
        case "None":
          return {
            done: !0,
            value: count3
          };
        case "Some":
          return {
            done: !1,
            value: entry.value
          };
      }
    }
  };
};
var removeFirst = /* @__PURE__ */ dual(2, (self, key) => {
  if (!has6(self, key))
    return self;
  let ord = self._ord, cmp = ord, node = self._root, stack = [];
  for (; node !== void 0; ) {
    let d = cmp(key, node.key);
    stack.push(node), equals(key, node.key) ? node = void 0 : d <= 0 ? node = node.left : node = node.right;
  }
  if (stack.length === 0)
    return self;
  let cstack = new Array(stack.length), n = stack[stack.length - 1];
  cstack[cstack.length - 1] = {
    color: n.color,
    key: n.key,
    value: n.value,
    left: n.left,
    right: n.right,
    count: n.count
  };
  for (let i = stack.length - 2; i >= 0; --i)
    n = stack[i], n.left === stack[i + 1] ? cstack[i] = {
      color: n.color,
      key: n.key,
      value: n.value,
      left: cstack[i + 1],
      right: n.right,
      count: n.count
    } : cstack[i] = {
      color: n.color,
      key: n.key,
      value: n.value,
      left: n.left,
      right: cstack[i + 1],
      count: n.count
    };
  if (n = cstack[cstack.length - 1], n.left !== void 0 && n.right !== void 0) {
    let split2 = cstack.length;
    for (n = n.left; n.right != null; )
      cstack.push(n), n = n.right;
    let v = cstack[split2 - 1];
    cstack.push({
      color: n.color,
      key: v.key,
      value: v.value,
      left: n.left,
      right: n.right,
      count: n.count
    }), cstack[split2 - 1].key = n.key, cstack[split2 - 1].value = n.value;
    for (let i = cstack.length - 2; i >= split2; --i)
      n = cstack[i], cstack[i] = {
        color: n.color,
        key: n.key,
        value: n.value,
        left: n.left,
        right: cstack[i + 1],
        count: n.count
      };
    cstack[split2 - 1].left = cstack[split2];
  }
  if (n = cstack[cstack.length - 1], n.color === Color.Red) {
    let p = cstack[cstack.length - 2];
    p.left === n ? p.left = void 0 : p.right === n && (p.right = void 0), cstack.pop();
    for (let i = 0; i < cstack.length; ++i)
      cstack[i].count--;
    return makeImpl3(ord, cstack[0]);
  } else if (n.left !== void 0 || n.right !== void 0) {
    n.left !== void 0 ? swap2(n, n.left) : n.right !== void 0 && swap2(n, n.right), n.color = Color.Black;
    for (let i = 0; i < cstack.length - 1; ++i)
      cstack[i].count--;
    return makeImpl3(ord, cstack[0]);
  } else {
    if (cstack.length === 1)
      return makeImpl3(ord, void 0);
    {
      for (let i = 0; i < cstack.length; ++i)
        cstack[i].count--;
      let parent = cstack[cstack.length - 2];
      fixDoubleBlack(cstack), parent.left === n ? parent.left = void 0 : parent.right = void 0;
    }
  }
  return makeImpl3(ord, cstack[0]);
});
var fixDoubleBlack = (stack) => {
  let n, p, s, z;
  for (let i = stack.length - 1; i >= 0; --i) {
    if (n = stack[i], i === 0) {
      n.color = Color.Black;
      return;
    }
    if (p = stack[i - 1], p.left === n) {
      if (s = p.right, s !== void 0 && s.right !== void 0 && s.right.color === Color.Red) {
        if (s = p.right = clone(s), z = s.right = clone(s.right), p.right = s.left, s.left = p, s.right = z, s.color = p.color, n.color = Color.Black, p.color = Color.Black, z.color = Color.Black, recount(p), recount(s), i > 1) {
          let pp = stack[i - 2];
          pp.left === p ? pp.left = s : pp.right = s;
        }
        stack[i - 1] = s;
        return;
      } else if (s !== void 0 && s.left !== void 0 && s.left.color === Color.Red) {
        if (s = p.right = clone(s), z = s.left = clone(s.left), p.right = z.left, s.left = z.right, z.left = p, z.right = s, z.color = p.color, p.color = Color.Black, s.color = Color.Black, n.color = Color.Black, recount(p), recount(s), recount(z), i > 1) {
          let pp = stack[i - 2];
          pp.left === p ? pp.left = z : pp.right = z;
        }
        stack[i - 1] = z;
        return;
      }
      if (s !== void 0 && s.color === Color.Black)
        if (p.color === Color.Red) {
          p.color = Color.Black, p.right = repaint(s, Color.Red);
          return;
        } else {
          p.right = repaint(s, Color.Red);
          continue;
        }
      else if (s !== void 0) {
        if (s = clone(s), p.right = s.left, s.left = p, s.color = p.color, p.color = Color.Red, recount(p), recount(s), i > 1) {
          let pp = stack[i - 2];
          pp.left === p ? pp.left = s : pp.right = s;
        }
        stack[i - 1] = s, stack[i] = p, i + 1 < stack.length ? stack[i + 1] = n : stack.push(n), i = i + 2;
      }
    } else {
      if (s = p.left, s !== void 0 && s.left !== void 0 && s.left.color === Color.Red) {
        if (s = p.left = clone(s), z = s.left = clone(s.left), p.left = s.right, s.right = p, s.left = z, s.color = p.color, n.color = Color.Black, p.color = Color.Black, z.color = Color.Black, recount(p), recount(s), i > 1) {
          let pp = stack[i - 2];
          pp.right === p ? pp.right = s : pp.left = s;
        }
        stack[i - 1] = s;
        return;
      } else if (s !== void 0 && s.right !== void 0 && s.right.color === Color.Red) {
        if (s = p.left = clone(s), z = s.right = clone(s.right), p.left = z.right, s.right = z.left, z.right = p, z.left = s, z.color = p.color, p.color = Color.Black, s.color = Color.Black, n.color = Color.Black, recount(p), recount(s), recount(z), i > 1) {
          let pp = stack[i - 2];
          pp.right === p ? pp.right = z : pp.left = z;
        }
        stack[i - 1] = z;
        return;
      }
      if (s !== void 0 && s.color === Color.Black)
        if (p.color === Color.Red) {
          p.color = Color.Black, p.left = repaint(s, Color.Red);
          return;
        } else {
          p.left = repaint(s, Color.Red);
          continue;
        }
      else if (s !== void 0) {
        if (s = clone(s), p.left = s.right, s.right = p, s.color = p.color, p.color = Color.Red, recount(p), recount(s), i > 1) {
          let pp = stack[i - 2];
          pp.right === p ? pp.right = s : pp.left = s;
        }
        stack[i - 1] = s, stack[i] = p, i + 1 < stack.length ? stack[i + 1] = n : stack.push(n), i = i + 2;
      }
    }
  }
};

// node_modules/effect/dist/esm/RedBlackTree.js
var has7 = has6, insert2 = insert, keys5 = keysForward;
var removeFirst2 = removeFirst;

// node_modules/effect/dist/esm/SortedSet.js
var TypeId12 = /* @__PURE__ */ Symbol.for("effect/SortedSet"), SortedSetProto = {
  [TypeId12]: {
    _A: (_) => _
  },
  [symbol]() {
    return pipe(hash(this.keyTree), combine(hash(TypeId12)), cached(this));
  },
  [symbol2](that) {
    return isSortedSet(that) && equals(this.keyTree, that.keyTree);
  },
  [Symbol.iterator]() {
    return keys5(this.keyTree);
  },
  toString() {
    return format(this.toJSON());
  },
  toJSON() {
    return {
      _id: "SortedSet",
      values: Array.from(this).map(toJSON)
    };
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
}, fromTree = (keyTree) => {
  let a = Object.create(SortedSetProto);
  return a.keyTree = keyTree, a;
}, isSortedSet = (u) => hasProperty(u, TypeId12);
var add5 = /* @__PURE__ */ dual(2, (self, value3) => has7(self.keyTree, value3) ? self : fromTree(insert2(self.keyTree, value3, !0)));
var remove5 = /* @__PURE__ */ dual(2, (self, value3) => fromTree(removeFirst2(self.keyTree, value3)));

// node_modules/effect/dist/esm/internal/supervisor.js
var SupervisorSymbolKey = "effect/Supervisor", SupervisorTypeId = /* @__PURE__ */ Symbol.for(SupervisorSymbolKey), supervisorVariance = {
  /* c8 ignore next */
  _T: (_) => _
}, ProxySupervisor = class _ProxySupervisor {
  underlying;
  value0;
  [SupervisorTypeId] = supervisorVariance;
  constructor(underlying, value0) {
    this.underlying = underlying, this.value0 = value0;
  }
  get value() {
    return this.value0;
  }
  onStart(context5, effect3, parent, fiber) {
    this.underlying.onStart(context5, effect3, parent, fiber);
  }
  onEnd(value3, fiber) {
    this.underlying.onEnd(value3, fiber);
  }
  onEffect(fiber, effect3) {
    this.underlying.onEffect(fiber, effect3);
  }
  onSuspend(fiber) {
    this.underlying.onSuspend(fiber);
  }
  onResume(fiber) {
    this.underlying.onResume(fiber);
  }
  map(f) {
    return new _ProxySupervisor(this, pipe(this.value, map11(f)));
  }
  zip(right3) {
    return new Zip(this, right3);
  }
}, Zip = class _Zip {
  left;
  right;
  _tag = "Zip";
  [SupervisorTypeId] = supervisorVariance;
  constructor(left3, right3) {
    this.left = left3, this.right = right3;
  }
  get value() {
    return zip2(this.left.value, this.right.value);
  }
  onStart(context5, effect3, parent, fiber) {
    this.left.onStart(context5, effect3, parent, fiber), this.right.onStart(context5, effect3, parent, fiber);
  }
  onEnd(value3, fiber) {
    this.left.onEnd(value3, fiber), this.right.onEnd(value3, fiber);
  }
  onEffect(fiber, effect3) {
    this.left.onEffect(fiber, effect3), this.right.onEffect(fiber, effect3);
  }
  onSuspend(fiber) {
    this.left.onSuspend(fiber), this.right.onSuspend(fiber);
  }
  onResume(fiber) {
    this.left.onResume(fiber), this.right.onResume(fiber);
  }
  map(f) {
    return new ProxySupervisor(this, pipe(this.value, map11(f)));
  }
  zip(right3) {
    return new _Zip(this, right3);
  }
}, isZip = (self) => hasProperty(self, SupervisorTypeId) && isTagged(self, "Zip"), Track = class {
  [SupervisorTypeId] = supervisorVariance;
  fibers = /* @__PURE__ */ new Set();
  get value() {
    return sync(() => Array.from(this.fibers));
  }
  onStart(_context, _effect, _parent, fiber) {
    this.fibers.add(fiber);
  }
  onEnd(_value, fiber) {
    this.fibers.delete(fiber);
  }
  onEffect(_fiber, _effect) {
  }
  onSuspend(_fiber) {
  }
  onResume(_fiber) {
  }
  map(f) {
    return new ProxySupervisor(this, pipe(this.value, map11(f)));
  }
  zip(right3) {
    return new Zip(this, right3);
  }
  onRun(execution, _fiber) {
    return execution();
  }
}, Const = class {
  effect;
  [SupervisorTypeId] = supervisorVariance;
  constructor(effect3) {
    this.effect = effect3;
  }
  get value() {
    return this.effect;
  }
  onStart(_context, _effect, _parent, _fiber) {
  }
  onEnd(_value, _fiber) {
  }
  onEffect(_fiber, _effect) {
  }
  onSuspend(_fiber) {
  }
  onResume(_fiber) {
  }
  map(f) {
    return new ProxySupervisor(this, pipe(this.value, map11(f)));
  }
  zip(right3) {
    return new Zip(this, right3);
  }
  onRun(execution, _fiber) {
    return execution();
  }
}, FibersIn = class {
  ref;
  [SupervisorTypeId] = supervisorVariance;
  constructor(ref) {
    this.ref = ref;
  }
  get value() {
    return sync(() => get7(this.ref));
  }
  onStart(_context, _effect, _parent, fiber) {
    pipe(this.ref, set2(pipe(get7(this.ref), add5(fiber))));
  }
  onEnd(_value, fiber) {
    pipe(this.ref, set2(pipe(get7(this.ref), remove5(fiber))));
  }
  onEffect(_fiber, _effect) {
  }
  onSuspend(_fiber) {
  }
  onResume(_fiber) {
  }
  map(f) {
    return new ProxySupervisor(this, pipe(this.value, map11(f)));
  }
  zip(right3) {
    return new Zip(this, right3);
  }
  onRun(execution, _fiber) {
    return execution();
  }
};
var fromEffect = (effect3) => new Const(effect3), none7 = /* @__PURE__ */ globalValue("effect/Supervisor/none", () => fromEffect(void_));

// node_modules/effect/dist/esm/Differ.js
var make31 = make14;

// node_modules/effect/dist/esm/internal/supervisor/patch.js
var OP_EMPTY3 = "Empty", OP_ADD_SUPERVISOR = "AddSupervisor", OP_REMOVE_SUPERVISOR = "RemoveSupervisor", OP_AND_THEN2 = "AndThen", empty22 = {
  _tag: OP_EMPTY3
}, combine8 = (self, that) => ({
  _tag: OP_AND_THEN2,
  first: self,
  second: that
}), patch8 = (self, supervisor) => patchLoop(supervisor, of2(self)), patchLoop = (_supervisor, _patches) => {
  let supervisor = _supervisor, patches = _patches;
  for (; isNonEmpty(patches); ) {
    let head7 = headNonEmpty2(patches);
    switch (head7._tag) {
      case OP_EMPTY3: {
        patches = tailNonEmpty2(patches);
        break;
      }
      case OP_ADD_SUPERVISOR: {
        supervisor = supervisor.zip(head7.supervisor), patches = tailNonEmpty2(patches);
        break;
      }
      case OP_REMOVE_SUPERVISOR: {
        supervisor = removeSupervisor(supervisor, head7.supervisor), patches = tailNonEmpty2(patches);
        break;
      }
      case OP_AND_THEN2: {
        patches = prepend2(head7.first)(prepend2(head7.second)(tailNonEmpty2(patches)));
        break;
      }
    }
  }
  return supervisor;
}, removeSupervisor = (self, that) => equals(self, that) ? none7 : isZip(self) ? removeSupervisor(self.left, that).zip(removeSupervisor(self.right, that)) : self, toSet2 = (self) => equals(self, none7) ? empty5() : isZip(self) ? pipe(toSet2(self.left), union3(toSet2(self.right))) : make7(self), diff7 = (oldValue, newValue) => {
  if (equals(oldValue, newValue))
    return empty22;
  let oldSupervisors = toSet2(oldValue), newSupervisors = toSet2(newValue), added = pipe(newSupervisors, difference3(oldSupervisors), reduce5(empty22, (patch11, supervisor) => combine8(patch11, {
    _tag: OP_ADD_SUPERVISOR,
    supervisor
  }))), removed = pipe(oldSupervisors, difference3(newSupervisors), reduce5(empty22, (patch11, supervisor) => combine8(patch11, {
    _tag: OP_REMOVE_SUPERVISOR,
    supervisor
  })));
  return combine8(added, removed);
}, differ2 = /* @__PURE__ */ make31({
  empty: empty22,
  patch: patch8,
  combine: combine8,
  diff: diff7
});

// node_modules/effect/dist/esm/internal/fiberRuntime.js
var fiberStarted = /* @__PURE__ */ counter5("effect_fiber_started", {
  incremental: !0
}), fiberActive = /* @__PURE__ */ counter5("effect_fiber_active"), fiberSuccesses = /* @__PURE__ */ counter5("effect_fiber_successes", {
  incremental: !0
}), fiberFailures = /* @__PURE__ */ counter5("effect_fiber_failures", {
  incremental: !0
}), fiberLifetimes = /* @__PURE__ */ tagged(/* @__PURE__ */ histogram5("effect_fiber_lifetimes", /* @__PURE__ */ exponential({
  start: 0.5,
  factor: 2,
  count: 35
})), "time_unit", "milliseconds"), EvaluationSignalContinue = "Continue", EvaluationSignalDone = "Done", EvaluationSignalYieldNow = "Yield", runtimeFiberVariance = {
  /* c8 ignore next */
  _E: (_) => _,
  /* c8 ignore next */
  _A: (_) => _
}, absurd = (_) => {
  throw new Error(`BUG: FiberRuntime - ${toStringUnknown(_)} - please report an issue at https://github.com/Effect-TS/effect/issues`);
}, YieldedOp = /* @__PURE__ */ Symbol.for("effect/internal/fiberRuntime/YieldedOp"), yieldedOpChannel = /* @__PURE__ */ globalValue("effect/internal/fiberRuntime/yieldedOpChannel", () => ({
  currentOp: null
})), contOpSuccess = {
  [OP_ON_SUCCESS]: (_, cont, value3) => internalCall(() => cont.effect_instruction_i1(value3)),
  OnStep: (_, _cont, value3) => exitSucceed(exitSucceed(value3)),
  [OP_ON_SUCCESS_AND_FAILURE]: (_, cont, value3) => internalCall(() => cont.effect_instruction_i2(value3)),
  [OP_REVERT_FLAGS]: (self, cont, value3) => (self.patchRuntimeFlags(self.currentRuntimeFlags, cont.patch), interruptible(self.currentRuntimeFlags) && self.isInterrupted() ? exitFailCause(self.getInterruptedCause()) : exitSucceed(value3)),
  [OP_WHILE]: (self, cont, value3) => (internalCall(() => cont.effect_instruction_i2(value3)), internalCall(() => cont.effect_instruction_i0()) ? (self.pushStack(cont), internalCall(() => cont.effect_instruction_i1())) : void_),
  [OP_ITERATOR]: (self, cont, value3) => {
    for (; ; ) {
      let state = internalCall(() => cont.effect_instruction_i0.next(value3));
      if (state.done)
        return exitSucceed(state.value);
      let primitive = yieldWrapGet(state.value);
      if (exitIsExit(primitive)) {
        if (primitive._tag === "Failure")
          return primitive;
      } else return self.pushStack(cont), primitive;
      value3 = primitive.value;
    }
  }
}, drainQueueWhileRunningTable = {
  [OP_INTERRUPT_SIGNAL]: (self, runtimeFlags2, cur, message) => (self.processNewInterruptSignal(message.cause), interruptible(runtimeFlags2) ? exitFailCause(message.cause) : cur),
  [OP_RESUME]: (_self, _runtimeFlags, _cur, _message) => {
    throw new Error("It is illegal to have multiple concurrent run loops in a single fiber");
  },
  [OP_STATEFUL]: (self, runtimeFlags2, cur, message) => (message.onFiber(self, running2(runtimeFlags2)), cur),
  [OP_YIELD_NOW]: (_self, _runtimeFlags, cur, _message) => flatMap7(yieldNow(), () => cur)
}, runBlockedRequests = (self) => forEachSequentialDiscard(flatten2(self), (requestsByRequestResolver) => forEachConcurrentDiscard(sequentialCollectionToChunk(requestsByRequestResolver), ([dataSource, sequential4]) => {
  let map22 = /* @__PURE__ */ new Map(), arr = [];
  for (let block of sequential4) {
    arr.push(toReadonlyArray(block));
    for (let entry of block)
      map22.set(entry.request, entry);
  }
  let flat = arr.flat();
  return fiberRefLocally(invokeWithInterrupt(dataSource.runAll(arr), flat, () => flat.forEach((entry) => {
    entry.listeners.interrupted = !0;
  })), currentRequestMap, map22);
}, !1, !1)), _version = /* @__PURE__ */ getCurrentVersion(), FiberRuntime = class extends Class2 {
  [FiberTypeId] = fiberVariance2;
  [RuntimeFiberTypeId] = runtimeFiberVariance;
  _fiberRefs;
  _fiberId;
  _queue = /* @__PURE__ */ new Array();
  _children = null;
  _observers = /* @__PURE__ */ new Array();
  _running = !1;
  _stack = [];
  _asyncInterruptor = null;
  _asyncBlockingOn = null;
  _exitValue = null;
  _steps = [];
  _isYielding = !1;
  currentRuntimeFlags;
  currentOpCount = 0;
  currentSupervisor;
  currentScheduler;
  currentTracer;
  currentSpan;
  currentContext;
  currentDefaultServices;
  constructor(fiberId2, fiberRefs0, runtimeFlags0) {
    if (super(), this.currentRuntimeFlags = runtimeFlags0, this._fiberId = fiberId2, this._fiberRefs = fiberRefs0, runtimeMetrics(runtimeFlags0)) {
      let tags = this.getFiberRef(currentMetricLabels);
      fiberStarted.unsafeUpdate(1, tags), fiberActive.unsafeUpdate(1, tags);
    }
    this.refreshRefCache();
  }
  commit() {
    return join2(this);
  }
  /**
   * The identity of the fiber.
   */
  id() {
    return this._fiberId;
  }
  /**
   * Begins execution of the effect associated with this fiber on in the
   * background. This can be called to "kick off" execution of a fiber after
   * it has been created.
   */
  resume(effect3) {
    this.tell(resume(effect3));
  }
  /**
   * The status of the fiber.
   */
  get status() {
    return this.ask((_, status2) => status2);
  }
  /**
   * Gets the fiber runtime flags.
   */
  get runtimeFlags() {
    return this.ask((state, status2) => isDone2(status2) ? state.currentRuntimeFlags : status2.runtimeFlags);
  }
  /**
   * Returns the current `FiberScope` for the fiber.
   */
  scope() {
    return unsafeMake5(this);
  }
  /**
   * Retrieves the immediate children of the fiber.
   */
  get children() {
    return this.ask((fiber) => Array.from(fiber.getChildren()));
  }
  /**
   * Gets the fiber's set of children.
   */
  getChildren() {
    return this._children === null && (this._children = /* @__PURE__ */ new Set()), this._children;
  }
  /**
   * Retrieves the interrupted cause of the fiber, which will be `Cause.empty`
   * if the fiber has not been interrupted.
   *
   * **NOTE**: This method is safe to invoke on any fiber, but if not invoked
   * on this fiber, then values derived from the fiber's state (including the
   * log annotations and log level) may not be up-to-date.
   */
  getInterruptedCause() {
    return this.getFiberRef(currentInterruptedCause);
  }
  /**
   * Retrieves the whole set of fiber refs.
   */
  fiberRefs() {
    return this.ask((fiber) => fiber.getFiberRefs());
  }
  /**
   * Returns an effect that will contain information computed from the fiber
   * state and status while running on the fiber.
   *
   * This allows the outside world to interact safely with mutable fiber state
   * without locks or immutable data.
   */
  ask(f) {
    return suspend(() => {
      let deferred = deferredUnsafeMake(this._fiberId);
      return this.tell(stateful((fiber, status2) => {
        deferredUnsafeDone(deferred, sync(() => f(fiber, status2)));
      })), deferredAwait(deferred);
    });
  }
  /**
   * Adds a message to be processed by the fiber on the fiber.
   */
  tell(message) {
    this._queue.push(message), this._running || (this._running = !0, this.drainQueueLaterOnExecutor());
  }
  get await() {
    return async_((resume2) => {
      let cb = (exit4) => resume2(succeed(exit4));
      if (this._exitValue !== null) {
        cb(this._exitValue);
        return;
      }
      return this.tell(stateful((fiber, _) => {
        fiber._exitValue !== null ? cb(this._exitValue) : fiber.addObserver(cb);
      })), sync(() => this.tell(stateful((fiber, _) => {
        fiber.removeObserver(cb);
      })));
    }, this.id());
  }
  get inheritAll() {
    return withFiberRuntime((parentFiber, parentStatus) => {
      let parentFiberId = parentFiber.id(), parentFiberRefs = parentFiber.getFiberRefs(), parentRuntimeFlags = parentStatus.runtimeFlags, childFiberRefs = this.getFiberRefs(), updatedFiberRefs = joinAs(parentFiberRefs, parentFiberId, childFiberRefs);
      parentFiber.setFiberRefs(updatedFiberRefs);
      let updatedRuntimeFlags = parentFiber.getFiberRef(currentRuntimeFlags), patch11 = pipe(
        diff4(parentRuntimeFlags, updatedRuntimeFlags),
        // Do not inherit WindDown or Interruption!
        exclude2(Interruption),
        exclude2(WindDown)
      );
      return updateRuntimeFlags(patch11);
    });
  }
  /**
   * Tentatively observes the fiber, but returns immediately if it is not
   * already done.
   */
  get poll() {
    return sync(() => fromNullable(this._exitValue));
  }
  /**
   * Unsafely observes the fiber, but returns immediately if it is not
   * already done.
   */
  unsafePoll() {
    return this._exitValue;
  }
  /**
   * In the background, interrupts the fiber as if interrupted from the specified fiber.
   */
  interruptAsFork(fiberId2) {
    return sync(() => this.tell(interruptSignal(interrupt(fiberId2))));
  }
  /**
   * In the background, interrupts the fiber as if interrupted from the specified fiber.
   */
  unsafeInterruptAsFork(fiberId2) {
    this.tell(interruptSignal(interrupt(fiberId2)));
  }
  /**
   * Adds an observer to the list of observers.
   *
   * **NOTE**: This method must be invoked by the fiber itself.
   */
  addObserver(observer) {
    this._exitValue !== null ? observer(this._exitValue) : this._observers.push(observer);
  }
  /**
   * Removes the specified observer from the list of observers that will be
   * notified when the fiber exits.
   *
   * **NOTE**: This method must be invoked by the fiber itself.
   */
  removeObserver(observer) {
    this._observers = this._observers.filter((o) => o !== observer);
  }
  /**
   * Retrieves all fiber refs of the fiber.
   *
   * **NOTE**: This method is safe to invoke on any fiber, but if not invoked
   * on this fiber, then values derived from the fiber's state (including the
   * log annotations and log level) may not be up-to-date.
   */
  getFiberRefs() {
    return this.setFiberRef(currentRuntimeFlags, this.currentRuntimeFlags), this._fiberRefs;
  }
  /**
   * Deletes the specified fiber ref.
   *
   * **NOTE**: This method must be invoked by the fiber itself.
   */
  unsafeDeleteFiberRef(fiberRef) {
    this._fiberRefs = delete_(this._fiberRefs, fiberRef);
  }
  /**
   * Retrieves the state of the fiber ref, or else its initial value.
   *
   * **NOTE**: This method is safe to invoke on any fiber, but if not invoked
   * on this fiber, then values derived from the fiber's state (including the
   * log annotations and log level) may not be up-to-date.
   */
  getFiberRef(fiberRef) {
    return this._fiberRefs.locals.has(fiberRef) ? this._fiberRefs.locals.get(fiberRef)[0][1] : fiberRef.initial;
  }
  /**
   * Sets the fiber ref to the specified value.
   *
   * **NOTE**: This method must be invoked by the fiber itself.
   */
  setFiberRef(fiberRef, value3) {
    this._fiberRefs = updateAs(this._fiberRefs, {
      fiberId: this._fiberId,
      fiberRef,
      value: value3
    }), this.refreshRefCache();
  }
  refreshRefCache() {
    this.currentDefaultServices = this.getFiberRef(currentServices), this.currentTracer = this.currentDefaultServices.unsafeMap.get(tracerTag.key), this.currentSupervisor = this.getFiberRef(currentSupervisor), this.currentScheduler = this.getFiberRef(currentScheduler), this.currentContext = this.getFiberRef(currentContext), this.currentSpan = this.currentContext.unsafeMap.get(spanTag.key);
  }
  /**
   * Wholesale replaces all fiber refs of this fiber.
   *
   * **NOTE**: This method must be invoked by the fiber itself.
   */
  setFiberRefs(fiberRefs3) {
    this._fiberRefs = fiberRefs3, this.refreshRefCache();
  }
  /**
   * Adds a reference to the specified fiber inside the children set.
   *
   * **NOTE**: This method must be invoked by the fiber itself.
   */
  addChild(child) {
    this.getChildren().add(child);
  }
  /**
   * Removes a reference to the specified fiber inside the children set.
   *
   * **NOTE**: This method must be invoked by the fiber itself.
   */
  removeChild(child) {
    this.getChildren().delete(child);
  }
  /**
   * Transfers all children of this fiber that are currently running to the
   * specified fiber scope.
   *
   * **NOTE**: This method must be invoked by the fiber itself after it has
   * evaluated the effects but prior to exiting.
   */
  transferChildren(scope4) {
    let children2 = this._children;
    if (this._children = null, children2 !== null && children2.size > 0)
      for (let child of children2)
        child._exitValue === null && scope4.add(this.currentRuntimeFlags, child);
  }
  /**
   * On the current thread, executes all messages in the fiber's inbox. This
   * method may return before all work is done, in the event the fiber executes
   * an asynchronous operation.
   *
   * **NOTE**: This method must be invoked by the fiber itself.
   */
  drainQueueOnCurrentThread() {
    let recurse = !0;
    for (; recurse; ) {
      let evaluationSignal = EvaluationSignalContinue, prev = globalThis[currentFiberURI];
      globalThis[currentFiberURI] = this;
      try {
        for (; evaluationSignal === EvaluationSignalContinue; )
          evaluationSignal = this._queue.length === 0 ? EvaluationSignalDone : this.evaluateMessageWhileSuspended(this._queue.splice(0, 1)[0]);
      } finally {
        this._running = !1, globalThis[currentFiberURI] = prev;
      }
      this._queue.length > 0 && !this._running ? (this._running = !0, evaluationSignal === EvaluationSignalYieldNow ? (this.drainQueueLaterOnExecutor(), recurse = !1) : recurse = !0) : recurse = !1;
    }
  }
  /**
   * Schedules the execution of all messages in the fiber's inbox.
   *
   * This method will return immediately after the scheduling
   * operation is completed, but potentially before such messages have been
   * executed.
   *
   * **NOTE**: This method must be invoked by the fiber itself.
   */
  drainQueueLaterOnExecutor() {
    this.currentScheduler.scheduleTask(this.run, this.getFiberRef(currentSchedulingPriority), this);
  }
  /**
   * Drains the fiber's message queue while the fiber is actively running,
   * returning the next effect to execute, which may be the input effect if no
   * additional effect needs to be executed.
   *
   * **NOTE**: This method must be invoked by the fiber itself.
   */
  drainQueueWhileRunning(runtimeFlags2, cur0) {
    let cur = cur0;
    for (; this._queue.length > 0; ) {
      let message = this._queue.splice(0, 1)[0];
      cur = drainQueueWhileRunningTable[message._tag](this, runtimeFlags2, cur, message);
    }
    return cur;
  }
  /**
   * Determines if the fiber is interrupted.
   *
   * **NOTE**: This method is safe to invoke on any fiber, but if not invoked
   * on this fiber, then values derived from the fiber's state (including the
   * log annotations and log level) may not be up-to-date.
   */
  isInterrupted() {
    return !isEmpty3(this.getFiberRef(currentInterruptedCause));
  }
  /**
   * Adds an interruptor to the set of interruptors that are interrupting this
   * fiber.
   *
   * **NOTE**: This method must be invoked by the fiber itself.
   */
  addInterruptedCause(cause2) {
    let oldSC = this.getFiberRef(currentInterruptedCause);
    this.setFiberRef(currentInterruptedCause, sequential(oldSC, cause2));
  }
  /**
   * Processes a new incoming interrupt signal.
   *
   * **NOTE**: This method must be invoked by the fiber itself.
   */
  processNewInterruptSignal(cause2) {
    this.addInterruptedCause(cause2), this.sendInterruptSignalToAllChildren();
  }
  /**
   * Interrupts all children of the current fiber, returning an effect that will
   * await the exit of the children. This method will return null if the fiber
   * has no children.
   *
   * **NOTE**: This method must be invoked by the fiber itself.
   */
  sendInterruptSignalToAllChildren() {
    if (this._children === null || this._children.size === 0)
      return !1;
    let told = !1;
    for (let child of this._children)
      child.tell(interruptSignal(interrupt(this.id()))), told = !0;
    return told;
  }
  /**
   * Interrupts all children of the current fiber, returning an effect that will
   * await the exit of the children. This method will return null if the fiber
   * has no children.
   *
   * **NOTE**: This method must be invoked by the fiber itself.
   */
  interruptAllChildren() {
    if (this.sendInterruptSignalToAllChildren()) {
      let it = this._children.values();
      this._children = null;
      let isDone6 = !1;
      return whileLoop({
        while: () => !isDone6,
        body: () => {
          let next3 = it.next();
          return next3.done ? sync(() => {
            isDone6 = !0;
          }) : asVoid(next3.value.await);
        },
        step: () => {
        }
      });
    }
    return null;
  }
  reportExitValue(exit4) {
    if (runtimeMetrics(this.currentRuntimeFlags)) {
      let tags = this.getFiberRef(currentMetricLabels), startTimeMillis = this.id().startTimeMillis, endTimeMillis = Date.now();
      switch (fiberLifetimes.unsafeUpdate(endTimeMillis - startTimeMillis, tags), fiberActive.unsafeUpdate(-1, tags), exit4._tag) {
        case OP_SUCCESS: {
          fiberSuccesses.unsafeUpdate(1, tags);
          break;
        }
        case OP_FAILURE: {
          fiberFailures.unsafeUpdate(1, tags);
          break;
        }
      }
    }
    if (exit4._tag === "Failure") {
      let level = this.getFiberRef(currentUnhandledErrorLogLevel);
      !isInterruptedOnly(exit4.cause) && level._tag === "Some" && this.log("Fiber terminated with an unhandled error", exit4.cause, level);
    }
  }
  setExitValue(exit4) {
    this._exitValue = exit4, this.reportExitValue(exit4);
    for (let i = this._observers.length - 1; i >= 0; i--)
      this._observers[i](exit4);
    this._observers = [];
  }
  getLoggers() {
    return this.getFiberRef(currentLoggers);
  }
  log(message, cause2, overrideLogLevel) {
    let logLevel = isSome2(overrideLogLevel) ? overrideLogLevel.value : this.getFiberRef(currentLogLevel), minimumLogLevel = this.getFiberRef(currentMinimumLogLevel);
    if (greaterThan2(minimumLogLevel, logLevel))
      return;
    let spans = this.getFiberRef(currentLogSpan), annotations2 = this.getFiberRef(currentLogAnnotations), loggers = this.getLoggers(), contextMap = this.getFiberRefs();
    if (size3(loggers) > 0) {
      let clockService = get6(this.getFiberRef(currentServices), clockTag), date = new Date(clockService.unsafeCurrentTimeMillis());
      withRedactableContext(contextMap, () => {
        for (let logger of loggers)
          logger.log({
            fiberId: this.id(),
            logLevel,
            message,
            cause: cause2,
            context: contextMap,
            spans,
            annotations: annotations2,
            date
          });
      });
    }
  }
  /**
   * Evaluates a single message on the current thread, while the fiber is
   * suspended. This method should only be called while evaluation of the
   * fiber's effect is suspended due to an asynchronous operation.
   *
   * **NOTE**: This method must be invoked by the fiber itself.
   */
  evaluateMessageWhileSuspended(message) {
    switch (message._tag) {
      case OP_YIELD_NOW:
        return EvaluationSignalYieldNow;
      case OP_INTERRUPT_SIGNAL:
        return this.processNewInterruptSignal(message.cause), this._asyncInterruptor !== null && (this._asyncInterruptor(exitFailCause(message.cause)), this._asyncInterruptor = null), EvaluationSignalContinue;
      case OP_RESUME:
        return this._asyncInterruptor = null, this._asyncBlockingOn = null, this.evaluateEffect(message.effect), EvaluationSignalContinue;
      case OP_STATEFUL:
        return message.onFiber(this, this._exitValue !== null ? done3 : suspended2(this.currentRuntimeFlags, this._asyncBlockingOn)), EvaluationSignalContinue;
      default:
        return absurd(message);
    }
  }
  /**
   * Evaluates an effect until completion, potentially asynchronously.
   *
   * **NOTE**: This method must be invoked by the fiber itself.
   */
  evaluateEffect(effect0) {
    this.currentSupervisor.onResume(this);
    try {
      let effect3 = interruptible(this.currentRuntimeFlags) && this.isInterrupted() ? exitFailCause(this.getInterruptedCause()) : effect0;
      for (; effect3 !== null; ) {
        let eff = effect3, exit4 = this.runLoop(eff);
        if (exit4 === YieldedOp) {
          let op = yieldedOpChannel.currentOp;
          yieldedOpChannel.currentOp = null, op._op === OP_YIELD ? cooperativeYielding(this.currentRuntimeFlags) ? (this.tell(yieldNow3()), this.tell(resume(exitVoid)), effect3 = null) : effect3 = exitVoid : op._op === OP_ASYNC && (effect3 = null);
        } else {
          this.currentRuntimeFlags = pipe(this.currentRuntimeFlags, enable2(WindDown));
          let interruption2 = this.interruptAllChildren();
          interruption2 !== null ? effect3 = flatMap7(interruption2, () => exit4) : (this._queue.length === 0 ? this.setExitValue(exit4) : this.tell(resume(exit4)), effect3 = null);
        }
      }
    } finally {
      this.currentSupervisor.onSuspend(this);
    }
  }
  /**
   * Begins execution of the effect associated with this fiber on the current
   * thread. This can be called to "kick off" execution of a fiber after it has
   * been created, in hopes that the effect can be executed synchronously.
   *
   * This is not the normal way of starting a fiber, but it is useful when the
   * express goal of executing the fiber is to synchronously produce its exit.
   */
  start(effect3) {
    if (this._running)
      this.tell(resume(effect3));
    else {
      this._running = !0;
      let prev = globalThis[currentFiberURI];
      globalThis[currentFiberURI] = this;
      try {
        this.evaluateEffect(effect3);
      } finally {
        this._running = !1, globalThis[currentFiberURI] = prev, this._queue.length > 0 && this.drainQueueLaterOnExecutor();
      }
    }
  }
  /**
   * Begins execution of the effect associated with this fiber on in the
   * background, and on the correct thread pool. This can be called to "kick
   * off" execution of a fiber after it has been created, in hopes that the
   * effect can be executed synchronously.
   */
  startFork(effect3) {
    this.tell(resume(effect3));
  }
  /**
   * Takes the current runtime flags, patches them to return the new runtime
   * flags, and then makes any changes necessary to fiber state based on the
   * specified patch.
   *
   * **NOTE**: This method must be invoked by the fiber itself.
   */
  patchRuntimeFlags(oldRuntimeFlags, patch11) {
    let newRuntimeFlags = patch4(oldRuntimeFlags, patch11);
    return globalThis[currentFiberURI] = this, this.currentRuntimeFlags = newRuntimeFlags, newRuntimeFlags;
  }
  /**
   * Initiates an asynchronous operation, by building a callback that will
   * resume execution, and then feeding that callback to the registration
   * function, handling error cases and repeated resumptions appropriately.
   *
   * **NOTE**: This method must be invoked by the fiber itself.
   */
  initiateAsync(runtimeFlags2, asyncRegister) {
    let alreadyCalled = !1, callback = (effect3) => {
      alreadyCalled || (alreadyCalled = !0, this.tell(resume(effect3)));
    };
    interruptible(runtimeFlags2) && (this._asyncInterruptor = callback);
    try {
      asyncRegister(callback);
    } catch (e) {
      callback(failCause(die(e)));
    }
  }
  pushStack(cont) {
    this._stack.push(cont), cont._op === "OnStep" && this._steps.push({
      refs: this.getFiberRefs(),
      flags: this.currentRuntimeFlags
    });
  }
  popStack() {
    let item = this._stack.pop();
    if (item)
      return item._op === "OnStep" && this._steps.pop(), item;
  }
  getNextSuccessCont() {
    let frame = this.popStack();
    for (; frame; ) {
      if (frame._op !== OP_ON_FAILURE)
        return frame;
      frame = this.popStack();
    }
  }
  getNextFailCont() {
    let frame = this.popStack();
    for (; frame; ) {
      if (frame._op !== OP_ON_SUCCESS && frame._op !== OP_WHILE && frame._op !== OP_ITERATOR)
        return frame;
      frame = this.popStack();
    }
  }
  Tag(op) {
    return sync(() => unsafeGet4(this.currentContext, op));
  }
  Left(op) {
    return fail2(op.left);
  }
  None(_) {
    return fail2(new NoSuchElementException());
  }
  Right(op) {
    return exitSucceed(op.right);
  }
  Some(op) {
    return exitSucceed(op.value);
  }
  Micro(op) {
    return unsafeAsync((microResume) => {
      let resume2 = microResume, fiber = runFork(provideContext2(op, this.currentContext));
      return fiber.addObserver((exit4) => {
        if (exit4._tag === "Success")
          return resume2(exitSucceed(exit4.value));
        switch (exit4.cause._tag) {
          case "Interrupt":
            return resume2(exitFailCause(interrupt(none4)));
          case "Fail":
            return resume2(fail2(exit4.cause.error));
          case "Die":
            return resume2(die2(exit4.cause.defect));
        }
      }), unsafeAsync((abortResume) => {
        resume2 = (_) => {
          abortResume(void_);
        }, fiber.unsafeInterrupt();
      });
    });
  }
  [OP_SYNC](op) {
    let value3 = internalCall(() => op.effect_instruction_i0()), cont = this.getNextSuccessCont();
    return cont !== void 0 ? (cont._op in contOpSuccess || absurd(cont), contOpSuccess[cont._op](this, cont, value3)) : (yieldedOpChannel.currentOp = exitSucceed(value3), YieldedOp);
  }
  [OP_SUCCESS](op) {
    let oldCur = op, cont = this.getNextSuccessCont();
    return cont !== void 0 ? (cont._op in contOpSuccess || absurd(cont), contOpSuccess[cont._op](this, cont, oldCur.effect_instruction_i0)) : (yieldedOpChannel.currentOp = oldCur, YieldedOp);
  }
  [OP_FAILURE](op) {
    let cause2 = op.effect_instruction_i0, cont = this.getNextFailCont();
    if (cont !== void 0)
      switch (cont._op) {
        case OP_ON_FAILURE:
        case OP_ON_SUCCESS_AND_FAILURE:
          return interruptible(this.currentRuntimeFlags) && this.isInterrupted() ? exitFailCause(stripFailures(cause2)) : internalCall(() => cont.effect_instruction_i1(cause2));
        case "OnStep":
          return interruptible(this.currentRuntimeFlags) && this.isInterrupted() ? exitFailCause(stripFailures(cause2)) : exitSucceed(exitFailCause(cause2));
        case OP_REVERT_FLAGS:
          return this.patchRuntimeFlags(this.currentRuntimeFlags, cont.patch), interruptible(this.currentRuntimeFlags) && this.isInterrupted() ? exitFailCause(sequential(cause2, this.getInterruptedCause())) : exitFailCause(cause2);
        default:
          absurd(cont);
      }
    else
      return yieldedOpChannel.currentOp = exitFailCause(cause2), YieldedOp;
  }
  [OP_WITH_RUNTIME](op) {
    return internalCall(() => op.effect_instruction_i0(this, running2(this.currentRuntimeFlags)));
  }
  Blocked(op) {
    let refs = this.getFiberRefs(), flags = this.currentRuntimeFlags;
    if (this._steps.length > 0) {
      let frames = [], snap = this._steps[this._steps.length - 1], frame = this.popStack();
      for (; frame && frame._op !== "OnStep"; )
        frames.push(frame), frame = this.popStack();
      this.setFiberRefs(snap.refs), this.currentRuntimeFlags = snap.flags;
      let patchRefs = diff6(snap.refs, refs), patchFlags = diff4(snap.flags, flags);
      return exitSucceed(blocked(op.effect_instruction_i0, withFiberRuntime((newFiber) => {
        for (; frames.length > 0; )
          newFiber.pushStack(frames.pop());
        return newFiber.setFiberRefs(patch7(newFiber.id(), newFiber.getFiberRefs())(patchRefs)), newFiber.currentRuntimeFlags = patch4(patchFlags)(newFiber.currentRuntimeFlags), op.effect_instruction_i1;
      })));
    }
    return uninterruptibleMask((restore) => flatMap7(forkDaemon(runRequestBlock(op.effect_instruction_i0)), () => restore(op.effect_instruction_i1)));
  }
  RunBlocked(op) {
    return runBlockedRequests(op.effect_instruction_i0);
  }
  [OP_UPDATE_RUNTIME_FLAGS](op) {
    let updateFlags = op.effect_instruction_i0, oldRuntimeFlags = this.currentRuntimeFlags, newRuntimeFlags = patch4(oldRuntimeFlags, updateFlags);
    if (interruptible(newRuntimeFlags) && this.isInterrupted())
      return exitFailCause(this.getInterruptedCause());
    if (this.patchRuntimeFlags(this.currentRuntimeFlags, updateFlags), op.effect_instruction_i1) {
      let revertFlags = diff4(newRuntimeFlags, oldRuntimeFlags);
      return this.pushStack(new RevertFlags(revertFlags, op)), internalCall(() => op.effect_instruction_i1(oldRuntimeFlags));
    } else
      return exitVoid;
  }
  [OP_ON_SUCCESS](op) {
    return this.pushStack(op), op.effect_instruction_i0;
  }
  OnStep(op) {
    return this.pushStack(op), op.effect_instruction_i0;
  }
  [OP_ON_FAILURE](op) {
    return this.pushStack(op), op.effect_instruction_i0;
  }
  [OP_ON_SUCCESS_AND_FAILURE](op) {
    return this.pushStack(op), op.effect_instruction_i0;
  }
  [OP_ASYNC](op) {
    return this._asyncBlockingOn = op.effect_instruction_i1, this.initiateAsync(this.currentRuntimeFlags, op.effect_instruction_i0), yieldedOpChannel.currentOp = op, YieldedOp;
  }
  [OP_YIELD](op) {
    return this._isYielding = !1, yieldedOpChannel.currentOp = op, YieldedOp;
  }
  [OP_WHILE](op) {
    let check2 = op.effect_instruction_i0, body = op.effect_instruction_i1;
    return check2() ? (this.pushStack(op), body()) : exitVoid;
  }
  [OP_ITERATOR](op) {
    return contOpSuccess[OP_ITERATOR](this, op, void 0);
  }
  [OP_COMMIT](op) {
    return internalCall(() => op.commit());
  }
  /**
   * The main run-loop for evaluating effects.
   *
   * **NOTE**: This method must be invoked by the fiber itself.
   */
  runLoop(effect0) {
    let cur = effect0;
    for (this.currentOpCount = 0; ; ) {
      if ((this.currentRuntimeFlags & OpSupervision) !== 0 && this.currentSupervisor.onEffect(this, cur), this._queue.length > 0 && (cur = this.drainQueueWhileRunning(this.currentRuntimeFlags, cur)), !this._isYielding) {
        this.currentOpCount += 1;
        let shouldYield = this.currentScheduler.shouldYield(this);
        if (shouldYield !== !1) {
          this._isYielding = !0, this.currentOpCount = 0;
          let oldCur = cur;
          cur = flatMap7(yieldNow({
            priority: shouldYield
          }), () => oldCur);
        }
      }
      try {
        if (cur = this.currentTracer.context(() => {
          if (_version !== cur[EffectTypeId2]._V) {
            let level = this.getFiberRef(currentVersionMismatchErrorLogLevel);
            if (level._tag === "Some") {
              let effectVersion = cur[EffectTypeId2]._V;
              this.log(`Executing an Effect versioned ${effectVersion} with a Runtime of version ${getCurrentVersion()}, you may want to dedupe the effect dependencies, you can use the language service plugin to detect this at compile time: https://github.com/Effect-TS/language-service`, empty6, level);
            }
          }
          return this[cur._op](cur);
        }, this), cur === YieldedOp) {
          let op = yieldedOpChannel.currentOp;
          return op._op === OP_YIELD || op._op === OP_ASYNC ? YieldedOp : (yieldedOpChannel.currentOp = null, op._op === OP_SUCCESS || op._op === OP_FAILURE ? op : exitFailCause(die(op)));
        }
      } catch (e) {
        cur !== YieldedOp && !hasProperty(cur, "_op") || !(cur._op in this) ? cur = dieMessage(`Not a valid effect: ${toStringUnknown(cur)}`) : isInterruptedException(e) ? cur = exitFailCause(sequential(die(e), interrupt(none4))) : cur = die2(e);
      }
    }
  }
  run = () => {
    this.drainQueueOnCurrentThread();
  };
}, currentMinimumLogLevel = /* @__PURE__ */ globalValue("effect/FiberRef/currentMinimumLogLevel", () => fiberRefUnsafeMake(fromLiteral("Info"))), loggerWithConsoleLog = (self) => makeLogger((opts) => {
  let services = getOrDefault2(opts.context, currentServices);
  get6(services, consoleTag).unsafe.log(self.log(opts));
});
var defaultLogger = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/Logger/defaultLogger"), () => loggerWithConsoleLog(stringLogger));
var tracerLogger = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/Logger/tracerLogger"), () => makeLogger(({
  annotations: annotations2,
  cause: cause2,
  context: context5,
  fiberId: fiberId2,
  logLevel,
  message
}) => {
  let span2 = filterDisablePropagation(getOption2(getOrDefault(context5, currentContext), spanTag));
  if (span2._tag === "None" || span2.value._tag === "ExternalSpan")
    return;
  let clockService = unsafeGet4(getOrDefault(context5, currentServices), clockTag), attributes = {};
  for (let [key, value3] of annotations2)
    attributes[key] = value3;
  attributes["effect.fiberId"] = threadName2(fiberId2), attributes["effect.logLevel"] = logLevel.label, cause2 !== null && cause2._tag !== "Empty" && (attributes["effect.cause"] = pretty(cause2, {
    renderErrorCause: !0
  })), span2.value.event(toStringUnknown(Array.isArray(message) && message.length === 1 ? message[0] : message), clockService.unsafeCurrentTimeNanos(), attributes);
}));
var currentLoggers = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/FiberRef/currentLoggers"), () => fiberRefUnsafeMakeHashSet(make7(defaultLogger, tracerLogger)));
var acquireRelease = /* @__PURE__ */ dual((args2) => isEffect(args2[0]), (acquire, release) => uninterruptible(tap(acquire, (a) => addFinalizer((exit4) => release(a, exit4)))));
var addFinalizer = (finalizer2) => withFiberRuntime((runtime4) => {
  let acquireRefs = runtime4.getFiberRefs(), acquireFlags = disable2(runtime4.currentRuntimeFlags, Interruption);
  return flatMap7(scope, (scope4) => scopeAddFinalizerExit(scope4, (exit4) => withFiberRuntime((runtimeFinalizer) => {
    let preRefs = runtimeFinalizer.getFiberRefs(), preFlags = runtimeFinalizer.currentRuntimeFlags, interruptedCause = runtimeFinalizer.getFiberRef(currentInterruptedCause), patchRefs = diff6(preRefs, acquireRefs), patchFlags = diff4(preFlags, acquireFlags), inverseRefs = diff6(acquireRefs, preRefs);
    return runtimeFinalizer.setFiberRefs(patch7(patchRefs, runtimeFinalizer.id(), acquireRefs)), runtimeFinalizer.setFiberRef(currentInterruptedCause, interruptedCause), ensuring(withRuntimeFlags(finalizer2(exit4), patchFlags), sync(() => {
      runtimeFinalizer.setFiberRefs(patch7(inverseRefs, runtimeFinalizer.id(), runtimeFinalizer.getFiberRefs()));
    }));
  })));
});
var allResolveInput = (input) => {
  if (Array.isArray(input) || isIterable(input))
    return [input, none2()];
  let keys6 = Object.keys(input), size11 = keys6.length;
  return [keys6.map((k) => input[k]), some2((values3) => {
    let res = {};
    for (let i = 0; i < size11; i++)
      res[keys6[i]] = values3[i];
    return res;
  })];
}, allValidate = (effects, reconcile, options3) => {
  let eitherEffects = [];
  for (let effect3 of effects)
    eitherEffects.push(either2(effect3));
  return flatMap7(forEach7(eitherEffects, identity, {
    concurrency: options3?.concurrency,
    batching: options3?.batching,
    concurrentFinalizers: options3?.concurrentFinalizers
  }), (eithers) => {
    let none9 = none2(), size11 = eithers.length, errors = new Array(size11), successes = new Array(size11), errored = !1;
    for (let i = 0; i < size11; i++) {
      let either6 = eithers[i];
      either6._tag === "Left" ? (errors[i] = some2(either6.left), errored = !0) : (successes[i] = either6.right, errors[i] = none9);
    }
    return errored ? reconcile._tag === "Some" ? fail2(reconcile.value(errors)) : fail2(errors) : options3?.discard ? void_ : reconcile._tag === "Some" ? succeed(reconcile.value(successes)) : succeed(successes);
  });
}, allEither = (effects, reconcile, options3) => {
  let eitherEffects = [];
  for (let effect3 of effects)
    eitherEffects.push(either2(effect3));
  return options3?.discard ? forEach7(eitherEffects, identity, {
    concurrency: options3?.concurrency,
    batching: options3?.batching,
    discard: !0,
    concurrentFinalizers: options3?.concurrentFinalizers
  }) : map11(forEach7(eitherEffects, identity, {
    concurrency: options3?.concurrency,
    batching: options3?.batching,
    concurrentFinalizers: options3?.concurrentFinalizers
  }), (eithers) => reconcile._tag === "Some" ? reconcile.value(eithers) : eithers);
}, all3 = (arg, options3) => {
  let [effects, reconcile] = allResolveInput(arg);
  return options3?.mode === "validate" ? allValidate(effects, reconcile, options3) : options3?.mode === "either" ? allEither(effects, reconcile, options3) : options3?.discard !== !0 && reconcile._tag === "Some" ? map11(forEach7(effects, identity, options3), reconcile.value) : forEach7(effects, identity, options3);
};
var forEach7 = /* @__PURE__ */ dual((args2) => isIterable(args2[0]), (self, f, options3) => withFiberRuntime((r) => {
  let isRequestBatchingEnabled = options3?.batching === !0 || options3?.batching === "inherit" && r.getFiberRef(currentRequestBatching);
  return options3?.discard ? match7(options3.concurrency, () => finalizersMaskInternal(sequential3, options3?.concurrentFinalizers)((restore) => isRequestBatchingEnabled ? forEachConcurrentDiscard(self, (a, i) => restore(f(a, i)), !0, !1, 1) : forEachSequentialDiscard(self, (a, i) => restore(f(a, i)))), () => finalizersMaskInternal(parallel3, options3?.concurrentFinalizers)((restore) => forEachConcurrentDiscard(self, (a, i) => restore(f(a, i)), isRequestBatchingEnabled, !1)), (n) => finalizersMaskInternal(parallelN2(n), options3?.concurrentFinalizers)((restore) => forEachConcurrentDiscard(self, (a, i) => restore(f(a, i)), isRequestBatchingEnabled, !1, n))) : match7(options3?.concurrency, () => finalizersMaskInternal(sequential3, options3?.concurrentFinalizers)((restore) => isRequestBatchingEnabled ? forEachParN(self, 1, (a, i) => restore(f(a, i)), !0) : forEachSequential(self, (a, i) => restore(f(a, i)))), () => finalizersMaskInternal(parallel3, options3?.concurrentFinalizers)((restore) => forEachParUnbounded(self, (a, i) => restore(f(a, i)), isRequestBatchingEnabled)), (n) => finalizersMaskInternal(parallelN2(n), options3?.concurrentFinalizers)((restore) => forEachParN(self, n, (a, i) => restore(f(a, i)), isRequestBatchingEnabled)));
})), forEachParUnbounded = (self, f, batching) => suspend(() => {
  let as8 = fromIterable(self), array4 = new Array(as8.length);
  return zipRight(forEachConcurrentDiscard(as8, (a, i) => flatMap7(f(a, i), (b) => sync(() => array4[i] = b)), batching, !1), succeed(array4));
}), forEachConcurrentDiscard = (self, f, batching, processAll, n) => uninterruptibleMask((restore) => transplant((graft) => withFiberRuntime((parent) => {
  let todos = Array.from(self).reverse(), target = todos.length;
  if (target === 0)
    return void_;
  let counter6 = 0, interrupted2 = !1, fibersCount = n ? Math.min(todos.length, n) : todos.length, fibers = /* @__PURE__ */ new Set(), results = new Array(), interruptAll2 = () => fibers.forEach((fiber) => {
    fiber.currentScheduler.scheduleTask(() => {
      fiber.unsafeInterruptAsFork(parent.id());
    }, 0, fiber);
  }), startOrder = new Array(), joinOrder = new Array(), residual = new Array(), collectExits = () => {
    let exits = results.filter(({
      exit: exit4
    }) => exit4._tag === "Failure").sort((a, b) => a.index < b.index ? -1 : a.index === b.index ? 0 : 1).map(({
      exit: exit4
    }) => exit4);
    return exits.length === 0 && exits.push(exitVoid), exits;
  }, runFiber = (eff, interruptImmediately = !1) => {
    let runnable = uninterruptible(graft(eff)), fiber = unsafeForkUnstarted(runnable, parent, parent.currentRuntimeFlags, globalScope);
    return parent.currentScheduler.scheduleTask(() => {
      interruptImmediately && fiber.unsafeInterruptAsFork(parent.id()), fiber.resume(runnable);
    }, 0, fiber), fiber;
  }, onInterruptSignal = () => {
    processAll || (target -= todos.length, todos = []), interrupted2 = !0, interruptAll2();
  }, stepOrExit = batching ? step2 : exit, processingFiber = runFiber(async_((resume2) => {
    let pushResult = (res, index) => {
      res._op === "Blocked" ? residual.push(res) : (results.push({
        index,
        exit: res
      }), res._op === "Failure" && !interrupted2 && onInterruptSignal());
    }, next3 = () => {
      if (todos.length > 0) {
        let a = todos.pop(), index = counter6++, returnNextElement = () => {
          let a2 = todos.pop();
          return index = counter6++, flatMap7(yieldNow(), () => flatMap7(stepOrExit(restore(f(a2, index))), onRes));
        }, onRes = (res) => todos.length > 0 && (pushResult(res, index), todos.length > 0) ? returnNextElement() : succeed(res), todo = flatMap7(stepOrExit(restore(f(a, index))), onRes), fiber = runFiber(todo);
        startOrder.push(fiber), fibers.add(fiber), interrupted2 && fiber.currentScheduler.scheduleTask(() => {
          fiber.unsafeInterruptAsFork(parent.id());
        }, 0, fiber), fiber.addObserver((wrapped) => {
          let exit4;
          if (wrapped._op === "Failure" ? exit4 = wrapped : exit4 = wrapped.effect_instruction_i0, joinOrder.push(fiber), fibers.delete(fiber), pushResult(exit4, index), results.length === target)
            resume2(succeed(getOrElse2(exitCollectAll(collectExits(), {
              parallel: !0
            }), () => exitVoid)));
          else if (residual.length + results.length === target) {
            let exits = collectExits(), requests = residual.map((blocked2) => blocked2.effect_instruction_i0).reduce(par);
            resume2(succeed(blocked(requests, forEachConcurrentDiscard([getOrElse2(exitCollectAll(exits, {
              parallel: !0
            }), () => exitVoid), ...residual.map((blocked2) => blocked2.effect_instruction_i1)], (i) => i, batching, !0, n))));
          } else
            next3();
        });
      }
    };
    for (let i = 0; i < fibersCount; i++)
      next3();
  }));
  return asVoid(onExit(flatten3(restore(join2(processingFiber))), exitMatch({
    onFailure: (cause2) => {
      onInterruptSignal();
      let target2 = residual.length + 1, concurrency = Math.min(typeof n == "number" ? n : residual.length, residual.length), toPop = Array.from(residual);
      return async_((cb) => {
        let exits = [], count3 = 0, index = 0, check2 = (index2, hitNext) => (exit4) => {
          exits[index2] = exit4, count3++, count3 === target2 && cb(exitSucceed(exitFailCause(cause2))), toPop.length > 0 && hitNext && next3();
        }, next3 = () => {
          runFiber(toPop.pop(), !0).addObserver(check2(index, !0)), index++;
        };
        processingFiber.addObserver(check2(index, !1)), index++;
        for (let i = 0; i < concurrency; i++)
          next3();
      });
    },
    onSuccess: () => forEachSequential(joinOrder, (f2) => f2.inheritAll)
  })));
}))), forEachParN = (self, n, f, batching) => suspend(() => {
  let as8 = fromIterable(self), array4 = new Array(as8.length);
  return zipRight(forEachConcurrentDiscard(as8, (a, i) => map11(f(a, i), (b) => array4[i] = b), batching, !1, n), succeed(array4));
}), fork = (self) => withFiberRuntime((state, status2) => succeed(unsafeFork2(self, state, status2.runtimeFlags))), forkDaemon = (self) => forkWithScopeOverride(self, globalScope);
var unsafeFork2 = (effect3, parentFiber, parentRuntimeFlags, overrideScope = null) => {
  let childFiber = unsafeMakeChildFiber(effect3, parentFiber, parentRuntimeFlags, overrideScope);
  return childFiber.resume(effect3), childFiber;
}, unsafeForkUnstarted = (effect3, parentFiber, parentRuntimeFlags, overrideScope = null) => unsafeMakeChildFiber(effect3, parentFiber, parentRuntimeFlags, overrideScope), unsafeMakeChildFiber = (effect3, parentFiber, parentRuntimeFlags, overrideScope = null) => {
  let childId = unsafeMake2(), parentFiberRefs = parentFiber.getFiberRefs(), childFiberRefs = forkAs(parentFiberRefs, childId), childFiber = new FiberRuntime(childId, childFiberRefs, parentRuntimeFlags), childContext = getOrDefault(childFiberRefs, currentContext), supervisor = childFiber.currentSupervisor;
  return supervisor.onStart(childContext, effect3, some2(parentFiber), childFiber), childFiber.addObserver((exit4) => supervisor.onEnd(exit4, childFiber)), (overrideScope !== null ? overrideScope : pipe(parentFiber.getFiberRef(currentForkScopeOverride), getOrElse2(() => parentFiber.scope()))).add(parentRuntimeFlags, childFiber), childFiber;
}, forkWithScopeOverride = (self, scopeOverride) => withFiberRuntime((parentFiber, parentStatus) => succeed(unsafeFork2(self, parentFiber, parentStatus.runtimeFlags, scopeOverride)));
var parallelFinalizers = (self) => contextWithEffect((context5) => match2(getOption2(context5, scopeTag), {
  onNone: () => self,
  onSome: (scope4) => {
    switch (scope4.strategy._tag) {
      case "Parallel":
        return self;
      case "Sequential":
      case "ParallelN":
        return flatMap7(scopeFork(scope4, parallel3), (inner) => scopeExtend(self, inner));
    }
  }
})), parallelNFinalizers = (parallelism) => (self) => contextWithEffect((context5) => match2(getOption2(context5, scopeTag), {
  onNone: () => self,
  onSome: (scope4) => scope4.strategy._tag === "ParallelN" && scope4.strategy.parallelism === parallelism ? self : flatMap7(scopeFork(scope4, parallelN2(parallelism)), (inner) => scopeExtend(self, inner))
}));
var finalizersMaskInternal = (strategy, concurrentFinalizers) => (self) => contextWithEffect((context5) => match2(getOption2(context5, scopeTag), {
  onNone: () => self(identity),
  onSome: (scope4) => {
    if (concurrentFinalizers === !0) {
      let patch11 = strategy._tag === "Parallel" ? parallelFinalizers : strategy._tag === "Sequential" ? sequentialFinalizers : parallelNFinalizers(strategy.parallelism);
      switch (scope4.strategy._tag) {
        case "Parallel":
          return patch11(self(parallelFinalizers));
        case "Sequential":
          return patch11(self(sequentialFinalizers));
        case "ParallelN":
          return patch11(self(parallelNFinalizers(scope4.strategy.parallelism)));
      }
    } else
      return self(identity);
  }
})), scopeWith = (f) => flatMap7(scopeTag, f), scopedWith = (f) => flatMap7(scopeMake(), (scope4) => onExit(f(scope4), (exit4) => scope4.close(exit4)));
var sequentialFinalizers = (self) => contextWithEffect((context5) => match2(getOption2(context5, scopeTag), {
  onNone: () => self,
  onSome: (scope4) => {
    switch (scope4.strategy._tag) {
      case "Sequential":
        return self;
      case "Parallel":
      case "ParallelN":
        return flatMap7(scopeFork(scope4, sequential3), (inner) => scopeExtend(self, inner));
    }
  }
}));
var zipOptions = /* @__PURE__ */ dual((args2) => isEffect(args2[1]), (self, that, options3) => zipWithOptions(self, that, (a, b) => [a, b], options3)), zipLeftOptions = /* @__PURE__ */ dual((args2) => isEffect(args2[1]), (self, that, options3) => options3?.concurrent !== !0 && (options3?.batching === void 0 || options3.batching === !1) ? zipLeft(self, that) : zipWithOptions(self, that, (a, _) => a, options3)), zipRightOptions = /* @__PURE__ */ dual((args2) => isEffect(args2[1]), (self, that, options3) => options3?.concurrent !== !0 && (options3?.batching === void 0 || options3.batching === !1) ? zipRight(self, that) : zipWithOptions(self, that, (_, b) => b, options3)), zipWithOptions = /* @__PURE__ */ dual((args2) => isEffect(args2[1]), (self, that, f, options3) => map11(all3([self, that], {
  concurrency: options3?.concurrent ? 2 : 1,
  batching: options3?.batching,
  concurrentFinalizers: options3?.concurrentFinalizers
}), ([a, a2]) => f(a, a2)));
var scopeTag = /* @__PURE__ */ GenericTag("effect/Scope"), scope = scopeTag, scopeUnsafeAddFinalizer = (scope4, fin) => {
  scope4.state._tag === "Open" && scope4.state.finalizers.set({}, fin);
}, ScopeImplProto = {
  [ScopeTypeId]: ScopeTypeId,
  [CloseableScopeTypeId]: CloseableScopeTypeId,
  pipe() {
    return pipeArguments(this, arguments);
  },
  fork(strategy) {
    return sync(() => {
      let newScope = scopeUnsafeMake(strategy);
      if (this.state._tag === "Closed")
        return newScope.state = this.state, newScope;
      let key = {}, fin = (exit4) => newScope.close(exit4);
      return this.state.finalizers.set(key, fin), scopeUnsafeAddFinalizer(newScope, (_) => sync(() => {
        this.state._tag === "Open" && this.state.finalizers.delete(key);
      })), newScope;
    });
  },
  close(exit4) {
    return suspend(() => {
      if (this.state._tag === "Closed")
        return void_;
      let finalizers = Array.from(this.state.finalizers.values()).reverse();
      return this.state = {
        _tag: "Closed",
        exit: exit4
      }, finalizers.length === 0 ? void_ : isSequential(this.strategy) ? pipe(forEachSequential(finalizers, (fin) => exit(fin(exit4))), flatMap7((results) => pipe(exitCollectAll(results), map2(exitAsVoid), getOrElse2(() => exitVoid)))) : isParallel(this.strategy) ? pipe(forEachParUnbounded(finalizers, (fin) => exit(fin(exit4)), !1), flatMap7((results) => pipe(exitCollectAll(results, {
        parallel: !0
      }), map2(exitAsVoid), getOrElse2(() => exitVoid)))) : pipe(forEachParN(finalizers, this.strategy.parallelism, (fin) => exit(fin(exit4)), !1), flatMap7((results) => pipe(exitCollectAll(results, {
        parallel: !0
      }), map2(exitAsVoid), getOrElse2(() => exitVoid))));
    });
  },
  addFinalizer(fin) {
    return suspend(() => this.state._tag === "Closed" ? fin(this.state.exit) : (this.state.finalizers.set({}, fin), void_));
  }
}, scopeUnsafeMake = (strategy = sequential2) => {
  let scope4 = Object.create(ScopeImplProto);
  return scope4.strategy = strategy, scope4.state = {
    _tag: "Open",
    finalizers: /* @__PURE__ */ new Map()
  }, scope4;
}, scopeMake = (strategy = sequential2) => sync(() => scopeUnsafeMake(strategy)), scopeExtend = /* @__PURE__ */ dual(2, (effect3, scope4) => mapInputContext(
  effect3,
  // @ts-expect-error
  merge3(make9(scopeTag, scope4))
));
var fiberRefUnsafeMakeSupervisor = (initial2) => fiberRefUnsafeMakePatch(initial2, {
  differ: differ2,
  fork: empty22
});
var currentRuntimeFlags = /* @__PURE__ */ fiberRefUnsafeMakeRuntimeFlags(none5), currentSupervisor = /* @__PURE__ */ fiberRefUnsafeMakeSupervisor(none7);
var raceWith = /* @__PURE__ */ dual(3, (self, other, options3) => raceFibersWith(self, other, {
  onSelfWin: (winner, loser) => flatMap7(winner.await, (exit4) => {
    switch (exit4._tag) {
      case OP_SUCCESS:
        return flatMap7(winner.inheritAll, () => options3.onSelfDone(exit4, loser));
      case OP_FAILURE:
        return options3.onSelfDone(exit4, loser);
    }
  }),
  onOtherWin: (winner, loser) => flatMap7(winner.await, (exit4) => {
    switch (exit4._tag) {
      case OP_SUCCESS:
        return flatMap7(winner.inheritAll, () => options3.onOtherDone(exit4, loser));
      case OP_FAILURE:
        return options3.onOtherDone(exit4, loser);
    }
  })
}));
var race = /* @__PURE__ */ dual(2, (self, that) => fiberIdWith((parentFiberId) => raceWith(self, that, {
  onSelfDone: (exit4, right3) => exitMatchEffect(exit4, {
    onFailure: (cause2) => pipe(join2(right3), mapErrorCause((cause22) => parallel(cause2, cause22))),
    onSuccess: (value3) => pipe(right3, interruptAsFiber(parentFiberId), as(value3))
  }),
  onOtherDone: (exit4, left3) => exitMatchEffect(exit4, {
    onFailure: (cause2) => pipe(join2(left3), mapErrorCause((cause22) => parallel(cause22, cause2))),
    onSuccess: (value3) => pipe(left3, interruptAsFiber(parentFiberId), as(value3))
  })
}))), raceFibersWith = /* @__PURE__ */ dual(3, (self, other, options3) => withFiberRuntime((parentFiber, parentStatus) => {
  let parentRuntimeFlags = parentStatus.runtimeFlags, raceIndicator = make11(!0), leftFiber = unsafeMakeChildFiber(self, parentFiber, parentRuntimeFlags, options3.selfScope), rightFiber = unsafeMakeChildFiber(other, parentFiber, parentRuntimeFlags, options3.otherScope);
  return async_((cb) => {
    leftFiber.addObserver(() => completeRace(leftFiber, rightFiber, options3.onSelfWin, raceIndicator, cb)), rightFiber.addObserver(() => completeRace(rightFiber, leftFiber, options3.onOtherWin, raceIndicator, cb)), leftFiber.startFork(self), rightFiber.startFork(other);
  }, combine3(leftFiber.id(), rightFiber.id()));
})), completeRace = (winner, loser, cont, ab, cb) => {
  compareAndSet(!0, !1)(ab) && cb(cont(winner, loser));
}, ensuring = /* @__PURE__ */ dual(2, (self, finalizer2) => uninterruptibleMask((restore) => matchCauseEffect(restore(self), {
  onFailure: (cause1) => matchCauseEffect(finalizer2, {
    onFailure: (cause2) => failCause(sequential(cause1, cause2)),
    onSuccess: () => failCause(cause1)
  }),
  onSuccess: (a) => as(finalizer2, a)
}))), invokeWithInterrupt = (self, entries2, onInterrupt3) => fiberIdWith((id2) => ensuring(flatMap7(forkDaemon(interruptible2(self)), (processing) => async_((cb) => {
  let counts = entries2.map((_) => _.listeners.count), checkDone = () => {
    counts.every((count3) => count3 === 0) && entries2.every((_) => _.result.state.current._tag === "Pending" ? !0 : !!(_.result.state.current._tag === "Done" && exitIsExit(_.result.state.current.effect) && _.result.state.current.effect._tag === "Failure" && isInterrupted(_.result.state.current.effect.cause))) && (cleanup.forEach((f) => f()), onInterrupt3?.(), cb(interruptFiber(processing)));
  };
  processing.addObserver((exit4) => {
    cleanup.forEach((f) => f()), cb(exit4);
  });
  let cleanup = entries2.map((r, i) => {
    let observer = (count3) => {
      counts[i] = count3, checkDone();
    };
    return r.listeners.addObserver(observer), () => r.listeners.removeObserver(observer);
  });
  return checkDone(), sync(() => {
    cleanup.forEach((f) => f());
  });
})), suspend(() => {
  let residual = entries2.flatMap((entry) => entry.state.completed ? [] : [entry]);
  return forEachSequentialDiscard(residual, (entry) => complete(entry.request, exitInterrupt(id2)));
})));

// node_modules/effect/dist/esm/Cause.js
var fail4 = fail, die4 = die, interrupt4 = interrupt;
var isFailType2 = isFailType, isDieType2 = isDieType;
var isInterrupted2 = isInterrupted, isInterruptedOnly2 = isInterruptedOnly;
var interruptors2 = interruptors, failureOption2 = failureOption, failureOrCause2 = failureOrCause;
var map14 = map9;
var squash = causeSquash;
var IllegalArgumentException2 = IllegalArgumentException;
var pretty2 = pretty;

// node_modules/effect/dist/esm/internal/schedule/interval.js
var IntervalSymbolKey = "effect/ScheduleInterval", IntervalTypeId = /* @__PURE__ */ Symbol.for(IntervalSymbolKey), empty24 = {
  [IntervalTypeId]: IntervalTypeId,
  startMillis: 0,
  endMillis: 0
}, make32 = (startMillis, endMillis) => startMillis > endMillis ? empty24 : {
  [IntervalTypeId]: IntervalTypeId,
  startMillis,
  endMillis
}, lessThan2 = /* @__PURE__ */ dual(2, (self, that) => min2(self, that) === self), min2 = /* @__PURE__ */ dual(2, (self, that) => self.endMillis <= that.startMillis ? self : that.endMillis <= self.startMillis ? that : self.startMillis < that.startMillis ? self : that.startMillis < self.startMillis ? that : self.endMillis <= that.endMillis ? self : that);
var isEmpty6 = (self) => self.startMillis >= self.endMillis;
var intersect = /* @__PURE__ */ dual(2, (self, that) => {
  let start3 = Math.max(self.startMillis, that.startMillis), end3 = Math.min(self.endMillis, that.endMillis);
  return make32(start3, end3);
}), size7 = (self) => millis(self.endMillis - self.startMillis);
var after = (startMilliseconds) => make32(startMilliseconds, Number.POSITIVE_INFINITY);

// node_modules/effect/dist/esm/ScheduleInterval.js
var make33 = make32, empty25 = empty24, lessThan3 = lessThan2;
var isEmpty7 = isEmpty6;
var intersect2 = intersect, size8 = size7;
var after2 = after;

// node_modules/effect/dist/esm/internal/schedule/intervals.js
var IntervalsSymbolKey = "effect/ScheduleIntervals", IntervalsTypeId = /* @__PURE__ */ Symbol.for(IntervalsSymbolKey), make34 = (intervals) => ({
  [IntervalsTypeId]: IntervalsTypeId,
  intervals
});
var intersect3 = /* @__PURE__ */ dual(2, (self, that) => intersectLoop(self.intervals, that.intervals, empty2())), intersectLoop = (_left, _right, _acc) => {
  let left3 = _left, right3 = _right, acc = _acc;
  for (; isNonEmpty(left3) && isNonEmpty(right3); ) {
    let interval = pipe(headNonEmpty2(left3), intersect2(headNonEmpty2(right3))), intervals = isEmpty7(interval) ? acc : pipe(acc, prepend2(interval));
    pipe(headNonEmpty2(left3), lessThan3(headNonEmpty2(right3))) ? left3 = tailNonEmpty2(left3) : right3 = tailNonEmpty2(right3), acc = intervals;
  }
  return make34(reverse2(acc));
}, start = (self) => pipe(self.intervals, head2, getOrElse2(() => empty25)).startMillis, end = (self) => pipe(self.intervals, head2, getOrElse2(() => empty25)).endMillis, lessThan4 = /* @__PURE__ */ dual(2, (self, that) => start(self) < start(that)), isNonEmpty3 = (self) => isNonEmpty(self.intervals);

// node_modules/effect/dist/esm/ScheduleIntervals.js
var make35 = make34;
var intersect4 = intersect3, start2 = start, end2 = end, lessThan5 = lessThan4, isNonEmpty4 = isNonEmpty3;

// node_modules/effect/dist/esm/internal/schedule/decision.js
var OP_CONTINUE = "Continue", OP_DONE2 = "Done", _continue = (intervals) => ({
  _tag: OP_CONTINUE,
  intervals
}), continueWith = (interval) => ({
  _tag: OP_CONTINUE,
  intervals: make35(of2(interval))
}), done4 = {
  _tag: OP_DONE2
}, isContinue = (self) => self._tag === OP_CONTINUE, isDone3 = (self) => self._tag === OP_DONE2;

// node_modules/effect/dist/esm/ScheduleDecision.js
var _continue2 = _continue;
var continueWith2 = continueWith, done5 = done4, isContinue2 = isContinue, isDone4 = isDone3;

// node_modules/effect/dist/esm/Scope.js
var addFinalizer2 = scopeAddFinalizer, addFinalizerExit = scopeAddFinalizerExit, close = scopeClose, extend2 = scopeExtend, fork2 = scopeFork;
var make36 = scopeMake;

// node_modules/effect/dist/esm/internal/effect/circular.js
var Semaphore = class {
  permits;
  waiters = /* @__PURE__ */ new Set();
  taken = 0;
  constructor(permits) {
    this.permits = permits;
  }
  get free() {
    return this.permits - this.taken;
  }
  take = (n) => asyncInterrupt((resume2) => {
    if (this.free < n) {
      let observer = () => {
        this.free < n || (this.waiters.delete(observer), resume2(suspend(() => this.free < n ? this.take(n) : (this.taken += n, succeed(n)))));
      };
      return this.waiters.add(observer), sync(() => {
        this.waiters.delete(observer);
      });
    }
    resume2(suspend(() => this.free < n ? this.take(n) : (this.taken += n, succeed(n))));
  });
  updateTakenUnsafe(fiber, f) {
    return this.taken = f(this.taken), this.waiters.size > 0 && fiber.getFiberRef(currentScheduler).scheduleTask(() => {
      let iter = this.waiters.values(), item = iter.next();
      for (; item.done === !1 && this.free > 0; )
        item.value(), item = iter.next();
    }, fiber.getFiberRef(currentSchedulingPriority), fiber), succeed(this.free);
  }
  updateTaken(f) {
    return withFiberRuntime((fiber) => this.updateTakenUnsafe(fiber, f));
  }
  resize = (permits) => asVoid(withFiberRuntime((fiber) => (this.permits = permits, this.free < 0 ? void_ : this.updateTakenUnsafe(fiber, (taken) => taken))));
  release = (n) => this.updateTaken((taken) => taken - n);
  releaseAll = /* @__PURE__ */ this.updateTaken((_) => 0);
  withPermits = (n) => (self) => uninterruptibleMask((restore) => flatMap7(restore(this.take(n)), (permits) => ensuring(restore(self), this.release(permits))));
  withPermitsIfAvailable = (n) => (self) => uninterruptibleMask((restore) => suspend(() => this.free < n ? succeedNone : (this.taken += n, ensuring(restore(asSome(self)), this.release(n)))));
}, unsafeMakeSemaphore = (permits) => new Semaphore(permits), makeSemaphore = (permits) => sync(() => unsafeMakeSemaphore(permits)), Latch = class extends Class2 {
  isOpen;
  waiters = [];
  scheduled = !1;
  constructor(isOpen) {
    super(), this.isOpen = isOpen;
  }
  commit() {
    return this.await;
  }
  unsafeSchedule(fiber) {
    return this.scheduled || this.waiters.length === 0 ? void_ : (this.scheduled = !0, fiber.currentScheduler.scheduleTask(this.flushWaiters, fiber.getFiberRef(currentSchedulingPriority), fiber), void_);
  }
  flushWaiters = () => {
    this.scheduled = !1;
    let waiters = this.waiters;
    this.waiters = [];
    for (let i = 0; i < waiters.length; i++)
      waiters[i](exitVoid);
  };
  open = /* @__PURE__ */ withFiberRuntime((fiber) => this.isOpen ? void_ : (this.isOpen = !0, this.unsafeSchedule(fiber)));
  unsafeOpen() {
    this.isOpen || (this.isOpen = !0, this.flushWaiters());
  }
  release = /* @__PURE__ */ withFiberRuntime((fiber) => this.isOpen ? void_ : this.unsafeSchedule(fiber));
  await = /* @__PURE__ */ asyncInterrupt((resume2) => this.isOpen ? resume2(void_) : (this.waiters.push(resume2), sync(() => {
    let index = this.waiters.indexOf(resume2);
    index !== -1 && this.waiters.splice(index, 1);
  })));
  unsafeClose() {
    this.isOpen = !1;
  }
  close = /* @__PURE__ */ sync(() => {
    this.isOpen = !1;
  });
  whenOpen = (self) => zipRight(this.await, self);
}, unsafeMakeLatch = (open) => new Latch(open ?? !1);
var forkIn = /* @__PURE__ */ dual(2, (self, scope4) => withFiberRuntime((parent, parentStatus) => {
  let scopeImpl = scope4, fiber = unsafeFork2(self, parent, parentStatus.runtimeFlags, globalScope);
  if (scopeImpl.state._tag === "Open") {
    let finalizer2 = () => fiberIdWith((fiberId2) => equals(fiberId2, fiber.id()) ? void_ : asVoid(interruptFiber(fiber))), key = {};
    scopeImpl.state.finalizers.set(key, finalizer2), fiber.addObserver(() => {
      scopeImpl.state._tag !== "Closed" && scopeImpl.state.finalizers.delete(key);
    });
  } else
    fiber.unsafeInterruptAsFork(parent.id());
  return succeed(fiber);
}));
var memoKeySymbol = /* @__PURE__ */ Symbol.for("effect/Effect/memoizeFunction.key"), Key = class {
  a;
  eq;
  [memoKeySymbol] = memoKeySymbol;
  constructor(a, eq) {
    this.a = a, this.eq = eq;
  }
  [symbol2](that) {
    return hasProperty(that, memoKeySymbol) ? this.eq ? this.eq(this.a, that.a) : equals(this.a, that.a) : !1;
  }
  [symbol]() {
    return this.eq ? 0 : cached(this, hash(this.a));
  }
};
var timeoutFail = /* @__PURE__ */ dual(2, (self, {
  duration: duration2,
  onTimeout
}) => flatten3(timeoutTo(self, {
  onTimeout: () => failSync(onTimeout),
  onSuccess: succeed,
  duration: duration2
})));
var timeoutTo = /* @__PURE__ */ dual(2, (self, {
  duration: duration2,
  onSuccess,
  onTimeout
}) => fiberIdWith((parentFiberId) => uninterruptibleMask((restore) => raceFibersWith(exit(restore(self)), interruptible2(sleep3(duration2)), {
  onSelfWin: (winner, loser) => flatMap7(winner.await, (exit4) => {
    let selfExit = exitFlatten(exit4);
    return selfExit._tag === "Success" ? flatMap7(winner.inheritAll, () => as(interruptAsFiber(loser, parentFiberId), onSuccess(selfExit.value))) : flatMap7(interruptAsFiber(loser, parentFiberId), () => exitFailCause(selfExit.cause));
  }),
  onOtherWin: (winner, loser) => flatMap7(winner.await, (exit4) => exit4._tag === "Success" ? flatMap7(winner.inheritAll, () => as(interruptAsFiber(loser, parentFiberId), onTimeout())) : flatMap7(interruptAsFiber(loser, parentFiberId), () => exitFailCause(exit4.cause))),
  otherScope: globalScope
})))), SynchronizedSymbolKey = "effect/Ref/SynchronizedRef", SynchronizedTypeId = /* @__PURE__ */ Symbol.for(SynchronizedSymbolKey), synchronizedVariance = {
  /* c8 ignore next */
  _A: (_) => _
}, SynchronizedImpl = class extends Class2 {
  ref;
  withLock;
  [SynchronizedTypeId] = synchronizedVariance;
  [RefTypeId] = refVariance;
  [TypeId10] = TypeId10;
  constructor(ref, withLock) {
    super(), this.ref = ref, this.withLock = withLock, this.get = get11(this.ref);
  }
  get;
  commit() {
    return this.get;
  }
  modify(f) {
    return this.modifyEffect((a) => succeed(f(a)));
  }
  modifyEffect(f) {
    return this.withLock(pipe(flatMap7(get11(this.ref), f), flatMap7(([b, a]) => as(set4(this.ref, a), b))));
  }
}, makeSynchronized = (value3) => sync(() => unsafeMakeSynchronized(value3)), unsafeMakeSynchronized = (value3) => {
  let ref = unsafeMake4(value3), sem = unsafeMakeSemaphore(1);
  return new SynchronizedImpl(ref, sem.withPermits(1));
};

// node_modules/effect/dist/esm/internal/managedRuntime/circular.js
var TypeId13 = /* @__PURE__ */ Symbol.for("effect/ManagedRuntime");

// node_modules/effect/dist/esm/internal/opCodes/layer.js
var OP_FRESH = "Fresh", OP_FROM_EFFECT = "FromEffect", OP_SCOPED = "Scoped", OP_SUSPEND = "Suspend", OP_PROVIDE = "Provide", OP_PROVIDE_MERGE = "ProvideMerge", OP_MERGE_ALL = "MergeAll";

// node_modules/effect/dist/esm/Fiber.js
var _await2 = _await;
var getCurrentFiber2 = getCurrentFiber, inheritAll2 = inheritAll, interrupt5 = interruptFiber;
var interruptAs = interruptAsFiber;
var join3 = join2;

// node_modules/effect/dist/esm/internal/runtime.js
var makeDual = (f) => function() {
  if (arguments.length === 1) {
    let runtime4 = arguments[0];
    return (effect3, ...args2) => f(runtime4, effect3, ...args2);
  }
  return f.apply(this, arguments);
}, unsafeFork3 = /* @__PURE__ */ makeDual((runtime4, self, options3) => {
  let fiberId2 = unsafeMake2(), fiberRefUpdates = [[currentContext, [[fiberId2, runtime4.context]]]];
  options3?.scheduler && fiberRefUpdates.push([currentScheduler, [[fiberId2, options3.scheduler]]]);
  let fiberRefs3 = updateManyAs2(runtime4.fiberRefs, {
    entries: fiberRefUpdates,
    forkAs: fiberId2
  });
  options3?.updateRefs && (fiberRefs3 = options3.updateRefs(fiberRefs3, fiberId2));
  let fiberRuntime = new FiberRuntime(fiberId2, fiberRefs3, runtime4.runtimeFlags), effect3 = self;
  options3?.scope && (effect3 = flatMap7(fork2(options3.scope, sequential2), (closeableScope) => zipRight(scopeAddFinalizer(closeableScope, fiberIdWith((id2) => equals(id2, fiberRuntime.id()) ? void_ : interruptAsFiber(fiberRuntime, id2))), onExit(self, (exit4) => close(closeableScope, exit4)))));
  let supervisor = fiberRuntime.currentSupervisor;
  return supervisor !== none7 && (supervisor.onStart(runtime4.context, effect3, none2(), fiberRuntime), fiberRuntime.addObserver((exit4) => supervisor.onEnd(exit4, fiberRuntime))), globalScope.add(runtime4.runtimeFlags, fiberRuntime), options3?.immediate === !1 ? fiberRuntime.resume(effect3) : fiberRuntime.start(effect3), fiberRuntime;
});
var unsafeRunSync = /* @__PURE__ */ makeDual((runtime4, effect3) => {
  let result = unsafeRunSyncExit(runtime4)(effect3);
  if (result._tag === "Failure")
    throw fiberFailure(result.effect_instruction_i0);
  return result.effect_instruction_i0;
}), AsyncFiberExceptionImpl = class extends Error {
  fiber;
  _tag = "AsyncFiberException";
  constructor(fiber) {
    super(`Fiber #${fiber.id().id} cannot be resolved synchronously. This is caused by using runSync on an effect that performs async work`), this.fiber = fiber, this.name = this._tag, this.stack = this.message;
  }
}, asyncFiberException = (fiber) => {
  let limit = getStackTraceLimit();
  setStackTraceLimit(0);
  let error = new AsyncFiberExceptionImpl(fiber);
  return setStackTraceLimit(limit), error;
};
var FiberFailureId = /* @__PURE__ */ Symbol.for("effect/Runtime/FiberFailure"), FiberFailureCauseId = /* @__PURE__ */ Symbol.for("effect/Runtime/FiberFailure/Cause"), FiberFailureImpl = class extends Error {
  [FiberFailureId];
  [FiberFailureCauseId];
  constructor(cause2) {
    let head7 = prettyErrors(cause2)[0];
    super(head7?.message || "An error has occurred"), this[FiberFailureId] = FiberFailureId, this[FiberFailureCauseId] = cause2, this.name = head7 ? `(FiberFailure) ${head7.name}` : "FiberFailure", head7?.stack && (this.stack = head7.stack);
  }
  toJSON() {
    return {
      _id: "FiberFailure",
      cause: this[FiberFailureCauseId].toJSON()
    };
  }
  toString() {
    return "(FiberFailure) " + pretty(this[FiberFailureCauseId], {
      renderErrorCause: !0
    });
  }
  [NodeInspectSymbol]() {
    return this.toString();
  }
}, fiberFailure = (cause2) => {
  let limit = getStackTraceLimit();
  setStackTraceLimit(0);
  let error = new FiberFailureImpl(cause2);
  return setStackTraceLimit(limit), error;
};
var fastPath = (effect3) => {
  let op = effect3;
  switch (op._op) {
    case "Failure":
    case "Success":
      return op;
    case "Left":
      return exitFail(op.left);
    case "Right":
      return exitSucceed(op.right);
    case "Some":
      return exitSucceed(op.value);
    case "None":
      return exitFail(new NoSuchElementException());
  }
}, unsafeRunSyncExit = /* @__PURE__ */ makeDual((runtime4, effect3) => {
  let op = fastPath(effect3);
  if (op)
    return op;
  let scheduler = new SyncScheduler(), fiberRuntime = unsafeFork3(runtime4)(effect3, {
    scheduler
  });
  scheduler.flush();
  let result = fiberRuntime.unsafePoll();
  return result || exitDie(capture(asyncFiberException(fiberRuntime), currentSpanFromFiber(fiberRuntime)));
}), unsafeRunPromise = /* @__PURE__ */ makeDual((runtime4, effect3, options3) => unsafeRunPromiseExit(runtime4, effect3, options3).then((result) => {
  switch (result._tag) {
    case OP_SUCCESS:
      return result.effect_instruction_i0;
    case OP_FAILURE:
      throw fiberFailure(result.effect_instruction_i0);
  }
})), unsafeRunPromiseExit = /* @__PURE__ */ makeDual((runtime4, effect3, options3) => new Promise((resolve2) => {
  let op = fastPath(effect3);
  op && resolve2(op);
  let fiber = unsafeFork3(runtime4)(effect3);
  if (fiber.addObserver((exit4) => {
    resolve2(exit4);
  }), options3?.signal !== void 0)
    if (options3.signal.aborted)
      fiber.unsafeInterruptAsFork(fiber.id());
    else {
      let signal = options3.signal, onAbort = () => {
        fiber.unsafeInterruptAsFork(fiber.id());
      };
      signal.addEventListener("abort", onAbort, {
        once: !0
      }), fiber.addObserver(() => {
        signal.removeEventListener("abort", onAbort);
      });
    }
})), RuntimeImpl = class {
  context;
  runtimeFlags;
  fiberRefs;
  constructor(context5, runtimeFlags2, fiberRefs3) {
    this.context = context5, this.runtimeFlags = runtimeFlags2, this.fiberRefs = fiberRefs3;
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
}, make37 = (options3) => new RuntimeImpl(options3.context, options3.runtimeFlags, options3.fiberRefs), runtime2 = () => withFiberRuntime((state, status2) => succeed(new RuntimeImpl(state.getFiberRef(currentContext), status2.runtimeFlags, state.getFiberRefs()))), defaultRuntimeFlags = /* @__PURE__ */ make16(Interruption, CooperativeYielding, RuntimeMetrics), defaultRuntime = /* @__PURE__ */ make37({
  context: /* @__PURE__ */ empty8(),
  runtimeFlags: defaultRuntimeFlags,
  fiberRefs: /* @__PURE__ */ empty17()
});
var unsafeForkEffect = /* @__PURE__ */ unsafeFork3(defaultRuntime), unsafeRunPromiseEffect = /* @__PURE__ */ unsafeRunPromise(defaultRuntime);
var unsafeRunSyncEffect = /* @__PURE__ */ unsafeRunSync(defaultRuntime);

// node_modules/effect/dist/esm/internal/synchronizedRef.js
var modifyEffect = /* @__PURE__ */ dual(2, (self, f) => self.modifyEffect(f));

// node_modules/effect/dist/esm/internal/layer.js
var LayerSymbolKey = "effect/Layer", LayerTypeId = /* @__PURE__ */ Symbol.for(LayerSymbolKey), layerVariance = {
  /* c8 ignore next */
  _RIn: (_) => _,
  /* c8 ignore next */
  _E: (_) => _,
  /* c8 ignore next */
  _ROut: (_) => _
}, proto3 = {
  [LayerTypeId]: layerVariance,
  pipe() {
    return pipeArguments(this, arguments);
  }
}, MemoMapTypeIdKey = "effect/Layer/MemoMap", MemoMapTypeId = /* @__PURE__ */ Symbol.for(MemoMapTypeIdKey), CurrentMemoMap = /* @__PURE__ */ Reference2()("effect/Layer/CurrentMemoMap", {
  defaultValue: () => unsafeMakeMemoMap()
}), isLayer = (u) => hasProperty(u, LayerTypeId), isFresh = (self) => self._op_layer === OP_FRESH, MemoMapImpl = class {
  ref;
  [MemoMapTypeId];
  constructor(ref) {
    this.ref = ref, this[MemoMapTypeId] = MemoMapTypeId;
  }
  /**
   * Checks the memo map to see if a layer exists. If it is, immediately
   * returns it. Otherwise, obtains the layer, stores it in the memo map,
   * and adds a finalizer to the `Scope`.
   */
  getOrElseMemoize(layer7, scope4) {
    return pipe(modifyEffect(this.ref, (map22) => {
      let inMap = map22.get(layer7);
      if (inMap !== void 0) {
        let [acquire, release] = inMap, cached4 = pipe(acquire, flatMap7(([patch11, b]) => pipe(patchFiberRefs(patch11), as(b))), onExit(exitMatch({
          onFailure: () => void_,
          onSuccess: () => scopeAddFinalizerExit(scope4, release)
        })));
        return succeed([cached4, map22]);
      }
      return pipe(make23(0), flatMap7((observers) => pipe(deferredMake(), flatMap7((deferred) => pipe(make23(() => void_), map11((finalizerRef) => {
        let resource = uninterruptibleMask((restore) => pipe(scopeMake(), flatMap7((innerScope) => pipe(restore(flatMap7(makeBuilder(layer7, innerScope, !0), (f) => diffFiberRefs(f(this)))), exit, flatMap7((exit4) => {
          switch (exit4._tag) {
            case OP_FAILURE:
              return pipe(deferredFailCause(deferred, exit4.effect_instruction_i0), zipRight(scopeClose(innerScope, exit4)), zipRight(failCause(exit4.effect_instruction_i0)));
            case OP_SUCCESS:
              return pipe(set4(finalizerRef, (exit5) => pipe(scopeClose(innerScope, exit5), whenEffect(modify3(observers, (n) => [n === 1, n - 1])), asVoid)), zipRight(update2(observers, (n) => n + 1)), zipRight(scopeAddFinalizerExit(scope4, (exit5) => pipe(sync(() => map22.delete(layer7)), zipRight(get11(finalizerRef)), flatMap7((finalizer2) => finalizer2(exit5))))), zipRight(deferredSucceed(deferred, exit4.effect_instruction_i0)), as(exit4.effect_instruction_i0[1]));
          }
        }))))), memoized = [pipe(deferredAwait(deferred), onExit(exitMatchEffect({
          onFailure: () => void_,
          onSuccess: () => update2(observers, (n) => n + 1)
        }))), (exit4) => pipe(get11(finalizerRef), flatMap7((finalizer2) => finalizer2(exit4)))];
        return [resource, isFresh(layer7) ? map22 : map22.set(layer7, memoized)];
      }))))));
    }), flatten3);
  }
}, makeMemoMap = /* @__PURE__ */ suspend(() => map11(makeSynchronized(/* @__PURE__ */ new Map()), (ref) => new MemoMapImpl(ref))), unsafeMakeMemoMap = () => new MemoMapImpl(unsafeMakeSynchronized(/* @__PURE__ */ new Map()));
var buildWithScope = /* @__PURE__ */ dual(2, (self, scope4) => flatMap7(makeMemoMap, (memoMap) => buildWithMemoMap(self, memoMap, scope4))), buildWithMemoMap = /* @__PURE__ */ dual(3, (self, memoMap, scope4) => flatMap7(makeBuilder(self, scope4), (run4) => provideService(run4(memoMap), CurrentMemoMap, memoMap))), makeBuilder = (self, scope4, inMemoMap = !1) => {
  let op = self;
  switch (op._op_layer) {
    case "Locally":
      return sync(() => (memoMap) => op.f(memoMap.getOrElseMemoize(op.self, scope4)));
    case "ExtendScope":
      return sync(() => (memoMap) => scopeWith((scope5) => memoMap.getOrElseMemoize(op.layer, scope5)));
    case "Fold":
      return sync(() => (memoMap) => pipe(memoMap.getOrElseMemoize(op.layer, scope4), matchCauseEffect({
        onFailure: (cause2) => memoMap.getOrElseMemoize(op.failureK(cause2), scope4),
        onSuccess: (value3) => memoMap.getOrElseMemoize(op.successK(value3), scope4)
      })));
    case "Fresh":
      return sync(() => (_) => pipe(op.layer, buildWithScope(scope4)));
    case "FromEffect":
      return inMemoMap ? sync(() => (_) => op.effect) : sync(() => (memoMap) => memoMap.getOrElseMemoize(self, scope4));
    case "Provide":
      return sync(() => (memoMap) => pipe(memoMap.getOrElseMemoize(op.first, scope4), flatMap7((env) => pipe(memoMap.getOrElseMemoize(op.second, scope4), provideContext(env)))));
    case "Scoped":
      return inMemoMap ? sync(() => (_) => scopeExtend(op.effect, scope4)) : sync(() => (memoMap) => memoMap.getOrElseMemoize(self, scope4));
    case "Suspend":
      return sync(() => (memoMap) => memoMap.getOrElseMemoize(op.evaluate(), scope4));
    case "ProvideMerge":
      return sync(() => (memoMap) => pipe(memoMap.getOrElseMemoize(op.first, scope4), zipWith2(memoMap.getOrElseMemoize(op.second, scope4), op.zipK)));
    case "ZipWith":
      return gen2(function* () {
        let parallelScope = yield* scopeFork(scope4, parallel2), firstScope = yield* scopeFork(parallelScope, sequential2), secondScope = yield* scopeFork(parallelScope, sequential2);
        return (memoMap) => pipe(memoMap.getOrElseMemoize(op.first, firstScope), zipWithOptions(memoMap.getOrElseMemoize(op.second, secondScope), op.zipK, {
          concurrent: !0
        }));
      });
    case "MergeAll": {
      let layers = op.layers;
      return map11(scopeFork(scope4, parallel2), (parallelScope) => (memoMap) => {
        let contexts = new Array(layers.length);
        return map11(forEachConcurrentDiscard(layers, fnUntraced(function* (layer7, i) {
          let scope5 = yield* scopeFork(parallelScope, sequential2), context5 = yield* memoMap.getOrElseMemoize(layer7, scope5);
          contexts[i] = context5;
        }), !1, !1), () => mergeAll2(...contexts));
      });
    }
  }
};
var context2 = () => fromEffectContext(context());
var fromEffect3 = /* @__PURE__ */ dual(2, (a, b) => {
  let tagFirst = isTag2(a), tag2 = tagFirst ? a : b;
  return fromEffectContext(map11(tagFirst ? b : a, (service2) => make9(tag2, service2)));
});
function fromEffectContext(effect3) {
  let fromEffect8 = Object.create(proto3);
  return fromEffect8._op_layer = OP_FROM_EFFECT, fromEffect8.effect = effect3, fromEffect8;
}
var mergeAll3 = (...layers) => {
  let mergeAll7 = Object.create(proto3);
  return mergeAll7._op_layer = OP_MERGE_ALL, mergeAll7.layers = layers, mergeAll7;
};
var scoped = /* @__PURE__ */ dual(2, (a, b) => {
  let tagFirst = isTag2(a), tag2 = tagFirst ? a : b;
  return scopedContext(map11(tagFirst ? b : a, (service2) => make9(tag2, service2)));
});
var scopedContext = (effect3) => {
  let scoped6 = Object.create(proto3);
  return scoped6._op_layer = OP_SCOPED, scoped6.effect = effect3, scoped6;
};
var suspend3 = (evaluate2) => {
  let suspend9 = Object.create(proto3);
  return suspend9._op_layer = OP_SUSPEND, suspend9.evaluate = evaluate2, suspend9;
};
var provide = /* @__PURE__ */ dual(2, (self, that) => suspend3(() => {
  let provideTo = Object.create(proto3);
  return provideTo._op_layer = OP_PROVIDE, provideTo.first = Object.create(proto3, {
    _op_layer: {
      value: OP_PROVIDE_MERGE,
      enumerable: !0
    },
    first: {
      value: context2(),
      enumerable: !0
    },
    second: {
      value: Array.isArray(that) ? mergeAll3(...that) : that
    },
    zipK: {
      value: (a, b) => pipe(a, merge3(b))
    }
  }), provideTo.second = self, provideTo;
})), provideMerge = /* @__PURE__ */ dual(2, (that, self) => {
  let zipWith8 = Object.create(proto3);
  return zipWith8._op_layer = OP_PROVIDE_MERGE, zipWith8.first = self, zipWith8.second = provide(that, self), zipWith8.zipK = (a, b) => pipe(a, merge3(b)), zipWith8;
});
var provideSomeLayer = /* @__PURE__ */ dual(2, (self, layer7) => scopedWith((scope4) => flatMap7(buildWithScope(layer7, scope4), (context5) => provideSomeContext(self, context5)))), provideSomeRuntime = /* @__PURE__ */ dual(2, (self, rt) => {
  let patchRefs = diff6(defaultRuntime.fiberRefs, rt.fiberRefs), patchFlags = diff4(defaultRuntime.runtimeFlags, rt.runtimeFlags);
  return uninterruptibleMask((restore) => withFiberRuntime((fiber) => {
    let oldContext = fiber.getFiberRef(currentContext), oldRefs = fiber.getFiberRefs(), newRefs = patch7(fiber.id(), oldRefs)(patchRefs), oldFlags = fiber.currentRuntimeFlags, newFlags = patch4(patchFlags)(oldFlags), rollbackRefs = diff6(newRefs, oldRefs), rollbackFlags = diff4(newFlags, oldFlags);
    return fiber.setFiberRefs(newRefs), fiber.currentRuntimeFlags = newFlags, ensuring(provideSomeContext(restore(self), merge3(oldContext, rt.context)), withFiberRuntime((fiber2) => (fiber2.setFiberRefs(patch7(fiber2.id(), fiber2.getFiberRefs())(rollbackRefs)), fiber2.currentRuntimeFlags = patch4(rollbackFlags)(fiber2.currentRuntimeFlags), void_)));
  }));
}), effect_provide = /* @__PURE__ */ dual(2, (self, source) => Array.isArray(source) ? provideSomeLayer(self, mergeAll3(...source)) : isLayer(source) ? provideSomeLayer(self, source) : isContext2(source) ? provideSomeContext(self, source) : TypeId13 in source ? flatMap7(source.runtimeEffect, (rt) => provideSomeRuntime(self, rt)) : provideSomeRuntime(self, source));

// node_modules/effect/dist/esm/Data.js
var struct2 = struct;
var tagged2 = (tag2) => (args2) => {
  let value3 = args2 === void 0 ? Object.create(StructuralPrototype) : struct2(args2);
  return value3._tag = tag2, value3;
};
var taggedEnum = () => new Proxy({}, {
  get(_target, tag2, _receiver) {
    return tag2 === "$is" ? isTagged : tag2 === "$match" ? taggedMatch : tagged2(tag2);
  }
});
function taggedMatch() {
  if (arguments.length === 1) {
    let cases2 = arguments[0];
    return function(value4) {
      return cases2[value4._tag](value4);
    };
  }
  let value3 = arguments[0];
  return arguments[1][value3._tag](value3);
}
var Error3 = /* @__PURE__ */ (function() {
  let plainArgsSymbol = /* @__PURE__ */ Symbol.for("effect/Data/Error/plainArgs");
  return {
    BaseEffectError: class extends YieldableError {
      constructor(args2) {
        super(args2?.message, args2?.cause ? {
          cause: args2.cause
        } : void 0), args2 && (Object.assign(this, args2), Object.defineProperty(this, plainArgsSymbol, {
          value: args2,
          enumerable: !1
        }));
      }
      toJSON() {
        return {
          ...this[plainArgsSymbol],
          ...this
        };
      }
    }
  }.BaseEffectError;
})(), TaggedError = (tag2) => {
  let O = {
    BaseEffectError: class extends Error3 {
      _tag = tag2;
    }
  };
  return O.BaseEffectError.prototype.name = tag2, O.BaseEffectError;
};

// node_modules/effect/dist/esm/internal/dateTime.js
var TypeId14 = /* @__PURE__ */ Symbol.for("effect/DateTime"), TimeZoneTypeId = /* @__PURE__ */ Symbol.for("effect/DateTime/TimeZone"), Proto2 = {
  [TypeId14]: TypeId14,
  pipe() {
    return pipeArguments(this, arguments);
  },
  [NodeInspectSymbol]() {
    return this.toString();
  },
  toJSON() {
    return toDateUtc(this).toJSON();
  }
}, ProtoUtc = {
  ...Proto2,
  _tag: "Utc",
  [symbol]() {
    return cached(this, number2(this.epochMillis));
  },
  [symbol2](that) {
    return isDateTime(that) && that._tag === "Utc" && this.epochMillis === that.epochMillis;
  },
  toString() {
    return `DateTime.Utc(${toDateUtc(this).toJSON()})`;
  }
}, ProtoZoned = {
  ...Proto2,
  _tag: "Zoned",
  [symbol]() {
    return pipe(number2(this.epochMillis), combine(hash(this.zone)), cached(this));
  },
  [symbol2](that) {
    return isDateTime(that) && that._tag === "Zoned" && this.epochMillis === that.epochMillis && equals(this.zone, that.zone);
  },
  toString() {
    return `DateTime.Zoned(${formatIsoZoned(this)})`;
  }
}, ProtoTimeZone = {
  [TimeZoneTypeId]: TimeZoneTypeId,
  [NodeInspectSymbol]() {
    return this.toString();
  }
}, ProtoTimeZoneNamed = {
  ...ProtoTimeZone,
  _tag: "Named",
  [symbol]() {
    return cached(this, string(`Named:${this.id}`));
  },
  [symbol2](that) {
    return isTimeZone(that) && that._tag === "Named" && this.id === that.id;
  },
  toString() {
    return `TimeZone.Named(${this.id})`;
  },
  toJSON() {
    return {
      _id: "TimeZone",
      _tag: "Named",
      id: this.id
    };
  }
}, ProtoTimeZoneOffset = {
  ...ProtoTimeZone,
  _tag: "Offset",
  [symbol]() {
    return cached(this, string(`Offset:${this.offset}`));
  },
  [symbol2](that) {
    return isTimeZone(that) && that._tag === "Offset" && this.offset === that.offset;
  },
  toString() {
    return `TimeZone.Offset(${offsetToString(this.offset)})`;
  },
  toJSON() {
    return {
      _id: "TimeZone",
      _tag: "Offset",
      offset: this.offset
    };
  }
};
var isDateTime = (u) => hasProperty(u, TypeId14);
var isTimeZone = (u) => hasProperty(u, TimeZoneTypeId);
var makeUtc = (epochMillis) => {
  let self = Object.create(ProtoUtc);
  return self.epochMillis = epochMillis, Object.defineProperty(self, "partsUtc", {
    value: void 0,
    enumerable: !1,
    writable: !0
  }), self;
}, unsafeFromDate = (date) => {
  let epochMillis = date.getTime();
  if (Number.isNaN(epochMillis))
    throw new IllegalArgumentException2("Invalid date");
  return makeUtc(epochMillis);
};
var minEpochMillis = -864e13 + 720 * 60 * 1e3, maxEpochMillis = 864e13 - 840 * 60 * 1e3;
var toDateUtc = (self) => new Date(self.epochMillis), toDate = (self) => {
  if (self._tag === "Utc")
    return new Date(self.epochMillis);
  if (self.zone._tag === "Offset")
    return new Date(self.epochMillis + self.zone.offset);
  if (self.adjustedEpochMillis !== void 0)
    return new Date(self.adjustedEpochMillis);
  let parts2 = self.zone.format.formatToParts(self.epochMillis).filter((_) => _.type !== "literal"), date = /* @__PURE__ */ new Date(0);
  return date.setUTCFullYear(Number(parts2[2].value), Number(parts2[0].value) - 1, Number(parts2[1].value)), date.setUTCHours(Number(parts2[3].value), Number(parts2[4].value), Number(parts2[5].value), Number(parts2[6].value)), self.adjustedEpochMillis = date.getTime(), date;
}, zonedOffset = (self) => toDate(self).getTime() - toEpochMillis(self), offsetToString = (offset) => {
  let abs = Math.abs(offset), hours2 = Math.floor(abs / (3600 * 1e3)), minutes2 = Math.round(abs % (3600 * 1e3) / (60 * 1e3));
  return minutes2 === 60 && (hours2 += 1, minutes2 = 0), `${offset < 0 ? "-" : "+"}${String(hours2).padStart(2, "0")}:${String(minutes2).padStart(2, "0")}`;
}, zonedOffsetIso = (self) => offsetToString(zonedOffset(self)), toEpochMillis = (self) => self.epochMillis;
var constDayMillis = 1440 * 60 * 1e3;
var formatIsoOffset = (self) => {
  let date = toDate(self);
  return self._tag === "Utc" ? date.toISOString() : `${date.toISOString().slice(0, -1)}${zonedOffsetIso(self)}`;
}, formatIsoZoned = (self) => self.zone._tag === "Offset" ? formatIsoOffset(self) : `${formatIsoOffset(self)}[${self.zone.id}]`;

// node_modules/effect/dist/esm/Random.js
var next2 = next;

// node_modules/effect/dist/esm/internal/schedule.js
var ScheduleSymbolKey = "effect/Schedule", ScheduleTypeId = /* @__PURE__ */ Symbol.for(ScheduleSymbolKey), isSchedule = (u) => hasProperty(u, ScheduleTypeId), ScheduleDriverSymbolKey = "effect/ScheduleDriver", ScheduleDriverTypeId = /* @__PURE__ */ Symbol.for(ScheduleDriverSymbolKey), defaultIterationMetadata = {
  start: 0,
  now: 0,
  input: void 0,
  output: void 0,
  elapsed: zero,
  elapsedSincePrevious: zero,
  recurrence: 0
}, CurrentIterationMetadata = /* @__PURE__ */ Reference2()("effect/Schedule/CurrentIterationMetadata", {
  defaultValue: () => defaultIterationMetadata
}), scheduleVariance = {
  /* c8 ignore next */
  _Out: (_) => _,
  /* c8 ignore next */
  _In: (_) => _,
  /* c8 ignore next */
  _R: (_) => _
}, scheduleDriverVariance = {
  /* c8 ignore next */
  _Out: (_) => _,
  /* c8 ignore next */
  _In: (_) => _,
  /* c8 ignore next */
  _R: (_) => _
}, ScheduleImpl = class {
  initial;
  step;
  [ScheduleTypeId] = scheduleVariance;
  constructor(initial2, step3) {
    this.initial = initial2, this.step = step3;
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
}, updateInfo = (iterationMetaRef, now2, input, output) => update2(iterationMetaRef, (prev) => prev.recurrence === 0 ? {
  now: now2,
  input,
  output,
  recurrence: prev.recurrence + 1,
  elapsed: zero,
  elapsedSincePrevious: zero,
  start: now2
} : {
  now: now2,
  input,
  output,
  recurrence: prev.recurrence + 1,
  elapsed: millis(now2 - prev.start),
  elapsedSincePrevious: millis(now2 - prev.now),
  start: prev.start
}), ScheduleDriverImpl = class {
  schedule;
  ref;
  [ScheduleDriverTypeId] = scheduleDriverVariance;
  constructor(schedule2, ref) {
    this.schedule = schedule2, this.ref = ref;
  }
  get state() {
    return map11(get11(this.ref), (tuple) => tuple[1]);
  }
  get last() {
    return flatMap7(get11(this.ref), ([element, _]) => {
      switch (element._tag) {
        case "None":
          return failSync(() => new NoSuchElementException());
        case "Some":
          return succeed(element.value);
      }
    });
  }
  iterationMeta = /* @__PURE__ */ unsafeMake4(defaultIterationMetadata);
  get reset() {
    return set4(this.ref, [none2(), this.schedule.initial]).pipe(zipLeft(set4(this.iterationMeta, defaultIterationMetadata)));
  }
  next(input) {
    return pipe(map11(get11(this.ref), (tuple) => tuple[1]), flatMap7((state) => pipe(currentTimeMillis2, flatMap7((now2) => pipe(suspend(() => this.schedule.step(now2, input, state)), flatMap7(([state2, out, decision]) => {
      let setState = set4(this.ref, [some2(out), state2]);
      if (isDone4(decision))
        return setState.pipe(zipRight(fail2(none2())));
      let millis2 = start2(decision.intervals) - now2;
      if (millis2 <= 0)
        return setState.pipe(zipRight(updateInfo(this.iterationMeta, now2, input, out)), as(out));
      let duration2 = millis(millis2);
      return pipe(setState, zipRight(updateInfo(this.iterationMeta, now2, input, out)), zipRight(sleep3(duration2)), as(out));
    }))))));
  }
}, makeWithState = (initial2, step3) => new ScheduleImpl(initial2, step3), addDelay = /* @__PURE__ */ dual(2, (self, f) => addDelayEffect(self, (out) => sync(() => f(out)))), addDelayEffect = /* @__PURE__ */ dual(2, (self, f) => modifyDelayEffect(self, (out, duration2) => map11(f(out), (delay2) => sum(duration2, decode(delay2)))));
var asVoid2 = (self) => map16(self, constVoid);
var check = /* @__PURE__ */ dual(2, (self, test) => checkEffect(self, (input, out) => sync(() => test(input, out)))), checkEffect = /* @__PURE__ */ dual(2, (self, test) => makeWithState(self.initial, (now2, input, state) => flatMap7(self.step(now2, input, state), ([state2, out, decision]) => isDone4(decision) ? succeed([state2, out, done5]) : map11(test(input, out), (cont) => cont ? [state2, out, decision] : [state2, out, done5]))));
var delayedSchedule = (schedule2) => addDelay(schedule2, (x) => x);
var driver = (self) => pipe(make23([none2(), self.initial]), map11((ref) => new ScheduleDriverImpl(self, ref)));
var exponential2 = (baseInput, factor = 2) => {
  let base = decode(baseInput);
  return delayedSchedule(map16(forever2, (i) => times(base, Math.pow(factor, i))));
};
var intersect5 = /* @__PURE__ */ dual(2, (self, that) => intersectWith(self, that, intersect4)), intersectWith = /* @__PURE__ */ dual(3, (self, that, f) => makeWithState([self.initial, that.initial], (now2, input, state) => pipe(zipWith2(self.step(now2, input, state[0]), that.step(now2, input, state[1]), (a, b) => [a, b]), flatMap7(([[lState, out, lDecision], [rState, out2, rDecision]]) => isContinue2(lDecision) && isContinue2(rDecision) ? intersectWithLoop(self, that, input, lState, out, lDecision.intervals, rState, out2, rDecision.intervals, f) : succeed([[lState, rState], [out, out2], done5]))))), intersectWithLoop = (self, that, input, lState, out, lInterval, rState, out2, rInterval, f) => {
  let combined = f(lInterval, rInterval);
  return isNonEmpty4(combined) ? succeed([[lState, rState], [out, out2], _continue2(combined)]) : pipe(lInterval, lessThan5(rInterval)) ? flatMap7(self.step(end2(lInterval), input, lState), ([lState2, out3, decision]) => isDone4(decision) ? succeed([[lState2, rState], [out3, out2], done5]) : intersectWithLoop(self, that, input, lState2, out3, decision.intervals, rState, out2, rInterval, f)) : flatMap7(that.step(end2(rInterval), input, rState), ([rState2, out22, decision]) => isDone4(decision) ? succeed([[lState, rState2], [out, out22], done5]) : intersectWithLoop(self, that, input, lState, out, lInterval, rState2, out22, decision.intervals, f));
};
var map16 = /* @__PURE__ */ dual(2, (self, f) => mapEffect2(self, (out) => sync(() => f(out)))), mapEffect2 = /* @__PURE__ */ dual(2, (self, f) => makeWithState(self.initial, (now2, input, state) => flatMap7(self.step(now2, input, state), ([state2, out, decision]) => map11(f(out), (out2) => [state2, out2, decision]))));
var modifyDelayEffect = /* @__PURE__ */ dual(2, (self, f) => makeWithState(self.initial, (now2, input, state) => flatMap7(self.step(now2, input, state), ([state2, out, decision]) => {
  if (isDone4(decision))
    return succeed([state2, out, decision]);
  let intervals = decision.intervals, delay2 = size8(make33(now2, start2(intervals)));
  return map11(f(out, delay2), (durationInput) => {
    let duration2 = decode(durationInput), oldStart = start2(intervals), newStart = now2 + toMillis(duration2), delta = newStart - oldStart, newEnd = Math.max(0, end2(intervals) + delta), newInterval = make33(newStart, newEnd);
    return [state2, out, continueWith2(newInterval)];
  });
})));
var passthrough = (self) => makeWithState(self.initial, (now2, input, state) => pipe(self.step(now2, input, state), map11(([state2, _, decision]) => [state2, input, decision])));
var recurs = (n) => whileOutput(forever2, (out) => out < n);
var unfold2 = (initial2, f) => makeWithState(initial2, (now2, _, state) => sync(() => [f(state), state, continueWith2(after2(now2))]));
var untilInputEffect = /* @__PURE__ */ dual(2, (self, f) => checkEffect(self, (input, _) => negate(f(input))));
var whileInputEffect = /* @__PURE__ */ dual(2, (self, f) => checkEffect(self, (input, _) => f(input))), whileOutput = /* @__PURE__ */ dual(2, (self, f) => check(self, (_, out) => f(out)));
var ScheduleDefectTypeId = /* @__PURE__ */ Symbol.for("effect/Schedule/ScheduleDefect"), ScheduleDefect = class {
  error;
  [ScheduleDefectTypeId];
  constructor(error) {
    this.error = error, this[ScheduleDefectTypeId] = ScheduleDefectTypeId;
  }
}, isScheduleDefect = (u) => hasProperty(u, ScheduleDefectTypeId), scheduleDefectWrap = (self) => catchAll(self, (e) => die2(new ScheduleDefect(e))), scheduleDefectRefailCause = (cause2) => match2(find(cause2, (_) => isDieType(_) && isScheduleDefect(_.defect) ? some2(_.defect) : none2()), {
  onNone: () => cause2,
  onSome: (error) => fail(error.error)
}), scheduleDefectRefail = (effect3) => catchAllCause(effect3, (cause2) => failCause(scheduleDefectRefailCause(cause2))), repeat_Effect = /* @__PURE__ */ dual(2, (self, schedule2) => repeatOrElse_Effect(self, schedule2, (e, _) => fail2(e))), repeat_combined = /* @__PURE__ */ dual(2, (self, options3) => {
  if (isSchedule(options3))
    return repeat_Effect(self, options3);
  let base = options3.schedule ?? passthrough(forever2), withWhile = options3.while ? whileInputEffect(base, (a) => {
    let applied = options3.while(a);
    return typeof applied == "boolean" ? succeed(applied) : scheduleDefectWrap(applied);
  }) : base, withUntil = options3.until ? untilInputEffect(withWhile, (a) => {
    let applied = options3.until(a);
    return typeof applied == "boolean" ? succeed(applied) : scheduleDefectWrap(applied);
  }) : withWhile, withTimes = options3.times ? intersect5(withUntil, recurs(options3.times)).pipe(map16((intersectionPair) => intersectionPair[0])) : withUntil;
  return scheduleDefectRefail(repeat_Effect(self, withTimes));
}), repeatOrElse_Effect = /* @__PURE__ */ dual(3, (self, schedule2, orElse9) => flatMap7(driver(schedule2), (driver2) => matchEffect(self, {
  onFailure: (error) => orElse9(error, none2()),
  onSuccess: (value3) => repeatOrElseEffectLoop(provideServiceEffect(self, CurrentIterationMetadata, get11(driver2.iterationMeta)), driver2, (error, option2) => provideServiceEffect(orElse9(error, option2), CurrentIterationMetadata, get11(driver2.iterationMeta)), value3)
}))), repeatOrElseEffectLoop = (self, driver2, orElse9, value3) => matchEffect(driver2.next(value3), {
  onFailure: () => orDie(driver2.last),
  onSuccess: (b) => matchEffect(self, {
    onFailure: (error) => orElse9(error, some2(b)),
    onSuccess: (value4) => repeatOrElseEffectLoop(self, driver2, orElse9, value4)
  })
});
var forever2 = /* @__PURE__ */ unfold2(0, (n) => n + 1);
var stop = /* @__PURE__ */ asVoid2(/* @__PURE__ */ recurs(0));

// node_modules/effect/dist/esm/Deferred.js
var make38 = deferredMake;
var _await3 = deferredAwait;
var failCause5 = deferredFailCause;
var isDone5 = deferredIsDone;
var succeed5 = deferredSucceed;

// node_modules/effect/dist/esm/MutableList.js
var TypeId15 = /* @__PURE__ */ Symbol.for("effect/MutableList"), MutableListProto = {
  [TypeId15]: TypeId15,
  [Symbol.iterator]() {
    let done7 = !1, head7 = this.head;
    return {
      next() {
        if (done7)
          return this.return();
        if (head7 == null)
          return done7 = !0, this.return();
        let value3 = head7.value;
        return head7 = head7.next, {
          done: done7,
          value: value3
        };
      },
      return(value3) {
        return done7 || (done7 = !0), {
          done: !0,
          value: value3
        };
      }
    };
  },
  toString() {
    return format(this.toJSON());
  },
  toJSON() {
    return {
      _id: "MutableList",
      values: Array.from(this).map(toJSON)
    };
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
}, makeNode = (value3) => ({
  value: value3,
  removed: !1,
  prev: void 0,
  next: void 0
}), empty27 = () => {
  let list = Object.create(MutableListProto);
  return list.head = void 0, list.tail = void 0, list._length = 0, list;
};
var isEmpty8 = (self) => length(self) === 0, length = (self) => self._length;
var append3 = /* @__PURE__ */ dual(2, (self, value3) => {
  let node = makeNode(value3);
  return self.head === void 0 && (self.head = node), self.tail === void 0 || (self.tail.next = node, node.prev = self.tail), self.tail = node, self._length += 1, self;
}), shift = (self) => {
  let head7 = self.head;
  if (head7 !== void 0)
    return remove6(self, head7), head7.value;
};
var remove6 = (self, node) => {
  node.removed || (node.removed = !0, node.prev !== void 0 && node.next !== void 0 ? (node.prev.next = node.next, node.next.prev = node.prev) : node.prev !== void 0 ? (self.tail = node.prev, node.prev.next = void 0) : node.next !== void 0 ? (self.head = node.next, node.next.prev = void 0) : (self.tail = void 0, self.head = void 0), self._length > 0 && (self._length -= 1));
};

// node_modules/effect/dist/esm/MutableQueue.js
var TypeId16 = /* @__PURE__ */ Symbol.for("effect/MutableQueue"), EmptyMutableQueue = /* @__PURE__ */ Symbol.for("effect/mutable/MutableQueue/Empty"), MutableQueueProto = {
  [TypeId16]: TypeId16,
  [Symbol.iterator]() {
    return Array.from(this.queue)[Symbol.iterator]();
  },
  toString() {
    return format(this.toJSON());
  },
  toJSON() {
    return {
      _id: "MutableQueue",
      values: Array.from(this).map(toJSON)
    };
  },
  [NodeInspectSymbol]() {
    return this.toJSON();
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
}, make39 = (capacity3) => {
  let queue = Object.create(MutableQueueProto);
  return queue.queue = empty27(), queue.capacity = capacity3, queue;
}, bounded = (capacity3) => make39(capacity3), unbounded = () => make39(void 0), length2 = (self) => length(self.queue), isEmpty9 = (self) => isEmpty8(self.queue);
var capacity = (self) => self.capacity === void 0 ? 1 / 0 : self.capacity, offer = /* @__PURE__ */ dual(2, (self, value3) => {
  let queueLength = length(self.queue);
  return self.capacity !== void 0 && queueLength === self.capacity ? !1 : (append3(value3)(self.queue), !0);
}), offerAll = /* @__PURE__ */ dual(2, (self, values3) => {
  let iterator = values3[Symbol.iterator](), next3, remainder = empty2(), offering = !0;
  for (; offering && (next3 = iterator.next()) && !next3.done; )
    offering = offer(next3.value)(self);
  for (; next3 != null && !next3.done; )
    remainder = prepend2(next3.value)(remainder), next3 = iterator.next();
  return reverse2(remainder);
}), poll2 = /* @__PURE__ */ dual(2, (self, def) => isEmpty8(self.queue) ? def : shift(self.queue)), pollUpTo = /* @__PURE__ */ dual(2, (self, n) => {
  let result = empty2(), count3 = 0;
  for (; count3 < n; ) {
    let element = poll2(EmptyMutableQueue)(self);
    if (element === EmptyMutableQueue)
      break;
    result = prepend2(element)(result), count3 += 1;
  }
  return reverse2(result);
});

// node_modules/effect/dist/esm/Effect.js
var isEffect2 = isEffect;
var cached3 = memoize;
var all4 = all3;
var forEach8 = forEach7;
var async2 = async_;
var withFiberRuntime2 = withFiberRuntime, fail6 = fail2;
var failCause6 = failCause;
var dieMessage2 = dieMessage;
var gen3 = gen2;
var promise2 = promise, succeed7 = succeed;
var suspend4 = suspend, sync4 = sync, _void = void_;
var catchAll2 = catchAll, catchAllCause2 = catchAllCause;
var ignore2 = ignore;
var try_3 = try_2;
var tryMap2 = tryMap;
var tryPromise2 = tryPromise;
var interrupt6 = interrupt2;
var interruptible4 = interruptible2;
var onInterrupt2 = onInterrupt, uninterruptible2 = uninterruptible, uninterruptibleMask3 = uninterruptibleMask;
var as4 = as;
var asVoid3 = asVoid, flip2 = flip;
var map17 = map11;
var mapBoth4 = mapBoth2, mapError2 = mapError;
var acquireRelease2 = acquireRelease;
var acquireUseRelease2 = acquireUseRelease, addFinalizer3 = addFinalizer, ensuring2 = ensuring;
var onExit3 = onExit;
var scope2 = scope;
var scopedWith2 = scopedWith;
var fiberIdWith2 = fiberIdWith, fork3 = fork, forkDaemon2 = forkDaemon;
var forkIn2 = forkIn;
var clockWith4 = clockWith3;
var sleep4 = sleep3;
var timeoutFail2 = timeoutFail;
var context3 = context;
var mapInputContext2 = mapInputContext, provide2 = effect_provide;
var serviceFunctions2 = serviceFunctions;
var either3 = either2, exit3 = exit, intoDeferred2 = intoDeferred;
var when2 = when;
var flatMap9 = flatMap7;
var flatten6 = flatten3, race2 = race;
var raceWith2 = raceWith;
var tap2 = tap;
var tapErrorCause2 = tapErrorCause;
var repeat = repeat_combined;
var locally = fiberRefLocally;
var match11 = match8, matchCause3 = matchCause, matchCauseEffect3 = matchCauseEffect;
var orElse4 = orElse2;
var orElseSucceed2 = orElseSucceed;
var runtime3 = runtime2;
var makeSemaphore2 = makeSemaphore, unsafeMakeLatch2 = unsafeMakeLatch;
var runFork2 = unsafeForkEffect;
var runPromise = unsafeRunPromiseEffect;
var runSync = unsafeRunSyncEffect;
var zip5 = zipOptions, zipLeft2 = zipLeftOptions, zipRight3 = zipRightOptions, zipWith3 = zipWithOptions;
var makeSpan2 = makeSpan;
var useSpan2 = useSpan;
var withParentSpan2 = withParentSpan;

// node_modules/effect/dist/esm/internal/redacted.js
var RedactedSymbolKey = "effect/Redacted", redactedRegistry = /* @__PURE__ */ globalValue("effect/Redacted/redactedRegistry", () => /* @__PURE__ */ new WeakMap()), RedactedTypeId = /* @__PURE__ */ Symbol.for(RedactedSymbolKey), proto4 = {
  [RedactedTypeId]: {
    _A: (_) => _
  },
  pipe() {
    return pipeArguments(this, arguments);
  },
  toString() {
    return "<redacted>";
  },
  toJSON() {
    return "<redacted>";
  },
  [NodeInspectSymbol]() {
    return "<redacted>";
  },
  [symbol]() {
    return pipe(hash(RedactedSymbolKey), combine(hash(redactedRegistry.get(this))), cached(this));
  },
  [symbol2](that) {
    return isRedacted(that) && equals(redactedRegistry.get(this), redactedRegistry.get(that));
  }
}, isRedacted = (u) => hasProperty(u, RedactedTypeId), make40 = (value3) => {
  let redacted = Object.create(proto4);
  return redactedRegistry.set(redacted, value3), redacted;
}, value = (self) => {
  if (redactedRegistry.has(self))
    return redactedRegistry.get(self);
  throw new Error("Unable to get redacted value");
};

// node_modules/effect/dist/esm/Redacted.js
var isRedacted2 = isRedacted, make41 = make40, value2 = value;
var getEquivalence5 = (isEquivalent) => make((x, y) => isEquivalent(value2(x), value2(y)));

// node_modules/effect/dist/esm/ConfigError.js
var MissingData2 = MissingData, InvalidData2 = InvalidData;
var Unsupported2 = Unsupported;

// node_modules/effect/dist/esm/Layer.js
var effect = fromEffect3;
var scoped2 = scoped;
var provide3 = provide, provideMerge2 = provideMerge;

// node_modules/effect/dist/esm/DateTime.js
var unsafeFromDate2 = unsafeFromDate;
var toEpochMillis2 = toEpochMillis;

// node_modules/effect/dist/esm/internal/schema/util.js
var getKeysForIndexSignature = (input, parameter) => {
  switch (parameter._tag) {
    case "StringKeyword":
    case "TemplateLiteral":
      return Object.keys(input);
    case "SymbolKeyword":
      return Object.getOwnPropertySymbols(input);
    case "Refinement":
      return getKeysForIndexSignature(input, parameter.from);
  }
}, memoizeThunk = (f) => {
  let done7 = !1, a;
  return () => (done7 || (a = f(), done7 = !0), a);
}, isNonEmpty5 = (x) => Array.isArray(x), isSingle = (x) => !Array.isArray(x), formatPathKey = (key) => `[${formatPropertyKey(key)}]`, formatPath = (path) => isNonEmpty5(path) ? path.map(formatPathKey).join("") : formatPathKey(path);

// node_modules/effect/dist/esm/internal/schema/errors.js
var getErrorMessage = (reason, details, path, ast) => {
  let out = reason;
  return path && isNonEmptyReadonlyArray(path) && (out += `
at path: ${formatPath(path)}`), details !== void 0 && (out += `
details: ${details}`), ast && (out += `
schema (${ast._tag}): ${ast}`), out;
};
var getSchemaExtendErrorMessage = (x, y, path) => getErrorMessage("Unsupported schema or overlapping types", `cannot extend ${x} with ${y}`, path);
var getASTUnsupportedKeySchemaErrorMessage = (ast) => getErrorMessage("Unsupported key schema", void 0, void 0, ast), getASTUnsupportedLiteralErrorMessage = (literal) => getErrorMessage("Unsupported literal", `literal value: ${formatUnknown(literal)}`), getASTDuplicateIndexSignatureErrorMessage = (type) => getErrorMessage("Duplicate index signature", `${type} index signature`), getASTIndexSignatureParameterErrorMessage = /* @__PURE__ */ getErrorMessage("Unsupported index signature parameter", "An index signature parameter type must be `string`, `symbol`, a template literal type or a refinement of the previous types"), getASTRequiredElementFollowinAnOptionalElementErrorMessage = /* @__PURE__ */ getErrorMessage("Invalid element", "A required element cannot follow an optional element. ts(1257)"), getASTDuplicatePropertySignatureTransformationErrorMessage = (key) => getErrorMessage("Duplicate property signature transformation", `Duplicate key ${formatUnknown(key)}`);
var getASTDuplicatePropertySignatureErrorMessage = (key) => getErrorMessage("Duplicate property signature", `Duplicate key ${formatUnknown(key)}`);

// node_modules/effect/dist/esm/internal/schema/schemaId.js
var DateFromSelfSchemaId = /* @__PURE__ */ Symbol.for("effect/SchemaId/DateFromSelf");
var IntSchemaId = /* @__PURE__ */ Symbol.for("effect/SchemaId/Int");

// node_modules/effect/dist/esm/SchemaAST.js
var TypeConstructorAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/TypeConstructor"), BrandAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/Brand"), SchemaIdAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/SchemaId"), MessageAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/Message"), MissingMessageAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/MissingMessage"), IdentifierAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/Identifier"), TitleAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/Title"), AutoTitleAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/AutoTitle"), DescriptionAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/Description"), ExamplesAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/Examples"), DefaultAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/Default"), JSONSchemaAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/JSONSchema"), ArbitraryAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/Arbitrary"), PrettyAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/Pretty"), EquivalenceAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/Equivalence"), DocumentationAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/Documentation"), ConcurrencyAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/Concurrency"), BatchingAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/Batching"), ParseIssueTitleAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/ParseIssueTitle"), ParseOptionsAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/ParseOptions"), DecodingFallbackAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/DecodingFallback"), SurrogateAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/Surrogate"), StableFilterAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/StableFilter"), getAnnotation = /* @__PURE__ */ dual(2, (annotated, key) => Object.prototype.hasOwnProperty.call(annotated.annotations, key) ? some2(annotated.annotations[key]) : none2());
var getBrandAnnotation = /* @__PURE__ */ getAnnotation(BrandAnnotationId);
var getMessageAnnotation = /* @__PURE__ */ getAnnotation(MessageAnnotationId), getMissingMessageAnnotation = /* @__PURE__ */ getAnnotation(MissingMessageAnnotationId), getTitleAnnotation = /* @__PURE__ */ getAnnotation(TitleAnnotationId), getAutoTitleAnnotation = /* @__PURE__ */ getAnnotation(AutoTitleAnnotationId), getIdentifierAnnotation = /* @__PURE__ */ getAnnotation(IdentifierAnnotationId), getDescriptionAnnotation = /* @__PURE__ */ getAnnotation(DescriptionAnnotationId);
var getConcurrencyAnnotation = /* @__PURE__ */ getAnnotation(ConcurrencyAnnotationId), getBatchingAnnotation = /* @__PURE__ */ getAnnotation(BatchingAnnotationId), getParseIssueTitleAnnotation = /* @__PURE__ */ getAnnotation(ParseIssueTitleAnnotationId), getParseOptionsAnnotation = /* @__PURE__ */ getAnnotation(ParseOptionsAnnotationId), getDecodingFallbackAnnotation = /* @__PURE__ */ getAnnotation(DecodingFallbackAnnotationId), getSurrogateAnnotation = /* @__PURE__ */ getAnnotation(SurrogateAnnotationId), getStableFilterAnnotation = /* @__PURE__ */ getAnnotation(StableFilterAnnotationId), hasStableFilter = (annotated) => exists(getStableFilterAnnotation(annotated), (b) => b === !0), JSONIdentifierAnnotationId = /* @__PURE__ */ Symbol.for("effect/annotation/JSONIdentifier"), getJSONIdentifierAnnotation = /* @__PURE__ */ getAnnotation(JSONIdentifierAnnotationId), getJSONIdentifier = (annotated) => orElse(getJSONIdentifierAnnotation(annotated), () => getIdentifierAnnotation(annotated));
var Declaration = class {
  typeParameters;
  decodeUnknown;
  encodeUnknown;
  annotations;
  /**
   * @since 3.10.0
   */
  _tag = "Declaration";
  constructor(typeParameters, decodeUnknown3, encodeUnknown2, annotations2 = {}) {
    this.typeParameters = typeParameters, this.decodeUnknown = decodeUnknown3, this.encodeUnknown = encodeUnknown2, this.annotations = annotations2;
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return getOrElse2(getExpected(this), () => "<declaration schema>");
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      _tag: this._tag,
      typeParameters: this.typeParameters.map((ast) => ast.toJSON()),
      annotations: toJSONAnnotations(this.annotations)
    };
  }
}, createASTGuard = (tag2) => (ast) => ast._tag === tag2;
var Literal = class {
  literal;
  annotations;
  /**
   * @since 3.10.0
   */
  _tag = "Literal";
  constructor(literal, annotations2 = {}) {
    this.literal = literal, this.annotations = annotations2;
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return getOrElse2(getExpected(this), () => formatUnknown(this.literal));
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      _tag: this._tag,
      literal: isBigInt(this.literal) ? String(this.literal) : this.literal,
      annotations: toJSONAnnotations(this.annotations)
    };
  }
}, isLiteral = /* @__PURE__ */ createASTGuard("Literal"), $null = /* @__PURE__ */ new Literal(null);
var UniqueSymbol = class {
  symbol;
  annotations;
  /**
   * @since 3.10.0
   */
  _tag = "UniqueSymbol";
  constructor(symbol3, annotations2 = {}) {
    this.symbol = symbol3, this.annotations = annotations2;
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return getOrElse2(getExpected(this), () => formatUnknown(this.symbol));
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      _tag: this._tag,
      symbol: String(this.symbol),
      annotations: toJSONAnnotations(this.annotations)
    };
  }
};
var UndefinedKeyword = class {
  annotations;
  /**
   * @since 3.10.0
   */
  _tag = "UndefinedKeyword";
  constructor(annotations2 = {}) {
    this.annotations = annotations2;
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return formatKeyword(this);
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      _tag: this._tag,
      annotations: toJSONAnnotations(this.annotations)
    };
  }
}, undefinedKeyword = /* @__PURE__ */ new UndefinedKeyword({
  [TitleAnnotationId]: "undefined"
});
var VoidKeyword = class {
  annotations;
  /**
   * @since 3.10.0
   */
  _tag = "VoidKeyword";
  constructor(annotations2 = {}) {
    this.annotations = annotations2;
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return formatKeyword(this);
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      _tag: this._tag,
      annotations: toJSONAnnotations(this.annotations)
    };
  }
}, voidKeyword = /* @__PURE__ */ new VoidKeyword({
  [TitleAnnotationId]: "void"
});
var NeverKeyword = class {
  annotations;
  /**
   * @since 3.10.0
   */
  _tag = "NeverKeyword";
  constructor(annotations2 = {}) {
    this.annotations = annotations2;
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return formatKeyword(this);
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      _tag: this._tag,
      annotations: toJSONAnnotations(this.annotations)
    };
  }
}, neverKeyword = /* @__PURE__ */ new NeverKeyword({
  [TitleAnnotationId]: "never"
});
var UnknownKeyword = class {
  annotations;
  /**
   * @since 3.10.0
   */
  _tag = "UnknownKeyword";
  constructor(annotations2 = {}) {
    this.annotations = annotations2;
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return formatKeyword(this);
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      _tag: this._tag,
      annotations: toJSONAnnotations(this.annotations)
    };
  }
}, unknownKeyword = /* @__PURE__ */ new UnknownKeyword({
  [TitleAnnotationId]: "unknown"
});
var AnyKeyword = class {
  annotations;
  /**
   * @since 3.10.0
   */
  _tag = "AnyKeyword";
  constructor(annotations2 = {}) {
    this.annotations = annotations2;
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return formatKeyword(this);
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      _tag: this._tag,
      annotations: toJSONAnnotations(this.annotations)
    };
  }
}, anyKeyword = /* @__PURE__ */ new AnyKeyword({
  [TitleAnnotationId]: "any"
});
var StringKeyword = class {
  annotations;
  /**
   * @since 3.10.0
   */
  _tag = "StringKeyword";
  constructor(annotations2 = {}) {
    this.annotations = annotations2;
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return formatKeyword(this);
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      _tag: this._tag,
      annotations: toJSONAnnotations(this.annotations)
    };
  }
}, stringKeyword = /* @__PURE__ */ new StringKeyword({
  [TitleAnnotationId]: "string",
  [DescriptionAnnotationId]: "a string"
}), isStringKeyword = /* @__PURE__ */ createASTGuard("StringKeyword"), NumberKeyword = class {
  annotations;
  /**
   * @since 3.10.0
   */
  _tag = "NumberKeyword";
  constructor(annotations2 = {}) {
    this.annotations = annotations2;
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return formatKeyword(this);
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      _tag: this._tag,
      annotations: toJSONAnnotations(this.annotations)
    };
  }
}, numberKeyword = /* @__PURE__ */ new NumberKeyword({
  [TitleAnnotationId]: "number",
  [DescriptionAnnotationId]: "a number"
}), isNumberKeyword = /* @__PURE__ */ createASTGuard("NumberKeyword"), BooleanKeyword = class {
  annotations;
  /**
   * @since 3.10.0
   */
  _tag = "BooleanKeyword";
  constructor(annotations2 = {}) {
    this.annotations = annotations2;
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return formatKeyword(this);
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      _tag: this._tag,
      annotations: toJSONAnnotations(this.annotations)
    };
  }
}, booleanKeyword = /* @__PURE__ */ new BooleanKeyword({
  [TitleAnnotationId]: "boolean",
  [DescriptionAnnotationId]: "a boolean"
}), isBooleanKeyword = /* @__PURE__ */ createASTGuard("BooleanKeyword"), BigIntKeyword = class {
  annotations;
  /**
   * @since 3.10.0
   */
  _tag = "BigIntKeyword";
  constructor(annotations2 = {}) {
    this.annotations = annotations2;
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return formatKeyword(this);
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      _tag: this._tag,
      annotations: toJSONAnnotations(this.annotations)
    };
  }
}, bigIntKeyword = /* @__PURE__ */ new BigIntKeyword({
  [TitleAnnotationId]: "bigint",
  [DescriptionAnnotationId]: "a bigint"
});
var SymbolKeyword = class {
  annotations;
  /**
   * @since 3.10.0
   */
  _tag = "SymbolKeyword";
  constructor(annotations2 = {}) {
    this.annotations = annotations2;
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return formatKeyword(this);
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      _tag: this._tag,
      annotations: toJSONAnnotations(this.annotations)
    };
  }
}, symbolKeyword = /* @__PURE__ */ new SymbolKeyword({
  [TitleAnnotationId]: "symbol",
  [DescriptionAnnotationId]: "a symbol"
}), isSymbolKeyword = /* @__PURE__ */ createASTGuard("SymbolKeyword"), ObjectKeyword = class {
  annotations;
  /**
   * @since 3.10.0
   */
  _tag = "ObjectKeyword";
  constructor(annotations2 = {}) {
    this.annotations = annotations2;
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return formatKeyword(this);
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      _tag: this._tag,
      annotations: toJSONAnnotations(this.annotations)
    };
  }
}, objectKeyword = /* @__PURE__ */ new ObjectKeyword({
  [TitleAnnotationId]: "object",
  [DescriptionAnnotationId]: "an object in the TypeScript meaning, i.e. the `object` type"
});
var Type = class {
  type;
  annotations;
  constructor(type, annotations2 = {}) {
    this.type = type, this.annotations = annotations2;
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      type: this.type.toJSON(),
      annotations: toJSONAnnotations(this.annotations)
    };
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return String(this.type);
  }
}, OptionalType = class extends Type {
  isOptional;
  constructor(type, isOptional, annotations2 = {}) {
    super(type, annotations2), this.isOptional = isOptional;
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      type: this.type.toJSON(),
      isOptional: this.isOptional,
      annotations: toJSONAnnotations(this.annotations)
    };
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return String(this.type) + (this.isOptional ? "?" : "");
  }
}, getRestASTs = (rest) => rest.map((annotatedAST) => annotatedAST.type), TupleType = class {
  elements;
  rest;
  isReadonly;
  annotations;
  /**
   * @since 3.10.0
   */
  _tag = "TupleType";
  constructor(elements, rest, isReadonly, annotations2 = {}) {
    this.elements = elements, this.rest = rest, this.isReadonly = isReadonly, this.annotations = annotations2;
    let hasOptionalElement = !1, hasIllegalRequiredElement = !1;
    for (let e of elements)
      if (e.isOptional)
        hasOptionalElement = !0;
      else if (hasOptionalElement) {
        hasIllegalRequiredElement = !0;
        break;
      }
    if (hasIllegalRequiredElement || hasOptionalElement && rest.length > 1)
      throw new Error(getASTRequiredElementFollowinAnOptionalElementErrorMessage);
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return getOrElse2(getExpected(this), () => formatTuple(this));
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      _tag: this._tag,
      elements: this.elements.map((e) => e.toJSON()),
      rest: this.rest.map((ast) => ast.toJSON()),
      isReadonly: this.isReadonly,
      annotations: toJSONAnnotations(this.annotations)
    };
  }
}, formatTuple = (ast) => {
  let formattedElements = ast.elements.map(String).join(", ");
  return matchLeft(ast.rest, {
    onEmpty: () => `readonly [${formattedElements}]`,
    onNonEmpty: (head7, tail) => {
      let formattedHead = String(head7), wrappedHead = formattedHead.includes(" | ") ? `(${formattedHead})` : formattedHead;
      if (tail.length > 0) {
        let formattedTail = tail.map(String).join(", ");
        return ast.elements.length > 0 ? `readonly [${formattedElements}, ...${wrappedHead}[], ${formattedTail}]` : `readonly [...${wrappedHead}[], ${formattedTail}]`;
      } else
        return ast.elements.length > 0 ? `readonly [${formattedElements}, ...${wrappedHead}[]]` : `ReadonlyArray<${formattedHead}>`;
    }
  });
};
var PropertySignature = class extends OptionalType {
  name;
  isReadonly;
  constructor(name, type, isOptional, isReadonly, annotations2) {
    super(type, isOptional, annotations2), this.name = name, this.isReadonly = isReadonly;
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return (this.isReadonly ? "readonly " : "") + String(this.name) + (this.isOptional ? "?" : "") + ": " + this.type;
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      name: String(this.name),
      type: this.type.toJSON(),
      isOptional: this.isOptional,
      isReadonly: this.isReadonly,
      annotations: toJSONAnnotations(this.annotations)
    };
  }
}, isParameter = (ast) => {
  switch (ast._tag) {
    case "StringKeyword":
    case "SymbolKeyword":
    case "TemplateLiteral":
      return !0;
    case "Refinement":
      return isParameter(ast.from);
  }
  return !1;
}, IndexSignature = class {
  type;
  isReadonly;
  /**
   * @since 3.10.0
   */
  parameter;
  constructor(parameter, type, isReadonly) {
    if (this.type = type, this.isReadonly = isReadonly, isParameter(parameter))
      this.parameter = parameter;
    else
      throw new Error(getASTIndexSignatureParameterErrorMessage);
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return (this.isReadonly ? "readonly " : "") + `[x: ${this.parameter}]: ${this.type}`;
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      parameter: this.parameter.toJSON(),
      type: this.type.toJSON(),
      isReadonly: this.isReadonly
    };
  }
}, TypeLiteral = class {
  annotations;
  /**
   * @since 3.10.0
   */
  _tag = "TypeLiteral";
  /**
   * @since 3.10.0
   */
  propertySignatures;
  /**
   * @since 3.10.0
   */
  indexSignatures;
  constructor(propertySignatures, indexSignatures, annotations2 = {}) {
    this.annotations = annotations2;
    let keys6 = {};
    for (let i = 0; i < propertySignatures.length; i++) {
      let name = propertySignatures[i].name;
      if (Object.prototype.hasOwnProperty.call(keys6, name))
        throw new Error(getASTDuplicatePropertySignatureErrorMessage(name));
      keys6[name] = null;
    }
    let parameters = {
      string: !1,
      symbol: !1
    };
    for (let i = 0; i < indexSignatures.length; i++) {
      let encodedParameter = getEncodedParameter(indexSignatures[i].parameter);
      if (isStringKeyword(encodedParameter)) {
        if (parameters.string)
          throw new Error(getASTDuplicateIndexSignatureErrorMessage("string"));
        parameters.string = !0;
      } else if (isSymbolKeyword(encodedParameter)) {
        if (parameters.symbol)
          throw new Error(getASTDuplicateIndexSignatureErrorMessage("symbol"));
        parameters.symbol = !0;
      }
    }
    this.propertySignatures = propertySignatures, this.indexSignatures = indexSignatures;
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return getOrElse2(getExpected(this), () => formatTypeLiteral(this));
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      _tag: this._tag,
      propertySignatures: this.propertySignatures.map((ps) => ps.toJSON()),
      indexSignatures: this.indexSignatures.map((ps) => ps.toJSON()),
      annotations: toJSONAnnotations(this.annotations)
    };
  }
}, formatIndexSignatures = (iss) => iss.map(String).join("; "), formatTypeLiteral = (ast) => {
  if (ast.propertySignatures.length > 0) {
    let pss = ast.propertySignatures.map(String).join("; ");
    return ast.indexSignatures.length > 0 ? `{ ${pss}; ${formatIndexSignatures(ast.indexSignatures)} }` : `{ ${pss} }`;
  } else
    return ast.indexSignatures.length > 0 ? `{ ${formatIndexSignatures(ast.indexSignatures)} }` : "{}";
}, isTypeLiteral = /* @__PURE__ */ createASTGuard("TypeLiteral"), sortCandidates = /* @__PURE__ */ sort(/* @__PURE__ */ mapInput2(Order, (ast) => {
  switch (ast._tag) {
    case "AnyKeyword":
      return 0;
    case "UnknownKeyword":
      return 1;
    case "ObjectKeyword":
      return 2;
    case "StringKeyword":
    case "NumberKeyword":
    case "BooleanKeyword":
    case "BigIntKeyword":
    case "SymbolKeyword":
      return 3;
  }
  return 4;
})), literalMap = {
  string: "StringKeyword",
  number: "NumberKeyword",
  boolean: "BooleanKeyword",
  bigint: "BigIntKeyword"
}, flatten8 = (candidates) => flatMap2(candidates, (ast) => isUnion(ast) ? flatten8(ast.types) : [ast]), unify = (candidates) => {
  let cs = sortCandidates(candidates), out = [], uniques = {}, literals = [];
  for (let ast of cs)
    switch (ast._tag) {
      case "NeverKeyword":
        break;
      case "AnyKeyword":
        return [anyKeyword];
      case "UnknownKeyword":
        return [unknownKeyword];
      // uniques
      case "ObjectKeyword":
      case "UndefinedKeyword":
      case "VoidKeyword":
      case "StringKeyword":
      case "NumberKeyword":
      case "BooleanKeyword":
      case "BigIntKeyword":
      case "SymbolKeyword": {
        uniques[ast._tag] || (uniques[ast._tag] = ast, out.push(ast));
        break;
      }
      case "Literal": {
        let type = typeof ast.literal;
        switch (type) {
          case "string":
          case "number":
          case "bigint":
          case "boolean": {
            let _tag = literalMap[type];
            !uniques[_tag] && !literals.includes(ast.literal) && (literals.push(ast.literal), out.push(ast));
            break;
          }
          // null
          case "object": {
            literals.includes(ast.literal) || (literals.push(ast.literal), out.push(ast));
            break;
          }
        }
        break;
      }
      case "UniqueSymbol": {
        !uniques.SymbolKeyword && !literals.includes(ast.symbol) && (literals.push(ast.symbol), out.push(ast));
        break;
      }
      case "TupleType": {
        uniques.ObjectKeyword || out.push(ast);
        break;
      }
      case "TypeLiteral": {
        ast.propertySignatures.length === 0 && ast.indexSignatures.length === 0 ? uniques["{}"] || (uniques["{}"] = ast, out.push(ast)) : uniques.ObjectKeyword || out.push(ast);
        break;
      }
      default:
        out.push(ast);
    }
  return out;
}, Union = class _Union {
  types;
  annotations;
  static make = (types, annotations2) => isMembers(types) ? new _Union(types, annotations2) : types.length === 1 ? types[0] : neverKeyword;
  /** @internal */
  static unify = (candidates, annotations2) => _Union.make(unify(flatten8(candidates)), annotations2);
  /**
   * @since 3.10.0
   */
  _tag = "Union";
  constructor(types, annotations2 = {}) {
    this.types = types, this.annotations = annotations2;
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return getOrElse2(getExpected(this), () => this.types.map(String).join(" | "));
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      _tag: this._tag,
      types: this.types.map((ast) => ast.toJSON()),
      annotations: toJSONAnnotations(this.annotations)
    };
  }
}, mapMembers = (members, f) => members.map(f), isMembers = (as8) => as8.length > 1, isUnion = /* @__PURE__ */ createASTGuard("Union"), toJSONMemoMap = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/Schema/AST/toJSONMemoMap"), () => /* @__PURE__ */ new WeakMap()), Suspend = class {
  f;
  annotations;
  /**
   * @since 3.10.0
   */
  _tag = "Suspend";
  constructor(f, annotations2 = {}) {
    this.f = f, this.annotations = annotations2, this.f = memoizeThunk(f);
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return getExpected(this).pipe(orElse(() => flatMap(liftThrowable(this.f)(), (ast) => getExpected(ast))), getOrElse2(() => "<suspended schema>"));
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    let ast = this.f(), out = toJSONMemoMap.get(ast);
    return out || (toJSONMemoMap.set(ast, {
      _tag: this._tag
    }), out = {
      _tag: this._tag,
      ast: ast.toJSON(),
      annotations: toJSONAnnotations(this.annotations)
    }, toJSONMemoMap.set(ast, out), out);
  }
};
var Refinement = class {
  from;
  filter;
  annotations;
  /**
   * @since 3.10.0
   */
  _tag = "Refinement";
  constructor(from, filter11, annotations2 = {}) {
    this.from = from, this.filter = filter11, this.annotations = annotations2;
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return getIdentifierAnnotation(this).pipe(getOrElse2(() => match2(getOrElseExpected(this), {
      onNone: () => `{ ${this.from} | filter }`,
      onSome: (expected) => isRefinement(this.from) ? String(this.from) + " & " + expected : expected
    })));
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      _tag: this._tag,
      from: this.from.toJSON(),
      annotations: toJSONAnnotations(this.annotations)
    };
  }
}, isRefinement = /* @__PURE__ */ createASTGuard("Refinement"), defaultParseOption = {}, Transformation = class {
  from;
  to;
  transformation;
  annotations;
  /**
   * @since 3.10.0
   */
  _tag = "Transformation";
  constructor(from, to, transformation, annotations2 = {}) {
    this.from = from, this.to = to, this.transformation = transformation, this.annotations = annotations2;
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return getOrElse2(getExpected(this), () => `(${String(this.from)} <-> ${String(this.to)})`);
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      _tag: this._tag,
      from: this.from.toJSON(),
      to: this.to.toJSON(),
      annotations: toJSONAnnotations(this.annotations)
    };
  }
}, isTransformation = /* @__PURE__ */ createASTGuard("Transformation"), FinalTransformation = class {
  decode;
  encode;
  /**
   * @since 3.10.0
   */
  _tag = "FinalTransformation";
  constructor(decode3, encode) {
    this.decode = decode3, this.encode = encode;
  }
}, createTransformationGuard = (tag2) => (ast) => ast._tag === tag2;
var ComposeTransformation = class {
  /**
   * @since 3.10.0
   */
  _tag = "ComposeTransformation";
}, composeTransformation = /* @__PURE__ */ new ComposeTransformation();
var PropertySignatureTransformation = class {
  from;
  to;
  decode;
  encode;
  constructor(from, to, decode3, encode) {
    this.from = from, this.to = to, this.decode = decode3, this.encode = encode;
  }
};
var TypeLiteralTransformation = class {
  propertySignatureTransformations;
  /**
   * @since 3.10.0
   */
  _tag = "TypeLiteralTransformation";
  constructor(propertySignatureTransformations) {
    this.propertySignatureTransformations = propertySignatureTransformations;
    let fromKeys = {}, toKeys = {};
    for (let pst of propertySignatureTransformations) {
      let from = pst.from;
      if (fromKeys[from])
        throw new Error(getASTDuplicatePropertySignatureTransformationErrorMessage(from));
      fromKeys[from] = !0;
      let to = pst.to;
      if (toKeys[to])
        throw new Error(getASTDuplicatePropertySignatureTransformationErrorMessage(to));
      toKeys[to] = !0;
    }
  }
}, isTypeLiteralTransformation = /* @__PURE__ */ createTransformationGuard("TypeLiteralTransformation"), annotations = (ast, overrides) => {
  let d = Object.getOwnPropertyDescriptors(ast), base = {
    ...ast.annotations
  };
  delete base[IdentifierAnnotationId];
  let value3 = {
    ...base,
    ...overrides
  }, surrogate = getSurrogateAnnotation(ast);
  return isSome2(surrogate) && (value3[SurrogateAnnotationId] = annotations(surrogate.value, overrides)), d.annotations.value = value3, Object.create(Object.getPrototypeOf(ast), d);
};
var STRING_KEYWORD_PATTERN = "[\\s\\S]*?", NUMBER_KEYWORD_PATTERN = "[+-]?\\d*\\.?\\d+(?:[Ee][+-]?\\d+)?", getTemplateLiteralSpanTypePattern = (type, capture2) => {
  switch (type._tag) {
    case "Literal":
      return escape(String(type.literal));
    case "StringKeyword":
      return STRING_KEYWORD_PATTERN;
    case "NumberKeyword":
      return NUMBER_KEYWORD_PATTERN;
    case "TemplateLiteral":
      return getTemplateLiteralPattern(type, capture2, !1);
    case "Union":
      return type.types.map((type2) => getTemplateLiteralSpanTypePattern(type2, capture2)).join("|");
  }
}, handleTemplateLiteralSpanTypeParens = (type, s, capture2, top) => {
  if (isUnion(type)) {
    if (capture2 && !top)
      return `(?:${s})`;
  } else if (!capture2 || !top)
    return s;
  return `(${s})`;
}, getTemplateLiteralPattern = (ast, capture2, top) => {
  let pattern2 = "";
  if (ast.head !== "") {
    let head7 = escape(ast.head);
    pattern2 += capture2 && top ? `(${head7})` : head7;
  }
  for (let span2 of ast.spans) {
    let spanPattern = getTemplateLiteralSpanTypePattern(span2.type, capture2);
    if (pattern2 += handleTemplateLiteralSpanTypeParens(span2.type, spanPattern, capture2, top), span2.literal !== "") {
      let literal = escape(span2.literal);
      pattern2 += capture2 && top ? `(${literal})` : literal;
    }
  }
  return pattern2;
}, getTemplateLiteralRegExp = (ast) => new RegExp(`^${getTemplateLiteralPattern(ast, !1, !0)}$`);
var record = (key, value3) => {
  let propertySignatures = [], indexSignatures = [], go2 = (key2) => {
    switch (key2._tag) {
      case "NeverKeyword":
        break;
      case "StringKeyword":
      case "SymbolKeyword":
      case "TemplateLiteral":
      case "Refinement":
        indexSignatures.push(new IndexSignature(key2, value3, !0));
        break;
      case "Literal":
        if (isString(key2.literal) || isNumber(key2.literal))
          propertySignatures.push(new PropertySignature(key2.literal, value3, !1, !0));
        else
          throw new Error(getASTUnsupportedLiteralErrorMessage(key2.literal));
        break;
      case "Enums": {
        for (let [_, name] of key2.enums)
          propertySignatures.push(new PropertySignature(name, value3, !1, !0));
        break;
      }
      case "UniqueSymbol":
        propertySignatures.push(new PropertySignature(key2.symbol, value3, !1, !0));
        break;
      case "Union":
        key2.types.forEach(go2);
        break;
      default:
        throw new Error(getASTUnsupportedKeySchemaErrorMessage(key2));
    }
  };
  return go2(key), {
    propertySignatures,
    indexSignatures
  };
};
var pickAnnotations = (annotationIds) => (annotated) => {
  let out;
  for (let id2 of annotationIds)
    Object.prototype.hasOwnProperty.call(annotated.annotations, id2) && (out === void 0 && (out = {}), out[id2] = annotated.annotations[id2]);
  return out;
}, omitAnnotations = (annotationIds) => (annotated) => {
  let out = {
    ...annotated.annotations
  };
  for (let id2 of annotationIds)
    delete out[id2];
  return out;
}, preserveTransformationAnnotations = /* @__PURE__ */ pickAnnotations([ExamplesAnnotationId, DefaultAnnotationId, JSONSchemaAnnotationId, ArbitraryAnnotationId, PrettyAnnotationId, EquivalenceAnnotationId]), typeAST = (ast) => {
  switch (ast._tag) {
    case "Declaration": {
      let typeParameters = changeMap(ast.typeParameters, typeAST);
      return typeParameters === ast.typeParameters ? ast : new Declaration(typeParameters, ast.decodeUnknown, ast.encodeUnknown, ast.annotations);
    }
    case "TupleType": {
      let elements = changeMap(ast.elements, (e) => {
        let type = typeAST(e.type);
        return type === e.type ? e : new OptionalType(type, e.isOptional);
      }), restASTs = getRestASTs(ast.rest), rest = changeMap(restASTs, typeAST);
      return elements === ast.elements && rest === restASTs ? ast : new TupleType(elements, rest.map((type) => new Type(type)), ast.isReadonly, ast.annotations);
    }
    case "TypeLiteral": {
      let propertySignatures = changeMap(ast.propertySignatures, (p) => {
        let type = typeAST(p.type);
        return type === p.type ? p : new PropertySignature(p.name, type, p.isOptional, p.isReadonly);
      }), indexSignatures = changeMap(ast.indexSignatures, (is2) => {
        let type = typeAST(is2.type);
        return type === is2.type ? is2 : new IndexSignature(is2.parameter, type, is2.isReadonly);
      });
      return propertySignatures === ast.propertySignatures && indexSignatures === ast.indexSignatures ? ast : new TypeLiteral(propertySignatures, indexSignatures, ast.annotations);
    }
    case "Union": {
      let types = changeMap(ast.types, typeAST);
      return types === ast.types ? ast : Union.make(types, ast.annotations);
    }
    case "Suspend":
      return new Suspend(() => typeAST(ast.f()), ast.annotations);
    case "Refinement": {
      let from = typeAST(ast.from);
      return from === ast.from ? ast : new Refinement(from, ast.filter, ast.annotations);
    }
    case "Transformation": {
      let preserve = preserveTransformationAnnotations(ast);
      return typeAST(preserve !== void 0 ? annotations(ast.to, preserve) : ast.to);
    }
  }
  return ast;
};
function changeMap(as8, f) {
  let changed = !1, out = allocate(as8.length);
  for (let i = 0; i < as8.length; i++) {
    let a = as8[i], fa = f(a);
    fa !== a && (changed = !0), out[i] = fa;
  }
  return changed ? out : as8;
}
var getTransformationFrom = (ast) => {
  switch (ast._tag) {
    case "Transformation":
      return ast.from;
    case "Refinement":
      return getTransformationFrom(ast.from);
    case "Suspend":
      return getTransformationFrom(ast.f());
  }
}, encodedAST_ = (ast, isBound) => {
  switch (ast._tag) {
    case "Declaration": {
      let typeParameters = changeMap(ast.typeParameters, (ast2) => encodedAST_(ast2, isBound));
      return typeParameters === ast.typeParameters ? ast : new Declaration(typeParameters, ast.decodeUnknown, ast.encodeUnknown);
    }
    case "TupleType": {
      let elements = changeMap(ast.elements, (e) => {
        let type = encodedAST_(e.type, isBound);
        return type === e.type ? e : new OptionalType(type, e.isOptional);
      }), restASTs = getRestASTs(ast.rest), rest = changeMap(restASTs, (ast2) => encodedAST_(ast2, isBound));
      return elements === ast.elements && rest === restASTs ? ast : new TupleType(elements, rest.map((ast2) => new Type(ast2)), ast.isReadonly);
    }
    case "TypeLiteral": {
      let propertySignatures = changeMap(ast.propertySignatures, (ps) => {
        let type = encodedAST_(ps.type, isBound);
        return type === ps.type ? ps : new PropertySignature(ps.name, type, ps.isOptional, ps.isReadonly);
      }), indexSignatures = changeMap(ast.indexSignatures, (is2) => {
        let type = encodedAST_(is2.type, isBound);
        return type === is2.type ? is2 : new IndexSignature(is2.parameter, type, is2.isReadonly);
      });
      return propertySignatures === ast.propertySignatures && indexSignatures === ast.indexSignatures ? ast : new TypeLiteral(propertySignatures, indexSignatures);
    }
    case "Union": {
      let types = changeMap(ast.types, (ast2) => encodedAST_(ast2, isBound));
      return types === ast.types ? ast : Union.make(types);
    }
    case "Suspend": {
      let borrowedAnnotations, identifier2 = getJSONIdentifier(ast);
      if (isSome2(identifier2)) {
        let suffix = isBound ? "Bound" : "";
        borrowedAnnotations = {
          [JSONIdentifierAnnotationId]: `${identifier2.value}Encoded${suffix}`
        };
      }
      return new Suspend(() => encodedAST_(ast.f(), isBound), borrowedAnnotations);
    }
    case "Refinement": {
      let from = encodedAST_(ast.from, isBound);
      return isBound ? from === ast.from ? ast : getTransformationFrom(ast.from) === void 0 && hasStableFilter(ast) ? new Refinement(from, ast.filter, ast.annotations) : from : from;
    }
    case "Transformation":
      return encodedAST_(ast.from, isBound);
  }
  return ast;
}, encodedAST = (ast) => encodedAST_(ast, !1);
var toJSONAnnotations = (annotations2) => {
  let out = {};
  for (let k of Object.getOwnPropertySymbols(annotations2))
    out[String(k)] = annotations2[k];
  return out;
}, getEncodedParameter = (ast) => {
  switch (ast._tag) {
    case "StringKeyword":
    case "SymbolKeyword":
    case "TemplateLiteral":
      return ast;
    case "Refinement":
      return getEncodedParameter(ast.from);
  }
};
var formatKeyword = (ast) => getOrElse2(getExpected(ast), () => ast._tag);
function getBrands(ast) {
  return match2(getBrandAnnotation(ast), {
    onNone: () => "",
    onSome: (brands) => brands.map((brand) => ` & Brand<${formatUnknown(brand)}>`).join("")
  });
}
var getOrElseExpected = (ast) => getTitleAnnotation(ast).pipe(orElse(() => getDescriptionAnnotation(ast)), orElse(() => getAutoTitleAnnotation(ast)), map2((s) => s + getBrands(ast))), getExpected = (ast) => orElse(getIdentifierAnnotation(ast), () => getOrElseExpected(ast));

// node_modules/effect/dist/esm/ParseResult.js
var Pointer = class {
  path;
  actual;
  issue;
  /**
   * @since 3.10.0
   */
  _tag = "Pointer";
  constructor(path, actual, issue) {
    this.path = path, this.actual = actual, this.issue = issue;
  }
}, Unexpected = class {
  actual;
  message;
  /**
   * @since 3.10.0
   */
  _tag = "Unexpected";
  constructor(actual, message) {
    this.actual = actual, this.message = message;
  }
}, Missing = class {
  ast;
  message;
  /**
   * @since 3.10.0
   */
  _tag = "Missing";
  /**
   * @since 3.10.0
   */
  actual = void 0;
  constructor(ast, message) {
    this.ast = ast, this.message = message;
  }
}, Composite2 = class {
  ast;
  actual;
  issues;
  output;
  /**
   * @since 3.10.0
   */
  _tag = "Composite";
  constructor(ast, actual, issues, output) {
    this.ast = ast, this.actual = actual, this.issues = issues, this.output = output;
  }
}, Refinement2 = class {
  ast;
  actual;
  kind;
  issue;
  /**
   * @since 3.10.0
   */
  _tag = "Refinement";
  constructor(ast, actual, kind, issue) {
    this.ast = ast, this.actual = actual, this.kind = kind, this.issue = issue;
  }
}, Transformation2 = class {
  ast;
  actual;
  kind;
  issue;
  /**
   * @since 3.10.0
   */
  _tag = "Transformation";
  constructor(ast, actual, kind, issue) {
    this.ast = ast, this.actual = actual, this.kind = kind, this.issue = issue;
  }
}, Type2 = class {
  ast;
  actual;
  message;
  /**
   * @since 3.10.0
   */
  _tag = "Type";
  constructor(ast, actual, message) {
    this.ast = ast, this.actual = actual, this.message = message;
  }
}, Forbidden = class {
  ast;
  actual;
  message;
  /**
   * @since 3.10.0
   */
  _tag = "Forbidden";
  constructor(ast, actual, message) {
    this.ast = ast, this.actual = actual, this.message = message;
  }
}, ParseErrorTypeId = /* @__PURE__ */ Symbol.for("effect/Schema/ParseErrorTypeId");
var ParseError = class extends (/* @__PURE__ */ TaggedError("ParseError")) {
  /**
   * @since 3.10.0
   */
  [ParseErrorTypeId] = ParseErrorTypeId;
  get message() {
    return this.toString();
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return TreeFormatter.formatIssueSync(this.issue);
  }
  /**
   * @since 3.10.0
   */
  toJSON() {
    return {
      _id: "ParseError",
      message: this.toString()
    };
  }
  /**
   * @since 3.10.0
   */
  [NodeInspectSymbol]() {
    return this.toJSON();
  }
}, parseError = (issue) => new ParseError({
  issue
}), succeed8 = right2, fail8 = left2;
var isEither3 = isEither2, flatMap11 = /* @__PURE__ */ dual(2, (self, f) => isEither3(self) ? match(self, {
  onLeft: left2,
  onRight: f
}) : flatMap9(self, f)), map19 = /* @__PURE__ */ dual(2, (self, f) => isEither3(self) ? map(self, f) : map17(self, f)), mapError4 = /* @__PURE__ */ dual(2, (self, f) => isEither3(self) ? mapLeft(self, f) : mapError2(self, f));
var mapBoth5 = /* @__PURE__ */ dual(2, (self, options3) => isEither3(self) ? mapBoth(self, {
  onLeft: options3.onFailure,
  onRight: options3.onSuccess
}) : mapBoth4(self, options3)), orElse6 = /* @__PURE__ */ dual(2, (self, f) => isEither3(self) ? match(self, {
  onLeft: f,
  onRight: right2
}) : catchAll2(self, f)), mergeInternalOptions = (options3, overrideOptions) => overrideOptions === void 0 || isNumber(overrideOptions) ? options3 : options3 === void 0 ? overrideOptions : {
  ...options3,
  ...overrideOptions
}, getEither = (ast, isDecoding, options3) => {
  let parser = goMemo(ast, isDecoding);
  return (u, overrideOptions) => parser(u, mergeInternalOptions(options3, overrideOptions));
}, getSync = (ast, isDecoding, options3) => {
  let parser = getEither(ast, isDecoding, options3);
  return (input, overrideOptions) => getOrThrowWith(parser(input, overrideOptions), parseError);
}, getOption3 = (ast, isDecoding, options3) => {
  let parser = getEither(ast, isDecoding, options3);
  return (input, overrideOptions) => getRight3(parser(input, overrideOptions));
}, getEffect = (ast, isDecoding, options3) => {
  let parser = goMemo(ast, isDecoding);
  return (input, overrideOptions) => parser(input, {
    ...mergeInternalOptions(options3, overrideOptions),
    isEffectAllowed: !0
  });
};
var decodeUnknownOption = (schema, options3) => getOption3(schema.ast, !0, options3);
var decodeUnknown = (schema, options3) => getEffect(schema.ast, !0, options3), encodeUnknownSync = (schema, options3) => getSync(schema.ast, !1, options3);
var encodeUnknown = (schema, options3) => getEffect(schema.ast, !1, options3);
var validateSync = (schema, options3) => getSync(typeAST(schema.ast), !0, options3);
var is = (schema, options3) => {
  let parser = goMemo(typeAST(schema.ast), !0);
  return (u, overrideOptions) => isRight2(parser(u, {
    exact: !0,
    ...mergeInternalOptions(options3, overrideOptions)
  }));
};
var encodeSync = encodeUnknownSync;
var decodeMemoMap = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/ParseResult/decodeMemoMap"), () => /* @__PURE__ */ new WeakMap()), encodeMemoMap = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("effect/ParseResult/encodeMemoMap"), () => /* @__PURE__ */ new WeakMap()), goMemo = (ast, isDecoding) => {
  let memoMap = isDecoding ? decodeMemoMap : encodeMemoMap, memo = memoMap.get(ast);
  if (memo)
    return memo;
  let raw = go(ast, isDecoding), parseOptionsAnnotation = getParseOptionsAnnotation(ast), parserWithOptions = isSome2(parseOptionsAnnotation) ? (i, options3) => raw(i, mergeInternalOptions(options3, parseOptionsAnnotation.value)) : raw, decodingFallbackAnnotation = getDecodingFallbackAnnotation(ast), parser = isDecoding && isSome2(decodingFallbackAnnotation) ? (i, options3) => handleForbidden(orElse6(parserWithOptions(i, options3), decodingFallbackAnnotation.value), ast, i, options3) : parserWithOptions;
  return memoMap.set(ast, parser), parser;
}, getConcurrency = (ast) => getOrUndefined2(getConcurrencyAnnotation(ast)), getBatching = (ast) => getOrUndefined2(getBatchingAnnotation(ast)), go = (ast, isDecoding) => {
  switch (ast._tag) {
    case "Refinement":
      if (isDecoding) {
        let from = goMemo(ast.from, !0);
        return (i, options3) => {
          options3 = options3 ?? defaultParseOption;
          let allErrors = options3?.errors === "all", result = flatMap11(orElse6(from(i, options3), (ef) => {
            let issue = new Refinement2(ast, i, "From", ef);
            return allErrors && hasStableFilter(ast) && isComposite2(ef) ? match2(ast.filter(i, options3, ast), {
              onNone: () => left2(issue),
              onSome: (ep) => left2(new Composite2(ast, i, [issue, new Refinement2(ast, i, "Predicate", ep)]))
            }) : left2(issue);
          }), (a) => match2(ast.filter(a, options3, ast), {
            onNone: () => right2(a),
            onSome: (ep) => left2(new Refinement2(ast, i, "Predicate", ep))
          }));
          return handleForbidden(result, ast, i, options3);
        };
      } else {
        let from = goMemo(typeAST(ast), !0), to = goMemo(dropRightRefinement(ast.from), !1);
        return (i, options3) => handleForbidden(flatMap11(from(i, options3), (a) => to(a, options3)), ast, i, options3);
      }
    case "Transformation": {
      let transform4 = getFinalTransformation(ast.transformation, isDecoding), from = isDecoding ? goMemo(ast.from, !0) : goMemo(ast.to, !1), to = isDecoding ? goMemo(ast.to, !0) : goMemo(ast.from, !1);
      return (i, options3) => handleForbidden(flatMap11(mapError4(from(i, options3), (e) => new Transformation2(ast, i, isDecoding ? "Encoded" : "Type", e)), (a) => flatMap11(mapError4(transform4(a, options3 ?? defaultParseOption, ast, i), (e) => new Transformation2(ast, i, "Transformation", e)), (i2) => mapError4(to(i2, options3), (e) => new Transformation2(ast, i, isDecoding ? "Type" : "Encoded", e)))), ast, i, options3);
    }
    case "Declaration": {
      let parse = isDecoding ? ast.decodeUnknown(...ast.typeParameters) : ast.encodeUnknown(...ast.typeParameters);
      return (i, options3) => handleForbidden(parse(i, options3 ?? defaultParseOption, ast), ast, i, options3);
    }
    case "Literal":
      return fromRefinement(ast, (u) => u === ast.literal);
    case "UniqueSymbol":
      return fromRefinement(ast, (u) => u === ast.symbol);
    case "UndefinedKeyword":
      return fromRefinement(ast, isUndefined);
    case "NeverKeyword":
      return fromRefinement(ast, isNever);
    case "UnknownKeyword":
    case "AnyKeyword":
    case "VoidKeyword":
      return right2;
    case "StringKeyword":
      return fromRefinement(ast, isString);
    case "NumberKeyword":
      return fromRefinement(ast, isNumber);
    case "BooleanKeyword":
      return fromRefinement(ast, isBoolean);
    case "BigIntKeyword":
      return fromRefinement(ast, isBigInt);
    case "SymbolKeyword":
      return fromRefinement(ast, isSymbol);
    case "ObjectKeyword":
      return fromRefinement(ast, isObject);
    case "Enums":
      return fromRefinement(ast, (u) => ast.enums.some(([_, value3]) => value3 === u));
    case "TemplateLiteral": {
      if (ast.spans.every((span2) => isStringKeyword(span2.type)))
        return fromRefinement(ast, (u) => {
          if (!isString(u) || !u.startsWith(ast.head))
            return !1;
          let position = ast.head.length;
          for (let i = 0; i < ast.spans.length - 1; i++) {
            let literal2 = ast.spans[i].literal, index = u.indexOf(literal2, position);
            if (index === -1)
              return !1;
            position = index + literal2.length;
          }
          let literal = ast.spans[ast.spans.length - 1].literal;
          return u.endsWith(literal) && u.length - literal.length >= position;
        });
      let regex = getTemplateLiteralRegExp(ast);
      return fromRefinement(ast, (u) => isString(u) && regex.test(u));
    }
    case "TupleType": {
      let elements = ast.elements.map((e) => goMemo(e.type, isDecoding)), rest = ast.rest.map((annotatedAST) => goMemo(annotatedAST.type, isDecoding)), requiredTypes = ast.elements.filter((e) => !e.isOptional);
      ast.rest.length > 0 && (requiredTypes = requiredTypes.concat(ast.rest.slice(1)));
      let requiredLen = requiredTypes.length, expectedIndexes = ast.elements.length > 0 ? ast.elements.map((_, i) => i).join(" | ") : "never", concurrency = getConcurrency(ast), batching = getBatching(ast);
      return (input, options3) => {
        if (!isArray(input))
          return left2(new Type2(ast, input));
        let allErrors = options3?.errors === "all", es = [], stepKey = 0, output = [], len = input.length;
        for (let i2 = len; i2 <= requiredLen - 1; i2++) {
          let e = new Pointer(i2, input, new Missing(requiredTypes[i2 - len]));
          if (allErrors) {
            es.push([stepKey++, e]);
            continue;
          } else
            return left2(new Composite2(ast, input, e, output));
        }
        if (ast.rest.length === 0)
          for (let i2 = ast.elements.length; i2 <= len - 1; i2++) {
            let e = new Pointer(i2, input, new Unexpected(input[i2], `is unexpected, expected: ${expectedIndexes}`));
            if (allErrors) {
              es.push([stepKey++, e]);
              continue;
            } else
              return left2(new Composite2(ast, input, e, output));
          }
        let i = 0, queue;
        for (; i < elements.length; i++)
          if (len < i + 1) {
            if (ast.elements[i].isOptional)
              continue;
          } else {
            let parser = elements[i], te = parser(input[i], options3);
            if (isEither3(te)) {
              if (isLeft2(te)) {
                let e = new Pointer(i, input, te.left);
                if (allErrors) {
                  es.push([stepKey++, e]);
                  continue;
                } else
                  return left2(new Composite2(ast, input, e, sortByIndex(output)));
              }
              output.push([stepKey++, te.right]);
            } else {
              let nk = stepKey++, index = i;
              queue || (queue = []), queue.push(({
                es: es2,
                output: output2
              }) => flatMap9(either3(te), (t) => {
                if (isLeft2(t)) {
                  let e = new Pointer(index, input, t.left);
                  return allErrors ? (es2.push([nk, e]), _void) : left2(new Composite2(ast, input, e, sortByIndex(output2)));
                }
                return output2.push([nk, t.right]), _void;
              }));
            }
          }
        if (isNonEmptyReadonlyArray(rest)) {
          let [head7, ...tail] = rest;
          for (; i < len - tail.length; i++) {
            let te = head7(input[i], options3);
            if (isEither3(te))
              if (isLeft2(te)) {
                let e = new Pointer(i, input, te.left);
                if (allErrors) {
                  es.push([stepKey++, e]);
                  continue;
                } else
                  return left2(new Composite2(ast, input, e, sortByIndex(output)));
              } else
                output.push([stepKey++, te.right]);
            else {
              let nk = stepKey++, index = i;
              queue || (queue = []), queue.push(({
                es: es2,
                output: output2
              }) => flatMap9(either3(te), (t) => {
                if (isLeft2(t)) {
                  let e = new Pointer(index, input, t.left);
                  return allErrors ? (es2.push([nk, e]), _void) : left2(new Composite2(ast, input, e, sortByIndex(output2)));
                } else
                  return output2.push([nk, t.right]), _void;
              }));
            }
          }
          for (let j = 0; j < tail.length; j++) {
            let index = i + j;
            if (!(len < index + 1)) {
              let te = tail[j](input[index], options3);
              if (isEither3(te)) {
                if (isLeft2(te)) {
                  let e = new Pointer(index, input, te.left);
                  if (allErrors) {
                    es.push([stepKey++, e]);
                    continue;
                  } else
                    return left2(new Composite2(ast, input, e, sortByIndex(output)));
                }
                output.push([stepKey++, te.right]);
              } else {
                let nk = stepKey++;
                queue || (queue = []), queue.push(({
                  es: es2,
                  output: output2
                }) => flatMap9(either3(te), (t) => {
                  if (isLeft2(t)) {
                    let e = new Pointer(index, input, t.left);
                    return allErrors ? (es2.push([nk, e]), _void) : left2(new Composite2(ast, input, e, sortByIndex(output2)));
                  }
                  return output2.push([nk, t.right]), _void;
                }));
              }
            }
          }
        }
        let computeResult = ({
          es: es2,
          output: output2
        }) => isNonEmptyArray2(es2) ? left2(new Composite2(ast, input, sortByIndex(es2), sortByIndex(output2))) : right2(sortByIndex(output2));
        if (queue && queue.length > 0) {
          let cqueue = queue;
          return suspend4(() => {
            let state = {
              es: copy(es),
              output: copy(output)
            };
            return flatMap9(forEach8(cqueue, (f) => f(state), {
              concurrency,
              batching,
              discard: !0
            }), () => computeResult(state));
          });
        }
        return computeResult({
          output,
          es
        });
      };
    }
    case "TypeLiteral": {
      if (ast.propertySignatures.length === 0 && ast.indexSignatures.length === 0)
        return fromRefinement(ast, isNotNullable);
      let propertySignatures = [], expectedKeysMap = {}, expectedKeys = [];
      for (let ps of ast.propertySignatures)
        propertySignatures.push([goMemo(ps.type, isDecoding), ps]), expectedKeysMap[ps.name] = null, expectedKeys.push(ps.name);
      let indexSignatures = ast.indexSignatures.map((is2) => [goMemo(is2.parameter, isDecoding), goMemo(is2.type, isDecoding), is2.parameter]), expectedAST = Union.make(ast.indexSignatures.map((is2) => is2.parameter).concat(expectedKeys.map((key) => isSymbol(key) ? new UniqueSymbol(key) : new Literal(key)))), expected = goMemo(expectedAST, isDecoding), concurrency = getConcurrency(ast), batching = getBatching(ast);
      return (input, options3) => {
        if (!isRecord(input))
          return left2(new Type2(ast, input));
        let allErrors = options3?.errors === "all", es = [], stepKey = 0, onExcessPropertyError = options3?.onExcessProperty === "error", onExcessPropertyPreserve = options3?.onExcessProperty === "preserve", output = {}, inputKeys;
        if (onExcessPropertyError || onExcessPropertyPreserve) {
          inputKeys = Reflect.ownKeys(input);
          for (let key of inputKeys) {
            let te = expected(key, options3);
            if (isEither3(te) && isLeft2(te))
              if (onExcessPropertyError) {
                let e = new Pointer(key, input, new Unexpected(input[key], `is unexpected, expected: ${String(expectedAST)}`));
                if (allErrors) {
                  es.push([stepKey++, e]);
                  continue;
                } else
                  return left2(new Composite2(ast, input, e, output));
              } else
                output[key] = input[key];
          }
        }
        let queue, isExact = options3?.exact === !0;
        for (let i = 0; i < propertySignatures.length; i++) {
          let ps = propertySignatures[i][1], name = ps.name, hasKey = Object.prototype.hasOwnProperty.call(input, name);
          if (!hasKey) {
            if (ps.isOptional)
              continue;
            if (isExact) {
              let e = new Pointer(name, input, new Missing(ps));
              if (allErrors) {
                es.push([stepKey++, e]);
                continue;
              } else
                return left2(new Composite2(ast, input, e, output));
            }
          }
          let parser = propertySignatures[i][0], te = parser(input[name], options3);
          if (isEither3(te)) {
            if (isLeft2(te)) {
              let e = new Pointer(name, input, hasKey ? te.left : new Missing(ps));
              if (allErrors) {
                es.push([stepKey++, e]);
                continue;
              } else
                return left2(new Composite2(ast, input, e, output));
            }
            output[name] = te.right;
          } else {
            let nk = stepKey++, index = name;
            queue || (queue = []), queue.push(({
              es: es2,
              output: output2
            }) => flatMap9(either3(te), (t) => {
              if (isLeft2(t)) {
                let e = new Pointer(index, input, hasKey ? t.left : new Missing(ps));
                return allErrors ? (es2.push([nk, e]), _void) : left2(new Composite2(ast, input, e, output2));
              }
              return output2[index] = t.right, _void;
            }));
          }
        }
        for (let i = 0; i < indexSignatures.length; i++) {
          let indexSignature = indexSignatures[i], parameter = indexSignature[0], type = indexSignature[1], keys6 = getKeysForIndexSignature(input, indexSignature[2]);
          for (let key of keys6) {
            let keu = parameter(key, options3);
            if (isEither3(keu) && isRight2(keu)) {
              let vpr = type(input[key], options3);
              if (isEither3(vpr))
                if (isLeft2(vpr)) {
                  let e = new Pointer(key, input, vpr.left);
                  if (allErrors) {
                    es.push([stepKey++, e]);
                    continue;
                  } else
                    return left2(new Composite2(ast, input, e, output));
                } else
                  Object.prototype.hasOwnProperty.call(expectedKeysMap, key) || (output[key] = vpr.right);
              else {
                let nk = stepKey++, index = key;
                queue || (queue = []), queue.push(({
                  es: es2,
                  output: output2
                }) => flatMap9(either3(vpr), (tv) => {
                  if (isLeft2(tv)) {
                    let e = new Pointer(index, input, tv.left);
                    return allErrors ? (es2.push([nk, e]), _void) : left2(new Composite2(ast, input, e, output2));
                  } else
                    return Object.prototype.hasOwnProperty.call(expectedKeysMap, key) || (output2[key] = tv.right), _void;
                }));
              }
            }
          }
        }
        let computeResult = ({
          es: es2,
          output: output2
        }) => {
          if (isNonEmptyArray2(es2))
            return left2(new Composite2(ast, input, sortByIndex(es2), output2));
          if (options3?.propertyOrder === "original") {
            let keys6 = inputKeys || Reflect.ownKeys(input);
            for (let name of expectedKeys)
              keys6.indexOf(name) === -1 && keys6.push(name);
            let out = {};
            for (let key of keys6)
              Object.prototype.hasOwnProperty.call(output2, key) && (out[key] = output2[key]);
            return right2(out);
          }
          return right2(output2);
        };
        if (queue && queue.length > 0) {
          let cqueue = queue;
          return suspend4(() => {
            let state = {
              es: copy(es),
              output: Object.assign({}, output)
            };
            return flatMap9(forEach8(cqueue, (f) => f(state), {
              concurrency,
              batching,
              discard: !0
            }), () => computeResult(state));
          });
        }
        return computeResult({
          es,
          output
        });
      };
    }
    case "Union": {
      let searchTree = getSearchTree(ast.types, isDecoding), ownKeys = Reflect.ownKeys(searchTree.keys), ownKeysLen = ownKeys.length, astTypesLen = ast.types.length, map22 = /* @__PURE__ */ new Map();
      for (let i = 0; i < astTypesLen; i++)
        map22.set(ast.types[i], goMemo(ast.types[i], isDecoding));
      let concurrency = getConcurrency(ast) ?? 1, batching = getBatching(ast);
      return (input, options3) => {
        let es = [], stepKey = 0, candidates = [];
        if (ownKeysLen > 0)
          if (isRecordOrArray(input))
            for (let i = 0; i < ownKeysLen; i++) {
              let name = ownKeys[i], buckets = searchTree.keys[name].buckets;
              if (Object.prototype.hasOwnProperty.call(input, name)) {
                let literal = String(input[name]);
                if (Object.prototype.hasOwnProperty.call(buckets, literal))
                  candidates = candidates.concat(buckets[literal]);
                else {
                  let {
                    candidates: candidates2,
                    literals
                  } = searchTree.keys[name], literalsUnion = Union.make(literals), errorAst = candidates2.length === astTypesLen ? new TypeLiteral([new PropertySignature(name, literalsUnion, !1, !0)], []) : Union.make(candidates2);
                  es.push([stepKey++, new Composite2(errorAst, input, new Pointer(name, input, new Type2(literalsUnion, input[name])))]);
                }
              } else {
                let {
                  candidates: candidates2,
                  literals
                } = searchTree.keys[name], fakePropertySignature = new PropertySignature(name, Union.make(literals), !1, !0), errorAst = candidates2.length === astTypesLen ? new TypeLiteral([fakePropertySignature], []) : Union.make(candidates2);
                es.push([stepKey++, new Composite2(errorAst, input, new Pointer(name, input, new Missing(fakePropertySignature)))]);
              }
            }
          else {
            let errorAst = searchTree.candidates.length === astTypesLen ? ast : Union.make(searchTree.candidates);
            es.push([stepKey++, new Type2(errorAst, input)]);
          }
        searchTree.otherwise.length > 0 && (candidates = candidates.concat(searchTree.otherwise));
        let queue;
        for (let i = 0; i < candidates.length; i++) {
          let candidate = candidates[i], pr = map22.get(candidate)(input, options3);
          if (isEither3(pr) && (!queue || queue.length === 0)) {
            if (isRight2(pr))
              return pr;
            es.push([stepKey++, pr.left]);
          } else {
            let nk = stepKey++;
            queue || (queue = []), queue.push((state) => suspend4(() => "finalResult" in state ? _void : flatMap9(either3(pr), (t) => (isRight2(t) ? state.finalResult = t : state.es.push([nk, t.left]), _void))));
          }
        }
        let computeResult = (es2) => isNonEmptyArray2(es2) ? es2.length === 1 && es2[0][1]._tag === "Type" ? left2(es2[0][1]) : left2(new Composite2(ast, input, sortByIndex(es2))) : (
          // this should never happen
          left2(new Type2(ast, input))
        );
        if (queue && queue.length > 0) {
          let cqueue = queue;
          return suspend4(() => {
            let state = {
              es: copy(es)
            };
            return flatMap9(forEach8(cqueue, (f) => f(state), {
              concurrency,
              batching,
              discard: !0
            }), () => "finalResult" in state ? state.finalResult : computeResult(state.es));
          });
        }
        return computeResult(es);
      };
    }
    case "Suspend": {
      let get18 = memoizeThunk(() => goMemo(ast.f(), isDecoding));
      return (a, options3) => get18()(a, options3);
    }
  }
}, fromRefinement = (ast, refinement) => (u) => refinement(u) ? right2(u) : left2(new Type2(ast, u)), getLiterals = (ast, isDecoding) => {
  switch (ast._tag) {
    case "Declaration": {
      let annotation = getSurrogateAnnotation(ast);
      if (isSome2(annotation))
        return getLiterals(annotation.value, isDecoding);
      break;
    }
    case "TypeLiteral": {
      let out = [];
      for (let i = 0; i < ast.propertySignatures.length; i++) {
        let propertySignature2 = ast.propertySignatures[i], type = isDecoding ? encodedAST(propertySignature2.type) : typeAST(propertySignature2.type);
        isLiteral(type) && !propertySignature2.isOptional && out.push([propertySignature2.name, type]);
      }
      return out;
    }
    case "TupleType": {
      let out = [];
      for (let i = 0; i < ast.elements.length; i++) {
        let element = ast.elements[i], type = isDecoding ? encodedAST(element.type) : typeAST(element.type);
        isLiteral(type) && !element.isOptional && out.push([i, type]);
      }
      return out;
    }
    case "Refinement":
      return getLiterals(ast.from, isDecoding);
    case "Suspend":
      return getLiterals(ast.f(), isDecoding);
    case "Transformation":
      return getLiterals(isDecoding ? ast.from : ast.to, isDecoding);
  }
  return [];
}, getSearchTree = (members, isDecoding) => {
  let keys6 = {}, otherwise = [], candidates = [];
  for (let i = 0; i < members.length; i++) {
    let member = members[i], tags = getLiterals(member, isDecoding);
    if (tags.length > 0) {
      candidates.push(member);
      for (let j = 0; j < tags.length; j++) {
        let [key, literal] = tags[j], hash2 = String(literal.literal);
        keys6[key] = keys6[key] || {
          buckets: {},
          literals: [],
          candidates: []
        };
        let buckets = keys6[key].buckets;
        if (Object.prototype.hasOwnProperty.call(buckets, hash2)) {
          if (j < tags.length - 1)
            continue;
          buckets[hash2].push(member), keys6[key].literals.push(literal), keys6[key].candidates.push(member);
        } else {
          buckets[hash2] = [member], keys6[key].literals.push(literal), keys6[key].candidates.push(member);
          break;
        }
      }
    } else
      otherwise.push(member);
  }
  return {
    keys: keys6,
    otherwise,
    candidates
  };
}, dropRightRefinement = (ast) => isRefinement(ast) ? dropRightRefinement(ast.from) : ast, handleForbidden = (effect3, ast, actual, options3) => {
  if (options3?.isEffectAllowed === !0 || isEither3(effect3))
    return effect3;
  let scheduler = new SyncScheduler(), fiber = runFork2(effect3, {
    scheduler
  });
  scheduler.flush();
  let exit4 = fiber.unsafePoll();
  if (exit4) {
    if (isSuccess(exit4))
      return right2(exit4.value);
    let cause2 = exit4.cause;
    return isFailType2(cause2) ? left2(cause2.error) : left2(new Forbidden(ast, actual, pretty2(cause2)));
  }
  return left2(new Forbidden(ast, actual, "cannot be be resolved synchronously, this is caused by using runSync on an effect that performs async work"));
}, compare = ([a], [b]) => a > b ? 1 : a < b ? -1 : 0;
function sortByIndex(es) {
  return es.sort(compare).map((t) => t[1]);
}
var getFinalTransformation = (transformation, isDecoding) => {
  switch (transformation._tag) {
    case "FinalTransformation":
      return isDecoding ? transformation.decode : transformation.encode;
    case "ComposeTransformation":
      return right2;
    case "TypeLiteralTransformation":
      return (input) => {
        let out = right2(input);
        for (let pst of transformation.propertySignatureTransformations) {
          let [from, to] = isDecoding ? [pst.from, pst.to] : [pst.to, pst.from], transformation2 = isDecoding ? pst.decode : pst.encode;
          out = map19(out, (input2) => {
            let o = transformation2(Object.prototype.hasOwnProperty.call(input2, from) ? some2(input2[from]) : none2());
            return delete input2[from], isSome2(o) && (input2[to] = o.value), input2;
          });
        }
        return out;
      };
  }
}, makeTree = (value3, forest = []) => ({
  value: value3,
  forest
}), TreeFormatter = {
  formatIssue: (issue) => map19(formatTree(issue), drawTree),
  formatIssueSync: (issue) => {
    let e = TreeFormatter.formatIssue(issue);
    return isEither3(e) ? getOrThrow(e) : runSync(e);
  },
  formatError: (error) => TreeFormatter.formatIssue(error.issue),
  formatErrorSync: (error) => TreeFormatter.formatIssueSync(error.issue)
}, drawTree = (tree) => tree.value + draw(`
`, tree.forest), draw = (indentation, forest) => {
  let r = "", len = forest.length, tree;
  for (let i = 0; i < len; i++) {
    tree = forest[i];
    let isLast = i === len - 1;
    r += indentation + (isLast ? "\u2514" : "\u251C") + "\u2500 " + tree.value, r += draw(indentation + (len > 1 && !isLast ? "\u2502  " : "   "), tree.forest);
  }
  return r;
}, formatTransformationKind = (kind) => {
  switch (kind) {
    case "Encoded":
      return "Encoded side transformation failure";
    case "Transformation":
      return "Transformation process failure";
    case "Type":
      return "Type side transformation failure";
  }
}, formatRefinementKind = (kind) => {
  switch (kind) {
    case "From":
      return "From side refinement failure";
    case "Predicate":
      return "Predicate refinement failure";
  }
}, getAnnotated = (issue) => "ast" in issue ? some2(issue.ast) : none2(), Either_void = /* @__PURE__ */ right2(void 0), getCurrentMessage = (issue) => getAnnotated(issue).pipe(flatMap(getMessageAnnotation), match2({
  onNone: () => Either_void,
  onSome: (messageAnnotation) => {
    let union9 = messageAnnotation(issue);
    return isString(union9) ? right2({
      message: union9,
      override: !1
    }) : isEffect2(union9) ? map17(union9, (message) => ({
      message,
      override: !1
    })) : isString(union9.message) ? right2({
      message: union9.message,
      override: union9.override
    }) : map17(union9.message, (message) => ({
      message,
      override: union9.override
    }));
  }
})), createParseIssueGuard = (tag2) => (issue) => issue._tag === tag2, isComposite2 = /* @__PURE__ */ createParseIssueGuard("Composite"), isRefinement2 = /* @__PURE__ */ createParseIssueGuard("Refinement"), isTransformation2 = /* @__PURE__ */ createParseIssueGuard("Transformation"), getMessage = (issue) => flatMap11(getCurrentMessage(issue), (currentMessage) => currentMessage !== void 0 ? !currentMessage.override && (isComposite2(issue) || isRefinement2(issue) && issue.kind === "From" || isTransformation2(issue) && issue.kind !== "Transformation") ? isTransformation2(issue) || isRefinement2(issue) ? getMessage(issue.issue) : Either_void : right2(currentMessage.message) : Either_void), getParseIssueTitleAnnotation2 = (issue) => getAnnotated(issue).pipe(flatMap(getParseIssueTitleAnnotation), flatMapNullable((annotation) => annotation(issue)), getOrUndefined2);
function getRefinementExpected(ast) {
  return getDescriptionAnnotation(ast).pipe(orElse(() => getTitleAnnotation(ast)), orElse(() => getAutoTitleAnnotation(ast)), orElse(() => getIdentifierAnnotation(ast)), getOrElse2(() => `{ ${ast.from} | filter }`));
}
function getDefaultTypeMessage(issue) {
  return issue.message !== void 0 ? issue.message : `Expected ${isRefinement(issue.ast) ? getRefinementExpected(issue.ast) : String(issue.ast)}, actual ${formatUnknown(issue.actual)}`;
}
var formatTypeMessage = (issue) => map19(getMessage(issue), (message) => message ?? getParseIssueTitleAnnotation2(issue) ?? getDefaultTypeMessage(issue)), getParseIssueTitle = (issue) => getParseIssueTitleAnnotation2(issue) ?? String(issue.ast), formatForbiddenMessage = (issue) => issue.message ?? "is forbidden", formatUnexpectedMessage = (issue) => issue.message ?? "is unexpected", formatMissingMessage = (issue) => {
  let missingMessageAnnotation = getMissingMessageAnnotation(issue.ast);
  if (isSome2(missingMessageAnnotation)) {
    let annotation = missingMessageAnnotation.value();
    return isString(annotation) ? right2(annotation) : annotation;
  }
  return right2(issue.message ?? "is missing");
}, formatTree = (issue) => {
  switch (issue._tag) {
    case "Type":
      return map19(formatTypeMessage(issue), makeTree);
    case "Forbidden":
      return right2(makeTree(getParseIssueTitle(issue), [makeTree(formatForbiddenMessage(issue))]));
    case "Unexpected":
      return right2(makeTree(formatUnexpectedMessage(issue)));
    case "Missing":
      return map19(formatMissingMessage(issue), makeTree);
    case "Transformation":
      return flatMap11(getMessage(issue), (message) => message !== void 0 ? right2(makeTree(message)) : map19(formatTree(issue.issue), (tree) => makeTree(getParseIssueTitle(issue), [makeTree(formatTransformationKind(issue.kind), [tree])])));
    case "Refinement":
      return flatMap11(getMessage(issue), (message) => message !== void 0 ? right2(makeTree(message)) : map19(formatTree(issue.issue), (tree) => makeTree(getParseIssueTitle(issue), [makeTree(formatRefinementKind(issue.kind), [tree])])));
    case "Pointer":
      return map19(formatTree(issue.issue), (tree) => makeTree(formatPath(issue.path), [tree]));
    case "Composite":
      return flatMap11(getMessage(issue), (message) => {
        if (message !== void 0)
          return right2(makeTree(message));
        let parseIssueTitle = getParseIssueTitle(issue);
        return isNonEmpty5(issue.issues) ? map19(forEach8(issue.issues, formatTree), (forest) => makeTree(parseIssueTitle, forest)) : map19(formatTree(issue.issues), (tree) => makeTree(parseIssueTitle, [tree]));
      });
  }
}, makeArrayFormatterIssue = (_tag, path, message) => ({
  _tag,
  path,
  message
}), ArrayFormatter = {
  formatIssue: (issue) => getArrayFormatterIssues(issue, void 0, []),
  formatIssueSync: (issue) => {
    let e = ArrayFormatter.formatIssue(issue);
    return isEither3(e) ? getOrThrow(e) : runSync(e);
  },
  formatError: (error) => ArrayFormatter.formatIssue(error.issue),
  formatErrorSync: (error) => ArrayFormatter.formatIssueSync(error.issue)
}, getArrayFormatterIssues = (issue, parentTag, path) => {
  let _tag = issue._tag;
  switch (_tag) {
    case "Type":
      return map19(formatTypeMessage(issue), (message) => [makeArrayFormatterIssue(parentTag ?? _tag, path, message)]);
    case "Forbidden":
      return right2([makeArrayFormatterIssue(_tag, path, formatForbiddenMessage(issue))]);
    case "Unexpected":
      return right2([makeArrayFormatterIssue(_tag, path, formatUnexpectedMessage(issue))]);
    case "Missing":
      return map19(formatMissingMessage(issue), (message) => [makeArrayFormatterIssue(_tag, path, message)]);
    case "Pointer":
      return getArrayFormatterIssues(issue.issue, void 0, path.concat(issue.path));
    case "Composite":
      return flatMap11(getMessage(issue), (message) => message !== void 0 ? right2([makeArrayFormatterIssue(_tag, path, message)]) : isNonEmpty5(issue.issues) ? map19(forEach8(issue.issues, (issue2) => getArrayFormatterIssues(issue2, void 0, path)), flatten) : getArrayFormatterIssues(issue.issues, void 0, path));
    case "Refinement":
      return flatMap11(getMessage(issue), (message) => message !== void 0 ? right2([makeArrayFormatterIssue(_tag, path, message)]) : getArrayFormatterIssues(issue.issue, issue.kind === "Predicate" ? _tag : void 0, path));
    case "Transformation":
      return flatMap11(getMessage(issue), (message) => message !== void 0 ? right2([makeArrayFormatterIssue(_tag, path, message)]) : getArrayFormatterIssues(issue.issue, issue.kind === "Transformation" ? _tag : void 0, path));
  }
};

// node_modules/effect/dist/esm/Struct.js
var pick2 = /* @__PURE__ */ dual((args2) => isObject(args2[0]), (s, ...keys6) => {
  let out = {};
  for (let k of keys6)
    k in s && (out[k] = s[k]);
  return out;
}), omit2 = /* @__PURE__ */ dual((args2) => isObject(args2[0]), (s, ...keys6) => {
  let out = {
    ...s
  };
  for (let k of keys6)
    delete out[k];
  return out;
});

// node_modules/effect/dist/esm/Schema.js
var TypeId17 = /* @__PURE__ */ Symbol.for("effect/Schema");
function make43(ast) {
  return class {
    [TypeId17] = variance5;
    static ast = ast;
    static annotations(annotations2) {
      return make43(mergeSchemaAnnotations(this.ast, annotations2));
    }
    static pipe() {
      return pipeArguments(this, arguments);
    }
    static toString() {
      return String(ast);
    }
    static Type;
    static Encoded;
    static Context;
    static [TypeId17] = variance5;
  };
}
var variance5 = {
  /* c8 ignore next */
  _A: (_) => _,
  /* c8 ignore next */
  _I: (_) => _,
  /* c8 ignore next */
  _R: (_) => _
};
var builtInAnnotations = {
  typeConstructor: TypeConstructorAnnotationId,
  schemaId: SchemaIdAnnotationId,
  message: MessageAnnotationId,
  missingMessage: MissingMessageAnnotationId,
  identifier: IdentifierAnnotationId,
  title: TitleAnnotationId,
  description: DescriptionAnnotationId,
  examples: ExamplesAnnotationId,
  default: DefaultAnnotationId,
  documentation: DocumentationAnnotationId,
  jsonSchema: JSONSchemaAnnotationId,
  arbitrary: ArbitraryAnnotationId,
  pretty: PrettyAnnotationId,
  equivalence: EquivalenceAnnotationId,
  concurrency: ConcurrencyAnnotationId,
  batching: BatchingAnnotationId,
  parseIssueTitle: ParseIssueTitleAnnotationId,
  parseOptions: ParseOptionsAnnotationId,
  decodingFallback: DecodingFallbackAnnotationId
}, toASTAnnotations = (annotations2) => {
  if (!annotations2)
    return {};
  let out = {
    ...annotations2
  };
  for (let key in builtInAnnotations)
    if (key in annotations2) {
      let id2 = builtInAnnotations[key];
      out[id2] = annotations2[key], delete out[key];
    }
  return out;
}, mergeSchemaAnnotations = (ast, annotations2) => annotations(ast, toASTAnnotations(annotations2));
var encodedSchema = (schema) => make43(encodedAST(schema.ast));
var typeSchema = (schema) => make43(typeAST(schema.ast));
var decodeUnknown2 = (schema, options3) => {
  let decodeUnknown3 = decodeUnknown(schema, options3);
  return (u, overrideOptions) => mapError4(decodeUnknown3(u, overrideOptions), parseError);
};
var isSchema = (u) => hasProperty(u, TypeId17) && isObject(u[TypeId17]);
function getDefaultLiteralAST(literals) {
  return isMembers(literals) ? Union.make(mapMembers(literals, (literal) => new Literal(literal))) : new Literal(literals[0]);
}
function makeLiteralClass(literals, ast = getDefaultLiteralAST(literals)) {
  return class extends make43(ast) {
    static annotations(annotations2) {
      return makeLiteralClass(this.literals, mergeSchemaAnnotations(this.ast, annotations2));
    }
    static literals = [...literals];
  };
}
function Literal2(...literals) {
  return isNonEmptyReadonlyArray(literals) ? makeLiteralClass(literals) : Never;
}
var declareConstructor = (typeParameters, options3, annotations2) => makeDeclareClass(typeParameters, new Declaration(typeParameters.map((tp) => tp.ast), (...typeParameters2) => options3.decode(...typeParameters2.map(make43)), (...typeParameters2) => options3.encode(...typeParameters2.map(make43)), toASTAnnotations(annotations2))), declarePrimitive = (is2, annotations2) => {
  let decodeUnknown3 = () => (input, _, ast) => is2(input) ? succeed8(input) : fail8(new Type2(ast, input)), encodeUnknown2 = decodeUnknown3;
  return makeDeclareClass([], new Declaration([], decodeUnknown3, encodeUnknown2, toASTAnnotations(annotations2)));
};
function makeDeclareClass(typeParameters, ast) {
  return class extends make43(ast) {
    static annotations(annotations2) {
      return makeDeclareClass(this.typeParameters, mergeSchemaAnnotations(this.ast, annotations2));
    }
    static typeParameters = [...typeParameters];
  };
}
var declare = function() {
  if (Array.isArray(arguments[0])) {
    let typeParameters = arguments[0], options3 = arguments[1], annotations3 = arguments[2];
    return declareConstructor(typeParameters, options3, annotations3);
  }
  let is2 = arguments[0], annotations2 = arguments[1];
  return declarePrimitive(is2, annotations2);
};
var Undefined = class extends (/* @__PURE__ */ make43(undefinedKeyword)) {
};
var Null = class extends (/* @__PURE__ */ make43($null)) {
}, Never = class extends (/* @__PURE__ */ make43(neverKeyword)) {
}, Unknown = class extends (/* @__PURE__ */ make43(unknownKeyword)) {
};
var String$ = class extends (/* @__PURE__ */ make43(stringKeyword)) {
}, Number$ = class extends (/* @__PURE__ */ make43(numberKeyword)) {
};
var getDefaultUnionAST = (members) => Union.make(members.map((m) => m.ast));
function makeUnionClass(members, ast = getDefaultUnionAST(members)) {
  return class extends make43(ast) {
    static annotations(annotations2) {
      return makeUnionClass(this.members, mergeSchemaAnnotations(this.ast, annotations2));
    }
    static members = [...members];
  };
}
function Union2(...members) {
  return isMembers(members) ? makeUnionClass(members) : isNonEmptyReadonlyArray(members) ? members[0] : Never;
}
var NullOr = (self) => Union2(self, Null), UndefinedOr = (self) => Union2(self, Undefined), NullishOr = (self) => Union2(self, Null, Undefined);
var ElementImpl = class _ElementImpl {
  ast;
  from;
  [TypeId17];
  _Token;
  constructor(ast, from) {
    this.ast = ast, this.from = from;
  }
  annotations(annotations2) {
    return new _ElementImpl(new OptionalType(this.ast.type, this.ast.isOptional, {
      ...this.ast.annotations,
      ...toASTAnnotations(annotations2)
    }), this.from);
  }
  toString() {
    return `${this.ast.type}${this.ast.isOptional ? "?" : ""}`;
  }
}, getDefaultTupleTypeAST = (elements, rest) => new TupleType(elements.map((el) => isSchema(el) ? new OptionalType(el.ast, !1) : el.ast), rest.map((el) => isSchema(el) ? new Type(el.ast) : el.ast), !0);
function makeTupleTypeClass(elements, rest, ast = getDefaultTupleTypeAST(elements, rest)) {
  return class extends make43(ast) {
    static annotations(annotations2) {
      return makeTupleTypeClass(this.elements, this.rest, mergeSchemaAnnotations(this.ast, annotations2));
    }
    static elements = [...elements];
    static rest = [...rest];
  };
}
function makeArrayClass(value3, ast) {
  return class extends makeTupleTypeClass([], [value3], ast) {
    static annotations(annotations2) {
      return makeArrayClass(this.value, mergeSchemaAnnotations(this.ast, annotations2));
    }
    static value = value3;
  };
}
var Array$ = (value3) => makeArrayClass(value3);
var formatPropertySignatureToken = (isOptional) => isOptional ? '"?:"' : '":"', PropertySignatureDeclaration = class extends OptionalType {
  isReadonly;
  defaultValue;
  /**
   * @since 3.10.0
   */
  _tag = "PropertySignatureDeclaration";
  constructor(type, isOptional, isReadonly, annotations2, defaultValue) {
    super(type, isOptional, annotations2), this.isReadonly = isReadonly, this.defaultValue = defaultValue;
  }
  /**
   * @since 3.10.0
   */
  toString() {
    let token = formatPropertySignatureToken(this.isOptional), type = String(this.type);
    return `PropertySignature<${token}, ${type}, never, ${token}, ${type}>`;
  }
}, FromPropertySignature = class extends OptionalType {
  isReadonly;
  fromKey;
  constructor(type, isOptional, isReadonly, annotations2, fromKey) {
    super(type, isOptional, annotations2), this.isReadonly = isReadonly, this.fromKey = fromKey;
  }
}, ToPropertySignature = class extends OptionalType {
  isReadonly;
  defaultValue;
  constructor(type, isOptional, isReadonly, annotations2, defaultValue) {
    super(type, isOptional, annotations2), this.isReadonly = isReadonly, this.defaultValue = defaultValue;
  }
}, formatPropertyKey2 = (p) => p === void 0 ? "never" : isString(p) ? JSON.stringify(p) : String(p), PropertySignatureTransformation2 = class {
  from;
  to;
  decode;
  encode;
  /**
   * @since 3.10.0
   */
  _tag = "PropertySignatureTransformation";
  constructor(from, to, decode3, encode) {
    this.from = from, this.to = to, this.decode = decode3, this.encode = encode;
  }
  /**
   * @since 3.10.0
   */
  toString() {
    return `PropertySignature<${formatPropertySignatureToken(this.to.isOptional)}, ${this.to.type}, ${formatPropertyKey2(this.from.fromKey)}, ${formatPropertySignatureToken(this.from.isOptional)}, ${this.from.type}>`;
  }
}, mergeSignatureAnnotations = (ast, annotations2) => {
  switch (ast._tag) {
    case "PropertySignatureDeclaration":
      return new PropertySignatureDeclaration(ast.type, ast.isOptional, ast.isReadonly, {
        ...ast.annotations,
        ...annotations2
      }, ast.defaultValue);
    case "PropertySignatureTransformation":
      return new PropertySignatureTransformation2(ast.from, new ToPropertySignature(ast.to.type, ast.to.isOptional, ast.to.isReadonly, {
        ...ast.to.annotations,
        ...annotations2
      }, ast.to.defaultValue), ast.decode, ast.encode);
  }
}, PropertySignatureTypeId = /* @__PURE__ */ Symbol.for("effect/PropertySignature"), isPropertySignature = (u) => hasProperty(u, PropertySignatureTypeId), PropertySignatureImpl = class _PropertySignatureImpl {
  ast;
  [TypeId17];
  [PropertySignatureTypeId] = null;
  _TypeToken;
  _Key;
  _EncodedToken;
  _HasDefault;
  constructor(ast) {
    this.ast = ast;
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
  annotations(annotations2) {
    return new _PropertySignatureImpl(mergeSignatureAnnotations(this.ast, toASTAnnotations(annotations2)));
  }
  toString() {
    return String(this.ast);
  }
}, makePropertySignature = (ast) => new PropertySignatureImpl(ast), PropertySignatureWithFromImpl = class _PropertySignatureWithFromImpl extends PropertySignatureImpl {
  from;
  constructor(ast, from) {
    super(ast), this.from = from;
  }
  annotations(annotations2) {
    return new _PropertySignatureWithFromImpl(mergeSignatureAnnotations(this.ast, toASTAnnotations(annotations2)), this.from);
  }
}, propertySignature = (self) => new PropertySignatureWithFromImpl(new PropertySignatureDeclaration(self.ast, !1, !0, {}, void 0), self), withConstructorDefault = /* @__PURE__ */ dual(2, (self, defaultValue) => {
  let ast = self.ast;
  switch (ast._tag) {
    case "PropertySignatureDeclaration":
      return makePropertySignature(new PropertySignatureDeclaration(ast.type, ast.isOptional, ast.isReadonly, ast.annotations, defaultValue));
    case "PropertySignatureTransformation":
      return makePropertySignature(new PropertySignatureTransformation2(ast.from, new ToPropertySignature(ast.to.type, ast.to.isOptional, ast.to.isReadonly, ast.to.annotations, defaultValue), ast.decode, ast.encode));
  }
});
var optionalToRequired = (from, to, options3) => makePropertySignature(new PropertySignatureTransformation2(new FromPropertySignature(from.ast, !0, !0, {}, void 0), new ToPropertySignature(to.ast, !1, !0, {}, void 0), (o) => some2(options3.decode(o)), flatMap(options3.encode)));
var optionalToOptional = (from, to, options3) => makePropertySignature(new PropertySignatureTransformation2(new FromPropertySignature(from.ast, !0, !0, {}, void 0), new ToPropertySignature(to.ast, !0, !0, {}, void 0), options3.decode, options3.encode)), optionalPropertySignatureAST = (self, options3) => {
  let isExact = options3?.exact, defaultValue = options3?.default, isNullable2 = options3?.nullable, asOption = options3?.as == "Option", asOptionEncode = options3?.onNoneEncoding ? orElse(options3.onNoneEncoding) : identity;
  if (isExact) {
    if (defaultValue)
      return isNullable2 ? withConstructorDefault(optionalToRequired(NullOr(self), typeSchema(self), {
        decode: match2({
          onNone: defaultValue,
          onSome: (a) => a === null ? defaultValue() : a
        }),
        encode: some2
      }), defaultValue).ast : withConstructorDefault(optionalToRequired(self, typeSchema(self), {
        decode: match2({
          onNone: defaultValue,
          onSome: identity
        }),
        encode: some2
      }), defaultValue).ast;
    if (asOption) {
      let to = OptionFromSelf_(typeSchema(self));
      return isNullable2 ? optionalToRequired(NullOr(self), to, {
        decode: filter(isNotNull),
        encode: asOptionEncode
      }).ast : optionalToRequired(self, to, {
        decode: identity,
        encode: identity
      }).ast;
    } else
      return isNullable2 ? optionalToOptional(NullOr(self), typeSchema(self), {
        decode: filter(isNotNull),
        encode: identity
      }).ast : new PropertySignatureDeclaration(self.ast, !0, !0, {}, void 0);
  } else {
    if (defaultValue)
      return isNullable2 ? withConstructorDefault(optionalToRequired(NullishOr(self), typeSchema(self), {
        decode: match2({
          onNone: defaultValue,
          onSome: (a) => a ?? defaultValue()
        }),
        encode: some2
      }), defaultValue).ast : withConstructorDefault(optionalToRequired(UndefinedOr(self), typeSchema(self), {
        decode: match2({
          onNone: defaultValue,
          onSome: (a) => a === void 0 ? defaultValue() : a
        }),
        encode: some2
      }), defaultValue).ast;
    if (asOption) {
      let to = OptionFromSelf_(typeSchema(self));
      return isNullable2 ? optionalToRequired(NullishOr(self), to, {
        decode: filter((a) => a != null),
        encode: asOptionEncode
      }).ast : optionalToRequired(UndefinedOr(self), to, {
        decode: filter(isNotUndefined),
        encode: asOptionEncode
      }).ast;
    } else
      return isNullable2 ? optionalToOptional(NullishOr(self), UndefinedOr(typeSchema(self)), {
        decode: filter(isNotNull),
        encode: identity
      }).ast : new PropertySignatureDeclaration(UndefinedOr(self).ast, !0, !0, {}, void 0);
  }
}, optional = (self) => {
  let ast = self.ast === undefinedKeyword || self.ast === neverKeyword ? undefinedKeyword : UndefinedOr(self).ast;
  return new PropertySignatureWithFromImpl(new PropertySignatureDeclaration(ast, !0, !0, {}, void 0), self);
}, optionalWith = /* @__PURE__ */ dual((args2) => isSchema(args2[0]), (self, options3) => new PropertySignatureWithFromImpl(optionalPropertySignatureAST(self, options3), self)), preserveMissingMessageAnnotation = /* @__PURE__ */ pickAnnotations([MissingMessageAnnotationId]), getDefaultTypeLiteralAST = (fields, records) => {
  let ownKeys = Reflect.ownKeys(fields), pss = [];
  if (ownKeys.length > 0) {
    let from = [], to = [], transformations = [];
    for (let i = 0; i < ownKeys.length; i++) {
      let key = ownKeys[i], field = fields[key];
      if (isPropertySignature(field)) {
        let ast = field.ast;
        switch (ast._tag) {
          case "PropertySignatureDeclaration": {
            let type = ast.type, isOptional = ast.isOptional, toAnnotations = ast.annotations;
            from.push(new PropertySignature(key, type, isOptional, !0, preserveMissingMessageAnnotation(ast))), to.push(new PropertySignature(key, typeAST(type), isOptional, !0, toAnnotations)), pss.push(new PropertySignature(key, type, isOptional, !0, toAnnotations));
            break;
          }
          case "PropertySignatureTransformation": {
            let fromKey = ast.from.fromKey ?? key;
            from.push(new PropertySignature(fromKey, ast.from.type, ast.from.isOptional, !0, ast.from.annotations)), to.push(new PropertySignature(key, ast.to.type, ast.to.isOptional, !0, ast.to.annotations)), transformations.push(new PropertySignatureTransformation(fromKey, key, ast.decode, ast.encode));
            break;
          }
        }
      } else
        from.push(new PropertySignature(key, field.ast, !1, !0)), to.push(new PropertySignature(key, typeAST(field.ast), !1, !0)), pss.push(new PropertySignature(key, field.ast, !1, !0));
    }
    if (isNonEmptyReadonlyArray(transformations)) {
      let issFrom = [], issTo = [];
      for (let r of records) {
        let {
          indexSignatures,
          propertySignatures
        } = record(r.key.ast, r.value.ast);
        propertySignatures.forEach((ps) => {
          from.push(ps), to.push(new PropertySignature(ps.name, typeAST(ps.type), ps.isOptional, ps.isReadonly, ps.annotations));
        }), indexSignatures.forEach((is2) => {
          issFrom.push(is2), issTo.push(new IndexSignature(is2.parameter, typeAST(is2.type), is2.isReadonly));
        });
      }
      return new Transformation(new TypeLiteral(from, issFrom, {
        [AutoTitleAnnotationId]: "Struct (Encoded side)"
      }), new TypeLiteral(to, issTo, {
        [AutoTitleAnnotationId]: "Struct (Type side)"
      }), new TypeLiteralTransformation(transformations));
    }
  }
  let iss = [];
  for (let r of records) {
    let {
      indexSignatures,
      propertySignatures
    } = record(r.key.ast, r.value.ast);
    propertySignatures.forEach((ps) => pss.push(ps)), indexSignatures.forEach((is2) => iss.push(is2));
  }
  return new TypeLiteral(pss, iss);
}, lazilyMergeDefaults = (fields, out) => {
  let ownKeys = Reflect.ownKeys(fields);
  for (let key of ownKeys) {
    let field = fields[key];
    if (out[key] === void 0 && isPropertySignature(field)) {
      let ast = field.ast, defaultValue = ast._tag === "PropertySignatureDeclaration" ? ast.defaultValue : ast.to.defaultValue;
      defaultValue !== void 0 && (out[key] = defaultValue());
    }
  }
  return out;
};
function makeTypeLiteralClass(fields, records, ast = getDefaultTypeLiteralAST(fields, records)) {
  return class extends make43(ast) {
    static annotations(annotations2) {
      return makeTypeLiteralClass(this.fields, this.records, mergeSchemaAnnotations(this.ast, annotations2));
    }
    static fields = {
      ...fields
    };
    static records = [...records];
    static make = (props, options3) => {
      let propsWithDefaults = lazilyMergeDefaults(fields, {
        ...props
      });
      return getDisableValidationMakeOption(options3) ? propsWithDefaults : validateSync(this)(propsWithDefaults);
    };
    static pick(...keys6) {
      return Struct(pick2(fields, ...keys6));
    }
    static omit(...keys6) {
      return Struct(omit2(fields, ...keys6));
    }
  };
}
function Struct(fields, ...records) {
  return makeTypeLiteralClass(fields, records);
}
var intersectTypeLiterals = (x, y, path) => {
  if (isTypeLiteral(x) && isTypeLiteral(y)) {
    let propertySignatures = [...x.propertySignatures];
    for (let ps of y.propertySignatures) {
      let name = ps.name, i = propertySignatures.findIndex((ps2) => ps2.name === name);
      if (i === -1)
        propertySignatures.push(ps);
      else {
        let {
          isOptional,
          type
        } = propertySignatures[i];
        propertySignatures[i] = new PropertySignature(name, extendAST(type, ps.type, path.concat(name)), isOptional, !0);
      }
    }
    return new TypeLiteral(propertySignatures, x.indexSignatures.concat(y.indexSignatures));
  }
  throw new Error(getSchemaExtendErrorMessage(x, y, path));
}, preserveRefinementAnnotations = /* @__PURE__ */ omitAnnotations([IdentifierAnnotationId]), addRefinementToMembers = (refinement, asts) => asts.map((ast) => new Refinement(ast, refinement.filter, preserveRefinementAnnotations(refinement))), extendAST = (x, y, path) => Union.make(intersectUnionMembers([x], [y], path)), getTypes = (ast) => isUnion(ast) ? ast.types : [ast], intersectUnionMembers = (xs, ys, path) => flatMap2(xs, (x) => flatMap2(ys, (y) => {
  switch (y._tag) {
    case "Literal": {
      if (isString(y.literal) && isStringKeyword(x) || isNumber(y.literal) && isNumberKeyword(x) || isBoolean(y.literal) && isBooleanKeyword(x))
        return [y];
      break;
    }
    case "StringKeyword": {
      if (y === stringKeyword) {
        if (isStringKeyword(x) || isLiteral(x) && isString(x.literal))
          return [x];
        if (isRefinement(x))
          return addRefinementToMembers(x, intersectUnionMembers(getTypes(x.from), [y], path));
      } else if (x === stringKeyword)
        return [y];
      break;
    }
    case "NumberKeyword": {
      if (y === numberKeyword) {
        if (isNumberKeyword(x) || isLiteral(x) && isNumber(x.literal))
          return [x];
        if (isRefinement(x))
          return addRefinementToMembers(x, intersectUnionMembers(getTypes(x.from), [y], path));
      } else if (x === numberKeyword)
        return [y];
      break;
    }
    case "BooleanKeyword": {
      if (y === booleanKeyword) {
        if (isBooleanKeyword(x) || isLiteral(x) && isBoolean(x.literal))
          return [x];
        if (isRefinement(x))
          return addRefinementToMembers(x, intersectUnionMembers(getTypes(x.from), [y], path));
      } else if (x === booleanKeyword)
        return [y];
      break;
    }
    case "Union":
      return intersectUnionMembers(getTypes(x), y.types, path);
    case "Suspend":
      return [new Suspend(() => extendAST(x, y.f(), path))];
    case "Refinement":
      return addRefinementToMembers(y, intersectUnionMembers(getTypes(x), getTypes(y.from), path));
    case "TypeLiteral": {
      switch (x._tag) {
        case "Union":
          return intersectUnionMembers(x.types, [y], path);
        case "Suspend":
          return [new Suspend(() => extendAST(x.f(), y, path))];
        case "Refinement":
          return addRefinementToMembers(x, intersectUnionMembers(getTypes(x.from), [y], path));
        case "TypeLiteral":
          return [intersectTypeLiterals(x, y, path)];
        case "Transformation": {
          let transformation = x.transformation, from = intersectTypeLiterals(x.from, y, path), to = intersectTypeLiterals(x.to, typeAST(y), path);
          switch (transformation._tag) {
            case "TypeLiteralTransformation":
              return [new Transformation(from, to, new TypeLiteralTransformation(transformation.propertySignatureTransformations))];
            case "ComposeTransformation":
              return [new Transformation(from, to, composeTransformation)];
            case "FinalTransformation":
              return [new Transformation(from, to, new FinalTransformation((fromA, options3, ast, fromI) => map19(transformation.decode(fromA, options3, ast, fromI), (partial2) => ({
                ...fromA,
                ...partial2
              })), (toI, options3, ast, toA) => map19(transformation.encode(toI, options3, ast, toA), (partial2) => ({
                ...toI,
                ...partial2
              }))))];
          }
        }
      }
      break;
    }
    case "Transformation": {
      if (isTransformation(x)) {
        if (isTypeLiteralTransformation(y.transformation) && isTypeLiteralTransformation(x.transformation))
          return [new Transformation(intersectTypeLiterals(x.from, y.from, path), intersectTypeLiterals(x.to, y.to, path), new TypeLiteralTransformation(y.transformation.propertySignatureTransformations.concat(x.transformation.propertySignatureTransformations)))];
      } else
        return intersectUnionMembers([y], [x], path);
      break;
    }
  }
  throw new Error(getSchemaExtendErrorMessage(x, y, path));
})), extend3 = /* @__PURE__ */ dual(2, (self, that) => make43(extendAST(self.ast, that.ast, [])));
var RefineSchemaId = /* @__PURE__ */ Symbol.for("effect/SchemaId/Refine");
function makeRefineClass(from, filter11, ast) {
  return class extends make43(ast) {
    static annotations(annotations2) {
      return makeRefineClass(this.from, this.filter, mergeSchemaAnnotations(this.ast, annotations2));
    }
    static [RefineSchemaId] = from;
    static from = from;
    static filter = filter11;
    static make = (a, options3) => getDisableValidationMakeOption(options3) ? a : validateSync(this)(a);
  };
}
var fromFilterPredicateReturnTypeItem = (item, ast, input) => {
  if (isBoolean(item))
    return item ? none2() : some2(new Type2(ast, input));
  if (isString(item))
    return some2(new Type2(ast, input, item));
  if (item !== void 0) {
    if ("_tag" in item)
      return some2(item);
    let issue = new Type2(ast, input, item.message);
    return some2(isNonEmptyReadonlyArray(item.path) ? new Pointer(item.path, input, issue) : issue);
  }
  return none2();
}, toFilterParseIssue = (out, ast, input) => {
  if (isSingle(out))
    return fromFilterPredicateReturnTypeItem(out, ast, input);
  if (isNonEmptyReadonlyArray(out)) {
    let issues = filterMap2(out, (issue) => fromFilterPredicateReturnTypeItem(issue, ast, input));
    if (isNonEmptyReadonlyArray(issues))
      return some2(issues.length === 1 ? issues[0] : new Composite2(ast, input, issues));
  }
  return none2();
};
function filter8(predicate, annotations2) {
  return (self) => {
    function filter11(input, options3, ast2) {
      return toFilterParseIssue(predicate(input, options3, ast2), ast2, input);
    }
    let ast = new Refinement(self.ast, filter11, toASTAnnotations(annotations2));
    return makeRefineClass(self, filter11, ast);
  };
}
function makeTransformationClass(from, to, ast) {
  return class extends make43(ast) {
    static annotations(annotations2) {
      return makeTransformationClass(this.from, this.to, mergeSchemaAnnotations(this.ast, annotations2));
    }
    static from = from;
    static to = to;
  };
}
var transformOrFail = /* @__PURE__ */ dual((args2) => isSchema(args2[0]) && isSchema(args2[1]), (from, to, options3) => makeTransformationClass(from, to, new Transformation(from.ast, to.ast, new FinalTransformation(options3.decode, options3.encode)))), transform2 = /* @__PURE__ */ dual((args2) => isSchema(args2[0]) && isSchema(args2[1]), (from, to, options3) => transformOrFail(from, to, {
  strict: !0,
  decode: (fromA, _options, _ast, toA) => succeed8(options3.decode(fromA, toA)),
  encode: (toI, _options, _ast, toA) => succeed8(options3.encode(toI, toA))
}));
var PatternSchemaId = /* @__PURE__ */ Symbol.for("effect/SchemaId/Pattern"), pattern = (regex, annotations2) => (self) => {
  let source = regex.source;
  return self.pipe(filter8((a) => (regex.lastIndex = 0, regex.test(a)), {
    schemaId: PatternSchemaId,
    [PatternSchemaId]: {
      regex
    },
    // title: `pattern(/${source}/)`, // avoiding this because it can be very long
    description: `a string matching the pattern ${source}`,
    jsonSchema: {
      pattern: source
    },
    ...annotations2
  }));
};
var UUIDSchemaId = /* @__PURE__ */ Symbol.for("effect/SchemaId/UUID"), uuidRegexp = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/i, UUID = class extends (/* @__PURE__ */ String$.pipe(/* @__PURE__ */ pattern(uuidRegexp, {
  schemaId: UUIDSchemaId,
  identifier: "UUID",
  jsonSchema: {
    format: "uuid",
    pattern: uuidRegexp.source
  },
  description: "a Universally Unique Identifier",
  arbitrary: () => (fc) => fc.uuid()
}))) {
};
var IntSchemaId2 = IntSchemaId, int = (annotations2) => (self) => self.pipe(filter8((a) => Number.isSafeInteger(a), {
  schemaId: IntSchemaId2,
  title: "int",
  description: "an integer",
  jsonSchema: {
    type: "integer"
  },
  ...annotations2
}));
var Int = class extends (/* @__PURE__ */ Number$.pipe(/* @__PURE__ */ int({
  identifier: "Int"
}))) {
};
var redactedArbitrary = (value3) => (fc) => value3(fc).map(make41), toComposite = (eff, onSuccess, ast, actual) => mapBoth5(eff, {
  onFailure: (e) => new Composite2(ast, actual, e),
  onSuccess
}), redactedParse = (decodeUnknown3) => (u, options3, ast) => isRedacted2(u) ? toComposite(decodeUnknown3(value2(u), options3), make41, ast, u) : fail8(new Type2(ast, u)), RedactedFromSelf = (value3) => declare([value3], {
  decode: (value4) => redactedParse(decodeUnknown(value4)),
  encode: (value4) => redactedParse(encodeUnknown(value4))
}, {
  typeConstructor: {
    _tag: "effect/Redacted"
  },
  description: "Redacted(<redacted>)",
  pretty: () => () => "Redacted(<redacted>)",
  arbitrary: redactedArbitrary,
  equivalence: getEquivalence5
});
function Redacted(value3) {
  return transform2(value3, RedactedFromSelf(typeSchema(value3)), {
    strict: !0,
    decode: (i) => make41(i),
    encode: (a) => value2(a)
  });
}
var DurationFromSelf = class extends (/* @__PURE__ */ declare(isDuration, {
  typeConstructor: {
    _tag: "effect/Duration"
  },
  identifier: "DurationFromSelf",
  pretty: () => String,
  arbitrary: () => (fc) => fc.oneof(fc.constant(infinity), fc.bigInt({
    min: 0n
  }).map((_) => nanos(_)), fc.maxSafeNat().map((_) => millis(_))),
  equivalence: () => Equivalence
})) {
};
var DateFromSelfSchemaId2 = DateFromSelfSchemaId, DateFromSelf = class extends (/* @__PURE__ */ declare(isDate, {
  typeConstructor: {
    _tag: "Date"
  },
  identifier: "DateFromSelf",
  schemaId: DateFromSelfSchemaId2,
  [DateFromSelfSchemaId2]: {
    noInvalidDate: !1
  },
  description: "a potentially invalid Date instance",
  pretty: () => (date) => `new Date(${JSON.stringify(date)})`,
  arbitrary: () => (fc) => fc.date({
    noInvalidDate: !1
  }),
  equivalence: () => Date2
})) {
};
var optionDecode = (input) => input._tag === "None" ? none2() : some2(input.value), optionArbitrary = (value3, ctx) => (fc) => fc.oneof(ctx, fc.record({
  _tag: fc.constant("None")
}), fc.record({
  _tag: fc.constant("Some"),
  value: value3(fc)
})).map(optionDecode), optionPretty = (value3) => match2({
  onNone: () => "none()",
  onSome: (a) => `some(${value3(a)})`
}), optionParse = (decodeUnknown3) => (u, options3, ast) => isOption2(u) ? isNone2(u) ? succeed8(none2()) : toComposite(decodeUnknown3(u.value, options3), some2, ast, u) : fail8(new Type2(ast, u)), OptionFromSelf_ = (value3) => declare([value3], {
  decode: (value4) => optionParse(decodeUnknown(value4)),
  encode: (value4) => optionParse(encodeUnknown(value4))
}, {
  typeConstructor: {
    _tag: "effect/Option"
  },
  pretty: optionPretty,
  arbitrary: optionArbitrary,
  equivalence: getEquivalence
});
var isField = (u) => isSchema(u) || isPropertySignature(u), isFields = (fields) => Reflect.ownKeys(fields).every((key) => isField(fields[key])), getFields = (hasFields) => "fields" in hasFields ? hasFields.fields : getFields(hasFields[RefineSchemaId]), getSchemaFromFieldsOr = (fieldsOr) => isFields(fieldsOr) ? Struct(fieldsOr) : isSchema(fieldsOr) ? fieldsOr : Struct(getFields(fieldsOr)), getFieldsFromFieldsOr = (fieldsOr) => isFields(fieldsOr) ? fieldsOr : getFields(fieldsOr);
var getClassTag = (tag2) => withConstructorDefault(propertySignature(Literal2(tag2)), () => tag2);
var TaggedError2 = (identifier2) => (tag2, fieldsOr, annotations2) => {
  class Base3 extends Error3 {
  }
  Base3.prototype.name = tag2;
  let fields = getFieldsFromFieldsOr(fieldsOr), schema = getSchemaFromFieldsOr(fieldsOr), newFields = {
    _tag: getClassTag(tag2)
  }, taggedFields = extendFields(newFields, fields), hasMessageField = "message" in taggedFields;
  class TaggedErrorClass extends makeClass({
    kind: "TaggedError",
    identifier: identifier2 ?? tag2,
    schema: extend3(schema, Struct(newFields)),
    fields: taggedFields,
    Base: Base3,
    annotations: annotations2,
    disableToString: !0
  }) {
    static _tag = tag2;
  }
  return hasMessageField || Object.defineProperty(TaggedErrorClass.prototype, "message", {
    get() {
      return `{ ${Reflect.ownKeys(fields).map((p) => `${formatPropertyKey(p)}: ${formatUnknown(this[p])}`).join(", ")} }`;
    },
    enumerable: !1,
    // mirrors the built-in Error.prototype.message, whose descriptor is also non-enumerable
    configurable: !0
  }), TaggedErrorClass;
}, extendFields = (a, b) => {
  let out = {
    ...a
  };
  for (let key of Reflect.ownKeys(b)) {
    if (key in a)
      throw new Error(getASTDuplicatePropertySignatureErrorMessage(key));
    out[key] = b[key];
  }
  return out;
};
function getDisableValidationMakeOption(options3) {
  return isBoolean(options3) ? options3 : options3?.disableValidation ?? !1;
}
var astCache = /* @__PURE__ */ globalValue("effect/Schema/astCache", () => /* @__PURE__ */ new WeakMap()), getClassAnnotations = (annotations2) => annotations2 === void 0 ? [] : Array.isArray(annotations2) ? annotations2 : [annotations2], makeClass = ({
  Base: Base3,
  annotations: annotations2,
  disableToString,
  fields,
  identifier: identifier2,
  kind,
  schema
}) => {
  let classSymbol = /* @__PURE__ */ Symbol.for(`effect/Schema/${kind}/${identifier2}`), [typeAnnotations, transformationAnnotations, encodedAnnotations] = getClassAnnotations(annotations2), typeSchema_ = typeSchema(schema), declarationSurrogate = typeSchema_.annotations({
    identifier: identifier2,
    ...typeAnnotations
  }), typeSide = typeSchema_.annotations({
    [AutoTitleAnnotationId]: `${identifier2} (Type side)`,
    ...typeAnnotations
  }), constructorSchema = schema.annotations({
    [AutoTitleAnnotationId]: `${identifier2} (Constructor)`,
    ...typeAnnotations
  }), encodedSide = schema.annotations({
    [AutoTitleAnnotationId]: `${identifier2} (Encoded side)`,
    ...encodedAnnotations
  }), transformationSurrogate = schema.annotations({
    ...encodedAnnotations,
    ...typeAnnotations,
    ...transformationAnnotations
  }), fallbackInstanceOf = (u) => hasProperty(u, classSymbol) && is(typeSide)(u), klass = class extends Base3 {
    constructor(props = {}, options3 = !1) {
      props = {
        ...props
      }, kind !== "Class" && delete props._tag, props = lazilyMergeDefaults(fields, props), getDisableValidationMakeOption(options3) || (props = validateSync(constructorSchema)(props)), super(props, !0);
    }
    // ----------------
    // Schema interface
    // ----------------
    static [TypeId17] = variance5;
    static get ast() {
      let out = astCache.get(this);
      if (out)
        return out;
      let declaration = declare([schema], {
        decode: () => (input, _, ast) => input instanceof this || fallbackInstanceOf(input) ? succeed8(input) : fail8(new Type2(ast, input)),
        encode: () => (input, options3) => input instanceof this ? succeed8(input) : map19(encodeUnknown(typeSide)(input, options3), (props) => new this(props, !0))
      }, {
        identifier: identifier2,
        pretty: (pretty4) => (self) => `${identifier2}(${pretty4(self)})`,
        // @ts-expect-error
        arbitrary: (arb) => (fc) => arb(fc).map((props) => new this(props)),
        equivalence: identity,
        [SurrogateAnnotationId]: declarationSurrogate.ast,
        ...typeAnnotations
      });
      return out = transform2(encodedSide, declaration, {
        strict: !0,
        decode: (i) => new this(i, !0),
        encode: identity
      }).annotations({
        [SurrogateAnnotationId]: transformationSurrogate.ast,
        ...transformationAnnotations
      }).ast, astCache.set(this, out), out;
    }
    static pipe() {
      return pipeArguments(this, arguments);
    }
    static annotations(annotations3) {
      return make43(this.ast).annotations(annotations3);
    }
    static toString() {
      return `(${String(encodedSide)} <-> ${identifier2})`;
    }
    // ----------------
    // Class interface
    // ----------------
    static make(...args2) {
      return new this(...args2);
    }
    static fields = {
      ...fields
    };
    static identifier = identifier2;
    static extend(identifier3) {
      return (newFieldsOr, annotations3) => {
        let newFields = getFieldsFromFieldsOr(newFieldsOr), newSchema = getSchemaFromFieldsOr(newFieldsOr), extendedFields = extendFields(fields, newFields);
        return makeClass({
          kind,
          identifier: identifier3,
          schema: extend3(schema, newSchema),
          fields: extendedFields,
          Base: this,
          annotations: annotations3
        });
      };
    }
    static transformOrFail(identifier3) {
      return (newFieldsOr, options3, annotations3) => {
        let transformedFields = extendFields(fields, newFieldsOr);
        return makeClass({
          kind,
          identifier: identifier3,
          schema: transformOrFail(schema, typeSchema(Struct(transformedFields)), options3),
          fields: transformedFields,
          Base: this,
          annotations: annotations3
        });
      };
    }
    static transformOrFailFrom(identifier3) {
      return (newFields, options3, annotations3) => {
        let transformedFields = extendFields(fields, newFields);
        return makeClass({
          kind,
          identifier: identifier3,
          schema: transformOrFail(encodedSchema(schema), Struct(transformedFields), options3),
          fields: transformedFields,
          Base: this,
          annotations: annotations3
        });
      };
    }
    // ----------------
    // other
    // ----------------
    get [classSymbol]() {
      return classSymbol;
    }
  };
  return disableToString !== !0 && Object.defineProperty(klass.prototype, "toString", {
    value() {
      return `${identifier2}({ ${Reflect.ownKeys(fields).map((p) => `${formatPropertyKey(p)}: ${formatUnknown(this[p])}`).join(", ")} })`;
    },
    configurable: !0,
    writable: !0
  }), klass;
};
var Defect = class extends (/* @__PURE__ */ transform2(Unknown, Unknown, {
  strict: !0,
  decode: (i) => {
    if (isObject(i) && "message" in i && typeof i.message == "string") {
      let err = new Error(i.message, {
        cause: i
      });
      return "name" in i && typeof i.name == "string" && (err.name = i.name), err.stack = "stack" in i && typeof i.stack == "string" ? i.stack : "", err;
    }
    return prettyErrorMessage(i);
  },
  encode: (a) => a instanceof Error ? {
    name: a.name,
    message: a.message
    // no stack because of security reasons
  } : prettyErrorMessage(a)
}).annotations({
  identifier: "Defect"
})) {
};

// src/contract/Auth.ts
var ApiKeyLoginRequest = /* @__PURE__ */ Struct({
  api_key: Redacted(String$).annotations({ title: "Api Key" })
}).annotations({ identifier: "ApiKeyLoginRequest", title: "ApiKeyLoginRequest" }), Token = /* @__PURE__ */ Struct({
  access_token: Redacted(String$).annotations({ title: "Access Token" }),
  token_type: optionalWith(String$.annotations({ title: "Token Type", default: "bearer" }), {
    default: () => "bearer"
  })
}).annotations({ identifier: "Token", title: "Token" }), ValidationError = /* @__PURE__ */ Struct({
  loc: Array$(Union2(String$, Int)).annotations({ title: "Location" }),
  msg: String$.annotations({ title: "Message" }),
  type: String$.annotations({ title: "Error Type" })
}).annotations({ identifier: "ValidationError", title: "ValidationError" });
var ErrorBody = /* @__PURE__ */ Struct({
  detail: optional(Union2(Array$(ValidationError), String$))
}).annotations({ identifier: "ErrorBody" });
var SsoProvider = /* @__PURE__ */ Literal2("okta", "google", "github", "azure-ad", "custom"), SocialLoginRequest = /* @__PURE__ */ Struct({
  id_token: Redacted(String$),
  provider: SsoProvider
}).annotations({ identifier: "SocialLoginRequest" });

// src/contract/System.ts
var CurrentUser = /* @__PURE__ */ Struct({
  id: String$,
  email: String$,
  role: optional(String$)
}).annotations({ identifier: "UserDB", title: "UserDB" });

// node_modules/effect/dist/esm/FiberRef.js
var unsafeMake8 = fiberRefUnsafeMake;
var get14 = fiberRefGet;
var currentContext2 = currentContext;
var currentTracerEnabled2 = currentTracerEnabled;

// node_modules/effect/dist/esm/internal/queue.js
var EnqueueSymbolKey = "effect/QueueEnqueue", EnqueueTypeId = /* @__PURE__ */ Symbol.for(EnqueueSymbolKey), DequeueSymbolKey = "effect/QueueDequeue", DequeueTypeId = /* @__PURE__ */ Symbol.for(DequeueSymbolKey), QueueStrategySymbolKey = "effect/QueueStrategy", QueueStrategyTypeId = /* @__PURE__ */ Symbol.for(QueueStrategySymbolKey), BackingQueueSymbolKey = "effect/BackingQueue", BackingQueueTypeId = /* @__PURE__ */ Symbol.for(BackingQueueSymbolKey), queueStrategyVariance = {
  /* c8 ignore next */
  _A: (_) => _
}, backingQueueVariance = {
  /* c8 ignore next */
  _A: (_) => _
}, enqueueVariance = {
  /* c8 ignore next */
  _In: (_) => _
}, dequeueVariance = {
  /* c8 ignore next */
  _Out: (_) => _
}, QueueImpl = class extends Class2 {
  queue;
  takers;
  shutdownHook;
  shutdownFlag;
  strategy;
  [EnqueueTypeId] = enqueueVariance;
  [DequeueTypeId] = dequeueVariance;
  constructor(queue, takers, shutdownHook, shutdownFlag, strategy) {
    super(), this.queue = queue, this.takers = takers, this.shutdownHook = shutdownHook, this.shutdownFlag = shutdownFlag, this.strategy = strategy;
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
  commit() {
    return this.take;
  }
  capacity() {
    return this.queue.capacity();
  }
  get size() {
    return suspend(() => catchAll(this.unsafeSize(), () => interrupt2));
  }
  unsafeSize() {
    return get7(this.shutdownFlag) ? none2() : some2(this.queue.length() - length2(this.takers) + this.strategy.surplusSize());
  }
  get isEmpty() {
    return map11(this.size, (size11) => size11 <= 0);
  }
  get isFull() {
    return map11(this.size, (size11) => size11 >= this.capacity());
  }
  get shutdown() {
    return uninterruptible(withFiberRuntime((state) => (pipe(this.shutdownFlag, set2(!0)), pipe(forEachConcurrentDiscard(unsafePollAll(this.takers), (d) => deferredInterruptWith(d, state.id()), !1, !1), zipRight(this.strategy.shutdown), whenEffect(deferredSucceed(this.shutdownHook, void 0)), asVoid))));
  }
  get isShutdown() {
    return sync(() => get7(this.shutdownFlag));
  }
  get awaitShutdown() {
    return deferredAwait(this.shutdownHook);
  }
  isActive() {
    return !get7(this.shutdownFlag);
  }
  unsafeOffer(value3) {
    if (get7(this.shutdownFlag))
      return !1;
    let noRemaining;
    if (this.queue.length() === 0) {
      let taker = pipe(this.takers, poll2(EmptyMutableQueue));
      taker !== EmptyMutableQueue ? (unsafeCompleteDeferred(taker, value3), noRemaining = !0) : noRemaining = !1;
    } else
      noRemaining = !1;
    if (noRemaining)
      return !0;
    let succeeded = this.queue.offer(value3);
    return unsafeCompleteTakers(this.strategy, this.queue, this.takers), succeeded;
  }
  offer(value3) {
    return suspend(() => {
      if (get7(this.shutdownFlag))
        return interrupt2;
      let noRemaining;
      if (this.queue.length() === 0) {
        let taker = pipe(this.takers, poll2(EmptyMutableQueue));
        taker !== EmptyMutableQueue ? (unsafeCompleteDeferred(taker, value3), noRemaining = !0) : noRemaining = !1;
      } else
        noRemaining = !1;
      if (noRemaining)
        return succeed(!0);
      let succeeded = this.queue.offer(value3);
      return unsafeCompleteTakers(this.strategy, this.queue, this.takers), succeeded ? succeed(!0) : this.strategy.handleSurplus([value3], this.queue, this.takers, this.shutdownFlag);
    });
  }
  offerAll(iterable) {
    return suspend(() => {
      if (get7(this.shutdownFlag))
        return interrupt2;
      let values3 = fromIterable(iterable), pTakers = this.queue.length() === 0 ? fromIterable(unsafePollN(this.takers, values3.length)) : empty, [forTakers, remaining] = pipe(values3, splitAt(pTakers.length));
      for (let i = 0; i < pTakers.length; i++) {
        let taker = pTakers[i], item = forTakers[i];
        unsafeCompleteDeferred(taker, item);
      }
      if (remaining.length === 0)
        return succeed(!0);
      let surplus = this.queue.offerAll(remaining);
      return unsafeCompleteTakers(this.strategy, this.queue, this.takers), isEmpty(surplus) ? succeed(!0) : this.strategy.handleSurplus(surplus, this.queue, this.takers, this.shutdownFlag);
    });
  }
  get take() {
    return withFiberRuntime((state) => {
      if (get7(this.shutdownFlag))
        return interrupt2;
      let item = this.queue.poll(EmptyMutableQueue);
      if (item !== EmptyMutableQueue)
        return this.strategy.unsafeOnQueueEmptySpace(this.queue, this.takers), succeed(item);
      {
        let deferred = deferredUnsafeMake(state.id());
        return pipe(suspend(() => (pipe(this.takers, offer(deferred)), unsafeCompleteTakers(this.strategy, this.queue, this.takers), get7(this.shutdownFlag) ? interrupt2 : deferredAwait(deferred))), onInterrupt(() => sync(() => unsafeRemove(this.takers, deferred))));
      }
    });
  }
  get takeAll() {
    return suspend(() => get7(this.shutdownFlag) ? interrupt2 : sync(() => {
      let values3 = this.queue.pollUpTo(Number.POSITIVE_INFINITY);
      return this.strategy.unsafeOnQueueEmptySpace(this.queue, this.takers), fromIterable2(values3);
    }));
  }
  takeUpTo(max6) {
    return suspend(() => get7(this.shutdownFlag) ? interrupt2 : sync(() => {
      let values3 = this.queue.pollUpTo(max6);
      return this.strategy.unsafeOnQueueEmptySpace(this.queue, this.takers), fromIterable2(values3);
    }));
  }
  takeBetween(min4, max6) {
    return suspend(() => takeRemainderLoop(this, min4, max6, empty2()));
  }
}, takeRemainderLoop = (self, min4, max6, acc) => max6 < min4 ? succeed(acc) : pipe(takeUpTo(self, max6), flatMap7((bs) => {
  let remaining = min4 - bs.length;
  return remaining === 1 ? pipe(take(self), map11((b) => pipe(acc, appendAll2(bs), append2(b)))) : remaining > 1 ? pipe(take(self), flatMap7((b) => takeRemainderLoop(self, remaining - 1, max6 - bs.length - 1, pipe(acc, appendAll2(bs), append2(b))))) : succeed(pipe(acc, appendAll2(bs)));
}));
var bounded2 = (requestedCapacity) => pipe(sync(() => bounded(requestedCapacity)), flatMap7((queue) => make44(backingQueueFromMutableQueue(queue), backPressureStrategy())));
var unbounded2 = () => pipe(sync(() => unbounded()), flatMap7((queue) => make44(backingQueueFromMutableQueue(queue), droppingStrategy()))), unsafeMake9 = (queue, takers, shutdownHook, shutdownFlag, strategy) => new QueueImpl(queue, takers, shutdownHook, shutdownFlag, strategy), make44 = (queue, strategy) => pipe(deferredMake(), map11((deferred) => unsafeMake9(queue, unbounded(), deferred, make11(!1), strategy))), BackingQueueFromMutableQueue = class {
  mutable;
  [BackingQueueTypeId] = backingQueueVariance;
  constructor(mutable2) {
    this.mutable = mutable2;
  }
  poll(def) {
    return poll2(this.mutable, def);
  }
  pollUpTo(limit) {
    return pollUpTo(this.mutable, limit);
  }
  offerAll(elements) {
    return offerAll(this.mutable, elements);
  }
  offer(element) {
    return offer(this.mutable, element);
  }
  capacity() {
    return capacity(this.mutable);
  }
  length() {
    return length2(this.mutable);
  }
}, backingQueueFromMutableQueue = (mutable2) => new BackingQueueFromMutableQueue(mutable2);
var size9 = (self) => self.size;
var shutdown = (self) => self.shutdown, offer2 = /* @__PURE__ */ dual(2, (self, value3) => self.offer(value3));
var take = (self) => self.take;
var takeUpTo = /* @__PURE__ */ dual(2, (self, max6) => self.takeUpTo(max6));
var backPressureStrategy = () => new BackPressureStrategy(), droppingStrategy = () => new DroppingStrategy();
var BackPressureStrategy = class {
  [QueueStrategyTypeId] = queueStrategyVariance;
  putters = /* @__PURE__ */ unbounded();
  surplusSize() {
    return length2(this.putters);
  }
  onCompleteTakersWithEmptyQueue(takers) {
    for (; !isEmpty9(this.putters) && !isEmpty9(takers); ) {
      let taker = poll2(takers, void 0), putter = poll2(this.putters, void 0);
      putter[2] && unsafeCompleteDeferred(putter[1], !0), unsafeCompleteDeferred(taker, putter[0]);
    }
  }
  get shutdown() {
    return pipe(fiberId, flatMap7((fiberId2) => pipe(sync(() => unsafePollAll(this.putters)), flatMap7((putters) => forEachConcurrentDiscard(putters, ([_, deferred, isLastItem]) => isLastItem ? pipe(deferredInterruptWith(deferred, fiberId2), asVoid) : void_, !1, !1)))));
  }
  handleSurplus(iterable, queue, takers, isShutdown2) {
    return withFiberRuntime((state) => {
      let deferred = deferredUnsafeMake(state.id());
      return pipe(suspend(() => (this.unsafeOffer(iterable, deferred), this.unsafeOnQueueEmptySpace(queue, takers), unsafeCompleteTakers(this, queue, takers), get7(isShutdown2) ? interrupt2 : deferredAwait(deferred))), onInterrupt(() => sync(() => this.unsafeRemove(deferred))));
    });
  }
  unsafeOnQueueEmptySpace(queue, takers) {
    let keepPolling = !0;
    for (; keepPolling && (queue.capacity() === Number.POSITIVE_INFINITY || queue.length() < queue.capacity()); ) {
      let putter = pipe(this.putters, poll2(EmptyMutableQueue));
      if (putter === EmptyMutableQueue)
        keepPolling = !1;
      else {
        let offered = queue.offer(putter[0]);
        offered && putter[2] ? unsafeCompleteDeferred(putter[1], !0) : offered || unsafeOfferAll(this.putters, pipe(unsafePollAll(this.putters), prepend2(putter))), unsafeCompleteTakers(this, queue, takers);
      }
    }
  }
  unsafeOffer(iterable, deferred) {
    let stuff = fromIterable(iterable);
    for (let i = 0; i < stuff.length; i++) {
      let value3 = stuff[i];
      i === stuff.length - 1 ? pipe(this.putters, offer([value3, deferred, !0])) : pipe(this.putters, offer([value3, deferred, !1]));
    }
  }
  unsafeRemove(deferred) {
    unsafeOfferAll(this.putters, pipe(unsafePollAll(this.putters), filter3(([, _]) => _ !== deferred)));
  }
}, DroppingStrategy = class {
  [QueueStrategyTypeId] = queueStrategyVariance;
  surplusSize() {
    return 0;
  }
  get shutdown() {
    return void_;
  }
  onCompleteTakersWithEmptyQueue() {
  }
  handleSurplus(_iterable, _queue, _takers, _isShutdown) {
    return succeed(!1);
  }
  unsafeOnQueueEmptySpace(_queue, _takers) {
  }
}, SlidingStrategy = class {
  [QueueStrategyTypeId] = queueStrategyVariance;
  surplusSize() {
    return 0;
  }
  get shutdown() {
    return void_;
  }
  onCompleteTakersWithEmptyQueue() {
  }
  handleSurplus(iterable, queue, takers, _isShutdown) {
    return sync(() => (this.unsafeOffer(queue, iterable), unsafeCompleteTakers(this, queue, takers), !0));
  }
  unsafeOnQueueEmptySpace(_queue, _takers) {
  }
  unsafeOffer(queue, iterable) {
    let iterator = iterable[Symbol.iterator](), next3, offering = !0;
    for (; !(next3 = iterator.next()).done && offering; ) {
      if (queue.capacity() === 0)
        return;
      queue.poll(EmptyMutableQueue), offering = queue.offer(next3.value);
    }
  }
}, unsafeCompleteDeferred = (deferred, a) => deferredUnsafeDone(deferred, succeed(a)), unsafeOfferAll = (queue, as8) => pipe(queue, offerAll(as8)), unsafePollAll = (queue) => pipe(queue, pollUpTo(Number.POSITIVE_INFINITY)), unsafePollN = (queue, max6) => pipe(queue, pollUpTo(max6)), unsafeRemove = (queue, a) => {
  unsafeOfferAll(queue, pipe(unsafePollAll(queue), filter3((b) => a !== b)));
}, unsafeCompleteTakers = (strategy, queue, takers) => {
  let keepPolling = !0;
  for (; keepPolling && queue.length() !== 0; ) {
    let taker = pipe(takers, poll2(EmptyMutableQueue));
    if (taker !== EmptyMutableQueue) {
      let element = queue.poll(EmptyMutableQueue);
      element !== EmptyMutableQueue ? (unsafeCompleteDeferred(taker, element), strategy.unsafeOnQueueEmptySpace(queue, takers)) : unsafeOfferAll(takers, pipe(unsafePollAll(takers), prepend2(taker))), keepPolling = !0;
    } else
      keepPolling = !1;
  }
  keepPolling && queue.length() === 0 && !isEmpty9(takers) && strategy.onCompleteTakersWithEmptyQueue(takers);
};

// node_modules/effect/dist/esm/Queue.js
var bounded3 = bounded2;
var unbounded3 = unbounded2;
var size10 = size9;
var shutdown2 = shutdown, offer3 = offer2;
var take2 = take;

// node_modules/effect/dist/esm/internal/opCodes/channelChildExecutorDecision.js
var OP_CONTINUE2 = "Continue", OP_CLOSE = "Close", OP_YIELD2 = "Yield";

// node_modules/effect/dist/esm/internal/channel/childExecutorDecision.js
var ChildExecutorDecisionSymbolKey = "effect/ChannelChildExecutorDecision", ChildExecutorDecisionTypeId = /* @__PURE__ */ Symbol.for(ChildExecutorDecisionSymbolKey), proto5 = {
  [ChildExecutorDecisionTypeId]: ChildExecutorDecisionTypeId
}, Continue = (_) => {
  let op = Object.create(proto5);
  return op._tag = OP_CONTINUE2, op;
};

// node_modules/effect/dist/esm/internal/opCodes/continuation.js
var OP_CONTINUATION_K = "ContinuationK", OP_CONTINUATION_FINALIZER = "ContinuationFinalizer";

// node_modules/effect/dist/esm/internal/channel/continuation.js
var ContinuationTypeId = /* @__PURE__ */ Symbol.for("effect/ChannelContinuation"), continuationVariance = {
  /* c8 ignore next */
  _Env: (_) => _,
  /* c8 ignore next */
  _InErr: (_) => _,
  /* c8 ignore next */
  _InElem: (_) => _,
  /* c8 ignore next */
  _InDone: (_) => _,
  /* c8 ignore next */
  _OutErr: (_) => _,
  /* c8 ignore next */
  _OutDone: (_) => _,
  /* c8 ignore next */
  _OutErr2: (_) => _,
  /* c8 ignore next */
  _OutElem: (_) => _,
  /* c8 ignore next */
  _OutDone2: (_) => _
}, ContinuationKImpl = class {
  onSuccess;
  onHalt;
  _tag = OP_CONTINUATION_K;
  [ContinuationTypeId] = continuationVariance;
  constructor(onSuccess, onHalt) {
    this.onSuccess = onSuccess, this.onHalt = onHalt;
  }
  onExit(exit4) {
    return isFailure(exit4) ? this.onHalt(exit4.cause) : this.onSuccess(exit4.value);
  }
}, ContinuationFinalizerImpl = class {
  finalizer;
  _tag = OP_CONTINUATION_FINALIZER;
  [ContinuationTypeId] = continuationVariance;
  constructor(finalizer2) {
    this.finalizer = finalizer2;
  }
};

// node_modules/effect/dist/esm/internal/opCodes/channelUpstreamPullStrategy.js
var OP_PULL_AFTER_NEXT = "PullAfterNext", OP_PULL_AFTER_ALL_ENQUEUED = "PullAfterAllEnqueued";

// node_modules/effect/dist/esm/internal/channel/upstreamPullStrategy.js
var UpstreamPullStrategySymbolKey = "effect/ChannelUpstreamPullStrategy", UpstreamPullStrategyTypeId = /* @__PURE__ */ Symbol.for(UpstreamPullStrategySymbolKey), upstreamPullStrategyVariance = {
  /* c8 ignore next */
  _A: (_) => _
}, proto6 = {
  [UpstreamPullStrategyTypeId]: upstreamPullStrategyVariance
}, PullAfterNext = (emitSeparator) => {
  let op = Object.create(proto6);
  return op._tag = OP_PULL_AFTER_NEXT, op.emitSeparator = emitSeparator, op;
};

// node_modules/effect/dist/esm/internal/opCodes/channel.js
var OP_BRACKET_OUT = "BracketOut", OP_BRIDGE = "Bridge", OP_CONCAT_ALL = "ConcatAll", OP_EMIT = "Emit", OP_ENSURING = "Ensuring", OP_FAIL3 = "Fail", OP_FOLD2 = "Fold", OP_FROM_EFFECT2 = "FromEffect", OP_PIPE_TO = "PipeTo", OP_PROVIDE2 = "Provide", OP_READ = "Read", OP_SUCCEED = "Succeed", OP_SUCCEED_NOW = "SucceedNow", OP_SUSPEND2 = "Suspend";

// node_modules/effect/dist/esm/internal/core-stream.js
var ChannelSymbolKey = "effect/Channel", ChannelTypeId2 = /* @__PURE__ */ Symbol.for(ChannelSymbolKey), channelVariance2 = {
  /* c8 ignore next */
  _Env: (_) => _,
  /* c8 ignore next */
  _InErr: (_) => _,
  /* c8 ignore next */
  _InElem: (_) => _,
  /* c8 ignore next */
  _InDone: (_) => _,
  /* c8 ignore next */
  _OutErr: (_) => _,
  /* c8 ignore next */
  _OutElem: (_) => _,
  /* c8 ignore next */
  _OutDone: (_) => _
}, proto7 = {
  [ChannelTypeId2]: channelVariance2,
  pipe() {
    return pipeArguments(this, arguments);
  }
}, isChannel = (u) => hasProperty(u, ChannelTypeId2) || isEffect2(u), acquireReleaseOut = /* @__PURE__ */ dual(2, (self, release) => {
  let op = Object.create(proto7);
  return op._tag = OP_BRACKET_OUT, op.acquire = () => self, op.finalizer = release, op;
});
var concatAllWith = (channels, f, g) => {
  let op = Object.create(proto7);
  return op._tag = OP_CONCAT_ALL, op.combineInners = f, op.combineAll = g, op.onPull = () => PullAfterNext(none2()), op.onEmit = () => Continue, op.value = () => channels, op.k = identity, op;
}, concatMapWith = /* @__PURE__ */ dual(4, (self, f, g, h) => {
  let op = Object.create(proto7);
  return op._tag = OP_CONCAT_ALL, op.combineInners = g, op.combineAll = h, op.onPull = () => PullAfterNext(none2()), op.onEmit = () => Continue, op.value = () => self, op.k = f, op;
});
var embedInput = /* @__PURE__ */ dual(2, (self, input) => {
  let op = Object.create(proto7);
  return op._tag = OP_BRIDGE, op.input = input, op.channel = self, op;
}), ensuringWith = /* @__PURE__ */ dual(2, (self, finalizer2) => {
  let op = Object.create(proto7);
  return op._tag = OP_ENSURING, op.channel = self, op.finalizer = finalizer2, op;
}), fail9 = (error) => failCause8(fail4(error));
var failCause8 = (cause2) => failCauseSync3(() => cause2), failCauseSync3 = (evaluate2) => {
  let op = Object.create(proto7);
  return op._tag = OP_FAIL3, op.error = evaluate2, op;
}, flatMap12 = /* @__PURE__ */ dual(2, (self, f) => {
  let op = Object.create(proto7);
  return op._tag = OP_FOLD2, op.channel = self, op.k = new ContinuationKImpl(f, failCause8), op;
});
var fromEffect4 = (effect3) => {
  let op = Object.create(proto7);
  return op._tag = OP_FROM_EFFECT2, op.effect = () => effect3, op;
}, pipeTo = /* @__PURE__ */ dual(2, (self, that) => {
  let op = Object.create(proto7);
  return op._tag = OP_PIPE_TO, op.left = () => self, op.right = () => that, op;
});
var readWith = (options3) => readWithCause({
  onInput: options3.onInput,
  onFailure: (cause2) => match(failureOrCause2(cause2), {
    onLeft: options3.onFailure,
    onRight: failCause8
  }),
  onDone: options3.onDone
}), readWithCause = (options3) => {
  let op = Object.create(proto7);
  return op._tag = OP_READ, op.more = options3.onInput, op.done = new ContinuationKImpl(options3.onDone, options3.onFailure), op;
}, succeed9 = (value3) => sync5(() => value3), succeedNow = (result) => {
  let op = Object.create(proto7);
  return op._tag = OP_SUCCEED_NOW, op.terminal = result, op;
}, suspend5 = (evaluate2) => {
  let op = Object.create(proto7);
  return op._tag = OP_SUSPEND2, op.channel = evaluate2, op;
}, sync5 = (evaluate2) => {
  let op = Object.create(proto7);
  return op._tag = OP_SUCCEED, op.evaluate = evaluate2, op;
}, void_5 = /* @__PURE__ */ succeedNow(void 0);
var write = (out) => {
  let op = Object.create(proto7);
  return op._tag = OP_EMIT, op.out = out, op;
};

// node_modules/effect/dist/esm/internal/opCodes/channelState.js
var OP_DONE3 = "Done", OP_EMIT2 = "Emit", OP_FROM_EFFECT3 = "FromEffect", OP_READ2 = "Read";

// node_modules/effect/dist/esm/internal/channel/channelState.js
var ChannelStateTypeId = /* @__PURE__ */ Symbol.for("effect/ChannelState"), channelStateVariance = {
  /* c8 ignore next */
  _E: (_) => _,
  /* c8 ignore next */
  _R: (_) => _
}, proto8 = {
  [ChannelStateTypeId]: channelStateVariance
}, Done2 = () => {
  let op = Object.create(proto8);
  return op._tag = OP_DONE3, op;
}, Emit = () => {
  let op = Object.create(proto8);
  return op._tag = OP_EMIT2, op;
}, fromEffect5 = (effect3) => {
  let op = Object.create(proto8);
  return op._tag = OP_FROM_EFFECT3, op.effect = effect3, op;
}, Read = (upstream, onEffect, onEmit, onDone2) => {
  let op = Object.create(proto8);
  return op._tag = OP_READ2, op.upstream = upstream, op.onEffect = onEffect, op.onEmit = onEmit, op.onDone = onDone2, op;
};
var isFromEffect = (self) => self._tag === OP_FROM_EFFECT3;
var effect2 = (self) => isFromEffect(self) ? self.effect : _void, effectOrUndefinedIgnored = (self) => isFromEffect(self) ? ignore2(self.effect) : void 0;

// node_modules/effect/dist/esm/internal/channel/subexecutor.js
var OP_PULL_FROM_CHILD = "PullFromChild", OP_PULL_FROM_UPSTREAM = "PullFromUpstream", OP_DRAIN_CHILD_EXECUTORS = "DrainChildExecutors", OP_EMIT3 = "Emit", PullFromChild = class {
  childExecutor;
  parentSubexecutor;
  onEmit;
  _tag = OP_PULL_FROM_CHILD;
  constructor(childExecutor, parentSubexecutor, onEmit) {
    this.childExecutor = childExecutor, this.parentSubexecutor = parentSubexecutor, this.onEmit = onEmit;
  }
  close(exit4) {
    let fin1 = this.childExecutor.close(exit4), fin2 = this.parentSubexecutor.close(exit4);
    return fin1 !== void 0 && fin2 !== void 0 ? zipWith3(exit3(fin1), exit3(fin2), (exit1, exit22) => pipe(exit1, zipRight2(exit22))) : fin1 !== void 0 ? fin1 : fin2 !== void 0 ? fin2 : void 0;
  }
  enqueuePullFromChild(_child) {
    return this;
  }
}, PullFromUpstream = class _PullFromUpstream {
  upstreamExecutor;
  createChild;
  lastDone;
  activeChildExecutors;
  combineChildResults;
  combineWithChildResult;
  onPull;
  onEmit;
  _tag = OP_PULL_FROM_UPSTREAM;
  constructor(upstreamExecutor, createChild, lastDone, activeChildExecutors, combineChildResults, combineWithChildResult, onPull, onEmit) {
    this.upstreamExecutor = upstreamExecutor, this.createChild = createChild, this.lastDone = lastDone, this.activeChildExecutors = activeChildExecutors, this.combineChildResults = combineChildResults, this.combineWithChildResult = combineWithChildResult, this.onPull = onPull, this.onEmit = onEmit;
  }
  close(exit4) {
    let fin1 = this.upstreamExecutor.close(exit4), result = [...this.activeChildExecutors.map((child) => child !== void 0 ? child.childExecutor.close(exit4) : void 0), fin1].reduce((acc, next3) => acc !== void 0 && next3 !== void 0 ? zipWith3(acc, exit3(next3), (exit1, exit22) => zipRight2(exit1, exit22)) : acc !== void 0 ? acc : next3 !== void 0 ? exit3(next3) : void 0, void 0);
    return result;
  }
  enqueuePullFromChild(child) {
    return new _PullFromUpstream(this.upstreamExecutor, this.createChild, this.lastDone, [...this.activeChildExecutors, child], this.combineChildResults, this.combineWithChildResult, this.onPull, this.onEmit);
  }
}, DrainChildExecutors = class _DrainChildExecutors {
  upstreamExecutor;
  lastDone;
  activeChildExecutors;
  upstreamDone;
  combineChildResults;
  combineWithChildResult;
  onPull;
  _tag = OP_DRAIN_CHILD_EXECUTORS;
  constructor(upstreamExecutor, lastDone, activeChildExecutors, upstreamDone, combineChildResults, combineWithChildResult, onPull) {
    this.upstreamExecutor = upstreamExecutor, this.lastDone = lastDone, this.activeChildExecutors = activeChildExecutors, this.upstreamDone = upstreamDone, this.combineChildResults = combineChildResults, this.combineWithChildResult = combineWithChildResult, this.onPull = onPull;
  }
  close(exit4) {
    let fin1 = this.upstreamExecutor.close(exit4), result = [...this.activeChildExecutors.map((child) => child !== void 0 ? child.childExecutor.close(exit4) : void 0), fin1].reduce((acc, next3) => acc !== void 0 && next3 !== void 0 ? zipWith3(acc, exit3(next3), (exit1, exit22) => zipRight2(exit1, exit22)) : acc !== void 0 ? acc : next3 !== void 0 ? exit3(next3) : void 0, void 0);
    return result;
  }
  enqueuePullFromChild(child) {
    return new _DrainChildExecutors(this.upstreamExecutor, this.lastDone, [...this.activeChildExecutors, child], this.upstreamDone, this.combineChildResults, this.combineWithChildResult, this.onPull);
  }
}, Emit2 = class {
  value;
  next;
  _tag = OP_EMIT3;
  constructor(value3, next3) {
    this.value = value3, this.next = next3;
  }
  close(exit4) {
    let result = this.next.close(exit4);
    return result;
  }
  enqueuePullFromChild(_child) {
    return this;
  }
};

// node_modules/effect/dist/esm/internal/opCodes/channelUpstreamPullRequest.js
var OP_PULLED = "Pulled", OP_NO_UPSTREAM = "NoUpstream";

// node_modules/effect/dist/esm/internal/channel/upstreamPullRequest.js
var UpstreamPullRequestSymbolKey = "effect/ChannelUpstreamPullRequest", UpstreamPullRequestTypeId = /* @__PURE__ */ Symbol.for(UpstreamPullRequestSymbolKey), upstreamPullRequestVariance = {
  /* c8 ignore next */
  _A: (_) => _
}, proto9 = {
  [UpstreamPullRequestTypeId]: upstreamPullRequestVariance
}, Pulled = (value3) => {
  let op = Object.create(proto9);
  return op._tag = OP_PULLED, op.value = value3, op;
}, NoUpstream = (activeDownstreamCount) => {
  let op = Object.create(proto9);
  return op._tag = OP_NO_UPSTREAM, op.activeDownstreamCount = activeDownstreamCount, op;
};

// node_modules/effect/dist/esm/internal/channel/channelExecutor.js
var ChannelExecutor = class _ChannelExecutor {
  _activeSubexecutor = void 0;
  _cancelled = void 0;
  _closeLastSubstream = void 0;
  _currentChannel;
  _done = void 0;
  _doneStack = [];
  _emitted = void 0;
  _executeCloseLastSubstream;
  _input = void 0;
  _inProgressFinalizer = void 0;
  _providedEnv;
  constructor(initialChannel, providedEnv, executeCloseLastSubstream) {
    this._currentChannel = initialChannel, this._executeCloseLastSubstream = executeCloseLastSubstream, this._providedEnv = providedEnv;
  }
  run() {
    let result;
    for (; result === void 0; )
      if (this._cancelled !== void 0)
        result = this.processCancellation();
      else if (this._activeSubexecutor !== void 0)
        result = this.runSubexecutor();
      else
        try {
          if (this._currentChannel === void 0)
            result = Done2();
          else
            switch (isEffect2(this._currentChannel) && (this._currentChannel = fromEffect4(this._currentChannel)), this._currentChannel._tag) {
              case OP_BRACKET_OUT: {
                result = this.runBracketOut(this._currentChannel);
                break;
              }
              case OP_BRIDGE: {
                let bridgeInput = this._currentChannel.input;
                if (this._currentChannel = this._currentChannel.channel, this._input !== void 0) {
                  let inputExecutor = this._input;
                  this._input = void 0;
                  let drainer = () => flatMap9(bridgeInput.awaitRead(), () => suspend4(() => {
                    let state = inputExecutor.run();
                    switch (state._tag) {
                      case OP_DONE3:
                        return match9(inputExecutor.getDone(), {
                          onFailure: (cause2) => bridgeInput.error(cause2),
                          onSuccess: (value3) => bridgeInput.done(value3)
                        });
                      case OP_EMIT2:
                        return flatMap9(bridgeInput.emit(inputExecutor.getEmit()), () => drainer());
                      case OP_FROM_EFFECT3:
                        return matchCauseEffect3(state.effect, {
                          onFailure: (cause2) => bridgeInput.error(cause2),
                          onSuccess: () => drainer()
                        });
                      case OP_READ2:
                        return readUpstream(state, () => drainer(), (cause2) => bridgeInput.error(cause2));
                    }
                  }));
                  result = fromEffect5(flatMap9(forkDaemon2(interruptible4(drainer())), (fiber) => sync4(() => this.addFinalizer((exit4) => flatMap9(interrupt5(fiber), () => suspend4(() => {
                    let effect3 = this.restorePipe(exit4, inputExecutor);
                    return effect3 !== void 0 ? effect3 : _void;
                  }))))));
                }
                break;
              }
              case OP_CONCAT_ALL: {
                let executor = new _ChannelExecutor(this._currentChannel.value(), this._providedEnv, (effect3) => sync4(() => {
                  let prevLastClose = this._closeLastSubstream === void 0 ? _void : this._closeLastSubstream;
                  this._closeLastSubstream = pipe(prevLastClose, zipRight3(effect3));
                }));
                executor._input = this._input;
                let channel = this._currentChannel;
                this._activeSubexecutor = new PullFromUpstream(executor, (value3) => channel.k(value3), void 0, [], (x, y) => channel.combineInners(x, y), (x, y) => channel.combineAll(x, y), (request) => channel.onPull(request), (value3) => channel.onEmit(value3)), this._closeLastSubstream = void 0, this._currentChannel = void 0;
                break;
              }
              case OP_EMIT: {
                this._emitted = this._currentChannel.out, this._currentChannel = this._activeSubexecutor !== void 0 ? void 0 : void_5, result = Emit();
                break;
              }
              case OP_ENSURING: {
                this.runEnsuring(this._currentChannel);
                break;
              }
              case OP_FAIL3: {
                result = this.doneHalt(this._currentChannel.error());
                break;
              }
              case OP_FOLD2: {
                this._doneStack.push(this._currentChannel.k), this._currentChannel = this._currentChannel.channel;
                break;
              }
              case OP_FROM_EFFECT2: {
                let effect3 = this._providedEnv === void 0 ? this._currentChannel.effect() : pipe(this._currentChannel.effect(), provide2(this._providedEnv));
                result = fromEffect5(matchCauseEffect3(effect3, {
                  onFailure: (cause2) => {
                    let state = this.doneHalt(cause2);
                    return state !== void 0 && isFromEffect(state) ? state.effect : _void;
                  },
                  onSuccess: (value3) => {
                    let state = this.doneSucceed(value3);
                    return state !== void 0 && isFromEffect(state) ? state.effect : _void;
                  }
                }));
                break;
              }
              case OP_PIPE_TO: {
                let previousInput = this._input, leftExec = new _ChannelExecutor(this._currentChannel.left(), this._providedEnv, (effect3) => this._executeCloseLastSubstream(effect3));
                leftExec._input = previousInput, this._input = leftExec, this.addFinalizer((exit4) => {
                  let effect3 = this.restorePipe(exit4, previousInput);
                  return effect3 !== void 0 ? effect3 : _void;
                }), this._currentChannel = this._currentChannel.right();
                break;
              }
              case OP_PROVIDE2: {
                let previousEnv = this._providedEnv;
                this._providedEnv = this._currentChannel.context(), this._currentChannel = this._currentChannel.inner, this.addFinalizer(() => sync4(() => {
                  this._providedEnv = previousEnv;
                }));
                break;
              }
              case OP_READ: {
                let read = this._currentChannel;
                result = Read(this._input, identity, (emitted) => {
                  try {
                    this._currentChannel = read.more(emitted);
                  } catch (error) {
                    this._currentChannel = read.done.onExit(die3(error));
                  }
                }, (exit4) => {
                  let onExit4 = (exit5) => read.done.onExit(exit5);
                  this._currentChannel = onExit4(exit4);
                });
                break;
              }
              case OP_SUCCEED: {
                result = this.doneSucceed(this._currentChannel.evaluate());
                break;
              }
              case OP_SUCCEED_NOW: {
                result = this.doneSucceed(this._currentChannel.terminal);
                break;
              }
              case OP_SUSPEND2: {
                this._currentChannel = this._currentChannel.channel();
                break;
              }
            }
        } catch (error) {
          this._currentChannel = failCause8(die4(error));
        }
    return result;
  }
  getDone() {
    return this._done;
  }
  getEmit() {
    return this._emitted;
  }
  cancelWith(exit4) {
    this._cancelled = exit4;
  }
  clearInProgressFinalizer() {
    this._inProgressFinalizer = void 0;
  }
  storeInProgressFinalizer(finalizer2) {
    this._inProgressFinalizer = finalizer2;
  }
  popAllFinalizers(exit4) {
    let finalizers = [], next3 = this._doneStack.pop();
    for (; next3; )
      next3._tag === "ContinuationFinalizer" && finalizers.push(next3.finalizer), next3 = this._doneStack.pop();
    let effect3 = finalizers.length === 0 ? _void : runFinalizers(finalizers, exit4);
    return this.storeInProgressFinalizer(effect3), effect3;
  }
  popNextFinalizers() {
    let builder = [];
    for (; this._doneStack.length !== 0; ) {
      let cont = this._doneStack[this._doneStack.length - 1];
      if (cont._tag === OP_CONTINUATION_K)
        return builder;
      builder.push(cont), this._doneStack.pop();
    }
    return builder;
  }
  restorePipe(exit4, prev) {
    let currInput = this._input;
    return this._input = prev, currInput !== void 0 ? currInput.close(exit4) : _void;
  }
  close(exit4) {
    let runInProgressFinalizers, finalizer2 = this._inProgressFinalizer;
    finalizer2 !== void 0 && (runInProgressFinalizers = pipe(finalizer2, ensuring2(sync4(() => this.clearInProgressFinalizer()))));
    let closeSelf, selfFinalizers = this.popAllFinalizers(exit4);
    selfFinalizers !== void 0 && (closeSelf = pipe(selfFinalizers, ensuring2(sync4(() => this.clearInProgressFinalizer()))));
    let closeSubexecutors = this._activeSubexecutor === void 0 ? void 0 : this._activeSubexecutor.close(exit4);
    if (!(closeSubexecutors === void 0 && runInProgressFinalizers === void 0 && closeSelf === void 0))
      return pipe(
        exit3(ifNotNull(closeSubexecutors)),
        zip5(exit3(ifNotNull(runInProgressFinalizers))),
        zip5(exit3(ifNotNull(closeSelf))),
        map17(([[exit1, exit22], exit32]) => pipe(exit1, zipRight2(exit22), zipRight2(exit32))),
        uninterruptible2,
        // TODO: remove
        flatMap9((exit5) => suspend4(() => exit5))
      );
  }
  doneSucceed(value3) {
    if (this._doneStack.length === 0)
      return this._done = succeed3(value3), this._currentChannel = void 0, Done2();
    let head7 = this._doneStack[this._doneStack.length - 1];
    if (head7._tag === OP_CONTINUATION_K) {
      this._doneStack.pop(), this._currentChannel = head7.onSuccess(value3);
      return;
    }
    let finalizers = this.popNextFinalizers();
    if (this._doneStack.length === 0)
      return this._doneStack = finalizers.reverse(), this._done = succeed3(value3), this._currentChannel = void 0, Done2();
    let finalizerEffect = runFinalizers(finalizers.map((f) => f.finalizer), succeed3(value3));
    this.storeInProgressFinalizer(finalizerEffect);
    let effect3 = pipe(finalizerEffect, ensuring2(sync4(() => this.clearInProgressFinalizer())), uninterruptible2, flatMap9(() => sync4(() => this.doneSucceed(value3))));
    return fromEffect5(effect3);
  }
  doneHalt(cause2) {
    if (this._doneStack.length === 0)
      return this._done = failCause3(cause2), this._currentChannel = void 0, Done2();
    let head7 = this._doneStack[this._doneStack.length - 1];
    if (head7._tag === OP_CONTINUATION_K) {
      this._doneStack.pop();
      try {
        this._currentChannel = head7.onHalt(cause2);
      } catch (error) {
        this._currentChannel = failCause8(die4(error));
      }
      return;
    }
    let finalizers = this.popNextFinalizers();
    if (this._doneStack.length === 0)
      return this._doneStack = finalizers.reverse(), this._done = failCause3(cause2), this._currentChannel = void 0, Done2();
    let finalizerEffect = runFinalizers(finalizers.map((f) => f.finalizer), failCause3(cause2));
    this.storeInProgressFinalizer(finalizerEffect);
    let effect3 = pipe(finalizerEffect, ensuring2(sync4(() => this.clearInProgressFinalizer())), uninterruptible2, flatMap9(() => sync4(() => this.doneHalt(cause2))));
    return fromEffect5(effect3);
  }
  processCancellation() {
    return this._currentChannel = void 0, this._done = this._cancelled, this._cancelled = void 0, Done2();
  }
  runBracketOut(bracketOut) {
    let effect3 = uninterruptible2(matchCauseEffect3(this.provide(bracketOut.acquire()), {
      onFailure: (cause2) => sync4(() => {
        this._currentChannel = failCause8(cause2);
      }),
      onSuccess: (out) => sync4(() => {
        this.addFinalizer((exit4) => this.provide(bracketOut.finalizer(out, exit4))), this._currentChannel = write(out);
      })
    }));
    return fromEffect5(effect3);
  }
  provide(effect3) {
    return this._providedEnv === void 0 ? effect3 : pipe(effect3, provide2(this._providedEnv));
  }
  runEnsuring(ensuring7) {
    this.addFinalizer(ensuring7.finalizer), this._currentChannel = ensuring7.channel;
  }
  addFinalizer(f) {
    this._doneStack.push(new ContinuationFinalizerImpl(f));
  }
  runSubexecutor() {
    let subexecutor = this._activeSubexecutor;
    switch (subexecutor._tag) {
      case OP_PULL_FROM_CHILD:
        return this.pullFromChild(subexecutor.childExecutor, subexecutor.parentSubexecutor, subexecutor.onEmit, subexecutor);
      case OP_PULL_FROM_UPSTREAM:
        return this.pullFromUpstream(subexecutor);
      case OP_DRAIN_CHILD_EXECUTORS:
        return this.drainChildExecutors(subexecutor);
      case OP_EMIT3:
        return this._emitted = subexecutor.value, this._activeSubexecutor = subexecutor.next, Emit();
    }
  }
  replaceSubexecutor(nextSubExec) {
    this._currentChannel = void 0, this._activeSubexecutor = nextSubExec;
  }
  finishWithExit(exit4) {
    let state = match9(exit4, {
      onFailure: (cause2) => this.doneHalt(cause2),
      onSuccess: (value3) => this.doneSucceed(value3)
    });
    return this._activeSubexecutor = void 0, state === void 0 ? _void : effect2(state);
  }
  finishSubexecutorWithCloseEffect(subexecutorDone, ...closeFuncs) {
    this.addFinalizer(() => pipe(closeFuncs, forEach8((closeFunc) => pipe(sync4(() => closeFunc(subexecutorDone)), flatMap9((closeEffect) => closeEffect !== void 0 ? closeEffect : _void)), {
      discard: !0
    })));
    let state = pipe(subexecutorDone, match9({
      onFailure: (cause2) => this.doneHalt(cause2),
      onSuccess: (value3) => this.doneSucceed(value3)
    }));
    return this._activeSubexecutor = void 0, state;
  }
  applyUpstreamPullStrategy(upstreamFinished, queue, strategy) {
    switch (strategy._tag) {
      case OP_PULL_AFTER_NEXT: {
        let shouldPrepend = !upstreamFinished || queue.some((subexecutor) => subexecutor !== void 0);
        return [strategy.emitSeparator, shouldPrepend ? [void 0, ...queue] : queue];
      }
      case OP_PULL_AFTER_ALL_ENQUEUED: {
        let shouldEnqueue = !upstreamFinished || queue.some((subexecutor) => subexecutor !== void 0);
        return [strategy.emitSeparator, shouldEnqueue ? [...queue, void 0] : queue];
      }
    }
  }
  pullFromChild(childExecutor, parentSubexecutor, onEmitted, subexecutor) {
    return Read(childExecutor, identity, (emitted) => {
      let childExecutorDecision = onEmitted(emitted);
      switch (childExecutorDecision._tag) {
        case OP_CONTINUE2:
          break;
        case OP_CLOSE: {
          this.finishWithDoneValue(childExecutor, parentSubexecutor, childExecutorDecision.value);
          break;
        }
        case OP_YIELD2: {
          let modifiedParent = parentSubexecutor.enqueuePullFromChild(subexecutor);
          this.replaceSubexecutor(modifiedParent);
          break;
        }
      }
      this._activeSubexecutor = new Emit2(emitted, this._activeSubexecutor);
    }, match9({
      onFailure: (cause2) => {
        let state = this.handleSubexecutorFailure(childExecutor, parentSubexecutor, cause2);
        return state === void 0 ? void 0 : effectOrUndefinedIgnored(state);
      },
      onSuccess: (doneValue) => {
        this.finishWithDoneValue(childExecutor, parentSubexecutor, doneValue);
      }
    }));
  }
  finishWithDoneValue(childExecutor, parentSubexecutor, doneValue) {
    let subexecutor = parentSubexecutor;
    switch (subexecutor._tag) {
      case OP_PULL_FROM_UPSTREAM: {
        let modifiedParent = new PullFromUpstream(subexecutor.upstreamExecutor, subexecutor.createChild, subexecutor.lastDone !== void 0 ? subexecutor.combineChildResults(subexecutor.lastDone, doneValue) : doneValue, subexecutor.activeChildExecutors, subexecutor.combineChildResults, subexecutor.combineWithChildResult, subexecutor.onPull, subexecutor.onEmit);
        this._closeLastSubstream = childExecutor.close(succeed3(doneValue)), this.replaceSubexecutor(modifiedParent);
        break;
      }
      case OP_DRAIN_CHILD_EXECUTORS: {
        let modifiedParent = new DrainChildExecutors(subexecutor.upstreamExecutor, subexecutor.lastDone !== void 0 ? subexecutor.combineChildResults(subexecutor.lastDone, doneValue) : doneValue, subexecutor.activeChildExecutors, subexecutor.upstreamDone, subexecutor.combineChildResults, subexecutor.combineWithChildResult, subexecutor.onPull);
        this._closeLastSubstream = childExecutor.close(succeed3(doneValue)), this.replaceSubexecutor(modifiedParent);
        break;
      }
      default:
        break;
    }
  }
  handleSubexecutorFailure(childExecutor, parentSubexecutor, cause2) {
    return this.finishSubexecutorWithCloseEffect(failCause3(cause2), (exit4) => parentSubexecutor.close(exit4), (exit4) => childExecutor.close(exit4));
  }
  pullFromUpstream(subexecutor) {
    if (subexecutor.activeChildExecutors.length === 0)
      return this.performPullFromUpstream(subexecutor);
    let activeChild = subexecutor.activeChildExecutors[0], parentSubexecutor = new PullFromUpstream(subexecutor.upstreamExecutor, subexecutor.createChild, subexecutor.lastDone, subexecutor.activeChildExecutors.slice(1), subexecutor.combineChildResults, subexecutor.combineWithChildResult, subexecutor.onPull, subexecutor.onEmit);
    if (activeChild === void 0)
      return this.performPullFromUpstream(parentSubexecutor);
    this.replaceSubexecutor(new PullFromChild(activeChild.childExecutor, parentSubexecutor, activeChild.onEmit));
  }
  performPullFromUpstream(subexecutor) {
    return Read(subexecutor.upstreamExecutor, (effect3) => {
      let closeLastSubstream = this._closeLastSubstream === void 0 ? _void : this._closeLastSubstream;
      return this._closeLastSubstream = void 0, pipe(this._executeCloseLastSubstream(closeLastSubstream), zipRight3(effect3));
    }, (emitted) => {
      if (this._closeLastSubstream !== void 0) {
        let closeLastSubstream = this._closeLastSubstream;
        return this._closeLastSubstream = void 0, pipe(this._executeCloseLastSubstream(closeLastSubstream), map17(() => {
          let childExecutor2 = new _ChannelExecutor(subexecutor.createChild(emitted), this._providedEnv, this._executeCloseLastSubstream);
          childExecutor2._input = this._input;
          let [emitSeparator2, updatedChildExecutors2] = this.applyUpstreamPullStrategy(!1, subexecutor.activeChildExecutors, subexecutor.onPull(Pulled(emitted)));
          this._activeSubexecutor = new PullFromChild(childExecutor2, new PullFromUpstream(subexecutor.upstreamExecutor, subexecutor.createChild, subexecutor.lastDone, updatedChildExecutors2, subexecutor.combineChildResults, subexecutor.combineWithChildResult, subexecutor.onPull, subexecutor.onEmit), subexecutor.onEmit), isSome2(emitSeparator2) && (this._activeSubexecutor = new Emit2(emitSeparator2.value, this._activeSubexecutor));
        }));
      }
      let childExecutor = new _ChannelExecutor(subexecutor.createChild(emitted), this._providedEnv, this._executeCloseLastSubstream);
      childExecutor._input = this._input;
      let [emitSeparator, updatedChildExecutors] = this.applyUpstreamPullStrategy(!1, subexecutor.activeChildExecutors, subexecutor.onPull(Pulled(emitted)));
      this._activeSubexecutor = new PullFromChild(childExecutor, new PullFromUpstream(subexecutor.upstreamExecutor, subexecutor.createChild, subexecutor.lastDone, updatedChildExecutors, subexecutor.combineChildResults, subexecutor.combineWithChildResult, subexecutor.onPull, subexecutor.onEmit), subexecutor.onEmit), isSome2(emitSeparator) && (this._activeSubexecutor = new Emit2(emitSeparator.value, this._activeSubexecutor));
    }, (exit4) => {
      if (subexecutor.activeChildExecutors.some((subexecutor2) => subexecutor2 !== void 0)) {
        let drain4 = new DrainChildExecutors(subexecutor.upstreamExecutor, subexecutor.lastDone, [void 0, ...subexecutor.activeChildExecutors], subexecutor.upstreamExecutor.getDone(), subexecutor.combineChildResults, subexecutor.combineWithChildResult, subexecutor.onPull);
        if (this._closeLastSubstream !== void 0) {
          let closeLastSubstream2 = this._closeLastSubstream;
          return this._closeLastSubstream = void 0, pipe(this._executeCloseLastSubstream(closeLastSubstream2), map17(() => this.replaceSubexecutor(drain4)));
        }
        this.replaceSubexecutor(drain4);
        return;
      }
      let closeLastSubstream = this._closeLastSubstream, state = this.finishSubexecutorWithCloseEffect(pipe(exit4, map13((a) => subexecutor.combineWithChildResult(subexecutor.lastDone, a))), () => closeLastSubstream, (exit5) => subexecutor.upstreamExecutor.close(exit5));
      return state === void 0 ? void 0 : (
        // NOTE: assuming finalizers cannot fail
        effectOrUndefinedIgnored(state)
      );
    });
  }
  drainChildExecutors(subexecutor) {
    if (subexecutor.activeChildExecutors.length === 0) {
      let lastClose = this._closeLastSubstream;
      return lastClose !== void 0 && this.addFinalizer(() => succeed7(lastClose)), this.finishSubexecutorWithCloseEffect(subexecutor.upstreamDone, () => lastClose, (exit4) => subexecutor.upstreamExecutor.close(exit4));
    }
    let activeChild = subexecutor.activeChildExecutors[0], rest = subexecutor.activeChildExecutors.slice(1);
    if (activeChild === void 0) {
      let [emitSeparator, remainingExecutors] = this.applyUpstreamPullStrategy(!0, rest, subexecutor.onPull(NoUpstream(rest.reduce((n, curr) => curr !== void 0 ? n + 1 : n, 0))));
      return this.replaceSubexecutor(new DrainChildExecutors(subexecutor.upstreamExecutor, subexecutor.lastDone, remainingExecutors, subexecutor.upstreamDone, subexecutor.combineChildResults, subexecutor.combineWithChildResult, subexecutor.onPull)), isSome2(emitSeparator) ? (this._emitted = emitSeparator.value, Emit()) : void 0;
    }
    let parentSubexecutor = new DrainChildExecutors(subexecutor.upstreamExecutor, subexecutor.lastDone, rest, subexecutor.upstreamDone, subexecutor.combineChildResults, subexecutor.combineWithChildResult, subexecutor.onPull);
    this.replaceSubexecutor(new PullFromChild(activeChild.childExecutor, parentSubexecutor, activeChild.onEmit));
  }
}, ifNotNull = (effect3) => effect3 !== void 0 ? effect3 : _void, runFinalizers = (finalizers, exit4) => pipe(forEach8(finalizers, (fin) => exit3(fin(exit4))), map17((exits) => pipe(all2(exits), getOrElse2(() => void_3))), flatMap9((exit5) => suspend4(() => exit5))), readUpstream = (r, onSuccess, onFailure) => {
  let readStack = [r], read = () => {
    let current2 = readStack.pop();
    if (current2 === void 0 || current2.upstream === void 0)
      return dieMessage2("Unexpected end of input for channel execution");
    let state = current2.upstream.run();
    switch (state._tag) {
      case OP_EMIT2: {
        let emitEffect = current2.onEmit(current2.upstream.getEmit());
        return readStack.length === 0 ? emitEffect === void 0 ? suspend4(onSuccess) : pipe(emitEffect, matchCauseEffect3({
          onFailure,
          onSuccess
        })) : emitEffect === void 0 ? suspend4(() => read()) : pipe(emitEffect, matchCauseEffect3({
          onFailure,
          onSuccess: () => read()
        }));
      }
      case OP_DONE3: {
        let doneEffect = current2.onDone(current2.upstream.getDone());
        return readStack.length === 0 ? doneEffect === void 0 ? suspend4(onSuccess) : pipe(doneEffect, matchCauseEffect3({
          onFailure,
          onSuccess
        })) : doneEffect === void 0 ? suspend4(() => read()) : pipe(doneEffect, matchCauseEffect3({
          onFailure,
          onSuccess: () => read()
        }));
      }
      case OP_FROM_EFFECT3:
        return readStack.push(current2), pipe(current2.onEffect(state.effect), catchAllCause2((cause2) => suspend4(() => {
          let doneEffect = current2.onDone(failCause3(cause2));
          return doneEffect === void 0 ? _void : doneEffect;
        })), matchCauseEffect3({
          onFailure,
          onSuccess: () => read()
        }));
      case OP_READ2:
        return readStack.push(current2), readStack.push(state), suspend4(() => read());
    }
  };
  return read();
}, runIn = /* @__PURE__ */ dual(2, (self, scope4) => {
  let run4 = (channelDeferred, scopeDeferred, scope5) => acquireUseRelease2(sync4(() => new ChannelExecutor(self, void 0, identity)), (exec) => suspend4(() => runScopedInterpret(exec.run(), exec).pipe(intoDeferred2(channelDeferred), zipRight3(_await3(channelDeferred)), zipLeft2(_await3(scopeDeferred)))), (exec, exit4) => {
    let finalize = exec.close(exit4);
    return finalize === void 0 ? _void : tapErrorCause2(finalize, (cause2) => addFinalizer2(scope5, failCause6(cause2)));
  });
  return uninterruptibleMask3((restore) => all4([fork2(scope4, sequential3), make38(), make38()]).pipe(flatMap9(([child, channelDeferred, scopeDeferred]) => restore(run4(channelDeferred, scopeDeferred, child)).pipe(forkIn2(scope4), flatMap9((fiber) => scope4.addFinalizer((exit4) => {
    let interruptors3 = isFailure(exit4) ? interruptors2(exit4.cause) : void 0;
    return isDone5(channelDeferred).pipe(flatMap9((isDone6) => isDone6 ? succeed5(scopeDeferred, void 0).pipe(zipRight3(_await2(fiber)), zipRight3(inheritAll2(fiber))) : succeed5(scopeDeferred, void 0).pipe(zipRight3(interruptors3 && size3(interruptors3) > 0 ? interruptAs(fiber, combineAll2(interruptors3)) : interrupt5(fiber)), zipRight3(inheritAll2(fiber)))));
  }).pipe(zipRight3(restore(_await3(channelDeferred)))))))));
}), runScopedInterpret = (channelState, exec) => {
  let op = channelState;
  switch (op._tag) {
    case OP_FROM_EFFECT3:
      return pipe(op.effect, flatMap9(() => runScopedInterpret(exec.run(), exec)));
    case OP_EMIT2:
      return runScopedInterpret(exec.run(), exec);
    case OP_DONE3:
      return suspend4(() => exec.getDone());
    case OP_READ2:
      return readUpstream(op, () => runScopedInterpret(exec.run(), exec), failCause6);
  }
};

// node_modules/effect/dist/esm/internal/opCodes/channelMergeDecision.js
var OP_DONE4 = "Done", OP_AWAIT = "Await";

// node_modules/effect/dist/esm/internal/channel/mergeDecision.js
var MergeDecisionSymbolKey = "effect/ChannelMergeDecision", MergeDecisionTypeId = /* @__PURE__ */ Symbol.for(MergeDecisionSymbolKey), proto10 = {
  [MergeDecisionTypeId]: {
    _R: (_) => _,
    _E0: (_) => _,
    _Z0: (_) => _,
    _E: (_) => _,
    _Z: (_) => _
  }
};
var Await = (f) => {
  let op = Object.create(proto10);
  return op._tag = OP_AWAIT, op.f = f, op;
};

// node_modules/effect/dist/esm/internal/opCodes/channelMergeState.js
var OP_BOTH_RUNNING = "BothRunning", OP_LEFT_DONE = "LeftDone", OP_RIGHT_DONE = "RightDone";

// node_modules/effect/dist/esm/internal/channel/mergeState.js
var MergeStateSymbolKey = "effect/ChannelMergeState", MergeStateTypeId = /* @__PURE__ */ Symbol.for(MergeStateSymbolKey), proto11 = {
  [MergeStateTypeId]: MergeStateTypeId
}, BothRunning = (left3, right3) => {
  let op = Object.create(proto11);
  return op._tag = OP_BOTH_RUNNING, op.left = left3, op.right = right3, op;
}, LeftDone = (f) => {
  let op = Object.create(proto11);
  return op._tag = OP_LEFT_DONE, op.f = f, op;
}, RightDone = (f) => {
  let op = Object.create(proto11);
  return op._tag = OP_RIGHT_DONE, op.f = f, op;
};

// node_modules/effect/dist/esm/internal/opCodes/channelMergeStrategy.js
var OP_BACK_PRESSURE = "BackPressure", OP_BUFFER_SLIDING = "BufferSliding";

// node_modules/effect/dist/esm/internal/channel/mergeStrategy.js
var MergeStrategySymbolKey = "effect/ChannelMergeStrategy", MergeStrategyTypeId = /* @__PURE__ */ Symbol.for(MergeStrategySymbolKey), proto12 = {
  [MergeStrategyTypeId]: MergeStrategyTypeId
}, BackPressure = (_) => {
  let op = Object.create(proto12);
  return op._tag = OP_BACK_PRESSURE, op;
}, BufferSliding = (_) => {
  let op = Object.create(proto12);
  return op._tag = OP_BUFFER_SLIDING, op;
};
var match14 = /* @__PURE__ */ dual(2, (self, {
  onBackPressure,
  onBufferSliding
}) => {
  switch (self._tag) {
    case OP_BACK_PRESSURE:
      return onBackPressure();
    case OP_BUFFER_SLIDING:
      return onBufferSliding();
  }
});

// node_modules/effect/dist/esm/internal/channel/singleProducerAsyncInput.js
var OP_STATE_EMPTY = "Empty", OP_STATE_EMIT = "Emit", OP_STATE_ERROR = "Error", OP_STATE_DONE2 = "Done", stateEmpty = (notifyProducer) => ({
  _tag: OP_STATE_EMPTY,
  notifyProducer
}), stateEmit = (notifyConsumers) => ({
  _tag: OP_STATE_EMIT,
  notifyConsumers
}), stateError = (cause2) => ({
  _tag: OP_STATE_ERROR,
  cause: cause2
}), stateDone = (done7) => ({
  _tag: OP_STATE_DONE2,
  done: done7
}), SingleProducerAsyncInputImpl = class {
  ref;
  constructor(ref) {
    this.ref = ref;
  }
  awaitRead() {
    return flatten6(modify4(this.ref, (state) => state._tag === OP_STATE_EMPTY ? [_await3(state.notifyProducer), state] : [_void, state]));
  }
  get close() {
    return fiberIdWith2((fiberId2) => this.error(interrupt4(fiberId2)));
  }
  done(value3) {
    return flatten6(modify4(this.ref, (state) => {
      switch (state._tag) {
        case OP_STATE_EMPTY:
          return [_await3(state.notifyProducer), state];
        case OP_STATE_EMIT:
          return [forEach8(state.notifyConsumers, (deferred) => succeed5(deferred, left2(value3)), {
            discard: !0
          }), stateDone(value3)];
        case OP_STATE_ERROR:
          return [interrupt6, state];
        case OP_STATE_DONE2:
          return [interrupt6, state];
      }
    }));
  }
  emit(element) {
    return flatMap9(make38(), (deferred) => flatten6(modify4(this.ref, (state) => {
      switch (state._tag) {
        case OP_STATE_EMPTY:
          return [_await3(state.notifyProducer), state];
        case OP_STATE_EMIT: {
          let notifyConsumer = state.notifyConsumers[0], notifyConsumers = state.notifyConsumers.slice(1);
          if (notifyConsumer !== void 0)
            return [succeed5(notifyConsumer, right2(element)), notifyConsumers.length === 0 ? stateEmpty(deferred) : stateEmit(notifyConsumers)];
          throw new Error("Bug: Channel.SingleProducerAsyncInput.emit - Queue was empty! please report an issue at https://github.com/Effect-TS/effect/issues");
        }
        case OP_STATE_ERROR:
          return [interrupt6, state];
        case OP_STATE_DONE2:
          return [interrupt6, state];
      }
    })));
  }
  error(cause2) {
    return flatten6(modify4(this.ref, (state) => {
      switch (state._tag) {
        case OP_STATE_EMPTY:
          return [_await3(state.notifyProducer), state];
        case OP_STATE_EMIT:
          return [forEach8(state.notifyConsumers, (deferred) => failCause5(deferred, cause2), {
            discard: !0
          }), stateError(cause2)];
        case OP_STATE_ERROR:
          return [interrupt6, state];
        case OP_STATE_DONE2:
          return [interrupt6, state];
      }
    }));
  }
  get take() {
    return this.takeWith((cause2) => failCause3(map14(cause2, left2)), (elem) => succeed3(elem), (done7) => fail3(right2(done7)));
  }
  takeWith(onError4, onElement, onDone2) {
    return flatMap9(make38(), (deferred) => flatten6(modify4(this.ref, (state) => {
      switch (state._tag) {
        case OP_STATE_EMPTY:
          return [zipRight3(succeed5(state.notifyProducer, void 0), matchCause3(_await3(deferred), {
            onFailure: onError4,
            onSuccess: match({
              onLeft: onDone2,
              onRight: onElement
            })
          })), stateEmit([deferred])];
        case OP_STATE_EMIT:
          return [matchCause3(_await3(deferred), {
            onFailure: onError4,
            onSuccess: match({
              onLeft: onDone2,
              onRight: onElement
            })
          }), stateEmit([...state.notifyConsumers, deferred])];
        case OP_STATE_ERROR:
          return [succeed7(onError4(state.cause)), state];
        case OP_STATE_DONE2:
          return [succeed7(onDone2(state.done)), state];
      }
    })));
  }
}, make45 = () => pipe(make38(), flatMap9((deferred) => make24(stateEmpty(deferred))), map17((ref) => new SingleProducerAsyncInputImpl(ref)));

// node_modules/effect/dist/esm/internal/channel.js
var as5 = /* @__PURE__ */ dual(2, (self, value3) => map20(self, () => value3));
var concatMap = /* @__PURE__ */ dual(2, (self, f) => concatMapWith(self, f, () => {
}, () => {
}));
var drain = (self) => {
  let drainer = readWithCause({
    onInput: () => drainer,
    onFailure: failCause8,
    onDone: succeed9
  });
  return pipeTo(self, drainer);
};
var ensuring3 = /* @__PURE__ */ dual(2, (self, finalizer2) => ensuringWith(self, () => finalizer2));
var flatten9 = (self) => flatMap12(self, identity);
var fromInput = (input) => unwrap(input.takeWith(failCause8, (elem) => flatMap12(write(elem), () => fromInput(input)), succeed9));
var map20 = /* @__PURE__ */ dual(2, (self, f) => flatMap12(self, (a) => sync5(() => f(a))));
var mapOut = /* @__PURE__ */ dual(2, (self, f) => {
  let reader = readWith({
    onInput: (outElem) => flatMap12(write(f(outElem)), () => reader),
    onFailure: fail9,
    onDone: succeedNow
  });
  return pipeTo(self, reader);
});
var mergeAll5 = (options3) => (channels) => mergeAllWith(options3)(channels, constVoid);
var mergeAllWith = ({
  bufferSize = 16,
  concurrency,
  mergeStrategy = BackPressure()
}) => (channels, f) => unwrapScopedWith((scope4) => gen3(function* () {
  let concurrencyN = concurrency === "unbounded" ? Number.MAX_SAFE_INTEGER : concurrency, input = yield* make45(), queueReader = fromInput(input), queue = yield* bounded3(bufferSize);
  yield* addFinalizer2(scope4, shutdown2(queue));
  let cancelers = yield* unbounded3();
  yield* addFinalizer2(scope4, shutdown2(cancelers));
  let lastDone = yield* make24(none2()), errorSignal = yield* make38(), withPermits = (yield* makeSemaphore2(concurrencyN)).withPermits, pull = yield* toPullIn(pipeTo(queueReader, channels), scope4);
  function evaluatePull(pull2) {
    return pull2.pipe(flatMap9(match({
      onLeft: (done7) => succeed7(some2(done7)),
      onRight: (outElem) => as4(offer3(queue, succeed7(right2(outElem))), none2())
    })), repeat({
      until: (_) => isSome2(_)
    }), flatMap9((outDone) => update3(lastDone, match2({
      onNone: () => some2(outDone.value),
      onSome: (lastDone2) => some2(f(lastDone2, outDone.value))
    }))), catchAllCause2((cause2) => isInterrupted2(cause2) ? failCause6(cause2) : offer3(queue, failCause6(cause2)).pipe(zipRight3(succeed5(errorSignal, void 0)), asVoid3)));
  }
  yield* pull.pipe(matchCauseEffect3({
    onFailure: (cause2) => offer3(queue, failCause6(cause2)).pipe(zipRight3(succeed7(!1))),
    onSuccess: match({
      onLeft: (outDone) => raceWith2(interruptible4(_await3(errorSignal)), interruptible4(withPermits(concurrencyN)(_void)), {
        onSelfDone: (_, permitAcquisition) => as4(interrupt5(permitAcquisition), !1),
        onOtherDone: (_, failureAwait) => zipRight3(interrupt5(failureAwait), get12(lastDone).pipe(flatMap9(match2({
          onNone: () => offer3(queue, succeed7(left2(outDone))),
          onSome: (lastDone2) => offer3(queue, succeed7(left2(f(lastDone2, outDone))))
        })), as4(!1)))
      }),
      onRight: (channel) => match14(mergeStrategy, {
        onBackPressure: () => gen3(function* () {
          let latch = yield* make38(), raceEffects = scopedWith2((scope5) => toPullIn(pipeTo(queueReader, channel), scope5).pipe(flatMap9((pull2) => race2(exit3(evaluatePull(pull2)), exit3(interruptible4(_await3(errorSignal))))), flatMap9(identity)));
          return yield* succeed5(latch, void 0).pipe(zipRight3(raceEffects), withPermits(1), forkIn2(scope4)), yield* _await3(latch), !(yield* isDone5(errorSignal));
        }),
        onBufferSliding: () => gen3(function* () {
          let canceler = yield* make38(), latch = yield* make38(), size11 = yield* size10(cancelers);
          yield* take2(cancelers).pipe(flatMap9((canceler2) => succeed5(canceler2, void 0)), when2(() => size11 >= concurrencyN)), yield* offer3(cancelers, canceler);
          let raceEffects = scopedWith2((scope5) => toPullIn(pipeTo(queueReader, channel), scope5).pipe(flatMap9((pull2) => exit3(evaluatePull(pull2)).pipe(race2(exit3(interruptible4(_await3(errorSignal)))), race2(exit3(interruptible4(_await3(canceler)))))), flatMap9(identity)));
          return yield* succeed5(latch, void 0).pipe(zipRight3(raceEffects), withPermits(1), forkIn2(scope4)), yield* _await3(latch), !(yield* isDone5(errorSignal));
        })
      })
    })
  }), repeat({
    while: (_) => _
  }), forkIn2(scope4));
  let consumer = pipe(take2(queue), flatten6, matchCause3({
    onFailure: failCause8,
    onSuccess: match({
      onLeft: succeedNow,
      onRight: (outElem) => flatMap12(write(outElem), () => consumer)
    })
  }), unwrap);
  return embedInput(consumer, input);
})), mergeMap = /* @__PURE__ */ dual(3, (self, f, options3) => mergeAll5(options3)(mapOut(self, f)));
var mergeWith2 = /* @__PURE__ */ dual(2, (self, options3) => {
  function merge10(scope4) {
    return gen3(function* () {
      let input = yield* make45(), queueReader = fromInput(input), pullL = yield* toPullIn(pipeTo(queueReader, self), scope4), pullR = yield* toPullIn(pipeTo(queueReader, options3.other), scope4);
      function handleSide(exit4, fiber, pull) {
        return (done7, both2, single) => {
          function onDecision2(decision) {
            let op = decision;
            return op._tag === OP_DONE4 ? succeed7(fromEffect4(zipRight3(interrupt5(fiber), op.effect))) : map17(_await2(fiber), match9({
              onFailure: (cause2) => fromEffect4(op.f(failCause3(cause2))),
              onSuccess: match({
                onLeft: (done8) => fromEffect4(op.f(succeed3(done8))),
                onRight: (elem) => zipRight4(write(elem), go2(single(op.f)))
              })
            }));
          }
          return match9(exit4, {
            onFailure: (cause2) => onDecision2(done7(failCause3(cause2))),
            onSuccess: match({
              onLeft: (z) => onDecision2(done7(succeed3(z))),
              onRight: (elem) => succeed7(flatMap12(write(elem), () => flatMap12(fromEffect4(forkIn2(interruptible4(pull), scope4)), (leftFiber) => go2(both2(leftFiber, fiber)))))
            })
          });
        };
      }
      function go2(state) {
        switch (state._tag) {
          case OP_BOTH_RUNNING: {
            let leftJoin = interruptible4(join3(state.left)), rightJoin = interruptible4(join3(state.right));
            return unwrap(raceWith2(leftJoin, rightJoin, {
              onSelfDone: (leftExit, rf) => zipRight3(interrupt5(rf), handleSide(leftExit, state.right, pullL)(options3.onSelfDone, BothRunning, (f) => LeftDone(f))),
              onOtherDone: (rightExit, lf) => zipRight3(interrupt5(lf), handleSide(rightExit, state.left, pullR)(options3.onOtherDone, (left3, right3) => BothRunning(right3, left3), (f) => RightDone(f)))
            }));
          }
          case OP_LEFT_DONE:
            return unwrap(map17(exit3(pullR), match9({
              onFailure: (cause2) => fromEffect4(state.f(failCause3(cause2))),
              onSuccess: match({
                onLeft: (done7) => fromEffect4(state.f(succeed3(done7))),
                onRight: (elem) => flatMap12(write(elem), () => go2(LeftDone(state.f)))
              })
            })));
          case OP_RIGHT_DONE:
            return unwrap(map17(exit3(pullL), match9({
              onFailure: (cause2) => fromEffect4(state.f(failCause3(cause2))),
              onSuccess: match({
                onLeft: (done7) => fromEffect4(state.f(succeed3(done7))),
                onRight: (elem) => flatMap12(write(elem), () => go2(RightDone(state.f)))
              })
            })));
        }
      }
      return fromEffect4(withFiberRuntime2((parent) => {
        let inherit = withFiberRuntime2((state) => (state.transferChildren(parent.scope()), _void)), leftFiber = interruptible4(pullL).pipe(ensuring2(inherit), forkIn2(scope4)), rightFiber = interruptible4(pullR).pipe(ensuring2(inherit), forkIn2(scope4));
        return zipWith3(leftFiber, rightFiber, (left3, right3) => BothRunning(left3, right3));
      })).pipe(flatMap12(go2), embedInput(input));
    });
  }
  return unwrapScopedWith(merge10);
});
var pipeToOrFail = /* @__PURE__ */ dual(2, (self, that) => suspend5(() => {
  let channelException, reader = readWith({
    onInput: (outElem) => flatMap12(write(outElem), () => reader),
    onFailure: (outErr) => (channelException = ChannelException(outErr), failCause8(die4(channelException))),
    onDone: succeedNow
  }), writer = readWithCause({
    onInput: (outElem) => pipe(write(outElem), flatMap12(() => writer)),
    onFailure: (cause2) => isDieType2(cause2) && isChannelException(cause2.defect) && equals(cause2.defect, channelException) ? fail9(cause2.defect.error) : failCause8(cause2),
    onDone: succeedNow
  });
  return pipeTo(pipeTo(pipeTo(self, reader), that), writer);
}));
var run = (self) => scopedWith2((scope4) => runIn(self, scope4));
var runDrain = (self) => run(drain(self));
var scoped3 = (effect3) => unwrap(uninterruptibleMask3((restore) => map17(make36(), (scope4) => acquireReleaseOut(tapErrorCause2(restore(extend2(effect3, scope4)), (cause2) => close(scope4, failCause3(cause2))), (_, exit4) => close(scope4, exit4))))), scopedWith3 = (f) => unwrapScoped2(map17(scope2, (scope4) => flatMap12(fromEffect4(f(scope4)), write)));
var toPullIn = /* @__PURE__ */ dual(2, (self, scope4) => zip5(sync4(() => new ChannelExecutor(self, void 0, identity)), runtime3()).pipe(tap2(([executor, runtime4]) => addFinalizerExit(scope4, (exit4) => {
  let finalizer2 = executor.close(exit4);
  return finalizer2 !== void 0 ? provide2(finalizer2, runtime4) : _void;
})), uninterruptible2, map17(([executor]) => suspend4(() => interpretToPull(executor.run(), executor))))), interpretToPull = (channelState, exec) => {
  let state = channelState;
  switch (state._tag) {
    case OP_DONE3:
      return match9(exec.getDone(), {
        onFailure: failCause6,
        onSuccess: (done7) => succeed7(left2(done7))
      });
    case OP_EMIT2:
      return succeed7(right2(exec.getEmit()));
    case OP_FROM_EFFECT3:
      return pipe(state.effect, flatMap9(() => interpretToPull(exec.run(), exec)));
    case OP_READ2:
      return readUpstream(state, () => interpretToPull(exec.run(), exec), (cause2) => failCause6(cause2));
  }
};
var unwrap = (channel) => flatten9(fromEffect4(channel)), unwrapScoped2 = (self) => concatAllWith(scoped3(self), (d, _) => d, (d, _) => d), unwrapScopedWith = (f) => concatAllWith(scopedWith3(f), (d, _) => d, (d, _) => d);
var writeChunk = (outs) => writeChunkWriter(0, outs.length, outs), writeChunkWriter = (idx, len, chunk2) => idx === len ? void_5 : pipe(write(pipe(chunk2, unsafeGet2(idx))), flatMap12(() => writeChunkWriter(idx + 1, len, chunk2))), zip6 = /* @__PURE__ */ dual((args2) => isChannel(args2[1]), (self, that, options3) => options3?.concurrent ? mergeWith2(self, {
  other: that,
  onSelfDone: (exit1) => Await((exit22) => suspend4(() => zip3(exit1, exit22))),
  onOtherDone: (exit22) => Await((exit1) => suspend4(() => zip3(exit1, exit22)))
}) : flatMap12(self, (a) => map20(that, (b) => [a, b])));
var zipRight4 = /* @__PURE__ */ dual((args2) => isChannel(args2[1]), (self, that, options3) => options3?.concurrent ? map20(zip6(self, that, {
  concurrent: !0
}), (tuple) => tuple[1]) : flatMap12(self, () => that)), ChannelExceptionTypeId = /* @__PURE__ */ Symbol.for("effect/Channel/ChannelException"), ChannelException = (error) => ({
  _tag: "ChannelException",
  [ChannelExceptionTypeId]: ChannelExceptionTypeId,
  error
}), isChannelException = (u) => hasProperty(u, ChannelExceptionTypeId);

// node_modules/effect/dist/esm/Runtime.js
var runFork3 = unsafeFork3;

// node_modules/effect/dist/esm/Schedule.js
var exponential3 = exponential2;
var intersect6 = intersect5;
var modifyDelayEffect2 = modifyDelayEffect;
var recurs2 = recurs;
var stop2 = stop;

// node_modules/effect/dist/esm/internal/sink.js
var SinkTypeId2 = /* @__PURE__ */ Symbol.for("effect/Sink"), sinkVariance2 = {
  /* c8 ignore next */
  _A: (_) => _,
  /* c8 ignore next */
  _In: (_) => _,
  /* c8 ignore next */
  _L: (_) => _,
  /* c8 ignore next */
  _E: (_) => _,
  /* c8 ignore next */
  _R: (_) => _
}, SinkImpl = class {
  channel;
  [SinkTypeId2] = sinkVariance2;
  constructor(channel) {
    this.channel = channel;
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
};
var suspend6 = (evaluate2) => new SinkImpl(suspend5(() => toChannel(evaluate2())));
var fold = (s, contFn, f) => suspend6(() => new SinkImpl(foldReader(s, contFn, f))), foldReader = (s, contFn, f) => contFn(s) ? readWith({
  onInput: (input) => {
    let [nextS, leftovers] = foldChunkSplit(s, input, contFn, f, 0, input.length);
    return isNonEmpty(leftovers) ? pipe(write(leftovers), as5(nextS)) : foldReader(nextS, contFn, f);
  },
  onFailure: fail9,
  onDone: () => succeedNow(s)
}) : succeedNow(s), foldChunkSplit = (s, chunk2, contFn, f, index, length3) => {
  if (index === length3)
    return [s, empty2()];
  let s1 = f(s, pipe(chunk2, unsafeGet2(index)));
  return contFn(s1) ? foldChunkSplit(s1, chunk2, contFn, f, index + 1, length3) : [s1, pipe(chunk2, drop2(index + 1))];
};
var forEachChunk = (f) => {
  let process2 = readWithCause({
    onInput: (input) => pipe(fromEffect4(f(input)), flatMap12(() => process2)),
    onFailure: failCause8,
    onDone: () => void_5
  });
  return new SinkImpl(process2);
};
var fromEffect6 = (effect3) => new SinkImpl(fromEffect4(effect3));
var toChannel = (self) => isEffect2(self) ? toChannel(fromEffect6(self)) : self.channel;

// node_modules/effect/dist/esm/internal/stream.js
var StreamSymbolKey = "effect/Stream", StreamTypeId2 = /* @__PURE__ */ Symbol.for(StreamSymbolKey), streamVariance = {
  _R: (_) => _,
  _E: (_) => _,
  _A: (_) => _
}, StreamImpl = class {
  channel;
  [StreamTypeId2] = streamVariance;
  constructor(channel) {
    this.channel = channel;
  }
  pipe() {
    return pipeArguments(this, arguments);
  }
}, isStream = (u) => hasProperty(u, StreamTypeId2) || isEffect2(u);
var ensuring5 = /* @__PURE__ */ dual(2, (self, finalizer2) => new StreamImpl(pipe(toChannel2(self), ensuring3(finalizer2))));
var fail11 = (error) => fromEffectOption(fail6(some2(error)));
var flatMap14 = /* @__PURE__ */ dual((args2) => isStream(args2[0]), (self, f, options3) => {
  let bufferSize = options3?.bufferSize ?? 16;
  return options3?.switch ? matchConcurrency(options3?.concurrency, () => flatMapParSwitchBuffer(self, 1, bufferSize, f), (n) => flatMapParSwitchBuffer(self, n, bufferSize, f)) : matchConcurrency(options3?.concurrency, () => new StreamImpl(concatMap(toChannel2(self), (as8) => pipe(as8, map5((a) => toChannel2(f(a))), reduce2(void_5, (left3, right3) => pipe(left3, zipRight4(right3)))))), (_) => new StreamImpl(pipe(toChannel2(self), concatMap(writeChunk), mergeMap((out) => toChannel2(f(out)), options3))));
}), matchConcurrency = (concurrency, sequential4, bounded4) => {
  switch (concurrency) {
    case void 0:
      return sequential4();
    case "unbounded":
      return bounded4(Number.MAX_SAFE_INTEGER);
    default:
      return concurrency > 1 ? bounded4(concurrency) : sequential4();
  }
}, flatMapParSwitchBuffer = /* @__PURE__ */ dual(4, (self, n, bufferSize, f) => new StreamImpl(pipe(toChannel2(self), concatMap(writeChunk), mergeMap((out) => toChannel2(f(out)), {
  concurrency: n,
  mergeStrategy: BufferSliding(),
  bufferSize
})))), flatten11 = /* @__PURE__ */ dual((args2) => isStream(args2[0]), (self, options3) => flatMap14(self, identity, options3));
var toChannel2 = (stream2) => {
  if ("channel" in stream2)
    return stream2.channel;
  if (isEffect2(stream2))
    return toChannel2(fromEffect7(stream2));
  throw new TypeError("Expected a Stream.");
};
var fromEffect7 = (effect3) => pipe(effect3, mapError2(some2), fromEffectOption), fromEffectOption = (effect3) => new StreamImpl(unwrap(match11(effect3, {
  onFailure: match2({
    onNone: () => void_5,
    onSome: fail9
  }),
  onSuccess: (a) => write(of2(a))
})));
var fromReadableStream = (...args2) => {
  let evaluate2 = args2.length === 1 ? args2[0].evaluate : args2[0], onError4 = args2.length === 1 ? args2[0].onError : args2[1], releaseLockOnEnd = args2.length === 1 ? args2[0].releaseLockOnEnd === !0 : !1;
  return unwrapScoped3(map17(acquireRelease2(sync4(() => evaluate2().getReader()), (reader) => releaseLockOnEnd ? sync4(() => reader.releaseLock()) : promise2(() => reader.cancel())), (reader) => repeatEffectOption(flatMap9(tryPromise2({
    try: () => reader.read(),
    catch: (reason) => some2(onError4(reason))
  }), ({
    done: done7,
    value: value3
  }) => done7 ? fail6(none2()) : succeed7(value3)))));
};
var repeatEffectChunkOption = (effect3) => unfoldChunkEffect(effect3, (effect4) => pipe(map17(effect4, (chunk2) => some2([chunk2, effect4])), catchAll2(match2({
  onNone: () => succeed7(none2()),
  onSome: fail6
})))), repeatEffectOption = (effect3) => repeatEffectChunkOption(pipe(effect3, map17(of2)));
var run3 = /* @__PURE__ */ dual(2, (self, sink) => toChannel2(self).pipe(pipeToOrFail(toChannel(sink)), runDrain));
var runFoldWhile = /* @__PURE__ */ dual(4, (self, s, cont, f) => run3(self, fold(s, cont, f)));
var runForEachChunk = /* @__PURE__ */ dual(2, (self, f) => run3(self, forEachChunk(f)));
var scoped5 = (effect3) => new StreamImpl(ensuring3(scoped3(pipe(effect3, map17(of2))), _void));
var suspend7 = (stream2) => new StreamImpl(suspend5(() => toChannel2(stream2())));
var toReadableStreamEffect = /* @__PURE__ */ dual((args2) => isStream(args2[0]), (self, options3) => map17(runtime3(), (runtime4) => toReadableStreamRuntime(self, runtime4, options3))), toReadableStreamRuntime = /* @__PURE__ */ dual((args2) => isStream(args2[0]), (self, runtime4, options3) => {
  let runFork4 = runFork3(runtime4), currentResolve, fiber, latch = unsafeMakeLatch2(!1);
  return new ReadableStream({
    start(controller) {
      fiber = runFork4(runForEachChunk(self, (chunk2) => chunk2.length === 0 ? _void : latch.whenOpen(sync4(() => {
        latch.unsafeClose();
        for (let item of chunk2)
          controller.enqueue(item);
        currentResolve(), currentResolve = void 0;
      })))), fiber.addObserver((exit4) => {
        try {
          exit4._tag === "Failure" ? controller.error(squash(exit4.cause)) : controller.close();
        } catch {
        }
      });
    },
    pull() {
      return new Promise((resolve2) => {
        currentResolve = resolve2, runSync(latch.open);
      });
    },
    cancel() {
      if (fiber)
        return runPromise(asVoid3(interrupt5(fiber)));
    }
  }, options3?.strategy);
});
var unfoldChunkEffect = (s, f) => suspend7(() => {
  let loop2 = (s2) => unwrap(map17(f(s2), match2({
    onNone: () => void_5,
    onSome: ([chunk2, s3]) => flatMap12(write(chunk2), () => loop2(s3))
  })));
  return new StreamImpl(loop2(s));
});
var unwrapScoped3 = (effect3) => flatten11(scoped5(effect3));

// node_modules/effect/dist/esm/Stream.js
var ensuring6 = ensuring5;
var fail12 = fail11;
var fromReadableStream2 = fromReadableStream;
var runFoldWhile2 = runFoldWhile;
var suspend8 = suspend7;
var toReadableStreamEffect2 = toReadableStreamEffect;

// node_modules/@effect/platform/dist/esm/Headers.js
var HeadersTypeId = /* @__PURE__ */ Symbol.for("@effect/platform/Headers");
var Proto3 = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(null), {
  [HeadersTypeId]: HeadersTypeId,
  [symbolRedactable](fiberRefs3) {
    return redact2(this, getOrDefault2(fiberRefs3, currentRedactedNames));
  }
}), make47 = (input) => Object.assign(Object.create(Proto3), input);
var empty30 = /* @__PURE__ */ Object.create(Proto3), fromInput2 = (input) => {
  if (input === void 0)
    return empty30;
  if (Symbol.iterator in input) {
    let out2 = Object.create(Proto3);
    for (let [k, v] of input)
      out2[k.toLowerCase()] = v;
    return out2;
  }
  let out = Object.create(Proto3);
  for (let [k, v] of Object.entries(input))
    Array.isArray(v) ? out[k.toLowerCase()] = v.join(", ") : v !== void 0 && (out[k.toLowerCase()] = v);
  return out;
}, unsafeFromRecord = (input) => Object.setPrototypeOf(input, Proto3);
var set7 = /* @__PURE__ */ dual(3, (self, key, value3) => {
  let out = make47(self);
  return out[key.toLowerCase()] = value3, out;
}), setAll3 = /* @__PURE__ */ dual(2, (self, headers) => make47({
  ...self,
  ...fromInput2(headers)
})), merge8 = /* @__PURE__ */ dual(2, (self, headers) => {
  let out = make47(self);
  return Object.assign(out, headers), out;
}), remove7 = /* @__PURE__ */ dual(2, (self, key) => {
  let out = make47(self), modify6 = (key2) => {
    if (typeof key2 == "string") {
      let k = key2.toLowerCase();
      k in self && delete out[k];
    } else
      for (let name in self)
        key2.test(name) && delete out[name];
  };
  if (Array.isArray(key))
    for (let i = 0; i < key.length; i++)
      modify6(key[i]);
  else
    modify6(key);
  return out;
}), redact2 = /* @__PURE__ */ dual(2, (self, key) => {
  let out = {
    ...self
  }, modify6 = (key2) => {
    if (typeof key2 == "string") {
      let k = key2.toLowerCase();
      k in self && (out[k] = make41(self[k]));
    } else
      for (let name in self)
        key2.test(name) && (out[name] = make41(self[name]));
  };
  if (Array.isArray(key))
    for (let i = 0; i < key.length; i++)
      modify6(key[i]);
  else
    modify6(key);
  return out;
}), currentRedactedNames = /* @__PURE__ */ globalValue("@effect/platform/Headers/currentRedactedNames", () => unsafeMake8(["authorization", "cookie", "set-cookie", "x-api-key"]));

// node_modules/@effect/platform/dist/esm/Error.js
var TypeId18 = /* @__PURE__ */ Symbol.for("@effect/platform/Error");
var TypeIdError = (typeId, tag2) => {
  class Base3 extends Error3 {
    _tag = tag2;
  }
  return Base3.prototype[typeId] = typeId, Base3.prototype.name = tag2, Base3;
}, Module = /* @__PURE__ */ Literal2("Clipboard", "Command", "FileSystem", "KeyValueStore", "Path", "Stream", "Terminal"), BadArgument = class extends (/* @__PURE__ */ TaggedError2("@effect/platform/Error/BadArgument")("BadArgument", {
  module: Module,
  method: String$,
  description: /* @__PURE__ */ optional(String$),
  cause: /* @__PURE__ */ optional(Defect)
})) {
  /**
   * @since 1.0.0
   */
  [TypeId18] = TypeId18;
  /**
   * @since 1.0.0
   */
  get message() {
    return `${this.module}.${this.method}${this.description ? `: ${this.description}` : ""}`;
  }
}, SystemErrorReason = /* @__PURE__ */ Literal2("AlreadyExists", "BadResource", "Busy", "InvalidData", "NotFound", "PermissionDenied", "TimedOut", "UnexpectedEof", "Unknown", "WouldBlock", "WriteZero"), SystemError = class extends (/* @__PURE__ */ TaggedError2("@effect/platform/Error/SystemError")("SystemError", {
  reason: SystemErrorReason,
  module: Module,
  method: String$,
  description: /* @__PURE__ */ optional(String$),
  syscall: /* @__PURE__ */ optional(String$),
  pathOrDescriptor: /* @__PURE__ */ optional(/* @__PURE__ */ Union2(String$, Number$)),
  cause: /* @__PURE__ */ optional(Defect)
})) {
  /**
   * @since 1.0.0
   */
  [TypeId18] = TypeId18;
  /**
   * @since 1.0.0
   */
  get message() {
    return `${this.reason}: ${this.module}.${this.method}${this.pathOrDescriptor !== void 0 ? ` (${this.pathOrDescriptor})` : ""}${this.description ? `: ${this.description}` : ""}`;
  }
};

// node_modules/@effect/platform/dist/esm/internal/httpClientError.js
var TypeId19 = /* @__PURE__ */ Symbol.for("@effect/platform/HttpClientError");

// node_modules/@effect/platform/dist/esm/HttpClientError.js
var TypeId20 = TypeId19, isHttpClientError = (u) => hasProperty(u, TypeId20), RequestError = class extends (/* @__PURE__ */ TypeIdError(TypeId20, "RequestError")) {
  get methodAndUrl() {
    return `${this.request.method} ${this.request.url}`;
  }
  get message() {
    return this.description ? `${this.reason}: ${this.description} (${this.methodAndUrl})` : `${this.reason} error (${this.methodAndUrl})`;
  }
}, ResponseError = class extends (/* @__PURE__ */ TypeIdError(TypeId20, "ResponseError")) {
  get methodAndUrl() {
    return `${this.request.method} ${this.request.url}`;
  }
  get message() {
    let info = `${this.response.status} ${this.methodAndUrl}`;
    return this.description ? `${this.reason}: ${this.description} (${info})` : `${this.reason} error (${info})`;
  }
};

// node_modules/@effect/platform/dist/esm/Cookies.js
var TypeId21 = /* @__PURE__ */ Symbol.for("@effect/platform/Cookies"), isCookies = (u) => hasProperty(u, TypeId21), CookieTypeId = /* @__PURE__ */ Symbol.for("@effect/platform/Cookies/Cookie");
var Proto4 = {
  [TypeId21]: TypeId21,
  ...BaseProto,
  toJSON() {
    return {
      _id: "@effect/platform/Cookies",
      cookies: map3(this.cookies, (cookie) => cookie.toJSON())
    };
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
}, fromReadonlyRecord = (cookies) => {
  let self = Object.create(Proto4);
  return self.cookies = cookies, self;
}, fromIterable12 = (cookies) => {
  let record2 = {};
  for (let cookie of cookies)
    record2[cookie.name] = cookie;
  return fromReadonlyRecord(record2);
}, fromSetCookie = (headers) => {
  let arrayHeaders = typeof headers == "string" ? [headers] : headers, cookies = [];
  for (let header of arrayHeaders) {
    let cookie = parseSetCookie(header.trim());
    isSome2(cookie) && cookies.push(cookie.value);
  }
  return fromIterable12(cookies);
};
function parseSetCookie(header) {
  let parts2 = header.split(";").map((_) => _.trim()).filter((_) => _ !== "");
  if (parts2.length === 0)
    return none2();
  let firstEqual = parts2[0].indexOf("=");
  if (firstEqual === -1)
    return none2();
  let name = parts2[0].slice(0, firstEqual);
  if (!cookieNameRegExp.test(name))
    return none2();
  let valueEncoded = parts2[0].slice(firstEqual + 1), value3 = tryDecodeURIComponent(valueEncoded);
  if (parts2.length === 1)
    return some2(Object.assign(Object.create(CookieProto), {
      name,
      value: value3,
      valueEncoded
    }));
  let options3 = {};
  for (let i = 1; i < parts2.length; i++) {
    let part = parts2[i], equalIndex = part.indexOf("="), key = equalIndex === -1 ? part : part.slice(0, equalIndex).trim(), value4 = equalIndex === -1 ? void 0 : part.slice(equalIndex + 1).trim();
    switch (key.toLowerCase()) {
      case "domain": {
        if (value4 === void 0)
          break;
        let domain = value4.trim().replace(/^\./, "");
        domain && (options3.domain = domain);
        break;
      }
      case "expires": {
        if (value4 === void 0)
          break;
        let date = new Date(value4);
        isNaN(date.getTime()) || (options3.expires = date);
        break;
      }
      case "max-age": {
        if (value4 === void 0)
          break;
        let maxAge = parseInt(value4, 10);
        isNaN(maxAge) || (options3.maxAge = seconds(maxAge));
        break;
      }
      case "path": {
        if (value4 === void 0)
          break;
        value4[0] === "/" && (options3.path = value4);
        break;
      }
      case "priority": {
        if (value4 === void 0)
          break;
        switch (value4.toLowerCase()) {
          case "low":
            options3.priority = "low";
            break;
          case "medium":
            options3.priority = "medium";
            break;
          case "high":
            options3.priority = "high";
            break;
        }
        break;
      }
      case "httponly": {
        options3.httpOnly = !0;
        break;
      }
      case "secure": {
        options3.secure = !0;
        break;
      }
      case "partitioned": {
        options3.partitioned = !0;
        break;
      }
      case "samesite": {
        if (value4 === void 0)
          break;
        switch (value4.toLowerCase()) {
          case "lax":
            options3.sameSite = "lax";
            break;
          case "strict":
            options3.sameSite = "strict";
            break;
          case "none":
            options3.sameSite = "none";
            break;
        }
        break;
      }
    }
  }
  return some2(Object.assign(Object.create(CookieProto), {
    name,
    value: value3,
    valueEncoded,
    options: Object.keys(options3).length > 0 ? options3 : void 0
  }));
}
var cookieNameRegExp = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
var CookieProto = {
  [CookieTypeId]: CookieTypeId,
  ...BaseProto,
  toJSON() {
    return {
      _id: "@effect/platform/Cookies/Cookie",
      name: this.name,
      value: this.value,
      options: this.options
    };
  }
};
var get15 = /* @__PURE__ */ dual((args2) => isCookies(args2[0]), (self, name) => get(self.cookies, name));
var tryDecodeURIComponent = (str) => {
  try {
    return decodeURIComponent(str);
  } catch {
    return str;
  }
};

// node_modules/@effect/platform/dist/esm/UrlParams.js
var fromInput3 = (input) => {
  let parsed = fromInputNested(input), out = [];
  for (let i = 0; i < parsed.length; i++)
    if (Array.isArray(parsed[i][0])) {
      let [keys6, value3] = parsed[i];
      out.push([`${keys6[0]}[${keys6.slice(1).join("][")}]`, value3]);
    } else
      out.push(parsed[i]);
  return out;
}, fromInputNested = (input) => {
  let entries2 = Symbol.iterator in input ? fromIterable(input) : Object.entries(input), out = [];
  for (let [key, value3] of entries2)
    if (Array.isArray(value3))
      for (let i = 0; i < value3.length; i++)
        value3[i] !== void 0 && out.push([key, String(value3[i])]);
    else if (typeof value3 == "object") {
      let nested2 = fromInputNested(value3);
      for (let [k, v] of nested2)
        out.push([[key, ...typeof k == "string" ? [k] : k], v]);
    } else value3 !== void 0 && out.push([key, String(value3)]);
  return out;
};
var empty31 = [];
var setAll4 = /* @__PURE__ */ dual(2, (self, input) => {
  let out = fromInput3(input), keys6 = /* @__PURE__ */ new Set();
  for (let i = 0; i < out.length; i++)
    keys6.add(out[i][0]);
  for (let i = 0; i < self.length; i++)
    keys6.has(self[i][0]) || out.push(self[i]);
  return out;
});
var makeUrl = (url, params, hash2) => {
  try {
    let urlInstance = new URL(url, baseUrl());
    for (let i = 0; i < params.length; i++) {
      let [key, value3] = params[i];
      value3 !== void 0 && urlInstance.searchParams.append(key, value3);
    }
    return hash2._tag === "Some" && (urlInstance.hash = hash2.value), right2(urlInstance);
  } catch (e) {
    return left2(e);
  }
}, toString = (self) => new URLSearchParams(self).toString(), baseUrl = () => {
  if ("location" in globalThis && globalThis.location !== void 0 && globalThis.location.origin !== void 0 && globalThis.location.pathname !== void 0)
    return location.origin + location.pathname;
};

// node_modules/@effect/platform/dist/esm/HttpIncomingMessage.js
var TypeId22 = /* @__PURE__ */ Symbol.for("@effect/platform/HttpIncomingMessage");
var inspect = (self, that) => {
  let contentType = self.headers["content-type"] ?? "", body;
  if (contentType.includes("application/json"))
    try {
      body = runSync(self.json);
    } catch {
    }
  else if (contentType.includes("text/") || contentType.includes("urlencoded"))
    try {
      body = runSync(self.text);
    } catch {
    }
  let obj = {
    ...that,
    headers: redact(self.headers),
    remoteAddress: self.remoteAddress.toJSON()
  };
  return body !== void 0 && (obj.body = body), obj;
};

// node_modules/@effect/platform/dist/esm/HttpTraceContext.js
var toHeaders = (span2) => unsafeFromRecord({
  b3: `${span2.traceId}-${span2.spanId}-${span2.sampled ? "1" : "0"}${span2.parent._tag === "Some" ? `-${span2.parent.value.spanId}` : ""}`,
  traceparent: `00-${span2.traceId}-${span2.spanId}-${span2.sampled ? "01" : "00"}`
});

// node_modules/@effect/platform/dist/esm/internal/httpBody.js
var TypeId23 = /* @__PURE__ */ Symbol.for("@effect/platform/HttpBody");
var BodyBase = class {
  [TypeId23];
  constructor() {
    this[TypeId23] = TypeId23;
  }
  [NodeInspectSymbol]() {
    return this.toJSON();
  }
  toString() {
    return format(this);
  }
}, EmptyImpl = class extends BodyBase {
  _tag = "Empty";
  toJSON() {
    return {
      _id: "@effect/platform/HttpBody",
      _tag: "Empty"
    };
  }
}, empty32 = /* @__PURE__ */ new EmptyImpl();
var Uint8ArrayImpl = class extends BodyBase {
  body;
  contentType;
  _tag = "Uint8Array";
  constructor(body, contentType) {
    super(), this.body = body, this.contentType = contentType;
  }
  get contentLength() {
    return this.body.length;
  }
  toJSON() {
    return {
      _id: "@effect/platform/HttpBody",
      _tag: "Uint8Array",
      body: this.contentType.startsWith("text/") || this.contentType.endsWith("json") ? new TextDecoder().decode(this.body) : `Uint8Array(${this.body.length})`,
      contentType: this.contentType,
      contentLength: this.contentLength
    };
  }
}, uint8Array = (body, contentType) => new Uint8ArrayImpl(body, contentType ?? "application/octet-stream"), encoder = /* @__PURE__ */ new TextEncoder(), text = (body, contentType) => uint8Array(encoder.encode(body), contentType ?? "text/plain"), unsafeJson = (body, contentType) => text(JSON.stringify(body), contentType ?? "application/json");

// node_modules/@effect/platform/dist/esm/internal/httpClientRequest.js
var TypeId24 = /* @__PURE__ */ Symbol.for("@effect/platform/HttpClientRequest"), Proto5 = {
  [TypeId24]: TypeId24,
  ...BaseProto,
  toJSON() {
    return {
      _id: "@effect/platform/HttpClientRequest",
      method: this.method,
      url: this.url,
      urlParams: this.urlParams,
      hash: this.hash,
      headers: redact(this.headers),
      body: this.body.toJSON()
    };
  },
  pipe() {
    return pipeArguments(this, arguments);
  }
};
function makeInternal(method, url, urlParams, hash2, headers, body) {
  let self = Object.create(Proto5);
  return self.method = method, self.url = url, self.urlParams = urlParams, self.hash = hash2, self.headers = headers, self.body = body, self;
}
var empty33 = /* @__PURE__ */ makeInternal("GET", "", empty31, /* @__PURE__ */ none2(), empty30, empty32), make48 = (method) => (url, options3) => modify5(empty33, {
  method,
  url,
  ...options3 ?? void 0
}), get16 = /* @__PURE__ */ make48("GET"), post = /* @__PURE__ */ make48("POST"), put = /* @__PURE__ */ make48("PUT"), patch9 = /* @__PURE__ */ make48("PATCH"), del = /* @__PURE__ */ make48("DELETE"), head5 = /* @__PURE__ */ make48("HEAD"), options = /* @__PURE__ */ make48("OPTIONS"), modify5 = /* @__PURE__ */ dual(2, (self, options3) => {
  let result = self;
  return options3.method && (result = setMethod(result, options3.method)), options3.url && (result = setUrl(result, options3.url)), options3.headers && (result = setHeaders(result, options3.headers)), options3.urlParams && (result = setUrlParams(result, options3.urlParams)), options3.hash && (result = setHash(result, options3.hash)), options3.body && (result = setBody(result, options3.body)), options3.accept && (result = accept(result, options3.accept)), options3.acceptJson && (result = acceptJson(result)), result;
}), setHeader = /* @__PURE__ */ dual(3, (self, key, value3) => makeInternal(self.method, self.url, self.urlParams, self.hash, set7(self.headers, key, value3), self.body)), setHeaders = /* @__PURE__ */ dual(2, (self, input) => makeInternal(self.method, self.url, self.urlParams, self.hash, setAll3(self.headers, input), self.body)), stringOrRedacted = (value3) => typeof value3 == "string" ? value3 : value2(value3);
var bearerToken = /* @__PURE__ */ dual(2, (self, token) => setHeader(self, "Authorization", `Bearer ${stringOrRedacted(token)}`)), accept = /* @__PURE__ */ dual(2, (self, mediaType) => setHeader(self, "Accept", mediaType)), acceptJson = /* @__PURE__ */ accept("application/json"), setMethod = /* @__PURE__ */ dual(2, (self, method) => makeInternal(method, self.url, self.urlParams, self.hash, self.headers, self.body)), setUrl = /* @__PURE__ */ dual(2, (self, url) => {
  if (typeof url == "string")
    return makeInternal(self.method, url, self.urlParams, self.hash, self.headers, self.body);
  let clone2 = new URL(url.toString()), urlParams = fromInput3(clone2.searchParams), hash2 = clone2.hash ? some2(clone2.hash.slice(1)) : none2();
  return clone2.search = "", clone2.hash = "", makeInternal(self.method, clone2.toString(), urlParams, hash2, self.headers, self.body);
});
var prependUrl = /* @__PURE__ */ dual(2, (self, url) => makeInternal(self.method, url.endsWith("/") && self.url.startsWith("/") ? url + self.url.slice(1) : url + self.url, self.urlParams, self.hash, self.headers, self.body));
var setUrlParams = /* @__PURE__ */ dual(2, (self, input) => makeInternal(self.method, self.url, setAll4(self.urlParams, input), self.hash, self.headers, self.body)), setHash = /* @__PURE__ */ dual(2, (self, hash2) => makeInternal(self.method, self.url, self.urlParams, some2(hash2), self.headers, self.body));
var setBody = /* @__PURE__ */ dual(2, (self, body) => {
  let headers = self.headers;
  if (body._tag === "Empty" || body._tag === "FormData")
    headers = remove7(headers, ["Content-type", "Content-length"]);
  else {
    let contentType = body.contentType;
    contentType && (headers = set7(headers, "content-type", contentType));
    let contentLength = body.contentLength;
    contentLength && (headers = set7(headers, "content-length", contentLength.toString()));
  }
  return makeInternal(self.method, self.url, self.urlParams, self.hash, headers, body);
});
var bodyUnsafeJson = /* @__PURE__ */ dual(2, (self, body) => setBody(self, unsafeJson(body)));
var bodyUrlParams = /* @__PURE__ */ dual(2, (self, body) => setBody(self, text(toString(fromInput3(body)), "application/x-www-form-urlencoded")));

// node_modules/@effect/platform/dist/esm/internal/httpClientResponse.js
var TypeId25 = /* @__PURE__ */ Symbol.for("@effect/platform/HttpClientResponse"), fromWeb = (request, source) => new ClientResponseImpl(request, source), ClientResponseImpl = class extends Class {
  request;
  source;
  [TypeId22];
  [TypeId25];
  constructor(request, source) {
    super(), this.request = request, this.source = source, this[TypeId22] = TypeId22, this[TypeId25] = TypeId25;
  }
  toJSON() {
    return inspect(this, {
      _id: "@effect/platform/HttpClientResponse",
      request: this.request.toJSON(),
      status: this.status
    });
  }
  get status() {
    return this.source.status;
  }
  get headers() {
    return fromInput2(this.source.headers);
  }
  cachedCookies;
  get cookies() {
    return this.cachedCookies ? this.cachedCookies : this.cachedCookies = fromSetCookie(this.source.headers.getSetCookie());
  }
  get remoteAddress() {
    return none2();
  }
  get stream() {
    return this.source.body ? fromReadableStream2(() => this.source.body, (cause2) => new ResponseError({
      request: this.request,
      response: this,
      reason: "Decode",
      cause: cause2
    })) : fail12(new ResponseError({
      request: this.request,
      response: this,
      reason: "EmptyBody",
      description: "can not create stream from empty body"
    }));
  }
  get json() {
    return tryMap2(this.text, {
      try: (text2) => text2 === "" ? null : JSON.parse(text2),
      catch: (cause2) => new ResponseError({
        request: this.request,
        response: this,
        reason: "Decode",
        cause: cause2
      })
    });
  }
  textBody;
  get text() {
    return this.textBody ??= tryPromise2({
      try: () => this.source.text(),
      catch: (cause2) => new ResponseError({
        request: this.request,
        response: this,
        reason: "Decode",
        cause: cause2
      })
    }).pipe(cached3, runSync);
  }
  get urlParamsBody() {
    return flatMap9(this.text, (_) => try_3({
      try: () => fromInput3(new URLSearchParams(_)),
      catch: (cause2) => new ResponseError({
        request: this.request,
        response: this,
        reason: "Decode",
        cause: cause2
      })
    }));
  }
  formDataBody;
  get formData() {
    return this.formDataBody ??= tryPromise2({
      try: () => this.source.formData(),
      catch: (cause2) => new ResponseError({
        request: this.request,
        response: this,
        reason: "Decode",
        cause: cause2
      })
    }).pipe(cached3, runSync);
  }
  arrayBufferBody;
  get arrayBuffer() {
    return this.arrayBufferBody ??= tryPromise2({
      try: () => this.source.arrayBuffer(),
      catch: (cause2) => new ResponseError({
        request: this.request,
        response: this,
        reason: "Decode",
        cause: cause2
      })
    }).pipe(cached3, runSync);
  }
};

// node_modules/@effect/platform/dist/esm/internal/httpClient.js
var ATTR_HTTP_REQUEST_HEADER = (key) => `http.request.header.${key}`, ATTR_HTTP_REQUEST_METHOD = "http.request.method", ATTR_HTTP_RESPONSE_HEADER = (key) => `http.response.header.${key}`, ATTR_HTTP_RESPONSE_STATUS_CODE = "http.response.status_code", ATTR_SERVER_ADDRESS = "server.address", ATTR_SERVER_PORT = "server.port", ATTR_URL_FULL = "url.full", ATTR_URL_PATH = "url.path", ATTR_URL_SCHEME = "url.scheme", ATTR_URL_QUERY = "url.query", TypeId26 = /* @__PURE__ */ Symbol.for("@effect/platform/HttpClient"), tag = /* @__PURE__ */ GenericTag("@effect/platform/HttpClient"), currentTracerDisabledWhen = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("@effect/platform/HttpClient/tracerDisabledWhen"), () => unsafeMake8(constFalse)), withTracerDisabledWhen = /* @__PURE__ */ dual(2, (self, pred) => transformResponse(self, locally(currentTracerDisabledWhen, pred))), currentTracerPropagation = /* @__PURE__ */ globalValue(/* @__PURE__ */ Symbol.for("@effect/platform/HttpClient/currentTracerPropagation"), () => unsafeMake8(!0));
var SpanNameGenerator = /* @__PURE__ */ Reference2()("@effect/platform/HttpClient/SpanNameGenerator", {
  defaultValue: () => (request) => `http.client ${request.method}`
});
var ClientProto = {
  [TypeId26]: TypeId26,
  pipe() {
    return pipeArguments(this, arguments);
  },
  ...BaseProto,
  toJSON() {
    return {
      _id: "@effect/platform/HttpClient"
    };
  },
  get(url, options3) {
    return this.execute(get16(url, options3));
  },
  head(url, options3) {
    return this.execute(head5(url, options3));
  },
  post(url, options3) {
    return this.execute(post(url, options3));
  },
  put(url, options3) {
    return this.execute(put(url, options3));
  },
  patch(url, options3) {
    return this.execute(patch9(url, options3));
  },
  del(url, options3) {
    return this.execute(del(url, options3));
  },
  options(url, options3) {
    return this.execute(options(url, options3));
  }
};
var makeWith = (postprocess, preprocess) => {
  let self = Object.create(ClientProto);
  return self.preprocess = preprocess, self.postprocess = postprocess, self.execute = function(request) {
    return postprocess(preprocess(request));
  }, self;
}, responseRegistry = /* @__PURE__ */ globalValue("@effect/platform/HttpClient/responseRegistry", () => {
  if ("FinalizationRegistry" in globalThis && globalThis.FinalizationRegistry) {
    let registry = new FinalizationRegistry((controller) => {
      controller.abort();
    });
    return {
      register(response, controller) {
        registry.register(response, controller, response);
      },
      unregister(response) {
        registry.unregister(response);
      }
    };
  }
  let timers = /* @__PURE__ */ new Map();
  return {
    register(response, controller) {
      timers.set(response, setTimeout(() => controller.abort(), 5e3));
    },
    unregister(response) {
      let timer = timers.get(response);
      timer !== void 0 && (clearTimeout(timer), timers.delete(response));
    }
  };
}), scopedRequests = /* @__PURE__ */ globalValue("@effect/platform/HttpClient/scopedRequests", () => /* @__PURE__ */ new WeakMap()), make49 = (f) => makeWith((effect3) => flatMap9(effect3, (request) => withFiberRuntime2((fiber) => {
  let scopedController = scopedRequests.get(request), controller = scopedController ?? new AbortController(), urlResult = makeUrl(request.url, request.urlParams, request.hash);
  if (urlResult._tag === "Left")
    return fail6(new RequestError({
      request,
      reason: "InvalidUrl",
      cause: urlResult.left
    }));
  let url = urlResult.right;
  if (!fiber.getFiberRef(currentTracerEnabled2) || fiber.getFiberRef(currentTracerDisabledWhen)(request)) {
    let effect4 = f(request, url, controller.signal, fiber);
    return scopedController ? effect4 : uninterruptibleMask3((restore) => matchCauseEffect3(restore(effect4), {
      onSuccess(response) {
        return responseRegistry.register(response, controller), succeed7(new InterruptibleResponse(response, controller));
      },
      onFailure(cause2) {
        return isInterrupted2(cause2) && controller.abort(), failCause6(cause2);
      }
    }));
  }
  let nameGenerator = get6(fiber.currentContext, SpanNameGenerator);
  return useSpan2(nameGenerator(request), {
    kind: "client",
    captureStackTrace: !1
  }, (span2) => {
    span2.attribute(ATTR_HTTP_REQUEST_METHOD, request.method), span2.attribute(ATTR_SERVER_ADDRESS, url.origin), url.port !== "" && span2.attribute(ATTR_SERVER_PORT, +url.port), span2.attribute(ATTR_URL_FULL, url.toString()), span2.attribute(ATTR_URL_PATH, url.pathname), span2.attribute(ATTR_URL_SCHEME, url.protocol.slice(0, -1));
    let query = url.search.slice(1);
    query !== "" && span2.attribute(ATTR_URL_QUERY, query);
    let redactedHeaderNames = fiber.getFiberRef(currentRedactedNames), redactedHeaders = redact2(request.headers, redactedHeaderNames);
    for (let name in redactedHeaders)
      span2.attribute(ATTR_HTTP_REQUEST_HEADER(name), String(redactedHeaders[name]));
    return request = fiber.getFiberRef(currentTracerPropagation) ? setHeaders(request, toHeaders(span2)) : request, uninterruptibleMask3((restore) => restore(f(request, url, controller.signal, fiber)).pipe(withParentSpan2(span2), matchCauseEffect3({
      onSuccess: (response) => {
        span2.attribute(ATTR_HTTP_RESPONSE_STATUS_CODE, response.status);
        let redactedHeaders2 = redact2(response.headers, redactedHeaderNames);
        for (let name in redactedHeaders2)
          span2.attribute(ATTR_HTTP_RESPONSE_HEADER(name), String(redactedHeaders2[name]));
        return scopedController ? succeed7(response) : (responseRegistry.register(response, controller), succeed7(new InterruptibleResponse(response, controller)));
      },
      onFailure(cause2) {
        return !scopedController && isInterrupted2(cause2) && controller.abort(), failCause6(cause2);
      }
    })));
  });
})), succeed7), InterruptibleResponse = class {
  original;
  controller;
  constructor(original, controller) {
    this.original = original, this.controller = controller;
  }
  [TypeId25] = TypeId25;
  [TypeId22] = TypeId22;
  applyInterrupt(effect3) {
    return suspend4(() => (responseRegistry.unregister(this.original), onInterrupt2(effect3, () => sync4(() => {
      this.controller.abort();
    }))));
  }
  get request() {
    return this.original.request;
  }
  get status() {
    return this.original.status;
  }
  get headers() {
    return this.original.headers;
  }
  get cookies() {
    return this.original.cookies;
  }
  get remoteAddress() {
    return this.original.remoteAddress;
  }
  get formData() {
    return this.applyInterrupt(this.original.formData);
  }
  get text() {
    return this.applyInterrupt(this.original.text);
  }
  get json() {
    return this.applyInterrupt(this.original.json);
  }
  get urlParamsBody() {
    return this.applyInterrupt(this.original.urlParamsBody);
  }
  get arrayBuffer() {
    return this.applyInterrupt(this.original.arrayBuffer);
  }
  get stream() {
    return suspend8(() => (responseRegistry.unregister(this.original), ensuring6(this.original.stream, sync4(() => {
      this.controller.abort();
    }))));
  }
  toJSON() {
    return this.original.toJSON();
  }
  [NodeInspectSymbol]() {
    return this.original[NodeInspectSymbol]();
  }
};
var {
  /** @internal */
  del: del2,
  /** @internal */
  execute: execute2,
  /** @internal */
  get: get17,
  /** @internal */
  head: head6,
  /** @internal */
  options: options2,
  /** @internal */
  patch: patch10,
  /** @internal */
  post: post2,
  /** @internal */
  put: put2
} = /* @__PURE__ */ serviceFunctions2(tag);
var transformResponse = /* @__PURE__ */ dual(2, (self, f) => {
  let client = self;
  return makeWith((request) => f(client.postprocess(request)), client.preprocess);
});
var mapRequestEffect = /* @__PURE__ */ dual(2, (self, f) => {
  let client = self;
  return makeWith(client.postprocess, (request) => flatMap9(client.preprocess(request), f));
});
var layerMergedContext = (effect3) => effect(tag, flatMap9(context3(), (context5) => map17(effect3, (client) => transformResponse(client, mapInputContext2((input) => merge3(context5, input))))));

// node_modules/@effect/platform/dist/esm/internal/fetchHttpClient.js
var fetchTagKey = "@effect/platform/FetchHttpClient/Fetch", requestInitTagKey = "@effect/platform/FetchHttpClient/FetchOptions", fetch = /* @__PURE__ */ make49((request, url, signal, fiber) => {
  let context5 = fiber.getFiberRef(currentContext2), fetch2 = context5.unsafeMap.get(fetchTagKey) ?? globalThis.fetch, options3 = context5.unsafeMap.get(requestInitTagKey) ?? {}, headers = options3.headers ? merge8(fromInput2(options3.headers), request.headers) : request.headers;
  headers["content-length"] && (headers = remove7(headers, "content-length"));
  let send = (body) => map17(tryPromise2({
    try: () => fetch2(url, {
      ...options3,
      method: request.method,
      headers,
      body,
      duplex: request.body._tag === "Stream" ? "half" : void 0,
      signal
    }),
    catch: (cause2) => new RequestError({
      request,
      reason: "Transport",
      cause: cause2
    })
  }), (response) => fromWeb(request, response));
  switch (request.body._tag) {
    case "Raw":
    case "Uint8Array":
      return send(request.body.body);
    case "FormData":
      return send(request.body.formData);
    case "Stream":
      return flatMap9(toReadableStreamEffect2(request.body.stream), send);
  }
  return send(void 0);
}), layer = /* @__PURE__ */ layerMergedContext(/* @__PURE__ */ succeed7(fetch));

// node_modules/@effect/platform/dist/esm/FetchHttpClient.js
var layer2 = layer;

// node_modules/@effect/platform/dist/esm/HttpClient.js
var HttpClient = tag;
var makeWith2 = makeWith;
var transformResponse2 = transformResponse;
var mapRequestEffect2 = mapRequestEffect;
var withTracerDisabledWhen2 = withTracerDisabledWhen;

// src/internal/time.ts
var utcAt = (millis2) => {
  let date = new Date(millis2);
  return Number.isNaN(date.getTime()) ? none2() : some2(unsafeFromDate2(date));
}, isoAt = (millis2) => {
  let date = new Date(millis2);
  return Number.isNaN(date.getTime()) ? `${millis2} ms after the epoch` : date.toISOString();
};

// src/AccessToken.ts
var Claims = /* @__PURE__ */ Struct({
  iat: optional(Number$),
  exp: optional(Number$)
}), parseClaims = (json2) => {
  let payload = getOrUndefined(try_(() => JSON.parse(json2)));
  if (typeof payload != "object" || payload === null || Array.isArray(payload)) return none2();
  let exp = Reflect.get(payload, "exp"), iat = Reflect.get(payload, "iat");
  return exp !== void 0 && typeof exp != "number" || iat !== void 0 && typeof iat != "number" ? none2() : some2({
    ...typeof exp == "number" ? { exp } : {},
    ...typeof iat == "number" ? { iat } : {}
  });
}, readClaims = (jwt) => {
  let parts2 = value2(jwt).split("."), payload = parts2[1];
  return parts2.length !== 3 || payload === void 0 ? none2() : flatMap(decodeBase64Url(payload), parseClaims);
}, base64Url = /^[A-Za-z0-9_-]*={0,2}$/, utf8 = new TextDecoder("utf-8", { fatal: !0 }), nonAscii = /[^\x00-\x7f]/, decodeBase64Url = (segment) => {
  if (!base64Url.test(segment)) return none2();
  let bare = segment.replace(/=+$/, ""), base64 = bare.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(bare.length / 4) * 4, "=");
  return getRight2(try_(() => {
    let binary = atob(base64);
    return nonAscii.test(binary) ? utf8.decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))) : binary;
  }));
}, maxLength = 16 * 1024, b64token = /^[A-Za-z0-9\-._~+/]+=*$/, bearerProblem = (value3) => {
  let text2 = value2(value3);
  return text2.length === 0 ? some2("the access token is empty") : text2.length > maxLength ? some2(`the access token is longer than ${maxLength} characters`) : b64token.test(text2) ? none2() : some2("the access token has characters a bearer token cannot hold");
}, AccessToken = class extends Class {
  constructor(value3, type, receivedAt, expiresAt) {
    super();
    this.value = value3;
    this.type = type;
    this.receivedAt = receivedAt;
    this.expiresAt = expiresAt;
  }
  value;
  type;
  receivedAt;
  expiresAt;
  /**
   * Shows the token type only: no value, no claim, no instant derived from one.
   *
   * @since 0.2.0
   */
  toJSON() {
    return { _id: "AccessToken", type: this.type, value: "<redacted>" };
  }
}, make50 = (value3, type, receivedAt) => {
  let expiresAtMillis = flatMap(readClaims(value3), ({ exp, iat }) => exp === void 0 || !Number.isFinite(exp) ? none2() : iat !== void 0 && Number.isFinite(iat) ? exp > iat ? some2(receivedAt + (exp - iat) * 1e3) : none2() : exp * 1e3 > receivedAt ? some2(exp * 1e3) : none2());
  return new AccessToken(
    value3,
    type,
    unsafeFromDate2(new Date(receivedAt)),
    flatMap(filter(expiresAtMillis, Number.isSafeInteger), utcAt)
  );
}, lifetime = (token) => map2(
  token.expiresAt,
  (at) => millis(toEpochMillis2(at) - toEpochMillis2(token.receivedAt))
);

// src/Credential.ts
var constructors = taggedEnum(), ApiKey = constructors.ApiKey, Password = constructors.Password, Sso = constructors.Sso, Jwt = constructors.Jwt, first2 = (candidates) => firstSomeOf(candidates), secrets = (credential2) => {
  switch (credential2._tag) {
    case "ApiKey":
      return [credential2.apiKey];
    case "Password":
      return [credential2.password];
    case "Sso":
      return [credential2.idToken];
    case "Jwt":
      return [credential2.token];
  }
};

// src/RefreshPolicy.ts
var make51 = (options3 = {}) => ({
  refreshAhead: decode(options3.refreshAhead ?? "5 minutes"),
  fallbackLifetime: decode(options3.fallbackLifetime ?? "10 minutes"),
  retryInterval: decode(options3.retryInterval ?? "10 seconds"),
  unauthorizedCooldown: decode(options3.unauthorizedCooldown ?? "5 seconds")
}), defaultPolicy = /* @__PURE__ */ make51(), timing = (policy, token) => {
  let received = toEpochMillis2(token.receivedAt), lifetime2 = getOrElse2(
    map2(lifetime(token), toMillis),
    () => toMillis(policy.fallbackLifetime)
  ), ahead = Math.min(toMillis(policy.refreshAhead), lifetime2 / 2);
  return { refreshAt: received + lifetime2 - ahead, expiresAt: received + lifetime2 };
};

// src/RetryPolicy.ts
var transientStatuses = [408, 429, 500, 502, 503, 504], fullJitter = (options3) => {
  let cap = toMillis(options3.maxDelay);
  return exponential3(options3.baseDelay).pipe(
    modifyDelayEffect2(
      (_, delay2) => map17(next2, (r) => millis(r * Math.min(cap, toMillis(delay2))))
    )
  );
}, retryStatuses = (statuses) => (error) => error._tag === "GalileoTransportError" && error.reason !== "OffBaseUrl" || error._tag === "GalileoHttpError" && statuses.includes(error.status), make52 = (options3 = {}) => ({
  schedule: options3.schedule ?? intersect6(
    fullJitter({ baseDelay: options3.baseDelay ?? "150 millis", maxDelay: options3.maxDelay ?? "4 seconds" }),
    recurs2(options3.maxRetries ?? 3)
  ),
  retryable: options3.retryable ?? retryStatuses(options3.retryableStatuses ?? transientStatuses),
  attemptTimeout: decode(options3.attemptTimeout ?? "10 seconds"),
  deadline: decode(options3.deadline ?? "30 seconds")
}), defaultPolicy2 = /* @__PURE__ */ make52();
var withoutRetries = (policy) => ({ ...policy, schedule: stop2 });

// src/internal/config.ts
var defaultBaseUrl = "https://api.galileo.ai", defaultPathPrefix = "/v1", defaultMaxResponseBytes = 1024 * 1024, maxSecretBytes = 4096, optionNames = {
  apiKey: "apiKey",
  username: "username",
  password: "password",
  ssoIdToken: "ssoIdToken",
  ssoProvider: "ssoProvider",
  jwt: "jwt",
  baseUrl: "baseUrl",
  tlsCaCert: "tls.caCertPath",
  tlsClientCert: "tls.clientCertPath",
  tlsClientKey: "tls.clientKeyPath"
}, controlCharacters = /[\u0000-\u001f\u007f-\u009f]/, secretProblem = (value3) => {
  if (value3.length === 0) return some2("is empty");
  if (value3.trim().length === 0) return some2("is blank (only whitespace)");
  if (controlCharacters.test(value3)) return some2("contains control characters");
  if (value3.trim() !== value3) return some2("has leading or trailing whitespace");
  let bytes = new TextEncoder().encode(value3);
  return bytes.length > maxSecretBytes ? some2(`is longer than ${maxSecretBytes} bytes`) : new TextDecoder().decode(bytes) !== value3 ? some2("is not valid Unicode text") : none2();
}, isLoopbackHost = (hostname) => hostname === "localhost" || hostname.endsWith(".localhost") || hostname === "[::1]" || hostname === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname), normalizeBaseUrl = (raw, allowInsecureHttp) => {
  let url = URL.canParse(raw) ? new URL(raw) : void 0;
  return url === void 0 ? left2("is not a valid absolute URL") : url.protocol !== "https:" && url.protocol !== "http:" ? left2("must use https:// (or http:// on loopback)") : url.username !== "" || url.password !== "" ? left2("must not contain credentials") : url.search !== "" || url.hash !== "" ? left2("must not have a query or a fragment") : url.protocol === "http:" && !allowInsecureHttp && !isLoopbackHost(url.hostname) ? left2("uses plain http:// to a host that is not loopback; use https:// or allow insecure http") : right2(url.href.replace(/\/+$/, ""));
}, apiUrlFromConsoleUrl = (consoleUrl) => {
  let trimmed = consoleUrl.trim().replace(/\/+$/, "");
  if (!URL.canParse(trimmed)) return trimmed;
  let url = new URL(trimmed);
  if (isLoopbackHost(url.hostname)) return trimmed;
  let host = url.hostname === "app.galileo.ai" ? "api.galileo.ai" : url.hostname.replace("console", "api");
  return trimmed.replace(url.hostname, host);
}, invalid = (name, problem) => InvalidData2([name], `${name} ${problem}`), checkSecret = (name, value3) => match2(flatMap(value3, (v) => secretProblem(value2(v))), {
  onNone: () => right2(value3),
  onSome: (problem) => left2(invalid(name, problem))
}), isJwt = (token) => isSome2(readClaims(token)) && isNone2(bearerProblem(token)), pair = (a, b, names) => isSome2(a) && isSome2(b) ? right2(some2([a.value, b.value])) : isSome2(a) ? left2(MissingData2([names[1]], `${names[1]} is not set (${names[0]} is)`)) : isSome2(b) ? left2(MissingData2([names[0]], `${names[0]} is not set (${names[1]} is)`)) : right2(none2()), decodeProvider = liftPredicate((s) => SsoProvider.literals.some((p) => p === s)), credential = (options3, names) => gen(function* () {
  let apiKey = yield* checkSecret(names.apiKey, fromNullable(options3.apiKey)), password = yield* checkSecret(names.password, fromNullable(options3.password)), idToken = yield* checkSecret(names.ssoIdToken, fromNullable(options3.ssoIdToken)), jwt = yield* checkSecret(names.jwt, fromNullable(options3.jwt)), login = yield* pair(fromNullable(options3.username), password, [names.username, names.password]), sso = yield* pair(idToken, fromNullable(options3.ssoProvider), [names.ssoIdToken, names.ssoProvider]);
  if (isSome2(sso) && !isJwt(sso.value[0]))
    return yield* left2(invalid(names.ssoIdToken, "is not a JWT (header.payload.signature)"));
  let provider = yield* match2(sso, {
    onNone: () => right2(none2()),
    onSome: ([, raw]) => match2(decodeProvider(raw.trim().toLowerCase()), {
      onNone: () => left2(invalid(names.ssoProvider, `must be one of ${SsoProvider.literals.join(", ")}`)),
      onSome: (p) => right2(some2(p))
    })
  });
  if (isSome2(jwt) && isSome2(bearerProblem(jwt.value)))
    return yield* left2(invalid(names.jwt, "is not a valid bearer token"));
  let chosen = first2([
    map2(apiKey, (k) => ApiKey({ apiKey: k })),
    map2(login, ([username, p]) => Password({ username, password: p })),
    flatMap(sso, ([t]) => map2(provider, (p) => Sso({ idToken: t, provider: p }))),
    map2(jwt, (t) => Jwt({ token: t }))
  ]);
  return yield* match2(chosen, {
    onNone: () => left2(
      MissingData2(
        [names.apiKey],
        `${names.apiKey} is not set (nor another credential: ${names.username} + ${names.password}, ${names.ssoIdToken} + ${names.ssoProvider}, or ${names.jwt})`
      )
    ),
    onSome: right2
  });
}), tls = (options3, names) => {
  let t = options3.tls;
  if (t === void 0) return right2(none2());
  if (t.clientKeyPath !== void 0 && t.clientCertPath === void 0)
    return left2(
      MissingData2([names.tlsClientCert], `${names.tlsClientCert} is not set (a client key is)`)
    );
  if (t.clientCertPath !== void 0 && t.clientKeyPath === void 0)
    return left2(
      MissingData2([names.tlsClientKey], `${names.tlsClientKey} is not set (a client certificate is)`)
    );
  let empty34 = t.caCertPath === void 0 && t.caCert === void 0 && t.clientCertPath === void 0 && t.rejectUnauthorized !== !1;
  return right2(empty34 ? none2() : some2({ ...t, names }));
}, resolve = (options3, names = optionNames) => gen(function* () {
  let chosen = yield* credential(options3, names), prefix = (options3.pathPrefix ?? defaultPathPrefix).replace(/^\/*/, "/").replace(/\/+$/, "");
  if (!/^[A-Za-z0-9/_.-]*$/.test(prefix)) return yield* left2(invalid("pathPrefix", "must be a plain URL path"));
  let maxResponseBytes = options3.maxResponseBytes ?? defaultMaxResponseBytes;
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes < 1024)
    return yield* left2(invalid("maxResponseBytes", "must be a whole number of at least 1024"));
  let rawBase = options3.baseUrl ?? (options3.consoleUrl === void 0 ? defaultBaseUrl : apiUrlFromConsoleUrl(options3.consoleUrl)), baseUrl2 = yield* mapLeft(
    normalizeBaseUrl(rawBase, options3.allowInsecureHttp ?? !1),
    (problem) => invalid(names.baseUrl, problem)
  ), tlsSettings = yield* tls(options3, names);
  return {
    baseUrl: baseUrl2,
    pathPrefix: prefix,
    apiUrl: `${baseUrl2}${prefix}`,
    credential: chosen,
    retryPolicy: options3.retryPolicy ?? defaultPolicy2,
    refreshPolicy: options3.refreshPolicy ?? defaultPolicy,
    maxResponseBytes,
    retryNonIdempotent: options3.retryNonIdempotent ?? !1,
    propagateTracing: options3.propagateTracing ?? !1,
    tracing: options3.tracing ?? !0,
    tls: tlsSettings
  };
});

// src/GalileoConfig.ts
var GalileoConfig = class extends Tag2("galileo-effect/GalileoConfig")() {
};
var make53 = (options3) => resolve(options3), layer3 = (options3) => effect(GalileoConfig, make53(options3));

// node_modules/@effect/platform/dist/esm/HttpClientRequest.js
var post3 = post;
var setHeader2 = setHeader, setHeaders2 = setHeaders;
var bearerToken2 = bearerToken;
var acceptJson2 = acceptJson, setUrl2 = setUrl, prependUrl2 = prependUrl;
var bodyUnsafeJson2 = bodyUnsafeJson;
var bodyUrlParams2 = bodyUrlParams;

// src/GalileoError.ts
var RequestInfo = {
  method: optional(String$),
  path: optional(String$)
}, where = (self) => self.method === void 0 || self.path === void 0 ? "" : ` (${self.method} ${self.path})`, formatValidationError = (error) => error.loc.length === 0 ? error.msg : `${error.loc.join(".")}: ${error.msg}`, GalileoValidationError = class extends TaggedError2()("GalileoValidationError", {
  status: Number$,
  detail: Array$(ValidationError),
  description: optional(String$),
  ...RequestInfo
}) {
  get message() {
    let problems = this.detail.map(formatValidationError).join("; "), text2 = problems !== "" ? problems : this.description ?? "no detail given";
    return `Galileo rejected the request${where(this)} with ${this.status}: ${text2}`;
  }
}, GalileoUnauthorized = class extends TaggedError2()("GalileoUnauthorized", {
  status: Number$,
  detail: String$,
  ...RequestInfo
}) {
  get message() {
    return `Galileo refused the credentials${where(this)} with ${this.status}: ${this.detail}`;
  }
}, GalileoHttpError = class extends TaggedError2()("GalileoHttpError", {
  status: Number$,
  body: String$,
  retryAfter: optional(DurationFromSelf),
  ...RequestInfo
}) {
  get message() {
    let after3 = this.retryAfter === void 0 ? "" : ` (retry after ${format2(this.retryAfter)})`, body = this.body === "" ? "" : `: ${this.body}`;
    return `Galileo answered HTTP ${this.status}${where(this)}${after3}${body}`;
  }
}, GalileoDecodeError = class extends TaggedError2()("GalileoDecodeError", {
  status: Number$,
  reason: String$,
  ...RequestInfo
}) {
  get message() {
    return `Galileo answered ${this.status}${where(this)} with an unreadable body: ${this.reason}`;
  }
}, GalileoTransportError = class extends TaggedError2()("GalileoTransportError", {
  reason: Literal2("Transport", "Timeout", "OffBaseUrl"),
  description: String$,
  ...RequestInfo
}) {
  get message() {
    return `Galileo ${this.reason === "OffBaseUrl" ? "was not sent" : `could not be reached (${this.reason})`}${where(this)}: ${this.description}`;
  }
}, GalileoCredentialExpired = class extends TaggedError2()(
  "GalileoCredentialExpired",
  { credential: String$, description: String$ }
) {
  get message() {
    return `The ${this.credential} credential has expired: ${this.description}`;
  }
};

// src/internal/response.ts
var readOptions = (config) => ({
  maxBytes: config.maxResponseBytes,
  secrets: secrets(config.credential)
}), maxExcerptLength = 512, requestInfo = (request) => ({
  method: request.method,
  path: pathOf(request.url)
}), pathOf = (url) => {
  let scheme = url.indexOf("://"), start3 = scheme < 0 ? 0 : url.indexOf("/", scheme + 3);
  if (start3 < 0) return "/";
  let end3 = url.slice(start3).search(/[?#]/);
  return end3 < 0 ? url.slice(start3) : url.slice(start3, start3 + end3);
}, utf82 = new TextDecoder(), fromBytes = (bytes, maxBytes) => ({
  text: utf82.decode(bytes.length > maxBytes ? bytes.subarray(0, maxBytes) : bytes),
  truncated: bytes.length > maxBytes
}), readCapped = (response, maxBytes) => {
  let length3 = Number(response.headers["content-length"] ?? Number.NaN);
  return Number.isSafeInteger(length3) && length3 <= maxBytes ? map17(response.arrayBuffer, (buffer2) => fromBytes(new Uint8Array(buffer2), maxBytes)) : response.stream.pipe(
    runFoldWhile2(
      { chunks: empty2(), size: 0 },
      (acc) => acc.size <= maxBytes,
      (acc, chunk2) => ({ chunks: append2(acc.chunks, chunk2), size: acc.size + chunk2.length })
    ),
    map17(({ chunks: chunks2, size: size11 }) => {
      let bytes = new Uint8Array(size11);
      return reduce2(chunks2, 0, (offset, chunk2) => (bytes.set(chunk2, offset), offset + chunk2.length)), fromBytes(bytes, maxBytes);
    })
  );
}, jwtLike = /eyJ[\w-]*\.[\w-]+\.[\w-]*/g, escape2 = (text2) => text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), scrub = (text2, secrets2) => secrets2.reduce((acc, secret) => {
  let value3 = value2(secret);
  return value3 === "" ? acc : value3.length >= 8 ? acc.split(value3).join("<redacted>") : acc.replace(new RegExp(`(?<![\\w-])${escape2(value3)}(?![\\w-])`, "g"), "<redacted>");
}, text2).replace(jwtLike, "<redacted>"), excerpt = (text2, secrets2) => {
  let line = scrub(text2, secrets2).replace(/\s+/g, " ").trim();
  return line.length > maxExcerptLength ? `${line.slice(0, maxExcerptLength - 1)}\u2026` : line;
}, parseRetryAfter = (header, now2) => {
  let value3 = header.trim();
  if (/^\d+$/.test(value3)) return some2(seconds(Number(value3)));
  if (!/[a-z]/i.test(value3)) return none2();
  let date = Date.parse(value3);
  return Number.isNaN(date) ? none2() : some2(millis(Math.max(0, date - now2)));
}, parseJson = (text2) => getRight2(try_(() => JSON.parse(text2))), decodeErrorBody = decodeUnknownOption(ErrorBody), scrubDetail = (detail, secrets2) => detail.map((e) => ({
  loc: e.loc.map((part) => typeof part == "string" ? scrub(part, secrets2) : part),
  msg: scrub(e.msg, secrets2),
  type: e.type
})), toError = (response, options3) => gen3(function* () {
  let body = yield* orElseSucceed2(
    readCapped(response, options3.maxBytes),
    () => ({ text: "", truncated: !0 })
  ), status2 = response.status, where2 = requestInfo(response.request), parsed = body.truncated ? none2() : flatMap(parseJson(body.text), decodeErrorBody), detail = flatMap(parsed, (b) => fromNullable(b.detail));
  if (status2 === 422 && isSome2(detail))
    return typeof detail.value == "string" ? new GalileoValidationError({
      status: status2,
      detail: [],
      description: excerpt(detail.value, options3.secrets),
      ...where2
    }) : new GalileoValidationError({ status: status2, detail: scrubDetail(detail.value, options3.secrets), ...where2 });
  if (status2 === 401 || status2 === 403) {
    let text2 = match2(detail, {
      onNone: () => body.text === "" ? "Not authenticated" : body.text,
      onSome: (d) => typeof d == "string" ? d : d.map((e) => e.msg).join("; ")
    });
    return new GalileoUnauthorized({ status: status2, detail: excerpt(text2, options3.secrets), ...where2 });
  }
  let now2 = yield* currentTimeMillis2, retryAfter = flatMap(fromNullable(response.headers["retry-after"]), (h) => parseRetryAfter(h, now2));
  return new GalileoHttpError({
    status: status2,
    body: excerpt(body.text, options3.secrets),
    ...match2(retryAfter, { onNone: () => ({}), onSome: (d) => ({ retryAfter: d }) }),
    ...where2
  });
}), ensureOk = (options3) => (response) => response.status >= 200 && response.status < 300 ? succeed7(response) : flip2(toError(response, options3)), issueText = (issue) => {
  let at = issue.path.length === 0 ? "the body" : issue.path.join(".");
  switch (issue._tag) {
    case "Missing":
      return `${at} is missing`;
    case "Type":
      return `${at} has the wrong type`;
    case "Unexpected":
      return `${at} is not expected`;
    default:
      return `${at} is not valid`;
  }
}, describeParseError = (error) => ArrayFormatter.formatErrorSync(error).map(issueText).join("; "), decode2 = (schema, options3) => {
  let decodeBody = decodeUnknown2(schema, { errors: "all" });
  return (response) => {
    let status2 = response.status;
    if (status2 < 200 || status2 >= 300) return flip2(toError(response, options3));
    let where2 = requestInfo(response.request);
    return readCapped(response, options3.maxBytes).pipe(
      mapError2((e) => fromHttpClientError(e, options3.secrets)),
      flatMap9((body) => body.truncated ? fail6(
        new GalileoDecodeError({ status: status2, reason: `the body is larger than ${options3.maxBytes} bytes`, ...where2 })
      ) : match2(parseJson(body.text), {
        onNone: () => fail6(new GalileoDecodeError({ status: status2, reason: "the body is not JSON", ...where2 })),
        onSome: (json2) => mapError2(
          decodeBody(json2),
          (error) => new GalileoDecodeError({ status: status2, reason: describeParseError(error), ...where2 })
        )
      }))
    );
  };
}, authorizationValue = /(Bearer|Basic)\s+\S+/gi, fromHttpClientError = (error, secrets2) => {
  let cause2 = error.cause instanceof Error ? [error.cause.message, error.cause.cause instanceof Error ? error.cause.cause.message : ""].filter((m) => m !== "").join(": ") : error.reason, what = error._tag === "ResponseError" ? "the connection failed while reading the answer" : "the request failed", description = scrub(`${what}: ${cause2}`, secrets2).replace(authorizationValue, "$1 <redacted>");
  return new GalileoTransportError({ reason: "Transport", description, ...requestInfo(error.request) });
};

// src/internal/retry.ts
var liveClock = make25().constructor, inScope = (self, scope4) => uninterruptibleMask3(
  (restore) => flatMap9(
    forkIn2(interruptible4(self), scope4),
    (fiber) => onInterrupt2(restore(join3(fiber)), () => interrupt5(fiber))
  )
), withTimeout = (self, budget, describe, where2, clock3, scope4) => {
  let timeout3 = () => new GalileoTransportError({ reason: "Timeout", description: describe(), ...where2 }), bound = { duration: millis(Math.max(0, budget)), onTimeout: timeout3 }, live = clock3.constructor === liveClock && budget <= 2 ** 31 - 1;
  return !live && scope4 === void 0 ? timeoutFail2(self, bound) : uninterruptibleMask3(
    (restore) => flatMap9(
      scope4 === void 0 ? fork3(restore(self)) : forkIn2(interruptible4(self), scope4),
      (child) => live ? restore(async2((resume2) => {
        let settled2 = !1, timer = setTimeout(() => {
          settled2 || (settled2 = !0, resume2(zipRight3(interrupt5(child), fail6(timeout3()))));
        }, budget);
        return child.addObserver((exit4) => {
          settled2 || (settled2 = !0, clearTimeout(timer), resume2(exit4));
        }), zipRight3(sync4(() => clearTimeout(timer)), interrupt5(child));
      })) : onExit3(
        // the wait is interruptible, so the timeout can end it whatever the caller's region
        restore(timeoutFail2(interruptible4(join3(child)), bound)),
        (exit4) => isSuccess(exit4) ? _void : interrupt5(child)
      )
    )
  );
}, nextDelay = (policy, error, state, deadlineAt) => flatMap9(
  currentTimeMillis2,
  (now2) => map17(policy.schedule.step(now2, error, state), ([next3, , decision]) => {
    if (isDone4(decision)) return;
    let scheduled = Math.max(0, start2(decision.intervals) - now2), delay2 = Math.floor(
      error._tag === "GalileoHttpError" && error.retryAfter !== void 0 ? toMillis(error.retryAfter) : scheduled
    );
    return now2 + delay2 >= deadlineAt ? void 0 : [next3, delay2];
  })
), retry5 = (policy, where2, attempt, scope4) => clockWith4((clock3) => {
  let start3 = clock3.unsafeCurrentTimeMillis(), attemptMillis = toMillis(policy.attemptTimeout), deadlineAt = start3 + toMillis(policy.deadline), loop2 = (n, state, now2) => {
    let remaining = deadlineAt - now2, describe = () => remaining < attemptMillis ? `the overall deadline of ${format2(policy.deadline)} was reached` : `no answer within ${format2(policy.attemptTimeout)}`;
    return withTimeout(attempt(n), Math.min(attemptMillis, remaining), describe, where2, clock3, scope4).pipe(
      catchAll2(
        (error) => policy.retryable(error) ? flatMap9(nextDelay(policy, error, state, deadlineAt), (next3) => next3 === void 0 ? fail6(error) : zipRight3(
          scope4 === void 0 ? sleep4(millis(next3[1])) : inScope(sleep4(millis(next3[1])), scope4),
          suspend4(() => loop2(n + 1, next3[0], clock3.unsafeCurrentTimeMillis()))
        )) : fail6(error)
      )
    );
  };
  return loop2(0, policy.schedule.initial, start3);
});

// node_modules/effect/dist/esm/DefaultServices.js
var liveServices2 = liveServices;

// src/internal/span.ts
var current = unsafeMake8(void 0), annotate = (key, value3) => flatMap9(get14(current), (span2) => sync4(() => span2?.attribute(key, value3))), nativeTracer2 = get6(liveServices2, Tracer), traced = (enabled2, name, attributes, summary5, run4, options3 = {}) => {
  if (!enabled2) return run4(void 0);
  let { annotated = !1, propagated = !1 } = options3, untraced = run4(void 0), spanOptions = { kind: "client", captureStackTrace: !1, attributes };
  return withFiberRuntime2(
    (fiber) => fiber.currentTracer === nativeTracer2 && !propagated ? untraced : flatMap9(
      makeSpan2(name, spanOptions),
      (span2) => onExit3(
        annotated ? locally(run4(span2), current, span2) : run4(span2),
        (exit4) => clockWith4((clock3) => (span2.end(
          clock3.unsafeCurrentTimeNanos(),
          mapBoth3(exit4, { onFailure: (e) => e._tag, onSuccess: summary5 })
        ), _void))
      )
    )
  );
};

// src/internal/login.ts
var paths = {
  ApiKey: "/login/api_key",
  Password: "/login",
  Sso: "/login/social",
  refresh: "/refresh_token"
}, encodeApiKey = encodeSync(ApiKeyLoginRequest), encodeSocial = encodeSync(SocialLoginRequest), loginRequest = (apiUrl, credential2) => {
  let post4 = acceptJson2(post3(`${apiUrl}${paths[credential2._tag]}`));
  switch (credential2._tag) {
    case "ApiKey":
      return bodyUnsafeJson2(post4, encodeApiKey({ api_key: credential2.apiKey }));
    case "Password":
      return bodyUrlParams2(post4, {
        username: credential2.username,
        password: value2(credential2.password)
      });
    case "Sso":
      return bodyUnsafeJson2(
        post4,
        encodeSocial({ id_token: credential2.idToken, provider: credential2.provider })
      );
  }
}, refreshCookie = (response) => map2(
  filter(get15(response.cookies, "refresh_token"), (c) => c.value !== ""),
  (c) => make41(c.value)
), issued = (read) => {
  let decodeToken = decode2(Token, read);
  return (response) => flatMap9(decodeToken(response), (token) => match2(bearerProblem(token.access_token), {
    onSome: (reason) => fail6(
      new GalileoDecodeError({ status: response.status, reason, ...requestInfo(response.request) })
    ),
    onNone: () => clockWith4(
      (clock3) => succeed7({
        token: make50(token.access_token, token.token_type, clock3.unsafeCurrentTimeMillis()),
        refreshToken: refreshCookie(response)
      })
    )
  }));
}, preIssued = (token) => flatMap9(currentTimeMillis2, (now2) => {
  let claims = readClaims(token), exp = flatMap(claims, (c) => fromNullable(c.exp));
  if (isSome2(exp) && exp.value * 1e3 <= now2)
    return fail6(
      new GalileoCredentialExpired({
        credential: "jwt",
        description: `the pre-issued JWT expired at ${isoAt(exp.value * 1e3)} and no other credential is configured to log in with`
      })
    );
  let made = make50(token, "bearer", now2), expiresAt = flatMap(exp, (e) => utcAt(e * 1e3));
  return succeed7({
    token: new AccessToken(made.value, made.type, made.receivedAt, expiresAt),
    refreshToken: none2()
  });
}), make54 = (client, config) => sync4(() => (scope4) => {
  let held = none2(), credential2 = config.credential, read = readOptions(config), decodeIssued = issued(read), exchange = (request, secrets2) => client.execute(request).pipe(
    mapError2((e) => fromHttpClientError(e, secrets2)),
    flatMap9(decodeIssued)
  ), credentialLogin = (login) => {
    let request = loginRequest(config.apiUrl, login), attempt = exchange(request, read.secrets);
    return retry5(
      config.retryPolicy,
      { method: "POST", path: requestInfo(request).path },
      () => attempt,
      scope4
    );
  }, withCredential = credential2._tag === "Jwt" ? preIssued(credential2.token) : credentialLogin(credential2), withRefreshToken = (refreshToken) => {
    let request = post3(`${config.apiUrl}${paths.refresh}`).pipe(
      acceptJson2,
      setHeader2("cookie", `refresh_token=${value2(refreshToken)}`)
    );
    return clockWith4(
      (clock3) => withTimeout(
        exchange(request, [...read.secrets, refreshToken]),
        toMillis(config.retryPolicy.attemptTimeout),
        () => `no answer to the token refresh within ${format2(config.retryPolicy.attemptTimeout)}`,
        { method: "POST", path: requestInfo(request).path },
        clock3,
        scope4
      )
    );
  }, viaCredential = map17(withCredential, (i) => [i, "credential"]), viaRefreshToken = (refreshToken) => withRefreshToken(refreshToken).pipe(
    map17((i) => [i, "refresh_token"]),
    orElse4(
      () => suspend4(() => (held = none2(), viaCredential))
    )
  ), renew = suspend4(
    () => isSome2(held) ? viaRefreshToken(held.value) : viaCredential
  );
  return traced(
    config.tracing,
    "AuthService.login",
    { "galileo.credential": credential2._tag, "galileo.api_url": config.apiUrl },
    () => "ok",
    (span2) => map17(renew, ([result, via]) => (span2?.attribute("galileo.renewal", via), span2?.attribute("galileo.token.expires", isSome2(result.token.expiresAt)), isSome2(result.refreshToken) && (held = result.refreshToken), result.token))
  );
});

// src/internal/tokenCache.ts
var minPrune = 64, Login = class {
  outcome = void 0;
  fibers = [];
  resumes = [];
  pruneAt = minPrune;
  /** Waits for the outcome (resumes at once when it is known). */
  await = async2((resume2) => {
    if (this.outcome !== void 0) return resume2(this.outcome);
    this.resumes.length >= this.pruneAt && this.prune(), this.fibers.push(getOrUndefined2(getCurrentFiber2())), this.resumes.push(resume2);
  });
  /** How many waiters are registered. */
  get waiting() {
    return this.resumes.length;
  }
  /** Resumes every waiter with `outcome`; false (and nothing done) when already completed. */
  complete(outcome) {
    if (this.outcome !== void 0) return !1;
    this.outcome = outcome;
    let resumes = this.resumes;
    this.fibers = [], this.resumes = [];
    for (let resume2 of resumes) resume2(outcome);
    return !0;
  }
  /** Drops the entries of waiters whose fiber has ended. */
  prune() {
    let fibers = [], resumes = [];
    this.resumes.forEach((resume2, i) => {
      let fiber = this.fibers[i];
      (fiber === void 0 || fiber.unsafePoll() === null) && (fibers.push(fiber), resumes.push(resume2));
    }), this.fibers = fibers, this.resumes = resumes, this.pruneAt = Math.max(minPrune, 2 * resumes.length);
  }
}, TokenEffect = class extends Class2 {
  constructor(hit, slow) {
    super();
    this.hit = hit;
    this.slow = slow;
  }
  hit;
  slow;
  commit() {
    return this.hit() ?? this.slow;
  }
  [Symbol.iterator]() {
    return new SingleShotGen(new YieldWrap(this.commit()));
  }
}, initial = {
  cached: none2(),
  inflight: none2(),
  cooldown: none2(),
  backgroundAfter: 0
}, serve = (served) => ({ served, start: none2(), background: !1 }), awaitMiss = (login) => map17(login.await, (token) => [token, "miss"]), claim = (s, served, background) => {
  let login = new Login();
  return [{ served: served(login), start: some2(login), background }, { ...s, inflight: some2(login) }];
}, decide = (now2, s) => {
  let usable = filter(s.cached, (c) => now2 < c.timing.expiresAt);
  if (isSome2(usable)) {
    let { timing: timing2, token } = usable.value, outcome = now2 < timing2.refreshAt ? "hit" : "refresh-ahead", result = succeed7([token, outcome]);
    return now2 < timing2.refreshAt || isSome2(s.inflight) || now2 < s.backgroundAfter ? [serve(result), s] : claim(s, () => result, !0);
  }
  return isSome2(s.cooldown) && now2 < s.cooldown.value.until ? [serve(fail6(s.cooldown.value.error)), s] : isSome2(s.inflight) ? [serve(awaitMiss(s.inflight.value)), s] : claim(s, awaitMiss, !1);
}, settled = (s, login, exit4, now2, policy) => {
  let base = { ...s, inflight: filter(s.inflight, (d) => d !== login) };
  if (isSuccess(exit4)) {
    let token = exit4.value, cached4 = { token, timing: timing(policy, token), hit: succeed7(token) };
    return { ...base, cached: some2(cached4), cooldown: none2() };
  }
  let unauthorized = filter(
    failureOption2(exit4.cause),
    (e) => e._tag === "GalileoUnauthorized"
  );
  return {
    ...base,
    backgroundAfter: now2 + toMillis(policy.retryInterval),
    cooldown: match2(unauthorized, {
      onNone: () => s.cooldown,
      onSome: (error) => some2({ until: now2 + toMillis(policy.unauthorizedCooldown), error })
    })
  };
}, make55 = (login, policy, runLogin) => gen3(function* () {
  let scope4 = yield* scope2, loginIn = login(scope4), current2 = initial, closed = !1, modify6 = (f) => sync4(() => {
    let [result, next3] = f(current2);
    return current2 = next3, result;
  });
  yield* addFinalizer3(
    () => fiberIdWith2(
      (id2) => sync4(() => {
        closed = !0, map2(current2.inflight, (inflight) => inflight.complete(interrupt3(id2)));
      })
    )
  );
  let services, clock3 = make25(), clockOf = (fiber) => (fiber.currentDefaultServices !== services && (services = fiber.currentDefaultServices, clock3 = get6(services, Clock)), clock3), settle = (fiber, handle, exit4) => {
    current2 = settled(current2, handle, exit4, clockOf(fiber).unsafeCurrentTimeMillis(), policy), handle.complete(exit4);
  }, launch2 = (handle) => flatMap9(
    forkIn2(
      // forked from an uninterruptible region: the login itself must stay interruptible
      interruptible4(exit3(onExit3(loginIn, (exit4) => withFiberRuntime2((fiber) => (settle(fiber, handle, exit4), _void))))),
      scope4
    ),
    (fiber) => sync4(() => fiber.addObserver((exit4) => handle.complete(flatten5(exit4))))
  ), runHere = (handle, restore) => matchCauseEffect3(restore(loginIn), {
    onSuccess: (token) => withFiberRuntime2((fiber) => {
      let exit4 = succeed3(token);
      return settle(fiber, handle, exit4), exit4;
    }),
    onFailure: (cause2) => withFiberRuntime2((fiber) => {
      let exit4 = failCause3(cause2);
      return isInterruptedOnly2(cause2) && !closed ? zipRight3(launch2(handle), exit4) : (settle(fiber, handle, exit4), exit4);
    })
  }), run4 = (decision) => uninterruptibleMask3(
    (restore) => suspend4(() => {
      let [{ background, served, start: start3 }, next3] = decision(current2);
      return current2 = next3, isNone2(start3) ? map17(restore(served), ([token]) => token) : runLogin === "caller" && !background ? runHere(start3.value, restore) : zipRight3(launch2(start3.value), map17(restore(served), ([token]) => token));
    })
  ), decideGet = withFiberRuntime2((fiber) => {
    let now2 = clockOf(fiber).unsafeCurrentTimeMillis(), s = current2, usable = isSome2(s.cached) && now2 < s.cached.value.timing.expiresAt, coolingDown = isSome2(s.cooldown) && now2 < s.cooldown.value.until;
    return !usable && !coolingDown && isSome2(s.inflight) ? s.inflight.value.await : run4((latest) => decide(now2, latest));
  }), hitNow = () => {
    let cached4 = current2.cached;
    if (isNone2(cached4)) return;
    let fiber = getCurrentFiber2();
    if (!isNone2(fiber))
      return clockOf(fiber.value).unsafeCurrentTimeMillis() < cached4.value.timing.refreshAt ? cached4.value.hit : void 0;
  }, get18 = new TokenEffect(hitNow, decideGet), refresh = run4((s) => claim(s, awaitMiss, !1));
  return { get: get18, refresh, invalidate: (rejected) => modify6(
    (s) => isSome2(s.cached) && value2(s.cached.value.token.value) === value2(rejected) ? [!0, { ...s, cached: none2() }] : [!1, s]
  ) };
});

// src/AuthService.ts
var AuthService = class extends Tag2("galileo-effect/AuthService")() {
};
var fromCache = (cache) => map17(cache, (cache2) => ({
  login: cache2.refresh,
  token: cache2.get,
  invalidate: (rejected) => cache2.invalidate(rejected instanceof AccessToken ? rejected.value : rejected)
})), make56 = gen3(
  function* () {
    let config = yield* GalileoConfig, client = withTracerDisabledWhen2(yield* HttpClient, () => !0);
    return yield* fromCache(make55(yield* make54(client, config), config.refreshPolicy, "caller"));
  }
), layer4 = scoped2(
  AuthService,
  make56
), AuthServiceTest = class extends Tag2("galileo-effect/AuthServiceTest")() {
};

// src/version.ts
var version = "0.2.0";

// src/internal/httpClient.ts
var sdkHeader = `galileo-effect/${version}`, idempotent = /* @__PURE__ */ new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]), resolveUrl = (apiUrl, request) => {
  let url = request.url;
  return /^[a-z][a-z0-9+.-]*:/i.test(url) ? url === apiUrl || url.startsWith(`${apiUrl}/`) || url.startsWith(`${apiUrl}?`) ? right2(request) : left2(
    new GalileoTransportError({
      reason: "OffBaseUrl",
      description: `refusing to send Galileo credentials outside ${apiUrl}`,
      ...requestInfo(request)
    })
  ) : right2(
    prependUrl2(setUrl2(request, `/${url.replace(/^\/+/, "")}`), apiUrl)
  );
}, sentToken = (request) => make41((request.headers.authorization ?? "").replace(/^\S+ /, "")), make57 = (config, auth, http) => {
  let read = readOptions(config), ensureOk2 = ensureOk(read), attempt = http.pipe(
    withTracerDisabledWhen2(() => !0),
    mapRequestEffect2(
      (request) => map17(auth.token, (token) => bearerToken2(request, token.value))
    ),
    // one transformation per attempt: transport errors mapped, a 401 replayed once with a fresh
    // token (the first one dropped by compare-and-swap), then status → error
    transformResponse2((execute4) => {
      let send = mapError2(
        execute4,
        (e) => isHttpClientError(e) ? fromHttpClientError(e, read.secrets) : e
      );
      return flatMap9(
        send,
        (response) => response.status === 401 ? readCapped(response, read.maxBytes).pipe(
          ignore2,
          zipRight3(auth.invalidate(sentToken(response.request))),
          zipRight3(annotate("galileo.replayed", !0)),
          zipRight3(send),
          flatMap9(ensureOk2)
        ) : ensureOk2(response)
      );
    })
  ), execute3 = (request) => {
    let where2 = requestInfo(request), policy = idempotent.has(request.method) || config.retryNonIdempotent ? config.retryPolicy : withoutRetries(config.retryPolicy);
    return traced(
      config.tracing,
      `GalileoHttpClient ${request.method}`,
      { "http.request.method": where2.method, "url.path": where2.path },
      (response) => response.status,
      (span2) => retry5(policy, where2, (n) => {
        span2?.attribute("galileo.attempt", n);
        let sent = config.propagateTracing && span2 !== void 0 ? setHeaders2(request, toHeaders(span2)) : request;
        return attempt.execute(sent);
      }).pipe(
        tap2((response) => sync4(() => span2?.attribute("http.response.status_code", response.status)))
      ),
      { annotated: !0, propagated: config.propagateTracing }
    );
  }, headers = { accept: "application/json", "x-galileo-sdk": sdkHeader }, client = makeWith2(
    (request) => flatMap9(request, execute3),
    succeed7
  ).pipe(
    mapRequestEffect2(
      (request) => map(resolveUrl(config.apiUrl, request), setHeaders2(headers))
    )
  );
  return Object.assign(client, {
    decode: (schema) => decode2(schema, read)
  });
};

// src/GalileoHttpClient.ts
var GalileoHttpClient = class extends Tag2("galileo-effect/GalileoHttpClient")() {
};
var make58 = gen3(
  function* () {
    return make57(yield* GalileoConfig, yield* AuthService, yield* HttpClient);
  }
), layer5 = effect(GalileoHttpClient, make58), getJson = (path, schema) => flatMap9(GalileoHttpClient, (client) => flatMap9(client.get(path), client.decode(schema)));

// src/Galileo.ts
var layerWith = (config, httpClient) => layer5.pipe(
  provideMerge2(layer4),
  provideMerge2(config),
  provide3(httpClient)
), withoutTls = (config) => effect(
  GalileoConfig,
  flatMap9(GalileoConfig, (service2) => match2(service2.tls, {
    onNone: () => succeed7(service2),
    onSome: (tls2) => fail6(
      Unsupported2(
        [tls2.names.tlsCaCert],
        `TLS settings (${tls2.names.tlsCaCert}, ${tls2.names.tlsClientCert}, ${tls2.names.tlsClientKey}, GALILEO_REJECT_UNAUTHORIZED) cannot be applied to the fetch client: use NodeGalileo from galileo-effect/node`
      )
    )
  }))
).pipe(provide3(config)), layer6 = (options3, httpClient) => layerWith(withoutTls(layer3(options3)), httpClient ?? layer2);

// entry.ts
var program = getJson("current_user", CurrentUser).pipe(
  provide2(layer6({ apiKey: make41("galileo-api-key"), baseUrl: "https://api.galileo.ai" }))
);
runPromise(program).then((user) => console.log(user.email));
