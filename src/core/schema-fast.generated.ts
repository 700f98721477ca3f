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
const k49 = new Set(Object.keys(S.PlanSchema._zod.def.shape["period"]._zod.def.shape));
const k54 = S.PlanSchema._zod.def.shape["supersedes"]._zod.def;
const k61 = S.PlanSchema._zod.def.shape["sectorAliases"]._zod.def;
const k69 =
  S.PlanSchema._zod.def.shape["sectorAliases"]._zod.def.innerType._zod.def.valueType._zod.def.element._zod.def.checks[0]
    ._zod.def.tx;
const k70 =
  S.PlanSchema._zod.def.shape["sectorAliases"]._zod.def.innerType._zod.def.valueType._zod.def.element._zod.def
    .checks[1];
const k73 = S.PlanSchema._zod.def.shape["note"]._zod.def;
const k76 = S.PlanSchema._zod.def.shape["note"]._zod.def.innerType._zod.def.innerType._zod.def.checks[0]._zod.def.tx;
const k77 = S.PlanSchema._zod.def.shape["note"]._zod.def.innerType._zod.def.innerType._zod.def.checks[1];
const k86 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["id"]._zod.def.checks[0]._zod.def.pattern;
const k91 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["quote"]._zod.def.checks[0]._zod.def.tx;
const k92 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["quote"]._zod.def.checks[1];
const k95 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["valueText"]._zod.def;
const k98 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["valueText"]._zod.def.innerType._zod.def
    .innerType._zod.def.checks[0]._zod.def.tx;
const k99 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["valueText"]._zod.def.innerType._zod.def
    .innerType._zod.def.checks[1];
const k105 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["sector"]._zod.def.element._zod.def.checks[0]
    ._zod.def.tx;
const k106 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["sector"]._zod.def.element._zod.def.checks[1];
const k107 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["sector"]._zod.def.checks[0];
const k110 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["subRegion"]._zod.def;
const k113 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["subRegion"]._zod.def.innerType._zod.def
    .innerType._zod.def.checks[0]._zod.def.tx;
const k114 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["subRegion"]._zod.def.innerType._zod.def
    .innerType._zod.def.checks[1];
const k117 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["metric"]._zod.def.checks[0]._zod.def.tx;
const k118 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["metric"]._zod.def.checks[1];
const k121 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["kind"]._zod.values;
const k127 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["yearBasis"]._zod.values;
const k130 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["period"]._zod.def;
const k138 = new Set(
  Object.keys(
    S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["period"]._zod.def.innerType._zod.def
      .innerType._zod.def.shape,
  ),
);
const k143 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["valueMax"]._zod.def;
const k148 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["unit"]._zod.def.checks[0]._zod.def.tx;
const k149 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["unit"]._zod.def.checks[1];
const k152 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["bound"]._zod.def;
const k154 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["bound"]._zod.def.innerType._zod.values;
const k157 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["aspiration"]._zod.def;
const k161 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["qualifiers"]._zod.def;
const k166 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["qualifiers"]._zod.def.innerType._zod.def
    .element._zod.def.checks[0]._zod.def.tx;
const k167 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["qualifiers"]._zod.def.innerType._zod.def
    .element._zod.def.checks[1];
const k170 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["entityFilter"]._zod.def;
const k176 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["entityFilter"]._zod.def.innerType._zod.def
    .innerType._zod.def.shape["measure"]._zod.def.checks[0]._zod.def.tx;
const k177 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["entityFilter"]._zod.def.innerType._zod.def
    .innerType._zod.def.shape["measure"]._zod.def.checks[1];
const k180 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["entityFilter"]._zod.def.innerType._zod.def
    .innerType._zod.def.shape["op"]._zod.values;
const k185 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["entityFilter"]._zod.def.innerType._zod.def
    .innerType._zod.def.shape["valueMax"]._zod.def;
const k190 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["entityFilter"]._zod.def.innerType._zod.def
    .innerType._zod.def.shape["unit"]._zod.def.checks[0]._zod.def.tx;
const k191 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["entityFilter"]._zod.def.innerType._zod.def
    .innerType._zod.def.shape["unit"]._zod.def.checks[1];
const k192 = new Set(
  Object.keys(
    S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["entityFilter"]._zod.def.innerType._zod.def
      .innerType._zod.def.shape,
  ),
);
const k195 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["growth"]._zod.def;
const k201 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["growth"]._zod.def.innerType._zod.def.innerType
    ._zod.def.shape["type"]._zod.values;
