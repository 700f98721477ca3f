/**
 * Every string the taskpane shows, in one table: each entry holds its Chinese and its English side by side (the
 * mechanism of src/core/messages.ts), so the two cannot drift. Data text (names, quotes) is never translated: it is
 * shown as the plans write it.
 */
import { ASSESSMENT_LABELS as ASSESSED, BOUND_LABELS, KIND_LABELS, YEAR_BASIS_LABELS } from "../../core/labels";
import type { Locale } from "../../core/locale";
import { bilingual, inLanguage, type InLanguage } from "../../core/messages";
import { RECURRING } from "../../core/present";
import type { Bound, RecordKind, YearBasis } from "../../core/schema";

export const PANE_TEXT = {
  appTitle: { zh: "规划目标", en: "Plan targets" },
  searchLabel: { zh: "搜索规划目标", en: "Search plan targets" },
  searchPlaceholder: { zh: "搜索：稀土、xitu、xt、350…", en: "Search: 稀土, xitu, xt, 350…" },
  filters: { zh: "筛选", en: "Filters" },
  filterYear: { zh: "年份", en: "Year" },
  filterMetric: { zh: "指标", en: "Metric" },
  filterKind: { zh: "类型", en: "Kind" },
  any: { zh: "全部", en: "All" },
  browse: { zh: "浏览", en: "Browse" },
  browseTree: { zh: "地区、规划与行业", en: "Regions, plans and sectors" },
  records: { zh: "记录", en: "Records" },
  recordsOf: bilingual(
    (what: string, n: number) => `${what} · ${n} 条记录`,
    (what, n) => `${what} · ${n} records`,
  ),
  allRecords: { zh: "全部记录", en: "All records" },
  results: bilingual(
    (n: number) => `${n} 条结果`,
    (n) => `${n} results`,
  ),
  noResults: {
    zh: "没有匹配的记录。可尝试拼音（xitu）、首字母（xt）或数值（350）。",
    en: "No matching records. Try pinyin (xitu), initials (xt) or a number (350).",
  },
  showMore: bilingual(
    (n: number) => `再显示 ${n} 条`,
    (n) => `Show ${n} more`,
  ),
  value: { zh: "数值", en: "Value" },
  unit: { zh: "单位", en: "Unit" },
  bound: { zh: "限定", en: "Bound" },
  aspiration: { zh: "力争", en: "Aspiration (力争)" },
  year: { zh: "年份", en: "Year" },
  kind: { zh: "类型", en: "Kind" },
  baseline: ASSESSED.baseline,
  plan: { zh: "规划", en: "Plan" },
  region: { zh: "地区", en: "Region" },
  sector: { zh: "行业", en: "Sector" },
  metric: { zh: "指标", en: "Metric" },
  source: ASSESSED.source,
  note: { zh: "说明", en: "Note" },
  currentValue: ASSESSED.current,
  currentYear: ASSESSED.currentYear,
  requiredCagr: ASSESSED.requiredCagr,
  progress: ASSESSED.progress,
  baseValue: ASSESSED.baseline,
  baseYear: ASSESSED.baseYear,
  elapsed: ASSESSED.elapsed,
  points: ASSESSED.points,
  gap: ASSESSED.gap,
  status: ASSESSED.status,
  insert: { zh: "插入到所选单元格", en: "Insert at the selection" },
  insertTable: bilingual(
    (n: number) => `插入表格（${n} 条）`,
    (n) => `Insert table (${n})`,
  ),
  copyTable: bilingual(
    (n: number) => `复制表格（${n} 条）`,
    (n) => `Copy table (${n})`,
  ),
  copiedTable: bilingual(
    (n: number) => `已复制表格（${n} 条），可粘贴到 Excel 或 WPS`,
    (n) => `Copied a table of ${n} records; paste it into Excel or WPS`,
  ),
  copy: { zh: "复制", en: "Copy" },
  copied: bilingual(
    (what: string) => `已复制：${what}`,
    (what) => `Copied: ${what}`,
  ),
  copyFailed: { zh: "无法访问剪贴板，请手动复制。", en: "The clipboard is not available; copy by hand." },
  inserted: bilingual(
    (what: string, address: string) => `已插入${what}：${address}`,
    (what, address) => `Inserted ${what} at ${address}`,
  ),
  insertFailed: bilingual(
    (message: string) => `插入失败：${message}`,
    (message) => `Insert failed: ${message}`,
  ),
  noCellsSelected: {
    zh: "插入失败：所选的不是单元格（可能选中了图表或图片），请先选中一个单元格",
    en: "Insert failed: the selection is not cells (a chart or a picture?); select a cell first",
  },
  chartLeftOut: {
    zh: "；WPS 未能画出图表，已只插入数据（可选中数据后用“插入 → 图表”）",
    en: "; WPS could not draw the chart, so only its data went in (select it, then Insert → Chart)",
  },
  staticNotice: {
    zh: "此版本的 Excel 不支持自定义函数（如批量许可的永久版 Office）。将插入静态数值并附出处，而不是 PLAN 公式。",
    en: "This version of Excel does not support custom functions (e.g. perpetual volume-licensed Office). Static values with their source are inserted instead of PLAN formulas.",
  },
  browserNotice: {
    zh: "未在 Excel 中打开：以只读方式浏览规划，可复制数值、公式或引文。",
    en: "Not running in Excel: a read-only browser of the plans; copy a value, a formula or a citation.",
  },
  otherHostNotice: {
    zh: "当前应用不是 Excel：以只读方式浏览，可复制数值、公式或引文。",
    en: "This application is not Excel: read-only browsing; copy a value, a formula or a citation.",
  },
  dismiss: { zh: "知道了", en: "Got it" },
  staticFallbacks: bilingual(
    (n: number) => `；其中 ${n} 条为静态值（不是可用公式唯一取得的目标）`,
    (n) => `; ${n} as static values (not targets a formula picks out alone)`,
  ),
  dataRefreshed: { zh: "数据已更新", en: "Data refreshed" },
  nationMatches: {
    zh: "未载入的地区中也有匹配（点击载入）：",
    en: "Also found in regions not loaded (click to load):",
  },
  nationMatch: bilingual(
    (region: string, plans: number, sectors: number, metrics: number) =>
      `${region}（${[plans ? `规划 ${plans}` : "", sectors ? `行业 ${sectors}` : "", metrics ? `指标 ${metrics}` : ""].filter(Boolean).join("，")}）`,
    (region, plans, sectors, metrics) =>
      `${region} (${[plans ? `${plans} plans` : "", sectors ? `${sectors} sectors` : "", metrics ? `${metrics} metrics` : ""].filter(Boolean).join(", ")})`,
  ),
  regionNotLoaded: bilingual(
    (region: string, failed: boolean) => `${region}（${failed ? "未能载入" : "未载入，选中即载入"}）`,
    (region, failed) => `${region} (${failed ? "could not be loaded" : "not loaded; select to load"})`,
  ),
  importPlans: { zh: "导入规划", en: "Import plans" },
  importLoading: { zh: "正在加载…", en: "Loading…" },
  importLoadFailed: bilingual(
    (message: string) => `无法加载导入功能：${message}`,
    (message) => `Cannot load the import: ${message}`,
  ),
  onDemandLoadFailed: bilingual(
    (message: string) => `无法加载记录详情与插入功能：${message}`,
    (message) => `Cannot load the record detail and insert: ${message}`,
  ),
  myPlans: { zh: "我的规划", en: "My plans" },
  data: { zh: "数据", en: "Data" },
  dataSummary: bilingual(
    (version: string, source: string) => `数据 · ${version}（${source}）`,
    (version, source) => `Data · ${version} (${source})`,
  ),
  dataVersion: { zh: "数据版本", en: "Data version" },
  dataPublished: { zh: "发布日期", en: "Published" },
  dataSource: { zh: "来源", en: "Source" },
  sourceBundled: { zh: "内置数据", en: "built-in data" },
  sourceStored: { zh: "本机保存的更新", en: "update kept on this computer" },
  sourceRefreshed: { zh: "刚刷新的数据", en: "just refreshed" },
  dataUrl: { zh: "数据地址（index.json）", en: "Data address (index.json)" },
  dataUrlHint: bilingual(
    (url: string) =>
      `默认地址（构建时用 --env dataUrl 设定）：${url}。可改为其他 https 地址（本机测试可用 http://localhost）。`,
    (url) =>
      `Default address (set at build time with --env dataUrl): ${url}. Another https address works too (http only for localhost).`,
  ),
  checkUpdate: { zh: "检查更新", en: "Check for updates" },
  refreshData: { zh: "刷新数据", en: "Refresh data" },
  restoreBundled: { zh: "恢复内置数据", en: "Restore built-in data" },
  recalculate: { zh: "重新计算", en: "Recalculate" },
  checking: { zh: "正在检查更新…", en: "Checking for updates…" },
  refreshing: { zh: "正在下载并校验数据…", en: "Downloading and verifying the data…" },
  restoring: { zh: "正在恢复内置数据…", en: "Restoring the built-in data…" },
  upToDate: bilingual(
    (version: string) => `已是最新：服务器上的数据版本为 ${version}`,
    (version) => `Up to date: the server offers ${version}`,
  ),
  olderOnServer: bilingual(
    (remote: string, remoteDate: string, inUse: string, inUseDate: string) =>
      `服务器上的数据 ${remote}（${remoteDate} 发布）比正在使用的 ${inUse}（${inUseDate} 发布）旧，不是更新；未做任何更改。`,
    (remote, remoteDate, inUse, inUseDate) =>
      `The server offers ${remote} (published ${remoteDate}), older than ${inUse} in use (published ${inUseDate}): not an update; nothing was changed.`,
  ),
  updateAvailable: bilingual(
    (version: string, added: number, changed: number, removed: number, tables: number) =>
      `有新数据 ${version}：新增地区 ${added} 个，有改动的地区 ${changed} 个，删除地区 ${removed} 个${tables ? `，名称表 ${tables} 个有改动` : ""}。点击“刷新数据”更新。`,
    (version, added, changed, removed, tables) =>
      `New data ${version}: ${added} regions added, ${changed} changed, ${removed} removed${tables ? `, ${tables} name tables changed` : ""}. Click “Refresh data” to update.`,
  ),
  refreshed: bilingual(
    (version: string, files: number) => `已更新到 ${version}（下载 ${files} 个文件，均已校验）`,
    (version, files) => `Updated to ${version} (${files} files downloaded, all verified)`,
  ),
  recalculated: { zh: "已请 Excel 重新计算全部公式", en: "Excel was asked to recalculate every formula" },
  also: { zh: "；", en: "; " },
  notRecalculated: {
    zh: "未能请 Excel 重新计算：请按 Ctrl+Alt+F9",
    en: "Could not ask Excel to recalculate: press Ctrl+Alt+F9",
  },
  restored: bilingual(
    (version: string) => `已恢复内置数据 ${version}`,
    (version) => `Restored the built-in data ${version}`,
  ),
  alreadyBundled: {
    zh: "正在使用内置数据，本机保存的更新已清除",
    en: "The built-in data is in use; the kept update was cleared",
  },
  failed: bilingual(
    (message: string) => `失败：${message}`,
    (message) => `Failed: ${message}`,
  ),
  workbookVersionDiffers: bilingual(
    (recorded: string, active: string) =>
      `数据版本不同：此工作簿上次按 ${recorded} 计算，当前数据为 ${active}。重新计算后，PLAN 公式将使用当前数据。`,
    (recorded, active) =>
      `Data version differs: this workbook was last computed with ${recorded}, the data in use is ${active}. Recalculate so PLAN formulas use it.`,
  ),
  changesHeading: bilingual(
    (from: string, to: string) => `更新内容：${from} → ${to}`,
    (from, to) => `What changed: ${from} → ${to}`,
  ),
  plansAdded: { zh: "新增规划", en: "Plans added" },
  plansRemoved: { zh: "删除的规划", en: "Plans removed" },
  plansChanged: { zh: "修改的规划", en: "Plans changed" },
  tablesChanged: { zh: "地区或别名表有改动", en: "The region or alias table changed" },
  recordsAdded: bilingual(
    (n: number) => `新增记录 ${n} 条`,
    (n) => `${n} records added`,
  ),
  recordsRemoved: bilingual(
    (n: number) => `删除记录 ${n} 条`,
    (n) => `${n} records removed`,
  ),
  noFigureChanged: { zh: "数值未变（文字或标注有改动）", en: "No figure changed (wording or curation only)" },
  noChanges: { zh: "没有内容变化", en: "Nothing changed" },
  whatTable: { zh: "表格", en: "table" },
  recurring: RECURRING,
  count: bilingual(
    (n: number) => `${n} 条`,
    (n) => `${n}`,
  ),
  treeItemAria: bilingual(
    (label: string, n: number) => `${label}，${n} 条`,
    (label, n) => `${label}, ${n} records`,
  ),
  recordAria: bilingual(
    (metric: string, year: string, value: string, qualifier: string) =>
      `${metric}，${year}，${value}${qualifier ? `，${qualifier}` : ""}`,
    (metric, year, value, qualifier) => `${metric}, ${year}, ${value}${qualifier ? `, ${qualifier}` : ""}`,
  ),
};

