// Generated from the zod schema (schema.ts) by schema-codegen.ts: `npm run schema:fast` rewrites it, and
// test/data/schema-fast.test.ts checks that it is current. Do not edit.
/* eslint-disable */
import type { z } from "zod";
import * as schemas from "./schema";
import { isPlainObject, NOT_SURE, runCheck, type FastParser } from "./schema-fast";

const S: any = schemas;
const k4 = S.PlanSchema._zod.def.shape["id"]._zod.def.checks[0]._zod.def.pattern;
const k7 = S.PlanSchema._zod.def.shape["title"]._zod.def.checks[0]._zod.def.tx;
const k8 = S.PlanSchema._zod.def.shape["title"]._zod.def.checks[1];
const k11 = S.PlanSchema._zod.def.shape["bundle"]._zod.def;
const k14 = S.PlanSchema._zod.def.shape["bundle"]._zod.def.innerType._zod.def.innerType._zod.def.checks[0]._zod.def.tx;
const k15 = S.PlanSchema._zod.def.shape["bundle"]._zod.def.innerType._zod.def.innerType._zod.def.checks[1];
const k18 = S.PlanSchema._zod.def.shape["document"]._zod.def.checks[0]._zod.def.pattern;
const k27 = S.PlanSchema._zod.def.shape["region"]._zod.def.checks[0]._zod.def.tx;
const k28 = S.PlanSchema._zod.def.shape["region"]._zod.def.checks[1];
const k31 = S.PlanSchema._zod.def.shape["issuer"]._zod.def;
const k34 = S.PlanSchema._zod.def.shape["issuer"]._zod.def.innerType._zod.def.innerType._zod.def.checks[0]._zod.def.tx;
const k35 = S.PlanSchema._zod.def.shape["issuer"]._zod.def.innerType._zod.def.innerType._zod.def.checks[1];
const k38 = S.PlanSchema._zod.def.shape["issued"]._zod.def;
const k41 =
  S.PlanSchema._zod.def.shape["issued"]._zod.def.innerType._zod.def.innerType._zod.def.checks[0]._zod.def.pattern;
const k53 = S.PlanSchema._zod.def.shape["supersedes"]._zod.def;
const k60 = S.PlanSchema._zod.def.shape["sectorAliases"]._zod.def;
const k68 =
  S.PlanSchema._zod.def.shape["sectorAliases"]._zod.def.innerType._zod.def.valueType._zod.def.element._zod.def.checks[0]
    ._zod.def.tx;
const k69 =
  S.PlanSchema._zod.def.shape["sectorAliases"]._zod.def.innerType._zod.def.valueType._zod.def.element._zod.def
    .checks[1];
const k72 = S.PlanSchema._zod.def.shape["note"]._zod.def;
const k75 = S.PlanSchema._zod.def.shape["note"]._zod.def.innerType._zod.def.innerType._zod.def.checks[0]._zod.def.tx;
const k76 = S.PlanSchema._zod.def.shape["note"]._zod.def.innerType._zod.def.innerType._zod.def.checks[1];
const k85 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["id"]._zod.def.checks[0]._zod.def.pattern;
const k90 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["quote"]._zod.def.checks[0]._zod.def.tx;
const k91 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["quote"]._zod.def.checks[1];
const k94 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["valueText"]._zod.def;
const k97 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["valueText"]._zod.def.innerType._zod.def
    .innerType._zod.def.checks[0]._zod.def.tx;
const k98 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["valueText"]._zod.def.innerType._zod.def
    .innerType._zod.def.checks[1];
const k104 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["sector"]._zod.def.element._zod.def.checks[0]
    ._zod.def.tx;
const k105 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["sector"]._zod.def.element._zod.def.checks[1];
const k106 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["sector"]._zod.def.checks[0];
const k109 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["subRegion"]._zod.def;
const k112 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["subRegion"]._zod.def.innerType._zod.def
    .innerType._zod.def.checks[0]._zod.def.tx;
const k113 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["subRegion"]._zod.def.innerType._zod.def
    .innerType._zod.def.checks[1];
const k116 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["metric"]._zod.def.checks[0]._zod.def.tx;
const k117 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["metric"]._zod.def.checks[1];
const k120 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["kind"]._zod.values;
const k126 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["yearBasis"]._zod.values;
const k129 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["period"]._zod.def;
const k141 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["valueMax"]._zod.def;
const k146 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["unit"]._zod.def.checks[0]._zod.def.tx;
const k147 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["unit"]._zod.def.checks[1];
const k150 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["bound"]._zod.def;
const k152 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["bound"]._zod.def.innerType._zod.values;
const k155 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["aspiration"]._zod.def;
const k159 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["qualifiers"]._zod.def;
const k164 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["qualifiers"]._zod.def.innerType._zod.def
    .element._zod.def.checks[0]._zod.def.tx;
const k165 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["qualifiers"]._zod.def.innerType._zod.def
    .element._zod.def.checks[1];
const k168 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["entityFilter"]._zod.def;
const k174 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["entityFilter"]._zod.def.innerType._zod.def
    .innerType._zod.def.shape["measure"]._zod.def.checks[0]._zod.def.tx;
const k175 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["entityFilter"]._zod.def.innerType._zod.def
    .innerType._zod.def.shape["measure"]._zod.def.checks[1];
const k178 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["entityFilter"]._zod.def.innerType._zod.def
    .innerType._zod.def.shape["op"]._zod.values;
const k183 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["entityFilter"]._zod.def.innerType._zod.def
    .innerType._zod.def.shape["valueMax"]._zod.def;
