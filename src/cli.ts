/**
 * The command line over the core: `plan-targets <command> …`. Each command is one entry of COMMANDS (its usage,
 * help and action), so `--help` and the dispatcher cannot disagree.
 * Exit codes: 0 answered; 1 a miss or an invalid input (message on stderr); 2 a usage error.
 */
import { assess } from "./core/assess";
import type { Catalog, Entry, TargetAnswer } from "./core/catalog";
import { unclaimed } from "./core/completeness";
import { curationIssues } from "./core/curation";
import { catalogFrom } from "./data/catalog-from";
import { formatIssue } from "./data/validate";
import type { PlanError, Result } from "./core/errors";
import { cagr, project, progress, requiredCagr, yearsToTarget } from "./core/growth";
import { ARG, toNumber, toOptionalYear, toText, toYear } from "./core/input";
import { KIND_LABELS } from "./core/labels";
import { RECORD_KINDS, type RecordKind } from "./core/schema";
import { convert } from "./core/units";
import { citation, formatValue, lineRef, qualifierText, toTargetView, toView, yearText } from "./core/present";
import { defaultCatalog } from "./node/default-catalog";
import { readSeeds } from "./node/seeds";

interface Parsed {
  positional: string[];
  options: Map<string, string | true>;
}

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface Command {
  usage: string;
  summary: string;
  details: string[];
  /** Options that take a value (others are flags). */
  valueOptions: string[];
  run: (args: Parsed, io: Io) => number;
}

class UsageError extends Error {}

