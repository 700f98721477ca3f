/**
 * The words of 导入规划 (paste, file, selection, the review, 我的规划), one table with both languages in each entry,
 * beside the pane's (i18n.ts): loaded with the import view, not on the pane's start path. What went wrong is said by
 * the error catalogue (src/core/errors.ts), not here.
 */
import type { Bilingual, Locale } from "../../core/locale";
import { bilingual, byLanguage, type InLanguage } from "../../core/messages";
import type { ImportOrigin } from "../../data/user-plans";

/** Where an imported plan came from. */
export const ORIGINS: Readonly<Record<ImportOrigin, Bilingual>> = {
  paste: { zh: "粘贴文本", en: "pasted text" },
  json: { zh: "规划 JSON", en: "plan JSON" },
  csv: { zh: "CSV 表格", en: "CSV table" },
  xlsx: { zh: "Excel 工作簿", en: "Excel workbook" },
  selection: { zh: "所选区域", en: "selection" },
};

export const IMPORT_TEXT = {
  ways: { zh: "导入方式", en: "Ways to import" },
  wayPaste: { zh: "粘贴文本", en: "Paste text" },
  wayFile: { zh: "文件", en: "File" },
  waySelection: { zh: "所选区域", en: "Selection" },
  pasteLabel: { zh: "规划正文", en: "The plan's text" },
  pastePlaceholder: {
    zh: "粘贴规划的全文，或其中写目标的部分…",
    en: "Paste the plan's text, or the part that states its targets…",
  },
  region: { zh: "地区", en: "Region" },
  chooseRegion: { zh: "请选择地区", en: "Choose a region" },
  title: { zh: "规划标题", en: "Plan title" },
  titleHint: { zh: "留空则取正文的第一行", en: "Blank: the first line of the text" },
  period: { zh: "规划期", en: "Plan period" },
  periodHint: {
    zh: "如 2021-2025；提取后自动填写，可修改",
    en: "Such as 2021-2025; filled in by the extraction, editable",
  },
  extract: { zh: "提取目标", en: "Extract targets" },
  cancel: { zh: "取消", en: "Cancel" },
  extracting: { zh: "正在提取…", en: "Extracting…" },
  progress: bilingual(
    (done: number, total: number) => `正在提取：已读 ${done} / ${total} 行`,
    (done, total) => `Extracting: ${done} of ${total} lines read`,
  ),
  progressLabel: { zh: "提取进度", en: "Extraction progress" },
  extracted: bilingual(
    (n: number, lines: number) => `从 ${lines} 行中提取到 ${n} 条，请逐条核对：采用、不采用或修改后采用`,
    (n, lines) => `${n} figures found in ${lines} lines; review each: accept, reject, or edit and accept`,
  ),
  review: { zh: "核对提取结果", en: "Review the figures" },
  reviewCount: bilingual(
    (accepted: number, rejected: number, total: number) =>
      `已采用 ${accepted} 条，不采用 ${rejected} 条，共 ${total} 条`,
    (accepted, rejected, total) => `${accepted} accepted, ${rejected} rejected, ${total} in all`,
  ),
  acceptAll: { zh: "全部采用", en: "Accept all" },
  accept: { zh: "采用", en: "Accept" },
  reject: { zh: "不采用", en: "Reject" },
  decisionGroup: bilingual(
    (n: number) => `第 ${n} 条的取舍`,
    (n) => `Decision on item ${n}`,
  ),
  edit: { zh: "修改", en: "Edit" },
  lineOf: bilingual(
    (line: number) => `第${line}行`,
    (line) => `line ${line}`,
  ),
  lowConfidence: { zh: "请核对", en: "check" },
  lowConfidenceHint: {
    zh: "把握较低：未见动词、指标或年份，请核对",
    en: "Low confidence: no verb, metric or year seen; check it",
  },
  tensePast: { zh: "过去", en: "past" },
  tenseFuture: { zh: "将来", en: "future" },
  tenseUnknown: { zh: "时态未定", en: "tense not said" },
  tenseFlipped: { zh: "已改", en: "changed" },
  tenseLine: bilingual(
    (tense: string, cue: string | null, kind: string) => `${tense}（${cue ?? "未见时态词"}）→ ${kind}`,
    (tense, cue, kind) => `${tense} (${cue ?? "no tense word seen"}) → ${kind}`,
  ),
  flipToPast: { zh: "改为过去", en: "Make it past" },
  flipToFuture: { zh: "改为将来", en: "Make it future" },
  sectorField: { zh: "行业（上下级用 › 分隔）", en: "Sector (levels split by ›)" },
  yearField: { zh: "年份（或“每年”）", en: "Year (or 每年)" },
  valueMaxField: { zh: "范围上限（不是范围留空）", en: "Range's upper end (blank if none)" },
  showMore: bilingual(
    (n: number) => `再显示 ${n} 条`,
    (n) => `Show ${n} more`,
  ),
  save: { zh: "保存为我的规划", en: "Save as my plan" },
  saving: { zh: "正在校验并保存…", en: "Verifying and saving…" },
  saved: bilingual(
    (id: string, records: number, setAside: number) =>
      `已保存为我的规划 ${id}：${records} 条记录${setAside > 0 ? `；另有 ${setAside} 处数字列为待复核的排除项` : ""}`,
    (id, records, setAside) =>
      `Saved as my plan ${id}: ${records} records${setAside > 0 ? `; ${setAside} other numbers set aside to review` : ""}`,
  ),
  chooseFiles: { zh: "选择文件…", en: "Choose files…" },
  filesLabel: { zh: "要导入的文件", en: "Files to import" },
  filesHint: {
    zh: "规划 JSON（连同它的原文 .txt）、CSV 表格或 Excel 工作簿（.xlsx）；表格按模板的列填写，CSV 可为 UTF-8 或 GBK 编码。只选一个 .txt 文件时，按规划正文提取。",
    en: "A plan JSON (with its document .txt), a CSV table or an Excel workbook (.xlsx) with the template's columns; CSV in UTF-8 or GBK. A .txt alone is read as plan text.",
  },
  downloadTemplate: { zh: "下载模板（CSV）", en: "Download the template (CSV)" },
  templateDownloaded: bilingual(
    (file: string) => `已下载模板 ${file}`,
    (file) => `Template ${file} downloaded`,
  ),
  reading: bilingual(
    (file: string) => `正在读取 ${file}…`,
    (file) => `Reading ${file}…`,
  ),
  textLoaded: bilingual(
    (file: string, encoding: string) => `已读取 ${file}（${encoding}编码）到“粘贴文本”：请选择地区、核对标题后提取`,
    (file, encoding) => `${file} (${encoding}) is in “Paste text”: choose the region, check the title, then extract`,
  ),
  imported: bilingual(
    (file: string, id: string, records: number, setAside: number) =>
      `已导入 ${file} 为我的规划 ${id}：${records} 条记录${setAside > 0 ? `；另有 ${setAside} 处数字列为待复核的排除项` : ""}`,
    (file, id, records, setAside) =>
      `${file} imported as my plan ${id}: ${records} records${setAside > 0 ? `; ${setAside} other numbers set aside to review` : ""}`,
  ),
  selectionHint: {
    zh: "在工作表中选中按模板排列的区域（第一行为表头），再点击“读取所选区域”。",
    en: "Select a range laid out like the template (headers in its first row), then click “Read the selection”.",
  },
  readSelection: { zh: "读取所选区域", en: "Read the selection" },
  notCells: {
    zh: "所选的不是单元格，可能选中了图表或图片；请先选中表格区域",
    en: "the selection is not cells (a chart or a picture?); select the table first",
  },
  selectionSource: { zh: "所选区域", en: "the selection" },
  selectionOnlyInExcel: { zh: "只有在 Excel 中才能读取所选区域。", en: "The selection can be read in Excel only." },
  readingSelection: { zh: "正在读取所选区域…", en: "Reading the selection…" },
  myPlansNone: { zh: "还没有导入的规划。", en: "No plans imported yet." },
  planMeta: bilingual(
    (region: string, records: number, origin: Bilingual, date: string) =>
      `${region} · ${records} 条 · ${origin.zh} · ${date}`,
    (region, records, origin, date) => `${region} · ${records} records · ${origin.en} · ${date}`,
  ),
  exportPlan: { zh: "导出", en: "Export" },
  exportAria: bilingual(
    (id: string) => `导出规划 ${id}`,
    (id) => `Export plan ${id}`,
  ),
  deletePlan: { zh: "删除", en: "Delete" },
  deleteAria: bilingual(
    (id: string) => `删除规划 ${id}`,
    (id) => `Delete plan ${id}`,
  ),
  confirmDelete: { zh: "确认删除", en: "Confirm delete" },
  keepPlan: { zh: "保留", en: "Keep" },
  deleted: bilingual(
    (id: string) => `已删除我的规划 ${id}`,
    (id) => `My plan ${id} deleted`,
  ),
  exported: bilingual(
    (planFile: string, documentFile: string) =>
      `已导出 ${planFile} 和 ${documentFile}：分别放入 seeds/plans/ 和 seeds/documents/，即可贡献给数据集`,
    (planFile, documentFile) =>
      `${planFile} and ${documentFile} exported: put them in seeds/plans/ and seeds/documents/ to contribute them`,
  ),
  notInUse: { zh: "未启用", en: "not in use" },
};

export type ImportStrings = InLanguage<typeof IMPORT_TEXT>;

export const IMPORT_STRINGS: Readonly<Record<Locale, ImportStrings>> = byLanguage(IMPORT_TEXT);
