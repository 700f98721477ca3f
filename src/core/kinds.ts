/** What each kind of record is for: one table instead of a list of kinds checked in many places. */
import { RECORD_KINDS, type RecordKind } from "./vocabulary";

export interface KindTraits {
  /** A bare TARGET lookup answers with it (a level to reach, a limit, a change to achieve). */
  readonly lookup: boolean;
  /** A level at a year that growth maths (CAGR, progress) applies to. */
  readonly level: boolean;
  /** An upper limit: judged the other way round (staying under it is success). */
  readonly limit: boolean;
}

export const KIND_TRAITS: Readonly<Record<RecordKind, KindTraits>> = {
  target: { lookup: true, level: true, limit: false },
  cap: { lookup: true, level: true, limit: true },
  relative_target: { lookup: true, level: false, limit: false },
  baseline: { lookup: false, level: true, limit: false },
  growth_rate: { lookup: false, level: false, limit: false },
  project: { lookup: false, level: false, limit: false },
  spec: { lookup: false, level: false, limit: false },
  policy: { lookup: false, level: false, limit: false },
  context: { lookup: false, level: false, limit: false },
};

/** The kinds a bare TARGET lookup considers. */
export const LOOKUP_KINDS: readonly RecordKind[] = RECORD_KINDS.filter((kind) => KIND_TRAITS[kind].lookup);

export function answersLookup(kind: RecordKind): boolean {
  return KIND_TRAITS[kind].lookup;
}

export function isLevelKind(kind: RecordKind): boolean {
  return KIND_TRAITS[kind].level;
}