const k202 = new Set(
  Object.keys(
    S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["growth"]._zod.def.innerType._zod.def
      .innerType._zod.def.shape,
  ),
);
const k205 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["relative"]._zod.def;
const k211 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["relative"]._zod.def.innerType._zod.def
    .innerType._zod.def.shape["op"]._zod.values;
const k215 = new Set(
  Object.keys(
    S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["relative"]._zod.def.innerType._zod.def
      .innerType._zod.def.shape,
  ),
);
const k218 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["sameAs"]._zod.def;
const k225 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["note"]._zod.def;
const k228 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["note"]._zod.def.innerType._zod.def.innerType
    ._zod.def.checks[0]._zod.def.tx;
const k229 =
  S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape["note"]._zod.def.innerType._zod.def.innerType
    ._zod.def.checks[1];
const k230 = new Set(Object.keys(S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.shape));
const k231 = S.PlanSchema._zod.def.shape["records"]._zod.def.element._zod.def.checks[0];
const k234 = S.PlanSchema._zod.def.shape["exclusions"]._zod.def;
const k244 =
  S.PlanSchema._zod.def.shape["exclusions"]._zod.def.innerType._zod.def.element._zod.def.shape["text"]._zod.def
    .checks[0]._zod.def.tx;
const k245 =
  S.PlanSchema._zod.def.shape["exclusions"]._zod.def.innerType._zod.def.element._zod.def.shape["text"]._zod.def
    .checks[1];
const k248 =
  S.PlanSchema._zod.def.shape["exclusions"]._zod.def.innerType._zod.def.element._zod.def.shape["reason"]._zod.values;
const k251 =
  S.PlanSchema._zod.def.shape["exclusions"]._zod.def.innerType._zod.def.element._zod.def.shape["note"]._zod.def;
const k254 =
  S.PlanSchema._zod.def.shape["exclusions"]._zod.def.innerType._zod.def.element._zod.def.shape["note"]._zod.def
    .innerType._zod.def.innerType._zod.def.checks[0]._zod.def.tx;
const k255 =
  S.PlanSchema._zod.def.shape["exclusions"]._zod.def.innerType._zod.def.element._zod.def.shape["note"]._zod.def
    .innerType._zod.def.innerType._zod.def.checks[1];
const k256 = new Set(
  Object.keys(S.PlanSchema._zod.def.shape["exclusions"]._zod.def.innerType._zod.def.element._zod.def.shape),
);
const k257 = new Set(Object.keys(S.PlanSchema._zod.def.shape));
const k269 =
  S.RegionsFileSchema._zod.def.shape["regions"]._zod.def.element._zod.def.shape["name"]._zod.def.checks[0]._zod.def.tx;
const k270 = S.RegionsFileSchema._zod.def.shape["regions"]._zod.def.element._zod.def.shape["name"]._zod.def.checks[1];
const k273 =
  S.RegionsFileSchema._zod.def.shape["regions"]._zod.def.element._zod.def.shape["code"]._zod.def.checks[0]._zod.def
    .pattern;
const k276 =
  S.RegionsFileSchema._zod.def.shape["regions"]._zod.def.element._zod.def.shape["iso"]._zod.def.checks[0]._zod.def
    .pattern;
const k282 =
  S.RegionsFileSchema._zod.def.shape["regions"]._zod.def.element._zod.def.shape["aliases"]._zod.def.element._zod.def
    .checks[0]._zod.def.tx;
const k283 =
  S.RegionsFileSchema._zod.def.shape["regions"]._zod.def.element._zod.def.shape["aliases"]._zod.def.element._zod.def
    .checks[1];
const k286 = S.RegionsFileSchema._zod.def.shape["regions"]._zod.def.element._zod.def.shape["subRegions"]._zod.def;
const k291 =
  S.RegionsFileSchema._zod.def.shape["regions"]._zod.def.element._zod.def.shape["subRegions"]._zod.def.innerType._zod
    .def.element._zod.def.checks[0]._zod.def.tx;
const k292 =
  S.RegionsFileSchema._zod.def.shape["regions"]._zod.def.element._zod.def.shape["subRegions"]._zod.def.innerType._zod
    .def.element._zod.def.checks[1];
const k293 = new Set(Object.keys(S.RegionsFileSchema._zod.def.shape["regions"]._zod.def.element._zod.def.shape));
const k294 = S.RegionsFileSchema._zod.def.shape["regions"]._zod.def.checks[0];
const k295 = new Set(Object.keys(S.RegionsFileSchema._zod.def.shape));
const k307 =
  S.AliasesFileSchema._zod.def.shape["metrics"]._zod.def.valueType._zod.def.element._zod.def.checks[0]._zod.def.tx;