function parse(argv: readonly string[], valueOptions: readonly string[]): Parsed {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith("--")) {
      const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
      if (valueOptions.includes(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        options.set(name, value);
      } else {
        options.set(name, true);
      }
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}

function option(args: Parsed, name: string): string | null {
  const value = args.options.get(name);
  return typeof value === "string" ? value : null;
}

/** Prints a failed result as the CLI does: the Chinese message (and suggestions) on stderr, exit 1. */
function reportError(error: PlanError, io: Io, json: boolean): number {
  if (json)
    io.err(
      JSON.stringify({
        error: {
          code: error.code,
          message: error.message.zh,
          messageEn: error.message.en,
          suggestions: error.suggestions,
        },
      }),
    );
  else io.err(`错误：${error.message.zh}\nError: ${error.message.en}`);
  return 1;
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new ResultError(result.error);
  return result.value;
}

class ResultError extends Error {
  constructor(readonly error: PlanError) {
    super(error.message.zh);
  }
}

const percent = (rate: number): string => `${(rate * 100).toFixed(2)}%`;

function targetQuery(args: Parsed, offset: number) {
  const [region, sector, metric, year] = args.positional.slice(offset);
  return {
    region: unwrap(toText(region, ARG.region)),
    sector: unwrap(toText(sector, ARG.sector)),
    metric: unwrap(toText(metric, ARG.metric)),
    year: unwrap(toOptionalYear(year, ARG.year)),
    plan: option(args, "plan"),
  };
}

function describeTarget(answer: TargetAnswer, io: Io): void {
  const { entry } = answer;
  const r = entry.record;
  const qualifier = r.qualifiers.length > 0 ? `（${qualifierText(entry)}）` : "";
  const year = r.year === null ? yearText(entry) : `${r.year}年`;
  io.out(
    `${formatValue(entry)}${qualifier}  ${year} · ${entry.region.name} · ${entry.sectorLabel} · ${entry.metricLabel}`,
  );
  io.out(`规划：${entry.plan.id} ${entry.plan.title}`);
  io.out(`出处：${citation(entry)}`);
  for (const other of answer.others) {
    io.out(`注意：${other.plan.id} ${other.plan.title} 给出不同数值 ${formatValue(other)}（${citation(other)}）`);
  }
}

function table(entries: readonly Entry[], io: Io): void {
  const header = ["编号", "规划", "行业", "指标", "类型", "年份", "数值", "限定", "出处"];
  io.out(header.join("\t"));
  for (const e of entries) {
    const r = e.record;
    io.out(
      [
        r.id,
        e.plan.id,
        e.sectorLabel,
        e.metricLabel,
        KIND_LABELS[r.kind].zh,
        yearText(e),
        formatValue(e),
        qualifierText(e),
        lineRef(e),
      ].join("\t"),
    );
  }
  io.out(`共 ${entries.length} 条`);
}

function printNumber(args: Parsed, io: Io, value: number, human: string): number {
  io.out(args.options.has("json") ? JSON.stringify({ value }) : human);
  return 0;
}

function catalog(): Catalog {
  return defaultCatalog();
}

export const COMMANDS: Record<string, Command> = {
  target: {
    usage: "target <region> <sector> <metric> [year] [--plan P] [--json]",
    summary: "一个目标值及其出处 / one target with its source",
    details: [
      "region: 内蒙古, 内蒙古自治区, Inner Mongolia…; sector: a node (稀土新材料) or a path (新材料›稀土新材料);",
      "metric: 产值, 产能, 新增产能…; year defaults to the plan's end year; --plan pins a plan (id, title words, file).",
      "--json prints value, valueMax, unit, year, qualifier, quote, plan, source {document, line}, others.",
    ],
    valueOptions: ["plan"],
    run(args, io) {
      const answer = unwrap(catalog().target(targetQuery(args, 0)));
      if (args.options.has("json")) io.out(JSON.stringify(toTargetView(answer), null, 2));
      else describeTarget(answer, io);
      return 0;
    },
  },
  list: {
    usage: "list [--region R] [--sector S] [--metric M] [--year Y] [--kind K] [--plan P] [--json]",
    summary: "列出记录 / list records",
    details: [
      `--kind: one of ${RECORD_KINDS.join(", ")} (comma-separated for several).`,
      "--sector includes the records below the node.",
    ],
    valueOptions: ["region", "sector", "metric", "year", "kind", "plan"],
    run(args, io) {
      const kindOption = option(args, "kind");
      const kinds = kindOption ? kindOption.split(",").map((k) => k.trim()) : null;
      const bad = kinds?.find((k) => !(RECORD_KINDS as readonly string[]).includes(k));
      if (bad) throw new UsageError(`unknown kind "${bad}"; kinds: ${RECORD_KINDS.join(", ")}`);
      const entries = unwrap(
        catalog().list({
          region: option(args, "region"),
          plan: option(args, "plan"),
          sector: option(args, "sector"),
          metric: option(args, "metric"),
          year: unwrap(toOptionalYear(option(args, "year"), ARG.year)),
          kinds: kinds as RecordKind[] | null,
        }),
      );
      if (args.options.has("json")) io.out(JSON.stringify(entries.map(toView), null, 2));
      else table(entries, io);
      return 0;
    },
  },
  cagr: {
    usage: "cagr <start> <end> <years> [--json]",
    summary: "年均复合增长率（同Excel RRI）/ compound annual growth rate",
    details: ["(end / start)^(1 / years) − 1; start > 0, end ≥ 0, years > 0."],
    valueOptions: [],
    run(args, io) {
      const [start, end, years] = args.positional;
      const rate = unwrap(
        cagr(unwrap(toNumber(start, ARG.start)), unwrap(toNumber(end, ARG.end)), unwrap(toNumber(years, ARG.years))),
      );
      return printNumber(args, io, rate, percent(rate));
    },
  },
  "required-cagr": {
    usage:
      "required-cagr <current> <current-year> <region> <sector> <metric> [year] [--plan P] [--json]\n       required-cagr <current> <current-year> --target <value> --target-year <year>",
    summary: "实现目标所需的年均增速 / yearly rate needed to reach a target",
    details: ["(target / current)^(1 / (targetYear − currentYear)) − 1."],
    valueOptions: ["plan", "target", "target-year"],
    run(args, io) {
      const current = unwrap(toNumber(args.positional[0], ARG.current));
      const currentYear = unwrap(toYear(args.positional[1], ARG.currentYear));
      let targetValue: number;
      let targetYear: number;
      if (option(args, "target") !== null) {
        targetValue = unwrap(toNumber(option(args, "target"), ARG.target));
        targetYear = unwrap(toYear(option(args, "target-year"), ARG.year));
      } else {
        const answer = unwrap(catalog().target(targetQuery(args, 2)));
        targetValue = answer.entry.record.value;
        targetYear = answer.entry.record.year ?? answer.entry.plan.period.end;
      }
      const rate = unwrap(requiredCagr(current, currentYear, targetValue, targetYear));
      return printNumber(args, io, rate, `${percent(rate)}（${currentYear}→${targetYear}，${current}→${targetValue}）`);
    },
  },
  project: {
    usage: "project <value> <rate> <years> [--json]",
    summary: "按增速推算 / projection: value × (1 + rate)^years",
    details: ["rate as 0.08 or 8%; rate > −100%."],
    valueOptions: [],
    run(args, io) {
      const [value, rate, years] = args.positional;
      const result = unwrap(
        project(
          unwrap(toNumber(value, ARG.value)),
          unwrap(toNumber(rate, ARG.rate)),
          unwrap(toNumber(years, ARG.years)),
        ),
      );
      return printNumber(args, io, result, String(result));
    },
  },
  "years-to-target": {
    usage: "years-to-target <current> <rate> <target> [--json]",
    summary: "按增速达到目标所需年数 / years to reach a target at a rate",
    details: ["ln(target / current) / ln(1 + rate); 0 when already reached."],
    valueOptions: [],
    run(args, io) {
      const [current, rate, target] = args.positional;
      const years = unwrap(
        yearsToTarget(
          unwrap(toNumber(current, ARG.current)),
          unwrap(toNumber(rate, ARG.rate)),
          unwrap(toNumber(target, ARG.target)),
        ),
      );
      return printNumber(args, io, years, years.toFixed(2));
    },
  },
  progress: {
    usage:
      "progress <current> <current-year> <region> <sector> <metric> [year] [--plan P] [--json]\n       progress <current> --target <value> [--base <value>]",
    summary: "目标完成进度与是否按期 / progress, gap and on-track status",
    details: ["(current − base) / (target − base) with the plan's stated baseline, else current / target."],
    valueOptions: ["plan", "target", "base", "base-year"],
    run(args, io) {
      const current = unwrap(toNumber(args.positional[0], ARG.current));
      if (option(args, "target") !== null) {
        const base = option(args, "base");
        const share = unwrap(
          progress(
            current,
            unwrap(toNumber(option(args, "target"), ARG.target)),
            base === null ? null : unwrap(toNumber(base, ARG.base)),
          ),
        );
        return printNumber(args, io, share, percent(share));
      }
      const currentYear = unwrap(toYear(args.positional[1], ARG.currentYear));
      const answer = unwrap(catalog().target(targetQuery(args, 2)));
      const baseOption = option(args, "base");
      const given = {
        value: baseOption === null ? null : unwrap(toNumber(baseOption, ARG.base)),
        year: unwrap(toOptionalYear(option(args, "base-year"), ARG.baseYear)),
      };
      const a = unwrap(assess(catalog(), answer.entry, current, currentYear, given));
      const unitText = answer.entry.unit.canonical === "%" ? "个百分点" : answer.entry.record.unit;
      if (args.options.has("json")) {
        io.out(
          JSON.stringify(
            {
              status: a.status.ok ? a.status.value : null,
              statusError: a.status.ok ? null : a.status.error.message.zh,
              progress: a.progress.ok ? a.progress.value : null,
              gap: a.gap,
              elapsed: a.elapsed,
              path: a.path,
              basis: a.basis,
              direction: a.direction,
              requiredCagr: a.requiredCagr.ok ? a.requiredCagr.value : null,
              target: toView(a.target),
            },
            null,
            2,
          ),
        );
      } else {
        const status = a.status.ok ? a.status.value : `无法判断——${a.status.error.message.zh}`;
        io.out(`进展评估：${status}`);
        const parts = [
          a.progress.ok ? `完成进度 ${percent(a.progress.value)}` : null,
          a.elapsed !== null ? `时间进度 ${percent(a.elapsed)}` : null,
          `差距 ${Number(a.gap.toPrecision(10))}${unitText}`,
          a.requiredCagr.ok ? `所需年均增速 ${percent(a.requiredCagr.value)}` : null,
        ];
        io.out(parts.filter(Boolean).join("；"));
        const basis = a.basis
          ? `基期 ${a.basis.value}${answer.entry.unit.canonical === "%" ? "%" : answer.entry.record.unit}（${a.basis.year ?? "?"}年，${a.basis.source === "plan" ? "规划给出" : "用户给出"}）`
          : "规划未给出基期值（可用 --base 和 --base-year 给出）";
        io.out(`目标 ${formatValue(answer.entry)}（${a.targetYear}年）；${basis}`);
      }
      return 0;
    },
  },
  convert: {
    usage: "convert <value> <from-unit> <to-unit> [--json]",
    summary: "单位换算 / unit conversion within a dimension",
    details: ["吨 ↔ 万吨, 元 ↔ 万元 ↔ 亿元, 万千瓦 ↔ 兆瓦…; across dimensions it is an error."],
    valueOptions: [],
    run(args, io) {
      const [value, from, to] = args.positional;
      const result = unwrap(
        convert(unwrap(toNumber(value, ARG.value)), unwrap(toText(from, ARG.fromUnit)), unwrap(toText(to, ARG.toUnit))),
      );
      return printNumber(args, io, result, `${result} ${to}`);
    },
  },
  check: {
    usage: "check",
    summary: "校验数据：结构、引文与完整性 / validate the seeds: schema, quotes, completeness",
    details: ["Exit 1 when a plan file is invalid or a number in the documents is claimed by no record or exclusion."],
    valueOptions: [],
    run(_args, io) {
      const built = catalogFrom(readSeeds());
      if (!built.ok) {
        built.issues.forEach((issue) => io.err(formatIssue(issue)));
        return 1;
      }
      const missing = unclaimed(built.dataset);
      missing.forEach((m) => io.err(`${m.document}:${m.line} 未归属的数字 "${m.text}"`));
      const words = curationIssues(built.dataset);
      words.forEach((w) => io.err(`${w.record}：${w.message}`));
      const records = built.dataset.plans.reduce((n, p) => n + p.records.length, 0);
      io.out(
        `${built.dataset.plans.length} 个规划，${records} 条记录，${missing.length} 处未归属数字（数据版本 ${built.dataset.version}）`,
      );
      return missing.length > 0 || words.length > 0 ? 1 : 0;
    },
  },
};

function help(io: Io): void {
  io.out("plan-targets — 规划目标数据 / targets of Chinese provincial industrial plans\n");
  for (const command of Object.values(COMMANDS)) io.out(`  plan-targets ${command.usage}\n      ${command.summary}`);
  io.out("\n  plan-targets <command> --help   details of one command");
}

export function main(
  argv: readonly string[],
  io: Io = { out: (l) => console.log(l), err: (l) => console.error(l) },
): number {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    help(io);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`unknown command "${name}"`);
    help(io);
    return 2;
  }
  let args: Parsed | null = null;
  try {
    args = parse(rest, command.valueOptions);
    if (args.options.has("help") || args.options.has("h")) {
      io.out(`plan-targets ${command.usage}\n\n${command.summary}\n${command.details.map((d) => `  ${d}`).join("\n")}`);
      return 0;
    }
    return command.run(args, io);
  } catch (error) {
    if (error instanceof ResultError) return reportError(error.error, io, args?.options.has("json") ?? false);
    if (error instanceof UsageError) {
      io.err(`${error.message}\nusage: plan-targets ${command.usage}`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
