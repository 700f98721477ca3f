/** What a refresh changed, as the 数据 section shows it: plans added, removed and changed, every moved figure. */
import type { Entry } from "../../core/catalog";
import { citation, formatValue, yearText } from "../../core/present";
import type { Plan } from "../../core/schema";
import type { DatasetDiff } from "../../data/diff";
import type { Strings } from "../kit/i18n";

export interface FigureLine {
  /** 新材料›稀土新材料 · 产值 · 2025 */
  readonly what: string;
  readonly before: string;
  readonly after: string;
  /** The new figure's citation: document, line and quote. */
  readonly citation: string;
}

export interface PlanLine {
  readonly plan: string;
  readonly figures: readonly FigureLine[];
  readonly notes: readonly string[];
}

export interface ChangeSummary {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly PlanLine[];
  readonly tablesChanged: boolean;
  readonly empty: boolean;
}

const planLabel = (plan: Plan): string => `${plan.id} ${plan.title}`;

function what(entry: Entry, s: Strings): string {
  return `${entry.sectorLabel} · ${entry.metricLabel} · ${yearText(entry, s.locale)}`;
}

export function changeSummary(diff: DatasetDiff, s: Strings): ChangeSummary {
  const changed = diff.changed.map((change) => {
    const notes: string[] = [];
    if (change.added.length > 0) notes.push(s.recordsAdded(change.added.length));
    if (change.removed.length > 0) notes.push(s.recordsRemoved(change.removed.length));
    if (change.figures.length === 0 && notes.length === 0) notes.push(s.noFigureChanged);
    return {
      plan: planLabel(change.after),
      figures: change.figures.map(({ before, after }) => ({
        what: what(after, s),
        before: formatValue(before, true),
        after: formatValue(after, true),
        citation: citation(after, s.locale),
      })),
      notes,
    };
  });
  const added = diff.added.map(planLabel);
  const removed = diff.removed.map(planLabel);
  return {
    added,
    removed,
    changed,
    tablesChanged: diff.tablesChanged,
    empty: added.length + removed.length + changed.length === 0 && !diff.tablesChanged,
  };
}