const k308 = S.AliasesFileSchema._zod.def.shape["metrics"]._zod.def.valueType._zod.def.element._zod.def.checks[1];
const k317 =
  S.AliasesFileSchema._zod.def.shape["sectors"]._zod.def.valueType._zod.def.element._zod.def.checks[0]._zod.def.tx;
const k318 = S.AliasesFileSchema._zod.def.shape["sectors"]._zod.def.valueType._zod.def.element._zod.def.checks[1];
const k319 = new Set(Object.keys(S.AliasesFileSchema._zod.def.shape));

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
  for (const key in input) if (!k49.has(key)) return NOT_SURE;
  return { start: v46, end: v48 };
}
function record63(input: any): any {
  if (!isPlainObject(input)) return NOT_SURE;
  const out: any = {};
  for (const key of Reflect.ownKeys(input)) {
    if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
    if (typeof key !== "string") return NOT_SURE;
    if (typeof key !== "string") return NOT_SURE;
    let v64: any = key;
    if (v64 !== key) return NOT_SURE;
    const item = input[key];
    if (!Array.isArray(item)) return NOT_SURE;
    let v65: any = new Array(item.length);
    for (let i66 = 0; i66 < item.length; i66++) {
      const item67 = item[i66];
      if (typeof item67 !== "string") return NOT_SURE;
      let v68: any = item67;
      v68 = k69(v68);
      if (v68.length < 2) {
        if (v68.length < 1) return NOT_SURE;
        v68 = runCheck(k70, v68);
        if (v68 === NOT_SURE) return NOT_SURE;
      }
      v65[i66] = v68;
    }
    out[key] = v65;
  }
  return out;
}
function object133(input: any): any {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT_SURE;
  const f134 = input["from"];
  if (typeof f134 !== "number" || !Number.isFinite(f134)) return NOT_SURE;
  let v135: any = f134;
  if (!Number.isSafeInteger(v135)) return NOT_SURE;
  if (!(v135 >= 1949)) return NOT_SURE;
  if (!(v135 <= 2100)) return NOT_SURE;
  if (v135 === undefined) return NOT_SURE;
  const f136 = input["to"];
  if (typeof f136 !== "number" || !Number.isFinite(f136)) return NOT_SURE;
  let v137: any = f136;
  if (!Number.isSafeInteger(v137)) return NOT_SURE;
  if (!(v137 >= 1949)) return NOT_SURE;
  if (!(v137 <= 2100)) return NOT_SURE;
  if (v137 === undefined) return NOT_SURE;
  for (const key in input) if (!k138.has(key)) return NOT_SURE;
  return { from: v135, to: v137 };
}
function object173(input: any): any {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT_SURE;
  const f174 = input["measure"];
  if (typeof f174 !== "string") return NOT_SURE;
  let v175: any = f174;
  v175 = k176(v175);
  if (v175.length < 2) {
    if (v175.length < 1) return NOT_SURE;
    v175 = runCheck(k177, v175);
    if (v175 === NOT_SURE) return NOT_SURE;
  }
  if (v175 === undefined) return NOT_SURE;
  const f178 = input["op"];
  if (!k180.has(f178)) return NOT_SURE;
  let v179: any = f178;
  if (v179 === undefined) return NOT_SURE;
  const f181 = input["value"];
  if (typeof f181 !== "number" || !Number.isFinite(f181)) return NOT_SURE;
  let v182: any = f181;
  if (v182 === undefined) return NOT_SURE;
  const f183 = input["valueMax"];
  let v184: any = undefined;
  if (f183 === undefined) v184 = k185.defaultValue;
  else {
    let v186: any = null;
    if (f183 !== null) {
      if (typeof f183 !== "number" || !Number.isFinite(f183)) return NOT_SURE;
      let v187: any = f183;
      v186 = v187;
    }
    v184 = v186 === undefined ? k185.defaultValue : v186;
  }
  if (v184 === undefined) return NOT_SURE;
  const f188 = input["unit"];
  if (typeof f188 !== "string") return NOT_SURE;
  let v189: any = f188;
  v189 = k190(v189);
  if (v189.length < 2) {
    if (v189.length < 1) return NOT_SURE;
    v189 = runCheck(k191, v189);
    if (v189 === NOT_SURE) return NOT_SURE;
  }
  if (v189 === undefined) return NOT_SURE;
  for (const key in input) if (!k192.has(key)) return NOT_SURE;
  return { measure: v175, op: v179, value: v182, valueMax: v184, unit: v189 };
}
function object198(input: any): any {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT_SURE;
  const f199 = input["type"];
  if (!k201.has(f199)) return NOT_SURE;
  let v200: any = f199;
  if (v200 === undefined) return NOT_SURE;
  for (const key in input) if (!k202.has(key)) return NOT_SURE;
  return { type: v200 };
}
function object208(input: any): any {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT_SURE;
  const f209 = input["op"];
  if (!k211.has(f209)) return NOT_SURE;
  let v210: any = f209;
  if (v210 === undefined) return NOT_SURE;
  const f212 = input["refYear"];
  let v213: any = null;
  if (f212 !== null) {
    if (typeof f212 !== "number" || !Number.isFinite(f212)) return NOT_SURE;
    let v214: any = f212;
    if (!Number.isSafeInteger(v214)) return NOT_SURE;
    if (!(v214 >= 1949)) return NOT_SURE;
    if (!(v214 <= 2100)) return NOT_SURE;
    v213 = v214;
  }
  if (v213 === undefined) return NOT_SURE;
  for (const key in input) if (!k215.has(key)) return NOT_SURE;
  return { op: v210, refYear: v213 };
}
function object83(input: any): any {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT_SURE;
  const f84 = input["id"];
  if (typeof f84 !== "string") return NOT_SURE;
  let v85: any = f84;
  k86.lastIndex = 0;
  if (!k86.test(v85)) return NOT_SURE;
  if (v85 === undefined) return NOT_SURE;
  const f87 = input["line"];
  if (typeof f87 !== "number" || !Number.isFinite(f87)) return NOT_SURE;
  let v88: any = f87;
  if (!Number.isSafeInteger(v88)) return NOT_SURE;
  if (!(v88 > 0)) return NOT_SURE;
  if (v88 === undefined) return NOT_SURE;
  const f89 = input["quote"];
  if (typeof f89 !== "string") return NOT_SURE;
  let v90: any = f89;
  v90 = k91(v90);
  if (v90.length < 2) {
    if (v90.length < 1) return NOT_SURE;
    v90 = runCheck(k92, v90);
    if (v90 === NOT_SURE) return NOT_SURE;
  }
  if (v90 === undefined) return NOT_SURE;
  const f93 = input["valueText"];
  let v94: any = undefined;
  if (f93 === undefined) v94 = k95.defaultValue;
  else {
    let v96: any = null;
    if (f93 !== null) {
      if (typeof f93 !== "string") return NOT_SURE;
      let v97: any = f93;
      v97 = k98(v97);
      if (v97.length < 2) {
        if (v97.length < 1) return NOT_SURE;
        v97 = runCheck(k99, v97);
        if (v97 === NOT_SURE) return NOT_SURE;
      }
      v96 = v97;
    }
    v94 = v96 === undefined ? k95.defaultValue : v96;
  }
  if (v94 === undefined) return NOT_SURE;
  const f100 = input["sector"];
  if (!Array.isArray(f100)) return NOT_SURE;
  let v101: any = new Array(f100.length);
  for (let i102 = 0; i102 < f100.length; i102++) {
    const item103 = f100[i102];
    if (typeof item103 !== "string") return NOT_SURE;
    let v104: any = item103;
    v104 = k105(v104);
    if (v104.length < 2) {
      if (v104.length < 1) return NOT_SURE;
      v104 = runCheck(k106, v104);
      if (v104 === NOT_SURE) return NOT_SURE;
    }
    v101[i102] = v104;
  }
  if (v101.length < 2) {
    if (v101.length < 1) return NOT_SURE;
    v101 = runCheck(k107, v101);
    if (v101 === NOT_SURE) return NOT_SURE;
  }
  if (v101 === undefined) return NOT_SURE;
  const f108 = input["subRegion"];
  let v109: any = undefined;
  if (f108 === undefined) v109 = k110.defaultValue;
  else {
    let v111: any = null;
    if (f108 !== null) {
      if (typeof f108 !== "string") return NOT_SURE;
      let v112: any = f108;
      v112 = k113(v112);
      if (v112.length < 2) {
        if (v112.length < 1) return NOT_SURE;
        v112 = runCheck(k114, v112);
        if (v112 === NOT_SURE) return NOT_SURE;
      }
      v111 = v112;
    }
    v109 = v111 === undefined ? k110.defaultValue : v111;
  }
  if (v109 === undefined) return NOT_SURE;
  const f115 = input["metric"];
  if (typeof f115 !== "string") return NOT_SURE;
  let v116: any = f115;
  v116 = k117(v116);
  if (v116.length < 2) {
    if (v116.length < 1) return NOT_SURE;
    v116 = runCheck(k118, v116);
    if (v116 === NOT_SURE) return NOT_SURE;
  }
  if (v116 === undefined) return NOT_SURE;
  const f119 = input["kind"];
  if (!k121.has(f119)) return NOT_SURE;
  let v120: any = f119;
  if (v120 === undefined) return NOT_SURE;
  const f122 = input["year"];
  let v123: any = null;
  if (f122 !== null) {
    if (typeof f122 !== "number" || !Number.isFinite(f122)) return NOT_SURE;
    let v124: any = f122;
    if (!Number.isSafeInteger(v124)) return NOT_SURE;
    if (!(v124 >= 1949)) return NOT_SURE;
    if (!(v124 <= 2100)) return NOT_SURE;
    v123 = v124;
  }
  if (v123 === undefined) return NOT_SURE;
  const f125 = input["yearBasis"];
  if (!k127.has(f125)) return NOT_SURE;
  let v126: any = f125;
  if (v126 === undefined) return NOT_SURE;
  const f128 = input["period"];
  let v129: any = undefined;
  if (f128 === undefined) v129 = k130.defaultValue;
  else {
    let v131: any = null;
    if (f128 !== null) {
      let v132: any = object133(f128);
      if (v132 === NOT_SURE) return NOT_SURE;
      v131 = v132;
    }
    v129 = v131 === undefined ? k130.defaultValue : v131;
  }
  if (v129 === undefined) return NOT_SURE;
  const f139 = input["value"];
  if (typeof f139 !== "number" || !Number.isFinite(f139)) return NOT_SURE;
  let v140: any = f139;
  if (v140 === undefined) return NOT_SURE;
  const f141 = input["valueMax"];
  let v142: any = undefined;
  if (f141 === undefined) v142 = k143.defaultValue;
  else {
    let v144: any = null;
    if (f141 !== null) {
      if (typeof f141 !== "number" || !Number.isFinite(f141)) return NOT_SURE;
      let v145: any = f141;
      v144 = v145;
    }
    v142 = v144 === undefined ? k143.defaultValue : v144;
  }
  if (v142 === undefined) return NOT_SURE;
  const f146 = input["unit"];
  if (typeof f146 !== "string") return NOT_SURE;
  let v147: any = f146;
  v147 = k148(v147);
  if (v147.length < 2) {
    if (v147.length < 1) return NOT_SURE;
    v147 = runCheck(k149, v147);
    if (v147 === NOT_SURE) return NOT_SURE;
  }
  if (v147 === undefined) return NOT_SURE;
  const f150 = input["bound"];
  let v151: any = undefined;
  if (f150 === undefined) v151 = k152.defaultValue;
  else {
    if (!k154.has(f150)) return NOT_SURE;
    let v153: any = f150;
    v151 = v153 === undefined ? k152.defaultValue : v153;
  }
  if (v151 === undefined) return NOT_SURE;
  const f155 = input["aspiration"];
  let v156: any = undefined;
  if (f155 === undefined) v156 = k157.defaultValue;
  else {
    if (typeof f155 !== "boolean") return NOT_SURE;
    let v158: any = f155;
    v156 = v158 === undefined ? k157.defaultValue : v158;
  }
  if (v156 === undefined) return NOT_SURE;
  const f159 = input["qualifiers"];
  let v160: any = undefined;
  if (f159 === undefined) v160 = k161.defaultValue;
  else {
    if (!Array.isArray(f159)) return NOT_SURE;
    let v162: any = new Array(f159.length);
    for (let i163 = 0; i163 < f159.length; i163++) {
      const item164 = f159[i163];
      if (typeof item164 !== "string") return NOT_SURE;
      let v165: any = item164;
      v165 = k166(v165);
      if (v165.length < 2) {
        if (v165.length < 1) return NOT_SURE;
        v165 = runCheck(k167, v165);
        if (v165 === NOT_SURE) return NOT_SURE;
      }
      v162[i163] = v165;
    }
    v160 = v162 === undefined ? k161.defaultValue : v162;
  }
  if (v160 === undefined) return NOT_SURE;
  const f168 = input["entityFilter"];
  let v169: any = undefined;
  if (f168 === undefined) v169 = k170.defaultValue;
  else {
    let v171: any = null;
    if (f168 !== null) {
      let v172: any = object173(f168);
      if (v172 === NOT_SURE) return NOT_SURE;
      v171 = v172;
    }
    v169 = v171 === undefined ? k170.defaultValue : v171;
  }
  if (v169 === undefined) return NOT_SURE;
  const f193 = input["growth"];
  let v194: any = undefined;
  if (f193 === undefined) v194 = k195.defaultValue;
  else {
    let v196: any = null;
    if (f193 !== null) {
      let v197: any = object198(f193);
      if (v197 === NOT_SURE) return NOT_SURE;
      v196 = v197;
    }
    v194 = v196 === undefined ? k195.defaultValue : v196;
  }
  if (v194 === undefined) return NOT_SURE;
  const f203 = input["relative"];
  let v204: any = undefined;
  if (f203 === undefined) v204 = k205.defaultValue;
  else {
    let v206: any = null;
    if (f203 !== null) {
      let v207: any = object208(f203);
      if (v207 === NOT_SURE) return NOT_SURE;
      v206 = v207;
    }
    v204 = v206 === undefined ? k205.defaultValue : v206;
  }
  if (v204 === undefined) return NOT_SURE;
  const f216 = input["sameAs"];
  let v217: any = undefined;
  if (f216 === undefined) v217 = k218.defaultValue;
  else {
    if (!Array.isArray(f216)) return NOT_SURE;
    let v219: any = new Array(f216.length);
    for (let i220 = 0; i220 < f216.length; i220++) {
      const item221 = f216[i220];
      if (typeof item221 !== "string") return NOT_SURE;
      let v222: any = item221;
      v219[i220] = v222;
    }
    v217 = v219 === undefined ? k218.defaultValue : v219;
  }
  if (v217 === undefined) return NOT_SURE;
  const f223 = input["note"];
  let v224: any = undefined;
  if (f223 === undefined) v224 = k225.defaultValue;
  else {
    let v226: any = null;
    if (f223 !== null) {
      if (typeof f223 !== "string") return NOT_SURE;
      let v227: any = f223;
      v227 = k228(v227);
      if (v227.length < 2) {
        if (v227.length < 1) return NOT_SURE;
        v227 = runCheck(k229, v227);
        if (v227 === NOT_SURE) return NOT_SURE;
      }
      v226 = v227;
    }
    v224 = v226 === undefined ? k225.defaultValue : v226;
  }
  if (v224 === undefined) return NOT_SURE;
  for (const key in input) if (!k230.has(key)) return NOT_SURE;
  return {
    id: v85,
    line: v88,
    quote: v90,
    valueText: v94,
    sector: v101,
    subRegion: v109,
    metric: v116,
    kind: v120,
    year: v123,
    yearBasis: v126,
    period: v129,
    value: v140,
    valueMax: v142,
    unit: v147,
    bound: v151,
    aspiration: v156,
    qualifiers: v160,
    entityFilter: v169,
    growth: v194,
    relative: v204,
    sameAs: v217,
    note: v224,
  };
}
function object239(input: any): any {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT_SURE;
  const f240 = input["line"];
  if (typeof f240 !== "number" || !Number.isFinite(f240)) return NOT_SURE;
  let v241: any = f240;
  if (!Number.isSafeInteger(v241)) return NOT_SURE;
  if (!(v241 > 0)) return NOT_SURE;
  if (v241 === undefined) return NOT_SURE;
  const f242 = input["text"];
  if (typeof f242 !== "string") return NOT_SURE;
  let v243: any = f242;
  v243 = k244(v243);
  if (v243.length < 2) {
    if (v243.length < 1) return NOT_SURE;
    v243 = runCheck(k245, v243);
    if (v243 === NOT_SURE) return NOT_SURE;
  }
  if (v243 === undefined) return NOT_SURE;
  const f246 = input["reason"];
  if (!k248.has(f246)) return NOT_SURE;
  let v247: any = f246;
  if (v247 === undefined) return NOT_SURE;
  const f249 = input["note"];
  let v250: any = undefined;
  if (f249 === undefined) v250 = k251.defaultValue;
  else {
    let v252: any = null;
    if (f249 !== null) {
      if (typeof f249 !== "string") return NOT_SURE;
      let v253: any = f249;
      v253 = k254(v253);
      if (v253.length < 2) {
        if (v253.length < 1) return NOT_SURE;
        v253 = runCheck(k255, v253);
        if (v253 === NOT_SURE) return NOT_SURE;
      }
      v252 = v253;
    }
    v250 = v252 === undefined ? k251.defaultValue : v252;
  }
  if (v250 === undefined) return NOT_SURE;
  for (const key in input) if (!k256.has(key)) return NOT_SURE;
  return { line: v241, text: v243, reason: v247, note: v250 };
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
  const f50 = input["baseYear"];
  if (typeof f50 !== "number" || !Number.isFinite(f50)) return NOT_SURE;
  let v51: any = f50;
  if (!Number.isSafeInteger(v51)) return NOT_SURE;
  if (!(v51 >= 1949)) return NOT_SURE;
  if (!(v51 <= 2100)) return NOT_SURE;
  if (v51 === undefined) return NOT_SURE;
  const f52 = input["supersedes"];
  let v53: any = undefined;
  if (f52 === undefined) v53 = k54.defaultValue;
  else {
    if (!Array.isArray(f52)) return NOT_SURE;
    let v55: any = new Array(f52.length);
    for (let i56 = 0; i56 < f52.length; i56++) {
      const item57 = f52[i56];
      if (typeof item57 !== "string") return NOT_SURE;
      let v58: any = item57;
      v55[i56] = v58;
    }
    v53 = v55 === undefined ? k54.defaultValue : v55;
  }
  if (v53 === undefined) return NOT_SURE;
  const f59 = input["sectorAliases"];
  let v60: any = undefined;
  if (f59 === undefined) v60 = k61.defaultValue;
  else {
    let v62: any = record63(f59);
    if (v62 === NOT_SURE) return NOT_SURE;
    v60 = v62 === undefined ? k61.defaultValue : v62;
  }
  if (v60 === undefined) return NOT_SURE;
  const f71 = input["note"];
  let v72: any = undefined;
  if (f71 === undefined) v72 = k73.defaultValue;
  else {
    let v74: any = null;
    if (f71 !== null) {
      if (typeof f71 !== "string") return NOT_SURE;
      let v75: any = f71;
      v75 = k76(v75);
      if (v75.length < 2) {
        if (v75.length < 1) return NOT_SURE;
        v75 = runCheck(k77, v75);
        if (v75 === NOT_SURE) return NOT_SURE;
      }
      v74 = v75;
    }
    v72 = v74 === undefined ? k73.defaultValue : v74;
  }
  if (v72 === undefined) return NOT_SURE;
  const f78 = input["records"];
  if (!Array.isArray(f78)) return NOT_SURE;
  let v79: any = new Array(f78.length);
  for (let i80 = 0; i80 < f78.length; i80++) {
    const item81 = f78[i80];
    let v82: any = object83(item81);
    if (v82 === NOT_SURE) return NOT_SURE;
    v82 = runCheck(k231, v82);
    if (v82 === NOT_SURE) return NOT_SURE;
    v79[i80] = v82;
  }
  if (v79 === undefined) return NOT_SURE;
  const f232 = input["exclusions"];
  let v233: any = undefined;
  if (f232 === undefined) v233 = k234.defaultValue;
  else {
    if (!Array.isArray(f232)) return NOT_SURE;
    let v235: any = new Array(f232.length);
    for (let i236 = 0; i236 < f232.length; i236++) {
      const item237 = f232[i236];
      let v238: any = object239(item237);
      if (v238 === NOT_SURE) return NOT_SURE;
      v235[i236] = v238;
    }
    v233 = v235 === undefined ? k234.defaultValue : v235;
  }
  if (v233 === undefined) return NOT_SURE;
  for (const key in input) if (!k257.has(key)) return NOT_SURE;
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
    baseYear: v51,
    supersedes: v53,
    sectorAliases: v60,
    note: v72,
    records: v79,
    exclusions: v233,
  };
}
function parse258(input: any): any {
  let v0: any = object1(input);
  if (v0 === NOT_SURE) return NOT_SURE;
  return v0;
}
function object266(input: any): any {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT_SURE;
  const f267 = input["name"];
  if (typeof f267 !== "string") return NOT_SURE;
  let v268: any = f267;
  v268 = k269(v268);
  if (v268.length < 2) {
    if (v268.length < 1) return NOT_SURE;
    v268 = runCheck(k270, v268);
    if (v268 === NOT_SURE) return NOT_SURE;
  }
  if (v268 === undefined) return NOT_SURE;
  const f271 = input["code"];
  if (typeof f271 !== "string") return NOT_SURE;
  let v272: any = f271;
  k273.lastIndex = 0;
  if (!k273.test(v272)) return NOT_SURE;
  if (v272 === undefined) return NOT_SURE;
  const f274 = input["iso"];
  if (typeof f274 !== "string") return NOT_SURE;
  let v275: any = f274;
  k276.lastIndex = 0;
  if (!k276.test(v275)) return NOT_SURE;
  if (v275 === undefined) return NOT_SURE;
  const f277 = input["aliases"];
  if (!Array.isArray(f277)) return NOT_SURE;
  let v278: any = new Array(f277.length);
  for (let i279 = 0; i279 < f277.length; i279++) {
    const item280 = f277[i279];
    if (typeof item280 !== "string") return NOT_SURE;
    let v281: any = item280;
    v281 = k282(v281);
    if (v281.length < 2) {
      if (v281.length < 1) return NOT_SURE;
      v281 = runCheck(k283, v281);
      if (v281 === NOT_SURE) return NOT_SURE;
    }
    v278[i279] = v281;
  }
  if (v278 === undefined) return NOT_SURE;
  const f284 = input["subRegions"];
  let v285: any = undefined;
  if (f284 === undefined) v285 = k286.defaultValue;
  else {
    if (!Array.isArray(f284)) return NOT_SURE;
    let v287: any = new Array(f284.length);
    for (let i288 = 0; i288 < f284.length; i288++) {
      const item289 = f284[i288];
      if (typeof item289 !== "string") return NOT_SURE;
      let v290: any = item289;
      v290 = k291(v290);
      if (v290.length < 2) {
        if (v290.length < 1) return NOT_SURE;
        v290 = runCheck(k292, v290);
        if (v290 === NOT_SURE) return NOT_SURE;
      }
      v287[i288] = v290;
    }
    v285 = v287 === undefined ? k286.defaultValue : v287;
  }
  if (v285 === undefined) return NOT_SURE;
  for (const key in input) if (!k293.has(key)) return NOT_SURE;
  return { name: v268, code: v272, iso: v275, aliases: v278, subRegions: v285 };
}
function object260(input: any): any {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT_SURE;
  const f261 = input["regions"];
  if (!Array.isArray(f261)) return NOT_SURE;
  let v262: any = new Array(f261.length);
  for (let i263 = 0; i263 < f261.length; i263++) {
    const item264 = f261[i263];
    let v265: any = object266(item264);
    if (v265 === NOT_SURE) return NOT_SURE;
    v262[i263] = v265;
  }
  if (v262.length < 2) {
    if (v262.length < 1) return NOT_SURE;
    v262 = runCheck(k294, v262);
    if (v262 === NOT_SURE) return NOT_SURE;
  }
  if (v262 === undefined) return NOT_SURE;
  for (const key in input) if (!k295.has(key)) return NOT_SURE;
  return { regions: v262 };
}
function parse296(input: any): any {
  let v259: any = object260(input);
  if (v259 === NOT_SURE) return NOT_SURE;
  return v259;
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
function record311(input: any): any {
  if (!isPlainObject(input)) return NOT_SURE;
  const out: any = {};
  for (const key of Reflect.ownKeys(input)) {
    if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
    if (typeof key !== "string") return NOT_SURE;
    if (typeof key !== "string") return NOT_SURE;
    let v312: any = key;
    if (v312 !== key) return NOT_SURE;
    const item = input[key];
    if (!Array.isArray(item)) return NOT_SURE;
    let v313: any = new Array(item.length);
    for (let i314 = 0; i314 < item.length; i314++) {
      const item315 = item[i314];
      if (typeof item315 !== "string") return NOT_SURE;
      let v316: any = item315;
      v316 = k317(v316);
      if (v316.length < 2) {
        if (v316.length < 1) return NOT_SURE;
        v316 = runCheck(k318, v316);
        if (v316 === NOT_SURE) return NOT_SURE;
      }
      v313[i314] = v316;
    }
    out[key] = v313;
  }
  return out;
}
function object298(input: any): any {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT_SURE;
  const f299 = input["metrics"];
  let v300: any = record301(f299);
  if (v300 === NOT_SURE) return NOT_SURE;
  if (v300 === undefined) return NOT_SURE;
  const f309 = input["sectors"];
  let v310: any = record311(f309);
  if (v310 === NOT_SURE) return NOT_SURE;
  if (v310 === undefined) return NOT_SURE;
  for (const key in input) if (!k319.has(key)) return NOT_SURE;
  return { metrics: v300, sectors: v310 };
}
function parse320(input: any): any {
  let v297: any = object298(input);
  if (v297 === NOT_SURE) return NOT_SURE;
  return v297;
}

/** PlanSchema's fast parser. */
export const fastPlan: FastParser<z.output<typeof schemas.PlanSchema>> = (input) => {
  try {
    return parse258(input);
  } catch {
    return NOT_SURE;
  }
};
/** RegionsFileSchema's fast parser. */
export const fastRegionsFile: FastParser<z.output<typeof schemas.RegionsFileSchema>> = (input) => {
  try {
    return parse296(input);
  } catch {
    return NOT_SURE;
  }
};
/** AliasesFileSchema's fast parser. */
export const fastAliasesFile: FastParser<z.output<typeof schemas.AliasesFileSchema>> = (input) => {
  try {
    return parse320(input);
  } catch {
    return NOT_SURE;
  }
};