/** One language of the pane: the table's texts, and the schema's labels looked up by value. */
export type Strings = InLanguage<typeof PANE_TEXT> & {
  readonly locale: Locale;
  readonly kindLabel: (kind: RecordKind) => string;
  readonly yearBasisLabel: (basis: YearBasis) => string;
  readonly boundLabel: (bound: Bound) => string;
};

function strings(locale: Locale): Strings {
  return {
    ...inLanguage(PANE_TEXT, locale),
    locale,
    kindLabel: (kind) => KIND_LABELS[kind][locale],
    yearBasisLabel: (basis) => YEAR_BASIS_LABELS[basis][locale],
    boundLabel: (bound) => BOUND_LABELS[bound][locale],
  };
}

export const STRINGS: Readonly<Record<Locale, Strings>> = { zh: strings("zh"), en: strings("en") };

/** The words that name the host where the pane runs in WPS 表格 instead of Excel. */
const WPS_WORDING = {
  recalculated: { zh: "已请 WPS 重新计算全部公式", en: "WPS was asked to recalculate every formula" },
  notRecalculated: {
    zh: "未能请 WPS 重新计算：请按 Ctrl+Alt+F9",
    en: "Could not ask WPS to recalculate: press Ctrl+Alt+F9",
  },
} satisfies Partial<typeof PANE_TEXT>;

export function stringsFor(locale: Locale, host: "excel" | "wps" | "browser" = "excel"): Strings {
  return host === "wps" ? { ...STRINGS[locale], ...inLanguage(WPS_WORDING, locale) } : STRINGS[locale];
}
