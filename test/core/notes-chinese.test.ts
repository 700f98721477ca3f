/**
 * The taskpane (a Chinese UI) shows every `note` as written, so curator notes are in Chinese. Latin is allowed only
 * for ids (001D, 000-L17-7), units and codes (PUE, GB/T 32161, 5G, PVC), never as the language of a note.
 */
import { expect } from "chai";
import { PlanSchema, type Plan } from "../../src/core/schema";
import { readSeeds } from "../../src/node/seeds";

/** Plan and record ids (000, 001D, 000-L17-7) do not count as Latin text. */
const ID = /\d{3}[A-I]?(-L\d+-\d+)?/g;
const LATIN = /\p{Script=Latin}/gu;
const HAN = /\p{Script=Han}/gu;

/** Why a note is not Chinese, or null when it is. */
export function notChinese(note: string): string | null {
  const text = note.trim();
  if (/^\p{Script=Latin}/u.test(text)) return "starts with a Latin letter";
  const latin = (text.replace(ID, "").match(LATIN) ?? []).length;
  const han = (text.match(HAN) ?? []).length;
  return latin > han ? `${latin} Latin letters, ${han} Han characters` : null;
}

interface Located {
  readonly where: string;
  readonly note: string;
}

function notesOf(plan: Plan): Located[] {
  const notes: Located[] = [];
  if (plan.note !== null) notes.push({ where: `plan ${plan.id}`, note: plan.note });
  for (const record of plan.records) {
    if (record.note !== null) notes.push({ where: `record ${record.id}`, note: record.note });
  }
  for (const exclusion of plan.exclusions) {
    if (exclusion.note !== null)
      notes.push({ where: `exclusion ${plan.id} L${exclusion.line} “${exclusion.text}”`, note: exclusion.note });
  }
  return notes;
}

describe("curator notes are written in Chinese", () => {
  const plans = readSeeds().plans.map(({ content }) => PlanSchema.parse(content));
  const notes = plans.flatMap(notesOf);

  it("reads the notes of every plan, record and exclusion", () => {
    expect(plans.length).to.be.greaterThan(10);
    expect(notes.length).to.be.greaterThan(400);
  });

  it("has no note that starts with a Latin letter or has more Latin letters than Han characters", () => {
    const english = notes.flatMap(({ where, note }) => {
      const why = notChinese(note);
      return why === null ? [] : [`${where}: ${why}: ${note}`];
    });
    expect(english, english.join("\n")).to.deep.equal([]);
  });

  it("flags English notes and accepts Chinese ones with ids, units and codes (the check can fail)", () => {
    expect(notChinese("year from 到2025年 heading the list")).to.equal("starts with a Latin letter");
    expect(notChinese("专栏1 indicator “工业APP（个）” (L520), 2021年 column")).to.match(/Latin letters/);
    expect(notChinese("承接上文标题“到2025年”，目标年份2025")).to.equal(null);
    expect(notChinese("与001D-L309-1同一事实；PUE值、GB/T 32161、5G均为代号")).to.equal(null);
  });
});