const k188 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["entityFilter"]._zod.def.innerType._zod.def
    .innerType._zod.def.shape["unit"]._zod.def.checks[0]._zod.def.tx;
const k189 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["entityFilter"]._zod.def.innerType._zod.def
    .innerType._zod.def.shape["unit"]._zod.def.checks[1];
const k192 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["growth"]._zod.def;
const k198 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["growth"]._zod.def.innerType._zod.def.innerType
    ._zod.def.shape["type"]._zod.values;
const k201 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["relative"]._zod.def;
const k207 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["relative"]._zod.def.innerType._zod.def
    .innerType._zod.def.shape["op"]._zod.values;
const k213 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["sameAs"]._zod.def;
const k220 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["note"]._zod.def;
const k223 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["note"]._zod.def.innerType._zod.def.innerType
    ._zod.def.checks[0]._zod.def.tx;
const k224 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["note"]._zod.def.innerType._zod.def.innerType
    ._zod.def.checks[1];
const k225 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.checks[0];
const k228 = S.PlanSchema._zod.def.shape["exclusions"]._zod.def;
const k238 =
  S.PlanSchema._zod.def.shape["exclusions"]._zod.def.innerType._zod.def.element._zod.def.shape["text"]._zod.def
    .checks[0]._zod.def.tx;
const k239 =
  S.PlanSchema._zod.def.shape["exclusions"]._zod.def.innerType._zod.def.element._zod.def.shape["text"]._zod.def
    .checks[1];
const k242 =
  S.PlanSchema._zod.def.shape["exclusions"]._zod.def.innerType._zod.def.element._zod.def.shape["reason"]._zod.values;
const k245 =
  S.PlanSchema._zod.def.shape["exclusions"]._zod.def.innerType._zod.def.element._zod.def.shape["note"]._zod.def;
const k248 =
  S.PlanSchema._zod.def.shape["exclusions"]._zod.def.innerType._zod.def.element._zod.def.shape["note"]._zod.def
    .innerType._zod.def.innerType._zod.def.checks[0]._zod.def.tx;
const k249 =
  S.PlanSchema._zod.def.shape["exclusions"]._zod.def.innerType._zod.def.element._zod.def.shape["note"]._zod.def
    .innerType._zod.def.innerType._zod.def.checks[1];
const k261 =
  S.RegionsFileSchema._zod.def.shape["regions"]._zod.def.element._zod.def.shape["name"]._zod.def.checks[0]._zod.def.tx;
const k262 = S.RegionsFileSchema._zod.def.shape["regions"]._zod.def.element._zod.def.shape["name"]._zod.def.checks[1];
const k265 =
  S.RegionsFileSchema._zod.def.shape["regions"]._zod.def.element._zod.def.shape["code"]._zod.def.checks[0]._zod.def
    .pattern;
const k268 =
  S.RegionsFileSchema._zod.def.shape["regions"]._zod.def.element._zod.def.shape["iso"]._zod.def.checks[0]._zod.def
    .pattern;
const k274 =
  S.RegionsFileSchema._zod.def.shape["regions"]._zod.def.element._zod.def.shape["aliases"]._zod.def.element._zod.def
    .checks[0]._zod.def.tx;
const k275 =
  S.RegionsFileSchema._zod.def.shape["regions"]._zod.def.element._zod.def.shape["aliases"]._zod.def.element._zod.def
    .checks[1];
const k278 = S.RegionsFileSchema._zod.def.shape["regions"]._zod.def.element._zod.def.shape["subRegions"]._zod.def;
const k283 =
  S.RegionsFileSchema._zod.def.shape["regions"]._zod.def.element._zod.def.shape["subRegions"]._zod.def.innerType._zod
    .def.element._zod.def.checks[0]._zod.def.tx;
const k284 =
  S.RegionsFileSchema._zod.def.shape["regions"]._zod.def.element._zod.def.shape["subRegions"]._zod.def.innerType._zod
    .def.element._zod.def.checks[1];
const k285 = S.RegionsFileSchema._zod.def.shape["regions"]._zod.def.checks[0];
const k297 =
  S.AliasesFileSchema._zod.def.shape["metrics"]._zod.def.valueType._zod.def.element._zod.def.checks[0]._zod.def.tx;
const k298 = S.AliasesFileSchema._zod.def.shape["metrics"]._zod.def.valueType._zod.def.element._zod.def.checks[1];
const k307 =
  S.AliasesFileSchema._zod.def.shape["sectors"]._zod.def.valueType._zod.def.element._zod.def.checks[0]._zod.def.tx;
const k308 = S.AliasesFileSchema._zod.def.shape["sectors"]._zod.def.valueType._zod.def.element._zod.def.checks[1];

