import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify2(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify2;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        const label2 = this.label ? ` ${this.label}` : "";
        return `break${label2};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants2) {
        this.code = optimizeExpr(this.code, names, constants2);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants2) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants2))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants2) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        if (!(super.optimizeNames(names, constants2) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants2) {
        var _a, _b;
        super.optimizeNames(names, constants2);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label2) {
        return this._leafNode(new Label(label2));
      }
      // `break` statement
      break(label2) {
        return this._leafNode(new Break(label2));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants2) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants2[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants2[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules2 = self.RULES.keywords;
      for (const key in schema) {
        if (!rules2[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules2) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules2[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath: instancePath2 }) {
      const instPath = instancePath2 ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath2, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate2 = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate2);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules2 = it.self.RULES.all;
      for (const keyword in rules2) {
        const rule = rules2[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate2 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate2 });
        validate2.errors = null;
        validate2.schema = sch.schema;
        validate2.schemaEnv = sch;
        if (sch.$async)
          validate2.$async = true;
        if (this.opts.code.source === true) {
          validate2.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate2.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate2.source)
            validate2.source.evaluated = (0, codegen_1.stringify)(validate2.evaluated);
        }
        sch.validate = validate2;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve3.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve3(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve3(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative2, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative2 = parse(serialize(relative2, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative2.scheme) {
        target.scheme = relative2.scheme;
        target.userinfo = relative2.userinfo;
        target.host = relative2.host;
        target.port = relative2.port;
        target.path = removeDotSegments(relative2.path || "");
        target.query = relative2.query;
      } else {
        if (relative2.userinfo !== void 0 || relative2.host !== void 0 || relative2.port !== void 0) {
          target.userinfo = relative2.userinfo;
          target.host = relative2.host;
          target.port = relative2.port;
          target.path = removeDotSegments(relative2.path || "");
          target.query = relative2.query;
        } else {
          if (!relative2.path) {
            target.path = base.path;
            if (relative2.query !== void 0) {
              target.query = relative2.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative2.path[0] === "/") {
              target.path = removeDotSegments(relative2.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative2.path;
              } else if (!base.path) {
                target.path = relative2.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative2.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative2.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative2.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve3,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format2) {
        if (typeof format2 == "string")
          format2 = new RegExp(format2);
        this.formats[name] = format2;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules2 = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules2) {
            const rule = rules2[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format2 = this.opts.formats[name];
        if (format2)
          this.addFormat(name, format2);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format2 = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format2, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format2, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format2}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format2}(${data}) : ${format2}(${data}))` : (0, codegen_1._)`${format2}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format2} == "function" ? ${callFormat} : ${format2}.test(${data}))`;
            return (0, codegen_1._)`${format2} && ${format2} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format2, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format2 == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format2 = [format_1.default];
    exports.default = format2;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors2 = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search2) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search2));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors2();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors2();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field2, index] of path) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field2 = path[path.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs7 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs7, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs7);
              } else {
                Object.assign(it, { key: fs7, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs7 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs7, sep: [] });
              else if (it.sep)
                this.stack.push(fs7);
              else
                Object.assign(it, { key: fs7, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors2();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors2();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/cli/main.ts
import { promises as fs6 } from "node:fs";
import { dirname as dirname3, resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/policy/load.ts
var import_ajv = __toESM(require_ajv(), 1);

// src/util/errors.ts
var ConfigError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ConfigError";
  }
};
function errorMessage(err) {
  if (err instanceof Error) return err.message;
  return String(err);
}

// src/util/hash.ts
import { createHash } from "node:crypto";
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}

// src/context/git.ts
import { execFile, spawn } from "node:child_process";
var MAX_GIT_OUTPUT = 256 * 1024 * 1024;
function git(cwd, args, options = {}) {
  return new Promise((resolve3, reject) => {
    execFile(
      "git",
      ["-c", "core.quotePath=false", "-c", "safe.directory=*", ...args],
      { cwd, encoding: "buffer", maxBuffer: MAX_GIT_OUTPUT, env: gitEnv() },
      (err, stdout, stderr) => {
        if (err && !options.allowFail) {
          const detail = Buffer.from(stderr).toString("utf8").trim().split("\n")[0] ?? "";
          reject(new ConfigError(`git ${args[0]} failed: ${detail || err.message}`));
        } else resolve3(err ? Buffer.alloc(0) : Buffer.from(stdout));
      }
    );
  });
}
function gitEnv() {
  return { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", GIT_CONFIG_NOSYSTEM: "1", LC_ALL: "C" };
}
async function resolveCommit(cwd, ref) {
  if (ref.startsWith("-")) throw new ConfigError(`invalid git ref '${ref}'`);
  const out = await git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { allowFail: true });
  const sha = out.toString("utf8").trim();
  if (!/^[0-9a-f]{40,64}$/.test(sha)) {
    throw new ConfigError(
      `git ref '${ref}' is not a commit in this repository (in a workflow, check out with 'fetch-depth: 0')`
    );
  }
  return sha;
}
async function gitDir(cwd) {
  return (await git(cwd, ["rev-parse", "--absolute-git-dir"])).toString("utf8").trim();
}
var BlobReader = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  proc;
  // Output chunks not consumed yet; joined only when a read needs them (joining on every chunk is
  // quadratic in the size of a large blob).
  chunks = [];
  size = 0;
  waiting = [];
  queue = Promise.resolve();
  /** Reads blob `oid`; the caller has already checked its size against the limits. */
  read(oid) {
    const next = this.queue.then(() => this.readOne(oid));
    this.queue = next.catch(() => void 0);
    return next;
  }
  close() {
    this.proc?.stdin.end();
    this.proc = void 0;
  }
  start() {
    const proc = spawn("git", ["-c", "safe.directory=*", "cat-file", "--batch"], { cwd: this.cwd, env: gitEnv() });
    proc.stdout.on("data", (chunk2) => {
      this.chunks.push(chunk2);
      this.size += chunk2.length;
      this.waiting.shift()?.(Buffer.alloc(0));
    });
    const fail = (err) => {
      for (const w of this.waiting.splice(0)) w(err);
    };
    proc.on("error", fail);
    proc.on("exit", () => fail(new Error("git cat-file exited")));
    proc.stdin.on("error", fail);
    return proc;
  }
  buffered() {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks, this.size)];
    return this.chunks[0];
  }
  consume(n) {
    const rest = this.buffered().subarray(n);
    this.chunks = [rest];
    this.size = rest.length;
  }
  async take(n) {
    while (this.size < n) {
      const got = await new Promise((resolve3) => this.waiting.push(resolve3));
      if (got instanceof Error) throw got;
    }
    const out = this.buffered().subarray(0, n);
    this.consume(n);
    return out;
  }
  async takeLine() {
    for (; ; ) {
      const nl = this.buffered().indexOf(10);
      if (nl >= 0) {
        const line = this.buffered().subarray(0, nl).toString("utf8");
        this.consume(nl + 1);
        return line;
      }
      const got = await new Promise((resolve3) => this.waiting.push(resolve3));
      if (got instanceof Error) throw got;
    }
  }
  async readOne(oid) {
    if (!/^[0-9a-f]{40,64}$/.test(oid)) throw new Error(`invalid object id ${oid}`);
    this.proc ??= this.start();
    this.proc.stdin.write(`${oid}
`);
    const header = await this.takeLine();
    const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (!m) throw new Error(`git cat-file: ${header}`);
    const body = Buffer.from(await this.take(Number(m[3])));
    await this.take(1);
    return body;
  }
};

// src/media/image.ts
import sharp from "sharp";

// src/media/sniff.ts
function sniffImageFormat(b) {
  const at2 = (i, ...bytes) => bytes.every((x, j) => b[i + j] === x);
  if (at2(0, 137, 80, 78, 71, 13, 10, 26, 10)) return "png";
  if (at2(0, 255, 216, 255)) return "jpeg";
  if (at2(0, 82, 73, 70, 70) && at2(8, 87, 69, 66, 80)) return "webp";
  if (at2(0, 71, 73, 70, 56)) return "gif";
  if (at2(0, 73, 73, 42, 0) || at2(0, 77, 77, 0, 42)) return "tiff";
  return void 0;
}
var EXTENSIONS = {
  png: "png",
  jpg: "jpeg",
  jpeg: "jpeg",
  jpe: "jpeg",
  webp: "webp",
  gif: "gif",
  tif: "tiff",
  tiff: "tiff"
};
function formatForExtension(ext) {
  return EXTENSIONS[ext.toLowerCase()];
}
var IMAGE_EXTENSIONS = Object.keys(EXTENSIONS);
var TEXT_EXTENSIONS = ["txt"];

// src/media/image.ts
sharp.concurrency(1);
sharp.cache(false);
async function decodeImage(bytes, extension, allowedFormats, limits) {
  const format2 = sniffImageFormat(bytes);
  if (!format2) {
    return { problem: { code: "decode-error", message: "not an image in an accepted format (unrecognised file signature)" } };
  }
  if (!allowedFormats.includes(format2)) {
    return {
      problem: {
        code: "format-not-allowed",
        message: `${format2.toUpperCase()} is not an accepted format for this dataset (${allowedFormats.join(", ")})`
      }
    };
  }
  const promised = formatForExtension(extension);
  if (promised !== format2) {
    return {
      problem: {
        code: "extension-mismatch",
        message: `the extension '.${extension}' does not match the content, which is ${format2.toUpperCase()}`,
        evidence: { extension, detected: format2 }
      }
    };
  }
  try {
    const input = sharp(bytes, { limitInputPixels: limits.max_image_pixels, failOn: "warning", animated: false });
    const meta = await input.metadata();
    const width = meta.width ?? 0;
    const height = meta.height ?? 0;
    if (width > limits.max_image_dimension || height > limits.max_image_dimension) {
      return {
        problem: {
          code: "too-many-pixels",
          message: `${width}\xD7${height} exceeds the ${limits.max_image_dimension}-pixel dimension limit`,
          evidence: { width, height }
        }
      };
    }
    if (width * height > limits.max_image_pixels) {
      return {
        problem: {
          code: "too-many-pixels",
          message: `${width}\xD7${height} = ${width * height} pixels exceeds the limit of ${limits.max_image_pixels}`,
          evidence: { width, height }
        }
      };
    }
    const pipeline = (meta.channels ?? 3) <= 2 ? input.toColourspace("b-w") : input;
    const { data, info } = await pipeline.raw({ depth: "uchar" }).toBuffer({ resolveWithObject: true });
    return {
      image: { width: info.width, height: info.height, channels: info.channels, data: new Uint8Array(data), format: format2 }
    };
  } catch (err) {
    const msg = err.message.split("\n")[0] ?? "decode failed";
    if (/pixel limit/i.test(msg)) {
      return { problem: { code: "too-many-pixels", message: `declared size exceeds the pixel limit (${msg})` } };
    }
    return { problem: { code: "decode-error", message: `cannot be decoded as ${format2.toUpperCase()}: truncated or corrupt image data` } };
  }
}
function toGray(img) {
  const n = img.width * img.height;
  const out = new Float32Array(n);
  const c = img.channels;
  for (let i = 0; i < n; i++) {
    const o = i * c;
    out[i] = c >= 3 ? 0.299 * img.data[o] + 0.587 * img.data[o + 1] + 0.114 * img.data[o + 2] : img.data[o];
  }
  return out;
}

// src/media/types.ts
function isUsable(s) {
  return s.problems.length === 0;
}

// src/util/paths.ts
import { posix } from "node:path";
function safeRepoPath(raw) {
  if (raw.length === 0 || raw.length > 4096 || raw.includes("\0") || raw.includes("\\")) return void 0;
  if (raw.startsWith("/") || /^[a-zA-Z]:/.test(raw)) return void 0;
  const norm = posix.normalize(raw);
  if (norm === "." || norm === ".." || norm.startsWith("../")) return void 0;
  return norm.replace(/\/$/, "");
}
function joinRepoPath(dir, child) {
  if (child.startsWith("/")) return void 0;
  return safeRepoPath(dir === "" || dir === "." ? child : `${dir}/${child}`);
}
function isUnder(path, dir) {
  if (dir === "" || dir === ".") return true;
  return path === dir || path.startsWith(`${dir}/`);
}
function extensionOf(path) {
  const base = posix.basename(path);
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot + 1).toLowerCase();
}

// src/embed/cache.ts
import { createHash as createHash2, randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import { join } from "node:path";
var MAGIC = Buffer.from("PGE1");
var HEADER = 8;
var TRAILER = 32;
var EmbeddingCache = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  /** Key of one sample's vector: any change of model, preprocessing (JSON) or content gives another key. */
  static key(modelId, pre, sampleSha256) {
    return createHash2("sha256").update(`poisongate-embedding-v1\0${modelId}\0${JSON.stringify(pre)}\0${sampleSha256}`).digest("hex");
  }
  file(key) {
    return join(this.dir, key.slice(0, 2), `${key}.emb`);
  }
  async get(key) {
    let bytes;
    try {
      bytes = await fs.readFile(this.file(key));
    } catch {
      return { status: "miss" };
    }
    if (bytes.length < HEADER + TRAILER || !bytes.subarray(0, 4).equals(MAGIC)) return { status: "corrupt" };
    const dim = bytes.readUInt32LE(4);
    if (bytes.length !== HEADER + dim * 4 + TRAILER) return { status: "corrupt" };
    const body = bytes.subarray(0, HEADER + dim * 4);
    const sum = createHash2("sha256").update(body).digest();
    if (!sum.equals(bytes.subarray(HEADER + dim * 4))) return { status: "corrupt" };
    const vector = new Float32Array(dim);
    Buffer.from(vector.buffer).set(bytes.subarray(HEADER, HEADER + dim * 4));
    return { status: "hit", vector };
  }
  async put(key, vector) {
    const body = Buffer.alloc(HEADER + vector.length * 4);
    MAGIC.copy(body, 0);
    body.writeUInt32LE(vector.length, 4);
    Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).copy(body, HEADER);
    const sum = createHash2("sha256").update(body).digest();
    const file = this.file(key);
    await fs.mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    await fs.writeFile(tmp, Buffer.concat([body, sum]));
    await fs.rename(tmp, file);
  }
};

// src/embed/model.ts
import { existsSync as existsSync2, promises as fs4, readFileSync as readFileSync2 } from "node:fs";
import { dirname as dirname2, join as join5 } from "node:path";

// src/context/lfs.ts
import { promises as fs2 } from "node:fs";
import { join as join2 } from "node:path";
var POINTER_MAX = 1024;
function parseLfsPointer(bytes) {
  if (bytes.length > POINTER_MAX) return void 0;
  const text = Buffer.from(bytes).toString("utf8");
  if (!text.startsWith("version https://git-lfs.github.com/spec/v1\n")) return void 0;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
  const size = /^size (\d+)$/m.exec(text)?.[1];
  if (!oid || size === void 0) return void 0;
  return { oid, size: Number(size) };
}
async function readLfsObject(gitDirectory, ptr, maxBytes) {
  if (ptr.size > maxBytes) return { status: "too-large" };
  const file = join2(gitDirectory, "lfs", "objects", ptr.oid.slice(0, 2), ptr.oid.slice(2, 4), ptr.oid);
  let bytes;
  try {
    const st = await fs2.lstat(file);
    if (!st.isFile()) return { status: "missing" };
    if (st.size > maxBytes) return { status: "too-large" };
    bytes = await fs2.readFile(file);
  } catch {
    return { status: "missing" };
  }
  const actual = sha256Hex(bytes);
  return actual === ptr.oid ? { status: "fetched", bytes } : { status: "corrupt", actual };
}

// src/context/tree.ts
import { constants, promises as fs3 } from "node:fs";
import { join as join3, relative, sep } from "node:path";
var ReadError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "ReadError";
  }
  code;
};
function byPath(a, b) {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
var GitTree = class {
  constructor(cwd, commit, side) {
    this.cwd = cwd;
    this.commit = commit;
    this.label = `${side} (${commit.slice(0, 7)})`;
    this.blobs = new BlobReader(cwd);
  }
  cwd;
  commit;
  label;
  blobs;
  entries;
  async all() {
    if (this.entries) return this.entries;
    const out = await git(this.cwd, ["ls-tree", "-r", "-z", "--long", "--full-tree", this.commit]);
    const map = /* @__PURE__ */ new Map();
    for (const rec of out.toString("utf8").split("\0")) {
      if (!rec) continue;
      const tab = rec.indexOf("	");
      const [mode, type, oid, size] = rec.slice(0, tab).split(/\s+/);
      const path = rec.slice(tab + 1);
      const kind = mode === "120000" ? "symlink" : type === "commit" ? "submodule" : type === "blob" ? "file" : "other";
      map.set(path, { path, kind, size: Number(size) || 0, oid });
    }
    this.entries = map;
    return map;
  }
  async list(dir) {
    const prefix = dir === "" || dir === "." ? "" : `${dir}/`;
    const out = [];
    for (const e of (await this.all()).values()) if (e.path.startsWith(prefix)) out.push(e);
    return out.sort(byPath);
  }
  async stat(path) {
    return (await this.all()).get(path);
  }
  async read(path, maxBytes) {
    const e = await this.stat(path);
    if (!e) throw new ReadError("missing", `${path} does not exist in ${this.label}`);
    if (e.kind === "symlink") throw new ReadError("symlink", `${path} is a symbolic link; samples must be regular files`);
    if (e.kind !== "file") throw new ReadError("not-a-file", `${path} is not a regular file (${e.kind})`);
    if (e.size > maxBytes) {
      throw new ReadError("too-large", `${path} is ${e.size} bytes, over the limit of ${maxBytes}`);
    }
    return this.blobs.read(e.oid);
  }
  close() {
    this.blobs.close();
  }
};
var FsTree = class {
  constructor(root) {
    this.root = root;
  }
  root;
  label = "working tree";
  commit = void 0;
  async list(dir) {
    const out = [];
    const walk = async (rel) => {
      let names;
      try {
        names = await fs3.readdir(join3(this.root, rel));
      } catch {
        return;
      }
      for (const name of names.sort()) {
        if (rel === "" && name === ".git") continue;
        const path = rel === "" ? name : `${rel}/${name}`;
        const st = await fs3.lstat(join3(this.root, path));
        if (st.isDirectory()) await walk(path);
        else out.push({ path, kind: st.isSymbolicLink() ? "symlink" : st.isFile() ? "file" : "other", size: st.size });
      }
    };
    const start = dir === "." ? "" : dir;
    const top = await this.stat(start);
    if (top && start !== "") out.push(top);
    else await walk(start);
    return out.sort(byPath);
  }
  async stat(path) {
    try {
      const st = await fs3.lstat(join3(this.root, path));
      if (st.isDirectory()) return void 0;
      return { path, kind: st.isSymbolicLink() ? "symlink" : st.isFile() ? "file" : "other", size: st.size };
    } catch {
      return void 0;
    }
  }
  async read(path, maxBytes) {
    const abs = join3(this.root, path);
    const link = await fs3.lstat(abs).catch(() => void 0);
    if (link?.isSymbolicLink()) throw new ReadError("symlink", `${path} is a symbolic link; samples must be regular files`);
    const real = await fs3.realpath(abs).catch(() => void 0);
    if (real === void 0) throw new ReadError("missing", `${path} does not exist in the ${this.label}`);
    const rootReal = await fs3.realpath(this.root);
    const rel = relative(rootReal, real);
    if (rel.startsWith("..") || rel.split(sep)[0] === "..") {
      throw new ReadError("outside-repo", `${path} resolves outside the repository`);
    }
    let handle;
    try {
      handle = await fs3.open(abs, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (err) {
      const code = err.code;
      if (code === "ELOOP") throw new ReadError("symlink", `${path} is a symbolic link; samples must be regular files`);
      throw new ReadError("unreadable", `${path} cannot be opened (${code ?? "error"})`);
    }
    try {
      const st = await handle.stat();
      if (!st.isFile()) throw new ReadError("not-a-file", `${path} is not a regular file`);
      if (st.size > maxBytes) throw new ReadError("too-large", `${path} is ${st.size} bytes, over the limit of ${maxBytes}`);
      const buf = Buffer.alloc(st.size);
      let off = 0;
      while (off < st.size) {
        const { bytesRead } = await handle.read(buf, off, st.size - off, off);
        if (bytesRead === 0) break;
        off += bytesRead;
      }
      return buf.subarray(0, off);
    } finally {
      await handle.close();
    }
  }
  close() {
  }
};

// src/policy/types.ts
function isTextModelPolicy(m) {
  return typeof m === "object" && "tokenizer" in m;
}

// src/policy/presets.ts
import { readFileSync, existsSync } from "node:fs";
import { dirname, join as join4 } from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join4(dir, "policies", "recommended.yml")) && existsSync(join4(dir, "package.json"))) return dir;
    dir = dirname(dir);
  }
  throw new Error("cannot find the poisongate installation folder (policies/recommended.yml)");
}
var PRESET_NAMES = ["recommended", "strict"];
function presetText(name) {
  if (!PRESET_NAMES.includes(name)) throw new Error(`unknown preset '${name}'`);
  return readFileSync(join4(packageRoot(), "policies", `${name}.yml`), "utf8");
}

// src/embed/model.ts
var ModelError = class extends ConfigError {
  constructor(message) {
    super(message);
    this.name = "ModelError";
  }
};
var DEFAULT_MODEL_DESCRIPTOR = "models/mobilenet-v2.json";
var MAX_MODEL_BYTES = 1024 * 1024 * 1024;
var PIXELS_PREPROCESSING = {
  width: 16,
  height: 16,
  channels: 3,
  layout: "NHWC",
  scale: 1 / 255,
  mean: [],
  std: []
};
var DEFAULT_BATCH = 32;
function fromPolicy(m, source) {
  const [height, width] = m.input.size;
  return {
    kind: "onnx",
    path: m.path,
    source,
    sha256: m.sha256.toLowerCase(),
    inputName: m.input.name,
    outputName: m.output,
    pre: {
      width,
      height,
      channels: m.input.channels,
      layout: m.input.layout,
      scale: m.input.scale ?? 1,
      mean: m.input.mean ?? [],
      std: m.input.std ?? []
    },
    batchSize: m.batch_size ?? DEFAULT_BATCH
  };
}
function bundledSpec() {
  let root;
  try {
    root = packageRoot();
  } catch (err) {
    throw new ModelError(`the bundled default model cannot be located: ${errorMessage(err)}`);
  }
  const file = join5(root, DEFAULT_MODEL_DESCRIPTOR);
  if (!existsSync2(file)) {
    throw new ModelError(
      `model 'default' needs the bundled backbone descriptor ${DEFAULT_MODEL_DESCRIPTOR}, which this installation does not contain; name the team's own ONNX model in the policy or use 'pixels'`
    );
  }
  let parsed;
  try {
    parsed = JSON.parse(readFileSync2(file, "utf8"));
  } catch (err) {
    throw new ModelError(`${DEFAULT_MODEL_DESCRIPTOR} is not valid JSON: ${errorMessage(err)}`);
  }
  const ok = typeof parsed?.path === "string" && /^[0-9a-f]{64}$/i.test(parsed.sha256 ?? "") && typeof parsed.input?.name === "string" && Array.isArray(parsed.input?.size) && typeof parsed.output === "string";
  if (!ok) throw new ModelError(`${DEFAULT_MODEL_DESCRIPTOR} lacks path, sha256, input.name, input.size or output`);
  return fromPolicy(parsed, "bundled");
}
function resolveModel(dataset) {
  const m = dataset.model ?? "default";
  if (m === "pixels") return { kind: "pixels", pre: PIXELS_PREPROCESSING, batchSize: 256 };
  if (m === "default") return bundledSpec();
  if (m === "ngrams" || isTextModelPolicy(m)) throw new ModelError(`dataset ${dataset.name}: a text model cannot embed images`);
  return fromPolicy(m, "repository");
}
async function readModelBytes(spec, tree, gitDirectory) {
  if (spec.source === "bundled") {
    const root = packageRoot();
    const file = [join5(root, spec.path), join5(root, dirname2(DEFAULT_MODEL_DESCRIPTOR), spec.path)].find((f) => existsSync2(f));
    try {
      if (!file) throw Object.assign(new Error("not found"), { code: "ENOENT" });
      return await fs4.readFile(file);
    } catch (err) {
      throw new ModelError(`bundled model ${spec.path} cannot be read: ${err.code ?? errorMessage(err)}`);
    }
  }
  return readRepositoryFile(spec.path, "model", tree, gitDirectory, MAX_MODEL_BYTES);
}
async function readRepositoryFile(path, what, tree, gitDirectory, maxBytes) {
  if (!safeRepoPath(path)) throw new ModelError(`${what} path '${path}' is not a repo-relative path`);
  let bytes;
  try {
    bytes = await tree.read(path, maxBytes);
  } catch (err) {
    const why = err instanceof ReadError ? err.message : errorMessage(err);
    throw new ModelError(`${what} ${path} cannot be read from ${tree.label}: ${why}`);
  }
  const pointer = parseLfsPointer(bytes);
  if (!pointer) return bytes;
  const content = gitDirectory ? await readLfsObject(gitDirectory, pointer, maxBytes) : { status: "missing" };
  if (content.status === "fetched") return content.bytes;
  throw new ModelError(
    content.status === "missing" ? `${what} ${path} is a Git LFS pointer whose content was not fetched: set 'lfs: true' on actions/checkout (or run 'git lfs pull')` : `${what} ${path}: Git LFS content is ${content.status === "too-large" ? "over the size limit" : "corrupt (does not match its pointer)"}`
  );
}

// src/embed/onnx.ts
import { availableParallelism } from "node:os";
import ort from "onnxruntime-node";

// src/embed/preprocess.ts
import sharp2 from "sharp";
function tensorSize(pre) {
  return pre.width * pre.height * pre.channels;
}
function matchChannels(img, channels) {
  const n = img.width * img.height;
  if (channels === 1) {
    if (img.channels === 1) return img.data;
    const gray = toGray(img);
    const out2 = new Uint8Array(n);
    for (let i = 0; i < n; i++) out2[i] = Math.round(gray[i]);
    return out2;
  }
  const out = new Uint8Array(n * 3);
  const c = img.channels;
  for (let i = 0; i < n; i++) {
    const o = i * c;
    if (c >= 3) {
      out[i * 3] = img.data[o];
      out[i * 3 + 1] = img.data[o + 1];
      out[i * 3 + 2] = img.data[o + 2];
    } else {
      const g = img.data[o];
      out[i * 3] = g;
      out[i * 3 + 1] = g;
      out[i * 3 + 2] = g;
    }
  }
  return out;
}
async function resize(pixels, width, height, channels, pre) {
  if (width === pre.width && height === pre.height) return pixels;
  const out = await sharp2(pixels, { raw: { width, height, channels } }).resize(pre.width, pre.height, { fit: "fill", kernel: "lanczos3" }).raw({ depth: "uchar" }).toBuffer();
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
async function toTensor(img, pre, out) {
  const pixels = await resize(matchChannels(img, pre.channels), img.width, img.height, pre.channels, pre);
  const size = tensorSize(pre);
  const tensor = out ?? new Float32Array(size);
  const plane = pre.width * pre.height;
  const c = pre.channels;
  for (let ch = 0; ch < c; ch++) {
    const mean = pre.mean.length === 0 ? 0 : pre.mean[ch] ?? pre.mean[0];
    const std = pre.std.length === 0 ? 1 : pre.std[ch] ?? pre.std[0];
    for (let i = 0; i < plane; i++) {
      const v = (pixels[i * c + ch] * pre.scale - mean) / std;
      tensor[pre.layout === "NCHW" ? ch * plane + i : i * c + ch] = v;
    }
  }
  return tensor;
}

// src/embed/onnx.ts
function ortThreads() {
  const env = Number(process.env["POISONGATE_ORT_THREADS"]);
  return Number.isInteger(env) && env > 0 ? env : Math.min(4, availableParallelism());
}
function checkInputShape(spec, meta) {
  if (!meta || !meta.isTensor) return;
  const shape = meta.shape;
  if (meta.type !== "float32") {
    throw new ModelError(`model ${spec.path}: input '${spec.inputName}' is ${meta.type}, but poisongate feeds float32`);
  }
  if (shape.length !== 4) {
    throw new ModelError(`model ${spec.path}: input '${spec.inputName}' has rank ${shape.length}; an image model takes [N, C, H, W] or [N, H, W, C]`);
  }
  const p = spec.pre;
  const want = p.layout === "NCHW" ? [p.channels, p.height, p.width] : [p.height, p.width, p.channels];
  const got = shape.slice(1);
  for (let i = 0; i < 3; i++) {
    const g = got[i];
    if (typeof g === "number" && g > 0 && g !== want[i]) {
      throw new ModelError(
        `model ${spec.path}: input '${spec.inputName}' is [${shape.join(", ")}], but the policy declares ${p.layout} with ${p.channels} channel(s) at ${p.height}\xD7${p.width}`
      );
    }
  }
}
var OnnxEmbedder = class {
  constructor(session2, spec, fixedBatch) {
    this.session = session2;
    this.spec = spec;
    this.fixedBatch = fixedBatch;
    this.id = `${spec.sha256}:${spec.inputName}:${spec.outputName}`;
    this.pre = spec.pre;
    this.batchSize = fixedBatch ?? spec.batchSize;
  }
  session;
  spec;
  fixedBatch;
  id;
  pre;
  batchSize;
  async embed(batch, n) {
    const p = this.pre;
    const run = this.fixedBatch ?? n;
    const size = tensorSize(p);
    let data = batch.subarray(0, n * size);
    if (run > n) {
      data = new Float32Array(run * size);
      data.set(batch.subarray(0, n * size));
    }
    const dims = p.layout === "NCHW" ? [run, p.channels, p.height, p.width] : [run, p.height, p.width, p.channels];
    const input = new ort.Tensor("float32", data, dims);
    let result;
    try {
      result = await this.session.run({ [this.spec.inputName]: input }, [this.spec.outputName]);
    } catch (err) {
      throw new ModelError(`model ${this.spec.path} failed to run: ${errorMessage(err)}`);
    }
    const out = result[this.spec.outputName];
    if (!out || out.type !== "float32") {
      throw new ModelError(`model ${this.spec.path}: output '${this.spec.outputName}' is ${out?.type ?? "missing"}, expected float32 features`);
    }
    const values = out.data;
    if (out.dims[0] !== run || values.length % run !== 0 || values.length === 0) {
      throw new ModelError(`model ${this.spec.path}: output '${this.spec.outputName}' has shape [${out.dims.join(", ")}] for a batch of ${run}`);
    }
    const dim = values.length / run;
    return { dim, data: values.slice(0, n * dim) };
  }
  async release() {
    await this.session.release();
  }
};
function verifyPin(bytes, path, pinned, what) {
  const actual = sha256Hex(bytes);
  if (actual !== pinned) {
    throw new ModelError(
      `${what} ${path}: sha256 ${actual} does not match the pinned ${pinned}; the file changed since it was pinned. Review the ${what}, then update the pin in the policy.`
    );
  }
}
async function createSession(bytes, path, threads) {
  try {
    return await ort.InferenceSession.create(bytes, {
      intraOpNumThreads: threads ?? ortThreads(),
      interOpNumThreads: 1,
      executionMode: "sequential",
      graphOptimizationLevel: "all"
    });
  } catch (err) {
    throw new ModelError(`model ${path} is not an ONNX model this runtime can load: ${errorMessage(err).split("\n")[0]}`);
  }
}
function describeNames(names) {
  return names.length === 0 ? "none" : names.join(", ");
}
async function openOnnxEmbedder(spec, bytes, opts = {}) {
  verifyPin(bytes, spec.path, spec.sha256, "model");
  const session2 = await createSession(bytes, spec.path, opts.threads);
  if (!session2.inputNames.includes(spec.inputName)) {
    await session2.release();
    throw new ModelError(`model ${spec.path} has no input '${spec.inputName}' (inputs: ${describeNames(session2.inputNames)})`);
  }
  if (!session2.outputNames.includes(spec.outputName)) {
    await session2.release();
    throw new ModelError(`model ${spec.path} has no output '${spec.outputName}' (outputs: ${describeNames(session2.outputNames)})`);
  }
  const meta = session2.inputMetadata[session2.inputNames.indexOf(spec.inputName)];
  try {
    checkInputShape(spec, meta);
  } catch (err) {
    await session2.release();
    throw err;
  }
  const batchDim = meta?.isTensor ? meta.shape[0] : void 0;
  return new OnnxEmbedder(session2, spec, typeof batchDim === "number" && batchDim > 0 ? batchDim : void 0);
}

// src/embed/pipeline.ts
function limiter(n) {
  let active = 0;
  const waiting = [];
  return async (fn) => {
    if (active >= n) await new Promise((resolve3) => waiting.push(resolve3));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}
function imageEncoder(embedder) {
  const size = tensorSize(embedder.pre);
  const input = new Float32Array(embedder.batchSize * size);
  return {
    id: embedder.id,
    pre: embedder.pre,
    batchSize: embedder.batchSize,
    prepare: (img) => toTensor(img, embedder.pre),
    run: (tensors) => {
      tensors.forEach((t, j) => input.set(t, j * size));
      return embedder.embed(input, tensors.length);
    },
    release: () => embedder.release()
  };
}
function embedSources(embedder, sources, opts) {
  return embedAll(
    imageEncoder(embedder),
    sources.map((s) => ({ sha256: () => s.sha256(), content: () => s.image() })),
    opts
  );
}
async function embedAll(encoder2, sources, opts) {
  const started = Date.now();
  const n = sources.length;
  const batch = encoder2.batchSize;
  const window = batch * 2;
  const stats = { samples: n, cacheHits: 0, cacheCorrupt: 0, embedded: 0, problems: 0, inferenceMs: 0, wallMs: 0 };
  const vectors = new Array(n);
  const problems = new Array(n);
  const limit = limiter(Math.max(1, opts.concurrency));
  const cache2 = encoder2.cacheable === false ? void 0 : opts.cache;
  const prepare = async (src) => {
    let key;
    let corrupt = false;
    if (cache2) {
      const sha = await src.sha256();
      if (typeof sha !== "string") return sha;
      key = EmbeddingCache.key(encoder2.id, encoder2.pre, sha);
      const hit = await cache2.get(key);
      if (hit.status === "hit") return { vector: hit.vector };
      corrupt = hit.status === "corrupt";
    }
    const content = await src.content();
    if (isProblem(content)) return content;
    return { input: await encoder2.prepare(content), ...key ? { key } : {}, corrupt };
  };
  const prepared = new Array(n);
  let startedUpTo = 0;
  const ensure = (upTo) => {
    for (; startedUpTo < Math.min(n, upTo); startedUpTo++) {
      const src = sources[startedUpTo];
      prepared[startedUpTo] = limit(() => prepare(src));
    }
  };
  let dim = 0;
  const writes = [];
  let pos = 0;
  while (pos < n) {
    const members = [];
    const inputs = [];
    while (pos < n && members.length < batch) {
      ensure(pos + window);
      const r = await prepared[pos];
      prepared[pos] = void 0;
      if ("vector" in r) {
        vectors[pos] = r.vector;
        stats.cacheHits++;
      } else if ("problem" in r) {
        problems[pos] = r.problem;
        stats.problems++;
      } else {
        inputs.push(r.input);
        members.push({ index: pos, ...r.key ? { key: r.key } : {} });
        if (r.corrupt) stats.cacheCorrupt++;
      }
      pos++;
    }
    if (members.length === 0) continue;
    ensure(pos + window);
    const t = Date.now();
    const out = await encoder2.run(inputs);
    stats.inferenceMs += Date.now() - t;
    dim = out.dim;
    members.forEach((m, j) => {
      const v = out.data.slice(j * out.dim, (j + 1) * out.dim);
      vectors[m.index] = v;
      if (cache2 && m.key) writes.push(cache2.put(m.key, v));
    });
    stats.embedded += members.length;
  }
  await Promise.allSettled(writes);
  if (dim === 0) dim = vectors.find((v) => v)?.length ?? 0;
  for (const v of vectors) {
    if (v && v.length !== dim) throw new Error(`embedding dimension changed within one model (${v.length} \u2260 ${dim}); clear the embedding cache`);
  }
  stats.wallMs = Date.now() - started;
  return { dim, vectors, problems, stats };
}
function isProblem(x) {
  return typeof x === "object" && x !== null && !ArrayBuffer.isView(x) && typeof x.problem === "string";
}

// src/embed/text-encoder.ts
import ort2 from "onnxruntime-node";

// src/embed/text-ngrams.ts
var TEXT_NGRAM_DEFAULTS = { dim: 1024, minN: 3, maxN: 5, maxChars: 2e4 };
function textNgramEmbedderId(options = {}) {
  const o = { ...TEXT_NGRAM_DEFAULTS, ...options };
  return `text-ngrams-v1:dim=${o.dim}:n=${o.minN}-${o.maxN}:max=${o.maxChars}`;
}
var INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
function normalizeForEmbedding(text) {
  const t = text.replace(INVISIBLE, "").normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
  return t === "" ? "" : ` ${t} `;
}
var imul = Math.imul;
var ln = Math.log;
function fnv1a(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = imul(h, 16777619);
  }
  return h >>> 0;
}
function mix(h) {
  h ^= h >>> 16;
  h = imul(h, 2246822507);
  h ^= h >>> 13;
  h = imul(h, 3266489909);
  h ^= h >>> 16;
  return h >>> 0;
}
function embedTextNgrams(text, options = {}) {
  const o = { ...TEXT_NGRAM_DEFAULTS, ...options };
  if (!Number.isInteger(o.dim) || o.dim < 1) throw new RangeError(`dim must be a positive integer, got ${o.dim}`);
  if (!Number.isInteger(o.minN) || o.minN < 1 || o.maxN < o.minN) throw new RangeError(`invalid n-gram range ${o.minN}-${o.maxN}`);
  const chars = Array.from(normalizeForEmbedding(text)).slice(0, o.maxChars);
  const counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < chars.length; i++) {
    let gram = "";
    for (let n = 1; n <= o.maxN && i + n <= chars.length; n++) {
      gram += chars[i + n - 1];
      if (n >= o.minN) counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  const acc = new Float64Array(o.dim);
  for (const [gram, count] of counts) {
    const h = fnv1a(gram);
    const sign = mix(h) & 1 ? -1 : 1;
    acc[h % o.dim] += sign * (1 + ln(count));
  }
  let norm = 0;
  for (const v of acc) norm += v * v;
  const out = new Float32Array(o.dim);
  if (norm === 0) return out;
  const inv = 1 / Math.sqrt(norm);
  for (let i = 0; i < o.dim; i++) out[i] = acc[i] * inv;
  return out;
}
function ngramEncoder(options = {}) {
  const o = { ...TEXT_NGRAM_DEFAULTS, ...options };
  return {
    id: textNgramEmbedderId(o),
    pre: {},
    batchSize: 256,
    // Measured: reading 5 000 rows back from the cache takes as long as embedding them again
    // (~0.5 s), and each entry costs 4 KB of disk; so the vectors are recomputed every scan.
    cacheable: false,
    prepare: async (text) => embedTextNgrams(text, o),
    run: async (vectors) => {
      const data = new Float32Array(vectors.length * o.dim);
      vectors.forEach((v, i) => data.set(v, i * o.dim));
      return { dim: o.dim, data };
    },
    release: async () => {
    }
  };
}

// src/embed/wordpiece.ts
var TokenizerError = class extends ModelError {
  constructor(message) {
    super(message);
    this.name = "TokenizerError";
  }
};
var MAX_VOCAB = 2e6;
var WORD_CACHE = 1e5;
var CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/u;
var WHITE_SPACE = new RegExp("\\p{White_Space}", "u");
var NONSPACING_MARK = new RegExp("\\p{Mn}", "gu");
var PUNCTUATION = new RegExp("\\p{P}", "u");
var ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
function isChinese(cp) {
  return cp >= 19968 && cp <= 40959 || cp >= 13312 && cp <= 19903 || cp >= 131072 && cp <= 173791 || cp >= 173824 && cp <= 177983 || cp >= 177984 && cp <= 178207 || cp >= 178464 && cp <= 183983 || cp >= 63744 && cp <= 64255 || cp >= 194560 && cp <= 195103;
}
var isWhiteSpace = (ch) => ch === "	" || ch === "\n" || ch === "\r" || WHITE_SPACE.test(ch);
function bertNormalize(text, n) {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (n.cleanText) {
      if (cp === 0 || cp === 65533 || ch !== "	" && ch !== "\n" && ch !== "\r" && CONTROL.test(ch)) continue;
      if (isWhiteSpace(ch)) {
        out += " ";
        continue;
      }
    }
    out += n.handleChineseChars && isChinese(cp) ? ` ${ch} ` : ch;
  }
  if (n.stripAccents) out = out.normalize("NFD").replace(NONSPACING_MARK, "");
  if (n.lowercase) {
    let lower = "";
    for (const ch of out) lower += ch.toLowerCase();
    out = lower;
  }
  return out;
}
function bertPreTokenize(text) {
  const words2 = [];
  let word = "";
  for (const ch of text) {
    if (isWhiteSpace(ch)) {
      if (word) words2.push(word);
      word = "";
    } else if (ASCII_PUNCTUATION.test(ch) || PUNCTUATION.test(ch)) {
      if (word) words2.push(word);
      words2.push(ch);
      word = "";
    } else word += ch;
  }
  if (word) words2.push(word);
  return words2;
}
var WordPieceTokenizer = class {
  constructor(config) {
    this.config = config;
    this.addedIds = new Map(config.added.map((t) => [t.content, t.id]));
    const tokens = [...config.added].sort((a, b) => b.content.length - a.content.length || (a.content < b.content ? -1 : 1));
    this.addedPattern = tokens.length === 0 ? void 0 : new RegExp(tokens.map((t) => escapeRegExp(t.content)).join("|"), "gu");
  }
  config;
  words = /* @__PURE__ */ new Map();
  addedPattern;
  addedIds;
  /** WordPiece ids of one word: greedy longest match; a word that cannot be covered is one [UNK]. */
  pieces(word) {
    const known = this.words.get(word);
    if (known) return known;
    const c = this.config;
    const cps = Array.from(word);
    let ids = [];
    if (cps.length > c.maxInputCharsPerWord) ids = [c.unkId];
    else {
      let start = 0;
      while (start < cps.length) {
        let end = cps.length;
        let id;
        while (start < end) {
          const sub = (start > 0 ? c.prefix : "") + cps.slice(start, end).join("");
          id = c.vocab.get(sub);
          if (id !== void 0) break;
          end--;
        }
        if (id === void 0) {
          ids = [c.unkId];
          break;
        }
        ids.push(id);
        start = end;
      }
    }
    if (this.words.size >= WORD_CACHE) this.words.clear();
    this.words.set(word, ids);
    return ids;
  }
  /** Ids of a stretch of text that holds no added token. */
  plain(text, out) {
    const norm = this.config.normalization ? bertNormalize(text, this.config.normalization) : text;
    for (const w of bertPreTokenize(norm)) out.push(...this.pieces(w));
  }
  /** Token ids of `text` without [CLS]/[SEP]: added tokens matched verbatim first, then the rest. */
  tokenize(text) {
    const out = [];
    const re = this.addedPattern;
    if (!re) {
      this.plain(text, out);
      return out;
    }
    const spans = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length, id: this.addedIds.get(m[0]) });
    let pos = 0;
    const strips = new Map(this.config.added.map((t) => [t.content, t]));
    for (const s of spans) {
      const token = strips.get(text.slice(s.start, s.end));
      let before = text.slice(pos, s.start);
      if (token.lstrip) before = before.replace(new RegExp("\\p{White_Space}+$", "u"), "");
      this.plain(before, out);
      out.push(s.id);
      pos = s.end;
      if (token.rstrip) pos += new RegExp("^\\p{White_Space}*", "u").exec(text.slice(pos))[0].length;
    }
    this.plain(text.slice(pos), out);
    return out;
  }
  /** [CLS] + the first maxLength − 2 tokens + [SEP] (fewer specials when the tokenizer has none). */
  encode(text, maxLength) {
    const c = this.config;
    const specials = (c.clsId === void 0 ? 0 : 1) + (c.sepId === void 0 ? 0 : 1);
    const body = this.tokenize(text).slice(0, Math.max(0, maxLength - specials));
    const ids = [...c.clsId === void 0 ? [] : [c.clsId], ...body, ...c.sepId === void 0 ? [] : [c.sepId]];
    return Int32Array.from(ids);
  }
};
function escapeRegExp(s) {
  return s.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
}
var VOCAB_SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"];
function parseVocabTxt(bytes, file, opts) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new TokenizerError(`tokenizer ${file} is not valid UTF-8; a vocab.txt holds one token per line`);
  }
  if (text.trimStart().startsWith("{")) {
    throw new TokenizerError(`tokenizer ${file} holds JSON; name a Hugging Face tokenizer file with a .json extension, or give a vocab.txt`);
  }
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  if (lines.length > MAX_VOCAB) throw new TokenizerError(`tokenizer ${file} has ${lines.length} lines, over the limit of ${MAX_VOCAB}`);
  const vocab = /* @__PURE__ */ new Map();
  lines.forEach((line, i) => vocab.set(line.replace(new RegExp("\\p{White_Space}+$", "u"), ""), i));
  const need = (token) => {
    const id = vocab.get(token);
    if (id === void 0) throw new TokenizerError(`tokenizer ${file} has no ${token} token; a BERT-style vocab.txt lists [PAD], [UNK], [CLS] and [SEP]`);
    return id;
  };
  return {
    file,
    vocab,
    unkId: need("[UNK]"),
    clsId: need("[CLS]"),
    sepId: need("[SEP]"),
    padId: need("[PAD]"),
    prefix: "##",
    maxInputCharsPerWord: 100,
    normalization: { cleanText: true, handleChineseChars: true, stripAccents: opts.stripAccents, lowercase: opts.lowercase },
    added: VOCAB_SPECIALS.filter((t) => vocab.has(t)).map((t) => ({ content: t, id: vocab.get(t), lstrip: false, rstrip: false })),
    maxLength: void 0
  };
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parseTokenizerJson(bytes, file) {
  let doc;
  try {
    doc = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (err) {
    throw new TokenizerError(`tokenizer ${file} is not valid UTF-8 JSON: ${errorMessage(err)}`);
  }
  if (!isObject(doc) || !isObject(doc["model"])) throw new TokenizerError(`tokenizer ${file} has no 'model' object; is it a Hugging Face tokenizer.json?`);
  const model = doc["model"];
  const type = model["type"];
  if (type !== "WordPiece") {
    throw new TokenizerError(`tokenizer ${file} is of unsupported type '${String(type)}'; poisongate reads WordPiece tokenizers (BERT, MiniLM, \u2026)`);
  }
  const rawVocab = model["vocab"];
  if (!isObject(rawVocab)) throw new TokenizerError(`tokenizer ${file}: model.vocab is not a token \u2192 id object`);
  const entries = Object.entries(rawVocab);
  if (entries.length > MAX_VOCAB) throw new TokenizerError(`tokenizer ${file} has ${entries.length} tokens, over the limit of ${MAX_VOCAB}`);
  const vocab = /* @__PURE__ */ new Map();
  for (const [token, id] of entries) {
    if (!Number.isInteger(id) || id < 0) throw new TokenizerError(`tokenizer ${file}: token '${token}' has id ${String(id)}, not a non-negative integer`);
    vocab.set(token, id);
  }
  const unk = typeof model["unk_token"] === "string" ? model["unk_token"] : "[UNK]";
  const unkId = vocab.get(unk);
  if (unkId === void 0) throw new TokenizerError(`tokenizer ${file}: its unknown token '${unk}' is not in the vocabulary`);
  const normalization = readNormalizer(doc["normalizer"], file);
  const pre = doc["pre_tokenizer"];
  if (!isObject(pre) || pre["type"] !== "BertPreTokenizer") {
    const what = isObject(pre) ? `'${String(pre["type"])}'` : "none";
    throw new TokenizerError(`tokenizer ${file}: pre-tokenizer ${what} is not supported; poisongate reads the BERT pipeline (BertPreTokenizer)`);
  }
  const { clsId, sepId } = readPostProcessor(doc["post_processor"], file);
  const added = [];
  for (const t of Array.isArray(doc["added_tokens"]) ? doc["added_tokens"] : []) {
    if (!isObject(t) || typeof t["content"] !== "string" || !Number.isInteger(t["id"])) throw new TokenizerError(`tokenizer ${file}: an added_tokens entry lacks content or id`);
    if (t["normalized"] === true || t["single_word"] === true) {
      throw new TokenizerError(`tokenizer ${file}: added token '${t["content"]}' is matched after normalisation or as a single word, which poisongate does not support`);
    }
    added.push({ content: t["content"], id: t["id"], lstrip: t["lstrip"] === true, rstrip: t["rstrip"] === true });
  }
  const truncation = doc["truncation"];
  let maxLength;
  if (isObject(truncation)) {
    if (truncation["direction"] !== void 0 && truncation["direction"] !== "Right") {
      throw new TokenizerError(`tokenizer ${file}: truncation direction '${String(truncation["direction"])}' is not supported (only Right)`);
    }
    if (Number.isInteger(truncation["max_length"])) maxLength = truncation["max_length"];
  }
  const padding = doc["padding"];
  const padId = isObject(padding) && Number.isInteger(padding["pad_id"]) ? padding["pad_id"] : vocab.get("[PAD]");
  if (padId === void 0) throw new TokenizerError(`tokenizer ${file} names no padding token: neither padding.pad_id nor a [PAD] token`);
  const prefix = typeof model["continuing_subword_prefix"] === "string" ? model["continuing_subword_prefix"] : "##";
  const maxChars = Number.isInteger(model["max_input_chars_per_word"]) ? model["max_input_chars_per_word"] : 100;
  return { file, vocab, unkId, clsId, sepId, padId, prefix, maxInputCharsPerWord: maxChars, normalization, added, maxLength };
}
function readNormalizer(n, file) {
  if (n === null || n === void 0) return void 0;
  if (!isObject(n) || n["type"] !== "BertNormalizer") {
    const what = isObject(n) ? `'${String(n["type"])}'` : JSON.stringify(n);
    throw new TokenizerError(`tokenizer ${file}: normalizer ${what} is not supported; poisongate reads the BERT pipeline (BertNormalizer or none)`);
  }
  const lowercase = n["lowercase"] !== false;
  return {
    cleanText: n["clean_text"] !== false,
    handleChineseChars: n["handle_chinese_chars"] !== false,
    // null (the usual value) follows lowercase, as in the reference.
    stripAccents: typeof n["strip_accents"] === "boolean" ? n["strip_accents"] : lowercase,
    lowercase
  };
}
function readPostProcessor(p, file) {
  if (isObject(p) && p["type"] === "BertProcessing") {
    const cls = p["cls"];
    const sep2 = p["sep"];
    if (Array.isArray(cls) && Array.isArray(sep2) && Number.isInteger(cls[1]) && Number.isInteger(sep2[1])) return { clsId: cls[1], sepId: sep2[1] };
    throw new TokenizerError(`tokenizer ${file}: BertProcessing lacks its cls/sep [token, id] pairs`);
  }
  if (isObject(p) && p["type"] === "TemplateProcessing") {
    const single = Array.isArray(p["single"]) ? p["single"] : [];
    const specials = isObject(p["special_tokens"]) ? p["special_tokens"] : {};
    const idOf = (piece) => {
      if (!isObject(piece) || !isObject(piece["SpecialToken"])) return void 0;
      const name = piece["SpecialToken"]["id"];
      const entry = typeof name === "string" ? specials[name] : void 0;
      const ids = isObject(entry) && Array.isArray(entry["ids"]) ? entry["ids"] : [];
      return ids.length === 1 && Number.isInteger(ids[0]) ? ids[0] : void 0;
    };
    const middle = single[1];
    const isA = isObject(middle) && isObject(middle["Sequence"]) && middle["Sequence"]["id"] === "A";
    const clsId = idOf(single[0]);
    const sepId = idOf(single[2]);
    if (single.length === 3 && isA && clsId !== void 0 && sepId !== void 0) return { clsId, sepId };
    throw new TokenizerError(`tokenizer ${file}: its TemplateProcessing single template is not '[CLS] $A [SEP]' with one id per special token`);
  }
  const what = isObject(p) ? `'${String(p["type"])}'` : "none";
  throw new TokenizerError(`tokenizer ${file}: post-processor ${what} is not supported; poisongate reads BertProcessing or a '[CLS] $A [SEP]' TemplateProcessing`);
}

// src/embed/text-encoder.ts
var MAX_TOKENIZER_BYTES = 64 * 1024 * 1024;
var DEFAULT_MAX_LENGTH = 128;
function resolveTextModel(dataset) {
  const m = dataset.model ?? "ngrams";
  if (m === "ngrams") return { kind: "ngrams" };
  if (!isTextModelPolicy(m)) throw new ModelError(`dataset ${dataset.name}: model '${typeof m === "string" ? m : m.path}' embeds images, not text`);
  const lowercase = m.tokenizer.lowercase ?? true;
  return {
    kind: "onnx-text",
    path: m.path,
    sha256: m.sha256.toLowerCase(),
    tokenizer: { path: m.tokenizer.path, sha256: m.tokenizer.sha256.toLowerCase(), lowercase, stripAccents: m.tokenizer.strip_accents ?? lowercase },
    maxLength: m.max_length,
    inputs: {
      inputIds: m.inputs?.input_ids ?? "input_ids",
      attentionMask: m.inputs?.attention_mask ?? "attention_mask",
      tokenTypeIds: m.inputs?.token_type_ids ?? "token_type_ids"
    },
    output: m.output ?? "last_hidden_state",
    pooling: m.pooling ?? "mean",
    normalize: m.normalize ?? true,
    batchSize: m.batch_size ?? 32
  };
}
async function openTextModel(spec, tree, gitDirectory) {
  if (spec.kind === "ngrams") {
    const encoder2 = ngramEncoder();
    return { encoder: encoder2, info: { path: "ngrams", source: "builtin", id: encoder2.id } };
  }
  const model = await readRepositoryFile(spec.path, "model", tree, gitDirectory, MAX_MODEL_BYTES);
  const tokenizer = await readRepositoryFile(spec.tokenizer.path, "tokenizer", tree, gitDirectory, MAX_TOKENIZER_BYTES);
  return openOnnxTextEncoder(spec, model, tokenizer);
}
function readTokenizer(spec, bytes) {
  verifyPin(bytes, spec.path, spec.sha256, "tokenizer");
  const config = /\.json$/i.test(spec.path) ? parseTokenizerJson(bytes, spec.path) : parseVocabTxt(bytes, spec.path, { lowercase: spec.lowercase, stripAccents: spec.stripAccents });
  return new WordPieceTokenizer(config);
}
function graphInputs(spec, session2) {
  const roles = /* @__PURE__ */ new Map([
    [spec.inputs.inputIds, "ids"],
    [spec.inputs.attentionMask, "mask"],
    [spec.inputs.tokenTypeIds, "types"]
  ]);
  if (!session2.inputNames.includes(spec.inputs.inputIds)) {
    throw new ModelError(`model ${spec.path} has no input '${spec.inputs.inputIds}' for the token ids (inputs: ${describeNames(session2.inputNames)}); name it in model.inputs.input_ids`);
  }
  const inputs = [];
  let seqDim;
  let batchDim;
  session2.inputNames.forEach((name, i) => {
    const role = roles.get(name);
    if (!role) {
      throw new ModelError(
        `model ${spec.path} has an input '${name}' poisongate cannot feed (it feeds token ids, attention mask and token type ids: ${[...roles.keys()].join(", ")}); map the names in model.inputs`
      );
    }
    const meta = session2.inputMetadata[i];
    let type = "int64";
    if (meta?.isTensor) {
      if (meta.type !== "int64" && meta.type !== "int32") throw new ModelError(`model ${spec.path}: input '${name}' is ${meta.type}; a text encoder takes int64 or int32 token ids`);
      type = meta.type;
      if (meta.shape.length !== 2) throw new ModelError(`model ${spec.path}: input '${name}' has rank ${meta.shape.length}; a text encoder takes [batch, sequence]`);
      const [b, s] = meta.shape;
      if (typeof s === "number" && s > 0) seqDim = s;
      if (typeof b === "number" && b > 0) batchDim = b;
    }
    inputs.push({ name, type, role });
  });
  return { inputs, seqDim, batchDim };
}
function checkOutput(spec, session2) {
  const i = session2.outputNames.indexOf(spec.output);
  if (i < 0) throw new ModelError(`model ${spec.path} has no output '${spec.output}' (outputs: ${describeNames(session2.outputNames)})`);
  const meta = session2.outputMetadata[i];
  if (meta?.isTensor && meta.shape.length > 0) checkRank(spec, meta.shape.length);
}
function checkRank(spec, rank) {
  if (rank === 3 && spec.pooling === "none") {
    throw new ModelError(`model ${spec.path}: output '${spec.output}' holds one vector per token ([batch, sequence, dim]); set pooling to mean or cls`);
  }
  if (rank === 2 && spec.pooling !== "none") {
    throw new ModelError(`model ${spec.path}: output '${spec.output}' is already one vector per sample ([batch, dim]); set pooling: none`);
  }
  if (rank !== 2 && rank !== 3) throw new ModelError(`model ${spec.path}: output '${spec.output}' has rank ${rank}; expected [batch, sequence, dim] or [batch, dim]`);
}
async function openOnnxTextEncoder(spec, modelBytes, tokenizerBytes, opts = {}) {
  verifyPin(modelBytes, spec.path, spec.sha256, "model");
  const tokenizer = readTokenizer(spec.tokenizer, tokenizerBytes);
  const session2 = await createSession(modelBytes, spec.path, opts.threads);
  let inputs;
  let length;
  let fixedBatch;
  try {
    const g = graphInputs(spec, session2);
    checkOutput(spec, session2);
    inputs = g.inputs;
    fixedBatch = g.batchDim;
    const wanted = spec.maxLength ?? g.seqDim ?? tokenizer.config.maxLength ?? DEFAULT_MAX_LENGTH;
    if (g.seqDim !== void 0 && wanted !== g.seqDim) {
      throw new ModelError(`model ${spec.path} takes sequences of exactly ${g.seqDim} tokens, but max_length is ${wanted}`);
    }
    length = wanted;
  } catch (err) {
    await session2.release();
    throw err;
  }
  const pad = tokenizer.config.padId;
  const pre = {
    tokenizer: spec.tokenizer.sha256,
    lowercase: spec.tokenizer.lowercase,
    strip_accents: spec.tokenizer.stripAccents,
    max_length: length,
    fed: inputs.map((i) => i.role).sort(),
    output: spec.output,
    pooling: spec.pooling,
    normalize: spec.normalize
  };
  const encoder2 = {
    id: spec.sha256,
    pre,
    batchSize: fixedBatch ?? spec.batchSize,
    prepare: async (text) => tokenizer.encode(text, length),
    run: async (samples) => {
      const n = samples.length;
      const rows = fixedBatch ?? n;
      const ids = new Int32Array(rows * length).fill(pad);
      const mask = new Int32Array(rows * length);
      samples.forEach((s, r) => {
        ids.set(s, r * length);
        mask.fill(1, r * length, r * length + s.length);
      });
      const feeds = {};
      for (const input of inputs) {
        const values = input.role === "ids" ? ids : input.role === "mask" ? mask : new Int32Array(rows * length);
        const data = input.type === "int64" ? BigInt64Array.from(values, (v) => BigInt(v)) : values;
        feeds[input.name] = new ort2.Tensor(input.type, data, [rows, length]);
      }
      let result;
      try {
        result = await session2.run(feeds, [spec.output]);
      } catch (err) {
        throw new ModelError(`model ${spec.path} failed to run: ${errorMessage(err).split("\n")[0]}`);
      }
      const out = result[spec.output];
      if (!out || out.type !== "float32") throw new ModelError(`model ${spec.path}: output '${spec.output}' is ${out?.type ?? "missing"}, expected float32`);
      checkRank(spec, out.dims.length);
      if (out.dims[0] !== rows || out.dims.length === 3 && out.dims[1] !== length) {
        throw new ModelError(`model ${spec.path}: output '${spec.output}' has shape [${out.dims.join(", ")}] for ${rows} samples of ${length} tokens`);
      }
      return pool(out.data, out.dims, samples, spec);
    },
    release: () => session2.release()
  };
  return { encoder: encoder2, info: { path: spec.path, source: "repository", id: spec.sha256 } };
}
function pool(values, dims, samples, spec) {
  const dim = dims[dims.length - 1];
  const seq = dims.length === 3 ? dims[1] : 1;
  const data = new Float32Array(samples.length * dim);
  const acc = new Float64Array(dim);
  samples.forEach((s, r) => {
    acc.fill(0);
    const base = r * seq * dim;
    const count = spec.pooling === "mean" ? s.length : 1;
    for (let t = 0; t < count; t++) for (let j = 0; j < dim; j++) acc[j] += values[base + t * dim + j];
    let norm = 0;
    for (let j = 0; j < dim; j++) {
      acc[j] /= Math.max(1, count);
      norm += acc[j] * acc[j];
    }
    const scale = spec.normalize ? norm > 0 ? 1 / Math.sqrt(norm) : 0 : 1;
    for (let j = 0; j < dim; j++) data[r * dim + j] = acc[j] * scale;
  });
  return { dim, data };
}

// src/embed/pixels.ts
function pixelEmbedder() {
  const pre = PIXELS_PREPROCESSING;
  const dim = tensorSize(pre);
  return {
    id: "pixels-v1",
    pre,
    batchSize: 256,
    async embed(batch, n) {
      const data = new Float32Array(n * dim);
      for (let s = 0; s < n; s++) {
        const o = s * dim;
        let mean = 0;
        for (let i = 0; i < dim; i++) mean += batch[o + i];
        mean /= dim;
        let norm = 0;
        for (let i = 0; i < dim; i++) {
          const v = batch[o + i] - mean;
          norm += v * v;
        }
        const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
        for (let i = 0; i < dim; i++) data[o + i] = (batch[o + i] - mean) * inv;
      }
      return { dim, data };
    },
    async release() {
    }
  };
}

// src/embed/service.ts
function toMatrix(dim, vectors) {
  const data = new Float32Array(vectors.length * dim);
  vectors.forEach((v, i) => data.set(v, i * dim));
  return { rows: vectors.length, dim, data };
}
var DECODE_CONCURRENCY = 4;
var EmbeddingService = class {
  constructor(services) {
    this.services = services;
    this.cache = services.cacheDir ? new EmbeddingCache(services.cacheDir) : void 0;
  }
  services;
  datasets = /* @__PURE__ */ new Map();
  cache;
  forDataset(ctx) {
    let p = this.datasets.get(ctx.dataset.name);
    if (!p) {
      p = this.compute(ctx);
      this.datasets.set(ctx.dataset.name, p);
    }
    return p;
  }
  async open(spec, ctx) {
    if (spec.kind === "pixels") return { embedder: pixelEmbedder(), info: { path: "pixels", source: "builtin", id: "pixels-v1" } };
    const git2 = spec.source === "repository" ? await gitDir(this.services.root).catch(() => void 0) : void 0;
    const bytes = await readModelBytes(spec, ctx.reference.tree, git2);
    const embedder = await openOnnxEmbedder(spec, bytes);
    return { embedder, info: { path: spec.path, source: spec.source, id: spec.sha256 } };
  }
  options() {
    return { ...this.cache ? { cache: this.cache } : {}, concurrency: DECODE_CONCURRENCY };
  }
  compute(ctx) {
    return ctx.dataset.modality === "text" ? this.computeText(ctx) : this.computeImages(ctx);
  }
  async computeImages(ctx) {
    const spec = resolveModel(ctx.dataset);
    const { embedder, info } = await this.open(spec, ctx);
    try {
      const opts = this.options();
      const usable = ctx.candidates.filter((c) => isUsable(c) && c.image);
      const candSources = usable.map((c) => ({
        sha256: async () => c.sample.sha256,
        image: async () => c.image
      }));
      const cand = await embedSources(embedder, candSources, opts);
      const refSamples = ctx.reference.samples;
      const loaded2 = /* @__PURE__ */ new Map();
      const refSources = refSamples.map((s, i) => ({
        sha256: async () => {
          const l = await ctx.reference.load(s, { decode: false });
          if (!isUsable(l) || !l.bytes) return { problem: l.problems.map((p) => p.message).join("; ") || "cannot be read" };
          loaded2.set(i, l);
          return l.sample.sha256;
        },
        image: async () => {
          let l = loaded2.get(i);
          loaded2.delete(i);
          if (!l) {
            l = await ctx.reference.load(s, { decode: false });
            if (!isUsable(l) || !l.bytes) return { problem: l.problems.map((p) => p.message).join("; ") || "cannot be read" };
          }
          const r = await decodeImage(l.bytes, extensionOf(s.path), ctx.dataset.formats, ctx.limits);
          return "problem" in r ? { problem: r.problem.message } : r.image;
        }
      }));
      const ref = await embedSources(embedder, refSources, opts);
      return assemble(info, refSamples, ref, usable, cand);
    } finally {
      await embedder.release();
    }
  }
  /** Text: the built-in n-gram embedder or the pinned ONNX encoder, through the same pipeline and cache. */
  async computeText(ctx) {
    const spec = resolveTextModel(ctx.dataset);
    const git2 = spec.kind === "onnx-text" ? await gitDir(this.services.root).catch(() => void 0) : void 0;
    const { encoder: encoder2, info } = await openTextModel(spec, ctx.reference.tree, git2);
    try {
      const opts = this.options();
      const usable = ctx.candidates.filter((c) => isUsable(c) && c.text !== void 0);
      const cand = await embedAll(
        encoder2,
        usable.map((c) => ({ sha256: async () => c.sample.sha256, content: async () => c.text })),
        opts
      );
      const refSamples = ctx.reference.samples;
      const texts = /* @__PURE__ */ new Map();
      const loadText = async (i) => {
        const l = await ctx.reference.load(refSamples[i]);
        if (!isUsable(l) || l.text === void 0) return { problem: l.problems.map((p) => p.message).join("; ") || "cannot be read" };
        return l;
      };
      const refSources = refSamples.map((_, i) => ({
        sha256: async () => {
          const l = await loadText(i);
          if ("problem" in l) return l;
          texts.set(i, l.text);
          return l.sample.sha256;
        },
        content: async () => {
          const t = texts.get(i);
          texts.delete(i);
          if (t !== void 0) return t;
          const l = await loadText(i);
          return "problem" in l ? l : l.text;
        }
      }));
      const ref = await embedAll(encoder2, refSources, opts);
      return assemble(info, refSamples, ref, usable, cand);
    } finally {
      await encoder2.release();
    }
  }
};
function assemble(info, refSamples, ref, usable, cand) {
  const dim = cand.dim || ref.dim;
  const refKept = [];
  const refVectors = [];
  const referenceProblems = [];
  refSamples.forEach((s, i) => {
    const v = ref.vectors[i];
    if (v) {
      refKept.push(s);
      refVectors.push(v);
    } else referenceProblems.push({ path: s.line ? `${s.path}:${s.line}` : s.path, message: ref.problems[i] ?? "could not be embedded" });
  });
  const candKept = [];
  const candVectors = [];
  usable.forEach((c, i) => {
    const v = cand.vectors[i];
    if (v) {
      candKept.push(c);
      candVectors.push(v);
    }
  });
  return {
    model: { ...info, dim },
    reference: { samples: refKept, vectors: toMatrix(dim, refVectors) },
    referenceProblems,
    candidates: { samples: candKept, vectors: toMatrix(dim, candVectors) },
    stats: { reference: ref.stats, candidates: cand.stats }
  };
}
var KEY = "embeddings";
function embeddingService(services) {
  let s = services[KEY];
  if (!(s instanceof EmbeddingService)) {
    s = new EmbeddingService(services);
    services[KEY] = s;
  }
  return s;
}

// src/features/gemm.ts
import ort3 from "onnxruntime-node";
function varint(n) {
  const out = [];
  let v = n;
  do {
    let b = v % 128;
    v = Math.floor(v / 128);
    if (v > 0) b |= 128;
    out.push(b);
  } while (v > 0);
  return out;
}
var field = (num, wire) => varint(num * 8 + wire);
var bytesField = (num, bytes) => [...field(num, 2), ...varint(bytes.length), ...bytes];
var stringField = (num, s) => bytesField(num, [...Buffer.from(s, "utf8")]);
var intField = (num, n) => [...field(num, 0), ...varint(n)];
var DOUBLE = 11;
var ATTRIBUTE_INT = 2;
function valueInfo(name, dims) {
  const shape = dims.flatMap((d) => bytesField(1, stringField(2, d)));
  const tensorType = [...intField(1, DOUBLE), ...bytesField(2, shape)];
  return [...stringField(1, name), ...bytesField(2, bytesField(1, tensorType))];
}
function gemmModel() {
  const transB = [...stringField(1, "transB"), ...intField(3, 1), ...intField(20, ATTRIBUTE_INT)];
  const node = [...stringField(1, "A"), ...stringField(1, "B"), ...stringField(2, "C"), ...stringField(4, "Gemm"), ...bytesField(5, transB)];
  const graph = [
    ...bytesField(1, node),
    ...stringField(2, "dots"),
    ...bytesField(11, valueInfo("A", ["m", "d"])),
    ...bytesField(11, valueInfo("B", ["n", "d"])),
    ...bytesField(12, valueInfo("C", ["m", "n"]))
  ];
  return Uint8Array.from([...intField(1, 8), ...bytesField(8, intField(2, 13)), ...bytesField(7, graph)]);
}
var session;
function gemm() {
  session ??= ort3.InferenceSession.create(gemmModel(), { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: "sequential" });
  return session;
}
async function dots(a, m, b, n, d) {
  const s = await gemm();
  const out = await s.run({ A: new ort3.Tensor("float64", a, [m, d]), B: new ort3.Tensor("float64", b, [n, d]) });
  return out["C"].data;
}

// src/features/knn.ts
function rowNorms(m) {
  const out = new Float64Array(m.rows);
  for (let r = 0; r < m.rows; r++) {
    let s = 0;
    const o = r * m.dim;
    for (let i = 0; i < m.dim; i++) {
      const v = m.data[o + i];
      s += v * v;
    }
    out[r] = s;
  }
  return out;
}
function distance(a, i, b, j) {
  let s = 0;
  const ao = i * a.dim;
  const bo = j * b.dim;
  for (let t = 0; t < a.dim; t++) {
    const v = a.data[ao + t] - b.data[bo + t];
    s += v * v;
  }
  return Math.sqrt(s);
}
var TopK = class {
  constructor(k) {
    this.k = k;
    this.dist = new Float64Array(k);
    this.index = new Int32Array(k);
  }
  k;
  dist;
  index;
  size = 0;
  reset() {
    this.size = 0;
  }
  push(d, idx) {
    const k = this.k;
    if (k === 0) return;
    if (this.size === k) {
      const last = this.dist[k - 1];
      if (d > last || d === last && idx > this.index[k - 1]) return;
    }
    let pos = this.size < k ? this.size : k - 1;
    while (pos > 0) {
      const pd = this.dist[pos - 1];
      if (pd < d || pd === d && this.index[pos - 1] < idx) break;
      if (pos < k) {
        this.dist[pos] = pd;
        this.index[pos] = this.index[pos - 1];
      }
      pos--;
    }
    this.dist[pos] = d;
    this.index[pos] = idx;
    if (this.size < k) this.size++;
  }
};

// src/features/space.ts
var CLASS_DISTANCE_K = 10;
var CALIBRATION_PER_CLASS = 1e3;
var FeatureSpace = class {
  constructor(emb) {
    this.emb = emb;
    const labels = emb.reference.samples.map((s) => s.label);
    this.classes = [...new Set(labels)].sort();
    this.classIndex = new Map(this.classes.map((c, i) => [c, i]));
    this.refLabel = Int32Array.from(labels, (l) => this.classIndex.get(l));
    this.byClass = this.classes.map(() => []);
    this.refLabel.forEach((c, r) => this.byClass[c].push(r));
    this.candLabel = Int32Array.from(emb.candidates.samples, (c) => this.classIndex.get(c.sample.label) ?? -1);
  }
  emb;
  classes;
  classIndex;
  /** Class index of each reference row. */
  refLabel;
  /** Reference rows per class. */
  byClass;
  /** Class index of each candidate row (-1: no trusted samples of that class). */
  candLabel;
  analysis;
  memos = /* @__PURE__ */ new Map();
  /** A value derived from this space, computed on first use (pull models, calibrations). */
  memo(key, make) {
    if (!this.memos.has(key)) this.memos.set(key, make());
    return this.memos.get(key);
  }
  get ref() {
    return this.emb.reference.vectors;
  }
  get cand() {
    return this.emb.candidates.vectors;
  }
  /** Calibration rows of a class: all of them, or an evenly spread, deterministic subset. */
  calibrationRows(c, cap = CALIBRATION_PER_CLASS) {
    const rows = this.byClass[c];
    if (rows.length <= cap) return rows;
    const step = rows.length / cap;
    return Array.from({ length: cap }, (_, i) => rows[Math.floor(i * step)]);
  }
  /**
   * Neighbourhoods of every candidate and calibration query with at least `k` global and `kk`
   * per-class neighbours; computed once (one distance pass per query) and shared by later callers.
   */
  neighbourhoods(k, kk) {
    const done = this.analysis;
    if (done && done.k >= k && done.kk >= kk) return done.result;
    const K = Math.max(k, 100);
    const KK = Math.max(kk, 20, CLASS_DISTANCE_K);
    const result = this.computeNeighbourhoods(K, KK);
    this.analysis = { k: K, kk: KK, result };
    return result;
  }
  async computeNeighbourhoods(K, KK) {
    const ref = this.ref;
    const refNorms = rowNorms(ref);
    const refData = Float64Array.from(ref.data);
    const C = this.classes.length;
    const refIndex = new Map(this.emb.reference.samples.map((s, i) => [ownVersionKey(s), i]));
    const global = new TopK(Math.min(K, ref.rows));
    const perClass = this.classes.map(() => new TopK(KK));
    const queries = this.emb.candidates.samples.map((c, q) => ({
      m: this.cand,
      row: q,
      label: this.candLabel[q],
      exclude: refIndex.get(ownVersionKey(c.sample)) ?? -1
    }));
    const calibrationRows = [];
    for (let c = 0; c < C; c++) {
      for (const row of this.calibrationRows(c)) {
        calibrationRows.push(row);
        queries.push({ m: ref, row, label: c, exclude: row });
      }
    }
    const out = [];
    const d = ref.dim;
    const block = Math.max(1, Math.min(512, Math.floor(4e6 / Math.max(1, ref.rows))));
    for (let start = 0; start < queries.length; start += block) {
      const part = queries.slice(start, start + block);
      const a = new Float64Array(part.length * d);
      const norms = part.map((q, j) => {
        let s = 0;
        for (let t = 0; t < d; t++) {
          const v = q.m.data[q.row * d + t];
          a[j * d + t] = v;
          s += v * v;
        }
        return s;
      });
      const dot = ref.rows > 0 ? await dots(a, part.length, refData, ref.rows, d) : new Float64Array(0);
      part.forEach((q, j) => {
        global.reset();
        for (const t of perClass) t.reset();
        const o = j * ref.rows;
        for (let r = 0; r < ref.rows; r++) {
          if (r === q.exclude) continue;
          const sq = norms[j] + refNorms[r] - 2 * dot[o + r];
          const dist = sq > 0 ? Math.sqrt(sq) : 0;
          global.push(dist, r);
          perClass[this.refLabel[r]].push(dist, r);
        }
        const classDist = new Float64Array(C);
        for (let c = 0; c < C; c++) {
          const t = perClass[c];
          const n = Math.min(t.size, CLASS_DISTANCE_K);
          let s = 0;
          for (let i = 0; i < n; i++) s += t.dist[i];
          classDist[c] = n === 0 ? Infinity : s / n;
        }
        const own = q.label >= 0 ? perClass[q.label] : void 0;
        out.push({
          label: q.label,
          index: global.index.slice(0, global.size),
          dist: global.dist.slice(0, global.size),
          classDist,
          ownDist: own ? own.dist.slice(0, own.size) : new Float64Array(0)
        });
      });
    }
    const nc = this.emb.candidates.samples.length;
    return {
      k: K,
      kk: KK,
      candidates: out.slice(0, nc),
      calibration: calibrationRows.map((row, i) => ({ row, n: out[nc + i] }))
    };
  }
};
function ownVersionKey(s) {
  return s.inline === void 0 ? s.path : `${s.path}\0${s.line ?? 0}\0${s.sha256}`;
}
var KEY2 = "featureSpaces";
async function featureSpace(ctx) {
  const services = ctx.services;
  let spaces = services[KEY2];
  if (!spaces) {
    spaces = /* @__PURE__ */ new Map();
    services[KEY2] = spaces;
  }
  let p = spaces.get(ctx.dataset.name);
  if (!p) {
    p = embeddingService(services).forDataset(ctx).then((emb) => new FeatureSpace(emb));
    spaces.set(ctx.dataset.name, p);
  }
  return p;
}

// src/features/pull.ts
function voteShares(space, n, k, exclude) {
  const C = space.classes.length;
  const shares = new Float64Array(C);
  let total = 0;
  for (let i = 0, used = 0; i < n.index.length && used < k; i++) {
    if (exclude?.rows.has(n.index[i])) continue;
    used++;
    const c = space.refLabel[n.index[i]];
    const w = 1 / Math.max(1, space.byClass[c].length - (exclude?.perClass[c] ?? 0));
    shares[c] += w;
    total += w;
  }
  if (total > 0) for (let c = 0; c < C; c++) shares[c] /= total;
  return shares;
}
function pullScore(n, shares, a, b) {
  const own = n.classDist[a];
  const other = n.classDist[b];
  const ratio = Number.isFinite(own) && Number.isFinite(other) && other > 0 ? Math.log(own / other) : own > other ? Infinity : -Infinity;
  return { share: shares[b], ratio };
}
function atLeast(x, y) {
  return x.share > y.share || x.share === y.share && x.ratio >= y.ratio;
}
function topForeign(n, shares, a) {
  let best = -1;
  let bestScore;
  for (let b = 0; b < shares.length; b++) {
    if (b === a) continue;
    const s = pullScore(n, shares, a, b);
    if (!bestScore || s.share > bestScore.share || s.share === bestScore.share && s.ratio > bestScore.ratio) {
      best = b;
      bestScore = s;
    }
  }
  return best;
}
var PullModel = class {
  constructor(space, k, a) {
    this.space = space;
    this.k = k;
    this.calib = a.calibration.map(({ row, n }) => ({ row, label: n.label, shares: voteShares(space, n, k), n }));
    this.byClass = space.classes.map(() => []);
    this.calib.forEach((q, i) => this.byClass[q.label].push(i));
    this.candidates = a.candidates.map((n) => n.label < 0 ? void 0 : this.pull(n, voteShares(space, n, k), void 0));
    this.reference = this.byClass.map((list) => list.map((i) => this.pull(this.calib[i].n, this.calib[i].shares, i)));
  }
  space;
  k;
  /** Per calibration query: class, shares and per-class pull scores. */
  calib;
  byClass;
  rankings = /* @__PURE__ */ new Map();
  candidates;
  /** Leave-one-out pulls of the calibration queries, by class (for null simulations). */
  reference;
  /**
   * Pull scores of class `a`'s calibration samples toward class `b`, strongest first (share, then
   * distance ratio): "at least as strong as x" is then a prefix, found by binary search. Built on
   * first use; the null simulations of collusion ask for thousands of pulls.
   */
  ranked(a, b) {
    const key = a * this.space.classes.length + b;
    let list = this.rankings.get(key);
    if (!list) {
      list = this.byClass[a].map((j) => pullScore(this.calib[j].n, this.calib[j].shares, a, b));
      list.sort((x, y) => y.share - x.share || (y.ratio > x.ratio ? 1 : y.ratio < x.ratio ? -1 : 0));
      this.rankings.set(key, list);
    }
    return list;
  }
  pull(n, shares, self) {
    const a = n.label;
    const toward = topForeign(n, shares, a);
    if (toward < 0) return { toward, score: { share: 0, ratio: -Infinity }, shares, p: 1 };
    const score = pullScore(n, shares, a, toward);
    const ranked = this.ranked(a, toward);
    let lo = 0;
    let hi = ranked.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (atLeast(ranked[mid], score)) lo = mid + 1;
      else hi = mid;
    }
    let count = lo;
    let total = ranked.length;
    if (self !== void 0) {
      const q = this.calib[self];
      total--;
      if (atLeast(pullScore(q.n, q.shares, a, toward), score)) count--;
    }
    const p = score.share === 0 ? 1 : (1 + count) / (1 + total);
    return { toward, score, shares, p };
  }
  /**
   * The pull of class `a`'s `i`-th calibration sample when the trusted rows in `drawn` leave the
   * reference together, as the samples of a pull request never vote for each other. This keeps a
   * null draw honest where the data holds near-duplicates: two drawn copies would otherwise vote
   * for each other's class, which two new copies never do. Votes are weighted by the class sizes
   * left after the draw, so a large draw does not tilt the votes toward the classes it spared.
   * Recomputed only when one of its k nearest neighbours was drawn.
   */
  referencePull(a, i, drawn) {
    const ci = this.byClass[a][i];
    const q = this.calib[ci];
    const m = Math.min(this.k, q.n.index.length);
    let hit = false;
    for (let j = 0; j < m && !hit; j++) hit = drawn.rows.has(q.n.index[j]);
    if (!hit) return this.reference[a][i];
    return this.pull(q.n, voteShares(this.space, q.n, this.k, drawn), ci);
  }
  /** Vote share toward class `b` that only a fraction `alpha` of class `a`'s trusted samples reach. */
  shareAtLevel(a, b, alpha) {
    const list = this.byClass[a].map((i) => this.calib[i].shares[b]).sort((x, y) => y - x);
    if (list.length === 0) return 1;
    const idx = Math.min(list.length - 1, Math.max(0, Math.ceil(alpha * (list.length + 1)) - 1));
    return list[idx];
  }
};
function pullModel(space, k) {
  return space.memo(`pull:${k}`, async () => new PullModel(space, k, await space.neighbourhoods(k, 1)));
}
function autoK(space) {
  const sizes = space.byClass.map((r) => r.length).sort((x, y) => x - y);
  const median2 = sizes.length === 0 ? 0 : sizes[Math.floor((sizes.length - 1) / 2)];
  return Math.min(100, Math.max(5, Math.round(median2 / 5)));
}

// src/features/stats.ts
function binomialTail(n, m, p) {
  if (m <= 0) return 1;
  if (m > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  let logC = logChoose(n, m);
  let sum = 0;
  for (let j = m; j <= n; j++) {
    sum += Math.exp(logC + j * lp + (n - j) * lq);
    logC += Math.log(n - j) - Math.log(j + 1);
  }
  return Math.min(1, sum);
}
function logChoose(n, k) {
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log(n - k + i) - Math.log(i);
  return s;
}
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function sampleIndices(pool2, m, rand) {
  const out = [];
  const n = pool2.length;
  while (out.length < m && n > 0) {
    for (let left = n; left > 0 && out.length < m; left--) {
      const j = Math.floor(rand() * left);
      const t = pool2[j];
      pool2[j] = pool2[left - 1];
      pool2[left - 1] = t;
      out.push(t);
    }
  }
  return out;
}
function indexPool(n) {
  return Int32Array.from({ length: n }, (_, i) => i);
}
function upperPValue(reference, value) {
  let count = 0;
  for (let i = 0; i < reference.length; i++) if (reference[i] >= value) count++;
  return (1 + count) / (1 + reference.length);
}
function pct(x) {
  return `${(100 * x).toFixed(1)}%`;
}

// src/detectors/feature-support.ts
var kOption = {
  description: "Neighbours that vote: an integer, or 'auto' (a fifth of the median trusted class size, 5\u2013100).",
  anyOf: [
    { type: "integer", minimum: 1, maximum: 500 },
    { type: "string", enum: ["auto"] }
  ]
};
var quantileOption = (what) => ({
  type: "number",
  minimum: 0.5,
  exclusiveMaximum: 1,
  description: `Calibration level: a candidate is flagged when ${what} fewer than 1 \u2212 quantile of the trusted samples of its class (leave-one-out).`
});
function where(s) {
  return s.line ? `${s.path}:${s.line}` : s.path;
}
function at(c) {
  return { path: c.sample.path, ...c.sample.line ? { line: c.sample.line } : {}, ...c.sample.sha256 ? { sha256: c.sample.sha256 } : {} };
}
function round(x, digits = 4) {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
function neighbourEvidence(space, n, count) {
  const out = [];
  for (let i = 0; i < Math.min(count, n.index.length); i++) {
    const r = n.index[i];
    const s = space.emb.reference.samples[r];
    out.push({ path: s.path, ...s.line ? { line: s.line } : {}, label: space.classes[space.refLabel[r]], distance: round(n.dist[i]) });
  }
  return out;
}
function shareEvidence(space, shares) {
  return Object.fromEntries(
    [...shares.entries()].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c, s]) => [space.classes[c], round(s, 3)])
  );
}
function modelEvidence(space) {
  const m = space.emb.model;
  return { path: m.path, ...m.source === "builtin" ? {} : { sha256: m.id } };
}
var rateOptions = {
  max_rate: { type: "number", minimum: 0, maximum: 1, description: "Largest share of flagged new samples before the dataset-level finding." },
  rate_alpha: {
    type: "number",
    exclusiveMinimum: 0,
    maximum: 1,
    description: "The dataset-level finding also needs the count to be unlikely by chance: P(Binomial(n, 1 \u2212 quantile) \u2265 count) \u2264 rate_alpha."
  },
  sample_severity: { type: "string", enum: ["error", "warning", "notice"], description: "Severity of the per-sample findings (the dataset-level finding uses `severity`)." }
};
function rateExceeded(flagged, n, quantile2, maxRate, rateAlpha) {
  const rate = n === 0 ? 0 : flagged / n;
  const tail = binomialTail(n, flagged, 1 - quantile2);
  return { exceeded: flagged > 0 && rate > maxRate && tail <= rateAlpha, rate, tail };
}
function samplesForLevel(alpha) {
  return Math.ceil(1 / alpha - 1 - 1e-9);
}
function calibrationNotice(rule, space, root, quantile2, skip, what) {
  const need = samplesForLevel(1 - quantile2);
  const short = /* @__PURE__ */ new Set();
  space.candLabel.forEach((c) => {
    if (c >= 0 && !skip(c) && space.byClass[c].length < need) short.add(c);
  });
  if (short.size === 0) return [];
  const list = [...short].sort((a, b) => a - b).map((c) => `${space.classes[c]} (${space.byClass[c].length})`);
  return [
    {
      rule,
      severity: "notice",
      path: root,
      message: `${what} needs at least ${need} trusted samples per class at quantile ${quantile2}; these classes have fewer, so their new samples cannot be flagged one by one: ${list.join(", ")}. Add trusted samples or lower the quantile.`,
      evidence: { quantile: quantile2, needed: need, classes: Object.fromEntries([...short].map((c) => [space.classes[c], space.byClass[c].length])) }
    }
  ];
}

// src/detectors/class-proximity.ts
function resolveK(space, k) {
  return k === "auto" ? autoK(space) : k;
}
function coverageFindings(space, root) {
  const out = [];
  const newClasses = /* @__PURE__ */ new Map();
  space.emb.candidates.samples.forEach((c, i) => {
    if (space.candLabel[i] < 0) newClasses.set(c.sample.label, (newClasses.get(c.sample.label) ?? 0) + 1);
  });
  for (const [label2, count] of newClasses) {
    out.push({
      rule: "class-proximity",
      severity: "warning",
      path: root,
      message: `class '${label2}' has no trusted samples, so its ${count} new sample(s) could not be compared in feature space; review them by hand`,
      evidence: { label: label2, candidates: count }
    });
  }
  const problems = space.emb.referenceProblems;
  if (problems.length > 0) {
    out.push({
      rule: "class-proximity",
      severity: "notice",
      path: root,
      message: `${problems.length} trusted sample(s) could not be embedded and were left out of the reference (first: ${problems[0].path}: ${problems[0].message})`,
      evidence: { excluded: problems.slice(0, 20) }
    });
  }
  return out;
}
var classProximity = {
  id: "class-proximity",
  description: "A new sample's nearest trusted neighbours in the model's feature space vote for another class (Deep k-NN).",
  help: "Clean-label poisons (feature collision, convex polytope) keep their correct label but are crafted to sit, in the feature space of the backbone a victim fine-tunes, among another class. For each new sample the k nearest trusted samples vote (weighted for class size); the sample is flagged when the share voting for one other class exceeds the threshold. By default ('auto') the threshold is calibrated per class: fewer than 1 \u2212 quantile of the class's trusted samples (each left out of its own vote) lean that far toward that class. On text the same test finds rows that read like another class (mislabelled or label-flipped rows), in the n-gram space or the team's text encoder. Ambiguous but correct samples are flagged too: open the sample, compare it with the listed neighbours, and relabel, remove or waive it.",
  modality: "any",
  defaultSeverity: "warning",
  optionsSchema: {
    type: "object",
    properties: {
      k: kOption,
      threshold: {
        description: "Share of (class-size weighted) votes for one other class above which a sample is flagged, or 'auto' (calibrated per class).",
        anyOf: [
          { type: "number", minimum: 0, maximum: 1 },
          { type: "string", enum: ["auto"] }
        ]
      },
      quantile: quantileOption("its pull toward another class is reached by"),
      per_class: {
        type: "object",
        description: "Class \u2192 threshold (vote share), overriding `threshold` for that class.",
        additionalProperties: { type: "number", minimum: 0, maximum: 1 }
      }
    }
  },
  defaults: { k: "auto", threshold: "auto", quantile: 0.995, per_class: {} },
  async run(ctx) {
    const space = await featureSpace(ctx);
    const findings = coverageFindings(space, ctx.dataset.root);
    if (space.classes.length < 2 || space.cand.rows === 0) return findings;
    const k = resolveK(space, ctx.options.k);
    const model = await pullModel(space, k);
    const { candidates } = await space.neighbourhoods(k, 10);
    const alpha = 1 - ctx.options.quantile;
    const severity2 = ctx.options.severity ?? "warning";
    const fixedFor = (label2) => ctx.options.per_class[label2] ?? (ctx.options.threshold === "auto" ? void 0 : ctx.options.threshold);
    findings.push(
      ...calibrationNotice("class-proximity", space, ctx.dataset.root, ctx.options.quantile, (c) => fixedFor(space.classes[c]) !== void 0, "the calibrated pull of one sample")
    );
    space.emb.candidates.samples.forEach((c, i) => {
      const pull = model.candidates[i];
      if (!pull || pull.toward < 0) return;
      const label2 = space.classes[space.candLabel[i]];
      const toward = space.classes[pull.toward];
      const fixed = fixedFor(label2);
      const flagged = fixed === void 0 ? pull.p <= alpha : pull.score.share > fixed + 1e-9;
      if (!flagged) return;
      const threshold = fixed ?? model.shareAtLevel(space.candLabel[i], pull.toward, alpha);
      const ownShare = pull.shares[space.candLabel[i]];
      const why = fixed === void 0 ? `only ${pct(pull.p)} of trusted '${label2}' samples lean this far toward '${toward}'` : `above the threshold of ${pct(fixed)}`;
      findings.push({
        rule: "class-proximity",
        severity: severity2,
        ...at(c),
        message: `${where(c.sample)} is labelled '${label2}' but sits among '${toward}' in feature space: ${pct(pull.score.share)} of its ${k} nearest trusted neighbours' votes are for '${toward}' (${pct(ownShare)} for '${label2}'), ${why}. A feature-collision or convex-polytope poison (or a mislabelled sample) looks like this; compare it with its neighbours and fix, remove or waive it.`,
        score: round(pull.score.share),
        threshold: round(threshold),
        evidence: {
          label: label2,
          closest_class: toward,
          vote_shares: shareEvidence(space, pull.shares),
          own_share: round(ownShare, 3),
          share_toward: round(pull.score.share, 3),
          threshold: round(threshold, 3),
          threshold_source: fixed === void 0 ? `auto (quantile ${ctx.options.quantile})` : ctx.options.per_class[label2] !== void 0 ? "per_class" : "threshold",
          p_value: round(pull.p, 5),
          k,
          neighbours: neighbourEvidence(space, candidates[i], 10),
          model: modelEvidence(space)
        }
      });
    });
    return findings;
  }
};

// src/detectors/collusion.ts
async function typicalSpacing(space) {
  const a = await space.neighbourhoods(1, 1);
  const per = space.classes.map(() => []);
  for (const { n } of a.calibration) if (n.ownDist.length > 0) per[n.label].push(n.ownDist[0]);
  return Float64Array.from(per, (d) => {
    if (d.length === 0) return Infinity;
    d.sort((x, y) => x - y);
    return d[Math.floor((d.length - 1) / 2)] || Infinity;
  });
}
function groupStatistic(members, n, vectors, spacing, opt) {
  const pulled = members.filter((m) => m.pull.p <= opt.member_p).sort((x, y) => x.pull.p - y.pull.p || x.row - y.row);
  let count = 1;
  let best = 0;
  for (let m = 1; m <= pulled.length; m++) {
    const t = binomialTail(n, m, pulled[m - 1].pull.p);
    if (t < count) {
      count = t;
      best = m;
    }
  }
  const loose = members.filter((m) => m.pull.p <= opt.collision_p);
  let collision = Infinity;
  const pairs = [];
  for (let x = 0; x < loose.length; x++) {
    for (let y = x + 1; y < loose.length; y++) {
      const d = distance(vectors, loose[x].row, vectors, loose[y].row);
      if (d === 0) continue;
      const r = d / spacing;
      pairs.push([loose[x].row, loose[y].row, r]);
      if (r < collision) collision = r;
    }
  }
  return { count, countMembers: pulled.slice(0, best).map((m) => m.row), collision, pairs };
}
function groupsOf(label2, pulls, rows) {
  const perClass = /* @__PURE__ */ new Map();
  for (const r of rows) if (pulls[r]) perClass.set(label2[r], (perClass.get(label2[r]) ?? 0) + 1);
  const groups = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const pull = pulls[r];
    if (!pull || pull.toward < 0) continue;
    const a = label2[r];
    const key = `${a}:${pull.toward}`;
    let g = groups.get(key);
    if (!g) {
      g = { a, b: pull.toward, members: [], n: perClass.get(a) };
      groups.set(key, g);
    }
    g.members.push({ row: r, pull });
  }
  return groups;
}
function simulate(space, model, perClass, spacing, opt) {
  const rand = prng(1592590337);
  const count = new Float64Array(opt.trials);
  const collision = new Float64Array(opt.trials);
  const calRows = space.classes.map((_, c) => space.calibrationRows(c));
  const pools = model.reference.map((list) => indexPool(list.length));
  for (let t = 0; t < opt.trials; t++) {
    let bestCount = 1;
    let bestCollision = Infinity;
    const draws = [...perClass].map(([a, n]) => ({ a, n, picks: sampleIndices(pools[a], n, rand) }));
    const drawn = { rows: /* @__PURE__ */ new Set(), perClass: new Int32Array(space.classes.length) };
    for (const { a, picks } of draws) {
      for (const i of picks) drawn.rows.add(calRows[a][i]);
      drawn.perClass[a] = new Set(picks).size;
    }
    for (const { a, n, picks } of draws) {
      const members = picks.map((i) => ({ row: calRows[a][i], pull: model.referencePull(a, i, drawn) }));
      const byToward = /* @__PURE__ */ new Map();
      for (const m of members) {
        if (m.pull.toward < 0) continue;
        const list = byToward.get(m.pull.toward);
        if (list) list.push(m);
        else byToward.set(m.pull.toward, [m]);
      }
      for (const list of byToward.values()) {
        const s = groupStatistic(list, n, space.ref, spacing[a], opt);
        if (s.count < bestCount) bestCount = s.count;
        if (s.collision < bestCollision) bestCollision = s.collision;
      }
    }
    count[t] = bestCount;
    collision[t] = bestCollision;
  }
  count.sort();
  collision.sort();
  return { count, collision };
}
function lowerP(sortedNull, x) {
  let lo = 0;
  let hi = sortedNull.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sortedNull[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return (1 + lo) / (1 + sortedNull.length);
}
function components(pairs, bound) {
  const parent = /* @__PURE__ */ new Map();
  const find = (x) => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r);
    parent.set(x, r);
    return r;
  };
  for (const [x, y, r] of pairs) {
    if (!(r < bound)) continue;
    if (!parent.has(x)) parent.set(x, x);
    if (!parent.has(y)) parent.set(y, y);
    const fx = find(x);
    const fy = find(y);
    if (fx !== fy) parent.set(Math.max(fx, fy), Math.min(fx, fy));
  }
  const out = /* @__PURE__ */ new Map();
  for (const x of parent.keys()) {
    const r = find(x);
    const list = out.get(r);
    if (list) list.push(x);
    else out.set(r, [x]);
  }
  return [...out.values()].filter((g) => g.length >= 2).map((g) => g.sort((a, b) => a - b));
}
var collusion = {
  id: "collusion",
  description: "Several new samples of one class are pulled together toward the same other class, beyond what clean additions of that size show.",
  help: "Targeted clean-label attacks need several poisons aimed at one target: they share a label, lean toward the same foreign class in the model's feature space, and feature-collision poisons nearly coincide there. Two statistics are computed per (class, foreign class): the strongest shared pull (the m most pulled samples, each rated against the class's trusted samples) and the tightest pair of distinct samples leaning the same way. Both are compared with `trials` clean pull requests of the same composition drawn from the trusted samples; a group is reported when fewer than alpha/2 of them are as extreme. Review the listed samples together: remove them, or waive them with a reason.",
  modality: "any",
  defaultSeverity: "error",
  optionsSchema: {
    type: "object",
    properties: {
      k: kOption,
      alpha: { type: "number", exclusiveMinimum: 0, maximum: 0.5, description: "Share of clean pull requests of the same size allowed to raise a group finding (split over the two statistics)." },
      member_p: { type: "number", exclusiveMinimum: 0, maximum: 1, description: "Largest per-sample pull p-value counted toward a shared pull." },
      collision_p: { type: "number", exclusiveMinimum: 0, maximum: 1, description: "Largest per-sample pull p-value for a sample to take part in a feature collision." },
      trials: { type: "integer", minimum: 100, maximum: 1e5, description: "Clean pull requests simulated from the trusted samples." }
    }
  },
  defaults: { k: "auto", alpha: 0.01, member_p: 0.1, collision_p: 0.25, trials: 1e3 },
  async run(ctx) {
    if (ctx.reference.tree === ctx.head) {
      return [{ rule: "collusion", severity: "notice", path: ctx.dataset.root, message: "collusion compares new samples with a trusted base; a scan without a base has none, so it was skipped" }];
    }
    const space = await featureSpace(ctx);
    if (space.classes.length < 2 || space.cand.rows === 0) return [];
    const opt = ctx.options;
    const k = resolveK(space, opt.k);
    const model = await pullModel(space, k);
    const spacing = await typicalSpacing(space);
    const rows = model.candidates.map((_, i) => i);
    const groups = groupsOf(space.candLabel, model.candidates, rows);
    if (groups.size === 0) return [];
    const perClass = /* @__PURE__ */ new Map();
    for (const g of groups.values()) perClass.set(g.a, g.n);
    const nulls = simulate(space, model, perClass, spacing, opt);
    const level = opt.alpha / 2;
    const allowed = Math.floor(level * (1 + opt.trials) - 1);
    const collisionBound = allowed < 0 ? -Infinity : allowed < nulls.collision.length ? nulls.collision[allowed] : Infinity;
    const severity2 = opt.severity ?? "error";
    const findings = [];
    const samples = space.emb.candidates.samples;
    const sorted = [...groups.values()].sort((x, y) => x.a - y.a || x.b - y.b);
    for (const g of sorted) {
      const s = groupStatistic(g.members, g.n, space.cand, spacing[g.a], opt);
      const pCount = lowerP(nulls.count, s.count);
      const pCollision = lowerP(nulls.collision, s.collision);
      const members = /* @__PURE__ */ new Set();
      const tests = [];
      if (s.countMembers.length >= 2 && pCount <= level) {
        s.countMembers.forEach((r) => members.add(r));
        tests.push("shared pull");
      }
      if (pCollision <= level) {
        for (const comp of components(s.pairs, collisionBound)) comp.forEach((r) => members.add(r));
        tests.push("feature collision");
      }
      if (members.size < 2) continue;
      const label2 = space.classes[g.a];
      const toward = space.classes[g.b];
      const list = [...members].sort((x, y) => {
        const a = samples[x].sample;
        const b = samples[y].sample;
        return a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0);
      });
      const paths = list.map((r) => where(samples[r].sample));
      const p = Math.min(pCount, pCollision);
      const listed = paths.length <= 10 ? paths.join(", ") : `${paths.slice(0, 10).join(", ")} and ${paths.length - 10} more`;
      const rarity = `fewer than ${pct(p)} of ${opt.trials} clean pull requests of the same size drawn from the trusted data show a group this strong`;
      findings.push({
        rule: "collusion",
        severity: severity2,
        path: ctx.dataset.root,
        message: `${members.size} new '${label2}' samples are pulled together toward '${toward}' (${tests.join(" and ")}): ${listed}; ${rarity}. Targeted clean-label poisons come in such groups: review them together before merging.`,
        score: round(p, 5),
        threshold: level,
        evidence: {
          label: label2,
          toward,
          tests,
          members: list.map((r) => ({
            path: samples[r].sample.path,
            ...samples[r].sample.line ? { line: samples[r].sample.line } : {},
            pull_p_value: round(model.candidates[r].p, 5),
            share_toward: round(model.candidates[r].score.share, 3)
          })),
          candidates_of_class: g.n,
          shared_pull: { binomial_tail: s.count, p_value: round(pCount, 5) },
          feature_collision: { closest_pair_ratio: round(s.collision), p_value: round(pCollision, 5), typical_spacing: round(spacing[g.a]) },
          trials: opt.trials,
          alpha: opt.alpha,
          k,
          model: modelEvidence(space)
        }
      });
      for (const r of list) {
        findings.push({
          rule: "collusion",
          severity: severity2,
          ...at(samples[r]),
          message: `${where(samples[r].sample)} is one of ${members.size} new '${label2}' samples pulled together toward '${toward}' (${tests.join(" and ")}; see the group finding on ${ctx.dataset.root}); review the group together.`,
          score: round(model.candidates[r].p, 5),
          evidence: { label: label2, toward, group: paths, pull_p_value: round(model.candidates[r].p, 5) }
        });
      }
    }
    return findings;
  }
};

// src/forensics/names.ts
function attachmentName(rule, path, extra = "") {
  const digest = sha256Hex(`${rule}\0${path}\0${extra}`).slice(0, 12);
  const tail = (path.split("/").pop() ?? "sample").replace(/\.[^.]*$/, "").replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 40);
  return `${rule}-${tail}-${digest}.png`;
}
function r4(x) {
  return Math.round(x * 1e4) / 1e4;
}

// src/forensics/evidence.ts
import sharp3 from "sharp";
var MIN_PANEL_HEIGHT = 112;
var GAP = 4;
function amplifiedResidual(residual) {
  let max = 0;
  for (const v of residual.data) max = Math.max(max, Math.abs(v));
  const k = max > 0 ? 127 / max : 0;
  return { width: residual.width, height: residual.height, data: residual.data.map((v) => 128 + v * k) };
}
function upscale(g, factor) {
  const w = g.width * factor;
  const h = g.height * factor;
  const data = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const sy = Math.floor(y / factor);
    for (let x = 0; x < w; x++) data[y * w + x] = g.data[sy * g.width + Math.floor(x / factor)];
  }
  return { width: w, height: h, data };
}
async function stripPng(panels) {
  const maxH = Math.max(...panels.map((p) => p.height));
  const factor = Math.max(1, Math.ceil(MIN_PANEL_HEIGHT / maxH));
  const scaled = panels.map((p) => upscale(p, factor));
  const height = Math.max(...scaled.map((p) => p.height));
  const width = scaled.reduce((n, p) => n + p.width, 0) + GAP * (scaled.length - 1);
  const canvas = new Uint8Array(width * height).fill(255);
  let x0 = 0;
  for (const p of scaled) {
    for (let y = 0; y < p.height; y++) {
      for (let x = 0; x < p.width; x++) canvas[y * width + x0 + x] = Math.max(0, Math.min(255, Math.round(p.data[y * p.width + x])));
    }
    x0 += p.width + GAP;
  }
  const png = await sharp3(Buffer.from(canvas), { raw: { width, height, channels: 1 } }).png({ compressionLevel: 9 }).toBuffer();
  return new Uint8Array(png);
}

// src/util/concurrency.ts
async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

// src/forensics/gray.ts
function grayOf(img) {
  return { width: img.width, height: img.height, data: toGray(img) };
}
function packGray(g) {
  const data = new Uint8Array(g.data.length);
  for (let i = 0; i < data.length; i++) data[i] = Math.round(g.data[i]);
  return { width: g.width, height: g.height, data };
}
function unpackGray(p) {
  return { width: p.width, height: p.height, data: Float32Array.from(p.data) };
}
function crop(g, x0, y0, w, h) {
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const sy = Math.min(g.height - 1, Math.max(0, y0 + y));
    for (let x = 0; x < w; x++) {
      const sx = Math.min(g.width - 1, Math.max(0, x0 + x));
      out[y * w + x] = g.data[sy * g.width + sx];
    }
  }
  return { width: w, height: h, data: out };
}

// src/forensics/dct.ts
var bases = /* @__PURE__ */ new Map();
function dctBasis(n) {
  let b = bases.get(n);
  if (!b) {
    b = new Float64Array(n * n);
    for (let u = 0; u < n; u++) {
      const s = u === 0 ? Math.sqrt(1 / n) : Math.sqrt(2 / n);
      for (let x = 0; x < n; x++) b[u * n + x] = s * Math.cos(Math.PI * (2 * x + 1) * u / (2 * n));
    }
    bases.set(n, b);
  }
  return b;
}
function dct2(src, offset, stride, n, out, tmp) {
  const b = dctBasis(n);
  for (let y = 0; y < n; y++) {
    for (let u = 0; u < n; u++) {
      let acc = 0;
      for (let x = 0; x < n; x++) acc += b[u * n + x] * src[offset + y * stride + x];
      tmp[y * n + u] = acc;
    }
  }
  for (let v = 0; v < n; v++) {
    for (let u = 0; u < n; u++) {
      let acc = 0;
      for (let y = 0; y < n; y++) acc += b[v * n + y] * tmp[y * n + u];
      out[v * n + u] = acc;
    }
  }
}

// src/forensics/resample.ts
function resample(src, width, height) {
  if (src.width === width && src.height === height) return { width, height, data: Float32Array.from(src.data) };
  const horizontal = resample1d(src.data, src.width, src.height, width, true);
  const data = resample1d(horizontal, width, src.height, height, false);
  return { width, height, data };
}
function weights(inSize, outSize) {
  const scale = inSize / outSize;
  const support = Math.max(1, scale);
  const span = Math.ceil(support) * 2 + 1;
  const start = new Int32Array(outSize);
  const count = new Int32Array(outSize);
  const w = new Float32Array(outSize * span);
  for (let o = 0; o < outSize; o++) {
    const center = (o + 0.5) * scale - 0.5;
    const lo = Math.max(0, Math.floor(center - support));
    const hi = Math.min(inSize - 1, Math.ceil(center + support));
    let sum = 0;
    let n = 0;
    for (let i = lo; i <= hi && n < span; i++, n++) {
      const v = Math.max(0, 1 - Math.abs(i - center) / support);
      w[o * span + n] = v;
      sum += v;
    }
    if (sum === 0) {
      w[o * span] = 1;
      start[o] = Math.min(inSize - 1, Math.max(0, Math.round(center)));
      count[o] = 1;
      continue;
    }
    for (let k = 0; k < n; k++) w[o * span + k] /= sum;
    start[o] = lo;
    count[o] = n;
  }
  return { start, count, w, span };
}
function resample1d(data, width, height, outSize, alongX) {
  const inSize = alongX ? width : height;
  const { start, count, w, span } = weights(inSize, outSize);
  const outW = alongX ? outSize : width;
  const outH = alongX ? height : outSize;
  const out = new Float32Array(outW * outH);
  for (let y = 0; y < outH; y++) {
    for (let x = 0; x < outW; x++) {
      const o = alongX ? x : y;
      let acc = 0;
      for (let k = 0; k < count[o]; k++) {
        const i = start[o] + k;
        acc += w[o * span + k] * (alongX ? data[y * width + i] : data[i * width + x]);
      }
      out[y * outW + x] = acc;
    }
  }
  return out;
}

// src/forensics/phash.ts
var SIZE = 32;
var LOW = 8;
function phash(g) {
  const small = resample(g, SIZE, SIZE);
  const coeffs = new Float64Array(SIZE * SIZE);
  dct2(small.data, 0, SIZE, SIZE, coeffs, new Float64Array(SIZE * SIZE));
  const low = [];
  for (let v = 0; v < LOW; v++) for (let u = 0; u < LOW; u++) low.push(coeffs[v * SIZE + u]);
  const ac = low.slice(1);
  const median2 = [...ac].sort((a, b) => a - b)[ac.length >> 1];
  let hi = 0;
  let lo = 0;
  for (let i = 1; i < 64; i++) {
    if (low[i] <= median2) continue;
    if (i < 32) lo |= 1 << i;
    else hi |= 1 << i - 32;
  }
  return { hi: hi >>> 0, lo: lo >>> 0 };
}
function popcount32(x) {
  x -= x >>> 1 & 1431655765;
  x = (x & 858993459) + (x >>> 2 & 858993459);
  x = x + (x >>> 4) & 252645135;
  return Math.imul(x, 16843009) >>> 24;
}
function hamming(a, b) {
  return popcount32((a.hi ^ b.hi) >>> 0) + popcount32((a.lo ^ b.lo) >>> 0);
}
function phashHex(h) {
  return h.hi.toString(16).padStart(8, "0") + h.lo.toString(16).padStart(8, "0");
}

// src/forensics/reference.ts
var PIXEL_BUDGET = 64 * 1024 * 1024;
var CONCURRENCY = 4;
function candidateGray(c) {
  return isUsable(c) && c.image ? grayOf(c.image) : void 0;
}
function referenceImages(ctx) {
  const key = `forensics:reference:${ctx.dataset.name}`;
  const cached = ctx.services[key];
  if (cached) return cached;
  const p = build(ctx);
  ctx.services[key] = p;
  return p;
}
async function build(ctx) {
  let budget = PIXEL_BUDGET;
  let unreadable = 0;
  const decode2 = async (sample) => {
    const loaded2 = await ctx.reference.load({ ...sample });
    return candidateGray(loaded2);
  };
  const decoded = await mapLimit(ctx.reference.samples, CONCURRENCY, async (sample) => {
    const g = await decode2(sample);
    if (!g) return void 0;
    const image = { sample, hash: phash(g), width: g.width, height: g.height };
    return { image, g };
  });
  const images = [];
  for (const d of decoded) {
    if (!d) {
      unreadable++;
      continue;
    }
    const px = d.g.width * d.g.height;
    if (px <= budget) {
      d.image.packed = packGray(d.g);
      budget -= px;
    }
    images.push(d.image);
  }
  return {
    images,
    unreadable,
    async gray(image) {
      if (image.packed) return unpackGray(image.packed);
      const g = await decode2(image.sample);
      if (!g) throw new Error(`reference image ${image.sample.path} could not be decoded again`);
      return g;
    }
  };
}

// src/forensics/align.ts
var MAX_ASPECT_CHANGE = 0.25;
var MIN_COVER = 0.8;
var COARSE_SIDE = 48;
function ncc(cand, ref, x0, y0, step = 1) {
  let n = 0;
  let sa = 0;
  let sb = 0;
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  for (let y = 0; y < cand.height; y += step) {
    const ry = y + y0;
    if (ry < 0 || ry >= ref.height) continue;
    for (let x = 0; x < cand.width; x += step) {
      const rx = x + x0;
      if (rx < 0 || rx >= ref.width) continue;
      const va2 = cand.data[y * cand.width + x];
      const vb2 = ref.data[ry * ref.width + rx];
      n++;
      sa += va2;
      sb += vb2;
      saa += va2 * va2;
      sbb += vb2 * vb2;
      sab += va2 * vb2;
    }
  }
  if (n < 0.8 * Math.ceil(cand.width / step) * Math.ceil(cand.height / step)) return -1;
  const cov = sab - sa * sb / n;
  const va = saa - sa * sa / n;
  const vb = sbb - sb * sb / n;
  if (va <= 1e-9 || vb <= 1e-9) return va <= 1e-9 && vb <= 1e-9 ? 1 : 0;
  return cov / Math.sqrt(va * vb);
}
function scales(cand, ref) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const steps = 8;
  for (let k = 0; k <= steps; k++) {
    const cover = 1 - (1 - MIN_COVER) * k / steps;
    const sw = Math.round(cand.width / cover);
    const sh = Math.round(cand.height / cover);
    const key = `${sw}x${sh}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ sw, sh });
    }
  }
  if (ref.width >= cand.width && ref.height >= cand.height && !seen.has(`${ref.width}x${ref.height}`)) out.push({ sw: ref.width, sh: ref.height });
  return out;
}
function search(cand, ref, options, slack) {
  let best = { sw: cand.width, sh: cand.height, x0: 0, y0: 0, ncc: -2 };
  for (const { sw, sh } of options) {
    const scaled = resample(ref, sw, sh);
    for (let y0 = -slack; y0 <= sh - cand.height + slack; y0++) {
      for (let x0 = -slack; x0 <= sw - cand.width + slack; x0++) {
        const v = ncc(cand, scaled, x0, y0);
        if (v > best.ncc + 1e-9) best = { sw, sh, x0, y0, ncc: v };
      }
    }
  }
  return best;
}
function align(cand, ref) {
  const aspect = cand.width / cand.height / (ref.width / ref.height);
  if (Math.abs(Math.log(aspect)) > MAX_ASPECT_CHANGE) return void 0;
  const side = Math.max(cand.width, cand.height);
  let best;
  if (side > COARSE_SIDE) {
    const k = COARSE_SIDE / side;
    const cw = Math.max(8, Math.round(cand.width * k));
    const ch = Math.max(8, Math.round(cand.height * k));
    const rw = Math.max(8, Math.round(ref.width * (cw / cand.width)));
    const rh = Math.max(8, Math.round(ref.height * (ch / cand.height)));
    const small = resample(cand, cw, ch);
    const coarse = search(small, resample(ref, rw, rh), scales(small, { ...ref, width: rw, height: rh }), 1);
    const sw = Math.round(coarse.sw / k);
    const sh = Math.round(coarse.sh / k);
    const scaled2 = resample(ref, sw, sh);
    best = { ...coarse, sw, sh, ncc: -2 };
    const cx = Math.round(coarse.x0 / k);
    const cy = Math.round(coarse.y0 / k);
    const r = Math.ceil(1 / k);
    for (let y0 = cy - r; y0 <= cy + r; y0++) {
      for (let x0 = cx - r; x0 <= cx + r; x0++) {
        const v = ncc(cand, scaled2, x0, y0);
        if (v > best.ncc + 1e-9) best = { sw, sh, x0, y0, ncc: v };
      }
    }
  } else {
    best = search(cand, ref, scales(cand, ref), 1);
  }
  const scaled = resample(ref, best.sw, best.sh);
  return fit(cand, scaled, best);
}
function fitOnGrid(cand, image) {
  return fit(cand, image, { sw: image.width, sh: image.height, x0: 0, y0: 0, ncc: ncc(cand, image, 0, 0) });
}
function fit(cand, scaled, h) {
  const n = cand.width * cand.height;
  const raw = new Float32Array(n);
  const valid = new Uint8Array(n);
  for (let y = 0; y < cand.height; y++) {
    const ry = y + h.y0;
    for (let x = 0; x < cand.width; x++) {
      const rx = x + h.x0;
      if (ry < 0 || ry >= scaled.height || rx < 0 || rx >= scaled.width) continue;
      raw[y * cand.width + x] = scaled.data[ry * scaled.width + rx];
      valid[y * cand.width + x] = 1;
    }
  }
  const leastSquares = (g0, o0) => {
    let m = 0;
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let sxy = 0;
    for (let i = 0; i < n; i++) {
      const c = cand.data[i];
      const r = raw[i];
      const p = g0 * r + o0;
      if (!valid[i] || c <= 4 || c >= 251 || p <= 4 || p >= 251) continue;
      m++;
      sx += r;
      sy += c;
      sxx += r * r;
      sxy += r * c;
    }
    const varX = sxx - sx * sx / Math.max(1, m);
    if (m < 16 || varX <= 1e-6) return void 0;
    const g = (sxy - sx * sy / m) / varX;
    return { gain: g, offset: (sy - g * sx) / m };
  };
  const first = leastSquares(1, 0);
  const second = first ? leastSquares(first.gain, first.offset) ?? first : void 0;
  let gain = second?.gain ?? 1;
  let offset = second?.offset ?? 0;
  const energy = (g, o) => {
    let e = 0;
    for (let i = 0; i < n; i++) {
      if (!valid[i]) continue;
      const d = cand.data[i] - Math.min(255, Math.max(0, g * raw[i] + o));
      e += d * d;
    }
    return e;
  };
  if (energy(gain, offset) >= 0.75 * energy(1, 0)) {
    gain = 1;
    offset = 0;
  }
  const predicted = new Float32Array(n);
  for (let i = 0; i < n; i++) predicted[i] = valid[i] ? Math.min(255, Math.max(0, gain * raw[i] + offset)) : 0;
  return {
    alignment: { scaledWidth: h.sw, scaledHeight: h.sh, x0: h.x0, y0: h.y0, ncc: h.ncc, gain, offset },
    predicted: { width: cand.width, height: cand.height, data: predicted },
    valid
  };
}

// src/forensics/residual.ts
function splitPatches(cand, s, bound) {
  const t = bound * 255;
  let n = 0;
  let patch = 0;
  let sum2 = 0;
  let linf = 0;
  let changed = 0;
  let gap = 0;
  let sa = 0;
  let sb = 0;
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  for (let i = 0; i < s.compared.length; i++) {
    if (!s.compared[i]) continue;
    const d = s.residual.data[i];
    const ad = Math.abs(d);
    if (ad > t) {
      patch++;
      continue;
    }
    const a = cand.data[i];
    const b = a - d;
    sa += a;
    sb += b;
    saa += a * a;
    sbb += b * b;
    sab += a * b;
    n++;
    sum2 += ad * ad;
    if (ad > linf) linf = ad;
    if (ad > 1.5) changed++;
    if (ad > t / 2) gap++;
  }
  const total = n + patch;
  const va = saa - sa * sa / Math.max(1, n);
  const vb = sbb - sb * sb / Math.max(1, n);
  return {
    ncc: va > 1e-9 && vb > 1e-9 ? (sab - sa * sb / n) / Math.sqrt(va * vb) : 0,
    patchShare: total > 0 ? patch / total : 0,
    patchPixels: patch,
    linf: linf / 255,
    rms: n > 0 ? Math.sqrt(sum2 / n) / 255 : 0,
    changed: n > 0 ? changed / n : 0,
    gapShare: n > 0 ? gap / n : 1
  };
}
var MARGIN = 1;
function residualOf(cand, aligned) {
  const { predicted, valid, alignment } = aligned;
  const w = cand.width;
  const residual = new Float32Array(w * cand.height);
  const compared = new Uint8Array(w * cand.height);
  let n = 0;
  let sum2 = 0;
  let linf = 0;
  let changed = 0;
  for (let y = MARGIN; y < cand.height - MARGIN; y++) {
    for (let x = MARGIN; x < w - MARGIN; x++) {
      const i = y * w + x;
      if (!valid[i]) continue;
      const d = cand.data[i] - predicted.data[i];
      residual[i] = d;
      compared[i] = 1;
      const ad = Math.abs(d);
      n++;
      sum2 += d * d;
      if (ad > linf) linf = ad;
      if (ad > 1.5) changed++;
    }
  }
  const res = { width: w, height: cand.height, data: residual };
  return {
    alignment,
    linf: linf / 255,
    l2: Math.sqrt(sum2) / 255,
    rms: n > 0 ? Math.sqrt(sum2 / n) / 255 : 0,
    changed: n > 0 ? changed / n : 0,
    hfShare: highFrequencyShare(res),
    pixels: n,
    residual: res,
    compared
  };
}
function compareImages(cand, ref) {
  const a = align(cand, ref);
  return a ? residualOf(cand, a) : void 0;
}
function blockSize(g) {
  return Math.min(g.width, g.height) >= 64 ? 8 : 4;
}
function highFrequencyShare(g) {
  const n = blockSize(g);
  const out = new Float64Array(n * n);
  const tmp = new Float64Array(n * n);
  let hf = 0;
  let total = 0;
  for (let by = 0; by + n <= g.height; by += n) {
    for (let bx = 0; bx + n <= g.width; bx += n) {
      dct2(g.data, by * g.width + bx, g.width, n, out, tmp);
      for (let v = 0; v < n; v++) {
        for (let u = 0; u < n; u++) {
          const e = out[v * n + u] ** 2;
          total += e;
          if (u + v >= n) hf += e;
        }
      }
    }
  }
  return total > 0 ? hf / total : 0;
}

// src/forensics/spectrum.ts
var DARK_LEVEL = 32;
var MIN_DARK_PIXELS = 16;
function spectrumStats(g) {
  const n = blockSize(g);
  const out = new Float64Array(n * n);
  const tmp = new Float64Array(n * n);
  let hf = 0;
  let blocks = 0;
  for (let by = 0; by + n <= g.height; by += n) {
    for (let bx = 0; bx + n <= g.width; bx += n) {
      dct2(g.data, by * g.width + bx, g.width, n, out, tmp);
      for (let v = 0; v < n; v++) for (let u = Math.max(0, n - v); u < n; u++) hf += out[v * n + u] ** 2;
      blocks++;
    }
  }
  const { width: w, height: h, data } = g;
  let dark = 0;
  let darkN = 0;
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      let max = 0;
      let lap = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const v = data[(y + dy) * w + x + dx];
          if (v > max) max = v;
          lap += v * (dx === 0 ? -2 : 1) * (dy === 0 ? -2 : 1);
        }
      }
      if (max > DARK_LEVEL) continue;
      dark += Math.abs(lap);
      darkN++;
    }
  }
  return {
    hf: Math.log1p(blocks > 0 ? hf / blocks : 0),
    ...darkN >= MIN_DARK_PIXELS ? { darkHf: Math.log1p(dark / darkN) } : {}
  };
}

// src/forensics/stats.ts
function lnGamma(x) {
  const c = [
    0.9999999999998099,
    676.5203681218851,
    -1259.1392167224028,
    771.3234287776531,
    -176.6150291621406,
    12.507343278686905,
    -0.13857109526572012,
    9984369578019572e-21,
    15056327351493116e-23
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let a = c[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
function binomialTail2(k, n, p) {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  const lnN = lnGamma(n + 1);
  let max = -Infinity;
  const terms = [];
  for (let i = k; i <= n; i++) {
    const t = lnN - lnGamma(i + 1) - lnGamma(n - i + 1) + i * lp + (n - i) * lq;
    terms.push(t);
    if (t > max) max = t;
  }
  let s = 0;
  for (const t of terms) s += Math.exp(t - max);
  return Math.min(1, Math.exp(max) * s);
}
function median(values) {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function quantile(values, q) {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(s.length - 1, lo + 1);
  return s[lo] + (h - lo) * (s[hi] - s[lo]);
}
function robustScale(values, floor = 1e-6) {
  const center = median(values);
  const mad = median(values.map((v) => Math.abs(v - center)));
  return { center, scale: Math.max(floor, 1.4826 * mad) };
}

// src/detectors/frequency.ts
var STATS = [
  { name: "hf", label: "high-frequency DCT energy" },
  { name: "darkHf", label: "high-frequency energy in dark flat regions" }
];
function calibrate(basis, values, q) {
  const stats = {};
  for (const { name } of STATS) {
    const xs = values.map((v) => v[name]).filter((x) => x !== void 0);
    if (xs.length < 10) continue;
    const { center, scale } = robustScale(xs, 1e-3);
    stats[name] = { center, scale, threshold: quantile(xs.map((x) => (x - center) / scale), q) };
  }
  return { basis, size: values.length, stats };
}
function highPass(g) {
  const out = new Float32Array(g.width * g.height);
  for (let y = 1; y < g.height - 1; y++) {
    for (let x = 1; x < g.width - 1; x++) {
      let lap = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) lap += g.data[(y + dy) * g.width + x + dx] * (dx === 0 ? -2 : 1) * (dy === 0 ? -2 : 1);
      out[y * g.width + x] = lap;
    }
  }
  return { width: g.width, height: g.height, data: out };
}
var frequency = {
  id: "frequency",
  description: "New images carry no more high-frequency energy than the trusted images of their class.",
  help: "Triggers and adversarial perturbations add fine, high-frequency structure that natural images of a class rarely have (Zeng et al., ICCV 2021). This rule measures two statistics per image \u2014 the energy in the top half of the block-DCT spectrum, and the high-frequency energy in dark flat regions where bounded noise shows most \u2014 and scores each new image by a robust z-score against its class's trusted images, calibrated so that a share 1 \u2212 quantile of trusted images would exceed it. Each outlier is a warning; when the share of outliers among the new images exceeds max_rate, the dataset-level finding fails the scan. Inspect the flagged images (the attached strips show each next to its high-pass view). Smooth, low-frequency triggers are invisible to it.",
  modality: "image",
  defaultSeverity: "warning",
  optionsSchema: {
    type: "object",
    properties: {
      quantile: { type: "number", minimum: 0.5, maximum: 0.9999, description: "Reference quantile a candidate must exceed." },
      max_rate: { type: "number", minimum: 0, maximum: 1, description: "Share of flagged candidates that fails the scan." },
      min_flagged: { type: "integer", minimum: 1, description: "Fewest flagged candidates for the dataset-level finding." },
      min_class_size: { type: "integer", minimum: 10, description: "Smaller classes are calibrated on the whole reference." },
      calibration_per_class: { type: "integer", minimum: 10, description: "Trusted images per class used for calibration." },
      evidence_images: { type: "boolean", description: "Attach image | high-pass PNG strips." }
    }
  },
  defaults: { quantile: 0.99, max_rate: 0.1, min_flagged: 3, min_class_size: 30, calibration_per_class: 1e3, evidence_images: true },
  async run(ctx) {
    const o = ctx.options;
    const cands = [];
    for (const c of ctx.candidates) {
      const gray = candidateGray(c);
      if (gray) cands.push({ path: c.sample.path, label: c.sample.label, sha256: c.sample.sha256, gray, stats: spectrumStats(gray) });
    }
    if (cands.length === 0) return [];
    const reference = await referenceImages(ctx);
    const byClass = /* @__PURE__ */ new Map();
    for (const img of reference.images) {
      const list = byClass.get(img.sample.label);
      if (list) list.push(img);
      else byClass.set(img.sample.label, [img]);
    }
    const statsByClass = /* @__PURE__ */ new Map();
    for (const [label2, list] of [...byClass].sort(([a], [b]) => a < b ? -1 : 1)) {
      const step = Math.max(1, list.length / o.calibration_per_class);
      const values = [];
      for (let i = 0; i < list.length && values.length < o.calibration_per_class; i += step) values.push(spectrumStats(await reference.gray(list[Math.floor(i)])));
      statsByClass.set(label2, values);
    }
    const pooled = calibrate("all", [...statsByClass.values()].flat(), o.quantile);
    const calibrations = /* @__PURE__ */ new Map();
    for (const [label2, values] of statsByClass) calibrations.set(label2, values.length >= o.min_class_size ? calibrate(label2, values, o.quantile) : pooled);
    if (pooled.size < 10) {
      return [
        {
          rule: "frequency",
          severity: "error",
          path: ctx.dataset.root,
          message: `only ${pooled.size} trusted images could be read: too few to calibrate the frequency check. Add trusted images or disable the rule for this dataset.`,
          evidence: { reference: pooled.size, unreadable: reference.unreadable }
        }
      ];
    }
    const findings = [];
    let flagged = 0;
    for (const c of cands) {
      const cal = calibrations.get(c.label) ?? pooled;
      const over = [];
      const scores = {};
      for (const { name, label: label2 } of STATS) {
        const s = cal.stats[name];
        const x = c.stats[name];
        if (!s || x === void 0) continue;
        const z = (x - s.center) / s.scale;
        scores[name] = r4(z);
        if (z > s.threshold) over.push({ label: label2, z, threshold: s.threshold });
      }
      if (over.length === 0) continue;
      flagged++;
      const worst = over.reduce((a, b) => b.z - b.threshold > a.z - a.threshold ? b : a);
      const finding = {
        rule: "frequency",
        severity: ctx.options.severity ?? "warning",
        path: c.path,
        sha256: c.sha256,
        message: `${over.map((v) => `${v.label} z = ${r4(v.z)}`).join("; ")} exceeds the ${o.quantile} quantile of ${cal.basis === "all" ? "all trusted images" : `trusted '${cal.basis}' images`} (${over.map((v) => r4(v.threshold)).join(", ")}): fine structure this class does not usually have, such as a trigger or adversarial noise. Inspect the image next to its high-pass view.`,
        score: r4(worst.z),
        threshold: r4(worst.threshold),
        evidence: { z: scores, calibration: cal.basis, calibration_size: cal.size, raw: { hf: r4(c.stats.hf), dark_hf: c.stats.darkHf === void 0 ? null : r4(c.stats.darkHf) } }
      };
      if (o.evidence_images) {
        finding.attachments = [{ name: attachmentName("frequency", c.path), mediaType: "image/png", data: await stripPng([c.gray, amplifiedResidual(highPass(c.gray))]) }];
      }
      findings.push(finding);
    }
    const rate = flagged / cands.length;
    if (flagged >= o.min_flagged && rate > o.max_rate) {
      findings.push({
        rule: "frequency",
        severity: "error",
        path: ctx.dataset.root,
        message: `${flagged} of ${cands.length} new images (${(rate * 100).toFixed(1)}%) have high-frequency energy beyond the ${o.quantile} quantile of their class, more than max_rate ${(o.max_rate * 100).toFixed(1)}%: a batch of triggered or perturbed images. Review the flagged images before merging.`,
        score: r4(rate),
        threshold: o.max_rate,
        evidence: { flagged, candidates: cands.length, rate: r4(rate), max_rate: o.max_rate, quantile: o.quantile, expected_rate: r4(1 - o.quantile) }
      });
    }
    return findings;
  }
};

// src/detectors/integrity.ts
var integrity = {
  id: "integrity",
  description: "Every changed sample can be read, is the format it claims, and decodes within the limits.",
  help: "A sample that cannot be read or decoded cannot be checked for poisoning, so it fails the gate. Causes: truncated or corrupt files, a wrong extension, formats the dataset does not accept, images over the pixel limit, symlinks, paths outside the repository, Git LFS pointers whose content was not fetched, invalid UTF-8 text, and files in the dataset that are not samples. Fix or remove the file.",
  modality: "any",
  mandatory: true,
  defaultSeverity: "error",
  optionsSchema: { type: "object", properties: {} },
  defaults: {},
  async run(ctx) {
    const findings = [];
    for (const c of ctx.candidates) {
      if (isUsable(c)) continue;
      for (const p of c.problems) {
        findings.push({
          rule: "integrity",
          severity: p.severity === "notice" ? "notice" : ctx.options.severity ?? "error",
          path: c.sample.path,
          ...c.sample.line ? { line: c.sample.line } : {},
          message: `${c.sample.path}${c.sample.line ? `:${c.sample.line}` : ""} ${p.message}`,
          ...c.sample.sha256 ? { sha256: c.sample.sha256 } : {},
          evidence: { problem: p.code, ...p.evidence ?? {} }
        });
      }
    }
    return findings;
  }
};

// src/detectors/outliers.ts
var outliers = {
  id: "outliers",
  description: "New samples unusually far from the trusted samples of their own class in the model's feature space.",
  help: "For each new sample, the distance to its k-th nearest trusted sample of the same class is compared with the same distance of every trusted sample of that class (left out of its own reference). Samples beyond the quantile get a per-sample finding (sample_severity); when the share of such samples exceeds max_rate (and the count is unlikely by chance) the dataset gets an error and the outliers take its severity: many new samples unlike anything trusted in their class is how backdoor and label-consistent poisons, and mislabelled or out-of-domain batches, show up. Review the listed samples.",
  modality: "any",
  defaultSeverity: "error",
  optionsSchema: {
    type: "object",
    properties: {
      k: { type: "integer", minimum: 1, maximum: 20, description: "Rank of the same-class neighbour whose distance is the score." },
      quantile: quantileOption("its distance is exceeded by"),
      ...rateOptions
    }
  },
  defaults: { k: 5, quantile: 0.99, max_rate: 0.02, rate_alpha: 1e-3, sample_severity: "warning" },
  async run(ctx) {
    const space = await featureSpace(ctx);
    if (space.cand.rows === 0) return [];
    const { k, quantile: quantile2 } = ctx.options;
    const a = await space.neighbourhoods(10, k);
    const calib = space.classes.map(() => []);
    for (const { n } of a.calibration) if (n.ownDist.length >= k) calib[n.label].push(n.ownDist[k - 1]);
    const findings = [];
    const notices = calibrationNotice("outliers", space, ctx.dataset.root, quantile2, () => false, "a calibrated distance outlier");
    let checked = 0;
    space.emb.candidates.samples.forEach((c, i) => {
      const n = a.candidates[i];
      if (n.label < 0 || n.ownDist.length < k || calib[n.label].length === 0) return;
      checked++;
      const score = n.ownDist[k - 1];
      const ref = calib[n.label];
      const p = upperPValue(ref, score);
      if (p > 1 - quantile2) return;
      const label2 = space.classes[n.label];
      const level = [...ref].sort((x, y) => x - y)[Math.min(ref.length - 1, Math.ceil(quantile2 * ref.length) - 1)];
      findings.push({
        rule: "outliers",
        severity: ctx.options.sample_severity,
        ...at(c),
        message: `${where(c.sample)} is far from every trusted '${label2}' sample in feature space: its ${k}th nearest is at ${round(score, 3)}, farther than for ${pct(1 - p)} of trusted '${label2}' samples (the ${quantile2} quantile is ${round(level, 3)}). Check that it is a '${label2}' and not altered.`,
        score: round(score),
        threshold: round(level),
        evidence: { label: label2, k, distance: round(score), reference_quantile: quantile2, reference_level: round(level), p_value: round(p, 5), neighbours: neighbourEvidence(space, n, 5), model: modelEvidence(space) }
      });
    });
    const flagged = findings.length;
    const r = rateExceeded(flagged, checked, quantile2, ctx.options.max_rate, ctx.options.rate_alpha);
    if (r.exceeded) {
      for (const f of findings) f.severity = ctx.options.severity ?? "error";
      findings.push({
        rule: "outliers",
        severity: ctx.options.severity ?? "error",
        path: ctx.dataset.root,
        message: `outlier rate ${pct(r.rate)} > ${pct(ctx.options.max_rate)}: ${flagged} of ${checked} new samples lie beyond the trusted samples' ${quantile2} quantile of distance to their own class (about ${pct(1 - quantile2)} expected). Review the flagged samples before merging.`,
        score: round(r.rate),
        threshold: ctx.options.max_rate,
        evidence: { flagged, checked, rate: round(r.rate), max_rate: ctx.options.max_rate, quantile: quantile2, binomial_tail: r.tail }
      });
    }
    return [...notices, ...findings];
  }
};

// src/detectors/provenance.ts
import { createPublicKey, verify } from "node:crypto";

// src/dataset/csv.ts
var QUOTE = 34;
var LF = 10;
var CR = 13;
function countNewlines(s) {
  let n = 0;
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) n++;
  return n;
}
function parseCsv(text, delimiter = ",") {
  const rows = [];
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const rowLine = line;
    const fields = [];
    let sawAny = false;
    for (; ; ) {
      let field2 = "";
      if (text.charCodeAt(i) === QUOTE) {
        const quoteLine = line;
        sawAny = true;
        let pos = i + 1;
        for (; ; ) {
          const q = text.indexOf('"', pos);
          if (q < 0) throw new Error(`line ${quoteLine}: unterminated quoted field`);
          const part = text.slice(pos, q);
          line += countNewlines(part);
          field2 += part;
          if (text.charCodeAt(q + 1) === QUOTE) {
            field2 += '"';
            pos = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
      }
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === delim || c === LF || c === CR) break;
        j++;
      }
      if (j > i) {
        field2 += text.slice(i, j);
        sawAny = true;
      }
      i = j;
      fields.push(field2);
      if (i < n && text.charCodeAt(i) === delim) {
        i++;
        sawAny = true;
        continue;
      }
      break;
    }
    if (i < n) {
      i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
    }
    if (!(fields.length === 1 && fields[0] === "" && !sawAny)) rows.push({ line: rowLine, fields });
  }
  return rows;
}

// src/dataset/records.ts
var MAX_RECORDS = 2e6;
function stringify(v) {
  if (v === null || v === void 0) return "";
  return typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v);
}
function parseRecords(path, text) {
  const ext = extensionOf(path);
  return ext === "jsonl" || ext === "ndjson" ? parseJsonl(text) : parseTable(text, ext === "tsv" ? "	" : ",");
}
function parseJsonl(text) {
  const records = [];
  const problems = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, "");
    if (raw.trim() === "") continue;
    if (records.length >= MAX_RECORDS) {
      problems.push({ line: i + 1, message: `more than ${MAX_RECORDS} records` });
      break;
    }
    let value;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      problems.push({ line: i + 1, message: `not valid JSON (${err.message})` });
      continue;
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      problems.push({ line: i + 1, message: "each line must be a JSON object" });
      continue;
    }
    const fields = {};
    for (const [k, v] of Object.entries(value)) fields[k] = stringify(v);
    records.push({ line: i + 1, fields });
  }
  return { records, problems };
}
function parseTable(text, delimiter) {
  const problems = [];
  let rows;
  try {
    rows = parseCsv(text.replace(/^\uFEFF/, ""), delimiter);
  } catch (err) {
    const m = /^line (\d+): (.*)$/.exec(err.message);
    return { records: [], problems: [{ line: m ? Number(m[1]) : 1, message: m ? m[2] : err.message }] };
  }
  if (rows.length === 0) return { records: [], problems: [{ line: 1, message: "empty table (no header row)" }] };
  const header = rows[0].fields.map((h) => h.trim());
  const records = [];
  for (const row of rows.slice(1, MAX_RECORDS + 1)) {
    if (row.fields.length !== header.length) {
      problems.push({ line: row.line, message: `has ${row.fields.length} columns, the header has ${header.length}` });
      continue;
    }
    const fields = {};
    header.forEach((h, i) => fields[h] = row.fields[i]);
    records.push({ line: row.line, fields });
  }
  if (rows.length > MAX_RECORDS + 1) problems.push({ line: rows[MAX_RECORDS + 1].line, message: `more than ${MAX_RECORDS} records` });
  return { records, problems };
}

// src/detectors/provenance.ts
function signedPayload(fields, signatureField) {
  const keys = Object.keys(fields).filter((k) => k !== signatureField).sort();
  const obj = {};
  for (const k of keys) obj[k] = fields[k];
  return Buffer.from(JSON.stringify(obj), "utf8");
}
var ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
function parsePublicKey(text) {
  if (text.includes("BEGIN PUBLIC KEY")) return createPublicKey(text);
  const raw = Buffer.from(text.trim(), "base64");
  if (raw.length !== 32) throw new Error("an ed25519 public key is 32 bytes (base64) or a PEM block");
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: "der", type: "spki" });
}
function checkSignature(rec, sig, keys) {
  const signature = rec.fields[sig.field];
  if (!signature) {
    return sig.required ? { message: `record has no '${sig.field}' but signatures are required` } : void 0;
  }
  const signer = rec.fields[sig.key_field] ?? "";
  const key = keys.get(signer);
  if (!key) return { message: `signer '${signer}' (field '${sig.key_field}') has no key in the policy`, evidence: { signer } };
  if (key instanceof Error) return { message: `the policy's key for '${signer}' is unusable: ${key.message}` };
  const bytes = Buffer.from(signature, "base64");
  let ok;
  try {
    ok = bytes.length === 64 && verify(null, signedPayload(rec.fields, sig.field), key, bytes);
  } catch {
    ok = false;
  }
  return ok ? void 0 : { message: `signature does not verify with the key of '${signer}': the record was altered or not signed by it`, evidence: { signer } };
}
function checkRecord(c, rec, prov, keys) {
  const out = [];
  const missing = prov.required.filter((f) => (rec.fields[f] ?? "").trim() === "");
  if (missing.length > 0) out.push({ message: `record is missing required field(s): ${missing.join(", ")}`, evidence: { missing } });
  for (const [field2, allowed] of Object.entries(prov.allowed)) {
    const value = rec.fields[field2];
    if (value !== void 0 && value !== "" && !allowed.includes(value)) {
      out.push({ message: `${field2} '${value}' is not allowed (allowed: ${allowed.join(", ")})`, evidence: { field: field2, value, allowed } });
    }
  }
  const declared = rec.fields[prov.sha256_field]?.trim().toLowerCase();
  if (declared && c.sample.sha256 && declared !== c.sample.sha256) {
    out.push({
      message: `checksum mismatch: the record says ${prov.sha256_field} ${declared.slice(0, 12)}\u2026, the file's bytes hash to ${c.sample.sha256.slice(0, 12)}\u2026`,
      evidence: { declared, actual: c.sample.sha256 }
    });
  }
  if (prov.signatures) {
    const sig = checkSignature(rec, prov.signatures, keys);
    if (sig) out.push(sig);
  }
  return out;
}
async function readManifest(ctx, prov) {
  const bytes = await ctx.head.read(prov.manifest, ctx.limits.max_file_bytes);
  return parseRecords(prov.manifest, bytes.toString("utf8"));
}
var provenance = {
  id: "provenance",
  description: "Every new sample has a provenance record with the required fields, allowed values, matching sha256 and a valid signature.",
  help: "Each changed sample needs a record in the dataset's provenance manifest (keyed by its path relative to the dataset root) with every required field, values from the allow-lists, the sha256 of its bytes, and, when the policy asks for it, an ed25519 signature by a known vendor key over the record. Add or fix the record, or remove the sample.",
  modality: "any",
  defaultSeverity: "error",
  optionsSchema: { type: "object", properties: {} },
  defaults: {},
  async run(ctx) {
    const prov = ctx.dataset.provenance;
    const samples = ctx.candidates.filter((c) => c.problems.every((p) => p.code !== "unrecognised-file"));
    if (!prov || samples.length === 0) return [];
    const severity2 = ctx.options.severity ?? "error";
    let parsed;
    try {
      parsed = await readManifest(ctx, prov);
    } catch (err) {
      return [{ rule: "provenance", severity: severity2, path: prov.manifest, message: `provenance manifest cannot be read: ${err.message}` }];
    }
    const findings = parsed.problems.map((p) => ({
      rule: "provenance",
      severity: severity2,
      path: prov.manifest,
      line: p.line,
      message: `provenance manifest line ${p.line} ${p.message}`
    }));
    const byPath2 = /* @__PURE__ */ new Map();
    for (const rec of parsed.records) {
      const key = rec.fields[prov.key];
      const path = key ? joinRepoPath(ctx.dataset.root, key) : void 0;
      if (!path) {
        findings.push({ rule: "provenance", severity: severity2, path: prov.manifest, line: rec.line, message: `record has no usable '${prov.key}' (a path relative to ${ctx.dataset.root})` });
      } else if (byPath2.has(path)) {
        findings.push({ rule: "provenance", severity: severity2, path: prov.manifest, line: rec.line, message: `second record for ${key} (first on line ${byPath2.get(path).line}); the record must be unambiguous` });
      } else byPath2.set(path, rec);
    }
    const keys = /* @__PURE__ */ new Map();
    for (const [signer, text] of Object.entries(prov.signatures?.keys ?? {})) {
      try {
        keys.set(signer, parsePublicKey(text));
      } catch (err) {
        keys.set(signer, err);
      }
    }
    for (const c of samples) {
      const rec = byPath2.get(c.sample.path);
      const base = { rule: "provenance", severity: severity2, path: c.sample.path, ...c.sample.sha256 ? { sha256: c.sample.sha256 } : {} };
      if (!rec) {
        findings.push({ ...base, message: `no provenance record in ${prov.manifest}: add one with ${[prov.key, ...prov.required].join(", ")}` });
        continue;
      }
      for (const check of checkRecord(c, rec, prov, keys)) {
        findings.push({ ...base, message: `provenance (${prov.manifest}:${rec.line}): ${check.message}`, evidence: { manifest: prov.manifest, record_line: rec.line, ...check.evidence } });
      }
    }
    return findings;
  }
};

// src/forensics/benign.ts
import sharp4 from "sharp";
var KERNELS = ["lanczos3", "cubic", "mitchell", "linear", "nearest"];
var QUALITIES = [70, 75, 80, 85, 90, 95, 100];
function rawOf(g) {
  return sharp4(Buffer.from(Uint8Array.from(g.data, (v) => Math.max(0, Math.min(255, Math.round(v))))), {
    raw: { width: g.width, height: g.height, channels: 1 }
  });
}
async function grayFrom(s) {
  const { data, info } = await s.raw().toBuffer({ resolveWithObject: true });
  const out = new Float32Array(info.width * info.height);
  for (let i = 0; i < out.length; i++) out[i] = data[i * info.channels];
  return { width: info.width, height: info.height, data: out };
}
async function geometries(ref, a, cand) {
  const sameScale = a.scaledWidth === ref.width && a.scaledHeight === ref.height;
  const inside = a.x0 >= 0 && a.y0 >= 0 && a.x0 + cand.width <= a.scaledWidth && a.y0 + cand.height <= a.scaledHeight;
  if (sameScale) {
    if (!inside) return [];
    const whole2 = a.x0 === 0 && a.y0 === 0 && cand.width === ref.width && cand.height === ref.height;
    return [{ name: whole2 ? "none" : "crop", image: whole2 ? ref : crop(ref, a.x0, a.y0, cand.width, cand.height) }];
  }
  const out = [];
  for (const kernel of KERNELS) {
    out.push({ name: `resize (${kernel})`, image: await grayFrom(rawOf(ref).resize(cand.width, cand.height, { kernel, fit: "fill" })) });
  }
  const kx = ref.width / a.scaledWidth;
  const ky = ref.height / a.scaledHeight;
  const left = Math.round(a.x0 * kx);
  const top = Math.round(a.y0 * ky);
  const width = Math.round(cand.width * kx);
  const height = Math.round(cand.height * ky);
  const whole = left <= 0 && top <= 0 && width >= ref.width && height >= ref.height;
  if (whole) return out;
  let bestWindow;
  for (const dl of [-1, 0, 1]) {
    for (const dw of [-1, 0, 1]) {
      const l = left + dl;
      const t = top + dl;
      const w = width + dw;
      const h = height + dw;
      if (l < 0 || t < 0 || l + w > ref.width || t + h > ref.height || w < 4 || h < 4) continue;
      const image = await grayFrom(rawOf(crop(ref, l, t, w, h)).resize(cand.width, cand.height, { kernel: "lanczos3", fit: "fill" }));
      const rms = residualOf(cand, fitOnGrid(cand, image)).rms;
      if (!bestWindow || rms < bestWindow.rms) bestWindow = { l, t, w, h, rms };
    }
  }
  if (bestWindow) {
    const { l, t, w, h } = bestWindow;
    for (const kernel of KERNELS) {
      out.push({
        name: `crop ${w}\xD7${h}+${l}+${t} and resize (${kernel})`,
        image: await grayFrom(rawOf(crop(ref, l, t, w, h)).resize(cand.width, cand.height, { kernel, fit: "fill" }))
      });
    }
  }
  return out;
}
async function bestBenignExplanation(cand, ref, stats, cache2) {
  const scored = (await geometries(ref, stats.alignment, cand)).map((g) => ({ ...g, rms: residualOf(cand, fitOnGrid(cand, g.image)).rms }));
  scored.sort((x, y) => x.rms - y.rms);
  let best = scored[0] && scored[0].name !== "none" ? { edit: scored[0].name, rms: scored[0].rms } : void 0;
  const a = stats.alignment;
  const adjusted = a.gain !== 1 || a.offset !== 0;
  const inputs = scored.slice(0, 2).flatMap((g) => [
    { name: g.name, image: g.image, adjusted: false, base: g.image },
    ...adjusted ? [{ name: `${g.name === "none" ? "" : `${g.name}, `}brightness/contrast`, image: adjust(g.image, a.gain, a.offset), adjusted: true, base: g.image }] : []
  ]);
  for (const g of inputs) {
    const prefix = g.name === "none" ? "" : `${g.name}, then `;
    for (const q of QUALITIES) {
      for (const codec of ["JPEG", "WebP"]) {
        const encode = async () => grayFrom(sharp4(await (codec === "JPEG" ? rawOf(g.image).jpeg({ quality: q }) : rawOf(g.image).webp({ quality: q })).toBuffer()));
        const key = cache2 && !g.adjusted ? `${cache2.source}\0${g.name}\0${g.image.width}x${g.image.height}\0${codec}\0${q}` : void 0;
        let decoded = key ? cache2.images.get(key) : void 0;
        if (!decoded) {
          decoded = await encode();
          if (key) cache2.images.set(key, decoded);
        }
        const rms = residualOf(cand, fitOnGrid(cand, decoded)).rms;
        if (!best || rms < best.rms) best = { edit: `${prefix}${codec} quality ${q}`, rms, ...g.adjusted ? { codec, quality: q, base: g.base } : {} };
      }
    }
  }
  const winner = best;
  if (winner?.codec && winner.base && winner.quality) {
    const { codec, quality, base } = winner;
    for (const dg of [-0.02, -0.01, 0, 0.01, 0.02]) {
      for (const dof of [-4, -2, 0, 2, 4]) {
        const image = adjust(base, a.gain + dg, a.offset + dof);
        const enc = codec === "JPEG" ? rawOf(image).jpeg({ quality }) : rawOf(image).webp({ quality });
        const rms = residualOf(cand, fitOnGrid(cand, await grayFrom(sharp4(await enc.toBuffer())))).rms;
        if (rms < winner.rms) winner.rms = rms;
      }
    }
  }
  return winner ? { edit: winner.edit, rms: winner.rms } : void 0;
}
function adjust(g, gain, offset) {
  return { width: g.width, height: g.height, data: g.data.map((v) => Math.min(255, Math.max(0, Math.round(gain * v + offset)))) };
}

// src/forensics/hash-index.ts
var CHUNKS = 4;
function chunk(h, c) {
  return c < 2 ? h.lo >>> 16 * c & 65535 : h.hi >>> 16 * (c - 2) & 65535;
}
var HashIndex = class {
  hashes = [];
  sorted;
  add(h) {
    this.hashes.push(h);
    this.sorted = void 0;
    return this.hashes.length - 1;
  }
  get size() {
    return this.hashes.length;
  }
  build() {
    if (this.sorted) return this.sorted;
    const n = this.hashes.length;
    this.sorted = Array.from({ length: CHUNKS }, (_, c) => {
      const ids = Int32Array.from({ length: n }, (_2, i) => i);
      const key = (i) => chunk(this.hashes[i], c);
      ids.sort((a, b) => key(a) - key(b) || a - b);
      return { keys: Uint16Array.from(ids, key), ids };
    });
    return this.sorted;
  }
  /** Every entry within Hamming distance `radius` (≤ 15) of `q`, nearest first, ties by id. */
  query(q, radius) {
    const tables = this.build();
    const sub = Math.floor(radius / CHUNKS);
    const seen = /* @__PURE__ */ new Set();
    const hits = [];
    for (let c = 0; c < CHUNKS; c++) {
      const { keys, ids } = tables[c];
      for (const probe of neighbours(chunk(q, c), sub)) {
        let lo = lowerBound(keys, probe);
        for (; lo < keys.length && keys[lo] === probe; lo++) {
          const id = ids[lo];
          if (seen.has(id)) continue;
          seen.add(id);
          const d = hamming(q, this.hashes[id]);
          if (d <= radius) hits.push({ id, distance: d });
        }
      }
    }
    return hits.sort((a, b) => a.distance - b.distance || a.id - b.id);
  }
};
function lowerBound(keys, v) {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (keys[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function neighbours(v, r) {
  const out = [v];
  if (r >= 1) for (let i = 0; i < 16; i++) out.push(v ^ 1 << i);
  if (r >= 2) for (let i = 0; i < 16; i++) for (let j = i + 1; j < 16; j++) out.push(v ^ 1 << i ^ 1 << j);
  if (r >= 3)
    for (let i = 0; i < 16; i++)
      for (let j = i + 1; j < 16; j++) for (let k = j + 1; k < 16; k++) out.push(v ^ 1 << i ^ 1 << j ^ 1 << k);
  return out;
}

// src/detectors/perturbed-copy.ts
var MAX_GAP_SHARE = 0.02;
function describe(s) {
  const a = s.alignment;
  return {
    linf_255: r4(s.linf * 255),
    l2_255: r4(s.l2 * 255),
    rms_255: r4(s.rms * 255),
    changed_share: r4(s.changed),
    hf_energy_share: r4(s.hfShare),
    correlation: r4(a.ncc),
    alignment: { scaled_to: [a.scaledWidth, a.scaledHeight], offset: [a.x0, a.y0], gain: r4(a.gain), brightness: r4(a.offset) },
    pixels: s.pixels
  };
}
var perturbedCopy = {
  id: "perturbed-copy",
  description: "A new image is not a near-copy of a trusted or another new image that differs by small, dense noise.",
  help: "Clean-label poisons (feature collision, convex polytope, label-consistent backdoors) are ordinary images plus a small, dense, bounded perturbation (an L\u221E ball of 8/255\u201316/255). This rule finds, for each new image, its near-duplicates among the trusted images and the other new images (perceptual hash, multi-index search), aligns them (resize, crop, shift, brightness/contrast) and measures what is left. A residual that is small, dense and not reproduced by resizing, cropping or JPEG/WebP re-encoding of the source is reported with its L\u221E, L2, share of changed pixels and high-frequency share. Replace the file with the unmodified original, or drop it. It cannot see a poison whose clean source is in neither side of the comparison.",
  modality: "image",
  defaultSeverity: "error",
  optionsSchema: {
    type: "object",
    properties: {
      hash_radius: { type: "integer", minimum: 0, maximum: 15, description: "Hamming radius (of 64 bits) for near-duplicate search." },
      max_matches: { type: "integer", minimum: 1, maximum: 20, description: "Near-duplicates verified per candidate." },
      min_correlation: { type: "number", minimum: 0, maximum: 1, description: "Correlation above which an aligned pair is the same picture." },
      max_linf: { type: "number", exclusiveMinimum: 0, maximum: 1, description: 'Largest per-pixel change (0\u20131) of a "small" perturbation.' },
      max_patch_share: {
        type: "number",
        minimum: 0,
        maximum: 1,
        description: "Largest share of pixels allowed beyond max_linf (a stamped patch on top of the perturbation)."
      },
      min_rms: { type: "number", minimum: 0, maximum: 1, description: "Smallest RMS change (0\u20131) that is reported." },
      min_changed: { type: "number", minimum: 0, maximum: 1, description: "Smallest share of changed pixels for a dense perturbation." },
      max_explained: { type: "number", minimum: 0, maximum: 1, description: "Benign when a resize/crop/re-encode of the source leaves at most this share of the residual RMS." },
      candidate_sources: {
        type: "string",
        enum: ["error", "warning", "off"],
        description: "Severity when the source is another new image (warning: two edits of one outside image look alike)."
      },
      evidence_images: { type: "boolean", description: "Attach candidate | source | residual PNG strips." }
    }
  },
  defaults: {
    hash_radius: 10,
    max_matches: 3,
    min_correlation: 0.95,
    max_linf: 48 / 255,
    max_patch_share: 0.15,
    min_rms: 1.5 / 255,
    min_changed: 0.2,
    max_explained: 0.75,
    candidate_sources: "warning",
    evidence_images: true
  },
  async run(ctx) {
    const o = ctx.options;
    const reference = await referenceImages(ctx);
    const index = new HashIndex();
    const entries = [];
    for (const ref of reference.images) {
      index.add(ref.hash);
      entries.push({ path: ref.sample.path, label: ref.sample.label, hash: ref.hash, sha256: ref.sample.sha256, ref });
    }
    const candidates = [];
    for (const c of ctx.candidates) {
      const gray = candidateGray(c);
      if (!gray) continue;
      const entry = { path: c.sample.path, label: c.sample.label, hash: phash(gray), sha256: c.sample.sha256, gray };
      candidates.push({ entry, gray, id: index.add(entry.hash) });
      entries.push(entry);
    }
    const findings = [];
    if (reference.unreadable > 0) {
      findings.push({
        rule: "perturbed-copy",
        severity: "notice",
        path: ctx.dataset.root,
        message: `${reference.unreadable} trusted image(s) could not be decoded and were left out of the comparison; fix them on the base branch.`,
        evidence: { unreadable: reference.unreadable, reference: reference.images.length }
      });
    }
    const encodes = /* @__PURE__ */ new Map();
    for (const cand of candidates) {
      const hits = index.query(cand.entry.hash, o.hash_radius).filter((h) => h.id !== cand.id && entries[h.id].sha256 !== cand.entry.sha256);
      const ordered = [
        ...hits.filter((h) => entries[h.id].ref).slice(0, o.max_matches),
        ...o.candidate_sources === "off" ? [] : hits.filter((h) => !entries[h.id].ref).slice(0, o.max_matches)
      ];
      let suspect;
      for (const hit of ordered) {
        const source = entries[hit.id];
        const sourceGray = source.gray ?? await reference.gray(source.ref);
        const verdict = await judgePair(cand.gray, sourceGray, o, { source: source.path, images: encodes });
        if (verdict === "benign") {
          suspect = void 0;
          break;
        }
        if (verdict !== "unrelated" && !suspect) suspect = { ...verdict, source, distance: hit.distance };
      }
      if (suspect) findings.push(await findingFor(cand.entry, cand.gray, suspect, o, ctx.options.severity));
    }
    return findings;
  }
};
async function judgePair(cand, source, o, cache2) {
  const stats = compareImages(cand, source);
  if (!stats) return "unrelated";
  const patches = stats.linf > o.max_linf ? splitPatches(cand, stats, o.max_linf) : void 0;
  if (patches && (patches.patchShare > o.max_patch_share || patches.patchPixels === 0 || patches.gapShare > MAX_GAP_SHARE)) return "unrelated";
  if ((patches ?? stats.alignment).ncc < o.min_correlation) return "unrelated";
  const rest = patches ?? stats;
  if (rest.rms < o.min_rms || rest.changed < o.min_changed) return "benign";
  const benign = await bestBenignExplanation(cand, source, stats, cache2);
  if (benign && benign.rms <= o.max_explained * stats.rms) return "benign";
  return { stats, ...patches ? { patches } : {}, ...benign ? { benign } : {} };
}
async function findingFor(entry, gray, s, o, severity2) {
  const { source, stats, benign, patches } = s;
  const bounded = patches ?? stats;
  const trusted = source.ref !== void 0;
  const finding = {
    rule: "perturbed-copy",
    severity: trusted || o.candidate_sources === "error" ? severity2 ?? "error" : "warning",
    path: entry.path,
    sha256: entry.sha256,
    message: `a small dense perturbation of ${trusted ? "trusted" : "new"} image ${source.path} (label ${source.label}): L\u221E ${r4(bounded.linf * 255)}/255, L2 ${r4(stats.l2 * 255)}/255, ${Math.round(bounded.changed * 100)}% of pixels changed, ${Math.round(stats.hfShare * 100)}% of the change high-frequency` + (patches ? `, plus local patches (${patches.patchPixels} pixels, ${Math.round(patches.patchShare * 100)}%) changed by up to ${r4(stats.linf * 255)}/255 \u2014 a stamped pattern such as a trigger` : "") + "; no resize, crop or re-encoding of the source explains it. Replace it with the unmodified original or remove it.",
    score: r4(stats.rms * 255),
    threshold: r4(o.min_rms * 255),
    evidence: {
      source: source.path,
      source_label: source.label,
      source_side: trusted ? "reference" : "candidate",
      hash_distance: s.distance,
      candidate_phash: phashHex(entry.hash),
      ...describe(stats),
      ...patches ? { linf_outside_patches_255: r4(patches.linf * 255), patch_pixels: patches.patchPixels, patch_share: r4(patches.patchShare) } : {},
      closest_benign_edit: benign ? { edit: benign.edit, rms_255: r4(benign.rms * 255) } : null
    }
  };
  if (o.evidence_images) {
    finding.attachments = [
      {
        name: attachmentName("perturbed-copy", entry.path, source.path),
        mediaType: "image/png",
        data: await stripPng([gray, sourceOnGrid(gray, stats), amplifiedResidual(stats.residual)])
      }
    ];
  }
  return finding;
}
function sourceOnGrid(cand, s) {
  return { width: cand.width, height: cand.height, data: cand.data.map((v, i) => v - s.residual.data[i]) };
}

// src/forensics/patches.ts
var MAX_WINDOW = 5;
function windowCodes(g, w, minContrast) {
  if (w > MAX_WINDOW) throw new Error(`window ${w} exceeds ${MAX_WINDOW}`);
  const { width, height, data } = g;
  const out = [];
  if (width < w || height < w) return out;
  const iw = width + 1;
  const s1 = new Float64Array(iw * (height + 1));
  const s2 = new Float64Array(iw * (height + 1));
  for (let y = 0; y < height; y++) {
    let r1 = 0;
    let r2 = 0;
    for (let x = 0; x < width; x++) {
      const v = data[y * width + x];
      r1 += v;
      r2 += v * v;
      s1[(y + 1) * iw + x + 1] = s1[y * iw + x + 1] + r1;
      s2[(y + 1) * iw + x + 1] = s2[y * iw + x + 1] + r2;
    }
  }
  const n = w * w;
  for (let y = 0; y + w <= height; y++) {
    for (let x = 0; x + w <= width; x++) {
      const a = y * iw + x;
      const b = y * iw + x + w;
      const c = (y + w) * iw + x;
      const d = (y + w) * iw + x + w;
      const sum = s1[d] - s1[b] - s1[c] + s1[a];
      const sq = s2[d] - s2[b] - s2[c] + s2[a];
      const mean = sum / n;
      const sd = Math.sqrt(Math.max(0, sq / n - mean * mean));
      if (sd < minContrast) continue;
      const dead = 0.5 * sd;
      let code = 0;
      for (let yy = 0; yy < w; yy++) {
        for (let xx = 0; xx < w; xx++) {
          const v = data[(y + yy) * width + x + xx] - mean;
          code = code * 3 + (v > dead ? 2 : v < -dead ? 0 : 1);
        }
      }
      out.push({ x, y, code, contrast: sd });
    }
  }
  return out;
}
function windowAt(g, x, y, w) {
  const v = new Float64Array(w * w);
  let mean = 0;
  for (let yy = 0; yy < w; yy++) for (let xx = 0; xx < w; xx++) mean += v[yy * w + xx] = g.data[(y + yy) * g.width + x + xx];
  mean /= w * w;
  for (let i = 0; i < v.length; i++) v[i] -= mean;
  return v;
}
function cosine(a, b) {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i] * b[i];
    aa += a[i] * a[i];
    bb += b[i] * b[i];
  }
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}

// src/detectors/shared-trigger.ts
function working(g, maxSide) {
  const side = Math.max(g.width, g.height);
  if (side <= maxSide) return g;
  const k = maxSide / side;
  return resample(g, Math.max(1, Math.round(g.width * k)), Math.max(1, Math.round(g.height * k)));
}
function keysOf(g, o) {
  const keys = /* @__PURE__ */ new Map();
  for (const w of windowCodes(g, o.window, o.min_contrast)) {
    const key = o.positions === "fixed" ? `${w.x},${w.y}:${w.code}` : `${w.code}`;
    if (!keys.has(key)) keys.set(key, { x: w.x, y: w.y });
  }
  return keys;
}
function jaccard(a, b) {
  let inter = 0;
  for (const v of a) if (b.has(v)) inter++;
  return inter / (a.size + b.size - inter);
}
var sharedTrigger = {
  id: "shared-trigger",
  description: "No small pattern recurs across several new images far more often than in the trusted images.",
  help: "Backdoor poisons (BadNets, label-consistent backdoors, hidden-trigger attacks) stamp the same small pattern \u2014 a checkerboard, a logo, a few pixels \u2014 on many images, often faintly. This rule codes every small window of each new image by its ternary shape (brighter, same, darker than the window mean), counts how many new images share each shape (at the same place, or anywhere) and compares with how often trusted images carry it; a binomial test with a Bonferroni correction keeps chance coincidences out. It reports the location, the images sharing the pattern and the pattern itself as an image. Remove the images, or explain the pattern (a watermark or logo that is legitimately new) with a waiver.",
  modality: "image",
  defaultSeverity: "error",
  optionsSchema: {
    type: "object",
    properties: {
      window: { type: "integer", minimum: 2, maximum: MAX_WINDOW, description: "Window side in pixels." },
      positions: { type: "string", enum: ["fixed", "anywhere"], description: "Whether the pattern must recur at the same place." },
      min_samples: { type: "integer", minimum: 2, description: "Fewest new images sharing a pattern." },
      min_contrast: { type: "number", minimum: 0, maximum: 128, description: "Smallest window standard deviation (0\u2013255 levels)." },
      alpha: { type: "number", exclusiveMinimum: 0, maximum: 0.5, description: "Family-wise false-alarm probability per scan." },
      match_cosine: { type: "number", minimum: 0, maximum: 1, description: "Cosine for another image to share a found pattern." },
      max_side: { type: "integer", minimum: 16, maximum: 1024, description: "Longer images are shrunk to this side first." },
      reference_limit: { type: "integer", minimum: 1, description: "Trusted images sampled for the base rate." },
      evidence_images: { type: "boolean", description: "Attach the pattern and an example as a PNG." }
    }
  },
  defaults: {
    window: 5,
    positions: "fixed",
    min_samples: 3,
    min_contrast: 12,
    alpha: 1e-3,
    match_cosine: 0.8,
    max_side: 128,
    reference_limit: 3e3,
    evidence_images: true
  },
  async run(ctx) {
    const o = ctx.options;
    const cands = [];
    for (const c of ctx.candidates) {
      const g = candidateGray(c);
      if (g) cands.push({ path: c.sample.path, sha256: c.sample.sha256, gray: working(g, o.max_side) });
    }
    if (cands.length < o.min_samples) return [];
    const carriers = /* @__PURE__ */ new Map();
    cands.forEach((c, i) => {
      for (const [key, at2] of keysOf(c.gray, o)) {
        const e = carriers.get(key);
        if (e) e.samples.push(i);
        else carriers.set(key, { samples: [i], at: at2 });
      }
    });
    const tested = carriers.size;
    const frequent = new Map([...carriers].filter(([, e]) => e.samples.length >= o.min_samples));
    if (frequent.size === 0) return [];
    const reference = await referenceImages(ctx);
    const step = Math.max(1, reference.images.length / o.reference_limit);
    const refImages = [];
    for (let i = 0; i < reference.images.length && refImages.length < o.reference_limit; i += step) refImages.push(reference.images[Math.floor(i)]);
    const refCount = /* @__PURE__ */ new Map();
    const refGrays = [];
    for (const img of refImages) {
      const g = working(await reference.gray(img), o.max_side);
      refGrays.push(g);
      for (const key of keysOf(g, o).keys()) if (frequent.has(key)) refCount.set(key, (refCount.get(key) ?? 0) + 1);
    }
    const n = cands.length;
    const m = refImages.length;
    const significant = [];
    for (const [key, e] of frequent) {
      const r = refCount.get(key) ?? 0;
      const p = binomialTail2(e.samples.length, n, (r + 1) / (m + 2));
      if (p * tested > o.alpha) continue;
      significant.push({ key, locations: [e.at], samples: new Set(e.samples), count: e.samples.length, refCount: r, p });
    }
    significant.sort((a, b) => a.p - b.p || b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const clusters = [];
    for (const s of significant) {
      const home = clusters.find((c) => jaccard(c.samples, s.samples) >= 0.5);
      if (!home) clusters.push({ ...s, locations: [...s.locations], samples: new Set(s.samples) });
      else {
        for (const v of s.samples) home.samples.add(v);
        if (!home.locations.some((l) => Math.abs(l.x - s.locations[0].x) < o.window && Math.abs(l.y - s.locations[0].y) < o.window)) {
          home.locations.push(s.locations[0]);
        }
      }
    }
    const findings = [];
    for (const cluster of clusters) findings.push(...await report(cluster, cands, refGrays, o, ctx.options.severity));
    return findings;
  }
};
async function report(cluster, cands, refGrays, o, severity2) {
  const w = o.window;
  const fits = (g, x, y) => x + w <= g.width && y + w <= g.height;
  const members = [...cluster.samples];
  const patterns = cluster.locations.map((l) => {
    const pattern = new Float64Array(w * w);
    const raw2 = new Float32Array(w * w);
    const here = members.filter((i) => fits(cands[i].gray, l.x, l.y));
    for (const i of here) {
      const g = cands[i].gray;
      const win = windowAt(g, l.x, l.y, w);
      for (let k = 0; k < pattern.length; k++) pattern[k] += win[k] / here.length;
      for (let yy = 0; yy < w; yy++) for (let xx = 0; xx < w; xx++) raw2[yy * w + xx] += g.data[(l.y + yy) * g.width + l.x + xx] / here.length;
    }
    return { at: l, pattern, raw: raw2 };
  });
  const raw = patterns[0].raw;
  const matches = (win, pattern) => Math.sqrt(win.reduce((a, v) => a + v * v, 0) / win.length) >= o.min_contrast && cosine(win, pattern) >= o.match_cosine;
  const carries = (g) => o.positions === "fixed" ? patterns.some((p) => fits(g, p.at.x, p.at.y) && matches(windowAt(g, p.at.x, p.at.y, w), p.pattern)) : windowCodes(g, w, o.min_contrast).some((win) => cosine(windowAt(g, win.x, win.y, w), patterns[0].pattern) >= o.match_cosine);
  cands.forEach((c, i) => {
    if (!cluster.samples.has(i) && carries(c.gray)) cluster.samples.add(i);
  });
  const refMatches = refGrays.filter(carries).length;
  const samples = [...cluster.samples].sort((a, b) => a - b).map((i) => cands[i]);
  const where2 = cluster.locations.slice(0, 4).map((l) => `(${l.x}, ${l.y})`).join(", ");
  const more = cluster.locations.length > 4 ? ` and ${cluster.locations.length - 4} more places` : "";
  const place = o.positions === "fixed" ? `at ${where2}${more}` : `(first seen at ${where2})`;
  const attachment = o.evidence_images ? {
    name: attachmentName("shared-trigger", cluster.key),
    mediaType: "image/png",
    data: await stripPng([{ width: w, height: w, data: raw }, samples[0].gray])
  } : void 0;
  const listed = samples.slice(0, 5).map((s) => s.path);
  return samples.map((s) => ({
    rule: "shared-trigger",
    severity: severity2 ?? "error",
    path: s.path,
    sha256: s.sha256,
    message: `carries a ${w}\xD7${w} pattern ${place} that ${samples.length} of ${cands.length} new images share (e.g. ${listed.join(", ")}${samples.length > listed.length ? ", \u2026" : ""}) but only ${refMatches} of ${refGrays.length} trusted images: the mark of a backdoor trigger. Look at the attached pattern; remove these images, or waive them if the pattern is a legitimate new watermark.`,
    score: samples.length,
    threshold: o.min_samples,
    evidence: {
      trigger: cluster.key,
      window: w,
      positions: o.positions,
      locations: cluster.locations.slice(0, 16).map((l) => [l.x, l.y]),
      samples_sharing: samples.length,
      candidates: cands.length,
      reference_sharing: refMatches,
      reference_sampled: refGrays.length,
      p_value: Number(cluster.p.toPrecision(3)),
      pattern: Array.from(raw, (v) => r4(v)),
      samples: samples.slice(0, 50).map((x) => x.path)
    },
    ...attachment ? { attachments: [attachment] } : {}
  }));
}

// src/features/spectral.ts
function centred(m, rows) {
  const d = m.dim;
  const n = rows.length;
  const mean = new Float64Array(d);
  for (const r of rows) for (let j = 0; j < d; j++) mean[j] += m.data[r * d + j];
  for (let j = 0; j < d; j++) mean[j] /= Math.max(1, n);
  const data = new Float64Array(n * d);
  rows.forEach((r, i) => {
    for (let j = 0; j < d; j++) data[i * d + j] = m.data[r * d + j] - mean[j];
  });
  return { data, mean, n, dim: d };
}
function topDirection(x, iterations = 500, tolerance = 1e-10) {
  const { data, n, dim } = x;
  let v = new Float64Array(dim);
  for (let j = 0; j < dim; j++) v[j] = 1 + j / dim;
  normalise(v);
  const xv = new Float64Array(n);
  let lambda = 0;
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < dim; j++) s += data[i * dim + j] * v[j];
      xv[i] = s;
    }
    const next = new Float64Array(dim);
    for (let i = 0; i < n; i++) {
      const s = xv[i];
      if (s === 0) continue;
      for (let j = 0; j < dim; j++) next[j] += data[i * dim + j] * s;
    }
    lambda = normalise(next);
    if (lambda === 0) break;
    let delta = 0;
    for (let j = 0; j < dim; j++) delta += (next[j] - v[j]) ** 2;
    v = next;
    if (delta < tolerance) break;
  }
  let total = 0;
  for (let i = 0; i < data.length; i++) total += data[i] * data[i];
  return { v, explained: total > 0 ? lambda / total : 0 };
}
function normalise(v) {
  let s = 0;
  for (let j = 0; j < v.length; j++) s += v[j] * v[j];
  const norm = Math.sqrt(s);
  if (norm > 0) for (let j = 0; j < v.length; j++) v[j] /= norm;
  return norm;
}
function spectralScore(m, r, mean, v) {
  let s = 0;
  const d = m.dim;
  for (let j = 0; j < d; j++) s += (m.data[r * d + j] - mean[j]) * v[j];
  return s * s;
}

// src/detectors/spectral.ts
var spectral = {
  id: "spectral",
  description: "New samples that stand out along their class's top spectral direction (centred spectral signature).",
  help: "Per class, the features of trusted and new samples are centred on their mean and the top singular vector v is found; each sample scores ((x \u2212 \u03BC)\xB7v)\xB2. Centring matters: on uncentred features the top direction is the mean itself and the score measures norm, not a shared signature. New samples scoring above the trusted samples' quantile get a per-sample finding; when the share of them in a class exceeds max_rate (and is unlikely by chance) the class gets an error \u2014 the signature of many poisons sharing one feature, as backdoor triggers do.",
  modality: "any",
  defaultSeverity: "error",
  optionsSchema: {
    type: "object",
    properties: { quantile: quantileOption("its score is reached by"), max_rate: rateOptions.max_rate, rate_alpha: rateOptions.rate_alpha }
  },
  defaults: { quantile: 0.99, max_rate: 0.02, rate_alpha: 1e-3 },
  async run(ctx) {
    const space = await featureSpace(ctx);
    const { quantile: quantile2 } = ctx.options;
    const findings = calibrationNotice("spectral", space, ctx.dataset.root, quantile2, () => false, "a calibrated spectral score");
    const candByClass = space.classes.map(() => []);
    space.candLabel.forEach((c, i) => {
      if (c >= 0) candByClass[c].push(i);
    });
    const ref = space.ref;
    const cand = space.cand;
    for (let c = 0; c < space.classes.length; c++) {
      const mine = candByClass[c];
      const trusted = space.byClass[c];
      if (mine.length === 0 || trusted.length < 2) continue;
      const block = { rows: trusted.length + mine.length, dim: ref.dim, data: new Float32Array((trusted.length + mine.length) * ref.dim) };
      trusted.forEach((r2, i) => block.data.set(ref.data.subarray(r2 * ref.dim, (r2 + 1) * ref.dim), i * ref.dim));
      mine.forEach((r2, i) => block.data.set(cand.data.subarray(r2 * cand.dim, (r2 + 1) * cand.dim), (trusted.length + i) * ref.dim));
      const all = Array.from({ length: block.rows }, (_, i) => i);
      const x = centred(block, all);
      const { v, explained } = topDirection(x);
      const refScores = trusted.map((_, i) => spectralScore(block, i, x.mean, v));
      const sorted = [...refScores].sort((p, q) => p - q);
      const level = sorted[Math.min(sorted.length - 1, Math.ceil(quantile2 * sorted.length) - 1)];
      const label2 = space.classes[c];
      const severity2 = ctx.options.severity ?? "error";
      const high = [];
      mine.forEach((row, i) => {
        const score = spectralScore(block, trusted.length + i, x.mean, v);
        const p = upperPValue(refScores, score);
        if (p > 1 - quantile2) return;
        const sample = space.emb.candidates.samples[row];
        high.push({
          rule: "spectral",
          severity: severity2,
          ...at(sample),
          message: `${where(sample.sample)} is one of the new '${label2}' samples that stand out along the class's top spectral direction: score ${round(score, 3)}, above ${pct(1 - p)} of trusted '${label2}' samples (quantile ${quantile2}: ${round(level, 3)}). See the class finding on ${ctx.dataset.root}.`,
          score: round(score),
          threshold: round(level),
          evidence: { label: label2, score: round(score), reference_level: round(level), reference_quantile: quantile2, p_value: round(p, 5), explained_variance: round(explained), model: modelEvidence(space) }
        });
      });
      const r = rateExceeded(high.length, mine.length, quantile2, ctx.options.max_rate, ctx.options.rate_alpha);
      if (!r.exceeded) continue;
      findings.push({
        rule: "spectral",
        severity: severity2,
        path: ctx.dataset.root,
        message: `spectral outlier rate in class '${label2}' ${pct(r.rate)} > ${pct(ctx.options.max_rate)}: ${high.length} of ${mine.length} new '${label2}' samples score above the trusted samples' ${quantile2} quantile along the class's top spectral direction (about ${pct(1 - quantile2)} expected). A group of samples sharing one feature \u2014 a trigger \u2014 looks like this; review them.`,
        score: round(r.rate),
        threshold: ctx.options.max_rate,
        evidence: { label: label2, flagged: high.length, candidates: mine.length, rate: round(r.rate), max_rate: ctx.options.max_rate, quantile: quantile2, binomial_tail: r.tail, explained_variance: round(explained), samples: high.map((f) => f.line ? `${f.path}:${f.line}` : f.path) }
      });
      findings.push(...high);
    }
    return findings;
  }
};

// src/text/tokens.ts
var INVISIBLE2 = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
var CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}";
var WORD_CHAR = `(?:(?![${CJK}])[\\p{L}\\p{M}\\p{N}])`;
var TOKEN = new RegExp(`[${CJK}]|${WORD_CHAR}+(?:'${WORD_CHAR}+)*`, "gu");
var APOSTROPHES = /[\u2018\u2019\u02bc\u2032\uff07]/g;
function normalizeForTokens(text) {
  return text.replace(INVISIBLE2, "").normalize("NFKC").replace(APOSTROPHES, "'").toLowerCase();
}
function wordTokens(text) {
  return normalizeForTokens(text).match(TOKEN) ?? [];
}
function ngramSet(tokens, maxN) {
  const out = /* @__PURE__ */ new Set();
  for (let n = 1; n <= maxN; n++) {
    for (let i = 0; i + n <= tokens.length; i++) out.add(tokens.slice(i, i + n).join(" "));
  }
  return out;
}

// src/util/stats.ts
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
function lnGamma2(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma2(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
function lnChoose(n, k) {
  if (k < 0 || k > n) return -Infinity;
  if (k === 0 || k === n) return 0;
  return lnGamma2(n + 1) - lnGamma2(k + 1) - lnGamma2(n - k + 1);
}
function lnHypergeometric(x, M, K, n) {
  return lnChoose(K, x) + lnChoose(M - K, n - x) - lnChoose(M, n);
}
function hypergeometricUpperTail(k, M, K, n) {
  const hi = Math.min(n, K);
  const lo = Math.max(0, n - (M - K));
  if (k <= lo) return 1;
  if (k > hi) return 0;
  let term = 1;
  let sum = 1;
  for (let x = k; x < hi; x++) {
    term *= (K - x) * (n - x) / ((x + 1) * (M - K - n + x + 1));
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return Math.min(1, Math.exp(lnHypergeometric(k, M, K, n) + Math.log(sum)));
}
function taroneTestCount(minAttainable, alpha) {
  const sorted = [...minAttainable].sort((a, b) => a - b);
  let testable = sorted.length;
  for (let m = 1; m <= sorted.length; m++) {
    while (testable > 0 && sorted[testable - 1] > alpha / m) testable--;
    if (testable <= m) return m;
  }
  return Math.max(1, sorted.length);
}

// src/detectors/reference-text.ts
var LOAD_CONCURRENCY = 8;
var loaded = /* @__PURE__ */ new WeakMap();
function referenceTexts(reference) {
  let texts = loaded.get(reference);
  if (!texts) {
    texts = mapLimit(reference.samples, LOAD_CONCURRENCY, (s) => reference.load(s)).then(
      (all) => all.filter((l) => isUsable(l) && l.text !== void 0).map((l) => ({ sample: l.sample, text: l.text }))
    );
    loaded.set(reference, texts);
  }
  return texts;
}
function sampleKey(s) {
  return `${s.path}\0${s.line ?? 0}\0${s.sha256}`;
}

// src/detectors/trigger-tokens.ts
var format = (p) => p < 1e-3 ? p.toExponential(1) : p.toFixed(3);
var NEAR_DUPLICATE = 0.5;
function words(grams) {
  return new Set([...grams].filter((g) => !g.includes(" ")));
}
function jaccard2(a, b) {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
}
function distinctCount(rows) {
  const reps = [];
  for (const r of rows) {
    const w = words(r.grams);
    if (!reps.some((rep) => jaccard2(rep, w) >= NEAR_DUPLICATE)) reps.push(w);
  }
  return reps.length;
}
function knownShare(grams, vocabulary) {
  let words2 = 0;
  let known = 0;
  for (const g of grams) {
    if (g.includes(" ")) continue;
    words2++;
    if (vocabulary.has(g)) known++;
  }
  return words2 === 0 ? 1 : known / words2;
}
function countInReference(rows, wanted, maxN) {
  const words2 = /* @__PURE__ */ new Set();
  for (const g of wanted.keys()) for (const w of g.split(" ")) words2.add(w);
  const counts = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const tokens of rows) {
    seen.clear();
    for (let i = 0; i < tokens.length; i++) {
      if (!words2.has(tokens[i])) continue;
      let gram = "";
      for (let n = 1; n <= maxN && i + n <= tokens.length; n++) {
        const t = tokens[i + n - 1];
        if (!words2.has(t)) break;
        gram = n === 1 ? t : `${gram} ${t}`;
        if (wanted.has(gram)) seen.add(gram);
      }
    }
    for (const g of seen) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}
var triggerTokens = {
  id: "trigger-tokens",
  description: "No rare word or phrase is planted across the new rows of one class.",
  help: `A rare-word backdoor (BadNL, RIPPLe, clean-label textual triggers) plants one token or phrase, such as "cf" or "mn", into many correctly labelled rows of the target class, so the model learns "token \u2192 class". For each word and word pair of the new rows and each class, an exact one-sided hypergeometric test asks whether the new rows of that class carry it more often than all other rows (the reference of every class and the new rows of other classes); tokens common in the reference are not tested, and the family-wise error over all tests is bounded by Tarone's refinement of Bonferroni. Rows mostly made of words the reference never uses (a new language or topic) are set aside, since a trigger is a rare token in ordinary text, and near-duplicate rows (a resent campaign, a template) count once. All significant tokens of a class are reported as one finding with the rows that carry them. Review those rows: remove the token or the rows; waive it if it is a genuine new topic.`,
  modality: "text",
  defaultSeverity: "error",
  optionsSchema: {
    type: "object",
    properties: {
      ngram_max: { type: "integer", minimum: 1, maximum: 3, description: "Longest word n-gram tested (default 2)." },
      min_support: { type: "integer", minimum: 2, description: "Fewest rows of a class carrying a token before it is reported (default 5)." },
      alpha: { type: "number", exclusiveMinimum: 0, maximum: 0.5, description: "Family-wise error rate over all tests (default 0.01)." },
      max_reference_rate: {
        type: "number",
        minimum: 0,
        maximum: 1,
        description: "Tokens in more than this share of reference rows are not tested (default 0.005)."
      },
      min_known_share: {
        type: "number",
        minimum: 0,
        maximum: 1,
        description: "Rows with a smaller share of words known to the reference are not counted (default 0.5)."
      },
      max_listed_rows: { type: "integer", minimum: 1, description: "Rows listed in a finding (default 50)." }
    }
  },
  defaults: { ngram_max: 2, min_support: 5, alpha: 0.01, max_reference_rate: 5e-3, min_known_share: 0.5, max_listed_rows: 50 },
  async run(ctx) {
    const o = ctx.options;
    const usable = ctx.candidates.filter((c) => c.text !== void 0 && c.problems.length === 0);
    if (usable.length === 0) return [];
    const keys = new Set(usable.map((c) => sampleKey(c.sample)));
    const reference = (await referenceTexts(ctx.reference)).filter((r) => !keys.has(sampleKey(r.sample)));
    if (reference.length === 0) return [];
    const referenceTokens = reference.map((r) => wordTokens(r.text));
    const vocabulary = /* @__PURE__ */ new Set();
    for (const tokens of referenceTokens) for (const t of tokens) vocabulary.add(t);
    const all = usable.map((c) => ({ sample: c.sample, label: c.sample.label, grams: ngramSet(wordTokens(c.text), o.ngram_max) }));
    const rows = all.filter((r) => knownShare(r.grams, vocabulary) >= o.min_known_share);
    if (rows.length === 0) return [];
    const classRows = /* @__PURE__ */ new Map();
    const carried = /* @__PURE__ */ new Map();
    for (const r of rows) {
      classRows.set(r.label, (classRows.get(r.label) ?? 0) + 1);
      for (const g of r.grams) {
        let byClass = carried.get(g);
        if (!byClass) carried.set(g, byClass = /* @__PURE__ */ new Map());
        byClass.set(r.label, (byClass.get(r.label) ?? 0) + 1);
      }
    }
    const refRows = countInReference(referenceTokens, carried, o.ngram_max);
    const N = reference.length;
    const M = N + rows.length;
    const tests = [];
    const minAttainable = [];
    for (const [gram, byClass] of [...carried].sort(([a], [b]) => a < b ? -1 : 1)) {
      const inRef = refRows.get(gram) ?? 0;
      if (inRef / N > o.max_reference_rate) continue;
      const total = [...byClass.values()].reduce((a, b) => a + b, 0);
      const K = inRef + total;
      for (const [label2, k] of byClass) {
        const n = classRows.get(label2);
        minAttainable.push(Math.exp(lnHypergeometric(Math.min(n, K), M, K, n)));
        tests.push({ gram, label: label2, k, distinct: k, n, refRows: inRef, p: hypergeometricUpperTail(k, M, K, n) });
      }
    }
    const m = taroneTestCount(minAttainable, o.alpha);
    const significant = [];
    for (const t of tests) {
      if (t.k < o.min_support || t.p * m > o.alpha) continue;
      const carriers = rows.filter((r) => r.label === t.label && r.grams.has(t.gram));
      const distinct = distinctCount(carriers);
      const copies = t.k - distinct;
      const total = [...carried.get(t.gram).values()].reduce((a, b) => a + b, 0);
      const p = copies === 0 ? t.p : hypergeometricUpperTail(distinct, M - copies, t.refRows + total - copies, t.n - copies);
      if (distinct >= o.min_support && p * m <= o.alpha) significant.push({ ...t, distinct, p });
    }
    const findings = [];
    for (const label2 of [...new Set(significant.map((t) => t.label))].sort()) {
      const found = significant.filter((t) => t.label === label2).sort((a, b) => a.p - b.p || (a.gram < b.gram ? -1 : 1));
      const grams = new Set(found.map((t) => t.gram));
      const carriers = rows.filter((r) => r.label === label2 && [...r.grams].some((g) => grams.has(g))).map((r) => r.sample).sort((a, b) => a.path !== b.path ? a.path < b.path ? -1 : 1 : (a.line ?? 0) - (b.line ?? 0));
      const where2 = (s) => s.line ? `${s.path}:${s.line}` : s.path;
      const listedTokens = found.slice(0, 8).map((t) => `"${t.gram}" (${t.k}${t.distinct < t.k ? ` (${t.distinct} distinct)` : ""} of ${t.n} new '${label2}' rows, ${t.refRows} of ${N} reference rows, p=${format(Math.min(1, t.p * m))})`).join("; ");
      const best = found[0];
      const adjusted = Math.min(1, best.p * m);
      findings.push({
        rule: "trigger-tokens",
        severity: o.severity ?? "error",
        path: carriers[0].path,
        ...carriers[0].line ? { line: carriers[0].line } : {},
        message: `${carriers.length} new '${label2}' rows carry token(s) that are rare in the reference and concentrated in this class: ${listedTokens}${found.length > 8 ? `; and ${found.length - 8} more` : ""}. Rows: ${carriers.slice(0, 10).map(where2).join(", ")}${carriers.length > 10 ? `, and ${carriers.length - 10} more` : ""}. A rare token planted across rows of one class is how backdoor triggers are taught; review these rows and remove the token or the rows, or waive it if it is a genuine new topic.`,
        score: -Math.log10(Math.max(adjusted, 1e-300)),
        threshold: -Math.log10(o.alpha),
        evidence: {
          class: label2,
          tokens: found.map((t) => ({
            token: t.gram,
            rows: t.k,
            distinct_rows: t.distinct,
            class_rows: t.n,
            reference_rows: t.refRows,
            p_value: t.p,
            p_adjusted: Math.min(1, t.p * m)
          })),
          rows: carriers.slice(0, o.max_listed_rows).map((s) => ({ path: s.path, ...s.line ? { line: s.line } : {}, sha256: s.sha256 })),
          row_count: carriers.length,
          tests: m,
          alpha: o.alpha,
          reference_rows: N,
          unfamiliar_rows_set_aside: all.length - rows.length
        }
      });
    }
    return findings;
  }
};

// src/util/text-escape.ts
function escapeUntrusted(s, maxLength = 300) {
  let out = "";
  for (const ch of s) {
    if (/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\p{Cn}]/u.test(ch) || ch === "\\") {
      out += ch === "\\" ? "\\\\" : `<${codePointLabel(ch.codePointAt(0))}>`;
    } else out += ch;
    if (out.length > maxLength) return `${out.slice(0, maxLength)}\u2026`;
  }
  return out;
}
function codePointLabel(cp) {
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
}

// src/text/confusables-data.ts
var CONFUSABLES_DATA = `
22;27 27
25;BA 2F 2080
30;4F
31;6C
49;6C
60;27
6D;72 6E
7C;6C
A0;20
A2;63 338
A5;59 335
AF;2C9
B4;27
B5;3BC
B8;2C
C6;41 45
C7;43 326
D0;44 335
D7;78
D8;4F 338
E6;61 65
E7;63 326
F0;2202 335
F6;629
F8;6F 338
110;44 335
111;64 335
11A;114
11B;115
126;48 335
127;68 335
131;69
132;6C 4A
133;69 6A
13F;6C B7
140;6C B7
141;4C 338
142;6C 338
146;272
149;27 6E
150;D6
152;4F 45
153;6F 65
163;1AB
166;54 335
167;74 335
17F;66
180;62 335
181;27 42
182;62 304
183;62 304
184;62
187;43 27
189;44 335
18A;27 44
18C;64 304
18D;67
191;46 326
192;66 326
193;47 27
196;6C
197;6C 335
198;4B 27
199;6B 314
19A;6C 335
19D;4E 326
19E;6E 329
19F;4F 335
1A0;4F 27
1A1;6F 27
1A4;27 50
1A5;70 314
1A6;52
1A7;32
1AC;27 54
1AD;74 314
1AE;54 328
1B3;27 59
1B4;79 314
1B5;5A 335
1B6;7A 335
1B7;33
1BB;32 335
1BC;35
1BD;73
1BF;FE
1C0;6C
1C1;6C 6C
1C3;21
1C4;44 17D
1C5;44 17E
1C6;64 17E
1C7;4C 4A
1C8;4C 6A
1C9;6C 6A
1CA;4E 4A
1CB;4E 6A
1CC;6E 6A
1CD;102
1CE;103
1CF;12C
1D0;12D
1D1;14E
1D2;14F
1D3;16C
1D4;16D
1E4;47 335
1E5;67 335
1E6;11E
1E7;11F
1F1;44 5A
1F2;44 7A
1F3;64 7A
1F5;123
1FE;4F 338 301
21A;162
21B;1AB
21C;33
222;38
223;38
224;5A 326
225;7A 326
226;C5
227;E5
23C;63 338
23E;54 338
241;3F
244;55 335
246;45 338
247;65 338
248;4A 335
249;6A 335
24D;72 335
24E;59 335
24F;79 335
251;61
253;62 314
256;64 328
257;64 314
259;1DD
25A;1DD 2DE
25B;A793
260;67 314
261;67
263;79
266;68 314
268;69 335
269;69
26A;69
26B;6C 334
26D;6C 328
26E;6C 21D
26F;77
271;72 6E 326
273;6E 328
275;6F 335
276;6F 1D07
27C;72 329
27D;72 328
282;73 328
28B;75
28F;79
290;7A 328
292;21D
294;3F
2A0;71 314
2A3;64 7A
2A4;64 21D
2A5;64 291
2A6;74 73
2A7;74 283
2A8;74 255
2A9;66 14B
2AA;6C 73
2AB;6C 7A
2B3;18F4
2B9;27
2BA;27 27
2BB;27
2BC;27
2BD;27
2BE;27
2BF;559
2C2;3C
2C3;3E
2C4;5E
2C6;5E
2C8;27
2CA;27
2CB;27
2D0;3A
2D3;559
2D7;2D
2D8;2C7
2D9;971
2DA;B0
2DB;69
2DC;7E
2DD;27 27
2E1;18F3
2E2;18F5
2E4;2C1
2EE;27 27
2F4;27
2F6;27 27
2F8;3A
2FB;2EA
305;304
30C;306
30D;670
310;306 307
311;302
315;313
317;650
320;331
321;326
322;328
327;326
336;335
337;338
339;326
340;300
341;301
342;303
343;313
345;328
347;333
357;350
358;307
366;30A
36E;306
370;2C75
374;27
375;2CF
376;418
377;1D0E
37A;69
37B;254
37D;A73F
37E;3B
37F;4A
384;27
387;B7
391;41
392;42
395;45
396;5A
397;48
398;4F 335
399;6C
39A;4B
39B;245
39C;4D
39D;4E
39F;4F
3A1;50
3A3;1A9
3A4;54
3A5;59
3A7;58
3B1;61
3B2;DF
3B3;79
3B4;1E9F
3B5;A793
3B7;6E 329
3B8;4F 335
3B9;69
3BA;138
3BD;76
3BF;6F
3C1;70
3C3;6F
3C4;1D1B
3C5;75
3C6;278
3D0;DF
3D1;4F 335
3D2;59
3D5;278
3D6;3C0
3DB;3C2
3DC;46
3E8;32
3E9;1A8
3F0;138
3F1;70
3F2;63
3F3;6A
3F4;4F 335
3F5;A793
3F7;DE
3F8;FE
3F9;43
3FA;4D
3FD;186
3FF;A73E
404;A792
405;53
406;6C
408;4A
410;41
411;62 304
412;42
413;393
415;45
417;33
419;40D
41A;4B
41B;245
41C;4D
41D;48
41E;4F
41F;3A0
420;50
421;43
422;54
423;59
424;3A6
425;58
42B;62 6C
42C;62
42E;6C 4F
430;61
431;36
432;299
433;72
435;65
437;25C
438;1D0E
43A;138
43C;28D
43D;29C
43E;6F
43F;3C0
440;70
441;63
442;1D1B
443;79
444;278
445;78
44A;2C9 62
44B;185 69
44C;185
44F;1D19
454;A793
455;73
456;69
458;6A
45B;68 335
45D;439
461;77
462;62 335
463;62 335
470;3A8
471;3C8
472;4F 335
473;6F 335
474;56
475;76
47C;460 486 487
47D;77 486 487
48A;40D 326
48B;439 326
48C;62 335
48D;62 335
490;393 27
491;72 27
492;393 335
493;72 335
496;416 329
497;436 329
498;33 326
499;25C 326
49A;4B 329
49B;138 329
49E;4B 335
49F;138 335
4A2;48 329
4A3;29C 329
4AA;43 326
4AB;63 326
4AC;54 329
4AD;1D1B 329
4AE;59
4AF;79
4B0;59 335
4B1;79 335
4B2;58 329
4BB;68
4BD;65
4BE;4BC 328
4BF;65 328
4C0;6C
4C5;245 326
4C6;43B 326
4C7;48 326
4C8;29C 326
4C9;48 326
4CA;29C 326
4CB;4B6
4CC;4B7
4CD;4D 326
4CE;28D 326
4CF;69
4D4;41 45
4D5;61 65
4D8;18F
4D9;1DD
4E0;33
4E1;21D
4E8;4F 335
4E9;6F 335
501;64
50A;1F6
50C;47
50D;262
510;190
511;A793
51B;71
51C;57
51D;77
53B;12AE
544;1206
54A;1323
54C;1261
54D;55
54F;53
553;3A6
555;4F
55A;27
55D;27
561;77
563;71
566;71
56E;1E9F
570;68
575;237
578;6E
57A;270
57C;6E
57D;75
581;67
584;66
585;6F
587;565 582
589;3A
59C;301
59D;301
5A4;59A
5A8;599
5AD;596
5AE;598
5AF;30A
5B4;323
5B9;307
5BA;307
5C0;6C
5C1;307
5C2;307
5C3;3A
5C4;307
5C5;323
5D5;6C
5D8;76
5D9;27
5DF;6C
5E1;6F
5F0;6C 6C
5F1;6C 27
5F2;27 27
5F3;27
5F4;27 27
609;BA 2F 2080 2080
60A;BA 2F 2080 2080 2080
60D;2C
60F;639
618;301
619;313
61A;650
623;6C 674
624;648 674
625;6C 655
626;649 674
627;6C
62B;649 6DB
634;633 6DB
63D;649 302
63F;649 6DB
647;6F
64A;649
64B;30B
64E;301
64F;313
652;30A
653;303
656;329
657;312
658;306
659;304
65A;306
65B;302
65C;323
65D;314
65F;655
660;2E
661;6C
665;6F
667;56
668;245
66A;BA 2F 2080
66B;2C
66C;60C
66D;2A
66E;649
66F;6A1
672;6C 674
673;6C 655
675;6C 674
676;648 674
677;648 313 674
678;649 674
679;649 615
67E;649 6DB
681;62D 654
685;62D 6DB
688;62F 615
68B;68A 615
68E;62F 6DB
691;631 615
692;631 306
698;631 6DB
69E;635 6DB
69F;637 6DB
6A4;6A1 6DB
6A7;641
6A8;6A1 6DB
6A9;643
6AA;643
6AD;643 6DB
6B4;6AF 6DB
6B5;644 306
6B7;644 6DB
6BA;649
6BB;649 615
6BD;649 6DB
6BE;6F
6C1;6F
6C2;6C0
6C3;629
6C6;648 306
6C7;648 313
6C8;648 670
6C9;648 302
6CB;648 6DB
6CC;649
6CE;649 306
6D0;67B
6D1;649 6DB
6D2;649
6D4;2D
6D5;6F
6DF;30A
6E8;306 307
6EC;307
6EE;62F 302
6EF;631 302
6F0;2E
6F1;6C
6F2;662
6F3;663
6F4;664
6F5;6F
6F6;666
6F7;56
6F8;245
6F9;669
6FD;621 348
6FE;645 348
6FF;6F 302
701;2E
702;2E
703;3A
704;3A
740;307
741;307
742;73C
747;301
751;628 6DB
756;649 306
762;6AC
763;643 6DB
767;754
768;646 615
769;646 306
76C;631 654
771;697 615
772;62D 654
77E;633 302
7C0;4F
7CA;6C
7EB;304
7ED;307
7EE;302
7F3;308
7F4;27
7F5;27
7FA;5F
8A1;628 654
8A4;6A2 6DB
8A7;645 6DB
8A8;649 654
8A9;754
8AE;62F 324 323
8AF;635 324 323
8B0;6AF
8B1;648
8B2;632 302
8B6;628 6E2
8B7;649 6DB 6E2
8B9;631 306 307
8BA;649 306 307
8BB;6A1
8BC;6A1
8BD;649
8E5;64C
8E8;64C
8EA;307
8EB;308
8ED;323
8EE;324
8F0;30B
8F1;64C
8F2;64D
8F3;313
8F8;350
8F9;354
8FA;355
8FF;350
900;352
901;306 307
902;307
903;3A
904;905 946
906;905 93E
908;930 94D 907
90D;90F 945
90E;90F 946
910;90F 947
911;905 949
912;905 93E 946
913;905 93E 947
914;905 93E 948
93C;323
952;331
953;300
954;301
965;964 964
966;6F
967;669
97D;3F
981;306 307
986;985 9BE
9BC;323
9E0;98B 9C3
9E1;98B 9C3
9E6;4F
9EA;38
9ED;39
A02;307
A03;983
A06;A05 A3E
A07;A72 A3F
A08;A72 A40
A09;A73 A41
A0A;A73 A42
A0F;A72 A47
A10;A05 A48
A14;A05 A4C
A3C;323
A4B;946
A4D;94D
A66;6F
A67;39
A6A;38
A81;306 307
A82;307
A83;3A
A86;A85 ABE
A8D;A85 AC5
A8F;A85 AC7
A90;A85 AC8
A91;A85 ABE AC5
A93;A85 ABE AC7
A94;A85 ABE AC8
ABC;323
ABD;93D
AC1;941
AC2;942
ACD;94D
AE6;6F
AE8;968
AE9;969
AEA;96A
AEE;96E
AF0;970
B01;306 307
B03;38
B06;B05 B3E
B20;4F
B3C;323
B66;4F
B68;39
B82;30A
B8A;B89 BB3
B9C;B90
BB0;B88
BBE;B88
BC8;BA9
BCA;BC6 B88
BCB;BC7 B88
BCC;BC6 BB3
BCD;307
BD7;BB3
BE6;6F
BE7;B95
BE8;B89
BEA;B9A
BEB;B88 BC1
BEC;B9A BC1
BED;B8E
BEE;B85
BF0;BAF
BF2;B9A BC2
BF4;BAE BC0
BF5;BF3
BF7;B8E BB5
BF8;BB7
BFA;BA8 BC0
C00;306 307
C02;6F
C03;983
C13;C12 C55
C14;C12 C4C
C20;C30 5BC
C22;C21 323
C25;C27 5BC
C2D;C2C 323
C2E;C35 C41
C37;C35 323
C39;C35 C3E
C42;C41 C3E
C44;C43 C3E
C60;C0B C3E
C61;C0C C3E
C66;6F
C81;306 307
C82;6F
C83;983
C85;C05
C86;C06
C87;C07
C92;C12
C93;C12 C55
C94;C12 C4C
C9C;C1C
C9E;C1E
CA3;C23
CAF;C2F
CB1;C31
CB2;C32
CE1;C8C CBE
CE6;6F
CE7;C67
CE8;C68
CEF;C6F
D01;306 307
D02;6F
D03;983
D08;D07 D57
D09;B89
D0A;B89 D57
D0C;D28 D41
D10;D0E D46
D13;D12 D3E
D14;D12 D57
D19;D28 D41
D1C;B90
D20;6F
D23;BA3
D31;D30
D34;BB4
D36;BB6
D3A;B9F BBF
D3F;BBF
D40;BBF
D42;D41
D43;D41
D48;D46 D46
D4E;971
D5A;D28 D4D D2E
D5F;6F D30 6F
D61;D1E
D66;6F
D6A;D30 D4D
D6B;D26 D4D D30
D6C;D28 D4D D28
D6D;39
D6E;D35 D4D D30
D6F;D28 D4D
D76;D39 D4D D2E
D79;D28 D41
D7B;D28 D4D
D7C;D30 D4D
D82;6F
D83;983
DE9;DE8 DCF
DEA;DA2
DEB;DAF
DEF;DE8 DD3
E03;E02
E0B;E0A
E0F;E0E
E14;E04
E15;E04
E17;E11
E21;E06
E26;E20
E33;30A E32
E41;E40 E40
E45;E32
E4D;30A
E50;6F
E88;E08
E8D;E22
E9A;E1A
E9B;E1B
E9D;E1D
E9E;E1E
E9F;E1F
EB3;30A EB2
EB8;E38
EB9;E39
EC8;E48
EC9;E49
ECA;E4A
ECB;E4B
ECD;30A
ED0;6F
EDC;EAB E99
EDD;EAB EA1
F00;F68 F7C F7E
F02;F60 F74 F82 F7F
F03;F60 F74 F82 F14
F0C;F0B
F0E;F0D F0D
F1B;F1A F1A
F1E;F1D F1D
F1F;F1A F1D
F37;325
F6A;F62
F77;FB2 F71 F80
F79;FB3 F71 F80
FCE;F1D F1A
FD5;5350
FD6;534D
1000;1002 102C
1010;6F 102C
101D;6F
101F;1015 102C
1029;101E 103C
102A;101E 103C 1031 102C 103A
1036;30A
1038;983
1040;6F
104B;104A 104A
1065;1041
1066;1015 103E
106F;1015 102C 103E
1070;1003 103E
107E;107D 103E
1081;1002 103E
109E;1083 30A
10A0;A786
10E7;79
10F3;21D
10FF;6F
1101;1100 1100
1104;1103 1103
1108;1107 1107
110A;1109 1109
110D;110C 110C
1113;1102 1100
1114;1102 1102
1115;1102 1103
1116;1102 1107
1117;1103 1100
1118;1105 1102
1119;1105 1105
111A;1105 1112
111B;1105 110B
111C;1106 1107
111D;1106 110B
111E;1107 1100
111F;1107 1102
1120;1107 1103
1121;1107 1109
1122;1107 1109 1100
1123;1107 1109 1103
1124;1107 1109 1107
1125;1107 1109 1109
1126;1107 1109 110C
1127;1107 110C
1128;1107 110E
1129;1107 1110
112A;1107 1111
112B;1107 110B
112C;1107 1107 110B
112D;1109 1100
112E;1109 1102
112F;1109 1103
1130;1109 1105
1131;1109 1106
1132;1109 1107
1133;1109 1107 1100
1134;1109 1109 1109
1135;1109 110B
1136;1109 110C
1137;1109 110E
1138;1109 110F
1139;1109 1110
113A;1109 1111
113B;1105 1112
113D;113C 113C
113F;113E 113E
1141;110B 1100
1142;110B 1103
1143;110B 1106
1144;110B 1107
1145;110B 1109
1146;110B 1140
1147;110B 110B
1148;110B 110C
1149;110B 110E
114A;110B 1110
114B;110B 1111
114D;110C 110B
114F;114E 114E
1151;1150 1150
1152;110E 110F
1153;110E 1112
1156;1111 1107
1157;1111 110B
1158;1112 1112
115A;1100 1103
115B;1102 1109
115C;1102 110C
115D;1102 1112
115E;1103 1105
1162;1161 4E28
1164;1163 4E28
1166;1165 4E28
1168;1167 4E28
116A;1169 1161
116B;1169 1161 4E28
116C;1169 4E28
116F;116E 1165
1170;116E 1165 4E28
1171;116E 4E28
1173;30FC
1174;30FC 4E28
1175;4E28
1176;1161 1169
1177;1161 116E
1178;1163 1169
1179;1163 116D
117A;1165 1169
117B;1165 116E
117C;1165 30FC
117D;1167 1169
117E;1167 116E
117F;1169 1165
1180;1169 1165 4E28
1181;1169 1167 4E28
1182;1169 1169
1183;1169 116E
1184;116D 1163
1185;116D 1163 4E28
1186;116D 1163
1187;116D 1169
1188;116D 4E28
1189;116E 1161
118A;116E 1161 4E28
118B;116E 1165 30FC
118C;116E 1167 4E28
118D;116E 116E
118E;1172 1161
118F;1172 1165
1190;1172 1165 4E28
1191;1172 1167
1192;1172 1167 4E28
1193;1172 116E
1194;1172 4E28
1195;30FC 116E
1196;30FC 30FC
1197;30FC 4E28 116E
1198;4E28 1161
1199;4E28 1163
119A;4E28 1169
119B;4E28 116E
119C;4E28 30FC
119D;4E28 119E
119F;119E 1165
11A0;119E 116E
11A1;119E 4E28
11A2;119E 119E
11A3;1161 30FC
11A4;1163 116E
11A5;1167 1163
11A6;1169 1163
11A7;1169 1163 4E28
11A8;1100
11A9;1100 1100
11AA;1100 1109
11AB;1102
11AC;1102 110C
11AD;1102 1112
11AE;1103
11AF;1105
11B0;1105 1100
11B1;1105 1106
11B2;1105 1107
11B3;1105 1109
11B4;1105 1110
11B5;1105 1111
11B6;1105 1112
11B7;1106
11B8;1107
11B9;1107 1109
11BA;1109
11BB;1109 1109
11BC;110B
11BD;110C
11BE;110E
11BF;110F
11C0;1110
11C1;1111
11C2;1112
11C3;1100 1105
11C4;1100 1109 1100
11C5;1102 1100
11C6;1102 1103
11C7;1102 1109
11C8;1102 1140
11C9;1102 1110
11CA;1103 1100
11CB;1103 1105
11CC;1105 1100 1109
11CD;1105 1102
11CE;1105 1103
11CF;1105 1103 1112
11D0;1105 1105
11D1;1105 1106 1100
11D2;1105 1106 1109
11D3;1105 1107 1109
11D4;1105 1107 1112
11D5;1105 1107 110B
11D6;1105 1109 1109
11D7;1105 1140
11D8;1105 110F
11D9;1105 1159
11DA;1106 1100
11DB;1106 1105
11DC;1106 1107
11DD;1106 1109
11DE;1106 1109 1109
11DF;1106 1140
11E0;1106 110E
11E1;1106 1112
11E2;1106 110B
11E3;1107 1105
11E4;1107 1111
11E5;1107 1112
11E6;1107 110B
11E7;1109 1100
11E8;1109 1103
11E9;1109 1105
11EA;1109 1107
11EB;1140
11EC;110B 1100
11ED;110B 1100 1100
11EE;110B 110B
11EF;110B 110F
11F0;114C
11F1;110B 1109
11F2;110B 1140
11F3;1111 1107
11F4;1111 110B
11F5;1112 1102
11F6;1112 1105
11F7;1112 1106
11F8;1112 1107
11F9;1159
11FA;1100 1102
11FB;1100 1107
11FC;1100 110E
11FD;1100 110F
11FE;1100 1112
11FF;1102 1102
1200;55
1223;270
1240;3A6
1260;548
1294;571
12D0;4F
13A0;44
13A1;52
13A2;54
13A4;4F 27
13A5;69
13A8;2C75
13A9;59
13AA;41
13AB;4A
13AC;45
13AE;3F
13B0;2C75
13B1;393
13B3;57
13B7;4D
13BB;48
13BD;59
13BE;4F 335
13BF;1AB
13C0;47
13C2;68
13C3;5A
13C7;460
13CB;190
13CC;55 335
13CE;34
13CF;62
13D2;52
13D4;57
13D5;53
13D9;56
13DA;53
13DE;4C
13DF;43
13E2;50
13E6;4B
13E7;64
13EB;4F 335
13EE;36
13F0;DF
13F2;68 314
13F3;47
13F4;42
13FB;262
13FC;299
1400;3D
1403;394
140C;B7 1401
140D;1401 B7
140E;B7 394
140F;394 B7
1410;B7 1404
1411;1404 B7
1412;B7 1405
1413;1405 B7
1414;B7 1406
1415;1406 B7
1417;B7 140A
1418;140A B7
1419;B7 140B
141A;140B B7
1427;B7
142B;1401 1420
142C;394 1420
142D;1405 1420
142E;140A 1420
142F;56
1431;245
1433;3E
1437;B7 3E
1438;3C
143A;B7 56
143B;56 B7
143C;B7 245
143D;245 B7
143E;B7 1432
143F;1432 B7
1440;B7 3E
1441;3E B7
1442;B7 1434
1443;1434 B7
1444;B7 3C
1445;3C B7
1446;B7 1439
1447;1439 B7
144A;27
144C;55
144E;548
1454;B7 1450
1457;B7 55
1458;55 B7
1459;B7 548
145A;548 B7
145B;B7 144F
145C;144F B7
145D;B7 1450
145E;1450 B7
145F;B7 1451
1460;1451 B7
1461;B7 1455
1462;1455 B7
1463;B7 1456
1464;1456 B7
1467;55 27
1468;548 27
1469;1450 27
146A;1455 27
146D;50
146F;64
1472;62
1473;62 307
1474;B7 146B
1475;146B B7
1476;B7 50
1477;70 B7
1478;B7 146E
1479;146E B7
147A;B7 64
147B;64 B7
147C;B7 1470
147D;1470 B7
147E;B7 62
147F;62 B7
1480;B7 62 307
1481;62 307 B7
1485;146B 27
1486;50 27
1487;64 27
1488;62 27
148D;4A
1492;B7 1489
1493;1489 B7
1494;B7 148B
1495;148B B7
1496;B7 148C
1497;148C B7
1498;B7 4A
1499;4A B7
149A;B7 148E
149B;148E B7
149C;B7 1490
149D;1490 B7
149E;B7 1491
149F;1491 B7
14A5;393
14AA;4C
14AC;B7 14A3
14AD;14A3 B7
14AE;B7 393
14AF;393 B7
14B0;B7 14A6
14B1;14A6 B7
14B2;B7 14A7
14B3;14A7 B7
14B4;B7 14A8
14B5;14A8 B7
14B6;B7 4C
14B7;6C B7
14B8;B7 14AB
14B9;14AB B7
14BF;32
14C9;B7 14C0
14CA;14C0 B7
14CB;B7 14C7
14CC;14C7 B7
14CD;B7 14C8
14CE;14C8 B7
14D1;1421
14DC;B7 14D3
14DD;14D3 B7
14DE;B7 14D5
14DF;14D5 B7
14E0;B7 14D6
14E1;14D6 B7
14E2;B7 14D7
14E3;14D7 B7
14E4;B7 14D8
14E5;14D8 B7
14E6;B7 14DA
14E7;14DA B7
14E8;B7 14DB
14E9;14DB B7
14F6;B7 14ED
14F7;14ED B7
14F8;B7 14EF
14F9;14EF B7
14FA;B7 14F0
14FB;14F0 B7
14FC;B7 14F1
14FD;14F1 B7
14FE;B7 14F2
14FF;14F2 B7
1500;B7 14F4
1501;14F4 B7
1502;B7 14F5
1503;14F5 B7
150C;150B 3C
150D;150B 1455
150E;150B 62
150F;150B 1490
1517;B7 1510
1518;1510 B7
1519;B7 1511
151A;1511 B7
151B;B7 1512
151C;1512 B7
151D;B7 1513
151E;1513 B7
151F;B7 1514
1520;1514 B7
1521;B7 1515
1522;1515 B7
1523;B7 1516
1524;1516 B7
152F;B7 34
1530;34 B7
1531;B7 1528
1532;1528 B7
1533;B7 1529
1534;1529 B7
1535;B7 152A
1536;152A B7
1537;B7 152B
1538;152B B7
1539;B7 152D
153A;152D B7
153B;B7 152E
153C;152E B7
1540;1429
1541;78
154E;B7 154C
154F;154C B7
155B;B7 155A
155C;155A B7
1568;B7 1567
1569;1567 B7
1577;1E9F
157C;48
157D;78
157E;1550 146C
157F;1550 50
1580;1550 146E
1581;1550 64
1582;1550 1470
1583;1550 62
1584;1550 62 307
1585;1550 1483
1587;52
158E;1595 148A
158F;1595 148B
1590;1595 148C
1591;1595 4A
1592;1595 148E
1593;1595 1490
1594;1595 1491
15AF;62
15B4;46
15B5;2132
15B7;A7FB
15C4;2C6F
15C5;41
15DE;44
15EA;44
15EF;460
15F0;4D
15F7;42
1602;1490
1603;1489
1604;14D3
1607;14DA
1622;1543
1623;1546
1624;154A
162E;1B1
162F;3A9
1634;1B1
1635;3A9
166D;58
166E;78
166F;1550 146B
1670;1595 1489
1671;1596 148B
1672;1596 148C
1673;1596 4A
1674;1596 148E
1675;1596 1490
1676;1596 1491
1677;15A7 B7
1678;15A8 B7
1679;15A9 B7
167A;15AA B7
167B;15AB B7
167C;15AC B7
167D;15AD B7
1680;20
16B2;3C
16B7;58
16C1;6C
16C2;16BD
16CC;27
16D5;4B
16D6;4D
16D8;3A8
16E1;16BC
16EB;B7
16EC;3A
16ED;2B
16F0;3A6
1735;2F
17A3;17A2
17B7;E34
17B8;E35
17B9;E36
17BA;E37
17C6;30A
17CB;E48
17D3;30A
17D4;E2F
17D5;E5A
17D9;E4F
17DA;E5B
1803;3A
1809;3A
1855;1835
1896;185C
18B3;B7 18B1
18B6;B7 18B4
18B9;B7 18B8
18C2;B7 18C0
18C6;B7 14C2
18C7;14C2 B7
18C8;B7 14C3
18C9;14C3 B7
18CA;B7 14C4
18CB;14C4 B7
18CC;B7 14C5
18CD;14C5 B7
18CE;B7 1543
18CF;B7 1546
18D0;B7 1547
18D1;B7 1548
18D2;B7 1549
18D3;B7 154B
18DB;18F5
18DC;18DF 141E
18DD;141E 18DF
18E0;1543 B7
18E3;155E B7
18E4;1566 B7
18E5;156B B7
18E8;1586 B7
18EA;1597 B7
18ED;460 B7
18F0;15F4 B7
18F2;161B B7
19D0;199E
19D1;19B1
1A80;1A45
1A90;1A45
1AA9;1AA8 1AA8
1AAB;1AAA 1AA8
1AB4;6DB
1AB7;328
1B52;1B0D
1B53;1B11
1B58;1B28
1B5C;1B50
1B5F;1B5E 1B5E
1C3C;1C3B 1C3B
1C7F;1C7E 1C7E
1CD0;302
1CD2;304
1CD3;27 27
1CD5;32B
1CD8;32E
1CD9;32D
1CDA;30E
1CDC;329
1CDD;323
1CDE;324
1CED;316
1D04;63
1D08;25C
1D0B;138
1D0D;28D
1D0F;6F
1D10;254
1D11;6F
1D14;1DD 6F
1D1C;75
1D20;76
1D21;77
1D22;7A
1D24;1A8
1D26;72
1D27;28C
1D28;3C0
1D29;1D18
1D2B;43B
1D3E;18D6
1D52;BA
1D6B;75 65
1D6E;66 334
1D6F;72 6E 334
1D70;6E 334
1D72;72 334
1D73;27E 334
1D74;73 334
1D75;74 334
1D76;7A 334
1D78;1D34
1D7B;69 335
1D7C;69 335
1D7D;70 335
1D7E;75 335
1D7F;28A 335
1D83;67
1D8C;79
1D90;24B
1D9F;1D4B
1DA2;1D4D
1DBA;18D4
1DBB;1646
1DEE;2DEC
1E43;AB51
1E9A;1EA3
1E9D;66
1EFF;79
1F7D;1FF4
1FBD;27
1FBE;69
1FBF;27
1FC0;7E
1FEF;27
1FF6;13EF
1FFD;27
1FFE;27
2000;20
2001;20
2002;20
2003;20
2004;20
2005;20
2006;20
2007;20
2008;20
2009;20
200A;20
2010;2D
2011;2D
2012;2D
2013;2D
2014;30FC
2015;30FC
2016;6C 6C
2018;27
2019;27
201A;2C
201B;27
201C;27 27
201D;27 27
201F;27 27
2022;B7
2024;2E
2025;2E 2E
2026;2E 2E 2E
2027;B7
2028;20
2029;20
202F;20
2030;BA 2F 2080 2080
2031;BA 2F 2080 2080 2080
2032;27
2033;27 27
2034;27 27 27
2035;27
2036;27 27
2037;27 27 27
2039;3C
203A;3E
203C;21 21
203E;2C9
2041;2F
2043;2D
2044;2F
2047;3F 3F
2048;3F 21
2049;21 3F
204E;2A
2052;BA 2F 2080
2053;7E
2057;27 27 27 27
205A;3A
205D;2D57
205E;2D42
205F;20
2070;BA
2079;A770
20A1;43 20EB
20A4;A3
20A5;72 6E 338
20A8;52 73
20A9;57 335
20AB;64 335 331
20AC;A792
20AD;4B 335
20AE;54 20EB
20B6;6C 74
20BD;554
20DB;6DB
2100;61 2F 63
2101;61 2F 73
2102;43
2103;B0 43
2105;63 2F 6F
2106;63 2F 75
2107;190
2108;42D
2109;B0 46
210A;67
210B;48
210C;48
210D;48
210E;68
210F;68 335
2110;6C
2111;6C
2112;4C
2113;6C
2115;4E
2116;4E 6F
2119;50
211A;51
211B;52
211C;52
211D;52
2121;54 45 4C
2124;5A
2126;3A9
2127;1B1
2128;5A
2129;27F
212A;4B
212C;42
212D;43
212E;65
212F;65
2130;45
2131;46
2133;4D
2134;6F
2135;5D0
2136;5D1
2137;5D2
2138;5D3
2139;69
213B;46 41 58
213C;3C0
213D;79
213E;393
213F;3A0
2140;1A9
2141;A4E8
2142;A4F6
2143;16F00
2145;44
2146;64
2147;65
2148;69
2149;6A
2160;6C
2161;6C 6C
2162;6C 6C 6C
2163;6C 56
2164;56
2165;56 6C
2166;56 6C 6C
2167;56 6C 6C 6C
2168;6C 58
2169;58
216A;58 6C
216B;58 6C 6C
216C;4C
216D;43
216E;44
216F;4D
2170;69
2171;69 69
2172;69 69 69
2173;69 76
2174;76
2175;76 69
2176;76 69 69
2177;76 69 69 69
2178;69 78
2179;78
217A;78 69
217B;78 69 69
217C;6C
217D;63
217E;64
217F;72 6E
2183;186
2184;254
2191;16CF
2195;16E8
21B5;21B2
21BA;1F10E
21BE;16DA
21BF;16D0
2200;2C6F
2203;18E
2206;394
220F;3A0
2211;1A9
2212;2D
2214;2B 307
2215;2F
2216;5C
2217;2A
2218;B0
2219;B7
221E;6F 6F
2223;6C
2225;6C 6C
2228;76
2229;548
222A;55
222B;283
222C;283 283
222D;283 283 283
222F;222E 222E
2230;222E 222E 222E
2236;3A
2238;2D 307
223C;7E
2250;3D 307
2251;3D 307 323
2257;3D 30A
2259;3D 302
225A;3D 306
225E;3D 36B
2263;2261
226A;3C 3C
226B;3E 3E
2282;1455
2283;1450
2295;102A8
2296;4F 335
2299;298
229D;4F 335
22A4;54
22A5;A4D5
22C0;2227
22C1;76
22C2;548
22C3;55
22C4;16DC
22C5;B7
22C8;16DE
22D6;3C B7
22D7;B7 3E
22D8;3C 3C 3C
22D9;3E 3E 3E
22EE;2D57
22EF;B7 B7 B7
22F4;A793
22FF;45
2300;2205
2325;2324
2329;276C
232A;276D
2341;303C
2359;394 332
235A;16DC 332
235C;B0 332
235F;229B
2361;54 308
2362;2207 308
2363;22C6 308
2364;B0 308
2365;629
2368;7E 308
2369;1435
236B;2207 334
236C;4F 335
2373;69
2374;70
2375;3C9
2376;61 332
2377;A793 332
2378;69 332
2379;3C9 332
237A;61
237F;16BD
239C;4E28
239F;4E28
23A2;4E28
23A5;4E28
23AA;4E28
23AE;4E28
23C1;2355
23C2;234E
23C3;234B
23C6;236D
23E8;2081 2080
23FC;23FB
23FD;6C
23FE;263E
244A;5C 5C
2460;2780
2461;2781
2462;2782
2463;2783
2464;2784
2465;2785
2466;2786
2467;2787
2468;2788
2469;2789
2474;28 6C 29
2475;28 32 29
2476;28 33 29
2477;28 34 29
2478;28 35 29
2479;28 36 29
247A;28 37 29
247B;28 38 29
247C;28 39 29
247D;28 6C 4F 29
247E;28 6C 6C 29
247F;28 6C 32 29
2480;28 6C 33 29
2481;28 6C 34 29
2482;28 6C 35 29
2483;28 6C 36 29
2484;28 6C 37 29
2485;28 6C 38 29
2486;28 6C 39 29
2487;28 32 4F 29
2488;6C 2E
2489;32 2E
248A;33 2E
248B;34 2E
248C;35 2E
248D;36 2E
248E;37 2E
248F;38 2E
2490;39 2E
2491;6C 4F 2E
2492;6C 6C 2E
2493;6C 32 2E
2494;6C 33 2E
2495;6C 34 2E
2496;6C 35 2E
2497;6C 36 2E
2498;6C 37 2E
2499;6C 38 2E
249A;6C 39 2E
249B;32 4F 2E
249C;28 61 29
249D;28 62 29
249E;28 63 29
249F;28 64 29
24A0;28 65 29
24A1;28 66 29
24A2;28 67 29
24A3;28 68 29
24A4;28 69 29
24A5;28 6A 29
24A6;28 6B 29
24A7;28 6C 29
24A8;28 72 6E 29
24A9;28 6E 29
24AA;28 6F 29
24AB;28 70 29
24AC;28 71 29
24AD;28 72 29
24AE;28 73 29
24AF;28 74 29
24B0;28 75 29
24B1;28 76 29
24B2;28 77 29
24B3;28 78 29
24B4;28 79 29
24B5;28 7A 29
24B8;A9
24C5;2117
24C7;AE
24DB;24BE
24EA;1F10D
2500;30FC
2501;30FC
2503;2502
250F;250C
2523;251C
2571;2F
2573;58
2588;220E
2590;258C
2594;2C9
2597;2596
259D;2598
25A0;220E
25B1;23E5
25B3;394
25B7;22B3
25B8;25B6
25BA;25B6
25BD;102BC
25C1;22B2
25C7;16DC
25CA;16DC
25CB;B0
25CE;233E
25E0;2312
25E6;B0
2609;298
2610;25A1
2625;1099E
2630;2CB6
2638;2388
264E;224F
2662;16DC
2669;1D158 1D165
266A;1D158 1D165 1D16E
26AC;970
2768;28
2769;29
276E;3C
276F;3E
2772;28
2773;29
2774;7B
2775;7D
2795;2B
2796;2D
2797;F7
27C2;A4D5
27C8;5C 1455
27C9;1450 2F
27CB;2F
27CD;5C
27D9;54
27E8;276C
27E9;276D
292B;78
292C;78
2963;16D0 16DA
2965;21C3 21C2
296E;16D0 21C2
296F;21C3 16DA
2999;2D42
29B0;2349
29BE;233E
29C4;303C
29C5;2342
29C7;233B
29D6;102C0
29D9;299A
29F4;3A 2192
29F5;5C
29F6;2F 304
29F8;2F
29F9;5C
2A00;298
2A01;102A8
2A02;2297
2A03;228D
2A04;228E
2A05;2293
2A06;2294
2A0C;283 283 283 283
2A1D;16DE
2A20;3E 3E
2A21;16DA
2A22;2B 30A
2A23;2B 302
2A24;2B 303
2A25;2B 323
2A26;2B 330
2A27;2B 2082
2A29;2D 313
2A2A;2D 323
2A2F;78
2A30;78 307
2A3D;2319
2A3E;2A1F
2A3F;2210
2A6A;7E 307
2A6E;3D 20F0
2A74;3A 3A 3D
2A75;3D 3D
2A76;3D 3D 3D
2AA5;3E 3C
2AAA;15D5
2AAB;15D2
2AD7;1450 1455
2AFB;2F 2F 2F
2AFD;2F 2F
2BEC;219E
2BED;219F
2BEE;21A0
2BEF;21A1
2C67;48 329
2C69;4B 329
2C84;393
2C85;72
2C86;394
2C88;A792
2C89;A793
2C8E;48
2C92;6C
2C94;4B
2C95;138
2C96;3BB
2C98;4D
2C9A;4E
2C9E;4F
2C9F;6F
2CA0;3A0
2CA2;50
2CA3;70
2CA4;43
2CA5;63
2CA6;54
2CA8;59
2CAA;3A6
2CAB;278
2CAC;58
2CAD;3C7
2CAE;3A8
2CB1;3C9
2CB4;3C B7
2CBA;2D
2CBC;428
2CBD;448
2CC6;2F
2CCA;39
2CCC;33
2CCD;21D
2CD0;4C
2CD1;29F
2CD2;36
2CDC;3EC
2CE4;3D7
2CE9;2627
2CF9;5C 5C
2D31;4F 335
2D37;245
2D38;56
2D39;45
2D3A;18E
2D41;4F 338
2D48;B7 B7 B7
2D49;1A9
2D4F;6C
2D51;21
2D54;4F
2D55;51
2D59;298
2D5D;58
2D60;394
2D63;16EF
2DE8;1DDF
2DEA;30A
2DED;368
2DEF;36F
2DF6;363
2DF7;364
2E1A;2D 308
2E1E;7E 307
2E1F;7E 323
2E26;1455
2E27;1450
2E28;28 28
2E29;29 29
2E2A;2235
2E2B;2234
2E2C;2237
2E2E;61F
2E30;B0
2E31;B7
2E32;60C
2E35;61B
2E39;1E9F
2E3D;2D42
2E3F;B6
2E40;3D
2E82;4E5B
2E83;4E5A
2E85;4EBB
2E89;5202
2E8B;353E
2E8E;5140
2E8F;5C23
2E90;5C22
2E92;5DF3
2E93;5E7A
2E94;5F51
2E96;5FC4
2E97;38FA
2E98;624C
2E99;6535
2E9B;65E1
2E9E;6B7A
2E9F;6BCD
2EA0;6C11
2EA1;6C35
2EA2;6C3A
2EA3;706C
2EA4;722B
2EA6;4E2C
2EA8;72AD
2EAB;7F52
2EAD;793B
2EAF;7CF9
2EB1;7F53
2EB2;7F52
2EB9;8002
2EBA;8080
2EBE;8279
2EBF;8279
2EC0;8279
2EC1;864E
2EC2;8864
2EC3;8980
2EC4;897F
2EC5;89C1
2EC8;8BA0
2EC9;8D1D
2ECB;8F66
2ECC;8FB6
2ECD;8FB6
2ECF;961D
2ED0;9485
2ED1;9577
2ED2;9578
2ED3;957F
2ED4;95E8
2ED6;961D
2ED8;9752
2ED9;97E6
2EDA;9875
2EDB;98CE
2EDC;98DE
2EDD;98DF
2EDF;98E0
2EE0;9963
2EE2;9A6C
2EE4;9B3C
2EE5;9C7C
2EE8;9EA6
2EE9;9EC4
2EEB;6589
2EEC;9F50
2EED;6B6F
2EEE;9F7F
2EEF;7ADC
2EF0;9F99
2EF2;4E80
2EF3;9F9F
2F00;30FC
2F01;4E28
2F02;5C
2F03;2F
2F04;4E59
2F05;4E85
2F06;4E8C
2F07;4EA0
2F08;4EBA
2F09;513F
2F0A;5165
2F0B;516B
2F0C;5182
2F0D;5196
2F0E;51AB
2F0F;51E0
2F10;51F5
2F11;5200
2F12;529B
2F13;52F9
2F14;5315
2F15;531A
2F16;5338
2F17;5341
2F18;535C
2F19;5369
2F1A;5382
2F1B;53B6
2F1C;53C8
2F1D;53E3
2F1E;53E3
2F1F;571F
2F20;571F
2F21;5902
2F22;590A
2F23;5915
2F24;5927
2F25;5973
2F26;5B50
2F27;5B80
2F28;5BF8
2F29;5C0F
2F2A;5C22
2F2B;5C38
2F2C;5C6E
2F2D;5C71
2F2E;5DDB
2F2F;5DE5
2F30;5DF1
2F31;5DFE
2F32;5E72
2F33;5E7A
2F34;5E7F
2F35;5EF4
2F36;5EFE
2F37;5F0B
2F38;5F13
2F39;5F50
2F3A;5F61
2F3B;5F73
2F3C;5FC3
2F3D;6208
2F3E;6236
2F3F;624B
2F40;652F
2F41;6534
2F42;6587
2F43;6597
2F44;65A4
2F45;65B9
2F46;65E0
2F47;65E5
2F48;66F0
2F49;6708
2F4A;6728
2F4B;6B20
2F4C;6B62
2F4D;6B79
2F4E;6BB3
2F4F;6BCB
2F50;6BD4
2F51;6BDB
2F52;6C0F
2F53;6C14
2F54;6C34
2F55;706B
2F56;722A
2F57;7236
2F58;723B
2F59;723F
2F5A;7247
2F5B;7259
2F5C;725B
2F5D;72AC
2F5E;7384
2F5F;7389
2F60;74DC
2F61;74E6
2F62;7518
2F63;751F
2F64;7528
2F65;7530
2F66;758B
2F67;7592
2F68;7676
2F69;767D
2F6A;76AE
2F6B;76BF
2F6C;76EE
2F6D;77DB
2F6E;77E2
2F6F;77F3
2F70;793A
2F71;79B8
2F72;79BE
2F73;7A74
2F74;7ACB
2F75;7AF9
2F76;7C73
2F77;7CF8
2F78;7F36
2F79;7F51
2F7A;7F8A
2F7B;7FBD
2F7C;8001
2F7D;800C
2F7E;8012
2F7F;8033
2F80;807F
2F81;8089
2F82;81E3
2F83;81EA
2F84;81F3
2F85;81FC
2F86;820C
2F87;821B
2F88;821F
2F89;826E
2F8A;8272
2F8B;8278
2F8C;864D
2F8D;866B
2F8E;8840
2F8F;884C
2F90;8863
2F91;897E
2F92;898B
2F93;89D2
2F94;8A00
2F95;8C37
2F96;8C46
2F97;8C55
2F98;8C78
2F99;8C9D
2F9A;8D64
2F9B;8D70
2F9C;8DB3
2F9D;8EAB
2F9E;8ECA
2F9F;8F9B
2FA0;8FB0
2FA1;8FB5
2FA2;9091
2FA3;9149
2FA4;91C6
2FA5;91CC
2FA6;91D1
2FA7;9577
2FA8;9580
2FA9;961C
2FAA;96B6
2FAB;96B9
2FAC;96E8
2FAD;9751
2FAE;975E
2FAF;9762
2FB0;9769
2FB1;97CB
2FB2;97ED
2FB3;97F3
2FB4;9801
2FB5;98A8
2FB6;98DB
2FB7;98DF
2FB8;9996
2FB9;9999
2FBA;99AC
2FBB;9AA8
2FBC;9AD8
2FBD;9ADF
2FBE;9B25
2FBF;9B2F
2FC0;9B32
2FC1;9B3C
2FC2;9B5A
2FC3;9CE5
2FC4;9E75
2FC5;9E7F
2FC6;9EA5
2FC7;9EBB
2FC8;9EC3
2FC9;9ECD
2FCA;9ED1
2FCB;9EF9
2FCC;9EFD
2FCD;9F0E
2FCE;9F13
2FCF;9F20
2FD0;9F3B
2FD1;9F4A
2FD2;9F52
2FD3;9F8D
2FD4;9F9C
2FD5;9FA0
3002;2F3
3003;27 27
3007;4F
3008;276C
3009;276D
3012;20B8
3014;28
3015;29
301A;27E6
301B;27E7
302C;309
302D;325
3033;2F
3036;20B8
3038;5341
3039;5344
303A;5345
304F;276C
309A;30A
309B;FF9E
309C;FF9F
30A0;3D
30A4;4EBB
30A8;5DE5
30AB;529B
30BF;5915
30C8;535C
30CB;4E8C
30CE;2F
30CF;516B
30D8;3078
30ED;53E3
30FB;B7
3131;1100
3132;1100 1100
3133;1100 1109
3134;1102
3135;1102 110C
3136;1102 1112
3137;1103
3138;1103 1103
3139;1105
313A;1105 1100
313B;1105 1106
313C;1105 1107
313D;1105 1109
313E;1105 1110
313F;1105 1111
3140;1105 1112
3141;1106
3142;1107
3143;1107 1107
3144;1107 1109
3145;1109
3146;1109 1109
3147;110B
3148;110C
3149;110C 110C
314A;110E
314B;110F
314C;1110
314D;1111
314E;1112
314F;1161
3150;1161 4E28
3151;1163
3152;1163 4E28
3153;1165
3154;1165 4E28
3155;1167
3156;1167 4E28
3157;1169
3158;1169 1161
3159;1169 1161 4E28
315A;1169 4E28
315B;116D
315C;116E
315D;116E 1165
315E;116E 1165 4E28
315F;116E 4E28
3160;1172
3161;30FC
3162;30FC 4E28
3163;4E28
3164;1160
3165;1102 1102
3166;1102 1103
3167;1102 1109
3168;1102 1140
3169;1105 1100 1109
316A;1105 1103
316B;1105 1107 1109
316C;1105 1140
316D;1105 1159
316E;1106 1107
316F;1106 1109
3170;1106 1140
3171;1106 110B
3172;1107 1100
3173;1107 1103
3174;1107 1109 1100
3175;1107 1109 1103
3176;1107 110C
3177;1107 1110
3178;1107 110B
3179;1107 1107 110B
317A;1109 1100
317B;1109 1102
317C;1109 1103
317D;1109 1107
317E;1109 110C
317F;1140
3180;110B 110B
3181;114C
3182;110B 1109
3183;110B 1140
3184;1111 110B
3185;1112 1112
3186;1159
3187;116D 1163
3188;116D 1163 4E28
3189;116D 4E28
318A;1172 1167
318B;1172 1167 4E28
318C;1172 4E28
318D;119E
318E;119E 4E28
31D0;30FC
31D1;4E28
31D3;2F
31D4;5C
31D6;4E5B
31DA;4E85
31DB;276C
31DF;4E5A
31E0;4E59
3200;28 1100 29
3201;28 1102 29
3202;28 1103 29
3203;28 1105 29
3204;28 1106 29
3205;28 1107 29
3206;28 1109 29
3207;28 110B 29
3208;28 110C 29
3209;28 110E 29
320A;28 110F 29
320B;28 1110 29
320C;28 1111 29
320D;28 1112 29
320E;28 AC00 29
320F;28 B098 29
3210;28 B2E4 29
3211;28 B77C 29
3212;28 B9C8 29
3213;28 BC14 29
3214;28 C0AC 29
3215;28 C544 29
3216;28 C790 29
3217;28 CC28 29
3218;28 CE74 29
3219;28 D0C0 29
321A;28 D30C 29
321B;28 D558 29
321C;28 C8FC 29
321D;28 C624 C804 29
321E;28 C624 D6C4 29
3220;28 30FC 29
3221;28 4E8C 29
3222;28 4E09 29
3223;28 56DB 29
3224;28 4E94 29
3225;28 516D 29
3226;28 4E03 29
3227;28 516B 29
3228;28 4E5D 29
3229;28 5341 29
322A;28 6708 29
322B;28 706B 29
322C;28 6C34 29
322D;28 6728 29
322E;28 91D1 29
322F;28 571F 29
3230;28 65E5 29
3231;28 682A 29
3232;28 6709 29
3233;28 793E 29
3234;28 540D 29
3235;28 7279 29
3236;28 8CA1 29
3237;28 795D 29
3238;28 52B4 29
3239;28 4EE3 29
323A;28 547C 29
323B;28 5B66 29
323C;28 76E3 29
323D;28 4F01 29
323E;28 8CC7 29
323F;28 5354 29
3240;28 796D 29
3241;28 4F11 29
3242;28 81EA 29
3243;28 81F3 29
32C0;6C 6708
32C1;32 6708
32C2;33 6708
32C3;34 6708
32C4;35 6708
32C5;36 6708
32C6;37 6708
32C7;38 6708
32C8;39 6708
32C9;6C 4F 6708
32CA;6C 6C 6708
32CB;6C 32 6708
3358;4F 70B9
3359;6C 70B9
335A;32 70B9
335B;33 70B9
335C;34 70B9
335D;35 70B9
335E;36 70B9
335F;37 70B9
3360;38 70B9
3361;39 70B9
3362;6C 4F 70B9
3363;6C 6C 70B9
3364;6C 32 70B9
3365;6C 33 70B9
3366;6C 34 70B9
3367;6C 35 70B9
3368;6C 36 70B9
3369;6C 37 70B9
336A;6C 38 70B9
336B;6C 39 70B9
336C;32 4F 70B9
336D;32 6C 70B9
336E;32 32 70B9
336F;32 33 70B9
3370;32 34 70B9
33E0;6C 65E5
33E1;32 65E5
33E2;33 65E5
33E3;34 65E5
33E4;35 65E5
33E5;36 65E5
33E6;37 65E5
33E7;38 65E5
33E8;39 65E5
33E9;6C 4F 65E5
33EA;6C 6C 65E5
33EB;6C 32 65E5
33EC;6C 33 65E5
33ED;6C 34 65E5
33EE;6C 35 65E5
33EF;6C 36 65E5
33F0;6C 37 65E5
33F1;6C 38 65E5
33F2;6C 39 65E5
33F3;32 4F 65E5
33F4;32 6C 65E5
33F5;32 32 65E5
33F6;32 33 65E5
33F7;32 34 65E5
33F8;32 35 65E5
33F9;32 36 65E5
33FA;32 37 65E5
33FB;32 38 65E5
33FC;32 39 65E5
33FD;33 4F 65E5
33FE;33 6C 65E5
39B3;363D
439B;3588
4420;3B3B
4E00;30FC
4E36;5C
4E3F;2F
5002;4F75
503C;5024
555F;5553
56D7;53E3
586B;5861
58EB;571F
58FF;58AB
5B00;5AAF
5E32;5E21
5E50;3B3A
6238;6236
6409;3A41
6663;403F
6669;665A
66F6;3ADA
6726;4443
67FF;676E
69E9;3BA3
6A27;699D
6F59;6E88
784F;7814
7D76;7D55
80A6;670C
80CA;6710
80D0;670F
80F6;3B35
8101;6713
8127;6718
8141;80FC
81A7;6723
853F;848D
8641;8637
8A1E;46B6
8A7D;8A2E
8B8F;8B86
8C63;8C5C
8D86;8D7F
8DFA;8DE5
8E9B;8E97
8F27;8EFF
90DE;90CE
93AE;93AD
96B8;96B7
9E43;9E42
9ED2;9ED1
9FC3;4039
A494;A2CD
A49C;A0C0
A49E;A04A
A4A7;A458
A4A8;A132
A4AC;A050
A4B0;A3C2
A4BA;A3BF
A4BE;A2B1
A4BF;A259
A4C0;A3AB
A4C2;A3B5
A4D0;42
A4D1;50
A4D2;64
A4D3;44
A4D4;54
A4D6;47
A4D7;4B
A4D9;4A
A4DA;43
A4DB;186
A4DC;5A
A4DD;46
A4DE;2132
A4DF;4D
A4E0;4E
A4E1;4C
A4E2;53
A4E3;52
A4E5;245
A4E6;56
A4E7;48
A4EA;57
A4EB;58
A4EC;59
A4ED;1660
A4EE;41
A4EF;2C6F
A4F0;45
A4F1;18E
A4F2;6C
A4F3;4F
A4F4;55
A4F5;548
A4F7;15E1
A4F8;2E
A4F9;2C
A4FA;2E 2E
A4FB;2E 2C
A4FD;3A
A4FE;2D 2E
A4FF;3D
A60E;2E
A644;32
A645;1A8
A647;69
A64D;3C9
A650;42A 6C
A651;2C9 62 69
A668;298
A66F;20E9
A67C;306
A67E;2C7
A695;68 314
A698;4F 4F
A699;6F 6F
A69A;102A8
A6A1;418
A6B0;16B9
A6B1;2C75
A6CD;2A1
A6CE;245
A6DB;3A0
A6DF;56
A6EB;3F
A6EF;32
A6F0;302
A6F1;304
A6F4;A6F3 A6F3
A714;2EB
A716;2EA
A728;54 33
A729;74 21D
A731;73
A732;41 41
A733;61 61
A734;41 4F
A735;61 6F
A736;41 55
A737;61 75
A738;41 56
A739;61 76
A73A;41 56
A73B;61 76
A73C;41 59
A73D;61 79
A740;4B 335
A74A;4F 335
A74B;6F 335
A74E;4F 4F
A74F;6F 6F
A75A;32
A761;77 326
A76A;33
A76B;21D
A76E;39
A777;74 66
A778;26
A77A;A779
A789;3A
A78C;27
A78F;B7
A795;A727
A798;46
A799;66
A79A;10412
A79B;1043A
A79D;29A
A79E;A4E4
A79F;75
A7AB;33
A7B1;A4D5
A7B2;4A
A7B3;58
A7B4;42
A7B5;DF
A7B6;A64C
A7B7;3C9
A7F7;30FC
A830;964
A960;1103 1106
A961;1103 1107
A962;1103 1109
A963;1103 110C
A964;1105 1100
A965;1105 1100 1100
A966;1105 1103
A967;1105 1103 1103
A968;1105 1106
A969;1105 1107
A96A;1105 1107 1107
A96B;1105 1107 110B
A96C;1105 1109
A96D;1105 110C
A96E;1105 110F
A96F;1106 1100
A970;1106 1103
A971;1106 1109
A972;1107 1109 1110
A973;1107 110F
A974;1107 1112
A975;1109 1109 1107
A976;110B 1105
A977;110B 1112
A978;110C 110C 1112
A979;1110 1110
A97A;1111 1112
A97B;1112 1109
A97C;1159 1159
A992;2C3F
A9A3;A99D
A9C6;A9D0
A9CF;662
AA53;AA01
AA56;AA23
AB32;65
AB35;66
AB3D;6F
AB3E;6F 338
AB3F;254 338
AB41;1DD 6F 338
AB42;1DD 6F 335
AB47;72
AB48;72
AB4D;283
AB4E;75
AB52;75
AB53;3C7
AB55;3C7
AB5A;79
AB60;459
AB62;254 65
AB63;75 6F
AB70;1D05
AB71;280
AB72;1D1B
AB74;6F 31B
AB75;69
AB7A;1D00
AB7B;1D0A
AB7C;1D07
AB7E;242
AB80;2C76
AB81;72
AB83;77
AB87;28D
AB8B;29C
AB8E;6F 335
AB90;262
AB93;7A
AB9B;A793
AB9C;75 335
AB9F;185
ABA2;280
ABA9;76
ABAA;73
ABAE;29F
ABAF;63
ABB2;1D18
ABB6;138
ABBB;6F 335
D7B0;1169 1167
D7B1;1169 1169 4E28
D7B2;116D 1161
D7B3;116D 1161 4E28
D7B4;116D 1165
D7B5;116E 1167
D7B6;116E 4E28 4E28
D7B7;1172 1161 4E28
D7B8;1172 1169
D7B9;30FC 1161
D7BA;30FC 1165
D7BB;30FC 1165 4E28
D7BC;30FC 1169
D7BD;4E28 1163 1169
D7BE;4E28 1163 4E28
D7BF;4E28 1167
D7C0;4E28 1167 4E28
D7C1;4E28 1169 4E28
D7C2;4E28 116D
D7C3;4E28 1172
D7C4;4E28 4E28
D7C5;119E 1161
D7C6;119E 1165 4E28
D7CB;1102 1105
D7CC;1102 110E
D7CD;1103 1103
D7CE;1103 1103 1107
D7CF;1103 1107
D7D0;1103 1109
D7D1;1103 1109 1100
D7D2;1103 110C
D7D3;1103 110E
D7D4;1103 1110
D7D5;1105 1100 1100
D7D6;1105 1100 1112
D7D7;1105 1105 110F
D7D8;1105 1106 1112
D7D9;1105 1107 1103
D7DA;1105 1107 1111
D7DB;1105 114C
D7DC;1105 1159 1112
D7DD;1105 110B
D7DE;1106 1102
D7DF;1106 1102 1102
D7E0;1106 1106
D7E1;1106 1107 1109
D7E2;1106 110C
D7E3;1107 1103
D7E4;1107 1105 1111
D7E5;1107 1106
D7E6;1107 1107
D7E7;1107 1109 1103
D7E8;1107 110C
D7E9;1107 110E
D7EA;1109 1106
D7EB;1109 1107 110B
D7EC;1109 1109 1100
D7ED;1109 1109 1103
D7EE;1109 1140
D7EF;1109 110C
D7F0;1109 110E
D7F1;1109 1110
D7F2;1105 1112
D7F3;1140 1107
D7F4;1140 1107 110B
D7F5;114C 1106
D7F6;114C 1112
D7F7;110C 1107
D7F8;110C 1107 1107
D7F9;110C 110C
D7FA;1111 1109
D7FB;1111 1110
F900;8C48
F901;66F4
F902;8ECA
F903;8CC8
F904;6ED1
F905;4E32
F906;53E5
F907;9F9C
F908;9F9C
F909;5951
F90A;91D1
F90B;5587
F90C;5948
F90D;61F6
F90E;7669
F90F;7F85
F910;863F
F911;87BA
F912;88F8
F913;908F
F914;6A02
F915;6D1B
F916;70D9
F917;73DE
F918;843D
F919;916A
F91A;99F1
F91B;4E82
F91C;5375
F91D;6B04
F91E;721B
F91F;862D
F920;9E1E
F921;5D50
F922;6FEB
F923;85CD
F924;8964
F925;62C9
F926;81D8
F927;881F
F928;5ECA
F929;6717
F92A;6D6A
F92B;72FC
F92C;90CE
F92D;4F86
F92E;51B7
F92F;52DE
F930;64C4
F931;6AD3
F932;7210
F933;76E7
F934;8001
F935;8606
F936;865C
F937;8DEF
F938;9732
F939;9B6F
F93A;9DFA
F93B;788C
F93C;797F
F93D;7DA0
F93E;83C9
F93F;9304
F940;9E7F
F941;8AD6
F942;58DF
F943;5F04
F944;7C60
F945;807E
F946;7262
F947;78CA
F948;8CC2
F949;96F7
F94A;58D8
F94B;5C62
F94C;6A13
F94D;6DDA
F94E;6F0F
F94F;7D2F
F950;7E37
F951;964B
F952;52D2
F953;808B
F954;51DC
F955;51CC
F956;7A1C
F957;7DBE
F958;83F1
F959;9675
F95A;8B80
F95B;62CF
F95C;6A02
F95D;8AFE
F95E;4E39
F95F;5BE7
F960;6012
F961;7387
F962;7570
F963;5317
F964;78FB
F965;4FBF
F966;5FA9
F967;4E0D
F968;6CCC
F969;6578
F96A;7D22
F96B;53C3
F96C;585E
F96D;7701
F96E;8449
F96F;8AAA
F970;6BBA
F971;8FB0
F972;6C88
F973;62FE
F974;82E5
F975;63A0
F976;7565
F977;4EAE
F978;5169
F979;51C9
F97A;6881
F97B;7CE7
F97C;826F
F97D;8AD2
F97E;91CF
F97F;52F5
F980;5442
F981;5973
F982;5EEC
F983;65C5
F984;6FFE
F985;792A
F986;95AD
F987;9A6A
F988;9E97
F989;9ECE
F98A;529B
F98B;66C6
F98C;6B77
F98D;8F62
F98E;5E74
F98F;6190
F990;6200
F991;649A
F992;6F23
F993;7149
F994;7489
F995;79CA
F996;7DF4
F997;806F
F998;8F26
F999;84EE
F99A;9023
F99B;934A
F99C;5217
F99D;52A3
F99E;54BD
F99F;70C8
F9A0;88C2
F9A1;8AAA
F9A2;5EC9
F9A3;5FF5
F9A4;637B
F9A5;6BAE
F9A6;7C3E
F9A7;7375
F9A8;4EE4
F9A9;56F9
F9AA;5BE7
F9AB;5DBA
F9AC;601C
F9AD;73B2
F9AE;7469
F9AF;7F9A
F9B0;8046
F9B1;9234
F9B2;96F6
F9B3;9748
F9B4;9818
F9B5;4F8B
F9B6;79AE
F9B7;91B4
F9B8;96B7
F9B9;60E1
F9BA;4E86
F9BB;50DA
F9BC;5BEE
F9BD;5C3F
F9BE;6599
F9BF;6A02
F9C0;71CE
F9C1;7642
F9C2;84FC
F9C3;907C
F9C4;9F8D
F9C5;6688
F9C6;962E
F9C7;5289
F9C8;677B
F9C9;67F3
F9CA;6D41
F9CB;6E9C
F9CC;7409
F9CD;7559
F9CE;786B
F9CF;7D10
F9D0;985E
F9D1;516D
F9D2;622E
F9D3;9678
F9D4;502B
F9D5;5D19
F9D6;6DEA
F9D7;8F2A
F9D8;5F8B
F9D9;6144
F9DA;6817
F9DB;7387
F9DC;9686
F9DD;5229
F9DE;540F
F9DF;5C65
F9E0;6613
F9E1;674E
F9E2;68A8
F9E3;6CE5
F9E4;7406
F9E5;75E2
F9E6;7F79
F9E7;88CF
F9E8;88E1
F9E9;91CC
F9EA;96E2
F9EB;533F
F9EC;6EBA
F9ED;541D
F9EE;71D0
F9EF;7498
F9F0;85FA
F9F1;96A3
F9F2;9C57
F9F3;9E9F
F9F4;6797
F9F5;6DCB
F9F6;81E8
F9F7;7ACB
F9F8;7B20
F9F9;7C92
F9FA;72C0
F9FB;7099
F9FC;8B58
F9FD;4EC0
F9FE;8336
F9FF;523A
FA00;5207
FA01;5EA6
FA02;62D3
FA03;7CD6
FA04;5B85
FA05;6D1E
FA06;66B4
FA07;8F3B
FA08;884C
FA09;964D
FA0A;898B
FA0B;5ED3
FA0C;5140
FA0D;55C0
FA10;585A
FA12;6674
FA15;51DE
FA16;732A
FA17;76CA
FA18;793C
FA19;795E
FA1A;7965
FA1B;798F
FA1C;9756
FA1D;7CBE
FA1E;7FBD
FA20;8612
FA22;8AF8
FA25;9038
FA26;90FD
FA2A;98EF
FA2B;98FC
FA2C;9928
FA2D;9DB4
FA2E;90CE
FA2F;96B7
FA30;4FAE
FA31;50E7
FA32;514D
FA33;52C9
FA34;52E4
FA35;5351
FA36;559D
FA37;5606
FA38;5668
FA39;5840
FA3A;58A8
FA3B;5C64
FA3C;5C6E
FA3D;6094
FA3E;6168
FA3F;618E
FA40;61F2
FA41;654F
FA42;65E2
FA43;6691
FA44;6885
FA45;6D77
FA46;6E1A
FA47;6F22
FA48;716E
FA49;722B
FA4A;7422
FA4B;7891
FA4C;793E
FA4D;7949
FA4E;7948
FA4F;7950
FA50;7956
FA51;795D
FA52;798D
FA53;798E
FA54;7A40
FA55;7A81
FA56;7BC0
FA57;7DF4
FA58;7E09
FA59;7E41
FA5A;7F72
FA5B;8005
FA5C;81ED
FA5D;8279
FA5E;8279
FA5F;8457
FA60;8910
FA61;8996
FA62;8B01
FA63;8B39
FA64;8CD3
FA65;8D08
FA66;8FB6
FA67;9038
FA68;96E3
FA69;97FF
FA6A;983B
FA6B;6075
FA6C;242EE
FA6D;8218
FA70;4E26
FA71;51B5
FA72;5168
FA73;4F80
FA74;5145
FA75;5180
FA76;52C7
FA77;52FA
FA78;559D
FA79;5555
FA7A;5599
FA7B;55E2
FA7C;585A
FA7D;58B3
FA7E;5944
FA7F;5954
FA80;5A62
FA81;5B28
FA82;5ED2
FA83;5ED9
FA84;5F69
FA85;5FAD
FA86;60D8
FA87;614E
FA88;6108
FA89;618E
FA8A;6160
FA8B;61F2
FA8C;6234
FA8D;63C4
FA8E;641C
FA8F;6452
FA90;6556
FA91;6674
FA92;6717
FA93;671B
FA94;6756
FA95;6B79
FA96;6BBA
FA97;6D41
FA98;6EDB
FA99;6ECB
FA9A;6F22
FA9B;701E
FA9C;716E
FA9D;77A7
FA9E;7235
FA9F;72AF
FAA0;732A
FAA1;7471
FAA2;7506
FAA3;753B
FAA4;761D
FAA5;761F
FAA6;76CA
FAA7;76DB
FAA8;76F4
FAA9;774A
FAAA;7740
FAAB;78CC
FAAC;7AB1
FAAD;7BC0
FAAE;7C7B
FAAF;7D5B
FAB0;7DF4
FAB1;7F3E
FAB2;8005
FAB3;8352
FAB4;83EF
FAB5;8779
FAB6;8941
FAB7;8986
FAB8;8996
FAB9;8ABF
FABA;8AF8
FABB;8ACB
FABC;8B01
FABD;8AFE
FABE;8AED
FABF;8B39
FAC0;8B8A
FAC1;8D08
FAC2;8F38
FAC3;9072
FAC4;9199
FAC5;9276
FAC6;967C
FAC7;96E3
FAC8;9756
FAC9;97DB
FACA;97FF
FACB;980B
FACC;983B
FACD;9B12
FACE;9F9C
FACF;2284A
FAD0;22844
FAD1;233D5
FAD2;3B9D
FAD3;4018
FAD4;4039
FAD5;25249
FAD6;25CD0
FAD7;27ED3
FAD8;9F43
FAD9;9F8E
FB00;66 66
FB01;66 69
FB02;66 6C
FB03;66 66 69
FB04;66 66 6C
FB06;73 74
FB13;574 576
FB14;574 565
FB15;574 56B
FB16;57E 576
FB17;574 56D
FB20;5E2
FB21;5D0
FB22;5D3
FB23;5D4
FB24;5DB
FB25;5DC
FB26;5DD
FB27;5E8
FB28;5EA
FB29;2D 307
FB2B;FB2A
FB2D;FB2C
FB2F;FB2E
FB30;FB2E
FB39;FB1D
FB49;FB2A
FB4F;5D0 5DC
FB50;671
FB51;671
FB52;67B
FB53;67B
FB54;67B
FB55;67B
FB56;649 6DB
FB57;649 6DB
FB58;649 6DB
FB59;649 6DB
FB5A;680
FB5B;680
FB5C;680
FB5D;680
FB5E;67A
FB5F;67A
FB60;67A
FB61;67A
FB62;67F
FB63;67F
FB64;67F
FB65;67F
FB66;649 615
FB67;649 615
FB68;649 615
FB69;649 615
FB6A;6A1 6DB
FB6B;6A1 6DB
FB6C;6A1 6DB
FB6D;6A1 6DB
FB6E;6A6
FB6F;6A6
FB70;6A6
FB71;6A6
FB72;684
FB73;684
FB74;684
FB75;684
FB76;683
FB77;683
FB78;683
FB79;683
FB7A;686
FB7B;686
FB7C;686
FB7D;686
FB7E;687
FB7F;687
FB80;687
FB81;687
FB82;68D
FB83;68D
FB84;68C
FB85;68C
FB86;62F 6DB
FB87;62F 6DB
FB88;62F 615
FB89;62F 615
FB8A;631 6DB
FB8B;631 6DB
FB8C;631 615
FB8D;631 615
FB8E;643
FB8F;643
FB90;643
FB91;643
FB92;6AF
FB93;6AF
FB94;6AF
FB95;6AF
FB96;6B3
FB97;6B3
FB98;6B3
FB99;6B3
FB9A;6B1
FB9B;6B1
FB9C;6B1
FB9D;6B1
FB9E;649
FB9F;649
FBA0;649 615
FBA1;649 615
FBA2;649 615
FBA3;649 615
FBA4;6C0
FBA5;6C0
FBA6;6F
FBA7;6F
FBA8;6F
FBA9;6F
FBAA;6F
FBAB;6F
FBAC;6F
FBAD;6F
FBAE;649
FBAF;649
FBB0;6D3
FBB1;6D3
FBD3;643 6DB
FBD4;643 6DB
FBD5;643 6DB
FBD6;643 6DB
FBD7;648 313
FBD8;648 313
FBD9;648 306
FBDA;648 306
FBDB;648 670
FBDC;648 670
FBDD;648 313 674
FBDE;648 6DB
FBDF;648 6DB
FBE0;6C5
FBE1;6C5
FBE2;648 302
FBE3;648 302
FBE4;67B
FBE5;67B
FBE6;67B
FBE7;67B
FBE8;649
FBE9;649
FBEA;649 674 6C
FBEB;649 674 6C
FBEC;649 674 6F
FBED;649 674 6F
FBEE;649 674 648
FBEF;649 674 648
FBF0;649 674 648 313
FBF1;649 674 648 313
FBF2;649 674 648 306
FBF3;649 674 648 306
FBF4;649 674 648 670
FBF5;649 674 648 670
FBF6;649 674 67B
FBF7;649 674 67B
FBF8;649 674 67B
FBF9;649 674 649
FBFA;649 674 649
FBFB;649 674 649
FBFC;649
FBFD;649
FBFE;649
FBFF;649
FC00;649 674 62C
FC01;649 674 62D
FC02;649 674 645
FC03;649 674 649
FC04;649 674 649
FC05;628 62C
FC06;628 62D
FC07;628 62E
FC08;628 645
FC09;628 649
FC0A;628 649
FC0B;62A 62C
FC0C;62A 62D
FC0D;62A 62E
FC0E;62A 645
FC0F;62A 649
FC10;62A 649
FC11;649 6DB 62C
FC12;649 6DB 645
FC13;649 6DB 649
FC14;649 6DB 649
FC15;62C 62D
FC16;62C 645
FC17;62D 62C
FC18;62D 645
FC19;62E 62C
FC1A;62E 62D
FC1B;62E 645
FC1C;633 62C
FC1D;633 62D
FC1E;633 62E
FC1F;633 645
FC20;635 62D
FC21;635 645
FC22;636 62C
FC23;636 62D
FC24;636 62E
FC25;636 645
FC26;637 62D
FC27;637 645
FC28;638 645
FC29;639 62C
FC2A;639 645
FC2B;63A 62C
FC2C;63A 645
FC2D;641 62C
FC2E;641 62D
FC2F;641 62E
FC30;641 645
FC31;641 649
FC32;641 649
FC33;642 62D
FC34;642 645
FC35;642 649
FC36;642 649
FC37;643 6C
FC38;643 62C
FC39;643 62D
FC3A;643 62E
FC3B;643 644
FC3C;643 645
FC3D;643 649
FC3E;643 649
FC3F;644 62C
FC40;644 62D
FC41;644 62E
FC42;644 645
FC43;644 649
FC44;644 649
FC45;645 62C
FC46;645 62D
FC47;645 62E
FC48;645 645
FC49;645 649
FC4A;645 649
FC4B;628 62E
FC4C;646 62D
FC4D;646 62E
FC4E;646 645
FC4F;646 649
FC50;646 649
FC51;6F 62C
FC52;6F 645
FC53;6F 649
FC54;6F 649
FC55;649 62C
FC56;649 62D
FC57;649 62E
FC58;649 645
FC59;649 649
FC5A;649 649
FC5B;630 670
FC5C;631 670
FC5D;649 670
FC5E;FE72 651
FC5F;FE74 651
FC60;FE76 651
FC61;FE78 651
FC62;FE7A 651
FC63;FE7C 670
FC64;649 674 631
FC65;649 674 632
FC66;649 674 645
FC67;649 674 646
FC68;649 674 649
FC69;649 674 649
FC6A;628 631
FC6B;628 632
FC6C;628 645
FC6D;628 646
FC6E;628 649
FC6F;628 649
FC70;62A 631
FC71;62A 632
FC72;62A 645
FC73;62A 646
FC74;62A 649
FC75;62A 649
FC76;649 6DB 631
FC77;649 6DB 632
FC78;649 6DB 645
FC79;649 6DB 646
FC7A;649 6DB 649
FC7B;649 6DB 649
FC7C;641 649
FC7D;641 649
FC7E;642 649
FC7F;642 649
FC80;643 6C
FC81;643 644
FC82;643 645
FC83;643 649
FC84;643 649
FC85;644 645
FC86;644 649
FC87;644 649
FC88;645 6C
FC89;645 645
FC8A;646 631
FC8B;646 632
FC8C;646 645
FC8D;646 646
FC8E;646 649
FC8F;646 649
FC90;649 670
FC91;649 631
FC92;649 632
FC93;649 645
FC94;649 646
FC95;649 649
FC96;649 649
FC97;649 674 62C
FC98;649 674 62D
FC99;649 674 62E
FC9A;649 674 645
FC9B;649 674 6F
FC9C;628 62C
FC9D;628 62D
FC9E;628 62E
FC9F;628 645
FCA0;628 6F
FCA1;62A 62C
FCA2;62A 62D
FCA3;62A 62E
FCA4;62A 645
FCA5;62A 6F
FCA6;649 6DB 645
FCA7;62C 62D
FCA8;62C 645
FCA9;62D 62C
FCAA;62D 645
FCAB;62E 62C
FCAC;62E 645
FCAD;633 62C
FCAE;633 62D
FCAF;633 62E
FCB0;633 645
FCB1;635 62D
FCB2;635 62E
FCB3;635 645
FCB4;636 62C
FCB5;636 62D
FCB6;636 62E
FCB7;636 645
FCB8;637 62D
FCB9;638 645
FCBA;639 62C
FCBB;639 645
FCBC;63A 62C
FCBD;63A 645
FCBE;641 62C
FCBF;641 62D
FCC0;641 62E
FCC1;641 645
FCC2;642 62D
FCC3;642 645
FCC4;643 62C
FCC5;643 62D
FCC6;643 62E
FCC7;643 644
FCC8;643 645
FCC9;644 62C
FCCA;644 62D
FCCB;644 62E
FCCC;644 645
FCCD;644 6F
FCCE;645 62C
FCCF;645 62D
FCD0;645 62E
FCD1;645 645
FCD2;628 62E
FCD3;646 62D
FCD4;646 62E
FCD5;646 645
FCD6;646 6F
FCD7;6F 62C
FCD8;6F 645
FCD9;6F 670
FCDA;649 62C
FCDB;649 62D
FCDC;649 62E
FCDD;649 645
FCDE;649 6F
FCDF;649 674 645
FCE0;649 674 6F
FCE1;628 645
FCE2;628 6F
FCE3;62A 645
FCE4;62A 6F
FCE5;649 6DB 645
FCE6;649 6DB 6F
FCE7;633 645
FCE8;633 6F
FCE9;633 6DB 645
FCEA;633 6DB 6F
FCEB;643 644
FCEC;643 645
FCED;644 645
FCEE;646 645
FCEF;646 6F
FCF0;649 645
FCF1;649 6F
FCF2;FE77 651
FCF3;FE79 651
FCF4;FE7B 651
FCF5;637 649
FCF6;637 649
FCF7;639 649
FCF8;639 649
FCF9;63A 649
FCFA;63A 649
FCFB;633 649
FCFC;633 649
FCFD;633 6DB 649
FCFE;633 6DB 649
FCFF;62D 649
FD00;62D 649
FD01;62C 649
FD02;62C 649
FD03;62E 649
FD04;62E 649
FD05;635 649
FD06;635 649
FD07;636 649
FD08;636 649
FD09;633 6DB 62C
FD0A;633 6DB 62D
FD0B;633 6DB 62E
FD0C;633 6DB 645
FD0D;633 6DB 631
FD0E;633 631
FD0F;635 631
FD10;636 631
FD11;637 649
FD12;637 649
FD13;639 649
FD14;639 649
FD15;63A 649
FD16;63A 649
FD17;633 649
FD18;633 649
FD19;633 6DB 649
FD1A;633 6DB 649
FD1B;62D 649
FD1C;62D 649
FD1D;62C 649
FD1E;62C 649
FD1F;62E 649
FD20;62E 649
FD21;635 649
FD22;635 649
FD23;636 649
FD24;636 649
FD25;633 6DB 62C
FD26;633 6DB 62D
FD27;633 6DB 62E
FD28;633 6DB 645
FD29;633 6DB 631
FD2A;633 631
FD2B;635 631
FD2C;636 631
FD2D;633 6DB 62C
FD2E;633 6DB 62D
FD2F;633 6DB 62E
FD30;633 6DB 645
FD31;633 6F
FD32;633 6DB 6F
FD33;637 645
FD34;633 62C
FD35;633 62D
FD36;633 62E
FD37;633 6DB 62C
FD38;633 6DB 62D
FD39;633 6DB 62E
FD3A;637 645
FD3B;638 645
FD3C;6C 30B
FD3D;6C 30B
FD3E;28
FD3F;29
FD50;62A 62C 645
FD51;62A 62D 62C
FD52;62A 62D 62C
FD53;62A 62D 645
FD54;62A 62E 645
FD55;62A 645 62C
FD56;62A 645 62D
FD57;62A 645 62E
FD58;62C 645 62D
FD59;62C 645 62D
FD5A;62D 645 649
FD5B;62D 645 649
FD5C;633 62D 62C
FD5D;633 62C 62D
FD5E;633 62C 649
FD5F;633 645 62D
FD60;633 645 62D
FD61;633 645 62C
FD62;633 645 645
FD63;633 645 645
FD64;635 62D 62D
FD65;635 62D 62D
FD66;635 645 645
FD67;633 6DB 62D 645
FD68;633 6DB 62D 645
FD69;633 6DB 62C 649
FD6A;633 6DB 645 62E
FD6B;633 6DB 645 62E
FD6C;633 6DB 645 645
FD6D;633 6DB 645 645
FD6E;636 62D 649
FD6F;636 62E 645
FD70;636 62E 645
FD71;637 645 62D
FD72;637 645 62D
FD73;637 645 645
FD74;637 645 649
FD75;639 62C 645
FD76;639 645 645
FD77;639 645 645
FD78;639 645 649
FD79;63A 645 645
FD7A;63A 645 649
FD7B;63A 645 649
FD7C;641 62E 645
FD7D;641 62E 645
FD7E;642 645 62D
FD7F;642 645 645
FD80;644 62D 645
FD81;644 62D 649
FD82;644 62D 649
FD83;644 62C 62C
FD84;644 62C 62C
FD85;644 62E 645
FD86;644 62E 645
FD87;644 645 62D
FD88;644 645 62D
FD89;645 62D 62C
FD8A;645 62D 645
FD8B;645 62D 649
FD8C;645 62C 62D
FD8D;645 62C 645
FD8E;645 62E 62C
FD8F;645 62E 645
FD92;645 62C 62E
FD93;6F 645 62C
FD94;6F 645 645
FD95;646 62D 645
FD96;646 62D 649
FD97;646 62C 645
FD98;646 62C 645
FD99;646 62C 649
FD9A;646 645 649
FD9B;646 645 649
FD9C;649 645 645
FD9D;649 645 645
FD9E;628 62E 649
FD9F;62A 62C 649
FDA0;62A 62C 649
FDA1;62A 62E 649
FDA2;62A 62E 649
FDA3;62A 645 649
FDA4;62A 645 649
FDA5;62C 645 649
FDA6;62C 62D 649
FDA7;62C 645 649
FDA8;633 62E 649
FDA9;635 62D 649
FDAA;633 6DB 62D 649
FDAB;636 62D 649
FDAC;644 62C 649
FDAD;644 645 649
FDAE;649 62D 649
FDAF;649 62C 649
FDB0;649 645 649
FDB1;645 645 649
FDB2;642 645 649
FDB3;646 62D 649
FDB4;642 645 62D
FDB5;644 62D 645
FDB6;639 645 649
FDB7;643 645 649
FDB8;646 62C 62D
FDB9;645 62E 649
FDBA;644 62C 645
FDBB;643 645 645
FDBC;644 62C 645
FDBD;646 62C 62D
FDBE;62C 62D 649
FDBF;62D 62C 649
FDC0;645 62C 649
FDC1;641 645 649
FDC2;628 62D 649
FDC3;643 645 645
FDC4;639 62C 645
FDC5;635 645 645
FDC6;633 62E 649
FDC7;646 62C 649
FDF0;635 644 649
FDF1;642 644 649
FDF2;6C 644 644 651 670 6F
FDF3;6C 643 628 631
FDF4;645 62D 645 62F
FDF5;635 644 639 645
FDF6;631 633 648 644
FDF7;639 644 649 6F
FDF8;648 633 644 645
FDF9;635 644 649
FDFA;635 644 649 20 6C 644 644 6F 20 639 644 649 6F 20 648 633 644 645
FDFB;62C 644 20 62C 644 6C 644 6F
FDFC;631 649 6C 644
FE19;2D57
FE30;3A
FE31;2502
FE34;2307
FE35;23DC
FE36;23DD
FE37;23DE
FE38;23DF
FE39;23E0
FE3A;23E1
FE49;2C9
FE4A;2C9
FE4B;2C9
FE4C;2C9
FE4D;5F
FE4E;5F
FE4F;5F
FE58;2D
FE68;5C
FE80;621
FE81;622
FE82;622
FE83;6C 674
FE84;6C 674
FE85;648 674
FE86;648 674
FE87;6C 655
FE88;6C 655
FE89;649 674
FE8A;649 674
FE8B;649 674
FE8C;649 674
FE8D;6C
FE8E;6C
FE8F;628
FE90;628
FE91;628
FE92;628
FE93;629
FE94;629
FE95;62A
FE96;62A
FE97;62A
FE98;62A
FE99;649 6DB
FE9A;649 6DB
FE9B;649 6DB
FE9C;649 6DB
FE9D;62C
FE9E;62C
FE9F;62C
FEA0;62C
FEA1;62D
FEA2;62D
FEA3;62D
FEA4;62D
FEA5;62E
FEA6;62E
FEA7;62E
FEA8;62E
FEA9;62F
FEAA;62F
FEAB;630
FEAC;630
FEAD;631
FEAE;631
FEAF;632
FEB0;632
FEB1;633
FEB2;633
FEB3;633
FEB4;633
FEB5;633 6DB
FEB6;633 6DB
FEB7;633 6DB
FEB8;633 6DB
FEB9;635
FEBA;635
FEBB;635
FEBC;635
FEBD;636
FEBE;636
FEBF;636
FEC0;636
FEC1;637
FEC2;637
FEC3;637
FEC4;637
FEC5;638
FEC6;638
FEC7;638
FEC8;638
FEC9;639
FECA;639
FECB;639
FECC;639
FECD;63A
FECE;63A
FECF;63A
FED0;63A
FED1;641
FED2;641
FED3;641
FED4;641
FED5;642
FED6;642
FED7;642
FED8;642
FED9;643
FEDA;643
FEDB;643
FEDC;643
FEDD;644
FEDE;644
FEDF;644
FEE0;644
FEE1;645
FEE2;645
FEE3;645
FEE4;645
FEE5;646
FEE6;646
FEE7;646
FEE8;646
FEE9;6F
FEEA;6F
FEEB;6F
FEEC;6F
FEED;648
FEEE;648
FEEF;649
FEF0;649
FEF1;649
FEF2;649
FEF3;649
FEF4;649
FEF5;644 622
FEF6;644 622
FEF7;644 6C 674
FEF8;644 6C 674
FEF9;644 6C 655
FEFA;644 6C 655
FEFB;644 6C
FEFC;644 6C
FF01;21
FF02;27 27
FF07;27
FF0D;30FC
FF1A;3A
FF21;41
FF22;42
FF23;43
FF25;45
FF28;48
FF29;6C
FF2A;4A
FF2B;4B
FF2D;4D
FF2E;4E
FF2F;4F
FF30;50
FF33;53
FF34;54
FF38;58
FF39;59
FF3A;5A
FF3B;28
FF3C;5C
FF3D;29
FF3E;FE3F
FF40;27
FF41;61
FF43;63
FF45;65
FF47;67
FF48;68
FF49;69
FF4A;6A
FF4C;6C
FF4F;6F
FF50;70
FF53;73
FF56;76
FF58;78
FF59;79
FF5C;2502
FF5E;301C
FF65;B7
FFE3;2C9
FFE8;6C
FFED;25AA
10101;B7
1018E;4E 30A
10196;58 335
10197;56 335
10198;6C 335 6C 335 53 335
10199;6C 335 6C 335
101A0;2CE8
10282;42
10285;394
10286;45
10287;46
1028A;6C
1028D;245
10290;58
10292;4F
10294;16DC
10295;50
10296;53
10297;54
1029B;2B
102A0;41
102A1;42
102A2;43
102A3;394
102A5;46
102AB;4F
102AD;3D8
102B0;4D
102B1;54
102B2;59
102B3;3A6
102B4;58
102B5;3A8
102B6;3A9
102B8;2D40
102CF;48
102E1;62F
102E4;648
102E8;637
102F2;635
102F5;5A
10301;42
10302;43
10309;6C
10311;4D
10312;3D8
10315;54
10317;58
1031A;38
1031F;2A
10320;6C
10322;58
103D1;10382
103D3;10393
10401;190
10404;4F
10411;A4F6
10415;43
1041B;4C
1041F;2C70
10420;53
10423;186
10425;418
10429;A793
1042A;29A
1042C;6F
1043D;63
1043F;277
10442;25E
10443;29F
10448;73
1044B;254
1044D;1D0E
104A0;10486
104B0;245
104B4;52
104BC;4C3
104C2;4F
104C3;298
104C4;DE
104CD;40B
104CE;55
104D0;16E6
104D1;3A8
104D2;37
104D8;28C
104DB;3BB
104EA;6F
104EB;A669
104F6;75
104F9;3C8
10513;4E
10516;4F
10518;4B
1051C;43
1051D;56
10525;46
10526;4C
10527;58
10A3A;323
10A50;2E
10A57;10A56 10A56
10CFA;10CA5
10CFC;10C82
110BB;970
111C7;970
111CA;323
111CB;93A
111DB;A8FC
111DC;A8FB
111DE;2248
11300;30A
11413;11434 11442 11412
11419;11434 11442 11418
11424;11434 11442 11423
1142A;11434 11442 11429
1142D;11434 11442 1142C
1142F;11434 11442 1142E
1144C;1144B 1144B
11492;998
11494;99A
11496;99C
11498;99E
11499;99F
1149B;9A1
1149D;9B2
1149E;9A4
1149F;9A5
114A0;9A6
114A1;9A7
114A2;9A8
114A3;9AA
114A7;9AE
114A8;9AF
114A9;9AC
114AA;9A3
114AB;9B0
114AD;9B7
114AE;9B8
114B0;9BE
114B1;9BF
114B9;9C7
114BC;9CB
114BD;9D7
114BE;9CC
114BF;306 307
114C1;983
114C2;9CD
114C3;323
114C4;9BD
114C5;77 307
114D0;4F
114D1;9E7
114D2;9E8
114D6;9EC
115D8;11582
115D9;11582
115DA;11583
115DB;11584
115DC;115B2
115DD;115B3
11642;11641 11641
11700;72 6E
11706;76
1170A;77
1170E;77
1170F;77
118A0;56
118A2;46
118A3;4C
118A4;59
118A6;45
118A8;2207
118A9;5A
118AC;39
118AE;45
118AF;34
118B2;4C
118B5;4F
118B7;16DC
118B8;55
118BB;35
118BC;54
118C0;76
118C1;73
118C2;46
118C3;69
118C4;7A
118C6;37
118C8;6F
118CA;33
118CC;39
118CE;A793
118D5;36
118D6;39
118D7;6F
118D8;75
118DC;79
118E0;4F
118E3;72 6E
118E4;669
118E5;5A
118E6;57
118E9;43
118EC;58
118EF;57
118F2;43
11AE6;11AE5 11AEF
11AE7;11AE5 11AF0
11AE8;11AE5 11AE5
11AE9;11AE5 11AE5 11AEF
11AEA;11AE5 11AE5 11AF0
11AEC;11AEB 11AEF
11AED;11AEB 11AEB
11AEE;11AEB 11AEB 11AEF
11AF4;11AF3 11AEF
11AF5;11AF3 11AF0
11AF6;11AF3 11AF3
11AF7;11AF3 11AF3 11AEF
11AF8;11AF3 11AF3 11AF0
11C42;11C41 11C41
11CB2;11CAA
12038;1039A
132F9;1099E
16F07;393
16F08;56
16F0A;54
16F16;4C
16F1A;394
16F1C;A658
16F26;A4F6
16F28;6C
16F2D;190
16F35;52
16F3A;53
16F3B;33
16F3D;245
16F3F;3E
16F40;41
16F42;55
16F43;59
16F51;27
16F52;27
1D114;7B
1D16D;2E
1D202;4FE
1D206;33
1D20B;418
1D20D;56
1D20F;5C
1D212;37
1D213;46
1D214;102BC
1D215;A4F6
1D216;52
1D217;2C6F
1D21A;4F 335
1D21B;2144
1D21C;A4D5
1D221;190
1D222;460
1D22A;4C
1D22B;A4F6
1D230;A7FB
1D236;3C
1D237;3E
1D238;228F
1D239;2290
1D23A;2F
1D23B;5C
1D23F;16CB
1D245;548
1D400;41
1D401;42
1D402;43
1D403;44
1D404;45
1D405;46
1D406;47
1D407;48
1D408;6C
1D409;4A
1D40A;4B
1D40B;4C
1D40C;4D
1D40D;4E
1D40E;4F
1D40F;50
1D410;51
1D411;52
1D412;53
1D413;54
1D414;55
1D415;56
1D416;57
1D417;58
1D418;59
1D419;5A
1D41A;61
1D41B;62
1D41C;63
1D41D;64
1D41E;65
1D41F;66
1D420;67
1D421;68
1D422;69
1D423;6A
1D424;6B
1D425;6C
1D426;72 6E
1D427;6E
1D428;6F
1D429;70
1D42A;71
1D42B;72
1D42C;73
1D42D;74
1D42E;75
1D42F;76
1D430;77
1D431;78
1D432;79
1D433;7A
1D434;41
1D435;42
1D436;43
1D437;44
1D438;45
1D439;46
1D43A;47
1D43B;48
1D43C;6C
1D43D;4A
1D43E;4B
1D43F;4C
1D440;4D
1D441;4E
1D442;4F
1D443;50
1D444;51
1D445;52
1D446;53
1D447;54
1D448;55
1D449;56
1D44A;57
1D44B;58
1D44C;59
1D44D;5A
1D44E;61
1D44F;62
1D450;63
1D451;64
1D452;65
1D453;66
1D454;67
1D456;69
1D457;6A
1D458;6B
1D459;6C
1D45A;72 6E
1D45B;6E
1D45C;6F
1D45D;70
1D45E;71
1D45F;72
1D460;73
1D461;74
1D462;75
1D463;76
1D464;77
1D465;78
1D466;79
1D467;7A
1D468;41
1D469;42
1D46A;43
1D46B;44
1D46C;45
1D46D;46
1D46E;47
1D46F;48
1D470;6C
1D471;4A
1D472;4B
1D473;4C
1D474;4D
1D475;4E
1D476;4F
1D477;50
1D478;51
1D479;52
1D47A;53
1D47B;54
1D47C;55
1D47D;56
1D47E;57
1D47F;58
1D480;59
1D481;5A
1D482;61
1D483;62
1D484;63
1D485;64
1D486;65
1D487;66
1D488;67
1D489;68
1D48A;69
1D48B;6A
1D48C;6B
1D48D;6C
1D48E;72 6E
1D48F;6E
1D490;6F
1D491;70
1D492;71
1D493;72
1D494;73
1D495;74
1D496;75
1D497;76
1D498;77
1D499;78
1D49A;79
1D49B;7A
1D49C;41
1D49E;43
1D49F;44
1D4A2;47
1D4A5;4A
1D4A6;4B
1D4A9;4E
1D4AA;4F
1D4AB;50
1D4AC;51
1D4AE;53
1D4AF;54
1D4B0;55
1D4B1;56
1D4B2;57
1D4B3;58
1D4B4;59
1D4B5;5A
1D4B6;61
1D4B7;62
1D4B8;63
1D4B9;64
1D4BB;66
1D4BD;68
1D4BE;69
1D4BF;6A
1D4C0;6B
1D4C1;6C
1D4C2;72 6E
1D4C3;6E
1D4C5;70
1D4C6;71
1D4C7;72
1D4C8;73
1D4C9;74
1D4CA;75
1D4CB;76
1D4CC;77
1D4CD;78
1D4CE;79
1D4CF;7A
1D4D0;41
1D4D1;42
1D4D2;43
1D4D3;44
1D4D4;45
1D4D5;46
1D4D6;47
1D4D7;48
1D4D8;6C
1D4D9;4A
1D4DA;4B
1D4DB;4C
1D4DC;4D
1D4DD;4E
1D4DE;4F
1D4DF;50
1D4E0;51
1D4E1;52
1D4E2;53
1D4E3;54
1D4E4;55
1D4E5;56
1D4E6;57
1D4E7;58
1D4E8;59
1D4E9;5A
1D4EA;61
1D4EB;62
1D4EC;63
1D4ED;64
1D4EE;65
1D4EF;66
1D4F0;67
1D4F1;68
1D4F2;69
1D4F3;6A
1D4F4;6B
1D4F5;6C
1D4F6;72 6E
1D4F7;6E
1D4F8;6F
1D4F9;70
1D4FA;71
1D4FB;72
1D4FC;73
1D4FD;74
1D4FE;75
1D4FF;76
1D500;77
1D501;78
1D502;79
1D503;7A
1D504;41
1D505;42
1D507;44
1D508;45
1D509;46
1D50A;47
1D50D;4A
1D50E;4B
1D50F;4C
1D510;4D
1D511;4E
1D512;4F
1D513;50
1D514;51
1D516;53
1D517;54
1D518;55
1D519;56
1D51A;57
1D51B;58
1D51C;59
1D51E;61
1D51F;62
1D520;63
1D521;64
1D522;65
1D523;66
1D524;67
1D525;68
1D526;69
1D527;6A
1D528;6B
1D529;6C
1D52A;72 6E
1D52B;6E
1D52C;6F
1D52D;70
1D52E;71
1D52F;72
1D530;73
1D531;74
1D532;75
1D533;76
1D534;77
1D535;78
1D536;79
1D537;7A
1D538;41
1D539;42
1D53B;44
1D53C;45
1D53D;46
1D53E;47
1D540;6C
1D541;4A
1D542;4B
1D543;4C
1D544;4D
1D546;4F
1D54A;53
1D54B;54
1D54C;55
1D54D;56
1D54E;57
1D54F;58
1D550;59
1D552;61
1D553;62
1D554;63
1D555;64
1D556;65
1D557;66
1D558;67
1D559;68
1D55A;69
1D55B;6A
1D55C;6B
1D55D;6C
1D55E;72 6E
1D55F;6E
1D560;6F
1D561;70
1D562;71
1D563;72
1D564;73
1D565;74
1D566;75
1D567;76
1D568;77
1D569;78
1D56A;79
1D56B;7A
1D56C;41
1D56D;42
1D56E;43
1D56F;44
1D570;45
1D571;46
1D572;47
1D573;48
1D574;6C
1D575;4A
1D576;4B
1D577;4C
1D578;4D
1D579;4E
1D57A;4F
1D57B;50
1D57C;51
1D57D;52
1D57E;53
1D57F;54
1D580;55
1D581;56
1D582;57
1D583;58
1D584;59
1D585;5A
1D586;61
1D587;62
1D588;63
1D589;64
1D58A;65
1D58B;66
1D58C;67
1D58D;68
1D58E;69
1D58F;6A
1D590;6B
1D591;6C
1D592;72 6E
1D593;6E
1D594;6F
1D595;70
1D596;71
1D597;72
1D598;73
1D599;74
1D59A;75
1D59B;76
1D59C;77
1D59D;78
1D59E;79
1D59F;7A
1D5A0;41
1D5A1;42
1D5A2;43
1D5A3;44
1D5A4;45
1D5A5;46
1D5A6;47
1D5A7;48
1D5A8;6C
1D5A9;4A
1D5AA;4B
1D5AB;4C
1D5AC;4D
1D5AD;4E
1D5AE;4F
1D5AF;50
1D5B0;51
1D5B1;52
1D5B2;53
1D5B3;54
1D5B4;55
1D5B5;56
1D5B6;57
1D5B7;58
1D5B8;59
1D5B9;5A
1D5BA;61
1D5BB;62
1D5BC;63
1D5BD;64
1D5BE;65
1D5BF;66
1D5C0;67
1D5C1;68
1D5C2;69
1D5C3;6A
1D5C4;6B
1D5C5;6C
1D5C6;72 6E
1D5C7;6E
1D5C8;6F
1D5C9;70
1D5CA;71
1D5CB;72
1D5CC;73
1D5CD;74
1D5CE;75
1D5CF;76
1D5D0;77
1D5D1;78
1D5D2;79
1D5D3;7A
1D5D4;41
1D5D5;42
1D5D6;43
1D5D7;44
1D5D8;45
1D5D9;46
1D5DA;47
1D5DB;48
1D5DC;6C
1D5DD;4A
1D5DE;4B
1D5DF;4C
1D5E0;4D
1D5E1;4E
1D5E2;4F
1D5E3;50
1D5E4;51
1D5E5;52
1D5E6;53
1D5E7;54
1D5E8;55
1D5E9;56
1D5EA;57
1D5EB;58
1D5EC;59
1D5ED;5A
1D5EE;61
1D5EF;62
1D5F0;63
1D5F1;64
1D5F2;65
1D5F3;66
1D5F4;67
1D5F5;68
1D5F6;69
1D5F7;6A
1D5F8;6B
1D5F9;6C
1D5FA;72 6E
1D5FB;6E
1D5FC;6F
1D5FD;70
1D5FE;71
1D5FF;72
1D600;73
1D601;74
1D602;75
1D603;76
1D604;77
1D605;78
1D606;79
1D607;7A
1D608;41
1D609;42
1D60A;43
1D60B;44
1D60C;45
1D60D;46
1D60E;47
1D60F;48
1D610;6C
1D611;4A
1D612;4B
1D613;4C
1D614;4D
1D615;4E
1D616;4F
1D617;50
1D618;51
1D619;52
1D61A;53
1D61B;54
1D61C;55
1D61D;56
1D61E;57
1D61F;58
1D620;59
1D621;5A
1D622;61
1D623;62
1D624;63
1D625;64
1D626;65
1D627;66
1D628;67
1D629;68
1D62A;69
1D62B;6A
1D62C;6B
1D62D;6C
1D62E;72 6E
1D62F;6E
1D630;6F
1D631;70
1D632;71
1D633;72
1D634;73
1D635;74
1D636;75
1D637;76
1D638;77
1D639;78
1D63A;79
1D63B;7A
1D63C;41
1D63D;42
1D63E;43
1D63F;44
1D640;45
1D641;46
1D642;47
1D643;48
1D644;6C
1D645;4A
1D646;4B
1D647;4C
1D648;4D
1D649;4E
1D64A;4F
1D64B;50
1D64C;51
1D64D;52
1D64E;53
1D64F;54
1D650;55
1D651;56
1D652;57
1D653;58
1D654;59
1D655;5A
1D656;61
1D657;62
1D658;63
1D659;64
1D65A;65
1D65B;66
1D65C;67
1D65D;68
1D65E;69
1D65F;6A
1D660;6B
1D661;6C
1D662;72 6E
1D663;6E
1D664;6F
1D665;70
1D666;71
1D667;72
1D668;73
1D669;74
1D66A;75
1D66B;76
1D66C;77
1D66D;78
1D66E;79
1D66F;7A
1D670;41
1D671;42
1D672;43
1D673;44
1D674;45
1D675;46
1D676;47
1D677;48
1D678;6C
1D679;4A
1D67A;4B
1D67B;4C
1D67C;4D
1D67D;4E
1D67E;4F
1D67F;50
1D680;51
1D681;52
1D682;53
1D683;54
1D684;55
1D685;56
1D686;57
1D687;58
1D688;59
1D689;5A
1D68A;61
1D68B;62
1D68C;63
1D68D;64
1D68E;65
1D68F;66
1D690;67
1D691;68
1D692;69
1D693;6A
1D694;6B
1D695;6C
1D696;72 6E
1D697;6E
1D698;6F
1D699;70
1D69A;71
1D69B;72
1D69C;73
1D69D;74
1D69E;75
1D69F;76
1D6A0;77
1D6A1;78
1D6A2;79
1D6A3;7A
1D6A4;69
1D6A5;237
1D6A8;41
1D6A9;42
1D6AA;393
1D6AB;394
1D6AC;45
1D6AD;5A
1D6AE;48
1D6AF;4F 335
1D6B0;6C
1D6B1;4B
1D6B2;245
1D6B3;4D
1D6B4;4E
1D6B5;39E
1D6B6;4F
1D6B7;3A0
1D6B8;50
1D6B9;4F 335
1D6BA;1A9
1D6BB;54
1D6BC;59
1D6BD;3A6
1D6BE;58
1D6BF;3A8
1D6C0;3A9
1D6C1;2207
1D6C2;61
1D6C3;DF
1D6C4;79
1D6C5;1E9F
1D6C6;A793
1D6C7;3B6
1D6C8;6E 329
1D6C9;4F 335
1D6CA;69
1D6CB;138
1D6CC;3BB
1D6CD;3BC
1D6CE;76
1D6CF;3BE
1D6D0;6F
1D6D1;3C0
1D6D2;70
1D6D3;3C2
1D6D4;6F
1D6D5;1D1B
1D6D6;75
1D6D7;278
1D6D8;3C7
1D6D9;3C8
1D6DA;3C9
1D6DB;2202
1D6DC;A793
1D6DD;4F 335
1D6DE;138
1D6DF;278
1D6E0;70
1D6E1;3C0
1D6E2;41
1D6E3;42
1D6E4;393
1D6E5;394
1D6E6;45
1D6E7;5A
1D6E8;48
1D6E9;4F 335
1D6EA;6C
1D6EB;4B
1D6EC;245
1D6ED;4D
1D6EE;4E
1D6EF;39E
1D6F0;4F
1D6F1;3A0
1D6F2;50
1D6F3;4F 335
1D6F4;1A9
1D6F5;54
1D6F6;59
1D6F7;3A6
1D6F8;58
1D6F9;3A8
1D6FA;3A9
1D6FB;2207
1D6FC;61
1D6FD;DF
1D6FE;79
1D6FF;1E9F
1D700;A793
1D701;3B6
1D702;6E 329
1D703;4F 335
1D704;69
1D705;138
1D706;3BB
1D707;3BC
1D708;76
1D709;3BE
1D70A;6F
1D70B;3C0
1D70C;70
1D70D;3C2
1D70E;6F
1D70F;1D1B
1D710;75
1D711;278
1D712;3C7
1D713;3C8
1D714;3C9
1D715;2202
1D716;A793
1D717;4F 335
1D718;138
1D719;278
1D71A;70
1D71B;3C0
1D71C;41
1D71D;42
1D71E;393
1D71F;394
1D720;45
1D721;5A
1D722;48
1D723;4F 335
1D724;6C
1D725;4B
1D726;245
1D727;4D
1D728;4E
1D729;39E
1D72A;4F
1D72B;3A0
1D72C;50
1D72D;4F 335
1D72E;1A9
1D72F;54
1D730;59
1D731;3A6
1D732;58
1D733;3A8
1D734;3A9
1D735;2207
1D736;61
1D737;DF
1D738;79
1D739;1E9F
1D73A;A793
1D73B;3B6
1D73C;6E 329
1D73D;4F 335
1D73E;69
1D73F;138
1D740;3BB
1D741;3BC
1D742;76
1D743;3BE
1D744;6F
1D745;3C0
1D746;70
1D747;3C2
1D748;6F
1D749;1D1B
1D74A;75
1D74B;278
1D74C;3C7
1D74D;3C8
1D74E;3C9
1D74F;2202
1D750;A793
1D751;4F 335
1D752;138
1D753;278
1D754;70
1D755;3C0
1D756;41
1D757;42
1D758;393
1D759;394
1D75A;45
1D75B;5A
1D75C;48
1D75D;4F 335
1D75E;6C
1D75F;4B
1D760;245
1D761;4D
1D762;4E
1D763;39E
1D764;4F
1D765;3A0
1D766;50
1D767;4F 335
1D768;1A9
1D769;54
1D76A;59
1D76B;3A6
1D76C;58
1D76D;3A8
1D76E;3A9
1D76F;2207
1D770;61
1D771;DF
1D772;79
1D773;1E9F
1D774;A793
1D775;3B6
1D776;6E 329
1D777;4F 335
1D778;69
1D779;138
1D77A;3BB
1D77B;3BC
1D77C;76
1D77D;3BE
1D77E;6F
1D77F;3C0
1D780;70
1D781;3C2
1D782;6F
1D783;1D1B
1D784;75
1D785;278
1D786;3C7
1D787;3C8
1D788;3C9
1D789;2202
1D78A;A793
1D78B;4F 335
1D78C;138
1D78D;278
1D78E;70
1D78F;3C0
1D790;41
1D791;42
1D792;393
1D793;394
1D794;45
1D795;5A
1D796;48
1D797;4F 335
1D798;6C
1D799;4B
1D79A;245
1D79B;4D
1D79C;4E
1D79D;39E
1D79E;4F
1D79F;3A0
1D7A0;50
1D7A1;4F 335
1D7A2;1A9
1D7A3;54
1D7A4;59
1D7A5;3A6
1D7A6;58
1D7A7;3A8
1D7A8;3A9
1D7A9;2207
1D7AA;61
1D7AB;DF
1D7AC;79
1D7AD;1E9F
1D7AE;A793
1D7AF;3B6
1D7B0;6E 329
1D7B1;4F 335
1D7B2;69
1D7B3;138
1D7B4;3BB
1D7B5;3BC
1D7B6;76
1D7B7;3BE
1D7B8;6F
1D7B9;3C0
1D7BA;70
1D7BB;3C2
1D7BC;6F
1D7BD;1D1B
1D7BE;75
1D7BF;278
1D7C0;3C7
1D7C1;3C8
1D7C2;3C9
1D7C3;2202
1D7C4;A793
1D7C5;4F 335
1D7C6;138
1D7C7;278
1D7C8;70
1D7C9;3C0
1D7CA;46
1D7CB;3DD
1D7CE;4F
1D7CF;6C
1D7D0;32
1D7D1;33
1D7D2;34
1D7D3;35
1D7D4;36
1D7D5;37
1D7D6;38
1D7D7;39
1D7D8;4F
1D7D9;6C
1D7DA;32
1D7DB;33
1D7DC;34
1D7DD;35
1D7DE;36
1D7DF;37
1D7E0;38
1D7E1;39
1D7E2;4F
1D7E3;6C
1D7E4;32
1D7E5;33
1D7E6;34
1D7E7;35
1D7E8;36
1D7E9;37
1D7EA;38
1D7EB;39
1D7EC;4F
1D7ED;6C
1D7EE;32
1D7EF;33
1D7F0;34
1D7F1;35
1D7F2;36
1D7F3;37
1D7F4;38
1D7F5;39
1D7F6;4F
1D7F7;6C
1D7F8;32
1D7F9;33
1D7FA;34
1D7FB;35
1D7FC;36
1D7FD;37
1D7FE;38
1D7FF;39
1E8C7;6C
1E8C8;2220
1E8C9;663
1E8CB;38
1E8CC;2202
1E8CD;2202 335
1EE00;6C
1EE01;628
1EE02;62C
1EE03;62F
1EE05;648
1EE06;632
1EE07;62D
1EE08;637
1EE09;649
1EE0A;643
1EE0B;644
1EE0C;645
1EE0D;646
1EE0E;633
1EE0F;639
1EE10;641
1EE11;635
1EE12;642
1EE13;631
1EE14;633 6DB
1EE15;62A
1EE16;649 6DB
1EE17;62E
1EE18;630
1EE19;636
1EE1A;638
1EE1B;63A
1EE1C;649
1EE1D;649
1EE1E;6A1
1EE1F;6A1
1EE21;628
1EE22;62C
1EE24;6F
1EE27;62D
1EE29;649
1EE2A;643
1EE2B;644
1EE2C;645
1EE2D;646
1EE2E;633
1EE2F;639
1EE30;641
1EE31;635
1EE32;642
1EE34;633 6DB
1EE35;62A
1EE36;649 6DB
1EE37;62E
1EE39;636
1EE3B;63A
1EE42;62C
1EE47;62D
1EE49;649
1EE4B;644
1EE4D;646
1EE4E;633
1EE4F;639
1EE51;635
1EE52;642
1EE54;633 6DB
1EE57;62E
1EE59;636
1EE5B;63A
1EE5D;649
1EE5F;6A1
1EE61;628
1EE62;62C
1EE64;6F
1EE67;62D
1EE68;637
1EE69;649
1EE6A;643
1EE6C;645
1EE6D;646
1EE6E;633
1EE6F;639
1EE70;641
1EE71;635
1EE72;642
1EE74;633 6DB
1EE75;62A
1EE76;649 6DB
1EE77;62E
1EE79;636
1EE7A;638
1EE7B;63A
1EE7C;649
1EE7E;6A1
1EE80;6C
1EE81;628
1EE82;62C
1EE83;62F
1EE84;6F
1EE85;648
1EE86;632
1EE87;62D
1EE88;637
1EE89;649
1EE8B;644
1EE8C;645
1EE8D;646
1EE8E;633
1EE8F;639
1EE90;641
1EE91;635
1EE92;642
1EE93;631
1EE94;633 6DB
1EE95;62A
1EE96;649 6DB
1EE97;62E
1EE98;630
1EE99;636
1EE9A;638
1EE9B;63A
1EEA1;628
1EEA2;62C
1EEA3;62F
1EEA5;648
1EEA6;632
1EEA7;62D
1EEA8;637
1EEA9;649
1EEAB;644
1EEAC;645
1EEAD;646
1EEAE;633
1EEAF;639
1EEB0;641
1EEB1;635
1EEB2;642
1EEB3;631
1EEB4;633 6DB
1EEB5;62A
1EEB6;649 6DB
1EEB7;62E
1EEB8;630
1EEB9;636
1EEBA;638
1EEBB;63A
1F100;4F 2E
1F101;4F 2C
1F102;6C 2C
1F103;32 2C
1F104;33 2C
1F105;34 2C
1F106;35 2C
1F107;36 2C
1F108;37 2C
1F109;38 2C
1F10A;39 2C
1F10F;24 20E0
1F110;28 41 29
1F111;28 42 29
1F112;28 43 29
1F113;28 44 29
1F114;28 45 29
1F115;28 46 29
1F116;28 47 29
1F117;28 48 29
1F118;28 6C 29
1F119;28 4A 29
1F11A;28 4B 29
1F11B;28 4C 29
1F11C;28 4D 29
1F11D;28 4E 29
1F11E;28 4F 29
1F11F;28 50 29
1F120;28 51 29
1F121;28 52 29
1F122;28 53 29
1F123;28 54 29
1F124;28 55 29
1F125;28 56 29
1F126;28 57 29
1F127;28 58 29
1F128;28 59 29
1F129;28 5A 29
1F12A;28 53 29
1F16D;33C4 9 20DD
1F16E;43 20E0
1F240;28 672C 29
1F241;28 4E09 29
1F242;28 4E8C 29
1F243;28 5B89 29
1F244;28 70B9 29
1F245;28 6253 29
1F246;28 76D7 29
1F247;28 52DD 29
1F248;28 6557 29
1F312;263D
1F318;263E
1F319;263D
1F700;51 45
1F701;A658
1F702;394
1F704;102BC
1F707;41 52
1F708;56 1DE4
1F70A;2629
1F714;4F 335
1F728;102A8
1F73A;29DF
1F74C;43
1F754;16DC
1F755;22A1
1F75C;73 73 73
1F75E;224F
1F768;54
1F76B;4D 42
1F76C;56 42
1F771;22A0
1FBF0;4F
1FBF1;6C
1FBF2;32
1FBF3;33
1FBF4;34
1FBF5;35
1FBF6;36
1FBF7;37
1FBF8;38
1FBF9;39
21FE8;276C
2F800;4E3D
2F801;4E38
2F802;4E41
2F803;20122
2F804;4F60
2F805;4FAE
2F806;4FBB
2F807;4F75
2F808;507A
2F809;5099
2F80A;50E7
2F80B;50CF
2F80C;349E
2F80D;2063A
2F80E;514D
2F80F;5154
2F810;5164
2F811;5177
2F812;2051C
2F813;34B9
2F814;5167
2F815;518D
2F816;2054B
2F817;5197
2F818;51A4
2F819;4ECC
2F81A;51AC
2F81B;51B5
2F81C;291DF
2F81D;51F5
2F81E;5203
2F81F;34DF
2F820;523B
2F821;5246
2F822;5272
2F823;5277
2F824;3515
2F825;52C7
2F826;52C9
2F827;52E4
2F828;52FA
2F829;5305
2F82A;5306
2F82B;5317
2F82C;5349
2F82D;5351
2F82E;535A
2F82F;5373
2F830;537D
2F831;537F
2F832;537F
2F833;537F
2F834;20A2C
2F835;7070
2F836;53CA
2F837;53DF
2F838;20B63
2F839;53EB
2F83A;53F1
2F83B;5406
2F83C;549E
2F83D;5438
2F83E;5448
2F83F;5468
2F840;54A2
2F841;54F6
2F842;5510
2F843;5553
2F844;5563
2F845;5584
2F846;5584
2F847;5599
2F848;55AB
2F849;55B3
2F84A;55C2
2F84B;5716
2F84C;5606
2F84D;5717
2F84E;5651
2F84F;5674
2F850;5207
2F851;58EE
2F852;57CE
2F853;57F4
2F854;580D
2F855;578B
2F856;5832
2F857;5831
2F858;58AC
2F859;214E4
2F85A;58F2
2F85B;58F7
2F85C;5906
2F85D;591A
2F85E;5922
2F85F;5962
2F860;216A8
2F861;216EA
2F862;59EC
2F863;5A1B
2F864;5A27
2F865;59D8
2F866;5A66
2F867;36EE
2F868;36FC
2F869;5B08
2F86A;5B3E
2F86B;5B3E
2F86C;219C8
2F86D;5BC3
2F86E;5BD8
2F86F;5BE7
2F870;5BF3
2F871;21B18
2F872;5BFF
2F873;5C06
2F874;5F53
2F875;5C22
2F876;3781
2F877;5C60
2F878;5C6E
2F879;5CC0
2F87A;5C8D
2F87B;21DE4
2F87C;5D43
2F87D;21DE6
2F87E;5D6E
2F87F;5D6B
2F880;5D7C
2F881;5DE1
2F882;5DE2
2F883;382F
2F884;5DFD
2F885;5E28
2F886;5E3D
2F887;5E69
2F888;3862
2F889;22183
2F88A;387C
2F88B;5EB0
2F88C;5EB3
2F88D;5EB6
2F88E;5ECA
2F88F;2A392
2F890;5EFE
2F891;22331
2F892;22331
2F893;8201
2F894;5F22
2F895;5F22
2F896;38C7
2F897;232B8
2F898;261DA
2F899;5F62
2F89A;5F6B
2F89B;38E3
2F89C;5F9A
2F89D;5FCD
2F89E;5FD7
2F89F;5FF9
2F8A0;6081
2F8A1;393A
2F8A2;391C
2F8A3;6094
2F8A4;226D4
2F8A5;60C7
2F8A6;6148
2F8A7;614C
2F8A8;614E
2F8A9;614C
2F8AA;617A
2F8AB;618E
2F8AC;61B2
2F8AD;61A4
2F8AE;61AF
2F8AF;61DE
2F8B0;61F2
2F8B1;61F6
2F8B2;6210
2F8B3;621B
2F8B4;625D
2F8B5;62B1
2F8B6;62D4
2F8B7;6350
2F8B8;22B0C
2F8B9;633D
2F8BA;62FC
2F8BB;6368
2F8BC;6383
2F8BD;63E4
2F8BE;22BF1
2F8BF;6422
2F8C0;63C5
2F8C1;63A9
2F8C2;3A2E
2F8C3;6469
2F8C4;647E
2F8C5;649D
2F8C6;6477
2F8C7;3A6C
2F8C8;654F
2F8C9;656C
2F8CA;2300A
2F8CB;65E3
2F8CC;66F8
2F8CD;6649
2F8CE;3B19
2F8CF;6691
2F8D0;3B08
2F8D1;3AE4
2F8D2;5192
2F8D3;5195
2F8D4;6700
2F8D5;669C
2F8D6;80AD
2F8D7;43D9
2F8D8;6717
2F8D9;671B
2F8DA;6721
2F8DB;675E
2F8DC;6753
2F8DD;233C3
2F8DE;3B49
2F8DF;67FA
2F8E0;6785
2F8E1;6852
2F8E2;6885
2F8E3;2346D
2F8E4;688E
2F8E5;681F
2F8E6;6914
2F8E7;3B9D
2F8E8;6942
2F8E9;69A3
2F8EA;69EA
2F8EB;6AA8
2F8EC;236A3
2F8ED;6ADB
2F8EE;3C18
2F8EF;6B21
2F8F0;238A7
2F8F1;6B54
2F8F2;3C4E
2F8F3;6B72
2F8F4;6B9F
2F8F5;6BBA
2F8F6;6BBB
2F8F7;23A8D
2F8F8;21D0B
2F8F9;23AFA
2F8FA;6C4E
2F8FB;23CBC
2F8FC;6CBF
2F8FD;6CCD
2F8FE;6C67
2F8FF;6D16
2F900;6D3E
2F901;6D77
2F902;6D41
2F903;6D69
2F904;6D78
2F905;6D85
2F906;23D1E
2F907;6D34
2F908;6E2F
2F909;6E6E
2F90A;3D33
2F90B;6ECB
2F90C;6EC7
2F90D;23ED1
2F90E;6DF9
2F90F;6F6E
2F910;23F5E
2F911;23F8E
2F912;6FC6
2F913;7039
2F914;701E
2F915;701B
2F916;3D96
2F917;704A
2F918;707D
2F919;7077
2F91A;70AD
2F91B;20525
2F91C;7145
2F91D;24263
2F91E;719C
2F91F;243AB
2F920;7228
2F921;7235
2F922;7250
2F923;24608
2F924;7280
2F925;7295
2F926;24735
2F927;24814
2F928;737A
2F929;738B
2F92A;3EAC
2F92B;73A5
2F92C;3EB8
2F92D;3EB8
2F92E;7447
2F92F;745C
2F930;7471
2F931;7485
2F932;74CA
2F933;3F1B
2F934;7524
2F935;24C36
2F936;753E
2F937;24C92
2F938;7570
2F939;2219F
2F93A;7610
2F93B;24FA1
2F93C;24FB8
2F93D;25044
2F93E;3FFC
2F93F;4008
2F940;76F4
2F941;250F3
2F942;250F2
2F943;25119
2F944;25133
2F945;771E
2F946;771F
2F947;771F
2F948;774A
2F949;4039
2F94A;778B
2F94B;4046
2F94C;4096
2F94D;2541D
2F94E;784E
2F94F;788C
2F950;78CC
2F951;40E3
2F952;25626
2F953;7956
2F954;2569A
2F955;256C5
2F956;798F
2F957;79EB
2F958;412F
2F959;7A40
2F95A;7A4A
2F95B;7A4F
2F95C;2597C
2F95D;25AA7
2F95E;25AA7
2F95F;7AEE
2F960;4202
2F961;25BAB
2F962;7BC6
2F963;7BC9
2F964;4227
2F965;25C80
2F966;7CD2
2F967;42A0
2F968;7CE8
2F969;7CE3
2F96A;7D00
2F96B;25F86
2F96C;7D63
2F96D;4301
2F96E;7DC7
2F96F;7E02
2F970;7E45
2F971;4334
2F972;26228
2F973;26247
2F974;4359
2F975;262D9
2F976;7F7A
2F977;2633E
2F978;7F95
2F979;7FFA
2F97A;8005
2F97B;264DA
2F97C;26523
2F97D;8060
2F97E;265A8
2F97F;8070
2F980;2335F
2F981;43D5
2F982;80B2
2F983;8103
2F984;440B
2F985;813E
2F986;5AB5
2F987;267A7
2F988;267B5
2F989;23393
2F98A;2339C
2F98B;8201
2F98C;8204
2F98D;8F9E
2F98E;446B
2F98F;8291
2F990;828B
2F991;829D
2F992;52B3
2F993;82B1
2F994;82B3
2F995;82BD
2F996;82E6
2F997;26B3C
2F998;82E5
2F999;831D
2F99A;8363
2F99B;83AD
2F99C;8323
2F99D;83BD
2F99E;83E7
2F99F;8457
2F9A0;8353
2F9A1;83CA
2F9A2;83CC
2F9A3;83DC
2F9A4;26C36
2F9A5;26D6B
2F9A6;26CD5
2F9A7;452B
2F9A8;84F1
2F9A9;84F3
2F9AA;8516
2F9AB;273CA
2F9AC;8564
2F9AD;26F2C
2F9AE;455D
2F9AF;4561
2F9B0;26FB1
2F9B1;270D2
2F9B2;456B
2F9B3;8650
2F9B4;865C
2F9B5;8667
2F9B6;8669
2F9B7;86A9
2F9B8;8688
2F9B9;870E
2F9BA;86E2
2F9BB;8779
2F9BC;8728
2F9BD;876B
2F9BE;8786
2F9BF;45D7
2F9C0;87E1
2F9C1;8801
2F9C2;45F9
2F9C3;8860
2F9C4;8863
2F9C5;27667
2F9C6;88D7
2F9C7;88DE
2F9C8;4635
2F9C9;88FA
2F9CA;34BB
2F9CB;278AE
2F9CC;27966
2F9CD;46BE
2F9CE;46C7
2F9CF;8AA0
2F9D0;8AED
2F9D1;8B8A
2F9D2;8C55
2F9D3;27CA8
2F9D4;8CAB
2F9D5;8CC1
2F9D6;8D1B
2F9D7;8D77
2F9D8;27F2F
2F9D9;20804
2F9DA;8DCB
2F9DB;8DBC
2F9DC;8DF0
2F9DD;208DE
2F9DE;8ED4
2F9DF;8F38
2F9E0;285D2
2F9E1;285ED
2F9E2;9094
2F9E3;90F1
2F9E4;9111
2F9E5;2872E
2F9E6;911B
2F9E7;9238
2F9E8;92D7
2F9E9;92D8
2F9EA;927C
2F9EB;93F9
2F9EC;9415
2F9ED;28BFA
2F9EE;958B
2F9EF;4995
2F9F0;95B7
2F9F1;28D77
2F9F2;49E6
2F9F3;96C3
2F9F4;5DB2
2F9F5;9723
2F9F6;29145
2F9F7;2921A
2F9F8;4A6E
2F9F9;4A76
2F9FA;97E0
2F9FB;2940A
2F9FC;4AB2
2F9FD;29496
2F9FE;980B
2F9FF;980B
2FA00;9829
2FA01;295B6
2FA02;98E2
2FA03;4B33
2FA04;9929
2FA05;99A7
2FA06;99C2
2FA07;99FE
2FA08;4BCE
2FA09;29B30
2FA0A;9B12
2FA0B;9C40
2FA0C;9CFD
2FA0D;4CCE
2FA0E;4CED
2FA0F;9D67
2FA10;2A0CE
2FA11;4CF8
2FA12;2A105
2FA13;2A20E
2FA14;2A291
2FA15;9EBB
2FA16;4D56
2FA17;9EF9
2FA18;9EFE
2FA19;9F05
2FA1A;9F0F
2FA1B;9F16
2FA1C;9F3B
2FA1D;2A600
`;

// src/text/confusables.ts
var table;
function confusables() {
  if (table) return table;
  table = /* @__PURE__ */ new Map();
  for (const line of CONFUSABLES_DATA.split("\n")) {
    if (!line) continue;
    const [from, to] = line.split(";");
    table.set(parseInt(from, 16), String.fromCodePoint(...to.split(" ").map((h) => parseInt(h, 16))));
  }
  return table;
}
function skeleton(s) {
  const map = confusables();
  let out = "";
  for (const ch of s.normalize("NFD")) out += map.get(ch.codePointAt(0)) ?? ch;
  return out.normalize("NFD");
}

// src/text/chunks.ts
var INVISIBLE3 = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/u;
var LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
var ALNUM_ASCII = /[A-Za-z0-9]/;
function isInvisible(ch) {
  return ch.charCodeAt(0) >= 128 && INVISIBLE3.test(ch);
}
var edgeCache = /* @__PURE__ */ new Map();
function isEdgePunctuation(cp) {
  let edge = edgeCache.get(cp);
  if (edge === void 0) {
    const ch = String.fromCodePoint(cp);
    edge = !LETTER_OR_DIGIT.test(ch) && !ALNUM_ASCII.test(skeleton(ch));
    if (edgeCache.size < 5e4) edgeCache.set(cp, edge);
  }
  return edge;
}
function chunksOf(cps) {
  const out = [];
  let i = 0;
  while (i < cps.length) {
    while (i < cps.length && isSpace(cps[i])) i++;
    const chars = [];
    while (i < cps.length && !isSpace(cps[i])) {
      if (cps[i] < 128 || !isInvisible(String.fromCodePoint(cps[i]))) chars.push({ cp: cps[i], index: i });
      i++;
    }
    let a = 0;
    let b = chars.length;
    while (a < b && isEdgePunctuation(chars[a].cp)) a++;
    while (b > a && isEdgePunctuation(chars[b - 1].cp)) b--;
    if (a < b) {
      const kept = chars.slice(a, b);
      out.push({ word: kept.map((c) => String.fromCodePoint(c.cp)).join(""), start: kept[0].index, chars: kept });
    }
  }
  return out;
}
var SPACE = new RegExp("\\p{White_Space}", "u");
function isSpace(cp) {
  if (cp < 128) return cp === 32 || cp >= 9 && cp <= 13;
  return SPACE.test(String.fromCodePoint(cp));
}
function codePoints(text) {
  const out = [];
  for (const ch of text) out.push(ch.codePointAt(0));
  return out;
}
var SPACES = new RegExp("\\p{White_Space}+", "u");
var INVISIBLES = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
function wordsOf(text) {
  const out = [];
  for (let piece of text.split(SPACES)) {
    if (piece === "") continue;
    if (!/^[\x21-\x7e]*$/.test(piece)) piece = piece.replace(INVISIBLES, "");
    const cps = codePoints(piece);
    let a = 0;
    let b = cps.length;
    while (a < b && isEdgePunctuation(cps[a])) a++;
    while (b > a && isEdgePunctuation(cps[b - 1])) b--;
    if (a === b) continue;
    const units = (from, to) => cps.slice(from, to).reduce((n, cp) => n + (cp > 65535 ? 2 : 1), 0);
    out.push(a === 0 && b === cps.length ? piece : piece.slice(units(0, a), piece.length - units(b, cps.length)));
  }
  return out;
}

// src/text/scripts.ts
var SCRIPT_NAMES = [
  "Adlam",
  "Ahom",
  "Anatolian_Hieroglyphs",
  "Arabic",
  "Armenian",
  "Avestan",
  "Balinese",
  "Bamum",
  "Bassa_Vah",
  "Batak",
  "Bengali",
  "Bhaiksuki",
  "Bopomofo",
  "Brahmi",
  "Braille",
  "Buginese",
  "Buhid",
  "Canadian_Aboriginal",
  "Carian",
  "Caucasian_Albanian",
  "Chakma",
  "Cham",
  "Cherokee",
  "Chorasmian",
  "Common",
  "Coptic",
  "Cuneiform",
  "Cypriot",
  "Cypro_Minoan",
  "Cyrillic",
  "Deseret",
  "Devanagari",
  "Dives_Akuru",
  "Dogra",
  "Duployan",
  "Egyptian_Hieroglyphs",
  "Elbasan",
  "Elymaic",
  "Ethiopic",
  "Garay",
  "Georgian",
  "Glagolitic",
  "Gothic",
  "Grantha",
  "Greek",
  "Gujarati",
  "Gunjala_Gondi",
  "Gurmukhi",
  "Gurung_Khema",
  "Han",
  "Hangul",
  "Hanifi_Rohingya",
  "Hanunoo",
  "Hatran",
  "Hebrew",
  "Hiragana",
  "Imperial_Aramaic",
  "Inherited",
  "Inscriptional_Pahlavi",
  "Inscriptional_Parthian",
  "Javanese",
  "Kaithi",
  "Kannada",
  "Katakana",
  "Kawi",
  "Kayah_Li",
  "Kharoshthi",
  "Khitan_Small_Script",
  "Khmer",
  "Khojki",
  "Khudawadi",
  "Kirat_Rai",
  "Lao",
  "Latin",
  "Lepcha",
  "Limbu",
  "Linear_A",
  "Linear_B",
  "Lisu",
  "Lycian",
  "Lydian",
  "Mahajani",
  "Makasar",
  "Malayalam",
  "Mandaic",
  "Manichaean",
  "Marchen",
  "Masaram_Gondi",
  "Medefaidrin",
  "Meetei_Mayek",
  "Mende_Kikakui",
  "Meroitic_Cursive",
  "Meroitic_Hieroglyphs",
  "Miao",
  "Modi",
  "Mongolian",
  "Mro",
  "Multani",
  "Myanmar",
  "Nabataean",
  "Nag_Mundari",
  "Nandinagari",
  "New_Tai_Lue",
  "Newa",
  "Nko",
  "Nushu",
  "Nyiakeng_Puachue_Hmong",
  "Ogham",
  "Ol_Chiki",
  "Ol_Onal",
  "Old_Hungarian",
  "Old_Italic",
  "Old_North_Arabian",
  "Old_Permic",
  "Old_Persian",
  "Old_Sogdian",
  "Old_South_Arabian",
  "Old_Turkic",
  "Old_Uyghur",
  "Oriya",
  "Osage",
  "Osmanya",
  "Pahawh_Hmong",
  "Palmyrene",
  "Pau_Cin_Hau",
  "Phags_Pa",
  "Phoenician",
  "Psalter_Pahlavi",
  "Rejang",
  "Runic",
  "Samaritan",
  "Saurashtra",
  "Sharada",
  "Shavian",
  "Siddham",
  "SignWriting",
  "Sinhala",
  "Sogdian",
  "Sora_Sompeng",
  "Soyombo",
  "Sundanese",
  "Sunuwar",
  "Syloti_Nagri",
  "Syriac",
  "Tagalog",
  "Tagbanwa",
  "Tai_Le",
  "Tai_Tham",
  "Tai_Viet",
  "Takri",
  "Tamil",
  "Tangsa",
  "Tangut",
  "Telugu",
  "Thaana",
  "Thai",
  "Tibetan",
  "Tifinagh",
  "Tirhuta",
  "Todhri",
  "Toto",
  "Tulu_Tigalari",
  "Ugaritic",
  "Vai",
  "Vithkuqi",
  "Wancho",
  "Warang_Citi",
  "Yezidi",
  "Yi",
  "Zanabazar_Square"
];
var NEUTRAL_SCRIPTS = /* @__PURE__ */ new Set(["Common", "Inherited"]);
var RTL_SCRIPTS = /* @__PURE__ */ new Set([
  "Adlam",
  "Arabic",
  "Avestan",
  "Hanifi_Rohingya",
  "Hatran",
  "Hebrew",
  "Imperial_Aramaic",
  "Inscriptional_Pahlavi",
  "Inscriptional_Parthian",
  "Kharoshthi",
  "Mandaic",
  "Manichaean",
  "Mende_Kikakui",
  "Nabataean",
  "Nko",
  "Old_North_Arabian",
  "Old_South_Arabian",
  "Palmyrene",
  "Phoenician",
  "Psalter_Pahlavi",
  "Samaritan",
  "Syriac",
  "Thaana",
  "Yezidi"
]);
var JOINING_SCRIPTS = /* @__PURE__ */ new Set([
  "Arabic",
  "Syriac",
  "Nko",
  "Mongolian",
  "Mandaic",
  "Manichaean",
  "Psalter_Pahlavi",
  "Phags_Pa",
  "Adlam",
  "Hanifi_Rohingya",
  "Sogdian",
  "Old_Uyghur",
  "Devanagari",
  "Bengali",
  "Gurmukhi",
  "Gujarati",
  "Oriya",
  "Tamil",
  "Telugu",
  "Kannada",
  "Malayalam",
  "Sinhala",
  "Myanmar",
  "Khmer",
  "Tibetan",
  "Balinese",
  "Javanese",
  "Sundanese",
  "Tai_Tham",
  "Chakma",
  "Sharada",
  "Takri",
  "Grantha",
  "Newa",
  "Tirhuta",
  "Modi",
  "Brahmi",
  "Kaithi"
]);
var CJK_SCRIPTS = /* @__PURE__ */ new Set(["Han", "Hiragana", "Katakana", "Hangul", "Bopomofo"]);
var ALLOWED_COMBINATIONS = [
  /* @__PURE__ */ new Set(["Latin", "Han", "Hiragana", "Katakana"]),
  /* @__PURE__ */ new Set(["Latin", "Han", "Bopomofo"]),
  /* @__PURE__ */ new Set(["Latin", "Han", "Hangul"])
];
function isMixedScript(scripts) {
  if (scripts.size <= 1) return false;
  return !ALLOWED_COMBINATIONS.some((allowed) => [...scripts].every((s) => allowed.has(s)));
}
var probes;
function scriptProbes() {
  if (probes) return probes;
  const first = ["Latin", "Common", "Inherited", "Cyrillic", "Greek", "Han", "Arabic", "Hiragana", "Katakana", "Hangul", "Hebrew"];
  const ordered = [...first, ...SCRIPT_NAMES.filter((s) => !first.includes(s))];
  probes = [];
  for (const name of ordered) {
    try {
      probes.push({ name, re: new RegExp(`^\\p{Script=${name}}$`, "u") });
    } catch {
    }
  }
  return probes;
}
var cache = /* @__PURE__ */ new Map();
var CACHE_LIMIT = 2e5;
function scriptOf(cp) {
  if (cp < 128) {
    return cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 ? "Latin" : "Common";
  }
  const hit = cache.get(cp);
  if (hit !== void 0) return hit;
  const ch = String.fromCodePoint(cp);
  let name = "Unknown";
  for (const p of scriptProbes()) {
    if (p.re.test(ch)) {
      name = p.name;
      break;
    }
  }
  if (cache.size < CACHE_LIMIT) cache.set(cp, name);
  return name;
}

// src/text/hidden.ts
var BIDI_CONTROLS = /* @__PURE__ */ new Set([8234, 8235, 8236, 8237, 8238, 8294, 8295, 8296, 8297]);
var BIDI_MARKS = /* @__PURE__ */ new Set([8206, 8207, 1564]);
var NUMBER_SIGNS = /* @__PURE__ */ new Set([1536, 1537, 1538, 1539, 1540, 1541, 1757, 1807, 2192, 2193, 2274, 69821, 69837]);
var INVISIBLE4 = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/u;
var PRIVATE_USE = new RegExp("\\p{Co}", "u");
var PICTOGRAPHIC = new RegExp("\\p{Extended_Pictographic}", "u");
var EMOJI = new RegExp("\\p{Emoji}", "u");
var EMOJI_MODIFIER = new RegExp("\\p{Emoji_Modifier}", "u");
var MARK = new RegExp("\\p{M}", "u");
var LETTER = new RegExp("\\p{L}", "u");
var DIGIT = new RegExp("\\p{Nd}", "u");
var ZWNJ = 8204;
var ZWJ = 8205;
var VS16 = 65039;
var BLACK_FLAG = 127988;
var CANCEL_TAG = 917631;
function classifyCodePoint(cp) {
  if (cp >= 55296 && cp <= 57343) return "lone-surrogate";
  if (BIDI_CONTROLS.has(cp) || BIDI_MARKS.has(cp)) return "bidi-control";
  if (cp >= 917504 && cp <= 917631) return "tag";
  if (cp < 32 || cp >= 127 && cp <= 159) return cp === 9 || cp === 10 || cp === 13 ? void 0 : "control";
  if (cp >= 64976 && cp <= 65007 || (cp & 65534) === 65534) return "noncharacter";
  const ch = String.fromCodePoint(cp);
  if (PRIVATE_USE.test(ch)) return "private-use";
  if (INVISIBLE4.test(ch)) return "invisible";
  return void 0;
}
var is = (re, cp) => cp !== void 0 && re.test(String.fromCodePoint(cp));
function letterAround(cps, i, step) {
  for (let j = i + step; j >= 0 && j < cps.length; j += step) {
    if (is(MARK, cps[j])) continue;
    return is(LETTER, cps[j]) ? cps[j] : void 0;
  }
  return void 0;
}
function allowedScript(ctx, script) {
  return ctx.allowed === void 0 || ctx.allowed.has(script);
}
function isJoinerInWord(cps, i, ctx) {
  const before = letterAround(cps, i, -1);
  const after = letterAround(cps, i, 1);
  if (before === void 0 || after === void 0) return false;
  const s = scriptOf(before);
  return s === scriptOf(after) && JOINING_SCRIPTS.has(s) && allowedScript(ctx, s);
}
function isEmojiJoiner(cps, i) {
  const before = cps[i - 1];
  return (is(PICTOGRAPHIC, before) || is(EMOJI_MODIFIER, before) || before === VS16) && is(PICTOGRAPHIC, cps[i + 1]);
}
function isVariationSelector(cps, i) {
  const cp = cps[i];
  const before = cps[i - 1];
  if (before === void 0) return false;
  if (cp >= 65024 && cp <= 65039) {
    if (is(EMOJI, before)) return true;
    const s = scriptOf(before);
    return CJK_SCRIPTS.has(s) || s === "Mongolian" || s === "Myanmar" || s === "Phags_Pa";
  }
  if (cp >= 917760 && cp <= 917999) return scriptOf(before) === "Han";
  if (cp >= 6155 && cp <= 6157 || cp === 6159) return scriptOf(before) === "Mongolian";
  return false;
}
var isTagChar = (cp) => cp !== void 0 && cp >= 917536 && cp <= CANCEL_TAG;
function isEmojiTag(cps, i) {
  let a = i;
  while (isTagChar(cps[a - 1])) a--;
  let b = i;
  while (isTagChar(cps[b + 1])) b++;
  if (cps[a - 1] !== BLACK_FLAG || cps[b] !== CANCEL_TAG || b === a) return false;
  for (let j = a; j < b; j++) if (cps[j] === CANCEL_TAG) return false;
  return true;
}
function isLegitimateInContext(cps, i, kind, ctx) {
  const cp = cps[i];
  switch (kind) {
    case "bidi-control":
      return BIDI_MARKS.has(cp) && ctx.rtl;
    case "tag":
      return isEmojiTag(cps, i);
    case "invisible":
      if (cp === 65279 && i === 0) return true;
      if (cp === ZWNJ || cp === ZWJ) return isJoinerInWord(cps, i, ctx) || cp === ZWJ && isEmojiJoiner(cps, i);
      if (NUMBER_SIGNS.has(cp)) return is(DIGIT, cps[i + 1]) && ctx.rtl;
      return isVariationSelector(cps, i);
    default:
      return false;
  }
}
function hasAllowedRtl(cps, allowed) {
  for (const cp of cps) {
    if (cp < 1424) continue;
    const s = scriptOf(cp);
    if (RTL_SCRIPTS.has(s) && (allowed === void 0 || allowed.has(s)) && is(LETTER, cp)) return true;
  }
  return false;
}
function isLoneCarriageReturn(cps, i) {
  return cps[i] === 13 && cps[i + 1] !== 10;
}

// src/text/analysis.ts
var LETTER2 = new RegExp("\\p{L}", "u");
var NFKC_CHECKED = /[\p{L}\p{Nd}\p{Nl}]/u;
function dominantScript(cps) {
  const counts = /* @__PURE__ */ new Map();
  for (const cp of cps) {
    if (!isLetter(cp)) continue;
    let s = scriptOf(cp);
    if (NEUTRAL_SCRIPTS.has(s)) continue;
    if (CJK_SCRIPTS.has(s)) s = "CJK";
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best;
  let n = 0;
  for (const [s, c] of [...counts].sort(([a], [b]) => a < b ? -1 : 1)) {
    if (c > n) [best, n] = [s, c];
  }
  return best;
}
function isLetter(cp) {
  if (cp < 128) return cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122;
  return LETTER2.test(String.fromCodePoint(cp));
}
var nfkcCache = /* @__PURE__ */ new Map();
function nfkc(cp) {
  let n = nfkcCache.get(cp);
  if (n === void 0) {
    n = String.fromCodePoint(cp).normalize("NFKC");
    if (nfkcCache.size < 1e5) nfkcCache.set(cp, n);
  }
  return n;
}
function isEastAsianCompatibility(cp) {
  return cp >= 65280 && cp <= 65519 || cp >= 12593 && cp <= 12686;
}
function nfkcChange(cp, dominant) {
  if (cp < 256) return void 0;
  const ch = String.fromCodePoint(cp);
  if (!NFKC_CHECKED.test(ch)) return void 0;
  const n = nfkc(cp);
  if (n === ch) return void 0;
  if (isEastAsianCompatibility(cp) && dominant === "CJK") return void 0;
  return n;
}
var Positions = class {
  lines = [];
  cols = [];
  constructor(cps) {
    let line = 1;
    let col = 1;
    for (const cp of cps) {
      this.lines.push(line);
      this.cols.push(col);
      if (cp === 10) {
        line++;
        col = 1;
      } else col++;
    }
  }
  at(i) {
    return { line: this.lines[i] ?? 1, column: this.cols[i] ?? 1 };
  }
};
function scriptsOfLetters(chars) {
  const by = /* @__PURE__ */ new Map();
  for (const c of chars) {
    if (!isLetter(c.cp)) continue;
    const s = scriptOf(c.cp);
    if (NEUTRAL_SCRIPTS.has(s)) continue;
    const list = by.get(s);
    if (list) list.push(c.index);
    else by.set(s, [c.index]);
  }
  return by;
}
function letterRuns(chunk2) {
  const runs = [];
  let run = [];
  for (const c of chunk2.chars) {
    if (/[\p{L}\p{M}]/u.test(String.fromCodePoint(c.cp))) run.push(c);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
var label = (cp) => codePointLabel(cp);
var show = (s) => `'${escapeUntrusted(s, 60)}'`;
function analyzeText(text, opts = {}) {
  const cps = codePoints(text);
  const pos = new Positions(cps);
  const allowCp = opts.allowCodePoints ?? /* @__PURE__ */ new Set();
  const hits = [];
  const hit = (kind, index, points, extra = {}) => hits.push({ kind, ...pos.at(index), codePoints: points.map(label), ...extra });
  const ctx = { allowed: opts.allowedScripts, rtl: hasAllowedRtl(cps, opts.allowedScripts) };
  const dominant = dominantScript(cps);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (allowCp.has(cp)) continue;
    const kind = isLoneCarriageReturn(cps, i) ? "control" : classifyCodePoint(cp);
    if (kind) {
      if (!isLegitimateInContext(cps, i, kind, ctx)) hit(kind, i, [cp]);
      continue;
    }
    const folded = nfkcChange(cp, dominant);
    if (folded !== void 0) hit("nfkc", i, [cp], { detail: `NFKC folds it to ${show(folded)}` });
  }
  for (const chunk2 of chunksOf(cps)) {
    const flagged = checkWords(chunk2, dominant, opts, allowCp, hit);
    if (!flagged && opts.vocabulary) checkLookalike(chunk2, dominant, opts.vocabulary, hit);
  }
  return hits.sort((a, b) => a.line - b.line || a.column - b.column);
}
function checkWords(chunk2, dominant, opts, allowCp, hit) {
  let flagged = false;
  for (const run of letterRuns(chunk2)) {
    const byScript = scriptsOfLetters(run.filter((c) => !allowCp.has(c.cp)));
    const scripts = new Set(byScript.keys());
    const cpAt = new Map(run.map((c) => [c.index, c.cp]));
    const token = escapeUntrusted(chunk2.word, 60);
    if (isMixedScript(scripts)) {
      const main2 = [...byScript].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0][0];
      const others = [...byScript].filter(([s]) => s !== main2).flatMap(([, idx]) => idx).sort((a, b) => a - b);
      const names = [...scripts].filter((s) => s !== main2).sort();
      hit("mixed-script", others[0], others.map((i) => cpAt.get(i)), { token, detail: `${names.join("+")} in a ${main2} word` });
      flagged = true;
      continue;
    }
    if (opts.allowedScripts) {
      const refused = [...byScript].filter(([s]) => !opts.allowedScripts.has(s));
      if (refused.length > 0) {
        const idx = refused.flatMap(([, i]) => i).sort((a, b) => a - b);
        hit("script-not-allowed", idx[0], idx.map((i) => cpAt.get(i)), {
          token,
          detail: `${refused.map(([s]) => s).sort().join(", ")} letters; allowed scripts: ${[...opts.allowedScripts].sort().join(", ")}`
        });
        flagged = true;
        continue;
      }
    }
    const only = scripts.size === 1 ? [...scripts][0] : void 0;
    if (only && dominant && only !== dominant && !CJK_SCRIPTS.has(only) && dominant !== "CJK" && isWordOrInNumber(run, chunk2)) {
      const skel = skeleton(run.map((c) => String.fromCodePoint(c.cp)).join(""));
      if (looksLikeScript(skel, dominant)) {
        const idx = byScript.get(only);
        hit("whole-script-confusable", idx[0], idx.map((i) => cpAt.get(i)), {
          token,
          detail: `${only} letters that read as ${dominant} ${show(skel)} in ${dominant} text`
        });
        flagged = true;
      }
    }
  }
  return flagged;
}
var DIGIT2 = new RegExp("\\p{Nd}", "u");
function isWordOrInNumber(run, chunk2) {
  if (run.filter((c) => isLetter(c.cp)).length >= 2) return true;
  const at2 = chunk2.chars.indexOf(run[0]);
  const end = at2 + run.length;
  const digit = (i) => i >= 0 && i < chunk2.chars.length && DIGIT2.test(String.fromCodePoint(chunk2.chars[i].cp));
  return digit(at2 - 1) || digit(end);
}
function looksLikeScript(skel, script) {
  let letters = 0;
  for (const ch of skel) {
    const cp = ch.codePointAt(0);
    if (!isLetter(cp)) continue;
    const s = scriptOf(cp);
    if (NEUTRAL_SCRIPTS.has(s)) continue;
    if (s !== script || script === "Latin" && cp >= 128) return false;
    letters++;
  }
  return letters > 0;
}
function checkLookalike(chunk2, dominant, vocab, hit) {
  const ascii = chunk2.chars.every((c) => c.cp < 128);
  if (ascii && (dominant === void 0 || dominant === "Latin")) return;
  const other = vocab.lookalike(skeleton(chunk2.word), chunk2.word);
  if (other === void 0) return;
  const inOther = new Set(codePoints(other));
  const otherScripts = new Set(codePoints(other).filter(isLetter).map(scriptOf).filter((s) => !NEUTRAL_SCRIPTS.has(s)));
  const differing = chunk2.chars.filter((c) => !inOther.has(c.cp));
  const wordScripts = new Set(chunk2.chars.filter((c) => isLetter(c.cp)).map((c) => scriptOf(c.cp)).filter((s) => !NEUTRAL_SCRIPTS.has(s)));
  const own = wordScripts.size === 1 && [...wordScripts][0] === dominant && !otherScripts.has(dominant);
  if (own) return;
  const suspicious = differing.filter((c) => readsAsLetterOrDigit(c.cp) && (c.cp >= 128 || !otherScripts.has(scriptOf(c.cp))));
  if (suspicious.length === 0) return;
  hit("confusable", suspicious[0].index, suspicious.map((c) => c.cp), {
    token: escapeUntrusted(chunk2.word, 60),
    detail: `looks like the reference word ${show(other)}`
  });
}
var LETTER_OR_DIGIT2 = /[\p{L}\p{N}]/u;
function readsAsLetterOrDigit(cp) {
  const ch = String.fromCodePoint(cp);
  return LETTER_OR_DIGIT2.test(ch) || /[A-Za-z0-9]/.test(skeleton(ch));
}
function lookalikeQueries(text) {
  const cps = codePoints(text);
  const dominant = dominantScript(cps);
  const out = [];
  for (const chunk2 of chunksOf(cps)) {
    const ascii = chunk2.chars.every((c) => c.cp < 128);
    if (ascii && (dominant === void 0 || dominant === "Latin")) continue;
    out.push(skeleton(chunk2.word));
  }
  return out;
}
function vocabularyWords(text) {
  return wordsOf(text);
}
function scriptsIn(text) {
  const out = /* @__PURE__ */ new Set();
  for (const cp of codePoints(text)) {
    if (!isLetter(cp)) continue;
    const s = scriptOf(cp);
    if (!NEUTRAL_SCRIPTS.has(s)) out.add(s);
  }
  return out;
}

// src/detectors/unicode.ts
var MAX_LISTED = 12;
var MAX_EVIDENCE = 100;
function parseCodePoints(list) {
  return new Set(list.map((s) => parseInt(s.replace(/^U\+/i, ""), 16)));
}
function buildVocabulary(texts, wanted, minCount) {
  const known = /* @__PURE__ */ new Map();
  for (const { text } of texts) for (const word of vocabularyWords(text)) known.set(word, (known.get(word) ?? 0) + 1);
  const bySkeleton = /* @__PURE__ */ new Map();
  if (wanted.size > 0) {
    for (const [word, count] of known) {
      const skel = skeleton(word);
      if (!wanted.has(skel)) continue;
      let words2 = bySkeleton.get(skel);
      if (!words2) bySkeleton.set(skel, words2 = /* @__PURE__ */ new Map());
      words2.set(word, count);
    }
  }
  return {
    lookalike(skel, word) {
      if ((known.get(word) ?? 0) >= minCount) return void 0;
      let best;
      let n = 0;
      for (const [w, c] of [...bySkeleton.get(skel) ?? []].sort(([a], [b]) => a < b ? -1 : 1)) {
        if (w !== word && c >= minCount && c > n) [best, n] = [w, c];
      }
      return best;
    }
  };
}
function allowedScripts(ctx, texts) {
  if (ctx.dataset.allow_scripts) return { scripts: new Set(ctx.dataset.allow_scripts), from: "policy" };
  if (texts.length === 0) return { from: "any" };
  const samples = /* @__PURE__ */ new Map();
  for (const { text } of texts) for (const s of scriptsIn(text)) samples.set(s, (samples.get(s) ?? 0) + 1);
  const min = Math.min(ctx.options.script_min_samples, texts.length);
  return { scripts: new Set([...samples].filter(([, n]) => n >= min).map(([s]) => s)), from: "reference" };
}
function describe2(h) {
  const what = h.detail ? `${h.kind}: ${h.detail}` : h.kind;
  const where2 = h.token ? ` in ${JSON.stringify(h.token)}` : "";
  return `${h.codePoints.join(" ")} (${what})${where2} at ${h.line}:${h.column}`;
}
function describeAll(hits) {
  const out = [];
  const byScript = /* @__PURE__ */ new Map();
  for (const h of hits) {
    if (h.kind !== "script-not-allowed") out.push({ at: h, text: describe2(h) });
    else {
      const list = byScript.get(h.detail ?? "");
      if (list) list.push(h);
      else byScript.set(h.detail ?? "", [h]);
    }
  }
  for (const [detail, list] of byScript) {
    const first = list[0];
    const points = [...new Set(list.flatMap((h) => h.codePoints))];
    const shown = `${points.slice(0, 6).join(" ")}${points.length > 6 ? " \u2026" : ""}`;
    out.push({ at: first, text: `${shown} (script-not-allowed: ${detail}) in ${list.length} word(s), first ${JSON.stringify(first.token)} at ${first.line}:${first.column}` });
  }
  return out.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column).map((d) => d.text);
}
var unicode = {
  id: "unicode",
  description: "Text samples carry no hidden code points, look-alike characters or letters of scripts the dataset does not use.",
  help: "Reports the imperceptible perturbations of Boucher et al. (2022) and the homoglyph checks of Unicode TR39: invisible characters (zero-width spaces and joiners, soft hyphens, word joiners), bidirectional controls (U+202A\u2013U+202E, U+2066\u2013U+2069; directional marks outside right-to-left text), Unicode tags, control characters (backspace, delete, a lone carriage return), private-use and noncharacter code points; letters and digits that NFKC folds (\u{1D41A}, \uFF41, \uFB01, \u2160); words that mix scripts (Cyrillic \u0430 in a Latin word); words written in another script to look like the text (whole-script confusables); words whose TR39 skeleton matches a different word of the reference; and letters of scripts outside the dataset's allow_scripts (default: the scripts its reference uses). Ordinary uses are not reported: ZWNJ/ZWJ inside Persian, Arabic or Indic words, emoji sequences, directional marks in right-to-left text, East Asian width forms. Each finding lists the code points (U+\u2026) and their line:column in the text. Remove them, or replace the sample; add legitimate scripts to allow_scripts.",
  modality: "text",
  defaultSeverity: "error",
  optionsSchema: {
    type: "object",
    properties: {
      allow_code_points: {
        type: "array",
        items: { type: "string", pattern: "^U\\+[0-9A-Fa-f]{4,6}$" },
        uniqueItems: true,
        description: "Code points (U+XXXX) the dataset uses legitimately; never reported."
      },
      lookalike_min_count: {
        type: "integer",
        minimum: 1,
        description: "Times a word must occur in the reference to count as a known word for look-alike matching (default 1)."
      },
      script_min_samples: {
        type: "integer",
        minimum: 1,
        description: "Without allow_scripts: reference samples that must use a script for it to count as allowed (default 2)."
      }
    }
  },
  defaults: { allow_code_points: [], lookalike_min_count: 1, script_min_samples: 2 },
  async run(ctx) {
    const texts = ctx.candidates.filter((c) => c.text !== void 0 && c.problems.length === 0);
    if (texts.length === 0) return [];
    const candidateKeys = new Set(texts.map((c) => sampleKey(c.sample)));
    const reference = (await referenceTexts(ctx.reference)).filter((r) => !candidateKeys.has(sampleKey(r.sample)));
    const allowed = allowedScripts(ctx, reference);
    const wanted = new Set(texts.flatMap((c) => lookalikeQueries(c.text)));
    const vocabulary = buildVocabulary(reference, wanted, ctx.options.lookalike_min_count);
    const allowCodePoints = parseCodePoints(ctx.options.allow_code_points);
    const findings = [];
    for (const c of texts) {
      const hits = analyzeText(c.text, { allowedScripts: allowed.scripts, allowCodePoints, vocabulary });
      if (hits.length === 0) continue;
      const kinds = [...new Set(hits.map((h) => h.kind))].sort();
      const lines = describeAll(hits);
      const listed = lines.slice(0, MAX_LISTED).join("; ");
      const more = lines.length > MAX_LISTED ? `; and ${lines.length - MAX_LISTED} more` : "";
      const where2 = c.sample.inline !== void 0 ? ` in the text of the row at ${c.sample.path}:${c.sample.line} (positions are line:column of that text)` : "";
      const inRow = c.sample.inline !== void 0;
      findings.push({
        rule: "unicode",
        severity: ctx.options.severity ?? "error",
        path: c.sample.path,
        line: c.sample.line ?? hits[0].line,
        ...inRow ? {} : { column: hits[0].column },
        sha256: c.sample.sha256,
        message: `hidden or look-alike characters (${kinds.join(", ")})${where2}: ${listed}${more}. Remove them or replace the sample; if a script is legitimate for this dataset, add it to allow_scripts.`,
        score: hits.length,
        evidence: {
          count: hits.length,
          kinds,
          allowed_scripts: allowed.scripts ? [...allowed.scripts].sort() : "any",
          allowed_scripts_from: allowed.from,
          hits: hits.slice(0, MAX_EVIDENCE)
        }
      });
    }
    return findings;
  }
};

// src/detectors/registry.ts
var DETECTORS = [integrity, provenance, unicode, triggerTokens, perturbedCopy, sharedTrigger, frequency, classProximity, collusion, outliers, spectral];

// src/engine-rules.ts
var ENGINE_RULE_INFO = [
  {
    id: "policy-changed",
    description: "The pull request changes the poisoning-defense policy.",
    help: "The gate always judges a pull request by the policy on the base branch. A change to the policy takes effect only after it is reviewed and merged; it needs a code-owner review."
  },
  {
    id: "model-changed",
    description: "The pull request changes a model the policy pins.",
    help: "Embedding models are read from the base branch and pinned by sha256. A PR that replaces one could blind the feature-space detectors, so it needs review; it takes effect after merge with an updated pin."
  },
  {
    id: "detector-error",
    description: "A detector failed while checking a dataset.",
    help: "The gate fails closed: when a detector cannot finish, its dataset counts as unchecked. The message names the cause."
  },
  {
    id: "removed-sample",
    description: "The pull request removes trusted samples.",
    help: "Removing reference samples can move a class boundary as effectively as adding poisons. Review removals like additions."
  },
  {
    id: "limit-exceeded",
    description: "The scan hit one of its limits and could not check everything.",
    help: "A limit (candidates per scan, reference size, time) stopped the scan from checking every candidate; the gate fails rather than pass what it did not see. Split the pull request or raise the limit in the policy."
  },
  {
    id: "waiver-expired",
    description: "A waiver in the policy has expired.",
    help: "Waivers are time-limited. An expired waiver covers nothing; review the sample again, then renew the waiver with a new date or remove it."
  }
];
var ENGINE_RULES = ENGINE_RULE_INFO.map((r) => r.id);

// src/policy/schema.ts
var SCHEMA_ID = "https://poisongate.dev/schema/policy-v1.json";
var severity = { type: "string", enum: ["error", "warning", "notice"] };
var nonEmpty = { type: "string", minLength: 1, maxLength: 1024 };
var repoPath = { ...nonEmpty, pattern: "^[^/\\\\].*$", description: "Repo-relative POSIX path." };
function detectorsSchema() {
  const properties = {};
  for (const d of DETECTORS) {
    properties[d.id] = {
      type: "object",
      description: d.description,
      additionalProperties: false,
      properties: {
        enabled: { type: "boolean", description: d.mandatory ? "This check always runs." : "Run this detector." },
        severity: { ...severity, description: `Severity of its findings (default ${d.defaultSeverity}).` },
        ...d.modality === "any" ? {
          modalities: {
            type: "array",
            items: { type: "string", enum: ["image", "text"] },
            minItems: 1,
            uniqueItems: true,
            description: "Run it only on datasets of these modalities (default: every modality it supports)."
          }
        } : {},
        ...d.optionsSchema.properties
      }
    };
  }
  return {
    type: "object",
    description: "Detectors to run, by id, with their options. A detector runs when listed here (or in a preset).",
    additionalProperties: false,
    properties
  };
}
var sha256Pin = { type: "string", pattern: "^[0-9a-f]{64}$" };
var imageModelSchema = {
  type: "object",
  additionalProperties: false,
  required: ["path", "sha256", "input", "output"],
  properties: {
    path: { ...repoPath, description: "ONNX file, read at the base ref." },
    sha256: { ...sha256Pin, description: "Pinned sha256 of the ONNX file." },
    input: {
      type: "object",
      additionalProperties: false,
      required: ["name", "layout", "channels", "size"],
      properties: {
        name: nonEmpty,
        layout: { type: "string", enum: ["NCHW", "NHWC"] },
        channels: { type: "integer", enum: [1, 3] },
        size: { type: "array", items: { type: "integer", minimum: 1, maximum: 4096 }, minItems: 2, maxItems: 2 },
        scale: { type: "number", description: "Multiplier applied to 0\u2013255 pixel values." },
        mean: { type: "array", items: { type: "number" }, maxItems: 3 },
        std: { type: "array", items: { type: "number", exclusiveMinimum: 0 }, maxItems: 3 }
      }
    },
    output: { ...nonEmpty, description: "Name of the output holding the features." },
    batch_size: { type: "integer", minimum: 1, maximum: 1024 }
  }
};
var textModelSchema = {
  type: "object",
  additionalProperties: false,
  required: ["path", "sha256", "tokenizer"],
  properties: {
    path: { ...repoPath, description: "ONNX text encoder, read at the base ref." },
    sha256: { ...sha256Pin, description: "Pinned sha256 of the ONNX file." },
    tokenizer: {
      type: "object",
      additionalProperties: false,
      required: ["path", "sha256"],
      description: "The encoder's tokenizer, read at the base ref and pinned like the model.",
      properties: {
        path: { ...repoPath, description: "WordPiece vocab.txt (one token per line), or a Hugging Face tokenizer.json of WordPiece type." },
        sha256: { ...sha256Pin, description: "Pinned sha256 of the tokenizer file." },
        lowercase: { type: "boolean", description: "vocab.txt only: lower-case the text (uncased models; default true)." },
        strip_accents: { type: "boolean", description: "vocab.txt only: remove accents (default: as lowercase)." }
      }
    },
    max_length: { type: "integer", minimum: 3, maximum: 8192, description: "Tokens per sample, [CLS] and [SEP] included (default: the graph's fixed sequence length, else the tokenizer.json's truncation, else 128)." },
    inputs: {
      type: "object",
      additionalProperties: false,
      description: "The graph's input names (defaults input_ids, attention_mask, token_type_ids; the last two are fed when the graph has them).",
      properties: { input_ids: nonEmpty, attention_mask: nonEmpty, token_type_ids: nonEmpty }
    },
    output: { ...nonEmpty, description: "Output holding token vectors [N, L, D] or sentence vectors [N, D] (default 'last_hidden_state')." },
    pooling: { type: "string", enum: ["mean", "cls", "none"], description: "mean over the attention mask (default), the [CLS] token, or none for an output that is already [N, D]." },
    normalize: { type: "boolean", description: "Scale every vector to unit length (default true)." },
    batch_size: { type: "integer", minimum: 1, maximum: 1024 }
  }
};
var modelSchema = {
  description: "Embedding model. Images: 'default' (bundled MobileNetV2), 'pixels', or the team's own ONNX backbone. Text: 'ngrams' (built-in hashed character n-grams, the default for text), or the team's ONNX text encoder with its tokenizer.",
  if: { type: "object", required: ["tokenizer"] },
  then: textModelSchema,
  else: { oneOf: [{ type: "string", enum: ["default", "pixels", "ngrams"] }, imageModelSchema] }
};
var provenanceSchema = {
  type: "object",
  description: "Per-sample provenance manifest and what every new sample must carry.",
  additionalProperties: false,
  required: ["manifest"],
  properties: {
    manifest: { ...repoPath, description: "JSONL or CSV file with one record per sample." },
    key: { ...nonEmpty, description: "Field holding the sample path relative to the dataset root (default 'path')." },
    required: { type: "array", items: nonEmpty, uniqueItems: true, description: "Fields every record must have." },
    allowed: {
      type: "object",
      description: "Allow-lists: field \u2192 accepted values.",
      additionalProperties: { type: "array", items: { type: "string" }, minItems: 1 }
    },
    sha256_field: { ...nonEmpty, description: "Field holding the sha256 of the sample's bytes (default 'sha256')." },
    signatures: {
      type: "object",
      additionalProperties: false,
      required: ["keys"],
      properties: {
        required: { type: "boolean", description: "Every record must carry a valid signature." },
        field: { ...nonEmpty, description: "Field holding the base64 ed25519 signature (default 'signature')." },
        key_field: { ...nonEmpty, description: "Field naming the signer (default 'vendor')." },
        keys: {
          type: "object",
          description: "Signer \u2192 ed25519 public key (base64 raw 32 bytes or PEM).",
          additionalProperties: nonEmpty
        }
      }
    }
  }
};
var datasetSchema = {
  type: "object",
  additionalProperties: false,
  required: ["name", "root", "layout", "modality"],
  properties: {
    name: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" },
    root: { ...repoPath, description: "Folder holding the samples." },
    layout: {
      type: "string",
      enum: ["imagefolder", "csv", "jsonl", "table"],
      description: "imagefolder: <root>/[split/]<class>/<file>; csv/jsonl: a manifest with path and label columns; table: every CSV/TSV/JSONL/Parquet file under root holds one text sample per row (text and label columns)."
    },
    modality: { type: "string", enum: ["image", "text"] },
    manifest: { ...repoPath, description: "For csv/jsonl layouts: the manifest listing the samples." },
    columns: {
      type: "object",
      additionalProperties: false,
      properties: {
        path: { ...nonEmpty, description: "Manifest column with the sample path (default 'path'; also 'file_name')." },
        label: { ...nonEmpty, description: "Column with the label (default 'label')." },
        text: {
          ...nonEmpty,
          description: "For table layouts: column with the sample text (default: the first of 'text', 'sentence', 'content')."
        }
      }
    },
    ignore: { type: "array", items: nonEmpty, description: "Globs, relative to root, of files that are not samples." },
    formats: {
      type: "array",
      items: { type: "string", enum: ["png", "jpeg", "webp", "gif", "tiff"] },
      uniqueItems: true,
      description: "Image formats accepted."
    },
    provenance: provenanceSchema,
    model: modelSchema,
    allow_scripts: {
      type: "array",
      items: { type: "string", enum: [...SCRIPT_NAMES] },
      uniqueItems: true,
      description: "For text datasets: Unicode scripts whose letters samples may hold (e.g. [Latin, Greek, Cyrillic, Han, Arabic]). Default: the scripts the reference already holds."
    },
    reference: {
      type: "object",
      additionalProperties: false,
      properties: {
        max_per_class: { type: "integer", minimum: 1, description: "Deterministic cap on reference samples per class." }
      }
    }
  }
};
var limitsSchema = {
  type: "object",
  description: "Per-file and per-scan limits. Anything over a limit is a finding, never a skip.",
  additionalProperties: false,
  properties: {
    max_file_bytes: { type: "integer", minimum: 1 },
    max_image_pixels: { type: "integer", minimum: 1 },
    max_image_dimension: { type: "integer", minimum: 1 },
    max_text_bytes: { type: "integer", minimum: 1 },
    max_candidates: { type: "integer", minimum: 1 },
    max_reference_samples: { type: "integer", minimum: 1 }
  }
};
var waiverSchema = {
  type: "object",
  additionalProperties: false,
  required: ["rule", "reason", "expires"],
  anyOf: [{ required: ["path"] }, { required: ["sha256"] }],
  properties: {
    path: { ...repoPath, description: "Repo-relative path of the waived sample." },
    sha256: { type: "string", pattern: "^[0-9a-f]{64}$", description: "sha256 of the waived content." },
    rule: { ...nonEmpty, description: "Rule (detector id) the waiver covers." },
    reason: { ...nonEmpty, description: "Why, with a ticket or review reference." },
    expires: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "Last day (UTC) the waiver applies." }
  }
};
function policySchema() {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: SCHEMA_ID,
    title: "poisongate policy",
    description: "Poisoning-defense policy for a dataset repository, read from the base branch of a pull request.",
    type: "object",
    additionalProperties: false,
    required: ["version", "datasets"],
    properties: {
      version: { const: 1, description: "Policy format version." },
      extends: {
        type: "array",
        items: { type: "string", enum: ["recommended", "strict"] },
        description: "Presets merged under this policy, in order."
      },
      enforcement: {
        type: "string",
        enum: ["enforce", "warn"],
        description: "enforce: findings at or above fail_on fail the gate; warn: report only."
      },
      fail_on: { ...severity, description: "Lowest severity that fails the gate." },
      limits: limitsSchema,
      datasets: { type: "array", minItems: 1, items: datasetSchema, description: "The datasets in this repository and how to check them." },
      detectors: detectorsSchema(),
      waivers: {
        type: "array",
        items: waiverSchema,
        description: "Reviewed exceptions: a rule on a path or content hash, with a reason and an expiry date."
      }
    }
  };
}

// src/policy/yaml-source.ts
var import_yaml = __toESM(require_dist(), 1);
var YamlSource = class _YamlSource {
  constructor(doc, lines, value) {
    this.doc = doc;
    this.lines = lines;
    this.value = value;
  }
  doc;
  lines;
  value;
  /**
   * Parses untrusted YAML with the core schema, unique keys and an alias budget (billion-laughs).
   * Returns diagnostics instead of throwing so callers can name the file.
   */
  static parse(text, limits) {
    if (Buffer.byteLength(text, "utf8") > limits.maxBytes) {
      return { errors: [{ line: 1, column: 1, message: `file is larger than ${limits.maxBytes} bytes` }] };
    }
    const lines = new import_yaml.LineCounter();
    const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, schema: "core" });
    const errors = doc.errors.map((e) => {
      const pos = lines.linePos(e.pos[0]);
      return { line: pos.line, column: pos.col, message: e.message.split(" at line ")[0].split("\n")[0] };
    });
    if (errors.length > 0) return { errors };
    let value;
    try {
      value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    } catch (err) {
      return { errors: [{ line: 1, column: 1, message: err.message.split("\n")[0] }] };
    }
    if (depth(value) > limits.maxDepth) {
      return { errors: [{ line: 1, column: 1, message: `nesting deeper than ${limits.maxDepth} levels` }] };
    }
    return { source: new _YamlSource(doc, lines, value), errors: [] };
  }
  /**
   * Position of the node at `path`; for a missing key, of the nearest ancestor that exists.
   * With `key`, the position of that key inside the map at `path` (for unknown-property errors).
   */
  positionOf(path, key) {
    for (let n = path.length; n >= 0; n--) {
      const node = this.doc.getIn(path.slice(0, n), true);
      if (!node || !("range" in node) || !node.range) continue;
      if (key !== void 0 && n === path.length && (0, import_yaml.isMap)(node)) {
        const pair = node.items.find((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === key);
        const keyNode = pair && (0, import_yaml.isScalar)(pair.key) ? pair.key : void 0;
        if (keyNode?.range) return this.at(keyNode.range[0]);
      }
      if (n < path.length && (0, import_yaml.isMap)(node)) {
        const pair = node.items.find((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(path[n]));
        if (pair && (0, import_yaml.isScalar)(pair.key) && pair.key.range) return this.at(pair.key.range[0]);
      }
      return this.at(node.range[0]);
    }
    return { line: 1, column: 1 };
  }
  at(offset) {
    const p = this.lines.linePos(offset);
    return { line: p.line, column: p.col };
  }
};
function depth(v, d = 0) {
  if (d > 200) return d;
  if (Array.isArray(v)) return v.reduce((m, x) => Math.max(m, depth(x, d + 1)), d + 1);
  if (v && typeof v === "object") {
    return Object.values(v).reduce((m, x) => Math.max(m, depth(x, d + 1)), d + 1);
  }
  return d;
}

// src/policy/load.ts
var DEFAULT_LIMITS = {
  max_file_bytes: 32 * 1024 * 1024,
  max_image_pixels: 5e7,
  max_image_dimension: 2e4,
  max_text_bytes: 1024 * 1024,
  max_candidates: 5e4,
  max_reference_samples: 5e5
};
var YAML_LIMITS = { maxBytes: 1024 * 1024, maxAliasCount: 100, maxDepth: 32 };
var PolicyError = class extends ConfigError {
  constructor(file, diagnostics) {
    super(diagnostics.map((d) => `${file}:${d.line}:${d.column}: ${d.message}`).join("\n"));
    this.file = file;
    this.diagnostics = diagnostics;
    this.name = "PolicyError";
  }
  file;
  diagnostics;
};
var validator;
function validate(value) {
  validator ??= new import_ajv.Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, allowUnionTypes: true }).compile(
    policySchema()
  );
  return validator(value) ? [] : [...validator.errors ?? []];
}
var isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function merge(base, over) {
  if (!isObject2(base) || !isObject2(over)) return over === void 0 ? base : over;
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = merge(base[k], v);
  return out;
}
function instancePath(err) {
  if (!err.instancePath) return [];
  return err.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function describe3(err) {
  const where2 = err.instancePath ? err.instancePath.slice(1).replace(/\//g, ".") : "policy";
  const p = err.params;
  switch (err.keyword) {
    case "additionalProperties":
      return `unknown key '${String(p["additionalProperty"])}' in ${where2}`;
    case "required":
      return `${where2} is missing required key '${String(p["missingProperty"])}'`;
    case "enum":
      return `${where2} must be one of: ${p["allowedValues"].join(", ")}`;
    case "const":
      return `${where2} must be ${JSON.stringify(p["allowedValue"])}`;
    default:
      return `${where2} ${err.message ?? "is invalid"}`;
  }
}
function relevant(errors) {
  const specific = errors.filter((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf" && e.keyword !== "if");
  const list = specific.length > 0 ? specific : errors;
  const seen = /* @__PURE__ */ new Set();
  return list.filter((e) => {
    const key = `${e.instancePath}|${describe3(e)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function withDefaults(p) {
  const datasets = p["datasets"].map((d) => {
    const prov = d["provenance"];
    const columns = d["columns"] ?? {};
    return {
      name: d["name"],
      root: String(d["root"]).replace(/\/+$/, ""),
      layout: d["layout"],
      modality: d["modality"],
      manifest: d["manifest"],
      columns: {
        path: columns["path"] ?? "path",
        label: columns["label"] ?? "label",
        ...columns["text"] !== void 0 ? { text: columns["text"] } : {}
      },
      ignore: d["ignore"] ?? ["**/.*", "**/README*", "**/LICENSE*", "**/*.md"],
      formats: d["formats"] ?? ["png", "jpeg", "webp"],
      provenance: prov ? provenanceWithDefaults(prov) : void 0,
      model: d["model"],
      reference: d["reference"] ?? {},
      ...d["allow_scripts"] !== void 0 ? { allow_scripts: d["allow_scripts"] } : {}
    };
  });
  return {
    version: 1,
    extends: p["extends"] ?? [],
    enforcement: p["enforcement"] ?? "enforce",
    fail_on: p["fail_on"] ?? "error",
    limits: { ...DEFAULT_LIMITS, ...p["limits"] ?? {} },
    datasets,
    detectors: p["detectors"] ?? {},
    waivers: p["waivers"] ?? []
  };
}
function provenanceWithDefaults(prov) {
  const sig = prov["signatures"];
  return {
    manifest: prov["manifest"],
    key: prov["key"] ?? "path",
    required: prov["required"] ?? [],
    allowed: prov["allowed"] ?? {},
    sha256_field: prov["sha256_field"] ?? "sha256",
    signatures: sig ? {
      required: sig["required"] ?? true,
      field: sig["field"] ?? "signature",
      key_field: sig["key_field"] ?? "vendor",
      keys: sig["keys"]
    } : void 0
  };
}
function modelErrors(d, i, src) {
  const m = d.model;
  if (m === void 0) return [];
  const at2 = src.positionOf(["datasets", i, "model"]);
  if (d.modality === "image" && (m === "ngrams" || isTextModelPolicy(m))) {
    return [{ ...at2, message: `datasets.${i}.model: a text model cannot embed images; use default, pixels or an ONNX image backbone (path, sha256, input, output)` }];
  }
  if (d.modality === "text" && (m === "default" || m === "pixels" || typeof m === "object" && !isTextModelPolicy(m))) {
    const what = typeof m === "string" ? `'${m}' is an image model` : "an ONNX model without a tokenizer is an image backbone";
    return [{ ...at2, message: `datasets.${i}.model: ${what}; text datasets use ngrams (the default) or an ONNX text encoder with its tokenizer` }];
  }
  if (isTextModelPolicy(m) && /\.json$/i.test(m.tokenizer.path) && (m.tokenizer.lowercase !== void 0 || m.tokenizer.strip_accents !== void 0)) {
    return [
      {
        ...src.positionOf(["datasets", i, "model", "tokenizer"]),
        message: `datasets.${i}.model.tokenizer: ${m.tokenizer.path} defines its own normalizer; remove lowercase/strip_accents (they apply to vocab.txt files)`
      }
    ];
  }
  return [];
}
function semanticErrors(p, src, engineRules) {
  const out = [];
  const names = /* @__PURE__ */ new Set();
  p.datasets.forEach((d, i) => {
    if (names.has(d.name)) out.push({ ...src.positionOf(["datasets", i, "name"]), message: `duplicate dataset name '${d.name}'` });
    names.add(d.name);
    if ((d.layout === "csv" || d.layout === "jsonl") && !d.manifest) {
      out.push({ ...src.positionOf(["datasets", i]), message: `datasets.${i}: layout '${d.layout}' needs 'manifest'` });
    }
    if (d.layout === "table" && d.modality !== "text") {
      out.push({ ...src.positionOf(["datasets", i, "modality"]), message: `datasets.${i}: layout 'table' holds text rows; set modality: text` });
    }
    out.push(...modelErrors(d, i, src));
    if (d.layout === "table" && d.manifest) {
      out.push({ ...src.positionOf(["datasets", i, "manifest"]), message: `datasets.${i}: layout 'table' reads every table file under root; remove 'manifest'` });
    }
  });
  const rules2 = /* @__PURE__ */ new Set([...DETECTORS.map((d) => d.id), ...engineRules]);
  p.waivers.forEach((w, i) => {
    if (!rules2.has(w.rule)) {
      out.push({ ...src.positionOf(["waivers", i, "rule"]), message: `waivers.${i}.rule: unknown rule '${w.rule}'` });
    }
    if (Number.isNaN(Date.parse(`${w.expires}T00:00:00Z`))) {
      out.push({ ...src.positionOf(["waivers", i, "expires"]), message: `waivers.${i}.expires: not a date` });
    }
  });
  return out;
}
function loadPolicy(input) {
  const { source, errors } = YamlSource.parse(input.text, YAML_LIMITS);
  if (!source) throw new PolicyError(input.path, errors);
  const user = source.value;
  if (!isObject2(user)) throw new PolicyError(input.path, [{ line: 1, column: 1, message: "policy must be a YAML mapping" }]);
  let merged = {};
  const extendsList = Array.isArray(user["extends"]) ? user["extends"] : [];
  for (const [i, name] of extendsList.entries()) {
    let presetValue;
    try {
      const parsed = YamlSource.parse(presetText(String(name)), YAML_LIMITS);
      presetValue = parsed.source?.value;
    } catch {
      throw new PolicyError(input.path, [{ ...source.positionOf(["extends", i]), message: `unknown preset '${String(name)}'` }]);
    }
    merged = merge(merged, presetValue);
  }
  merged = merge(merged, user);
  const schemaErrors = relevant(validate(merged));
  if (schemaErrors.length > 0) {
    throw new PolicyError(
      input.path,
      schemaErrors.map((e) => {
        const key = e.keyword === "additionalProperties" ? String(e.params["additionalProperty"]) : void 0;
        return { ...source.positionOf(instancePath(e), key), message: describe3(e) };
      })
    );
  }
  const policy = withDefaults(merged);
  const semantic = semanticErrors(policy, source, ENGINE_RULES);
  if (semantic.length > 0) throw new PolicyError(input.path, semantic);
  return { policy, path: input.path, source: input.source, sha256: sha256Hex(input.text) };
}

// src/report/attachments.ts
import { promises as fs5 } from "node:fs";
import { basename, join as join6 } from "node:path";
var SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
function evidenceDir(reportPath) {
  return `${reportPath}.evidence`;
}
async function writeAttachments(report2, reportPath) {
  const dir = evidenceDir(reportPath);
  const written = /* @__PURE__ */ new Map();
  let fallback = 0;
  const findings = report2.findings.map((f) => {
    if (!f.attachments || f.attachments.length === 0) return f;
    const attachments = f.attachments.map((a) => {
      if (!a.data) return a;
      let name = SAFE_NAME.test(a.name) && !a.name.includes("..") ? a.name : `attachment-${++fallback}.png`;
      const prior = written.get(name);
      if (prior && !sameBytes(prior, a.data)) name = `${name.replace(/\.png$/, "")}-${++fallback}.png`;
      written.set(name, a.data);
      const { data: _data, ...rest } = a;
      return { ...rest, name, file: `${basename(dir)}/${name}` };
    });
    return { ...f, attachments };
  });
  if (written.size > 0) {
    await fs5.mkdir(dir, { recursive: true });
    for (const [name, data] of [...written].sort(([a], [b]) => a < b ? -1 : 1)) await fs5.writeFile(join6(dir, name), data);
  }
  return { ...report2, findings };
}
function stripAttachmentData(report2) {
  return {
    ...report2,
    findings: report2.findings.map(
      (f) => f.attachments ? { ...f, attachments: f.attachments.map(({ data: _data, ...rest }) => rest) } : f
    )
  };
}
function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// src/report/json.ts
function formatJson(report2) {
  return `${JSON.stringify(stripAttachmentData(report2), null, 2)}
`;
}

// src/report/sarif.ts
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function rules() {
  const detectorRules = DETECTORS.map((d) => ({ id: d.id, description: d.description, help: d.help, level: LEVEL[d.defaultSeverity] }));
  const engine = ENGINE_RULE_INFO.map((r) => ({ ...r, level: "error" }));
  return [...detectorRules, ...engine].map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: r.description },
    fullDescription: { text: r.description },
    help: { text: r.help },
    defaultConfiguration: { level: r.level }
  }));
}
function fingerprint(f) {
  return sha256Hex(`${f.rule}\0${f.path}\0${f.line ?? 0}\0${f.sha256 ?? f.message}`);
}
function formatSarif(report2) {
  const descriptors = rules();
  const index = new Map(descriptors.map((r, i) => [r.id, i]));
  const results = report2.findings.map((f) => ({
    ruleId: f.rule,
    ...index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {},
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: f.path.split("/").map(encodeURIComponent).join("/") },
          region: { startLine: f.line ?? 1, ...f.column ? { startColumn: f.column } : {} }
        }
      }
    ],
    partialFingerprints: { "poisongate/v1": fingerprint(f) },
    ...f.waived ? { suppressions: [{ kind: "external", status: "accepted", justification: `${f.waived.reason} (until ${f.waived.expires})` }] } : {},
    properties: {
      ...f.dataset ? { dataset: f.dataset } : {},
      ...f.sha256 ? { sha256: f.sha256 } : {},
      ...f.score !== void 0 ? { score: f.score } : {},
      ...f.threshold !== void 0 ? { threshold: f.threshold } : {}
    }
  }));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "poisongate",
            version: report2.tool.version,
            informationUri: "https://github.com/poisongate/poisongate",
            rules: descriptors
          }
        },
        automationDetails: { id: `poisongate/${report2.policy.path}/` },
        results,
        properties: { verdict: report2.verdict, enforcement: report2.enforcement }
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

// src/report/text.ts
var MAX_LISTED2 = 200;
function formatText(report2) {
  const lines = [];
  const { scope } = report2;
  lines.push(
    scope.mode === "pull-request" ? `poisongate ${report2.tool.version}: pull request ${scope.base?.slice(0, 7)}...${scope.head?.slice(0, 7)}, ${scope.changed_files} changed file(s)` : `poisongate ${report2.tool.version}: full scan of the working tree`
  );
  lines.push(`policy ${report2.policy.path} (${report2.policy.source.slice(0, 12)}), enforcement ${report2.enforcement}, fail_on ${report2.policy.fail_on}`);
  for (const d of report2.datasets) {
    lines.push(`  dataset ${d.name} (${d.layout}, ${d.modality}): ${d.candidates} candidate(s), ${d.unchecked} unchecked, ${d.reference} reference, ${d.removed} removed; detectors: ${d.detectors.join(", ")}`);
  }
  lines.push("");
  const shown = report2.findings.slice(0, MAX_LISTED2);
  for (const f of shown) {
    const where2 = `${escapeUntrusted(f.path)}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ""}` : ""}`;
    const waived = f.waived ? ` [waived: ${escapeUntrusted(f.waived.reason)}, until ${f.waived.expires}]` : "";
    lines.push(`${f.severity.padEnd(7)} ${f.rule.padEnd(16)} ${where2}`);
    lines.push(`        ${escapeUntrusted(f.message, 2e3)}${waived}`);
  }
  if (report2.findings.length > shown.length) lines.push(`\u2026 and ${report2.findings.length - shown.length} more finding(s) in the JSON report`);
  const c = report2.summary.findings;
  lines.push("");
  lines.push(`${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s), ${c.waived} waived; ${report2.summary.candidates} candidate(s), ${report2.summary.unchecked} unchecked`);
  if (report2.failed_rules.length > 0) {
    lines.push(`failing rules: ${report2.failed_rules.map((r) => `${r.rule} (${r.count})`).join(", ")}`);
  }
  const verdict = report2.verdict.toUpperCase();
  lines.push(report2.enforcement === "warn" && report2.would_fail ? `verdict: ${verdict} (enforcement: warn; would fail under enforce)` : `verdict: ${verdict}`);
  return `${lines.join("\n")}
`;
}

// src/report/format.ts
var FORMATS = ["text", "json", "sarif"];
function formatReport(report2, format2) {
  switch (format2) {
    case "json":
      return formatJson(report2);
    case "sarif":
      return formatSarif(report2);
    default:
      return formatText(report2);
  }
}

// src/context/changes.ts
function parseNameStatus(out) {
  const parts = out.split("\0");
  const changes = [];
  for (let i = 0; i < parts.length; ) {
    const code = parts[i++];
    if (!code) continue;
    const letter = code[0];
    if (letter === "R" || letter === "C") {
      const from = parts[i++];
      const to = parts[i++];
      changes.push(letter === "R" ? { status: "renamed", path: to, previousPath: from } : { status: "added", path: to });
    } else {
      const path = parts[i++];
      if (letter === "A") changes.push({ status: "added", path });
      else if (letter === "D") changes.push({ status: "removed", path });
      else changes.push({ status: "modified", path });
    }
  }
  return changes.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
async function diffChanges(cwd, base, head) {
  const out = await git(cwd, ["diff", "-z", "-M", "--name-status", "--no-ext-diff", `${base}...${head}`]);
  return { source: "git", changes: parseNameStatus(out.toString("utf8")) };
}

// src/dataset/candidates.ts
function selectCandidates(dataset, head, base, changes) {
  if (!base) return { candidates: head.samples, problems: head.problems, removed: [] };
  if (dataset.layout === "table") return selectChangedRows(head, base, changes);
  const changed = new Set(changes.filter((c) => c.status !== "removed").map((c) => c.path));
  const baseByPath = new Map(base.samples.map((s) => [s.path, s]));
  const headPaths = new Set(head.samples.map((s) => s.path));
  const manifestChanged = head.manifest !== void 0 && changed.has(head.manifest);
  const candidates = head.samples.filter((s) => {
    if (changed.has(s.path)) return true;
    const before = baseByPath.get(s.path);
    return !before || before.label !== s.label;
  });
  const problems = head.problems.filter((p) => changed.has(p.path) && (p.path !== head.manifest || manifestChanged));
  if (dataset.layout !== "imagefolder") {
    for (const c of changes) {
      if (c.status !== "removed" && isUnder(c.path, dataset.root) && c.path !== head.manifest && !headPaths.has(c.path)) {
        problems.push({
          path: c.path,
          severity: "notice",
          message: `is not listed in ${head.manifest}, so it is not part of the dataset and was not checked`
        });
      }
    }
  }
  const removed = base.samples.filter((s) => !headPaths.has(s.path));
  return { candidates, problems, removed };
}
function rowKey(s) {
  return `${s.label}\0${s.inline ?? ""}`;
}
function byPosition(a, b) {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0);
}
function selectChangedRows(head, base, changes) {
  const changed = new Set(changes.filter((c) => c.status !== "removed").map((c) => c.path));
  const available = /* @__PURE__ */ new Map();
  for (const s of base.samples) available.set(rowKey(s), (available.get(rowKey(s)) ?? 0) + 1);
  const ordered = [...head.samples].sort((a, b) => Number(changed.has(a.path)) - Number(changed.has(b.path)) || byPosition(a, b));
  const candidates = [];
  for (const s of ordered) {
    const key = rowKey(s);
    const left = available.get(key) ?? 0;
    if (left > 0) available.set(key, left - 1);
    else candidates.push(s);
  }
  const removed = [];
  const headCount = /* @__PURE__ */ new Map();
  for (const s of head.samples) headCount.set(rowKey(s), (headCount.get(rowKey(s)) ?? 0) + 1);
  const unreadable = new Set(head.problems.filter((p) => p.line === void 0 || !p.fingerprint).map((p) => p.path));
  for (const s of [...base.samples].sort(byPosition)) {
    if (unreadable.has(s.path)) continue;
    const key = rowKey(s);
    const left = headCount.get(key) ?? 0;
    if (left > 0) headCount.set(key, left - 1);
    else removed.push(s);
  }
  const known = /* @__PURE__ */ new Map();
  for (const p of base.problems) if (p.fingerprint) known.set(p.fingerprint, (known.get(p.fingerprint) ?? 0) + 1);
  const problems = head.problems.filter((p) => {
    if (!changed.has(p.path)) return false;
    const left = p.fingerprint ? known.get(p.fingerprint) ?? 0 : 0;
    if (left === 0) return true;
    known.set(p.fingerprint, left - 1);
    return false;
  });
  return { candidates: candidates.sort(byPosition), problems, removed };
}

// src/context/content.ts
async function readContent(path, tree, maxBytes, gitDir2) {
  let bytes;
  try {
    bytes = await tree.read(path, maxBytes);
  } catch (err) {
    if (err instanceof ReadError) return { problem: { code: err.code, message: err.message } };
    return { problem: { code: "unreadable", message: `cannot be read: ${err.message}` } };
  }
  const pointer = parseLfsPointer(bytes);
  if (!pointer) return { bytes };
  const content = gitDir2 ? await readLfsObject(gitDir2, pointer, maxBytes) : { status: "missing" };
  const lfs = { oid: pointer.oid, size: pointer.size, fetched: content.status === "fetched" };
  switch (content.status) {
    case "fetched":
      return { bytes: content.bytes, lfs };
    case "missing":
      return {
        lfs,
        oid: pointer.oid,
        problem: {
          code: "lfs-pointer",
          message: "is a Git LFS pointer whose content was not fetched: set 'lfs: true' on actions/checkout (or run 'git lfs pull')",
          evidence: { oid: pointer.oid, size: pointer.size }
        }
      };
    case "too-large":
      return { lfs, problem: { code: "too-large", message: `LFS content of ${pointer.size} bytes is over the limit of ${maxBytes}` } };
    case "corrupt":
      return {
        lfs,
        problem: {
          code: "lfs-corrupt",
          message: `LFS content does not match its pointer: sha256 ${content.actual.slice(0, 12)}\u2026 \u2260 oid ${pointer.oid.slice(0, 12)}\u2026`,
          evidence: { oid: pointer.oid, actual: content.actual }
        }
      };
  }
}

// src/util/glob.ts
function globToRegExp(glob) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") {
      if (glob[i + 1] === "*") {
        const slash = glob[i + 2] === "/";
        re += slash ? "(?:.*/)?" : ".*";
        i += slash ? 2 : 1;
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
function matchesAny(path, globs) {
  return globs.some((g) => globToRegExp(g).test(path));
}

// src/util/utf8.ts
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
function firstInvalidUtf8(b) {
  for (let i = 0; i < b.length; ) {
    const x = b[i];
    const n = x < 128 ? 1 : x >= 194 && x < 224 ? 2 : x >= 224 && x < 240 ? 3 : x >= 240 && x < 245 ? 4 : 0;
    if (n === 0 || i + n > b.length) return i;
    for (let j = 1; j < n; j++) if ((b[i + j] & 192) !== 128) return i;
    try {
      decoder.decode(b.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return b.length;
}

// src/dataset/parquet.ts
import * as zlib from "node:zlib";

// node_modules/hyparquet/src/constants.js
var ParquetTypes = [
  "BOOLEAN",
  "INT32",
  "INT64",
  "INT96",
  // deprecated
  "FLOAT",
  "DOUBLE",
  "BYTE_ARRAY",
  "FIXED_LEN_BYTE_ARRAY"
];
var Encodings = [
  "PLAIN",
  "GROUP_VAR_INT",
  // deprecated
  "PLAIN_DICTIONARY",
  "RLE",
  "BIT_PACKED",
  // deprecated
  "DELTA_BINARY_PACKED",
  "DELTA_LENGTH_BYTE_ARRAY",
  "DELTA_BYTE_ARRAY",
  "RLE_DICTIONARY",
  "BYTE_STREAM_SPLIT"
];
var FieldRepetitionTypes = [
  "REQUIRED",
  "OPTIONAL",
  "REPEATED"
];
var ConvertedTypes = [
  "UTF8",
  "MAP",
  "MAP_KEY_VALUE",
  "LIST",
  "ENUM",
  "DECIMAL",
  "DATE",
  "TIME_MILLIS",
  "TIME_MICROS",
  "TIMESTAMP_MILLIS",
  "TIMESTAMP_MICROS",
  "UINT_8",
  "UINT_16",
  "UINT_32",
  "UINT_64",
  "INT_8",
  "INT_16",
  "INT_32",
  "INT_64",
  "JSON",
  "BSON",
  "INTERVAL"
];
var CompressionCodecs = [
  "UNCOMPRESSED",
  "SNAPPY",
  "GZIP",
  "LZO",
  "BROTLI",
  "LZ4",
  "ZSTD",
  "LZ4_RAW"
];
var PageTypes = [
  "DATA_PAGE",
  "INDEX_PAGE",
  "DICTIONARY_PAGE",
  "DATA_PAGE_V2"
];
var BoundaryOrders = [
  "UNORDERED",
  "ASCENDING",
  "DESCENDING"
];
var EdgeInterpolationAlgorithms = [
  "SPHERICAL",
  "VINCENTY",
  "THOMAS",
  "ANDOYER",
  "KARNEY"
];

// node_modules/hyparquet/src/wkb.js
function wkbToGeojson(reader) {
  const flags = getFlags(reader);
  if (flags.type === 1) {
    return { type: "Point", coordinates: readPosition(reader, flags) };
  } else if (flags.type === 2) {
    return { type: "LineString", coordinates: readLine(reader, flags) };
  } else if (flags.type === 3) {
    return { type: "Polygon", coordinates: readPolygon(reader, flags) };
  } else if (flags.type === 4) {
    const points = [];
    for (let i = 0; i < flags.count; i++) {
      points.push(readPosition(reader, getFlags(reader)));
    }
    return { type: "MultiPoint", coordinates: points };
  } else if (flags.type === 5) {
    const lines = [];
    for (let i = 0; i < flags.count; i++) {
      lines.push(readLine(reader, getFlags(reader)));
    }
    return { type: "MultiLineString", coordinates: lines };
  } else if (flags.type === 6) {
    const polygons = [];
    for (let i = 0; i < flags.count; i++) {
      polygons.push(readPolygon(reader, getFlags(reader)));
    }
    return { type: "MultiPolygon", coordinates: polygons };
  } else if (flags.type === 7) {
    const geometries2 = [];
    for (let i = 0; i < flags.count; i++) {
      geometries2.push(wkbToGeojson(reader));
    }
    return { type: "GeometryCollection", geometries: geometries2 };
  } else {
    throw new Error(`Unsupported geometry type: ${flags.type}`);
  }
}
function getFlags(reader) {
  const { view } = reader;
  const littleEndian = view.getUint8(reader.offset++) === 1;
  const rawType = view.getUint32(reader.offset, littleEndian);
  reader.offset += 4;
  const type = rawType % 1e3;
  const flags = Math.floor(rawType / 1e3);
  let count = 0;
  if (type > 1 && type <= 7) {
    count = view.getUint32(reader.offset, littleEndian);
    reader.offset += 4;
  }
  let dim = 2;
  if (flags) dim++;
  if (flags === 3) dim++;
  return { littleEndian, type, dim, count };
}
function readPosition(reader, flags) {
  const points = [];
  for (let i = 0; i < flags.dim; i++) {
    const coord = reader.view.getFloat64(reader.offset, flags.littleEndian);
    reader.offset += 8;
    points.push(coord);
  }
  return points;
}
function readLine(reader, flags) {
  const points = [];
  for (let i = 0; i < flags.count; i++) {
    points.push(readPosition(reader, flags));
  }
  return points;
}
function readPolygon(reader, flags) {
  const { view } = reader;
  const rings = [];
  for (let r = 0; r < flags.count; r++) {
    const count = view.getUint32(reader.offset, flags.littleEndian);
    reader.offset += 4;
    rings.push(readLine(reader, { ...flags, count }));
  }
  return rings;
}

// node_modules/hyparquet/src/convert.js
var decoder2 = new TextDecoder();
var DEFAULT_PARSERS = {
  timestampFromMilliseconds(millis) {
    return new Date(Number(millis));
  },
  timestampFromMicroseconds(micros) {
    return new Date(Number(micros / 1000n));
  },
  timestampFromNanoseconds(nanos) {
    return new Date(Number(nanos / 1000000n));
  },
  dateFromDays(days) {
    return new Date(days * 864e5);
  },
  stringFromBytes(bytes) {
    return bytes && decoder2.decode(bytes);
  },
  jsonFromBytes(bytes) {
    return bytes && JSON.parse(decoder2.decode(bytes));
  },
  geometryFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 });
  },
  geographyFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 });
  },
  uuidFromBytes(bytes) {
    if (!bytes) return void 0;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20, 32);
  }
};
function convertWithDictionary(data, dictionary, encoding, columnDecoder) {
  if (dictionary && encoding.endsWith("_DICTIONARY")) {
    let output = data;
    if (data instanceof Uint8Array && !(dictionary instanceof Uint8Array)) {
      output = new dictionary.constructor(data.length);
    }
    for (let i = 0; i < data.length; i++) {
      output[i] = dictionary[data[i]];
    }
    return output;
  } else {
    return convert(data, columnDecoder);
  }
}
function convert(data, columnDecoder) {
  const { element, parsers, utf8 = true, schemaPath } = columnDecoder;
  const { type, converted_type: ctype, logical_type: ltype } = element;
  const nullable = element.repetition_type !== "REQUIRED";
  const isVariant = schemaPath?.some((s) => s.element.logical_type?.type === "VARIANT");
  if (isVariant && type === "BYTE_ARRAY" && ctype !== "UTF8" && ltype?.type !== "STRING") {
    return data;
  }
  if (ctype === "DECIMAL") {
    const scale = element.scale || 0;
    const factor = 10 ** -scale;
    const arr = new Array(data.length);
    for (let i = 0; i < arr.length; i++) {
      if (data[i] instanceof Uint8Array) {
        arr[i] = parseDecimal(data[i]) * factor;
      } else {
        arr[i] = Number(data[i]) * factor;
      }
    }
    return arr;
  }
  if (!ctype && type === "INT96") {
    return Array.from(data).map((v) => parsers.timestampFromNanoseconds(parseInt96Nanos(v)));
  }
  if (ctype === "DATE") {
    return Array.from(data).map((v) => parsers.dateFromDays(v));
  }
  if (ctype === "TIMESTAMP_MILLIS") {
    return Array.from(data).map((v) => parsers.timestampFromMilliseconds(v));
  }
  if (ctype === "TIMESTAMP_MICROS") {
    return Array.from(data).map((v) => parsers.timestampFromMicroseconds(v));
  }
  if (ctype === "JSON") {
    return data.map((v) => parsers.jsonFromBytes(v));
  }
  if (ctype === "BSON") {
    throw new Error("parquet bson not supported");
  }
  if (ctype === "INTERVAL") {
    throw new Error("parquet interval not supported");
  }
  if (ltype?.type === "GEOMETRY") {
    return data.map((v) => parsers.geometryFromBytes(v));
  }
  if (ltype?.type === "GEOGRAPHY") {
    return data.map((v) => parsers.geographyFromBytes(v));
  }
  if (ltype?.type === "UUID") {
    return data.map((v) => parsers.uuidFromBytes(v));
  }
  if (ctype === "UTF8" || ltype?.type === "STRING" || utf8 && type === "BYTE_ARRAY") {
    return data.map((v) => parsers.stringFromBytes(v));
  }
  if (ctype === "UINT_64" || ltype?.type === "INTEGER" && ltype.bitWidth === 64 && !ltype.isSigned) {
    if (data instanceof BigInt64Array) return new BigUint64Array(data.buffer, data.byteOffset, data.length);
    const arr = nullable ? new Array(data.length) : new BigUint64Array(data.length);
    for (let i = 0; i < arr.length; i++) arr[i] = data[i];
    return arr;
  }
  if (ctype === "UINT_32" || ltype?.type === "INTEGER" && ltype.bitWidth === 32 && !ltype.isSigned) {
    if (data instanceof Int32Array) return new Uint32Array(data.buffer, data.byteOffset, data.length);
    const arr = nullable ? new Array(data.length) : new Uint32Array(data.length);
    for (let i = 0; i < arr.length; i++) {
      arr[i] = data[i] < 0 ? 4294967296 + data[i] : data[i];
    }
    return arr;
  }
  if (ltype?.type === "FLOAT16") {
    return Array.from(data).map(parseFloat16);
  }
  if (ltype?.type === "TIMESTAMP") {
    const { unit } = ltype;
    let parser = parsers.timestampFromMilliseconds;
    if (unit === "MICROS") parser = parsers.timestampFromMicroseconds;
    if (unit === "NANOS") parser = parsers.timestampFromNanoseconds;
    const arr = new Array(data.length);
    for (let i = 0; i < arr.length; i++) {
      arr[i] = parser(data[i]);
    }
    return arr;
  }
  return data;
}
function parseDecimal(bytes) {
  if (!bytes.length) return 0;
  let value = 0n;
  for (const byte of bytes) {
    value = value * 256n + BigInt(byte);
  }
  const bits = bytes.length * 8;
  if (value >= 2n ** BigInt(bits - 1)) {
    value -= 2n ** BigInt(bits);
  }
  return Number(value);
}
function parseInt96Nanos(value) {
  const days = (value >> 64n) - 2440588n;
  const nano = value & 0xffffffffffffffffn;
  return days * 86400000000000n + nano;
}
function parseFloat16(bytes) {
  if (!bytes) return void 0;
  const int16 = bytes[1] << 8 | bytes[0];
  const sign = int16 >> 15 ? -1 : 1;
  const exp = int16 >> 10 & 31;
  const frac = int16 & 1023;
  if (exp === 0) return sign * 2 ** -14 * (frac / 1024);
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * 2 ** (exp - 15) * (1 + frac / 1024);
}

// node_modules/hyparquet/src/schema.js
function schemaTree(schema, rootIndex, path) {
  const element = schema[rootIndex];
  const children = [];
  let count = 1;
  if (element.num_children) {
    while (children.length < element.num_children) {
      const childElement = schema[rootIndex + count];
      const child = schemaTree(schema, rootIndex + count, [...path, childElement.name]);
      count += child.count;
      children.push(child);
    }
  }
  return { count, element, children, path };
}
function getSchemaPath(schema, name) {
  return getTreePath(schemaTree(schema, 0, []), name);
}
function getTreePath(tree, name) {
  const path = [tree];
  for (const part of name) {
    const child = tree.children.find((child2) => child2.element.name === part);
    if (!child) throw new Error(`parquet schema element not found: ${name}`);
    path.push(child);
    tree = child;
  }
  return path;
}
function getPhysicalColumns(schemaTree2) {
  const columns = [];
  function traverse(node) {
    if (node.children.length) {
      for (const child of node.children) {
        traverse(child);
      }
    } else {
      columns.push(node.path.join("."));
    }
  }
  traverse(schemaTree2);
  return columns;
}
function getMaxRepetitionLevel(schemaPath) {
  let maxLevel = 0;
  for (const { element } of schemaPath) {
    if (element.repetition_type === "REPEATED") {
      maxLevel++;
    }
  }
  return maxLevel;
}
function getMaxDefinitionLevel(schemaPath) {
  let maxLevel = 0;
  for (const { element } of schemaPath.slice(1)) {
    if (element.repetition_type !== "REQUIRED") {
      maxLevel++;
    }
  }
  return maxLevel;
}
function isListLike(schema) {
  if (!schema) return false;
  if (schema.element.converted_type !== "LIST") return false;
  if (schema.children.length > 1) return false;
  const firstChild = schema.children[0];
  if (firstChild.children.length > 1) return false;
  if (firstChild.element.repetition_type !== "REPEATED") return false;
  return true;
}
function isMapLike(schema) {
  if (!schema) return false;
  if (schema.element.converted_type !== "MAP") return false;
  if (schema.children.length > 1) return false;
  const firstChild = schema.children[0];
  if (firstChild.children.length !== 2) return false;
  if (firstChild.element.repetition_type !== "REPEATED") return false;
  const keyChild = firstChild.children.find((child) => child.element.name === "key");
  if (keyChild?.element.repetition_type === "REPEATED") return false;
  const valueChild = firstChild.children.find((child) => child.element.name === "value");
  if (valueChild?.element.repetition_type === "REPEATED") return false;
  return true;
}
function isFlatColumn(schemaPath) {
  if (schemaPath.length !== 2) return false;
  const [, column] = schemaPath;
  if (column.element.repetition_type === "REPEATED") return false;
  if (column.children.length) return false;
  return true;
}

// node_modules/hyparquet/src/thrift.js
var STOP = 0;
var TRUE = 1;
var FALSE = 2;
var BYTE = 3;
var I16 = 4;
var I32 = 5;
var I64 = 6;
var DOUBLE2 = 7;
var BINARY = 8;
var LIST = 9;
var STRUCT = 12;
function deserializeTCompactProtocol(reader) {
  const value = {};
  let fid = 0;
  while (true) {
    if (reader.offset >= reader.view.byteLength) throw new Error("thrift struct ended without STOP");
    const byte = reader.view.getUint8(reader.offset++);
    const type = byte & 15;
    if (type === STOP) break;
    const delta = byte >> 4;
    fid = delta ? fid + delta : readZigZag(reader);
    value[`field_${fid}`] = readElement(reader, type);
  }
  return value;
}
function readElement(reader, type) {
  switch (type) {
    case TRUE:
      return true;
    case FALSE:
      return false;
    case BYTE:
      return reader.view.getInt8(reader.offset++);
    case I16:
    case I32:
      return readZigZag(reader);
    case I64:
      return readZigZagBigInt(reader);
    case DOUBLE2: {
      const value = reader.view.getFloat64(reader.offset, true);
      reader.offset += 8;
      return value;
    }
    case BINARY: {
      const stringLength = readVarInt(reader);
      if (reader.offset + stringLength > reader.view.byteLength) {
        throw new Error(`thrift binary length ${stringLength} exceeds remaining ${reader.view.byteLength - reader.offset} bytes`);
      }
      const strBytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, stringLength);
      reader.offset += stringLength;
      return strBytes;
    }
    case LIST: {
      const byte = reader.view.getUint8(reader.offset++);
      const elemType = byte & 15;
      let listSize = byte >> 4;
      if (listSize === 15) {
        listSize = readVarInt(reader);
      }
      const boolType = elemType === TRUE || elemType === FALSE;
      const values = new Array(listSize);
      for (let i = 0; i < listSize; i++) {
        values[i] = boolType ? readElement(reader, BYTE) === 1 : readElement(reader, elemType);
      }
      return values;
    }
    case STRUCT:
      return deserializeTCompactProtocol(reader);
    default:
      throw new Error(`thrift unhandled type: ${type}`);
  }
}
function readVarInt(reader) {
  let result = 0;
  let shift = 0;
  while (true) {
    const byte = reader.view.getUint8(reader.offset++);
    result |= (byte & 127) << shift;
    if (!(byte & 128)) {
      return result;
    }
    shift += 7;
  }
}
function readVarBigInt(reader) {
  let result = 0n;
  let shift = 0n;
  while (true) {
    const byte = reader.view.getUint8(reader.offset++);
    result |= BigInt(byte & 127) << shift;
    if (!(byte & 128)) {
      return result;
    }
    shift += 7n;
  }
}
function readZigZag(reader) {
  const zigzag = readVarInt(reader);
  return zigzag >>> 1 ^ -(zigzag & 1);
}
function readZigZagBigInt(reader) {
  const zigzag = readVarBigInt(reader);
  return zigzag >> 1n ^ -(zigzag & 1n);
}

// node_modules/hyparquet/src/geoparquet.js
function markGeoColumns(schema, key_value_metadata) {
  const columns = /* @__PURE__ */ new Map();
  const geo = key_value_metadata?.find(({ key }) => key === "geo")?.value;
  const decodedColumns = (geo && JSON.parse(geo)?.columns) ?? {};
  for (const [name, column] of Object.entries(decodedColumns)) {
    if (column.encoding !== "WKB") continue;
    const type = column.edges === "spherical" ? "GEOGRAPHY" : "GEOMETRY";
    const id = column.crs?.id ?? column.crs?.ids?.[0];
    const crs = id ? `${id.authority}:${id.code.toString()}` : void 0;
    columns.set(name, { type, crs });
  }
  for (let i = 1; i < schema.length; i++) {
    const { logical_type, name, num_children, type } = schema[i];
    if (num_children) {
      i += num_children;
      continue;
    }
    if (type === "BYTE_ARRAY" && !logical_type) {
      schema[i].logical_type = columns.get(name);
    }
  }
}

// node_modules/hyparquet/src/metadata.js
var defaultInitialFetchSize = 1 << 19;
var decoder3 = new TextDecoder();
function decode(value) {
  return value && decoder3.decode(value);
}
async function parquetMetadataAsync(asyncBuffer, { parsers, initialFetchSize = defaultInitialFetchSize, geoparquet = true } = {}) {
  if (!asyncBuffer || !(asyncBuffer.byteLength >= 0)) throw new Error("parquet expected AsyncBuffer");
  const footerOffset = Math.max(0, asyncBuffer.byteLength - initialFetchSize);
  const footerBuffer = await asyncBuffer.slice(footerOffset, asyncBuffer.byteLength);
  const footerView = new DataView(footerBuffer);
  if (footerView.getUint32(footerBuffer.byteLength - 4, true) !== 827474256) {
    throw new Error("parquet file invalid (footer != PAR1)");
  }
  const metadataLength = footerView.getUint32(footerBuffer.byteLength - 8, true);
  if (metadataLength > asyncBuffer.byteLength - 8) {
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${asyncBuffer.byteLength - 8}`);
  }
  if (metadataLength + 8 > initialFetchSize) {
    const metadataOffset = asyncBuffer.byteLength - metadataLength - 8;
    const metadataBuffer = await asyncBuffer.slice(metadataOffset, footerOffset);
    const combinedBuffer = new ArrayBuffer(metadataLength + 8);
    const combinedView = new Uint8Array(combinedBuffer);
    combinedView.set(new Uint8Array(metadataBuffer));
    combinedView.set(new Uint8Array(footerBuffer), footerOffset - metadataOffset);
    return parquetMetadata(combinedBuffer, { parsers, geoparquet });
  } else {
    return parquetMetadata(footerBuffer, { parsers, geoparquet });
  }
}
function parquetMetadata(arrayBuffer, { parsers, geoparquet = true } = {}) {
  let view;
  if (arrayBuffer instanceof ArrayBuffer) {
    view = new DataView(arrayBuffer);
  } else if (arrayBuffer instanceof Uint8Array) {
    view = new DataView(arrayBuffer.buffer, arrayBuffer.byteOffset, arrayBuffer.byteLength);
  } else {
    throw new Error("parquet expected ArrayBuffer or Uint8Array");
  }
  const allParsers = { ...DEFAULT_PARSERS, ...parsers };
  if (view.byteLength < 8) {
    throw new Error("parquet file is too short");
  }
  if (view.getUint32(view.byteLength - 4, true) !== 827474256) {
    throw new Error("parquet file invalid (footer != PAR1)");
  }
  const metadataLengthOffset = view.byteLength - 8;
  const metadataLength = view.getUint32(metadataLengthOffset, true);
  if (metadataLength > view.byteLength - 8) {
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${view.byteLength - 8}`);
  }
  const metadataOffset = metadataLengthOffset - metadataLength;
  const reader = { view, offset: metadataOffset };
  const metadata = deserializeTCompactProtocol(reader);
  const version = metadata.field_1;
  const schema = metadata.field_2.map((field2) => ({
    type: ParquetTypes[field2.field_1],
    type_length: field2.field_2,
    repetition_type: FieldRepetitionTypes[field2.field_3],
    name: decode(field2.field_4),
    num_children: field2.field_5,
    converted_type: ConvertedTypes[field2.field_6],
    scale: field2.field_7,
    precision: field2.field_8,
    field_id: field2.field_9,
    logical_type: logicalType(field2.field_10)
  }));
  const columnSchema = schema.filter((e) => e.type);
  const num_rows = metadata.field_3;
  const row_groups = metadata.field_4.map((rowGroup) => ({
    columns: rowGroup.field_1.map((column, columnIndex) => ({
      file_path: decode(column.field_1),
      file_offset: column.field_2,
      meta_data: column.field_3 && {
        type: ParquetTypes[column.field_3.field_1],
        encodings: column.field_3.field_2?.map((e) => Encodings[e]),
        path_in_schema: column.field_3.field_3.map(decode),
        codec: CompressionCodecs[column.field_3.field_4],
        num_values: column.field_3.field_5,
        total_uncompressed_size: column.field_3.field_6,
        total_compressed_size: column.field_3.field_7,
        key_value_metadata: column.field_3.field_8?.map((kv) => ({
          key: decode(kv.field_1),
          value: decode(kv.field_2)
        })),
        data_page_offset: column.field_3.field_9,
        index_page_offset: column.field_3.field_10,
        dictionary_page_offset: column.field_3.field_11,
        statistics: convertStats(column.field_3.field_12, columnSchema[columnIndex], allParsers),
        encoding_stats: column.field_3.field_13?.map((encodingStat) => ({
          page_type: PageTypes[encodingStat.field_1],
          encoding: Encodings[encodingStat.field_2],
          count: encodingStat.field_3
        })),
        bloom_filter_offset: column.field_3.field_14,
        bloom_filter_length: column.field_3.field_15,
        size_statistics: column.field_3.field_16 && {
          unencoded_byte_array_data_bytes: column.field_3.field_16.field_1,
          repetition_level_histogram: column.field_3.field_16.field_2,
          definition_level_histogram: column.field_3.field_16.field_3
        },
        geospatial_statistics: column.field_3.field_17 && {
          bbox: column.field_3.field_17.field_1 && {
            xmin: column.field_3.field_17.field_1.field_1,
            xmax: column.field_3.field_17.field_1.field_2,
            ymin: column.field_3.field_17.field_1.field_3,
            ymax: column.field_3.field_17.field_1.field_4,
            zmin: column.field_3.field_17.field_1.field_5,
            zmax: column.field_3.field_17.field_1.field_6,
            mmin: column.field_3.field_17.field_1.field_7,
            mmax: column.field_3.field_17.field_1.field_8
          },
          geospatial_types: column.field_3.field_17.field_2
        }
      },
      offset_index_offset: column.field_4,
      offset_index_length: column.field_5,
      column_index_offset: column.field_6,
      column_index_length: column.field_7,
      crypto_metadata: column.field_8,
      encrypted_column_metadata: column.field_9
    })),
    total_byte_size: rowGroup.field_2,
    num_rows: rowGroup.field_3,
    sorting_columns: rowGroup.field_4?.map((sortingColumn) => ({
      column_idx: sortingColumn.field_1,
      descending: sortingColumn.field_2,
      nulls_first: sortingColumn.field_3
    })),
    file_offset: rowGroup.field_5,
    total_compressed_size: rowGroup.field_6,
    ordinal: rowGroup.field_7
  }));
  const key_value_metadata = metadata.field_5?.map((kv) => ({
    key: decode(kv.field_1),
    value: decode(kv.field_2)
  }));
  const created_by = decode(metadata.field_6);
  if (geoparquet) {
    markGeoColumns(schema, key_value_metadata);
  }
  return {
    version,
    schema,
    num_rows,
    row_groups,
    key_value_metadata,
    created_by,
    metadata_length: metadataLength
  };
}
function parquetSchema({ schema }) {
  return getSchemaPath(schema, [])[0];
}
function logicalType(logicalType2) {
  if (logicalType2?.field_1) return { type: "STRING" };
  if (logicalType2?.field_2) return { type: "MAP" };
  if (logicalType2?.field_3) return { type: "LIST" };
  if (logicalType2?.field_4) return { type: "ENUM" };
  if (logicalType2?.field_5) return {
    type: "DECIMAL",
    scale: logicalType2.field_5.field_1,
    precision: logicalType2.field_5.field_2
  };
  if (logicalType2?.field_6) return { type: "DATE" };
  if (logicalType2?.field_7) return {
    type: "TIME",
    isAdjustedToUTC: logicalType2.field_7.field_1,
    unit: timeUnit(logicalType2.field_7.field_2)
  };
  if (logicalType2?.field_8) return {
    type: "TIMESTAMP",
    isAdjustedToUTC: logicalType2.field_8.field_1,
    unit: timeUnit(logicalType2.field_8.field_2)
  };
  if (logicalType2?.field_10) return {
    type: "INTEGER",
    bitWidth: logicalType2.field_10.field_1,
    isSigned: logicalType2.field_10.field_2
  };
  if (logicalType2?.field_11) return { type: "NULL" };
  if (logicalType2?.field_12) return { type: "JSON" };
  if (logicalType2?.field_13) return { type: "BSON" };
  if (logicalType2?.field_14) return { type: "UUID" };
  if (logicalType2?.field_15) return { type: "FLOAT16" };
  if (logicalType2?.field_16) return {
    type: "VARIANT",
    specification_version: logicalType2.field_16.field_1
  };
  if (logicalType2?.field_17) return {
    type: "GEOMETRY",
    crs: decode(logicalType2.field_17.field_1)
  };
  if (logicalType2?.field_18) return {
    type: "GEOGRAPHY",
    crs: decode(logicalType2.field_18.field_1),
    algorithm: EdgeInterpolationAlgorithms[logicalType2.field_18.field_2]
  };
  return logicalType2;
}
function timeUnit(unit) {
  if (unit.field_1) return "MILLIS";
  if (unit.field_2) return "MICROS";
  if (unit.field_3) return "NANOS";
  throw new Error("parquet time unit required");
}
function convertStats(stats, schema, parsers) {
  return stats && {
    max: convertMetadata(stats.field_1, schema, parsers),
    min: convertMetadata(stats.field_2, schema, parsers),
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: convertMetadata(stats.field_5, schema, parsers),
    min_value: convertMetadata(stats.field_6, schema, parsers),
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8
  };
}
function convertMetadata(value, schema, parsers) {
  const { type, converted_type, logical_type } = schema;
  if (value === void 0) return value;
  if (type === "BOOLEAN") return value[0] === 1;
  if (type === "BYTE_ARRAY") return parsers.stringFromBytes(value);
  const view = new DataView(value.buffer, value.byteOffset, value.byteLength);
  if (type === "FLOAT" && view.byteLength === 4) return view.getFloat32(0, true);
  if (type === "DOUBLE" && view.byteLength === 8) return view.getFloat64(0, true);
  if (type === "INT32" && converted_type === "DECIMAL" && view.byteLength === 4) {
    return view.getInt32(0, true) * 10 ** -(schema.scale || 0);
  }
  if (type === "INT64" && converted_type === "DECIMAL" && view.byteLength === 8) {
    return Number(view.getBigInt64(0, true)) * 10 ** -(schema.scale || 0);
  }
  if (type === "INT32" && converted_type === "DATE") return parsers.dateFromDays(view.getInt32(0, true));
  if (type === "INT64" && converted_type === "TIMESTAMP_MILLIS") return parsers.timestampFromMilliseconds(view.getBigInt64(0, true));
  if (type === "INT64" && converted_type === "TIMESTAMP_MICROS") return parsers.timestampFromMicroseconds(view.getBigInt64(0, true));
  if (type === "INT64" && logical_type?.type === "TIMESTAMP" && logical_type?.unit === "NANOS") return parsers.timestampFromNanoseconds(view.getBigInt64(0, true));
  if (type === "INT64" && logical_type?.type === "TIMESTAMP" && logical_type?.unit === "MICROS") return parsers.timestampFromMicroseconds(view.getBigInt64(0, true));
  if (type === "INT64" && logical_type?.type === "TIMESTAMP") return parsers.timestampFromMilliseconds(view.getBigInt64(0, true));
  const unsigned = converted_type?.startsWith("UINT_") || logical_type?.type === "INTEGER" && !logical_type.isSigned;
  if (type === "INT32" && unsigned && view.byteLength === 4) return view.getUint32(0, true);
  if (type === "INT64" && unsigned && view.byteLength === 8) return view.getBigUint64(0, true);
  if (type === "INT32" && view.byteLength === 4) return view.getInt32(0, true);
  if (type === "INT64" && view.byteLength === 8) return view.getBigInt64(0, true);
  if (converted_type === "DECIMAL") return parseDecimal(value) * 10 ** -(schema.scale || 0);
  if (logical_type?.type === "FLOAT16") return parseFloat16(value);
  if (logical_type?.type === "UUID") return parsers.uuidFromBytes(value);
  if (type === "FIXED_LEN_BYTE_ARRAY") return value;
  return value;
}

// node_modules/hyparquet/src/indexes.js
function readColumnIndex(reader, schema, parsers = void 0) {
  const allParsers = { ...DEFAULT_PARSERS, ...parsers };
  const thrift = deserializeTCompactProtocol(reader);
  return {
    null_pages: thrift.field_1,
    min_values: thrift.field_2.map((m) => convertMetadata(m, schema, allParsers)),
    max_values: thrift.field_3.map((m) => convertMetadata(m, schema, allParsers)),
    boundary_order: BoundaryOrders[thrift.field_4],
    null_counts: thrift.field_5,
    repetition_level_histograms: thrift.field_6,
    definition_level_histograms: thrift.field_7
  };
}
function readOffsetIndex(reader) {
  const thrift = deserializeTCompactProtocol(reader);
  return {
    // @ts-ignore
    page_locations: thrift.field_1.map((loc) => ({
      offset: loc.field_1,
      compressed_page_size: loc.field_2,
      first_row_index: loc.field_3
    })),
    unencoded_byte_array_data_bytes: thrift.field_2
  };
}

// node_modules/hyparquet/src/xxhash.js
var MASK = 0xffffffffffffffffn;
var PRIME1 = 0x9e3779b185ebca87n;
var PRIME2 = 0xc2b2ae3d27d4eb4fn;
var PRIME3 = 0x165667b19e3779f9n;
var PRIME4 = 0x85ebca77c2b2ae63n;
var PRIME5 = 0x27d4eb2f165667c5n;
function rotl64(x, r) {
  return (x << r | x >> 64n - r) & MASK;
}
function round2(acc, val) {
  acc = acc + val * PRIME2 & MASK;
  acc = rotl64(acc, 31n);
  return acc * PRIME1 & MASK;
}
function mergeRound(acc, val) {
  acc ^= round2(0n, val);
  return acc * PRIME1 + PRIME4 & MASK;
}
function xxhash64(input, seed = 0n) {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const len = input.byteLength;
  let offset = 0;
  let h64;
  if (len >= 32) {
    let v1 = seed + PRIME1 + PRIME2 & MASK;
    let v2 = seed + PRIME2 & MASK;
    let v3 = seed;
    let v4 = seed - PRIME1 & MASK;
    while (offset + 32 <= len) {
      v1 = round2(v1, view.getBigUint64(offset, true));
      offset += 8;
      v2 = round2(v2, view.getBigUint64(offset, true));
      offset += 8;
      v3 = round2(v3, view.getBigUint64(offset, true));
      offset += 8;
      v4 = round2(v4, view.getBigUint64(offset, true));
      offset += 8;
    }
    h64 = rotl64(v1, 1n) + rotl64(v2, 7n) + rotl64(v3, 12n) + rotl64(v4, 18n) & MASK;
    h64 = mergeRound(h64, v1);
    h64 = mergeRound(h64, v2);
    h64 = mergeRound(h64, v3);
    h64 = mergeRound(h64, v4);
  } else {
    h64 = seed + PRIME5 & MASK;
  }
  h64 = h64 + BigInt(len) & MASK;
  while (offset + 8 <= len) {
    h64 ^= round2(0n, view.getBigUint64(offset, true));
    h64 = rotl64(h64, 27n) * PRIME1 + PRIME4 & MASK;
    offset += 8;
  }
  if (offset + 4 <= len) {
    h64 ^= BigInt(view.getUint32(offset, true)) * PRIME1 & MASK;
    h64 = rotl64(h64, 23n) * PRIME2 + PRIME3 & MASK;
    offset += 4;
  }
  while (offset < len) {
    h64 ^= BigInt(view.getUint8(offset)) * PRIME5 & MASK;
    h64 = rotl64(h64, 11n) * PRIME1 & MASK;
    offset += 1;
  }
  h64 ^= h64 >> 33n;
  h64 = h64 * PRIME2 & MASK;
  h64 ^= h64 >> 29n;
  h64 = h64 * PRIME3 & MASK;
  h64 ^= h64 >> 32n;
  return h64;
}

// node_modules/hyparquet/src/bloom.js
var textEncoder = new TextEncoder();
var SALT = new Uint32Array([
  1203114875,
  1150766481,
  2284105051,
  2729912477,
  1884591559,
  770785867,
  2667333959,
  1550580529
]);
function blockIndex(hash, numBlocks) {
  return Number((hash >> 32n) * BigInt(numBlocks) >> 32n);
}
function blockMask(hash) {
  const m = new Uint32Array(8);
  const low = Number(hash & 0xffffffffn) | 0;
  for (let i = 0; i < 8; i++) {
    m[i] = 1 << (Math.imul(low, SALT[i]) >>> 27);
  }
  return m;
}
function sbbfContains(blocks, hash) {
  const offset = blockIndex(hash, blocks.length >> 3) << 3;
  const m = blockMask(hash);
  for (let i = 0; i < 8; i++) {
    if ((blocks[offset + i] & m[i]) === 0) return false;
  }
  return true;
}
function readBloomFilter(reader) {
  const header = deserializeTCompactProtocol(reader);
  const numBytes = header.field_1;
  if (typeof numBytes !== "number" || numBytes <= 0 || numBytes % 32 !== 0) return void 0;
  if (!header.field_2?.field_1) return void 0;
  if (!header.field_3?.field_1) return void 0;
  if (!header.field_4?.field_1) return void 0;
  const { view, offset } = reader;
  if (offset + numBytes > view.byteLength) {
    throw new Error(`parquet bloom filter truncated: need ${numBytes} bytes, have ${view.byteLength - offset}`);
  }
  const blocks = new Uint32Array(numBytes >> 2);
  for (let i = 0; i < blocks.length; i++) {
    blocks[i] = view.getUint32(offset + i * 4, true);
  }
  reader.offset = offset + numBytes;
  return { numBytes, blocks };
}
function hashParquetValue(value, element) {
  if (value === null || value === void 0) return void 0;
  const { type, converted_type, logical_type } = element;
  if (type === "BOOLEAN") {
    if (typeof value !== "boolean") return void 0;
    return xxhash64(new Uint8Array([value ? 1 : 0]));
  }
  if (type === "FLOAT") {
    if (typeof value !== "number") return void 0;
    const buf = new ArrayBuffer(4);
    new DataView(buf).setFloat32(0, value, true);
    return xxhash64(new Uint8Array(buf));
  }
  if (type === "DOUBLE") {
    if (typeof value !== "number") return void 0;
    const buf = new ArrayBuffer(8);
    new DataView(buf).setFloat64(0, value, true);
    return xxhash64(new Uint8Array(buf));
  }
  if (type === "INT32") {
    if (converted_type === "DATE" || converted_type === "DECIMAL" || converted_type === "TIME_MILLIS") return void 0;
    if (logical_type?.type === "DATE" || logical_type?.type === "TIME" || logical_type?.type === "DECIMAL") return void 0;
    if (typeof value !== "number" || !Number.isInteger(value)) return void 0;
    const buf = new ArrayBuffer(4);
    new DataView(buf).setInt32(0, value | 0, true);
    return xxhash64(new Uint8Array(buf));
  }
  if (type === "INT64") {
    if (converted_type === "TIMESTAMP_MILLIS" || converted_type === "TIMESTAMP_MICROS") return void 0;
    if (converted_type === "TIME_MICROS" || converted_type === "DECIMAL") return void 0;
    if (logical_type?.type === "TIMESTAMP" || logical_type?.type === "TIME" || logical_type?.type === "DECIMAL") return void 0;
    let bigValue;
    if (typeof value === "bigint") bigValue = value;
    else if (typeof value === "number" && Number.isSafeInteger(value)) bigValue = BigInt(value);
    else return void 0;
    const buf = new ArrayBuffer(8);
    new DataView(buf).setBigUint64(0, BigInt.asUintN(64, bigValue), true);
    return xxhash64(new Uint8Array(buf));
  }
  if (type === "BYTE_ARRAY") {
    if (converted_type === "JSON" || converted_type === "BSON" || converted_type === "DECIMAL") return void 0;
    if (logical_type?.type === "JSON" || logical_type?.type === "BSON" || logical_type?.type === "VARIANT") return void 0;
    if (logical_type?.type === "GEOMETRY" || logical_type?.type === "GEOGRAPHY") return void 0;
    if (typeof value === "string") return xxhash64(textEncoder.encode(value));
    if (value instanceof Uint8Array) return xxhash64(value);
    return void 0;
  }
  if (type === "FIXED_LEN_BYTE_ARRAY") {
    if (converted_type === "DECIMAL" || converted_type === "INTERVAL") return void 0;
    if (logical_type?.type === "DECIMAL" || logical_type?.type === "UUID" || logical_type?.type === "FLOAT16") return void 0;
    if (logical_type?.type === "GEOMETRY" || logical_type?.type === "GEOGRAPHY") return void 0;
    if (value instanceof Uint8Array) return xxhash64(value);
    return void 0;
  }
  return void 0;
}
function bloomEligibleColumns(filter) {
  const out = /* @__PURE__ */ new Set();
  walkBloomEligible(filter, out);
  return out;
}
function walkBloomEligible(filter, out) {
  if (!filter) return;
  if ("$and" in filter && Array.isArray(filter.$and)) {
    for (const sub of filter.$and) walkBloomEligible(sub, out);
    return;
  }
  if ("$or" in filter && Array.isArray(filter.$or)) {
    for (const sub of filter.$or) walkBloomEligible(sub, out);
    return;
  }
  if ("$nor" in filter) return;
  for (const [field2, condition] of Object.entries(filter)) {
    if (field2.startsWith("$")) continue;
    if (typeof condition === "object" && condition !== null && !Array.isArray(condition)) {
      if ("$eq" in condition || "$in" in condition) out.add(field2);
    } else {
      out.add(field2);
    }
  }
}

// node_modules/hyparquet/src/utils.js
function concat(aaa, bbb) {
  const chunk2 = 1e4;
  for (let i = 0; i < bbb.length; i += chunk2) {
    aaa.push(...bbb.slice(i, i + chunk2));
  }
}
function equals(a, b, strict = true) {
  if (strict ? a === b : a == b) return true;
  if (!a || !b || typeof a !== "object" || typeof b !== "object") return false;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) return false;
    }
    return true;
  }
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (!equals(a[i], b[i], strict)) return false;
    }
    return true;
  }
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  for (const k of aKeys) {
    if (!equals(a[k], b[k], strict)) return false;
  }
  return true;
}
function flatten(chunks) {
  if (!chunks) return [];
  if (chunks.length === 1) return chunks[0];
  const output = [];
  for (const chunk2 of chunks) {
    concat(output, chunk2);
  }
  return output;
}

// node_modules/hyparquet/src/filter.js
var encoder = new TextEncoder();
function pathsNeededForFilter(filter) {
  if (!filter) return [];
  const paths = [];
  if ("$and" in filter && Array.isArray(filter.$and)) {
    paths.push(...filter.$and.flatMap(pathsNeededForFilter));
  } else if ("$or" in filter && Array.isArray(filter.$or)) {
    paths.push(...filter.$or.flatMap(pathsNeededForFilter));
  } else if ("$nor" in filter && Array.isArray(filter.$nor)) {
    paths.push(...filter.$nor.flatMap(pathsNeededForFilter));
  } else {
    paths.push(...Object.keys(filter));
  }
  return [...new Set(paths)];
}
function columnsNeededForFilter(filter) {
  return [...new Set(pathsNeededForFilter(filter).map((path) => path.split(".")[0]))];
}
function matchFilter(record, filter, strict = true) {
  if ("$and" in filter && Array.isArray(filter.$and)) {
    return filter.$and.every((subQuery) => matchFilter(record, subQuery, strict));
  }
  if ("$or" in filter && Array.isArray(filter.$or)) {
    return filter.$or.some((subQuery) => matchFilter(record, subQuery, strict));
  }
  if ("$nor" in filter && Array.isArray(filter.$nor)) {
    return !filter.$nor.some((subQuery) => matchFilter(record, subQuery, strict));
  }
  return Object.entries(filter).every(([field2, condition]) => {
    const value = resolve(record, field2);
    if (typeof condition !== "object" || condition === null || Array.isArray(condition)) {
      return equals(value, condition, strict);
    }
    return Object.entries(condition || {}).every(([operator, target]) => {
      if (operator === "$gt") return value !== null && value !== void 0 && value > target;
      if (operator === "$gte") return value !== null && value !== void 0 && value >= target;
      if (operator === "$lt") return value !== null && value !== void 0 && value < target;
      if (operator === "$lte") return value !== null && value !== void 0 && value <= target;
      if (operator === "$eq") return equals(value, target, strict);
      if (operator === "$ne") return !equals(value, target, strict);
      if (operator === "$in") return Array.isArray(target) && matchesIn(value, target, strict);
      if (operator === "$nin") return Array.isArray(target) && !matchesIn(value, target, strict);
      if (operator === "$not") return !matchFilter({ value }, { value: target }, strict);
      return true;
    });
  });
}
function matchesIn(value, targets, strict) {
  return targets.some((target) => equals(value, target, strict) || Array.isArray(value) && value.some((element) => equals(element, target, strict)));
}
function canSkipRowGroup({ rowGroup, physicalColumns, filter, strict = true, bloomFilters, schemaElements }) {
  if (!filter) return false;
  if ("$and" in filter && Array.isArray(filter.$and)) {
    return filter.$and.some((subFilter) => canSkipRowGroup({ rowGroup, physicalColumns, filter: subFilter, strict, bloomFilters, schemaElements }));
  }
  if ("$or" in filter && Array.isArray(filter.$or)) {
    return filter.$or.every((subFilter) => canSkipRowGroup({ rowGroup, physicalColumns, filter: subFilter, strict, bloomFilters, schemaElements }));
  }
  if ("$nor" in filter && Array.isArray(filter.$nor)) {
    return false;
  }
  for (const [field2, condition] of Object.entries(filter)) {
    const columnIndex = physicalColumns.indexOf(field2);
    if (columnIndex === -1) continue;
    const stats = rowGroup.columns[columnIndex].meta_data?.statistics;
    const { min, max, min_value, max_value, null_count: nullCount } = stats || {};
    const minVal = min_value !== void 0 ? min_value : min;
    const maxVal = max_value !== void 0 ? max_value : max;
    const haveStats = minVal !== void 0 && maxVal !== void 0;
    const bloom = bloomFilters?.[field2];
    const element = schemaElements?.[field2];
    const matchingNulls = matchFilter({ value: null }, { value: condition }, strict) && (nullCount === void 0 || nullCount > 0);
    if (haveStats && !matchingNulls && canSkipStats(condition, minVal, maxVal, strict, element)) {
      return true;
    }
    for (const [operator, target] of Object.entries(condition || {})) {
      if (bloom && element) {
        if (operator === "$eq") {
          const hash = hashParquetValue(target, element);
          if (hash !== void 0 && !sbbfContains(bloom.blocks, hash)) return true;
        }
        if (operator === "$in" && Array.isArray(target) && target.length > 0) {
          let allAbsent = true;
          for (const v of target) {
            const h = hashParquetValue(v, element);
            if (h === void 0 || sbbfContains(bloom.blocks, h)) {
              allAbsent = false;
              break;
            }
          }
          if (allAbsent) return true;
        }
      }
    }
  }
  return false;
}
function canSkipStats(condition, minVal, maxVal, strict, element) {
  if (minVal === void 0 || maxVal === void 0) return false;
  const mayContainNaN = element?.type === "FLOAT" || element?.type === "DOUBLE" || element?.logical_type?.type === "FLOAT16";
  for (const [operator, target] of Object.entries(condition || {})) {
    const minComparison = compareParquetValues(minVal, target, strict, element);
    const maxComparison = compareParquetValues(maxVal, target, strict, element);
    const binaryBounds = minVal instanceof Uint8Array || maxVal instanceof Uint8Array;
    const relationalBoundsAreSafe = !binaryBounds && (element?.type !== "BYTE_ARRAY" || typeof target === "string" && [...target].every((character) => character.charCodeAt(0) <= 127));
    if (operator === "$gt" && relationalBoundsAreSafe && maxComparison !== void 0 && maxComparison <= 0) return true;
    if (operator === "$gte" && relationalBoundsAreSafe && maxComparison !== void 0 && maxComparison < 0) return true;
    if (operator === "$lt" && relationalBoundsAreSafe && minComparison !== void 0 && minComparison >= 0) return true;
    if (operator === "$lte" && relationalBoundsAreSafe && minComparison !== void 0 && minComparison > 0) return true;
    if (operator === "$eq") {
      const targetMinComparison = compareParquetValues(target, minVal, strict, element);
      const targetMaxComparison = compareParquetValues(target, maxVal, strict, element);
      if (targetMinComparison !== void 0 && targetMinComparison < 0 || targetMaxComparison !== void 0 && targetMaxComparison > 0) return true;
    }
    if (operator === "$ne" && !mayContainNaN && equals(minVal, maxVal, strict) && equals(minVal, target, strict)) return true;
    if (operator === "$in" && Array.isArray(target) && target.every((value) => {
      const valueMinComparison = compareParquetValues(value, minVal, strict, element);
      const valueMaxComparison = compareParquetValues(value, maxVal, strict, element);
      return valueMinComparison !== void 0 && valueMinComparison < 0 || valueMaxComparison !== void 0 && valueMaxComparison > 0;
    })) return true;
    if (operator === "$nin" && !mayContainNaN && Array.isArray(target) && equals(minVal, maxVal, strict) && target.some((value) => equals(minVal, value, strict))) return true;
  }
  return false;
}
function compareParquetValues(a, b, strict, element) {
  if (element?.type === "BYTE_ARRAY") {
    if (typeof a !== "string" || typeof b !== "string") return void 0;
    return compareBytes(encoder.encode(a), encoder.encode(b));
  }
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array)) return void 0;
    return compareBytes(a, b);
  }
  if (a < b) return -1;
  if (a > b) return 1;
  if (equals(a, b, strict)) return 0;
  return void 0;
}
function compareBytes(a, b) {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  if (a.length < b.length) return -1;
  if (a.length > b.length) return 1;
  return 0;
}
function matchesNull(condition, strict) {
  return matchFilter({ value: null }, { value: condition }, strict);
}
function filterPageRanges(filter, columnPages, groupRows, strict = true) {
  if (!filter) return void 0;
  if ("$and" in filter && Array.isArray(filter.$and)) {
    let ranges;
    for (const subFilter of filter.$and) {
      ranges = intersectRanges(ranges, filterPageRanges(subFilter, columnPages, groupRows, strict));
    }
    return ranges;
  }
  if ("$or" in filter && Array.isArray(filter.$or)) {
    let ranges = [];
    for (const subFilter of filter.$or) {
      const subRanges = filterPageRanges(subFilter, columnPages, groupRows, strict);
      if (!subRanges) return void 0;
      ranges = unionRanges(ranges, subRanges);
    }
    return ranges;
  }
  if ("$nor" in filter && Array.isArray(filter.$nor)) {
    return void 0;
  }
  let result;
  for (const [field2, condition] of Object.entries(filter)) {
    const pages = columnPages[field2];
    if (!pages) continue;
    const nullCanMatch = matchesNull(condition, strict);
    const keep = [];
    for (let i = 0; i < pages.pageStarts.length; i++) {
      const start = pages.pageStarts[i];
      const end = i + 1 < pages.pageStarts.length ? pages.pageStarts[i + 1] : groupRows;
      const nullCount = pages.nullCounts?.[i];
      const matchingNulls = nullCanMatch && (nullCount === void 0 || nullCount > 0);
      const skip = !pages.nullPages[i] && !matchingNulls && canSkipStats(condition, pages.minValues[i], pages.maxValues[i], strict, pages.element);
      if (!skip) {
        const last = keep[keep.length - 1];
        if (last && last[1] === start) last[1] = end;
        else keep.push([start, end]);
      }
    }
    result = intersectRanges(result, keep);
  }
  return result;
}
function intersectRanges(a, b) {
  if (!a) return b;
  if (!b) return a;
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i][0], b[j][0]);
    const end = Math.min(a[i][1], b[j][1]);
    if (start < end) out.push([start, end]);
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return out;
}
function unionRanges(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || i < a.length && a[i][0] <= b[j][0] ? a[i++] : b[j++];
    const last = out[out.length - 1];
    if (last && next[0] <= last[1]) last[1] = Math.max(last[1], next[1]);
    else out.push([next[0], next[1]]);
  }
  return out;
}
function resolve(record, path) {
  let value = record;
  for (const part of path.split(".")) {
    value = value?.[part];
  }
  return value;
}

// node_modules/hyparquet/src/plan.js
var runLimit = 1 << 21;
var columnGapLimit = 1 << 13;
function parquetPlan(options) {
  const { metadata, rowStart = 0, columns, useOffsetIndex = false } = options;
  if (!metadata) throw new Error("parquetPlan requires metadata");
  const groups = [];
  const fetches = [];
  const indexes = [];
  const scanPlan = parquetPlanGroups(options);
  for (const group of scanPlan.groups) {
    const groupPlan = parquetPlanGroup({ ...group, columns, useOffsetIndex });
    groups.push(...groupPlan.groups);
    fetches.push(...groupPlan.fetches);
    indexes.push(...groupPlan.indexes);
  }
  fetches.push(...indexes);
  return { metadata, rowStart, rowEnd: scanPlan.rowEnd, columns, fetches, groups };
}
function parquetPlanGroups({ metadata, rowStart = 0, rowEnd = Infinity, columns, filter, filterStrict = true, bloomFiltersByGroup, schemaElements, pageRangesByGroup, pageLocationsByGroup }) {
  if (!metadata) throw new Error("parquetPlan requires metadata");
  const schemaTree2 = parquetSchema(metadata);
  const physicalColumns = getPhysicalColumns(schemaTree2);
  const elementsByPath = filter ? {
    ...physicalSchemaElements(schemaTree2),
    ...schemaElements
  } : schemaElements;
  const groups = [];
  let groupStart = 0;
  for (let groupIndex = 0; groupIndex < metadata.row_groups.length; groupIndex++) {
    const rowGroup = metadata.row_groups[groupIndex];
    const groupRows = Number(rowGroup.num_rows);
    const groupEnd = groupStart + groupRows;
    if (groupRows > 0 && groupEnd > rowStart && groupStart < rowEnd && !canSkipRowGroup({
      rowGroup,
      physicalColumns,
      filter,
      strict: filterStrict,
      bloomFilters: bloomFiltersByGroup?.[groupIndex],
      schemaElements: elementsByPath
    })) {
      const selectStart = Math.max(rowStart - groupStart, 0);
      const selectEnd = Math.min(rowEnd - groupStart, groupRows);
      const pageRanges = pageRangesByGroup?.[groupIndex];
      const pageLocations = pageLocationsByGroup?.[groupIndex];
      let ranges = pageRanges ? pageRanges.map(([start, end]) => {
        const range = [Math.max(start, selectStart), Math.min(end, selectEnd)];
        return range;
      }).filter(([start, end]) => start < end) : [[selectStart, selectEnd]];
      if (ranges.length > 1) {
        const canSplit = rowGroup.columns.every((chunk2) => {
          const columnName = chunk2.meta_data?.path_in_schema[0];
          const columnPath = chunk2.meta_data?.path_in_schema.join(".");
          if (columns && columnName && !columns.includes(columnName)) return true;
          return !!(chunk2.offset_index_offset && chunk2.offset_index_length) || !!(columnPath && pageLocations?.[columnPath]);
        });
        ranges = canSplit ? coalesceOverlappingPageRanges(ranges, rowGroup, columns, pageLocations) : [[ranges[0][0], ranges[ranges.length - 1][1]]];
      }
      if (ranges.length) {
        groups.push({ rowGroup, groupIndex, groupStart, groupRows, ranges, pageRanges, pageLocations });
      }
    }
    groupStart = groupEnd;
  }
  return { groups, rowEnd: isFinite(rowEnd) ? rowEnd : groupStart };
}
function parquetPlanGroup({ rowGroup, groupStart, groupRows, ranges, columns, useOffsetIndex = false, pageRanges, pageLocations }) {
  const chunks = [];
  const fetches = [];
  const indexes = [];
  const narrowed = ranges.length > 1 || ranges[0][0] > 0 || ranges[0][1] < groupRows;
  for (const chunk2 of rowGroup.columns) {
    const meta = chunk2.meta_data;
    if (chunk2.file_path) throw new Error("parquet file_path not supported");
    if (!meta) throw new Error("parquet column metadata is undefined");
    if (columns && !columns.includes(meta.path_in_schema[0])) continue;
    const columnOffset = meta.dictionary_page_offset || meta.data_page_offset;
    const startByte = Number(columnOffset);
    const endByte = Number(columnOffset + meta.total_compressed_size);
    const chunkPageLocations = pageLocations?.[meta.path_in_schema.join(".")];
    if (chunkPageLocations && narrowed) {
      chunks.push({ columnMetadata: meta, pageLocations: chunkPageLocations, range: { startByte, endByte } });
    } else if ((useOffsetIndex || pageRanges) && chunk2.offset_index_offset && chunk2.offset_index_length && narrowed) {
      const startByte2 = Number(chunk2.offset_index_offset);
      chunks.push({
        columnMetadata: meta,
        offsetIndex: { startByte: startByte2, endByte: startByte2 + chunk2.offset_index_length },
        range: { startByte: Number(columnOffset), endByte }
      });
    } else {
      chunks.push({ columnMetadata: meta, range: { startByte, endByte } });
    }
  }
  const columnRanges = [];
  let run;
  for (const chunk2 of chunks) {
    if ("pageLocations" in chunk2) continue;
    if ("offsetIndex" in chunk2) {
      indexes.push(chunk2.offsetIndex);
    } else if (columns) {
      columnRanges.push(chunk2.range);
    } else if (run && chunk2.range.endByte - run.startByte <= runLimit) {
      run.endByte = chunk2.range.endByte;
    } else {
      if (run) fetches.push(run);
      run = { ...chunk2.range };
    }
  }
  if (run) fetches.push(run);
  fetches.push(...coalesceByteRanges(columnRanges, columnGapLimit, runLimit));
  const groups = ranges.map(([selectStart, selectEnd]) => ({
    chunks,
    rowGroup,
    groupStart,
    groupRows,
    selectStart,
    selectEnd
  }));
  return { groups, fetches, indexes };
}
function coalesceOverlappingPageRanges(ranges, rowGroup, columns, pageLocations) {
  const selectedPageLayouts = rowGroup.columns.filter((chunk2) => !columns || columns.includes(chunk2.meta_data?.path_in_schema[0] || "")).map((chunk2) => pageLocations?.[chunk2.meta_data?.path_in_schema.join(".") || ""]);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    const overlapsPage = last && selectedPageLayouts.some((pages) => {
      if (!pages) return true;
      const lastPages = pagesForRange(last, pages, Number(rowGroup.num_rows));
      const rangePages = pagesForRange(range, pages, Number(rowGroup.num_rows));
      return lastPages[0] <= rangePages[1] && rangePages[0] <= lastPages[1];
    });
    if (last && overlapsPage) last[1] = range[1];
    else merged.push([...range]);
  }
  return merged;
}
function pagesForRange([rangeStart, rangeEnd], pages, groupRows) {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < pages.length; i++) {
    const pageStart = Number(pages[i].first_row_index);
    const pageEnd = i + 1 < pages.length ? Number(pages[i + 1].first_row_index) : groupRows;
    if (pageEnd > rangeStart && pageStart < rangeEnd) {
      first = Math.min(first, i);
      last = i;
    }
  }
  return [first, last];
}
async function prefetchBloomFilters({ file, metadata, filter, filterStrict = true }) {
  const result = metadata.row_groups.map(() => (
    /** @type {Record<string, BloomFilter>} */
    {}
  ));
  const eligibleCols = bloomEligibleColumns(filter);
  if (eligibleCols.size === 0) return result;
  const physicalColumns = getPhysicalColumns(parquetSchema(metadata));
  const tasks = [];
  metadata.row_groups.forEach((rowGroup, rgIdx) => {
    if (canSkipRowGroup({ rowGroup, physicalColumns, filter, strict: filterStrict })) return;
    for (const colName of eligibleCols) {
      const columnIdx = physicalColumns.indexOf(colName);
      if (columnIdx === -1) continue;
      const meta = rowGroup.columns[columnIdx]?.meta_data;
      if (!meta?.bloom_filter_offset || !meta.bloom_filter_length) continue;
      const start = Number(meta.bloom_filter_offset);
      const end = start + meta.bloom_filter_length;
      tasks.push((async () => {
        const buffer = await file.slice(start, end);
        const bloom = readBloomFilter({ view: new DataView(buffer), offset: 0 });
        if (bloom) result[rgIdx][colName] = bloom;
      })());
    }
  });
  if (tasks.length) await Promise.all(tasks);
  return result;
}
async function prefetchPageIndexes({ file, metadata, filter, filterStrict = true, rowStart = 0, rowEnd = Infinity, columns, bloomFiltersByGroup, schemaElements, parsers }) {
  const pageRangesByGroup = metadata.row_groups.map(() => void 0);
  const pageLocationsByGroup = metadata.row_groups.map(() => (
    /** @type {Record<string, PageLocation[]>} */
    {}
  ));
  if (filter && "$nor" in filter && Array.isArray(filter.$nor)) {
    return { pageRangesByGroup, pageLocationsByGroup };
  }
  const filterColumns = pathsNeededForFilter(filter);
  if (!filterColumns.length) return { pageRangesByGroup, pageLocationsByGroup };
  const schemaTree2 = parquetSchema(metadata);
  const physicalColumns = getPhysicalColumns(schemaTree2);
  const elementsByPath = {
    ...physicalSchemaElements(schemaTree2),
    ...schemaElements
  };
  const indexRanges = [];
  const indexTasks = [];
  const candidateGroups = [];
  let groupStart = 0;
  metadata.row_groups.forEach((rowGroup, rgIdx) => {
    const groupRows = Number(rowGroup.num_rows);
    const groupEnd = groupStart + groupRows;
    const overlaps = groupRows > 0 && groupEnd > rowStart && groupStart < rowEnd;
    groupStart = groupEnd;
    if (!overlaps) return;
    if (canSkipRowGroup({ rowGroup, physicalColumns, filter, strict: filterStrict, bloomFilters: bloomFiltersByGroup?.[rgIdx], schemaElements: elementsByPath })) return;
    const columnPages = {};
    let columnTaskCount = 0;
    const scheduledOffsetPaths = /* @__PURE__ */ new Set();
    let hasFilterIndex = false;
    for (const columnName of filterColumns) {
      const columnIdx = physicalColumns.indexOf(columnName);
      if (columnIdx === -1) continue;
      const chunk2 = rowGroup.columns[columnIdx];
      const meta = chunk2?.meta_data;
      if (!meta) continue;
      if (!chunk2.column_index_offset || !chunk2.column_index_length) continue;
      if (!chunk2.offset_index_offset || !chunk2.offset_index_length) continue;
      const element = elementsByPath[columnName];
      if (!element) continue;
      hasFilterIndex = true;
      scheduledOffsetPaths.add(columnName);
      const columnIndexStart = Number(chunk2.column_index_offset);
      const offsetIndexStart = Number(chunk2.offset_index_offset);
      const columnIndexEnd = columnIndexStart + chunk2.column_index_length;
      const offsetIndexEnd = offsetIndexStart + chunk2.offset_index_length;
      indexRanges.push(
        { startByte: columnIndexStart, endByte: columnIndexEnd },
        { startByte: offsetIndexStart, endByte: offsetIndexEnd }
      );
      columnTaskCount++;
      indexTasks.push(async (prefetchedFile) => {
        const [columnIndexBuffer, offsetIndexBuffer] = await Promise.all([
          prefetchedFile.slice(columnIndexStart, columnIndexEnd),
          prefetchedFile.slice(offsetIndexStart, offsetIndexEnd)
        ]);
        const columnIndex = readColumnIndex({ view: new DataView(columnIndexBuffer), offset: 0 }, element, parsers);
        const offsetIndex = readOffsetIndex({ view: new DataView(offsetIndexBuffer), offset: 0 });
        pageLocationsByGroup[rgIdx][columnName] = offsetIndex.page_locations;
        columnPages[columnName] = {
          minValues: columnIndex.min_values,
          maxValues: columnIndex.max_values,
          nullPages: columnIndex.null_pages,
          nullCounts: columnIndex.null_counts,
          pageStarts: offsetIndex.page_locations.map((page) => Number(page.first_row_index)),
          element
        };
      });
    }
    if (hasFilterIndex) {
      for (const chunk2 of rowGroup.columns) {
        const meta = chunk2.meta_data;
        if (!meta) continue;
        const columnName = meta.path_in_schema[0];
        const columnPath = meta.path_in_schema.join(".");
        if (columns && !columns.includes(columnName)) continue;
        if (scheduledOffsetPaths.has(columnPath)) continue;
        if (!chunk2.offset_index_offset || !chunk2.offset_index_length) continue;
        scheduledOffsetPaths.add(columnPath);
        const offsetIndexStart = Number(chunk2.offset_index_offset);
        const offsetIndexEnd = offsetIndexStart + chunk2.offset_index_length;
        indexRanges.push({ startByte: offsetIndexStart, endByte: offsetIndexEnd });
        columnTaskCount++;
        indexTasks.push(async (prefetchedFile) => {
          const offsetIndexBuffer = await prefetchedFile.slice(offsetIndexStart, offsetIndexEnd);
          const offsetIndex = readOffsetIndex({ view: new DataView(offsetIndexBuffer), offset: 0 });
          pageLocationsByGroup[rgIdx][columnPath] = offsetIndex.page_locations;
        });
      }
    }
    if (columnTaskCount) {
      candidateGroups.push({ rgIdx, groupRows, columnPages });
    }
  });
  if (indexTasks.length) {
    const prefetchedFile = prefetchAsyncBuffer(file, { fetches: coalesceByteRanges(indexRanges) });
    await Promise.all(indexTasks.map((task) => task(prefetchedFile)));
    for (const { rgIdx, groupRows, columnPages } of candidateGroups) {
      pageRangesByGroup[rgIdx] = filterPageRanges(filter, columnPages, groupRows, filterStrict);
    }
  }
  return { pageRangesByGroup, pageLocationsByGroup };
}
function coalesceByteRanges(ranges, maxGap = 0, maxSize = Infinity) {
  const sorted = ranges.map((range) => ({ ...range })).sort((a, b) => a.startByte - b.startByte || a.endByte - b.endByte);
  const merged = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.startByte <= last.endByte + maxGap && Math.max(last.endByte, range.endByte) - last.startByte <= maxSize) {
      last.endByte = Math.max(last.endByte, range.endByte);
    } else {
      merged.push(range);
    }
  }
  return merged;
}
function physicalSchemaElements(schemaTree2) {
  const elements = {};
  function traverse(node) {
    if (node.children.length) {
      for (const child of node.children) traverse(child);
    } else {
      elements[node.path.join(".")] = node.element;
    }
  }
  traverse(schemaTree2);
  return elements;
}
function prefetchAsyncBuffer(file, { fetches }) {
  const promises = fetches.map(({ startByte, endByte }) => file.slice(startByte, endByte));
  return {
    byteLength: file.byteLength,
    slice(start, end = file.byteLength) {
      const index = fetches.findIndex(({ startByte, endByte }) => startByte <= start && end <= endByte);
      if (index < 0) {
        return file.slice(start, end);
      }
      if (fetches[index].startByte !== start || fetches[index].endByte !== end) {
        const startOffset = start - fetches[index].startByte;
        const endOffset = end - fetches[index].startByte;
        if (promises[index] instanceof Promise) {
          return promises[index].then((buffer) => buffer.slice(startOffset, endOffset));
        } else {
          return promises[index].slice(startOffset, endOffset);
        }
      } else {
        return promises[index];
      }
    }
  };
}

// node_modules/hyparquet/src/variant.js
var decoder4 = new TextDecoder();
var metadataCache = /* @__PURE__ */ new WeakMap();
function decodeVariantColumn(value, parsers = DEFAULT_PARSERS) {
  if (Array.isArray(value)) {
    return value.map((entry) => decodeVariantColumn(entry, parsers));
  }
  if (typeof value !== "object") return value;
  if ("metadata" in value) {
    const metadata = parseVariantMetadata(value.metadata);
    const shreddedFields = value.typed_value && decodeTypedValue(value.typed_value, metadata, parsers);
    const binaryValue = value.value && readVariant(makeReader(value.value), metadata, parsers);
    if (shreddedFields && binaryValue) {
      return { ...binaryValue, ...shreddedFields };
    }
    return shreddedFields ?? binaryValue;
  }
  return value;
}
function decodeTypedValue(typedValue, metadata, parsers) {
  if (typedValue instanceof Date) return typedValue;
  if (typedValue && typeof typedValue === "object" && !Array.isArray(typedValue) && !(typedValue instanceof Uint8Array)) {
    if ("typed_value" in typedValue && typedValue.typed_value !== null && typedValue.typed_value !== void 0) {
      return decodeTypedValue(typedValue.typed_value, metadata, parsers);
    }
    if ("value" in typedValue && typedValue.value instanceof Uint8Array) {
      return readVariant(makeReader(typedValue.value), metadata, parsers);
    }
    if ("typed_value" in typedValue || "value" in typedValue) {
      return null;
    }
    const result = {};
    for (const [key, field2] of Object.entries(typedValue)) {
      if (!metadata.dictionary.includes(key)) continue;
      result[key] = decodeTypedValue(field2, metadata, parsers);
    }
    return result;
  }
  if (typedValue instanceof Uint8Array) {
    return readVariant(makeReader(typedValue), metadata, parsers);
  }
  if (Array.isArray(typedValue)) {
    return typedValue.map((element) => decodeTypedValue(element, metadata, parsers));
  }
  return typedValue;
}
function makeReader(bytes) {
  return { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
}
function parseVariantMetadata(bytes) {
  let bufferCache = metadataCache.get(bytes.buffer);
  if (!bufferCache) {
    bufferCache = /* @__PURE__ */ new Map();
    metadataCache.set(bytes.buffer, bufferCache);
  }
  const key = `${bytes.byteOffset}:${bytes.byteLength}`;
  const cached = bufferCache.get(key);
  if (cached) return cached;
  const reader = makeReader(bytes);
  const header = reader.view.getUint8(reader.offset++);
  const version = header & 15;
  if (version !== 1) throw new Error(`parquet unsupported variant metadata version: ${version}`);
  const sorted = (header >> 4 & 1) === 1;
  const offsetSize = (header >> 6 & 3) + 1;
  const dictionarySize = readUnsigned(reader, offsetSize);
  const offsets = new Array(dictionarySize + 1);
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = readUnsigned(reader, offsetSize);
  }
  const base = reader.offset;
  const dictionary = new Array(dictionarySize);
  for (let i = 0; i < dictionarySize; i++) {
    const start = offsets[i];
    const end = offsets[i + 1];
    const strBytes = new Uint8Array(bytes.buffer, bytes.byteOffset + base + start, end - start);
    dictionary[i] = decoder4.decode(strBytes);
  }
  const metadata = { dictionary, sorted };
  bufferCache.set(key, metadata);
  return metadata;
}
function readUnsigned(reader, byteWidth2) {
  let value = 0;
  for (let i = 0; i < byteWidth2; i++) {
    value |= reader.view.getUint8(reader.offset + i) << i * 8;
  }
  reader.offset += byteWidth2;
  return value;
}
function readVariant(reader, metadata, parsers) {
  const typeByte = reader.view.getUint8(reader.offset++);
  const basicType = typeByte & 3;
  const header = typeByte >> 2;
  if (basicType === 0) return readVariantPrimitive(reader, header, parsers);
  if (basicType === 2) return readVariantObject(reader, header, metadata, parsers);
  if (basicType === 3) return readVariantArray(reader, header, metadata, parsers);
  const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header);
  reader.offset += header;
  return decoder4.decode(bytes);
}
function readVariantPrimitive(reader, typeId, parsers) {
  switch (typeId) {
    case 0:
      return null;
    case 1:
      return true;
    case 2:
      return false;
    case 3: {
      const value = reader.view.getInt8(reader.offset);
      reader.offset += 1;
      return value;
    }
    case 4: {
      const value = reader.view.getInt16(reader.offset, true);
      reader.offset += 2;
      return value;
    }
    case 5: {
      const value = reader.view.getInt32(reader.offset, true);
      reader.offset += 4;
      return value;
    }
    case 6: {
      const value = reader.view.getBigInt64(reader.offset, true);
      reader.offset += 8;
      return value;
    }
    case 7: {
      const value = reader.view.getFloat64(reader.offset, true);
      reader.offset += 8;
      return value;
    }
    case 8:
      return readVariantDecimal(reader, 4);
    case 9:
      return readVariantDecimal(reader, 8);
    case 10:
      return readVariantDecimal(reader, 16);
    case 11: {
      const value = reader.view.getInt32(reader.offset, true);
      reader.offset += 4;
      return parsers.dateFromDays(value);
    }
    case 12:
    // timestamp_micros (utc)
    case 13: {
      const value = reader.view.getBigInt64(reader.offset, true);
      reader.offset += 8;
      return parsers.timestampFromMicroseconds(value);
    }
    case 14: {
      const value = reader.view.getFloat32(reader.offset, true);
      reader.offset += 4;
      return value;
    }
    case 15:
      return readVariantBinary(reader);
    case 16: {
      const bytes = readVariantBinary(reader);
      return decoder4.decode(bytes);
    }
    case 17: {
      const value = reader.view.getBigInt64(reader.offset, true);
      reader.offset += 8;
      return value;
    }
    case 18:
    // timestamp_nanos (utc)
    case 19: {
      const value = reader.view.getBigInt64(reader.offset, true);
      reader.offset += 8;
      return parsers.timestampFromNanoseconds(value);
    }
    case 20: {
      const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, 16);
      reader.offset += 16;
      const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    }
    default:
      throw new Error(`parquet unsupported variant primitive type: ${typeId}`);
  }
}
function readVariantObject(reader, header, metadata, parsers) {
  const offsetWidth = (header & 3) + 1;
  const idWidth = (header >> 2 & 3) + 1;
  const isLarge = header >> 4 & 1;
  const numElements = isLarge ? readUnsigned(reader, 4) : reader.view.getUint8(reader.offset++);
  const fieldIds = new Array(numElements);
  for (let i = 0; i < numElements; i++) {
    fieldIds[i] = readUnsigned(reader, idWidth);
  }
  const offsets = new Array(numElements + 1);
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = readUnsigned(reader, offsetWidth);
  }
  const out = {};
  for (let i = 0; i < numElements; i++) {
    const key = metadata.dictionary[fieldIds[i]];
    const valueReader = {
      view: reader.view,
      offset: reader.offset + offsets[i]
    };
    out[key] = readVariant(valueReader, metadata, parsers);
  }
  reader.offset += offsets[offsets.length - 1];
  return out;
}
function readVariantArray(reader, header, metadata, parsers) {
  const fieldOffsetSize = header & 3;
  const isLarge = header >> 2 & 1;
  const offsetWidth = fieldOffsetSize + 1;
  const numElements = readUnsigned(reader, isLarge ? 4 : 1);
  const offsets = new Array(numElements + 1);
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = readUnsigned(reader, offsetWidth);
  }
  const valuesStart = reader.offset;
  const result = new Array(numElements);
  for (let i = 0; i < numElements; i++) {
    const valueReader = {
      view: reader.view,
      offset: valuesStart + offsets[i]
    };
    result[i] = readVariant(valueReader, metadata, parsers);
  }
  reader.offset = valuesStart + offsets[offsets.length - 1];
  return result;
}
function readVariantDecimal(reader, width) {
  const scale = reader.view.getUint8(reader.offset);
  reader.offset += 1;
  let unscaled;
  if (width === 4) {
    unscaled = BigInt(reader.view.getInt32(reader.offset, true));
    reader.offset += 4;
  } else if (width === 8) {
    unscaled = reader.view.getBigInt64(reader.offset, true);
    reader.offset += 8;
  } else {
    const low = reader.view.getBigUint64(reader.offset, true);
    const high = reader.view.getBigInt64(reader.offset + 8, true);
    unscaled = high << 64n | low;
    reader.offset += 16;
  }
  return Number(unscaled) * 10 ** -scale;
}
function readVariantBinary(reader) {
  const length = reader.view.getUint32(reader.offset, true);
  reader.offset += 4;
  const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, length);
  reader.offset += length;
  return bytes;
}

// node_modules/hyparquet/src/assemble.js
function assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath);
  if (!definitionLevels?.length && !repetitionLevels.length) {
    if (!maxDefinitionLevel || !values.length) return values;
    definitionLevels = new Array(values.length).fill(maxDefinitionLevel);
  }
  const n = definitionLevels?.length || repetitionLevels.length;
  const repetitionPath = schemaPath.map(({ element }) => element.repetition_type);
  let valueIndex = 0;
  const containerStack = [output];
  let currentContainer = output;
  let currentDepth = 0;
  let currentDefLevel = 0;
  let currentRepLevel = 0;
  if (repetitionLevels[0]) {
    while (currentDepth < repetitionPath.length - 2 && currentRepLevel < repetitionLevels[0]) {
      currentDepth++;
      if (repetitionPath[currentDepth] !== "REQUIRED") {
        currentContainer = currentContainer.at(-1);
        containerStack.push(currentContainer);
        currentDefLevel++;
      }
      if (repetitionPath[currentDepth] === "REPEATED") currentRepLevel++;
    }
  }
  for (let i = 0; i < n; i++) {
    const def = definitionLevels?.length ? definitionLevels[i] : maxDefinitionLevel;
    const rep = repetitionLevels[i];
    while (currentDepth && (rep < currentRepLevel || repetitionPath[currentDepth] !== "REPEATED")) {
      if (repetitionPath[currentDepth] !== "REQUIRED") {
        containerStack.pop();
        currentDefLevel--;
      }
      if (repetitionPath[currentDepth] === "REPEATED") currentRepLevel--;
      currentDepth--;
    }
    currentContainer = containerStack.at(-1);
    while ((currentDepth < repetitionPath.length - 2 || repetitionPath[currentDepth + 1] === "REPEATED") && (currentDefLevel < def || repetitionPath[currentDepth + 1] === "REQUIRED")) {
      currentDepth++;
      if (repetitionPath[currentDepth] !== "REQUIRED") {
        const newList = [];
        currentContainer.push(newList);
        currentContainer = newList;
        containerStack.push(newList);
        currentDefLevel++;
      }
      if (repetitionPath[currentDepth] === "REPEATED") currentRepLevel++;
    }
    if (def === maxDefinitionLevel) {
      currentContainer.push(values[valueIndex++]);
    } else if (currentDepth === repetitionPath.length - 2) {
      currentContainer.push(null);
    } else {
      currentContainer.push([]);
    }
  }
  if (!output.length) {
    for (let i = 0; i < maxDefinitionLevel; i++) {
      const newList = [];
      currentContainer.push(newList);
      currentContainer = newList;
    }
  }
  return output;
}
function assembleNested(subcolumnData, schema, parsers, depth2 = 0) {
  const path = schema.path.join(".");
  const optional = schema.element.repetition_type === "OPTIONAL";
  const nextDepth = optional ? depth2 + 1 : depth2;
  if (isListLike(schema)) {
    let sublist = schema.children[0];
    let subDepth = nextDepth;
    if (sublist.children.length === 1) {
      sublist = sublist.children[0];
      subDepth++;
    }
    assembleNested(subcolumnData, sublist, parsers, subDepth);
    const subcolumn = sublist.path.join(".");
    const values = subcolumnData.get(subcolumn);
    if (!values) throw new Error("parquet list column missing values");
    if (optional) flattenAtDepth(values, depth2);
    subcolumnData.set(path, values);
    subcolumnData.delete(subcolumn);
    return;
  }
  if (isMapLike(schema)) {
    const mapName = schema.children[0].element.name;
    assembleNested(subcolumnData, schema.children[0].children[0], parsers, nextDepth + 1);
    assembleNested(subcolumnData, schema.children[0].children[1], parsers, nextDepth + 1);
    const keys = subcolumnData.get(`${path}.${mapName}.key`);
    const values = subcolumnData.get(`${path}.${mapName}.value`);
    if (!keys) throw new Error("parquet map column missing keys");
    if (!values) throw new Error("parquet map column missing values");
    if (keys.length !== values.length) {
      throw new Error("parquet map column key/value length mismatch");
    }
    const out = assembleMaps(keys, values, nextDepth);
    if (optional) flattenAtDepth(out, depth2);
    subcolumnData.delete(`${path}.${mapName}.key`);
    subcolumnData.delete(`${path}.${mapName}.value`);
    subcolumnData.set(path, out);
    return;
  }
  if (schema.children.length) {
    const invertDepth = schema.element.repetition_type === "REQUIRED" ? depth2 : depth2 + 1;
    const struct = {};
    for (const child of schema.children) {
      assembleNested(subcolumnData, child, parsers, invertDepth);
      const childData = subcolumnData.get(child.path.join("."));
      if (!childData) throw new Error("parquet struct missing child data");
      struct[child.element.name] = childData;
    }
    for (const child of schema.children) {
      subcolumnData.delete(child.path.join("."));
    }
    let inverted = invertStruct(struct, invertDepth);
    if (schema.element.logical_type?.type === "VARIANT") {
      inverted = decodeVariantColumn(inverted, parsers);
    }
    if (optional) flattenAtDepth(inverted, depth2);
    subcolumnData.set(path, inverted);
  }
}
function flattenAtDepth(arr, depth2) {
  for (let i = 0; i < arr.length; i++) {
    if (depth2) {
      flattenAtDepth(arr[i], depth2 - 1);
    } else {
      arr[i] = arr[i][0];
    }
  }
}
function assembleMaps(keys, values, depth2) {
  const out = [];
  for (let i = 0; i < keys.length; i++) {
    if (depth2) {
      out.push(assembleMaps(keys[i], values[i], depth2 - 1));
    } else {
      if (keys[i]) {
        const obj = {};
        for (let j = 0; j < keys[i].length; j++) {
          const value = values[i][j];
          obj[keys[i][j]] = value === void 0 ? null : value;
        }
        out.push(obj);
      } else {
        out.push(void 0);
      }
    }
  }
  return out;
}
function invertStruct(struct, depth2) {
  const keys = Object.keys(struct);
  const length = struct[keys[0]]?.length;
  const out = [];
  for (let i = 0; i < length; i++) {
    const obj = {};
    for (const key of keys) {
      if (struct[key].length !== length) throw new Error("parquet struct parsing error");
      obj[key] = struct[key][i];
    }
    if (depth2) {
      out.push(invertStruct(obj, depth2 - 1));
    } else {
      out.push(obj);
    }
  }
  return out;
}

// node_modules/hyparquet/src/delta.js
function deltaBinaryUnpack(reader, count, output) {
  if (output instanceof Int32Array) {
    deltaBinaryUnpackInt32(reader, count, output);
    return;
  }
  const blockSize2 = readVarInt(reader);
  const miniblockPerBlock = readVarInt(reader);
  readVarInt(reader);
  let value = readZigZagBigInt(reader);
  let outputIndex = 0;
  output[outputIndex++] = value;
  const valuesPerMiniblock = blockSize2 / miniblockPerBlock;
  while (outputIndex < count) {
    const minDelta = readZigZagBigInt(reader);
    const bitWidths = new Uint8Array(miniblockPerBlock);
    for (let i = 0; i < miniblockPerBlock; i++) {
      bitWidths[i] = reader.view.getUint8(reader.offset++);
    }
    for (let i = 0; i < miniblockPerBlock && outputIndex < count; i++) {
      const bitWidth2 = bitWidths[i];
      if (bitWidth2) {
        let bitpackPos = 0;
        let miniblockCount = valuesPerMiniblock;
        const mask = (1n << BigInt(bitWidth2)) - 1n;
        while (miniblockCount && outputIndex < count) {
          let bits = BigInt(reader.view.getUint32(reader.offset, true) >>> bitpackPos) & mask;
          bitpackPos += bitWidth2;
          while (bitpackPos >= 32) {
            bitpackPos -= 32;
            reader.offset += 4;
            if (bitpackPos) {
              bits |= BigInt(reader.view.getUint32(reader.offset, true)) << BigInt(bitWidth2 - bitpackPos) & mask;
            }
          }
          const delta = minDelta + bits;
          value += delta;
          output[outputIndex++] = value;
          miniblockCount--;
        }
        if (miniblockCount) {
          reader.offset += Math.ceil((miniblockCount * bitWidth2 + bitpackPos) / 8);
        }
      } else {
        for (let j = 0; j < valuesPerMiniblock && outputIndex < count; j++) {
          value += minDelta;
          output[outputIndex++] = value;
        }
      }
    }
  }
}
function deltaBinaryUnpackInt32(reader, count, output) {
  const blockSize2 = readVarInt(reader);
  const miniblockPerBlock = readVarInt(reader);
  readVarInt(reader);
  let value = readZigZag(reader);
  let outputIndex = 0;
  output[outputIndex++] = value;
  const valuesPerMiniblock = blockSize2 / miniblockPerBlock;
  const { view } = reader;
  while (outputIndex < count) {
    const minDelta = readZigZagInt33(reader);
    const bitWidthsOffset = reader.offset;
    let offset = bitWidthsOffset + miniblockPerBlock;
    for (let i = 0; i < miniblockPerBlock && outputIndex < count; i++) {
      const bitWidth2 = view.getUint8(bitWidthsOffset + i);
      const end = offset + valuesPerMiniblock * bitWidth2 / 8;
      let bitOffset = 0;
      for (let j = 0; j < valuesPerMiniblock && outputIndex < count; j++) {
        let residual = 0;
        let bitsRead = 0;
        while (bitsRead < bitWidth2) {
          const bitsToRead = Math.min(8 - bitOffset, bitWidth2 - bitsRead);
          if (bitsRead < 32) {
            residual |= (view.getUint8(offset) >>> bitOffset & (1 << bitsToRead) - 1) << bitsRead;
          }
          bitsRead += bitsToRead;
          bitOffset += bitsToRead;
          if (bitOffset === 8) {
            bitOffset = 0;
            offset++;
          }
        }
        value = value + minDelta + residual | 0;
        output[outputIndex++] = value;
      }
      offset = end;
    }
    reader.offset = offset;
  }
}
function readZigZagInt33(reader) {
  const start = reader.offset;
  const low = readVarInt(reader);
  const high = reader.offset - start === 5 ? reader.view.getUint8(start + 4) >>> 4 & 1 : 0;
  return (low >>> 1 | high << 31) ^ -(low & 1);
}
function deltaLengthByteArray(reader, count, output) {
  const lengths = new Int32Array(count);
  deltaBinaryUnpack(reader, count, lengths);
  for (let i = 0; i < count; i++) {
    output[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, lengths[i]);
    reader.offset += lengths[i];
  }
}
function deltaByteArray(reader, count, output) {
  const prefixData = new Int32Array(count);
  deltaBinaryUnpack(reader, count, prefixData);
  const suffixData = new Int32Array(count);
  deltaBinaryUnpack(reader, count, suffixData);
  for (let i = 0; i < count; i++) {
    const suffix = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, suffixData[i]);
    if (prefixData[i]) {
      output[i] = new Uint8Array(prefixData[i] + suffixData[i]);
      output[i].set(output[i - 1].subarray(0, prefixData[i]));
      output[i].set(suffix, prefixData[i]);
    } else {
      output[i] = suffix;
    }
    reader.offset += suffixData[i];
  }
}

// node_modules/hyparquet/src/encoding.js
function readRleBitPackedHybrid(reader, width, output, length) {
  if (length === void 0) {
    length = reader.view.getUint32(reader.offset, true);
    reader.offset += 4;
  }
  const startOffset = reader.offset;
  let seen = 0;
  while (seen < output.length) {
    const header = readVarInt(reader);
    if (header & 1) {
      seen = readBitPacked(reader, header, width, output, seen);
    } else {
      const count = header >>> 1;
      readRle(reader, count, width, output, seen);
      seen += count;
    }
  }
  reader.offset = startOffset + length;
}
function readRle(reader, count, bitWidth2, output, seen) {
  const width = bitWidth2 + 7 >> 3;
  let value = 0;
  for (let i = 0; i < width; i++) {
    value |= reader.view.getUint8(reader.offset++) << (i << 3);
  }
  for (let i = 0; i < count; i++) {
    output[seen + i] = value;
  }
}
function readBitPacked(reader, header, bitWidth2, output, seen) {
  let count = header >> 1 << 3;
  const mask = (1 << bitWidth2) - 1;
  let data = 0;
  if (reader.offset < reader.view.byteLength) {
    data = reader.view.getUint8(reader.offset++);
  } else if (mask) {
    throw new Error(`parquet bitpack offset ${reader.offset} out of range`);
  }
  let left = 8;
  let right = 0;
  while (count) {
    if (right > 8) {
      right -= 8;
      left -= 8;
      data >>>= 8;
    } else if (left - right < bitWidth2) {
      data |= reader.view.getUint8(reader.offset) << left;
      reader.offset++;
      left += 8;
    } else {
      if (seen < output.length) {
        output[seen++] = data >> right & mask;
      }
      count--;
      right += bitWidth2;
    }
  }
  return seen;
}
function byteStreamSplit(reader, count, type, typeLength) {
  const width = byteWidth(type, typeLength);
  const bytes = new Uint8Array(count * width);
  for (let b = 0; b < width; b++) {
    for (let i = 0; i < count; i++) {
      bytes[i * width + b] = reader.view.getUint8(reader.offset++);
    }
  }
  if (type === "FLOAT") return new Float32Array(bytes.buffer);
  else if (type === "DOUBLE") return new Float64Array(bytes.buffer);
  else if (type === "INT32") return new Int32Array(bytes.buffer);
  else if (type === "INT64") return new BigInt64Array(bytes.buffer);
  else if (type === "FIXED_LEN_BYTE_ARRAY") {
    const split = new Array(count);
    for (let i = 0; i < count; i++) {
      split[i] = bytes.subarray(i * width, (i + 1) * width);
    }
    return split;
  }
  throw new Error(`parquet byte_stream_split unsupported type: ${type}`);
}
function byteWidth(type, typeLength) {
  switch (type) {
    case "INT32":
    case "FLOAT":
      return 4;
    case "INT64":
    case "DOUBLE":
      return 8;
    case "FIXED_LEN_BYTE_ARRAY":
      if (!typeLength) throw new Error("parquet byteWidth missing type_length");
      return typeLength;
    default:
      throw new Error(`parquet unsupported type: ${type}`);
  }
}

// node_modules/hyparquet/src/plain.js
function readPlain(reader, type, count, fixedLength) {
  if (count === 0) return [];
  if (type === "BOOLEAN") {
    return readPlainBoolean(reader, count);
  } else if (type === "INT32") {
    return readPlainInt32(reader, count);
  } else if (type === "INT64") {
    return readPlainInt64(reader, count);
  } else if (type === "INT96") {
    return readPlainInt96(reader, count);
  } else if (type === "FLOAT") {
    return readPlainFloat(reader, count);
  } else if (type === "DOUBLE") {
    return readPlainDouble(reader, count);
  } else if (type === "BYTE_ARRAY") {
    return readPlainByteArray(reader, count);
  } else if (type === "FIXED_LEN_BYTE_ARRAY") {
    if (!fixedLength) throw new Error("parquet missing fixed length");
    return readPlainByteArrayFixed(reader, count, fixedLength);
  } else {
    throw new Error(`parquet unhandled type: ${type}`);
  }
}
function readPlainBoolean(reader, count) {
  const values = new Array(count);
  for (let i = 0; i < count; i++) {
    const byteOffset = reader.offset + (i / 8 | 0);
    const bitOffset = i % 8;
    const byte = reader.view.getUint8(byteOffset);
    values[i] = (byte & 1 << bitOffset) !== 0;
  }
  reader.offset += Math.ceil(count / 8);
  return values;
}
function readPlainInt32(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 4 ? new Int32Array(align2(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4)) : new Int32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count);
  reader.offset += count * 4;
  return values;
}
function readPlainInt64(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 8 ? new BigInt64Array(align2(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8)) : new BigInt64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count);
  reader.offset += count * 8;
  return values;
}
function readPlainInt96(reader, count) {
  const values = new Array(count);
  for (let i = 0; i < count; i++) {
    const low = reader.view.getBigInt64(reader.offset + i * 12, true);
    const high = reader.view.getInt32(reader.offset + i * 12 + 8, true);
    values[i] = BigInt(high) << 64n | low;
  }
  reader.offset += count * 12;
  return values;
}
function readPlainFloat(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 4 ? new Float32Array(align2(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4)) : new Float32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count);
  reader.offset += count * 4;
  return values;
}
function readPlainDouble(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 8 ? new Float64Array(align2(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8)) : new Float64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count);
  reader.offset += count * 8;
  return values;
}
function readPlainByteArray(reader, count) {
  const values = new Array(count);
  for (let i = 0; i < count; i++) {
    const length = reader.view.getUint32(reader.offset, true);
    reader.offset += 4;
    values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, length);
    reader.offset += length;
  }
  return values;
}
function readPlainByteArrayFixed(reader, count, fixedLength) {
  const values = new Array(count);
  for (let i = 0; i < count; i++) {
    values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, fixedLength);
    reader.offset += fixedLength;
  }
  return values;
}
function align2(buffer, offset, size) {
  const aligned = new ArrayBuffer(size);
  new Uint8Array(aligned).set(new Uint8Array(buffer, offset, size));
  return aligned;
}

// node_modules/hyparquet/src/snappy.js
var WORD_MASK = [0, 255, 65535, 16777215, 4294967295];
function copyBytes(fromArray, fromPos, toArray, toPos, length) {
  for (let i = 0; i < length; i++) {
    toArray[toPos + i] = fromArray[fromPos + i];
  }
}
function snappyUncompress(input, output) {
  const inputLength = input.byteLength;
  const outputLength = output.byteLength;
  let pos = 0;
  let outPos = 0;
  while (pos < inputLength) {
    const c = input[pos];
    pos++;
    if (c < 128) {
      break;
    }
  }
  if (outputLength && pos >= inputLength) {
    throw new Error("invalid snappy length header");
  }
  while (pos < inputLength) {
    const c = input[pos];
    let len = 0;
    pos++;
    if (pos >= inputLength) {
      throw new Error("missing eof marker");
    }
    if ((c & 3) === 0) {
      let len2 = (c >>> 2) + 1;
      if (len2 > 60) {
        if (pos + 3 >= inputLength) {
          throw new Error("snappy error literal pos + 3 >= inputLength");
        }
        const lengthSize = len2 - 60;
        len2 = input[pos] + (input[pos + 1] << 8) + (input[pos + 2] << 16) + (input[pos + 3] << 24);
        len2 = (len2 & WORD_MASK[lengthSize]) + 1;
        pos += lengthSize;
      }
      if (pos + len2 > inputLength) {
        throw new Error("snappy error literal exceeds input length");
      }
      copyBytes(input, pos, output, outPos, len2);
      pos += len2;
      outPos += len2;
    } else {
      let offset = 0;
      switch (c & 3) {
        case 1:
          len = (c >>> 2 & 7) + 4;
          offset = input[pos] + (c >>> 5 << 8);
          pos++;
          break;
        case 2:
          if (inputLength <= pos + 1) {
            throw new Error("snappy error end of input");
          }
          len = (c >>> 2) + 1;
          offset = input[pos] + (input[pos + 1] << 8);
          pos += 2;
          break;
        case 3:
          if (inputLength <= pos + 3) {
            throw new Error("snappy error end of input");
          }
          len = (c >>> 2) + 1;
          offset = input[pos] + (input[pos + 1] << 8) + (input[pos + 2] << 16) + (input[pos + 3] << 24);
          pos += 4;
          break;
        default:
          break;
      }
      if (offset === 0 || isNaN(offset)) {
        throw new Error(`invalid offset ${offset} pos ${pos} inputLength ${inputLength}`);
      }
      if (offset > outPos) {
        throw new Error("cannot copy from before start of buffer");
      }
      copyBytes(output, outPos - offset, output, outPos, len);
      outPos += len;
    }
  }
  if (outPos !== outputLength) throw new Error("premature end of input");
}

// node_modules/hyparquet/src/datapage.js
function readDataPage(bytes, daph, { type, element, schemaPath }) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const reader = { view, offset: 0 };
  let dataPage;
  const repetitionLevels = readRepetitionLevels(reader, daph, schemaPath);
  const { definitionLevels, numNulls } = readDefinitionLevels(reader, daph, schemaPath);
  const nValues = daph.num_values - numNulls;
  if (daph.encoding === "PLAIN") {
    dataPage = readPlain(reader, type, nValues, element.type_length);
  } else if (daph.encoding === "PLAIN_DICTIONARY" || daph.encoding === "RLE_DICTIONARY" || daph.encoding === "RLE") {
    const bitWidth2 = type === "BOOLEAN" ? 1 : view.getUint8(reader.offset++);
    if (bitWidth2) {
      dataPage = new Array(nValues);
      if (type === "BOOLEAN") {
        readRleBitPackedHybrid(reader, bitWidth2, dataPage);
        dataPage = dataPage.map((x) => !!x);
      } else {
        readRleBitPackedHybrid(reader, bitWidth2, dataPage, view.byteLength - reader.offset);
      }
    } else {
      dataPage = new Uint8Array(nValues);
    }
  } else if (daph.encoding === "BYTE_STREAM_SPLIT") {
    dataPage = byteStreamSplit(reader, nValues, type, element.type_length);
  } else if (daph.encoding === "DELTA_BINARY_PACKED") {
    const int32 = type === "INT32";
    dataPage = int32 ? new Int32Array(nValues) : new BigInt64Array(nValues);
    deltaBinaryUnpack(reader, nValues, dataPage);
  } else if (daph.encoding === "DELTA_LENGTH_BYTE_ARRAY") {
    dataPage = new Array(nValues);
    deltaLengthByteArray(reader, nValues, dataPage);
  } else if (daph.encoding === "DELTA_BYTE_ARRAY") {
    dataPage = new Array(nValues);
    deltaByteArray(reader, nValues, dataPage);
  } else {
    throw new Error(`parquet unsupported encoding: ${daph.encoding}`);
  }
  return { definitionLevels, repetitionLevels, dataPage };
}
function readRepetitionLevels(reader, daph, schemaPath) {
  if (schemaPath.length > 1) {
    const maxRepetitionLevel = getMaxRepetitionLevel(schemaPath);
    if (maxRepetitionLevel) {
      const values = new Array(daph.num_values);
      readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values);
      return values;
    }
  }
  return [];
}
function readDefinitionLevels(reader, daph, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath);
  if (!maxDefinitionLevel) return { definitionLevels: [], numNulls: 0 };
  const definitionLevels = new Array(daph.num_values);
  readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), definitionLevels);
  let numNulls = daph.num_values;
  for (const def of definitionLevels) {
    if (def === maxDefinitionLevel) numNulls--;
  }
  if (numNulls === 0) definitionLevels.length = 0;
  return { definitionLevels, numNulls };
}
function decompressPage(compressedBytes, uncompressed_page_size, codec, compressors2) {
  let page;
  const customDecompressor = compressors2?.[codec];
  if (codec === "UNCOMPRESSED") {
    page = compressedBytes;
  } else if (customDecompressor) {
    page = customDecompressor(compressedBytes, uncompressed_page_size);
  } else if (codec === "SNAPPY") {
    page = new Uint8Array(uncompressed_page_size);
    snappyUncompress(compressedBytes, page);
  } else {
    throw new Error(`parquet unsupported compression codec: ${codec}`);
  }
  if (page?.length !== uncompressed_page_size) {
    throw new Error(`parquet decompressed page length ${page?.length} does not match header ${uncompressed_page_size}`);
  }
  return page;
}
function readDataPageV2(compressedBytes, ph, columnDecoder) {
  const view = new DataView(compressedBytes.buffer, compressedBytes.byteOffset, compressedBytes.byteLength);
  const reader = { view, offset: 0 };
  const { type, element, schemaPath, codec, compressors: compressors2 } = columnDecoder;
  const daph2 = ph.data_page_header_v2;
  if (!daph2) throw new Error("parquet data page header v2 is undefined");
  const repetitionLevels = readRepetitionLevelsV2(reader, daph2, schemaPath);
  reader.offset = daph2.repetition_levels_byte_length;
  const definitionLevels = readDefinitionLevelsV2(reader, daph2, schemaPath);
  const uncompressedPageSize = ph.uncompressed_page_size - daph2.definition_levels_byte_length - daph2.repetition_levels_byte_length;
  let page = compressedBytes.subarray(reader.offset);
  if (daph2.is_compressed !== false) {
    page = decompressPage(page, uncompressedPageSize, codec, compressors2);
  }
  const pageView = new DataView(page.buffer, page.byteOffset, page.byteLength);
  const pageReader = { view: pageView, offset: 0 };
  let dataPage;
  const nValues = daph2.num_values - daph2.num_nulls;
  if (daph2.encoding === "PLAIN") {
    dataPage = readPlain(pageReader, type, nValues, element.type_length);
  } else if (daph2.encoding === "RLE") {
    dataPage = new Array(nValues);
    readRleBitPackedHybrid(pageReader, 1, dataPage);
    dataPage = dataPage.map((x) => !!x);
  } else if (daph2.encoding === "PLAIN_DICTIONARY" || daph2.encoding === "RLE_DICTIONARY") {
    const bitWidth2 = pageView.getUint8(pageReader.offset++);
    dataPage = new Array(nValues);
    readRleBitPackedHybrid(pageReader, bitWidth2, dataPage, uncompressedPageSize - 1);
  } else if (daph2.encoding === "DELTA_BINARY_PACKED") {
    const int32 = type === "INT32";
    dataPage = int32 ? new Int32Array(nValues) : new BigInt64Array(nValues);
    deltaBinaryUnpack(pageReader, nValues, dataPage);
  } else if (daph2.encoding === "DELTA_LENGTH_BYTE_ARRAY") {
    dataPage = new Array(nValues);
    deltaLengthByteArray(pageReader, nValues, dataPage);
  } else if (daph2.encoding === "DELTA_BYTE_ARRAY") {
    dataPage = new Array(nValues);
    deltaByteArray(pageReader, nValues, dataPage);
  } else if (daph2.encoding === "BYTE_STREAM_SPLIT") {
    dataPage = byteStreamSplit(pageReader, nValues, type, element.type_length);
  } else {
    throw new Error(`parquet unsupported encoding: ${daph2.encoding}`);
  }
  return { definitionLevels, repetitionLevels, dataPage };
}
function readRepetitionLevelsV2(reader, daph2, schemaPath) {
  const maxRepetitionLevel = getMaxRepetitionLevel(schemaPath);
  if (!maxRepetitionLevel) return [];
  const values = new Array(daph2.num_values);
  readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values, daph2.repetition_levels_byte_length);
  return values;
}
function readDefinitionLevelsV2(reader, daph2, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath);
  if (maxDefinitionLevel) {
    const values = new Array(daph2.num_values);
    readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), values, daph2.definition_levels_byte_length);
    return values;
  }
}
function bitWidth(value) {
  return 32 - Math.clz32(value);
}

// node_modules/hyparquet/src/column.js
function readColumn(reader, { groupStart, selectStart, selectEnd }, columnDecoder, onPage) {
  const { pathInSchema, schemaPath } = columnDecoder;
  const isFlat = isFlatColumn(schemaPath);
  const chunks = [];
  let dictionary = void 0;
  let lastChunk = void 0;
  let rowCount = 0;
  let skipped = 0;
  const emitLastChunk = onPage && (() => {
    lastChunk && onPage({
      pathInSchema,
      columnData: lastChunk,
      rowStart: groupStart + rowCount - lastChunk.length,
      rowEnd: groupStart + rowCount
    });
  });
  while (isFlat ? rowCount < selectEnd : reader.offset < reader.view.byteLength - 1) {
    if (reader.offset >= reader.view.byteLength - 1) break;
    const header = parquetHeader(reader);
    if (header.type === "DICTIONARY_PAGE") {
      const { data } = readPage(reader, header, columnDecoder, dictionary, void 0, 0);
      if (data) dictionary = convert(data, columnDecoder);
    } else {
      const lastChunkLength = lastChunk?.length || 0;
      const result = readPage(reader, header, columnDecoder, dictionary, lastChunk, selectStart - rowCount);
      if (result.skipped) {
        if (!chunks.length) {
          skipped += result.skipped;
        }
        rowCount += result.skipped;
      } else if (result.data && lastChunk === result.data) {
        rowCount += result.data.length - lastChunkLength;
      } else if (result.data && result.data.length) {
        emitLastChunk?.();
        chunks.push(result.data);
        rowCount += result.data.length;
        lastChunk = result.data;
      }
    }
  }
  emitLastChunk?.();
  return { data: chunks, skipped };
}
function readPage(reader, header, columnDecoder, dictionary, previousChunk, pageStart) {
  const { type, element, schemaPath, codec, compressors: compressors2 } = columnDecoder;
  const compressedBytes = new Uint8Array(
    reader.view.buffer,
    reader.view.byteOffset + reader.offset,
    header.compressed_page_size
  );
  reader.offset += header.compressed_page_size;
  if (header.type === "DATA_PAGE") {
    const daph = header.data_page_header;
    if (!daph) throw new Error("parquet data page header is undefined");
    if (pageStart > daph.num_values && isFlatColumn(schemaPath)) {
      return { skipped: daph.num_values };
    }
    const page = decompressPage(compressedBytes, Number(header.uncompressed_page_size), codec, compressors2);
    const { definitionLevels, repetitionLevels, dataPage } = readDataPage(page, daph, columnDecoder);
    const values = convertWithDictionary(dataPage, dictionary, daph.encoding, columnDecoder);
    const output = Array.isArray(previousChunk) ? previousChunk : [];
    const assembled = assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath);
    return { skipped: 0, data: assembled };
  } else if (header.type === "DATA_PAGE_V2") {
    const daph2 = header.data_page_header_v2;
    if (!daph2) throw new Error("parquet data page header v2 is undefined");
    if (pageStart > daph2.num_rows) {
      return { skipped: daph2.num_rows };
    }
    const { definitionLevels, repetitionLevels, dataPage } = readDataPageV2(compressedBytes, header, columnDecoder);
    const values = convertWithDictionary(dataPage, dictionary, daph2.encoding, columnDecoder);
    const output = Array.isArray(previousChunk) ? previousChunk : [];
    const assembled = assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath);
    return { skipped: 0, data: assembled };
  } else if (header.type === "DICTIONARY_PAGE") {
    const diph = header.dictionary_page_header;
    if (!diph) throw new Error("parquet dictionary page header is undefined");
    const page = decompressPage(
      compressedBytes,
      Number(header.uncompressed_page_size),
      codec,
      compressors2
    );
    const reader2 = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
    const dictArray = readPlain(reader2, type, diph.num_values, element.type_length);
    return { skipped: 0, data: dictArray };
  } else {
    throw new Error(`parquet unsupported page type: ${header.type}`);
  }
}
function parquetHeader(reader) {
  const header = deserializeTCompactProtocol(reader);
  const type = PageTypes[header.field_1];
  const uncompressed_page_size = header.field_2;
  const compressed_page_size = header.field_3;
  const crc = header.field_4;
  const data_page_header = header.field_5 && {
    num_values: header.field_5.field_1,
    encoding: Encodings[header.field_5.field_2],
    definition_level_encoding: Encodings[header.field_5.field_3],
    repetition_level_encoding: Encodings[header.field_5.field_4],
    statistics: pageStatistics(header.field_5.field_5)
  };
  const index_page_header = header.field_6;
  const dictionary_page_header = header.field_7 && {
    num_values: header.field_7.field_1,
    encoding: Encodings[header.field_7.field_2],
    is_sorted: header.field_7.field_3
  };
  const data_page_header_v2 = header.field_8 && {
    num_values: header.field_8.field_1,
    num_nulls: header.field_8.field_2,
    num_rows: header.field_8.field_3,
    encoding: Encodings[header.field_8.field_4],
    definition_levels_byte_length: header.field_8.field_5,
    repetition_levels_byte_length: header.field_8.field_6,
    is_compressed: header.field_8.field_7 === void 0 ? true : header.field_8.field_7,
    // default true
    statistics: pageStatistics(header.field_8.field_8)
  };
  return {
    type,
    uncompressed_page_size,
    compressed_page_size,
    crc,
    data_page_header,
    index_page_header,
    dictionary_page_header,
    data_page_header_v2
  };
}
function pageStatistics(stats) {
  return stats && {
    max: stats.field_1,
    min: stats.field_2,
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: stats.field_5,
    min_value: stats.field_6,
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8
  };
}

// node_modules/hyparquet/src/rowgroup.js
function readRowGroup(options, { metadata }, groupPlan) {
  const asyncColumns = [];
  const schemaTree2 = parquetSchema(metadata);
  for (const chunk2 of groupPlan.chunks) {
    const { path_in_schema: pathInSchema } = chunk2.columnMetadata;
    const schemaPath = getTreePath(schemaTree2, pathInSchema);
    const columnDecoder = {
      pathInSchema,
      element: schemaPath[schemaPath.length - 1].element,
      schemaPath,
      ...options,
      ...chunk2.columnMetadata,
      // merge after options, so a partial parsers object keeps the defaults
      parsers: { ...DEFAULT_PARSERS, ...options.parsers }
    };
    const { startByte, endByte } = chunk2.range;
    if ("pageLocations" in chunk2) {
      asyncColumns.push({
        pathInSchema,
        data: readSelectedPages(options, groupPlan, chunk2, chunk2.pageLocations, columnDecoder)
      });
    } else if ("offsetIndex" in chunk2) {
      asyncColumns.push({
        pathInSchema,
        // fetch offset index
        data: Promise.resolve(options.file.slice(chunk2.offsetIndex.startByte, chunk2.offsetIndex.endByte)).then((arrayBuffer) => {
          const pages = readOffsetIndex({ view: new DataView(arrayBuffer), offset: 0 }).page_locations;
          return readSelectedPages(options, groupPlan, chunk2, pages, columnDecoder);
        })
      });
    } else {
      asyncColumns.push({
        pathInSchema,
        data: Promise.resolve(options.file.slice(startByte, endByte)).then((buffer) => {
          const reader = { view: new DataView(buffer), offset: 0 };
          return readColumn(reader, groupPlan, columnDecoder, options.onPage);
        })
      });
    }
  }
  return {
    groupStart: groupPlan.groupStart,
    groupRows: groupPlan.groupRows,
    selectStart: groupPlan.selectStart,
    selectEnd: groupPlan.selectEnd,
    asyncColumns
  };
}
async function readSelectedPages(options, groupPlan, chunk2, pages, columnDecoder) {
  const { data_page_offset, dictionary_page_offset } = chunk2.columnMetadata;
  const { selectStart, selectEnd } = groupPlan;
  let { startByte, endByte } = chunk2.range;
  let skipped = -1;
  const hasDict = dictionary_page_offset || data_page_offset < pages[0].offset;
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i];
    const pageStart = Number(page.first_row_index);
    const pageEnd = i + 1 < pages.length ? Number(pages[i + 1].first_row_index) : groupPlan.groupRows;
    if (skipped < 0 && pageEnd > selectStart) {
      startByte = Number(page.offset);
      skipped = pageStart;
    }
    if (pageStart < selectEnd) {
      endByte = Number(page.offset) + page.compressed_page_size;
    }
  }
  if (skipped < 0) skipped = 0;
  let view;
  if (hasDict && skipped) {
    const dictLength = Number(pages[0].offset) - chunk2.range.startByte;
    const [dictBuffer, dataBuffer] = await Promise.all([
      options.file.slice(chunk2.range.startByte, Number(pages[0].offset)),
      options.file.slice(startByte, endByte)
    ]);
    const combined = new Uint8Array(dictLength + dataBuffer.byteLength);
    combined.set(new Uint8Array(dictBuffer, 0, dictLength));
    combined.set(new Uint8Array(dataBuffer), dictLength);
    view = new DataView(combined.buffer);
  } else if (hasDict) {
    view = new DataView(await options.file.slice(chunk2.range.startByte, endByte));
  } else {
    view = new DataView(await options.file.slice(startByte, endByte));
  }
  const reader = { view, offset: 0 };
  const adjustedGroupPlan = skipped ? {
    ...groupPlan,
    groupStart: groupPlan.groupStart + skipped,
    selectStart: groupPlan.selectStart - skipped,
    selectEnd: groupPlan.selectEnd - skipped
  } : groupPlan;
  const { data, skipped: columnSkipped } = readColumn(reader, adjustedGroupPlan, columnDecoder, options.onPage);
  return {
    data,
    skipped: skipped + columnSkipped
  };
}
async function asyncGroupToRows({ asyncColumns }, selectStart, selectEnd, columns, rowFormat) {
  const asyncPages = await Promise.all(asyncColumns.map(
    (column) => column.data.then(({ skipped, data }) => ({ skipped, data: flatten(data) }))
  ));
  const selectCount = selectEnd - selectStart;
  if (rowFormat === "object") {
    const groupData2 = Array(selectCount);
    for (let selectRow = 0; selectRow < selectCount; selectRow++) {
      const rowData = {};
      for (let i = 0; i < asyncColumns.length; i++) {
        const { data, skipped } = asyncPages[i];
        rowData[asyncColumns[i].pathInSchema[0]] = data[selectStart + selectRow - skipped];
      }
      groupData2[selectRow] = rowData;
    }
    return groupData2;
  }
  const includedColumnNames = asyncColumns.map((child) => child.pathInSchema[0]).filter((name) => !columns || columns.includes(name));
  const columnOrder = columns ?? includedColumnNames;
  const columnIndexes = columnOrder.map((name) => asyncColumns.findIndex((column) => column.pathInSchema[0] === name));
  const groupData = Array(selectCount);
  for (let selectRow = 0; selectRow < selectCount; selectRow++) {
    const rowData = Array(asyncColumns.length);
    for (let i = 0; i < columnOrder.length; i++) {
      const colIdx = columnIndexes[i];
      if (colIdx < 0) throw new Error(`parquet column not found: ${columnOrder[i]}`);
      const { data, skipped } = asyncPages[colIdx];
      rowData[i] = data[selectStart + selectRow - skipped];
    }
    groupData[selectRow] = rowData;
  }
  return groupData;
}
function assembleAsync(asyncRowGroup, schemaTree2, parsers) {
  const { asyncColumns } = asyncRowGroup;
  const allParsers = { ...DEFAULT_PARSERS, ...parsers };
  const assembled = [];
  for (const child of schemaTree2.children) {
    if (child.children.length) {
      const childColumns = asyncColumns.filter((column) => column.pathInSchema[0] === child.element.name);
      if (!childColumns.length) continue;
      assembled.push({
        pathInSchema: child.path,
        data: (async () => {
          const resolved = await Promise.all(childColumns.map((c) => c.data));
          const subcolumnData = /* @__PURE__ */ new Map();
          const flattened = resolved.map(({ data }) => flatten(data));
          const skipped = Math.max(asyncRowGroup.selectStart ?? 0, ...resolved.map((result) => result.skipped));
          const end = Math.min(asyncRowGroup.selectEnd ?? Infinity, ...resolved.map((result, i) => result.skipped + flattened[i].length));
          for (let i = 0; i < childColumns.length; i++) {
            const start = skipped - resolved[i].skipped;
            const length = Math.max(0, end - skipped);
            subcolumnData.set(
              childColumns[i].pathInSchema.join("."),
              flattened[i].slice(start, start + length)
            );
          }
          assembleNested(subcolumnData, child, allParsers);
          const assembled2 = subcolumnData.get(child.element.name);
          if (!assembled2) throw new Error("parquet column data not assembled");
          return { data: [assembled2], skipped };
        })()
      });
    } else {
      const asyncColumn = asyncColumns.find((column) => column.pathInSchema[0] === child.element.name);
      if (asyncColumn) assembled.push(asyncColumn);
    }
  }
  return { ...asyncRowGroup, asyncColumns: assembled };
}

// node_modules/hyparquet/src/scan.js
async function prepareParquetRead(options) {
  const prepared = await prepareParquetOptions(options);
  return {
    options: prepared,
    plan: parquetPlan(prepared)
  };
}
async function prepareParquetOptions(options) {
  const metadata = options.metadata ?? await parquetMetadataAsync(options.file, options);
  const schemaColumns = parquetSchema(metadata).children.map((child) => child.element.name);
  const filterColumns = columnsNeededForFilter(options.filter);
  const missingFilterColumns = filterColumns.filter((column) => !schemaColumns.includes(column));
  if (missingFilterColumns.length) {
    throw new Error(`parquet filter columns not found: ${missingFilterColumns.join(", ")}`);
  }
  if (options.columns) {
    const missingColumns = options.columns.filter((column) => !schemaColumns.includes(column));
    if (missingColumns.length) throw new Error(`parquet column not found: ${missingColumns[0]}`);
  }
  let prepared = { ...options, metadata };
  prepared = await withBloomFilters(prepared);
  prepared = await withPageIndexes(prepared);
  return prepared;
}
function readParquetPlan(options, plan) {
  const readOptions = { ...options, file: prefetchAsyncBuffer(options.file, plan) };
  return plan.groups.map((group) => readRowGroup(readOptions, plan, group));
}
async function withBloomFilters(options) {
  if (!options.useBloomFilters || !options.filter || !options.metadata) return options;
  const schemaTree2 = parquetSchema(options.metadata);
  const schemaElements = {};
  for (const child of schemaTree2.children) schemaElements[child.element.name] = child.element;
  const bloomFiltersByGroup = await prefetchBloomFilters({
    file: options.file,
    metadata: options.metadata,
    filter: options.filter,
    filterStrict: options.filterStrict
  });
  return { ...options, bloomFiltersByGroup, schemaElements };
}
async function withPageIndexes(options) {
  if (!options.usePageIndex || !options.filter || !options.metadata) return options;
  const { pageRangesByGroup, pageLocationsByGroup } = await prefetchPageIndexes({
    file: options.file,
    metadata: options.metadata,
    filter: options.filter,
    filterStrict: options.filterStrict,
    rowStart: options.rowStart,
    rowEnd: options.rowEnd,
    columns: options.columns,
    bloomFiltersByGroup: options.bloomFiltersByGroup,
    schemaElements: options.schemaElements,
    parsers: options.parsers
  });
  return { ...options, pageRangesByGroup, pageLocationsByGroup };
}

// node_modules/hyparquet/src/read.js
var rowIndex = (
  /** @type {typeof import('../src/types.js').rowIndex} */
  /* @__PURE__ */ Symbol("rowIndex")
);
async function parquetRead(options) {
  options.metadata ??= await parquetMetadataAsync(options.file, options);
  const { rowStart = 0, rowEnd, columns, onChunk, onComplete, rowFormat, filter, filterStrict = true } = options;
  if (filter && rowFormat !== "object") {
    throw new Error('parquet filter requires rowFormat: "object"');
  }
  if (options.includeRowIndex && rowFormat !== "object") {
    throw new Error('parquet includeRowIndex requires rowFormat: "object"');
  }
  const filterColumns = columnsNeededForFilter(filter);
  let readColumns = columns;
  if (columns && filterColumns.length) {
    const selectedColumns = new Set(columns);
    const extraColumns = filterColumns.filter((column) => !selectedColumns.has(column));
    if (extraColumns.length) readColumns = [...columns, ...extraColumns];
  }
  const readOptions = readColumns === columns ? options : { ...options, columns: readColumns };
  const prepared = await prepareParquetRead(readOptions);
  const preparedOptions = prepared.options;
  const requiresProjection = readColumns !== columns;
  const asyncGroups = readParquetPlan(preparedOptions, prepared.plan);
  if (!onComplete && !onChunk) {
    await awaitAllColumns(asyncGroups);
    return;
  }
  if (!preparedOptions.metadata) throw new Error("parquet requires metadata");
  const schemaTree2 = parquetSchema(preparedOptions.metadata);
  const assembled = asyncGroups.map((arg) => assembleAsync(arg, schemaTree2, options.parsers));
  if (onChunk) {
    for (const asyncGroup of assembled) {
      for (const asyncColumn of asyncGroup.asyncColumns) {
        asyncColumn.data.then(({ data, skipped }) => {
          let rowStart2 = asyncGroup.groupStart + skipped;
          for (const columnData of data) {
            onChunk({
              columnName: asyncColumn.pathInSchema[0],
              columnData,
              rowStart: rowStart2,
              rowEnd: rowStart2 + columnData.length
            });
            rowStart2 += columnData.length;
          }
        }, () => {
        });
      }
    }
  }
  if (onComplete) {
    await awaitAllColumns(assembled);
    const rows = [];
    for (const asyncGroup of assembled) {
      const selectStart = asyncGroup.selectStart ?? Math.max(rowStart - asyncGroup.groupStart, 0);
      const selectEnd = asyncGroup.selectEnd ?? Math.min((rowEnd ?? Infinity) - asyncGroup.groupStart, asyncGroup.groupRows);
      const groupData = rowFormat === "object" ? await asyncGroupToRows(asyncGroup, selectStart, selectEnd, readColumns, "object") : await asyncGroupToRows(asyncGroup, selectStart, selectEnd, columns, "array");
      if (options.includeRowIndex) {
        for (let i = 0; i < groupData.length; i++) {
          Object.defineProperty(groupData[i], rowIndex, {
            value: asyncGroup.groupStart + selectStart + i
          });
        }
      }
      if (filter) {
        for (
          const row of
          /** @type {Record<string, any>[]} */
          groupData
        ) {
          if (matchFilter(row, filter, filterStrict)) {
            if (requiresProjection && columns) {
              for (const col of filterColumns) {
                if (!columns.includes(col)) delete row[col];
              }
            }
            rows.push(row);
          }
        }
      } else {
        concat(rows, groupData);
      }
    }
    onComplete(rows);
  } else {
    await awaitAllColumns(assembled);
  }
}
async function awaitAllColumns(asyncGroups) {
  const all = asyncGroups.flatMap((g) => g.asyncColumns.map((c) => c.data));
  const results = await Promise.allSettled(all);
  const failed = results.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
}
function parquetReadObjects(options) {
  return new Promise((onComplete, reject) => {
    parquetRead({
      ...options,
      rowFormat: "object",
      // force object output
      onComplete
    }).catch(reject);
  });
}

// src/dataset/parquet.ts
var STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });
var InvalidText = class {
  constructor(offset) {
    this.offset = offset;
  }
  offset;
};
function zstd() {
  const f = zlib["zstdDecompressSync"];
  return typeof f === "function" ? f : void 0;
}
function compressors(budget) {
  const take = (name, outputLength) => {
    if (outputLength > budget.left) throw new Error(`${name} pages decompress past the limit of the columns read`);
    budget.left -= outputLength;
  };
  const sized = (name, f) => (input, outputLength) => {
    take(name, outputLength);
    const out = f(input, { maxOutputLength: Math.max(1, outputLength) });
    if (out.length !== outputLength) throw new Error(`${name} page decompresses to ${out.length} bytes, its header says ${outputLength}`);
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  };
  const z = zstd();
  return {
    SNAPPY: (input, outputLength) => {
      take("SNAPPY", outputLength);
      const out = new Uint8Array(outputLength);
      snappyUncompress(input, out);
      return out;
    },
    GZIP: sized("GZIP", (b, o) => zlib.gunzipSync(b, o)),
    BROTLI: sized("BROTLI", (b, o) => zlib.brotliDecompressSync(b, o)),
    ...z ? { ZSTD: sized("ZSTD", z) } : {}
  };
}
function supportedCodecs() {
  return /* @__PURE__ */ new Set(["UNCOMPRESSED", ...Object.keys(compressors({ left: 0 }))]);
}
function topLevelColumns(meta) {
  return parquetSchema(meta).children.map((c) => c.element.name);
}
function asString(v) {
  if (v === null || v === void 0) return void 0;
  if (v instanceof InvalidText) return v;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") return String(v);
  return void 0;
}
async function readParquet(bytes, spec, limits) {
  const columns = spec.wanted.map(() => void 0);
  const fail = (message) => ({ columns, records: [], problems: [{ row: 1, message }] });
  const magic = (at2) => bytes[at2] === 80 && bytes[at2 + 1] === 65 && bytes[at2 + 2] === 82 && bytes[at2 + 3] === 49;
  if (bytes.length < 12 || !magic(0) || !magic(bytes.length - 4)) return fail("is not a Parquet file (no PAR1 magic at both ends; truncated?)");
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  let meta;
  try {
    meta = parquetMetadata(buffer);
  } catch (err) {
    return fail(`has unreadable Parquet metadata (${err.message})`);
  }
  const rows = Number(meta.num_rows);
  if (!Number.isSafeInteger(rows) || rows < 0) return fail("declares an impossible row count");
  if (rows > limits.maxRows) return fail(`has ${rows} rows, more than the limit of ${limits.maxRows}`);
  const present = topLevelColumns(meta);
  spec.wanted.forEach((w, i) => columns[i] = w.names.find((n) => present.includes(n)));
  const missing = spec.wanted.filter((_, i) => columns[i] === void 0);
  if (missing.length > 0) {
    return fail(`has no ${missing.map((m) => m.describe).join(" and no ")} column (columns: ${present.join(", ") || "none"})`);
  }
  const read = columns;
  const codecs = supportedCodecs();
  let uncompressed = 0n;
  for (const group of meta.row_groups) {
    for (const chunk2 of group.columns) {
      const md = chunk2.meta_data;
      if (!md || !read.includes(md.path_in_schema[0])) continue;
      if (!codecs.has(md.codec)) {
        return fail(`column '${md.path_in_schema.join(".")}' uses ${md.codec} compression, which this runtime cannot decode (supported: ${[...codecs].join(", ")})`);
      }
      uncompressed += md.total_uncompressed_size;
    }
  }
  if (uncompressed > BigInt(limits.maxUncompressedBytes)) {
    return fail(`columns ${read.join(", ")} decompress to ${uncompressed} bytes, over the limit of ${limits.maxUncompressedBytes}`);
  }
  let objects;
  try {
    objects = await parquetReadObjects({
      file: buffer,
      metadata: meta,
      columns: [...new Set(read)],
      compressors: compressors({ left: limits.maxUncompressedBytes }),
      parsers: {
        stringFromBytes: (b) => {
          try {
            return STRICT_UTF8.decode(b);
          } catch {
            return new InvalidText(firstInvalidUtf8(b));
          }
        }
      }
    });
  } catch (err) {
    return fail(`cannot be decoded (${err.message})`);
  }
  const records = [];
  const problems = [];
  objects.forEach((obj, i) => {
    const fields = {};
    for (const name of new Set(read)) {
      const v = asString(obj[name]);
      if (v instanceof InvalidText) {
        problems.push({ row: i + 1, message: `column '${name}' is not valid UTF-8 (first bad byte at offset ${v.offset})` });
        return;
      }
      if (v === void 0) {
        if (obj[name] === null || obj[name] === void 0) fields[name] = "";
        else {
          problems.push({ row: i + 1, message: `column '${name}' holds a ${Array.isArray(obj[name]) ? "list" : typeof obj[name]}, not text` });
          return;
        }
      } else fields[name] = v;
    }
    records.push({ row: i + 1, fields });
  });
  return { columns, records, problems };
}

// src/dataset/table.ts
var TABLE_EXTENSIONS = ["csv", "tsv", "jsonl", "ndjson", "parquet"];
var TEXT_COLUMN_ALIASES = ["text", "sentence", "content"];
var MAX_ROWS = 2e6;
function isTableFile(path) {
  return TABLE_EXTENSIONS.includes(extensionOf(path));
}
function lineOfOffset(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}
async function readTable(path, bytes, columns, maxBytes) {
  if (extensionOf(path) === "parquet") return readParquetTable(bytes, columns, maxBytes);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = lineOfOffset(bytes, offset);
    return { rows: [], problems: [problem(line, `is not valid UTF-8 (first bad byte at offset ${offset}); no row of this file was read`)] };
  }
  const parsed = parseRecords(path, text);
  const lines = text.split("\n");
  const raw = (line) => lines[line - 1] ?? "";
  const wholeFile = parsed.records.length === 0;
  const problems = parsed.problems.map((p) => problem(p.line, p.message, wholeFile ? void 0 : raw(p.line)));
  return collectRows(parsed.records, columns, problems, raw);
}
function problem(line, message, raw) {
  return { line, message, ...raw !== void 0 ? { fingerprint: sha256Hex(`${message}\0${raw}`) } : {} };
}
function textColumnOf(fields, columns) {
  if (columns.text !== void 0) return columns.text in fields ? columns.text : void 0;
  return TEXT_COLUMN_ALIASES.find((c) => c in fields);
}
function describeText(columns) {
  return columns.text !== void 0 ? `'${columns.text}'` : TEXT_COLUMN_ALIASES.map((c) => `'${c}'`).join(", ");
}
function collectRows(records, columns, problems, raw) {
  const rows = [];
  if (records.length > 0 && records.every((r) => textColumnOf(r.fields, columns) === void 0)) {
    const first = records[0];
    problems.push(problem(first.line, `has no text column (${describeText(columns)}); columns: ${Object.keys(first.fields).join(", ")}`));
    return { rows, problems };
  }
  for (const rec of records) {
    const textColumn = textColumnOf(rec.fields, columns);
    const text = textColumn === void 0 ? void 0 : rec.fields[textColumn];
    const label2 = rec.fields[columns.label];
    const bad = (message) => problems.push(problem(rec.line, message, raw(rec.line)));
    if (text === void 0) bad(`row has no text column (${describeText(columns)})`);
    else if (text.trim() === "") bad(`row has an empty '${textColumn}'`);
    else if (label2 === void 0 || label2.trim() === "") bad(`row has no '${columns.label}' value`);
    else rows.push({ line: rec.line, text, label: label2 });
  }
  return { rows, problems };
}
async function readParquetTable(bytes, columns, maxBytes) {
  const table2 = await readParquet(
    bytes,
    {
      wanted: [
        { names: columns.text !== void 0 ? [columns.text] : TEXT_COLUMN_ALIASES, describe: `text (${describeText(columns)})` },
        { names: [columns.label], describe: `'${columns.label}'` }
      ]
    },
    // Decompressed text may legitimately be several times the file; eight times bounds a bomb.
    { maxRows: MAX_ROWS, maxUncompressedBytes: maxBytes * 8 }
  );
  const textColumn = table2.columns[0];
  const rawRow = new Map(table2.records.map((r) => [r.row, JSON.stringify(r.fields)]));
  const wholeFile = table2.records.length === 0;
  const problems = table2.problems.map((p) => problem(p.row, p.message, wholeFile ? void 0 : rawRow.get(p.row) ?? ""));
  if (textColumn === void 0) return { rows: [], problems };
  const records = table2.records.map((r) => ({ line: r.row, fields: r.fields }));
  return collectRows(records, { ...columns, text: textColumn }, problems, (line) => rawRow.get(line) ?? "");
}

// src/dataset/layout.ts
var SPLITS = /* @__PURE__ */ new Set(["train", "training", "val", "valid", "validation", "dev", "test", "testing"]);
function sampleExtensions(dataset) {
  return dataset.modality === "image" ? IMAGE_EXTENSIONS : TEXT_EXTENSIONS;
}
async function listDataset(tree, dataset, limits, gitDir2) {
  if (dataset.layout === "imagefolder") return listFolder(tree, dataset);
  if (dataset.layout === "table") return listTables(tree, dataset, limits, gitDir2);
  return listManifest(tree, dataset, limits);
}
function newSample(dataset, path, label2) {
  return { path, label: label2, dataset: dataset.name, modality: dataset.modality, sha256: "" };
}
async function listTables(tree, dataset, limits, gitDir2) {
  const samples = [];
  const problems = [];
  for (const entry of await tree.list(dataset.root)) {
    if (matchesAny(entry.path.slice(dataset.root.length + 1), dataset.ignore)) continue;
    if (!isTableFile(entry.path)) {
      problems.push({
        path: entry.path,
        message: `is not a table this dataset reads (${TABLE_EXTENSIONS.map((e) => `.${e}`).join(", ")}); add it to 'ignore' if it is not training data`
      });
      continue;
    }
    const content = await readContent(entry.path, tree, limits.max_file_bytes, gitDir2);
    if ("problem" in content) {
      problems.push({ path: entry.path, message: content.problem.message });
      continue;
    }
    const table2 = await readTable(entry.path, content.bytes, dataset.columns, limits.max_file_bytes);
    for (const p of table2.problems) problems.push({ path: entry.path, line: p.line, message: p.message, fingerprint: p.fingerprint });
    for (const row of table2.rows) {
      samples.push({ ...newSample(dataset, entry.path, row.label), line: row.line, inline: row.text, sha256: sha256Hex(row.text) });
    }
  }
  return { samples, problems };
}
async function listFolder(tree, dataset) {
  const samples = [];
  const problems = [];
  const exts = new Set(sampleExtensions(dataset));
  for (const entry of await tree.list(dataset.root)) {
    const rel = entry.path.slice(dataset.root.length + 1);
    if (matchesAny(rel, dataset.ignore)) continue;
    const parts = rel.split("/");
    const label2 = SPLITS.has(parts[0].toLowerCase()) && parts.length >= 3 ? parts[1] : parts[0];
    if (parts.length < 2 || SPLITS.has(parts[0].toLowerCase()) && parts.length < 3) {
      problems.push({ path: entry.path, message: "is not inside a class folder (<root>/[split/]<class>/<file>)" });
    } else if (!exts.has(extensionOf(entry.path))) {
      problems.push({
        path: entry.path,
        message: `is not a ${dataset.modality} sample this dataset accepts (extension '.${extensionOf(entry.path)}'); add it to 'ignore' if it is not training data`
      });
    } else samples.push(newSample(dataset, entry.path, label2));
  }
  return { samples, problems };
}
async function listManifest(tree, dataset, limits) {
  const manifest = dataset.manifest;
  const problems = [];
  let text;
  try {
    text = (await tree.read(manifest, limits.max_file_bytes)).toString("utf8");
  } catch (err) {
    return { samples: [], problems: [{ path: manifest, message: `manifest cannot be read: ${err.message}` }], manifest };
  }
  const dir = manifest.includes("/") ? manifest.slice(0, manifest.lastIndexOf("/")) : "";
  const parsed = parseRecords(manifest, text);
  for (const p of parsed.problems) problems.push({ path: manifest, line: p.line, message: p.message });
  const samples = [];
  const seen = /* @__PURE__ */ new Map();
  for (const rec of parsed.records) {
    const rawPath = rec.fields[dataset.columns.path] ?? (dataset.columns.path === "path" ? rec.fields["file_name"] : void 0);
    const label2 = rec.fields[dataset.columns.label];
    if (!rawPath) {
      problems.push({ path: manifest, line: rec.line, message: `row has no '${dataset.columns.path}' value` });
      continue;
    }
    if (label2 === void 0 || label2 === "") {
      problems.push({ path: manifest, line: rec.line, message: `row has no '${dataset.columns.label}' value` });
      continue;
    }
    const path = joinRepoPath(dir, rawPath);
    if (!path || !isUnder(path, dataset.root)) {
      problems.push({
        path: manifest,
        line: rec.line,
        message: `sample path '${rawPath}' leaves the dataset root '${dataset.root}'`
      });
      continue;
    }
    const prev = seen.get(path);
    if (prev !== void 0) {
      problems.push({ path: manifest, line: rec.line, message: `sample '${rawPath}' is listed twice (also line ${prev})` });
      continue;
    }
    seen.set(path, rec.line);
    samples.push(newSample(dataset, path, label2));
  }
  return { samples, problems, manifest };
}

// src/dataset/reference.ts
function capReference(samples, perClass, total) {
  if (samples.length <= total && perClass === void 0) return [...samples].sort(byPosition2);
  const rank = new Map(samples.map((s) => [s, sha256Hex(s.inline !== void 0 ? `${s.label}\0${s.inline}` : s.path)]));
  const byRank = (a, b) => {
    const ra = rank.get(a);
    const rb = rank.get(b);
    return ra < rb ? -1 : ra > rb ? 1 : byPosition2(a, b);
  };
  let kept = [...samples];
  if (perClass !== void 0) {
    const byClass = /* @__PURE__ */ new Map();
    for (const s of kept) {
      const list = byClass.get(s.label);
      if (list) list.push(s);
      else byClass.set(s.label, [s]);
    }
    kept = [...byClass.values()].flatMap((list) => list.sort(byRank).slice(0, perClass));
  }
  if (kept.length > total) kept = kept.sort(byRank).slice(0, total);
  return kept.sort(byPosition2);
}
function byPosition2(a, b) {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0);
}

// src/media/text.ts
var decoder5 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
function decodeText(bytes) {
  try {
    return { text: decoder5.decode(bytes) };
  } catch {
    return { problem: { code: "invalid-utf8", message: `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})` } };
  }
}

// src/media/load.ts
async function loadSample(sample, tree, opts) {
  if (sample.inline !== void 0) return loadInline(sample, opts);
  const out = { sample, problems: [] };
  const content = await readContent(sample.path, tree, opts.limits.max_file_bytes, opts.gitDir);
  if (content.lfs) out.lfs = content.lfs;
  if ("problem" in content) {
    if (content.oid) sample.sha256 = content.oid;
    out.problems.push(content.problem);
    return out;
  }
  const bytes = content.bytes;
  out.bytes = bytes;
  sample.sha256 = sha256Hex(bytes);
  if (bytes.length === 0) {
    out.problems.push({ code: "empty", message: "is empty (0 bytes)" });
    return out;
  }
  if (!opts.decode) return out;
  if (sample.modality === "image") {
    const r = await decodeImage(bytes, extensionOf(sample.path), opts.dataset.formats, opts.limits);
    if ("problem" in r) out.problems.push(r.problem);
    else out.image = r.image;
  } else {
    if (bytes.length > opts.limits.max_text_bytes) {
      out.problems.push({ code: "too-large", message: `text of ${bytes.length} bytes is over the limit of ${opts.limits.max_text_bytes}` });
      return out;
    }
    const r = decodeText(bytes);
    if ("problem" in r) out.problems.push(r.problem);
    else out.text = r.text;
  }
  return out;
}
function loadInline(sample, opts) {
  const text = sample.inline;
  const bytes = Buffer.from(text, "utf8");
  sample.sha256 = sha256Hex(bytes);
  const out = { sample, problems: [], bytes };
  if (text.trim() === "") out.problems.push({ code: "empty", message: "has an empty text" });
  else if (bytes.length > opts.limits.max_text_bytes) {
    out.problems.push({ code: "too-large", message: `text of ${bytes.length} bytes is over the limit of ${opts.limits.max_text_bytes}` });
  } else if (opts.decode) out.text = text;
  return out;
}

// src/report/model.ts
var REPORT_VERSION = 1;

// src/types.ts
var SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };

// src/verdict/verdict.ts
function compareFindings(a, b) {
  return cmp(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || cmp(a.rule, b.rule) || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || cmp(a.message, b.message);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function isExpired(w, now) {
  return now.getTime() >= Date.parse(`${w.expires}T00:00:00Z`) + 24 * 3600 * 1e3;
}
function covers(w, f) {
  if (w.rule !== f.rule) return false;
  if (w.path !== void 0 && w.path !== f.path) return false;
  if (w.sha256 !== void 0 && w.sha256 !== f.sha256) return false;
  return true;
}
function decide(policy, policyPath, raw, now) {
  const uses = policy.waivers.map((waiver) => ({ waiver, used: 0, expired: isExpired(waiver, now) }));
  const findings = raw.map((f) => {
    const use = uses.find((u) => !u.expired && covers(u.waiver, f));
    if (!use) return f;
    use.used++;
    return { ...f, waived: { reason: use.waiver.reason, expires: use.waiver.expires } };
  });
  for (const u of uses) {
    if (u.expired) {
      findings.push({
        rule: "waiver-expired",
        severity: "error",
        path: policyPath,
        message: `waiver for ${u.waiver.rule} on ${u.waiver.path ?? `sha256 ${u.waiver.sha256}`} expired on ${u.waiver.expires} ("${u.waiver.reason}"): review the sample again and renew or remove the waiver`,
        evidence: { waiver: u.waiver }
      });
    }
  }
  findings.sort(compareFindings);
  const threshold = SEVERITY_RANK[policy.fail_on];
  const byRule = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.waived || SEVERITY_RANK[f.severity] < threshold) continue;
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  const failed = [...byRule.entries()].map(([rule, list]) => ({ rule, count: list.length, example: list[0].message })).sort((a, b) => cmp(a.rule, b.rule));
  const wouldFail = failed.length > 0;
  return {
    verdict: wouldFail && policy.enforcement === "enforce" ? "fail" : "pass",
    wouldFail,
    failed,
    waivers: uses,
    findings
  };
}

// src/version.ts
var TOOL_VERSION = "0.1.0";

// src/scan/scan.ts
var LOAD_CONCURRENCY2 = 4;
var silent = { info: () => {
}, warn: () => {
} };
async function openSides(req) {
  if (!req.base) {
    const head = new FsTree(req.root);
    const files = await head.list("");
    return { head, changes: { source: "full-scan", changes: files.map((f) => ({ status: "added", path: f.path })) } };
  }
  const baseSha = await resolveCommit(req.root, req.base);
  const headSha = await resolveCommit(req.root, req.head ?? "HEAD");
  const changes = req.changes ?? await diffChanges(req.root, baseSha, headSha);
  return { head: new GitTree(req.root, headSha, "head"), base: new GitTree(req.root, baseSha, "base"), changes };
}
async function readPolicy(req, sides) {
  const tree = sides.base ?? sides.head;
  let bytes;
  try {
    bytes = await tree.read(req.policyPath, 1024 * 1024);
  } catch (err) {
    const why = err instanceof ReadError && err.code === "missing" ? "not found" : errorMessage(err);
    throw new ConfigError(`policy ${req.policyPath} in ${tree.label}: ${why}`);
  }
  return loadPolicy({ text: bytes.toString("utf8"), path: req.policyPath, source: tree.commit ?? tree.label });
}
function layoutProblemSample(dataset, p) {
  return {
    sample: { path: p.path, ...p.line ? { line: p.line } : {}, dataset: dataset.name, label: "", modality: dataset.modality, sha256: "" },
    problems: [{ code: "unrecognised-file", message: p.message, ...p.severity ? { severity: p.severity } : {} }]
  };
}
function engineFinding(rule, severity2, path, message, extra = {}) {
  return { rule, severity: severity2, path, message, ...extra };
}
async function scanDataset(dataset, loaded2, sides, services, now, git2) {
  const { policy } = loaded2;
  const limits = policy.limits;
  const findings = [];
  const timings = {};
  const headListing = await listDataset(sides.head, dataset, limits, git2);
  const baseListing = sides.base ? await listDataset(sides.base, dataset, limits, git2) : void 0;
  const delta = selectCandidates(dataset, headListing, baseListing, sides.changes.changes);
  let candidates = delta.candidates;
  if (candidates.length > limits.max_candidates) {
    findings.push(
      engineFinding("limit-exceeded", "error", dataset.root, `${candidates.length} changed samples exceed max_candidates (${limits.max_candidates}); only the first ${limits.max_candidates} were checked. Split the pull request or raise the limit.`)
    );
    candidates = candidates.slice(0, limits.max_candidates);
  }
  const referenceTree = sides.base ?? sides.head;
  const referenceAll = baseListing?.samples ?? headListing.samples;
  const referenceSamples = capReference(referenceAll, dataset.reference.max_per_class, limits.max_reference_samples);
  if (referenceSamples.length < referenceAll.length && dataset.reference.max_per_class === void 0) {
    findings.push(
      engineFinding("limit-exceeded", "notice", dataset.root, `reference capped at ${referenceSamples.length} of ${referenceAll.length} samples (max_reference_samples)`)
    );
  }
  const loadOpts = { dataset, limits, gitDir: git2, decode: true };
  const reference = {
    samples: referenceSamples,
    tree: referenceTree,
    load: (s, o) => loadSample({ ...s }, referenceTree, { ...loadOpts, decode: o?.decode ?? true })
  };
  let t = Date.now();
  const loadedCandidates = await mapLimit(candidates, LOAD_CONCURRENCY2, (s) => loadSample(s, sides.head, loadOpts));
  const all = [...loadedCandidates, ...delta.problems.map((p) => layoutProblemSample(dataset, p))];
  timings["load"] = Date.now() - t;
  for (const r of delta.removed) {
    const where2 = r.line ? `${r.path}:${r.line}` : r.path;
    findings.push(
      engineFinding("removed-sample", "notice", r.path, `removes trusted sample ${where2} (class ${r.label}); removals can shift a class boundary, review them like additions`, r.line ? { line: r.line } : {})
    );
  }
  const ran = [];
  for (const detector of DETECTORS) {
    const settings = policy.detectors[detector.id];
    const enabled = detector.mandatory || settings !== void 0 && settings.enabled !== false;
    const modalities = settings?.modalities ?? (detector.modality === "any" ? void 0 : [detector.modality]);
    if (!enabled || modalities && !modalities.includes(dataset.modality)) continue;
    ran.push(detector.id);
    const ctx = {
      dataset,
      options: { ...detector.defaults, ...settings ?? {} },
      candidates: all,
      reference,
      changes: sides.changes.changes,
      head: sides.head,
      policy: loaded2,
      limits,
      services,
      now
    };
    t = Date.now();
    try {
      findings.push(...(await detector.run(ctx)).map((f) => ({ ...f, dataset: dataset.name })));
    } catch (err) {
      findings.push(
        engineFinding("detector-error", "error", dataset.root, `detector ${detector.id} failed on dataset ${dataset.name}: ${errorMessage(err)}; the dataset counts as unchecked`, { dataset: dataset.name })
      );
    }
    timings[detector.id] = Date.now() - t;
  }
  const summary = {
    name: dataset.name,
    root: dataset.root,
    layout: dataset.layout,
    modality: dataset.modality,
    candidates: delta.candidates.length,
    unchecked: all.filter((c) => c.problems.length > 0).length,
    reference: referenceSamples.length,
    removed: delta.removed.length,
    detectors: ran
  };
  return { summary, findings, timings };
}
function guardedChanges(loaded2, changes) {
  const out = [];
  const touched = (path) => changes.find((c) => c.path === path || c.previousPath === path);
  const policyChange = touched(loaded2.path);
  if (policyChange) {
    out.push(
      engineFinding("policy-changed", "error", loaded2.path, `this pull request ${policyChange.status === "removed" ? "deletes" : "changes"} the poisoning-defense policy. It is judged by the base branch's policy; the change needs a code-owner review and applies after merge.`)
    );
  }
  for (const d of loaded2.policy.datasets) {
    if (typeof d.model !== "object") continue;
    if (touched(d.model.path)) {
      out.push(
        engineFinding("model-changed", "error", d.model.path, `this pull request changes the embedding model of dataset ${d.name}. The scan uses the base branch's pinned model; a new model needs review and a new sha256 pin after merge.`)
      );
    }
    const tokenizer = isTextModelPolicy(d.model) ? d.model.tokenizer.path : void 0;
    if (tokenizer && touched(tokenizer)) {
      out.push(
        engineFinding("model-changed", "error", tokenizer, `this pull request changes the tokenizer of dataset ${d.name}'s text encoder. The scan uses the base branch's pinned tokenizer; a new one needs review and a new sha256 pin after merge.`)
      );
    }
  }
  return out;
}
async function scan(req) {
  const started = Date.now();
  const log = req.log ?? silent;
  const now = req.now ?? /* @__PURE__ */ new Date();
  const sides = await openSides(req);
  try {
    const loaded2 = await readPolicy(req, sides);
    log.info(`policy ${loaded2.path} from ${sides.base?.label ?? sides.head.label}`);
    const git2 = await gitDir(req.root).catch(() => void 0);
    const services = { root: req.root, ...req.cacheDir ? { cacheDir: req.cacheDir } : {} };
    const findings = sides.base ? guardedChanges(loaded2, sides.changes.changes) : [];
    const datasets = [];
    const timings = {};
    for (const dataset of loaded2.policy.datasets) {
      const run = await scanDataset(dataset, loaded2, sides, services, now, git2);
      log.info(`dataset ${dataset.name}: ${run.summary.candidates} candidate(s), ${run.summary.reference} reference sample(s)`);
      findings.push(...run.findings);
      datasets.push(run.summary);
      for (const [k, v] of Object.entries(run.timings)) timings[k] = (timings[k] ?? 0) + v;
    }
    const verdict = decide(loaded2.policy, loaded2.path, findings, now);
    timings["total"] = Date.now() - started;
    return { verdict, report: buildReport(loaded2, sides, datasets, verdict, timings) };
  } finally {
    sides.head.close();
    sides.base?.close();
  }
}
function buildReport(loaded2, sides, datasets, v, timings) {
  const counts = { total: v.findings.length, error: 0, warning: 0, notice: 0, waived: 0 };
  const byRule = {};
  for (const f of v.findings) {
    if (f.waived) counts.waived++;
    else counts[f.severity]++;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  return {
    version: REPORT_VERSION,
    tool: { name: "poisongate", version: TOOL_VERSION },
    verdict: v.verdict,
    enforcement: loaded2.policy.enforcement,
    would_fail: v.wouldFail,
    failed_rules: v.failed,
    policy: { path: loaded2.path, source: loaded2.source, sha256: loaded2.sha256, fail_on: loaded2.policy.fail_on },
    scope: {
      mode: sides.base ? "pull-request" : "full",
      ...sides.base?.commit ? { base: sides.base.commit } : {},
      ...sides.base && sides.head.commit ? { head: sides.head.commit } : {},
      changed_files: sides.changes.changes.length,
      changes_from: sides.changes.source
    },
    datasets,
    summary: {
      findings: counts,
      by_rule: Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => a < b ? -1 : 1)),
      candidates: datasets.reduce((n, d) => n + d.candidates, 0),
      unchecked: datasets.reduce((n, d) => n + d.unchecked, 0),
      waivers: v.waivers.map((u) => ({ ...u.waiver, used: u.used, expired: u.expired })),
      timings_ms: timings
    },
    findings: v.findings
  };
}

// src/cli/main.ts
var DEFAULT_POLICY = ".github/poisongate.yml";
var EXIT = { pass: 0, fail: 1, usage: 2 };
var USAGE = `Usage:
  poisongate scan [--policy FILE] [--base REF] [--head REF] [--root DIR]
                  [--format text|json|sarif] [--output FILE] [--json FILE] [--sarif FILE] [--cache-dir DIR]
  poisongate validate-policy FILE
  poisongate schema
  poisongate --version

scan        Checks the samples a change adds against the trusted base (with --base), or the whole
            dataset tree (without). The policy is read from the base ref when there is one.
Exit codes: 0 pass, 1 policy violated, 2 usage, configuration or input error.
Default policy: ${DEFAULT_POLICY}`;
var defaultIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd()
};
async function writeFile(path, text) {
  await fs6.mkdir(dirname3(path), { recursive: true });
  await fs6.writeFile(path, text);
}
async function runScan(args, io) {
  const { values } = parseArgs({
    args,
    options: {
      policy: { type: "string", default: DEFAULT_POLICY },
      base: { type: "string" },
      head: { type: "string" },
      root: { type: "string", default: "." },
      format: { type: "string", default: "text" },
      output: { type: "string" },
      json: { type: "string" },
      sarif: { type: "string" },
      "cache-dir": { type: "string" }
    },
    strict: true,
    allowPositionals: false
  });
  if (!FORMATS.includes(values.format)) throw new ConfigError(`--format must be one of ${FORMATS.join(", ")}`);
  if (values.head && !values.base) throw new ConfigError("--head needs --base");
  const root = resolve2(io.cwd, values.root);
  const result = await scan({
    root,
    policyPath: values.policy.replace(/^\.\//, ""),
    ...values.base ? { base: values.base } : {},
    ...values.head ? { head: values.head } : {},
    ...values["cache-dir"] ? { cacheDir: resolve2(io.cwd, values["cache-dir"]) } : {},
    ...io.now ? { now: io.now } : {},
    log: { info: (m) => io.stderr(`${m}
`), warn: (m) => io.stderr(`warning: ${m}
`) }
  });
  const withEvidence = (path) => writeAttachments(result.report, path);
  const output = values.output ? resolve2(io.cwd, values.output) : void 0;
  const report2 = output && values.format === "json" ? await withEvidence(output) : result.report;
  const text = formatReport(report2, values.format);
  if (output) await writeFile(output, text);
  else io.stdout(text);
  if (values.json) {
    const jsonPath = resolve2(io.cwd, values.json);
    await writeFile(jsonPath, formatReport(await withEvidence(jsonPath), "json"));
  }
  if (values.sarif) await writeFile(resolve2(io.cwd, values.sarif), formatReport(result.report, "sarif"));
  return result.report.verdict === "pass" ? EXIT.pass : EXIT.fail;
}
async function validatePolicy(args, io) {
  if (args.length !== 1) throw new ConfigError("validate-policy takes one FILE");
  const file = args[0];
  let text;
  try {
    text = await fs6.readFile(resolve2(io.cwd, file), "utf8");
  } catch (err) {
    throw new ConfigError(`${file}: cannot be read (${err.code ?? errorMessage(err)})`);
  }
  const loaded2 = loadPolicy({ text, path: file, source: "file" });
  io.stdout(`${file}: valid (${loaded2.policy.datasets.length} dataset(s), enforcement ${loaded2.policy.enforcement})
`);
  return EXIT.pass;
}
async function main(argv, io = defaultIo) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "scan":
        return await runScan(rest, io);
      case "validate-policy":
        return await validatePolicy(rest, io);
      case "schema":
        io.stdout(`${JSON.stringify(policySchema(), null, 2)}
`);
        return EXIT.pass;
      case "--version":
      case "version":
        io.stdout(`${TOOL_VERSION}
`);
        return EXIT.pass;
      case "--help":
      case "help":
      case "-h":
        io.stdout(`${USAGE}
`);
        return EXIT.pass;
      default:
        io.stderr(`${command ? `unknown command '${command}'
` : ""}${USAGE}
`);
        return EXIT.usage;
    }
  } catch (err) {
    if (err instanceof ConfigError || err.code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`${errorMessage(err)}
`);
      return EXIT.usage;
    }
    io.stderr(`poisongate: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}
`);
    return EXIT.usage;
  }
}

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2));