function object44(input: any): any {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT_SURE;
  const f45 = input["start"];
  if (typeof f45 !== "number" || !Number.isFinite(f45)) return NOT_SURE;
  let v46: any = f45;
  if (!Number.isSafeInteger(v46)) return NOT_SURE;
  if (!(v46 >= 1949)) return NOT_SURE;
  if (!(v46 <= 2100)) return NOT_SURE;
  if (v46 === undefined) return NOT_SURE;
  const f47 = input["end"];
  if (typeof f47 !== "number" || !Number.isFinite(f47)) return NOT_SURE;
  let v48: any = f47;
  if (!Number.isSafeInteger(v48)) return NOT_SURE;
  if (!(v48 >= 1949)) return NOT_SURE;
  if (!(v48 <= 2100)) return NOT_SURE;
  if (v48 === undefined) return NOT_SURE;
  for (const key in input) {
    switch (key) {
      case "start":
      case "end":
        continue;
      default:
        return NOT_SURE;
    }
  }
  return { start: v46, end: v48 };
}
function record62(input: any): any {
  if (!isPlainObject(input)) return NOT_SURE;
  const out: any = {};
  for (const key of Reflect.ownKeys(input)) {
    if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
    if (typeof key !== "string") return NOT_SURE;
    if (typeof key !== "string") return NOT_SURE;
    let v63: any = key;
    if (v63 !== key) return NOT_SURE;
    const item = input[key];
    if (!Array.isArray(item)) return NOT_SURE;
    let v64: any = new Array(item.length);
    for (let i65 = 0; i65 < item.length; i65++) {
      const item66 = item[i65];
      if (typeof item66 !== "string") return NOT_SURE;
      let v67: any = item66;
      v67 = k68(v67);
      if (v67.length < 2) {
        if (v67.length < 1) return NOT_SURE;
        v67 = runCheck(k69, v67);
        if (v67 === NOT_SURE) return NOT_SURE;
      }
      v64[i65] = v67;
    }
    out[key] = v64;
  }
  return out;
}
function object132(input: any): any {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT_SURE;
  const f133 = input["from"];
  if (typeof f133 !== "number" || !Number.isFinite(f133)) return NOT_SURE;
  let v134: any = f133;
  if (!Number.isSafeInteger(v134)) return NOT_SURE;
  if (!(v134 >= 1949)) return NOT_SURE;
  if (!(v134 <= 2100)) return NOT_SURE;
  if (v134 === undefined) return NOT_SURE;
  const f135 = input["to"];
  if (typeof f135 !== "number" || !Number.isFinite(f135)) return NOT_SURE;
  let v136: any = f135;
  if (!Number.isSafeInteger(v136)) return NOT_SURE;
  if (!(v136 >= 1949)) return NOT_SURE;
  if (!(v136 <= 2100)) return NOT_SURE;
  if (v136 === undefined) return NOT_SURE;
  for (const key in input) {
    switch (key) {
      case "from":
      case "to":
        continue;
      default:
        return NOT_SURE;
    }
  }
  return { from: v134, to: v136 };
}
function object171(input: any): any {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT_SURE;
  const f172 = input["measure"];
  if (typeof f172 !== "string") return NOT_SURE;
  let v173: any = f172;
  v173 = k174(v173);
  if (v173.length < 2) {
    if (v173.length < 1) return NOT_SURE;
    v173 = runCheck(k175, v173);
    if (v173 === NOT_SURE) return NOT_SURE;
  }
  if (v173 === undefined) return NOT_SURE;
  const f176 = input["op"];
  if (!k178.has(f176)) return NOT_SURE;
  let v177: any = f176;
  if (v177 === undefined) return NOT_SURE;
  const f179 = input["value"];
  if (typeof f179 !== "number" || !Number.isFinite(f179)) return NOT_SURE;
  let v180: any = f179;
  if (v180 === undefined) return NOT_SURE;
  const f181 = input["valueMax"];
  let v182: any = undefined;
  if (f181 === undefined) v182 = k183.defaultValue;
  else {
    let v184: any = null;
    if (f181 !== null) {
      if (typeof f181 !== "number" || !Number.isFinite(f181)) return NOT_SURE;
      let v185: any = f181;
      v184 = v185;
    }
    v182 = v184 === undefined ? k183.defaultValue : v184;
  }
  if (v182 === undefined) return NOT_SURE;
  const f186 = input["unit"];
  if (typeof f186 !== "string") return NOT_SURE;
  let v187: any = f186;
  v187 = k188(v187);
  if (v187.length < 2) {
    if (v187.length < 1) return NOT_SURE;
    v187 = runCheck(k189, v187);
    if (v187 === NOT_SURE) return NOT_SURE;
  }
  if (v187 === undefined) return NOT_SURE;
  for (const key in input) {
    switch (key) {
      case "measure":
      case "op":
      case "value":
      case "valueMax":
      case "unit":
        continue;
      default:
        return NOT_SURE;
    }
  }
  return { measure: v173, op: v177, value: v180, valueMax: v182, unit: v187 };
}
function object195(input: any): any {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT_SURE;
  const f196 = input["type"];
  if (!k198.has(f196)) return NOT_SURE;
  let v197: any = f196;
  if (v197 === undefined) return NOT_SURE;
  for (const key in input) {
    switch (key) {
      case "type":
        continue;
      default:
        return NOT_SURE;
    }
  }
  return { type: v197 };
}
function object204(input: any): any {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT_SURE;
  const f205 = input["op"];
  if (!k207.has(f205)) return NOT_SURE;
  let v206: any = f205;
  if (v206 === undefined) return NOT_SURE;
  const f208 = input["refYear"];
  let v209: any = null;
  if (f208 !== null) {
    if (typeof f208 !== "number" || !Number.isFinite(f208)) return NOT_SURE;
    let v210: any = f208;
    if (!Number.isSafeInteger(v210)) return NOT_SURE;
    if (!(v210 >= 1949)) return NOT_SURE;
    if (!(v210 <= 2100)) return NOT_SURE;
    v209 = v210;
  }
  if (v209 === undefined) return NOT_SURE;
  for (const key in input) {
    switch (key) {
      case "op":
      case "refYear":
        continue;
      default:
        return NOT_SURE;
    }
  }
  return { op: v206, refYear: v209 };
}
function object82(input: any): any {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT_SURE;
  const f83 = input["id"];
  if (typeof f83 !== "string") return NOT_SURE;
  let v84: any = f83;
  k85.lastIndex = 0;
  if (!k85.test(v84)) return NOT_SURE;
  if (v84 === undefined) return NOT_SURE;
  const f86 = input["line"];
  if (typeof f86 !== "number" || !Number.isFinite(f86)) return NOT_SURE;
  let v87: any = f86;
  if (!Number.isSafeInteger(v87)) return NOT_SURE;
  if (!(v87 > 0)) return NOT_SURE;
  if (v87 === undefined) return NOT_SURE;
  const f88 = input["quote"];
  if (typeof f88 !== "string") return NOT_SURE;
  let v89: any = f88;
  v89 = k90(v89);
  if (v89.length < 2) {
    if (v89.length < 1) return NOT_SURE;
    v89 = runCheck(k91, v89);
    if (v89 === NOT_SURE) return NOT_SURE;
  }
  if (v89 === undefined) return NOT_SURE;
  const f92 = input["valueText"];
  let v93: any = undefined;
  if (f92 === undefined) v93 = k94.defaultValue;
  else {
    let v95: any = null;
    if (f92 !== null) {
      if (typeof f92 !== "string") return NOT_SURE;
      let v96: any = f92;
      v96 = k97(v96);
      if (v96.length < 2) {
        if (v96.length < 1) return NOT_SURE;
        v96 = runCheck(k98, v96);
        if (v96 === NOT_SURE) return NOT_SURE;
      }
      v95 = v96;
    }
    v93 = v95 === undefined ? k94.defaultValue : v95;
  }
  if (v93 === undefined) return NOT_SURE;
  const f99 = input["sector"];
  if (!Array.isArray(f99)) return NOT_SURE;
  let v100: any = new Array(f99.length);
  for (let i101 = 0; i101 < f99.length; i101++) {
    const item102 = f99[i101];
    if (typeof item102 !== "string") return NOT_SURE;
    let v103: any = item102;
    v103 = k104(v103);
    if (v103.length < 2) {
      if (v103.length < 1) return NOT_SURE;
      v103 = runCheck(k105, v103);
      if (v103 === NOT_SURE) return NOT_SURE;
    }
    v100[i101] = v103;
  }
  if (v100.length < 2) {
    if (v100.length < 1) return NOT_SURE;
    v100 = runCheck(k106, v100);
    if (v100 === NOT_SURE) return NOT_SURE;
  }
  if (v100 === undefined) return NOT_SURE;
  const f107 = input["subRegion"];
  let v108: any = undefined;
  if (f107 === undefined) v108 = k109.defaultValue;
  else {
    let v110: any = null;
    if (f107 !== null) {
      if (typeof f107 !== "string") return NOT_SURE;
      let v111: any = f107;
      v111 = k112(v111);
      if (v111.length < 2) {
        if (v111.length < 1) return NOT_SURE;
        v111 = runCheck(k113, v111);
        if (v111 === NOT_SURE) return NOT_SURE;
      }
      v110 = v111;
    }
    v108 = v110 === undefined ? k109.defaultValue : v110;
  }
  if (v108 === undefined) return NOT_SURE;
  const f114 = input["metric"];
  if (typeof f114 !== "string") return NOT_SURE;
  let v115: any = f114;
  v115 = k116(v115);
  if (v115.length < 2) {
    if (v115.length < 1) return NOT_SURE;
    v115 = runCheck(k117, v115);
    if (v115 === NOT_SURE) return NOT_SURE;
  }
  if (v115 === undefined) return NOT_SURE;
  const f118 = input["kind"];
  if (!k120.has(f118)) return NOT_SURE;
  let v119: any = f118;
  if (v119 === undefined) return NOT_SURE;
  const f121 = input["year"];
  let v122: any = null;
  if (f121 !== null) {
    if (typeof f121 !== "number" || !Number.isFinite(f121)) return NOT_SURE;
    let v123: any = f121;
    if (!Number.isSafeInteger(v123)) return NOT_SURE;
    if (!(v123 >= 1949)) return NOT_SURE;
    if (!(v123 <= 2100)) return NOT_SURE;
    v122 = v123;
  }
  if (v122 === undefined) return NOT_SURE;
  const f124 = input["yearBasis"];
  if (!k126.has(f124)) return NOT_SURE;
  let v125: any = f124;
  if (v125 === undefined) return NOT_SURE;
  const f127 = input["period"];
  let v128: any = undefined;
  if (f127 === undefined) v128 = k129.defaultValue;
  else {
    let v130: any = null;
    if (f127 !== null) {
      let v131: any = object132(f127);
      if (v131 === NOT_SURE) return NOT_SURE;
      v130 = v131;
    }
    v128 = v130 === undefined ? k129.defaultValue : v130;
  }
  if (v128 === undefined) return NOT_SURE;
  const f137 = input["value"];
  if (typeof f137 !== "number" || !Number.isFinite(f137)) return NOT_SURE;
  let v138: any = f137;
  if (v138 === undefined) return NOT_SURE;
  const f139 = input["valueMax"];
  let v140: any = undefined;
  if (f139 === undefined) v140 = k141.defaultValue;
  else {
    let v142: any = null;
    if (f139 !== null) {
      if (typeof f139 !== "number" || !Number.isFinite(f139)) return NOT_SURE;
      let v143: any = f139;
      v142 = v143;
    }
    v140 = v142 === undefined ? k141.defaultValue : v142;
  }
  if (v140 === undefined) return NOT_SURE;
  const f144 = input["unit"];
  if (typeof f144 !== "string") return NOT_SURE;
  let v145: any = f144;
  v145 = k146(v145);
  if (v145.length < 2) {
    if (v145.length < 1) return NOT_SURE;
    v145 = runCheck(k147, v145);
    if (v145 === NOT_SURE) return NOT_SURE;
  }
  if (v145 === undefined) return NOT_SURE;
  const f148 = input["bound"];
  let v149: any = undefined;
  if (f148 === undefined) v149 = k150.defaultValue;
  else {
    if (!k152.has(f148)) return NOT_SURE;
    let v151: any = f148;
    v149 = v151 === undefined ? k150.defaultValue : v151;
  }
  if (v149 === undefined) return NOT_SURE;
  const f153 = input["aspiration"];
  let v154: any = undefined;
  if (f153 === undefined) v154 = k155.defaultValue;
  else {
    if (typeof f153 !== "boolean") return NOT_SURE;
    let v156: any = f153;
    v154 = v156 === undefined ? k155.defaultValue : v156;
  }
  if (v154 === undefined) return NOT_SURE;
  const f157 = input["qualifiers"];
  let v158: any = undefined;
  if (f157 === undefined) v158 = k159.defaultValue;
  else {
    if (!Array.isArray(f157)) return NOT_SURE;
    let v160: any = new Array(f157.length);
    for (let i161 = 0; i161 < f157.length; i161++) {
      const item162 = f157[i161];
      if (typeof item162 !== "string") return NOT_SURE;
      let v163: any = item162;
      v163 = k164(v163);
      if (v163.length < 2) {
        if (v163.length < 1) return NOT_SURE;
        v163 = runCheck(k165, v163);
        if (v163 === NOT_SURE) return NOT_SURE;
      }
      v160[i161] = v163;
    }
    v158 = v160 === undefined ? k159.defaultValue : v160;
  }
  if (v158 === undefined) return NOT_SURE;
  const f166 = input["entityFilter"];
  let v167: any = undefined;
  if (f166 === undefined) v167 = k168.defaultValue;
  else {
    let v169: any = null;
    if (f166 !== null) {
      let v170: any = object171(f166);
      if (v170 === NOT_SURE) return NOT_SURE;
      v169 = v170;
    }
    v167 = v169 === undefined ? k168.defaultValue : v169;
  }
  if (v167 === undefined) return NOT_SURE;
  const f190 = input["growth"];
  let v191: any = undefined;
  if (f190 === undefined) v191 = k192.defaultValue;
  else {
    let v193: any = null;
    if (f190 !== null) {
      let v194: any = object195(f190);
      if (v194 === NOT_SURE) return NOT_SURE;
      v193 = v194;
    }
    v191 = v193 === undefined ? k192.defaultValue : v193;
  }
  if (v191 === undefined) return NOT_SURE;
  const f199 = input["relative"];
  let v200: any = undefined;
  if (f199 === undefined) v200 = k201.defaultValue;
  else {
    let v202: any = null;
    if (f199 !== null) {
      let v203: any = object204(f199);
      if (v203 === NOT_SURE) return NOT_SURE;
      v202 = v203;
    }
    v200 = v202 === undefined ? k201.defaultValue : v202;
  }
  if (v200 === undefined) return NOT_SURE;
  const f211 = input["sameAs"];
  let v212: any = undefined;
  if (f211 === undefined) v212 = k213.defaultValue;
  else {
    if (!Array.isArray(f211)) return NOT_SURE;
    let v214: any = new Array(f211.length);
    for (let i215 = 0; i215 < f211.length; i215++) {
      const item216 = f211[i215];
      if (typeof item216 !== "string") return NOT_SURE;
      let v217: any = item216;
      v214[i215] = v217;
    }
    v212 = v214 === undefined ? k213.defaultValue : v214;
  }
  if (v212 === undefined) return NOT_SURE;
  const f218 = input["note"];
  let v219: any = undefined;
  if (f218 === undefined) v219 = k220.defaultValue;
  else {
    let v221: any = null;
    if (f218 !== null) {
      if (typeof f218 !== "string") return NOT_SURE;
      let v222: any = f218;
      v222 = k223(v222);
      if (v222.length < 2) {
        if (v222.length < 1) return NOT_SURE;
        v222 = runCheck(k224, v222);
        if (v222 === NOT_SURE) return NOT_SURE;
      }
      v221 = v222;
    }
    v219 = v221 === undefined ? k220.defaultValue : v221;
  }
  if (v219 === undefined) return NOT_SURE;
  for (const key in input) {
    switch (key) {
      case "id":
      case "line":
      case "quote":
      case "valueText":
      case "sector":
      case "subRegion":
      case "metric":
      case "kind":
      case "year":
      case "yearBasis":
      case "period":
      case "value":
      case "valueMax":
      case "unit":
      case "bound":
      case "aspiration":
      case "qualifiers":
      case "entityFilter":
      case "growth":
      case "relative":
      case "sameAs":
      case "note":
        continue;
      default:
        return NOT_SURE;
    }
  }
  return {
    id: v84,
    line: v87,
    quote: v89,
    valueText: v93,
    sector: v100,
    subRegion: v108,
    metric: v115,
    kind: v119,
    year: v122,
    yearBasis: v125,
    period: v128,
    value: v138,
    valueMax: v140,
    unit: v145,
    bound: v149,
    aspiration: v154,
    qualifiers: v158,
    entityFilter: v167,
    growth: v191,
    relative: v200,
    sameAs: v212,
    note: v219,
  };
}
function object233(input: any): any {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT_SURE;
  const f234 = input["line"];
  if (typeof f234 !== "number" || !Number.isFinite(f234)) return NOT_SURE;
  let v235: any = f234;
  if (!Number.isSafeInteger(v235)) return NOT_SURE;
  if (!(v235 > 0)) return NOT_SURE;
  if (v235 === undefined) return NOT_SURE;
  const f236 = input["text"];
  if (typeof f236 !== "string") return NOT_SURE;
  let v237: any = f236;
  v237 = k238(v237);
  if (v237.length < 2) {
    if (v237.length < 1) return NOT_SURE;
    v237 = runCheck(k239, v237);
    if (v237 === NOT_SURE) return NOT_SURE;
  }
  if (v237 === undefined) return NOT_SURE;
  const f240 = input["reason"];
  if (!k242.has(f240)) return NOT_SURE;
  let v241: any = f240;
  if (v241 === undefined) return NOT_SURE;
  const f243 = input["note"];
  let v244: any = undefined;
  if (f243 === undefined) v244 = k245.defaultValue;
  else {
    let v246: any = null;
    if (f243 !== null) {
      if (typeof f243 !== "string") return NOT_SURE;
      let v247: any = f243;
      v247 = k248(v247);
      if (v247.length < 2) {
        if (v247.length < 1) return NOT_SURE;
        v247 = runCheck(k249, v247);
        if (v247 === NOT_SURE) return NOT_SURE;
      }
      v246 = v247;
    }
    v244 = v246 === undefined ? k245.defaultValue : v246;
  }
  if (v244 === undefined) return NOT_SURE;
  for (const key in input) {
    switch (key) {
      case "line":
      case "text":
      case "reason":
      case "note":
        continue;
      default:
        return NOT_SURE;
    }
  }
  return { line: v235, text: v237, reason: v241, note: v244 };
}
function object1(input: any): any {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT_SURE;
  const f2 = input["id"];
  if (typeof f2 !== "string") return NOT_SURE;
  let v3: any = f2;
  k4.lastIndex = 0;
  if (!k4.test(v3)) return NOT_SURE;
  if (v3 === undefined) return NOT_SURE;
  const f5 = input["title"];
  if (typeof f5 !== "string") return NOT_SURE;
  let v6: any = f5;
  v6 = k7(v6);
  if (v6.length < 2) {
    if (v6.length < 1) return NOT_SURE;
    v6 = runCheck(k8, v6);
    if (v6 === NOT_SURE) return NOT_SURE;
  }
  if (v6 === undefined) return NOT_SURE;
  const f9 = input["bundle"];
  let v10: any = undefined;
  if (f9 === undefined) v10 = k11.defaultValue;
  else {
    let v12: any = null;
    if (f9 !== null) {
      if (typeof f9 !== "string") return NOT_SURE;
      let v13: any = f9;
      v13 = k14(v13);
      if (v13.length < 2) {
        if (v13.length < 1) return NOT_SURE;
        v13 = runCheck(k15, v13);
        if (v13 === NOT_SURE) return NOT_SURE;
      }
      v12 = v13;
    }
    v10 = v12 === undefined ? k11.defaultValue : v12;
  }
  if (v10 === undefined) return NOT_SURE;
  const f16 = input["document"];
  if (typeof f16 !== "string") return NOT_SURE;
  let v17: any = f16;
  k18.lastIndex = 0;
  if (!k18.test(v17)) return NOT_SURE;
  if (v17 === undefined) return NOT_SURE;
  const f19 = input["lines"];
  if (!Array.isArray(f19) || f19.length !== 2) return NOT_SURE;
  const item21 = f19[0];
  if (typeof item21 !== "number" || !Number.isFinite(item21)) return NOT_SURE;
  let v22: any = item21;
  if (!Number.isSafeInteger(v22)) return NOT_SURE;
  if (!(v22 > 0)) return NOT_SURE;
  const item23 = f19[1];
  if (typeof item23 !== "number" || !Number.isFinite(item23)) return NOT_SURE;
  let v24: any = item23;
  if (!Number.isSafeInteger(v24)) return NOT_SURE;
  if (!(v24 > 0)) return NOT_SURE;
  let v20: any = [v22, v24];
  if (v20 === undefined) return NOT_SURE;
  const f25 = input["region"];
  if (typeof f25 !== "string") return NOT_SURE;
  let v26: any = f25;
  v26 = k27(v26);
  if (v26.length < 2) {
    if (v26.length < 1) return NOT_SURE;
    v26 = runCheck(k28, v26);
    if (v26 === NOT_SURE) return NOT_SURE;
  }
  if (v26 === undefined) return NOT_SURE;
  const f29 = input["issuer"];
  let v30: any = undefined;
  if (f29 === undefined) v30 = k31.defaultValue;
  else {
    let v32: any = null;
    if (f29 !== null) {
      if (typeof f29 !== "string") return NOT_SURE;
      let v33: any = f29;
      v33 = k34(v33);
      if (v33.length < 2) {
        if (v33.length < 1) return NOT_SURE;
        v33 = runCheck(k35, v33);
        if (v33 === NOT_SURE) return NOT_SURE;
      }
      v32 = v33;
    }
    v30 = v32 === undefined ? k31.defaultValue : v32;
  }
  if (v30 === undefined) return NOT_SURE;
  const f36 = input["issued"];
  let v37: any = undefined;
  if (f36 === undefined) v37 = k38.defaultValue;
  else {
    let v39: any = null;
    if (f36 !== null) {
      if (typeof f36 !== "string") return NOT_SURE;
      let v40: any = f36;
      k41.lastIndex = 0;
      if (!k41.test(v40)) return NOT_SURE;
      v39 = v40;
    }
    v37 = v39 === undefined ? k38.defaultValue : v39;
  }
  if (v37 === undefined) return NOT_SURE;
  const f42 = input["period"];
  let v43: any = object44(f42);
  if (v43 === NOT_SURE) return NOT_SURE;
  if (v43 === undefined) return NOT_SURE;
  const f49 = input["baseYear"];
  if (typeof f49 !== "number" || !Number.isFinite(f49)) return NOT_SURE;
  let v50: any = f49;
  if (!Number.isSafeInteger(v50)) return NOT_SURE;
  if (!(v50 >= 1949)) return NOT_SURE;
  if (!(v50 <= 2100)) return NOT_SURE;
  if (v50 === undefined) return NOT_SURE;
  const f51 = input["supersedes"];
  let v52: any = undefined;
  if (f51 === undefined) v52 = k53.defaultValue;
  else {
    if (!Array.isArray(f51)) return NOT_SURE;
    let v54: any = new Array(f51.length);
    for (let i55 = 0; i55 < f51.length; i55++) {
      const item56 = f51[i55];
      if (typeof item56 !== "string") return NOT_SURE;
      let v57: any = item56;
      v54[i55] = v57;
    }
    v52 = v54 === undefined ? k53.defaultValue : v54;
  }
  if (v52 === undefined) return NOT_SURE;
  const f58 = input["sectorAliases"];
  let v59: any = undefined;
  if (f58 === undefined) v59 = k60.defaultValue;
  else {
    let v61: any = record62(f58);
    if (v61 === NOT_SURE) return NOT_SURE;
    v59 = v61 === undefined ? k60.defaultValue : v61;
  }
  if (v59 === undefined) return NOT_SURE;
  const f70 = input["note"];
  let v71: any = undefined;
  if (f70 === undefined) v71 = k72.defaultValue;
  else {
    let v73: any = null;
    if (f70 !== null) {
      if (typeof f70 !== "string") return NOT_SURE;
      let v74: any = f70;
      v74 = k75(v74);
      if (v74.length < 2) {
        if (v74.length < 1) return NOT_SURE;
        v74 = runCheck(k76, v74);
        if (v74 === NOT_SURE) return NOT_SURE;
      }
      v73 = v74;
    }
    v71 = v73 === undefined ? k72.defaultValue : v73;
  }
  if (v71 === undefined) return NOT_SURE;
  const f77 = input["records"];
  if (!Array.isArray(f77)) return NOT_SURE;
  let v78: any = new Array(f77.length);
  for (let i79 = 0; i79 < f77.length; i79++) {
    const item80 = f77[i79];
    let v81: any = object82(item80);
    if (v81 === NOT_SURE) return NOT_SURE;
    v81 = runCheck(k225, v81);
    if (v81 === NOT_SURE) return NOT_SURE;
    v78[i79] = v81;
  }
  if (v78 === undefined) return NOT_SURE;
  const f226 = input["exclusions"];
  let v227: any = undefined;
  if (f226 === undefined) v227 = k228.defaultValue;
  else {
    if (!Array.isArray(f226)) return NOT_SURE;
    let v229: any = new Array(f226.length);
    for (let i230 = 0; i230 < f226.length; i230++) {
      const item231 = f226[i230];
      let v232: any = object233(item231);
      if (v232 === NOT_SURE) return NOT_SURE;
      v229[i230] = v232;
    }
    v227 = v229 === undefined ? k228.defaultValue : v229;
  }
  if (v227 === undefined) return NOT_SURE;
  for (const key in input) {
    switch (key) {
      case "id":
      case "title":
      case "bundle":
      case "document":
      case "lines":
      case "region":
      case "issuer":
      case "issued":
      case "period":
      case "baseYear":
      case "supersedes":
      case "sectorAliases":
      case "note":
      case "records":
      case "exclusions":
        continue;
      default:
        return NOT_SURE;
    }
  }
  return {
    id: v3,
    title: v6,
    bundle: v10,
    document: v17,
    lines: v20,
    region: v26,
    issuer: v30,
    issued: v37,
    period: v43,
    baseYear: v50,
    supersedes: v52,
    sectorAliases: v59,
    note: v71,
    records: v78,
    exclusions: v227,
  };
}
function parse250(input: any): any {
  let v0: any = object1(input);
  if (v0 === NOT_SURE) return NOT_SURE;
  return v0;
}
function object258(input: any): any {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT_SURE;
  const f259 = input["name"];
  if (typeof f259 !== "string") return NOT_SURE;
  let v260: any = f259;
  v260 = k261(v260);
  if (v260.length < 2) {
    if (v260.length < 1) return NOT_SURE;
    v260 = runCheck(k262, v260);
    if (v260 === NOT_SURE) return NOT_SURE;
  }
  if (v260 === undefined) return NOT_SURE;
  const f263 = input["code"];
  if (typeof f263 !== "string") return NOT_SURE;
  let v264: any = f263;
  k265.lastIndex = 0;
  if (!k265.test(v264)) return NOT_SURE;
  if (v264 === undefined) return NOT_SURE;
  const f266 = input["iso"];
  if (typeof f266 !== "string") return NOT_SURE;
  let v267: any = f266;
  k268.lastIndex = 0;
  if (!k268.test(v267)) return NOT_SURE;
  if (v267 === undefined) return NOT_SURE;
  const f269 = input["aliases"];
  if (!Array.isArray(f269)) return NOT_SURE;
  let v270: any = new Array(f269.length);
  for (let i271 = 0; i271 < f269.length; i271++) {
    const item272 = f269[i271];
    if (typeof item272 !== "string") return NOT_SURE;
    let v273: any = item272;
    v273 = k274(v273);
    if (v273.length < 2) {
      if (v273.length < 1) return NOT_SURE;
      v273 = runCheck(k275, v273);
      if (v273 === NOT_SURE) return NOT_SURE;
    }
    v270[i271] = v273;
  }
  if (v270 === undefined) return NOT_SURE;
  const f276 = input["subRegions"];
  let v277: any = undefined;
  if (f276 === undefined) v277 = k278.defaultValue;
  else {
    if (!Array.isArray(f276)) return NOT_SURE;
    let v279: any = new Array(f276.length);
    for (let i280 = 0; i280 < f276.length; i280++) {
      const item281 = f276[i280];
      if (typeof item281 !== "string") return NOT_SURE;
      let v282: any = item281;
      v282 = k283(v282);
      if (v282.length < 2) {
        if (v282.length < 1) return NOT_SURE;
        v282 = runCheck(k284, v282);
        if (v282 === NOT_SURE) return NOT_SURE;
      }
      v279[i280] = v282;
    }
    v277 = v279 === undefined ? k278.defaultValue : v279;
  }
  if (v277 === undefined) return NOT_SURE;
  for (const key in input) {
    switch (key) {
      case "name":
      case "code":
      case "iso":
      case "aliases":
      case "subRegions":
        continue;
      default:
        return NOT_SURE;
    }
  }
  return { name: v260, code: v264, iso: v267, aliases: v270, subRegions: v277 };
}
function object252(input: any): any {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT_SURE;
  const f253 = input["regions"];
  if (!Array.isArray(f253)) return NOT_SURE;
  let v254: any = new Array(f253.length);
  for (let i255 = 0; i255 < f253.length; i255++) {
    const item256 = f253[i255];
    let v257: any = object258(item256);
    if (v257 === NOT_SURE) return NOT_SURE;
    v254[i255] = v257;
  }
  if (v254.length < 2) {
    if (v254.length < 1) return NOT_SURE;
    v254 = runCheck(k285, v254);
    if (v254 === NOT_SURE) return NOT_SURE;
  }
  if (v254 === undefined) return NOT_SURE;
  for (const key in input) {
    switch (key) {
      case "regions":
        continue;
      default:
        return NOT_SURE;
    }
  }
  return { regions: v254 };
}
function parse286(input: any): any {
  let v251: any = object252(input);
  if (v251 === NOT_SURE) return NOT_SURE;
  return v251;
}
function record291(input: any): any {
  if (!isPlainObject(input)) return NOT_SURE;
  const out: any = {};
  for (const key of Reflect.ownKeys(input)) {
    if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
    if (typeof key !== "string") return NOT_SURE;
    if (typeof key !== "string") return NOT_SURE;
    let v292: any = key;
    if (v292 !== key) return NOT_SURE;
    const item = input[key];
    if (!Array.isArray(item)) return NOT_SURE;
    let v293: any = new Array(item.length);
    for (let i294 = 0; i294 < item.length; i294++) {
      const item295 = item[i294];
      if (typeof item295 !== "string") return NOT_SURE;
      let v296: any = item295;
      v296 = k297(v296);
      if (v296.length < 2) {
        if (v296.length < 1) return NOT_SURE;
        v296 = runCheck(k298, v296);
        if (v296 === NOT_SURE) return NOT_SURE;
      }
      v293[i294] = v296;
    }
    out[key] = v293;
  }
  return out;
}
function record301(input: any): any {
  if (!isPlainObject(input)) return NOT_SURE;
  const out: any = {};
  for (const key of Reflect.ownKeys(input)) {
    if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
    if (typeof key !== "string") return NOT_SURE;
    if (typeof key !== "string") return NOT_SURE;
    let v302: any = key;
    if (v302 !== key) return NOT_SURE;
    const item = input[key];
    if (!Array.isArray(item)) return NOT_SURE;
    let v303: any = new Array(item.length);
    for (let i304 = 0; i304 < item.length; i304++) {
      const item305 = item[i304];
      if (typeof item305 !== "string") return NOT_SURE;
      let v306: any = item305;
      v306 = k307(v306);
      if (v306.length < 2) {
        if (v306.length < 1) return NOT_SURE;
        v306 = runCheck(k308, v306);
        if (v306 === NOT_SURE) return NOT_SURE;
      }
      v303[i304] = v306;
    }
    out[key] = v303;
  }
  return out;
}
function object288(input: any): any {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT_SURE;
  const f289 = input["metrics"];
  let v290: any = record291(f289);
  if (v290 === NOT_SURE) return NOT_SURE;
  if (v290 === undefined) return NOT_SURE;
  const f299 = input["sectors"];
  let v300: any = record301(f299);
  if (v300 === NOT_SURE) return NOT_SURE;
  if (v300 === undefined) return NOT_SURE;
  for (const key in input) {
    switch (key) {
      case "metrics":
      case "sectors":
        continue;
      default:
        return NOT_SURE;
    }
  }
  return { metrics: v290, sectors: v300 };
}
function parse309(input: any): any {
  let v287: any = object288(input);
  if (v287 === NOT_SURE) return NOT_SURE;
  return v287;
}

/** PlanSchema's fast parser. */
export const fastPlan: FastParser<z.output<typeof schemas.PlanSchema>> = (input) => {
  try {
    return parse250(input);
  } catch {
    return NOT_SURE;
  }
};
/** RegionsFileSchema's fast parser. */
export const fastRegionsFile: FastParser<z.output<typeof schemas.RegionsFileSchema>> = (input) => {
  try {
    return parse286(input);
  } catch {
    return NOT_SURE;
  }
};
/** AliasesFileSchema's fast parser. */
export const fastAliasesFile: FastParser<z.output<typeof schemas.AliasesFileSchema>> = (input) => {
  try {
    return parse309(input);
  } catch {
    return NOT_SURE;
  }
};
