/**
 * The words of 导入规划 (paste, file, selection, the review, 我的规划), Chinese first and English second, in one
 * catalogue beside the pane's (i18n.ts): loaded with the import view, not on the pane's start path. What went wrong
 * is said by the error catalogue (src/core/errors.ts), not here.
 */
import type { Locale } from "../../core/locale";
import type { ImportOrigin } from "../../data/user-plans";

const ORIGINS_ZH: Record<ImportOrigin, string> = {
  paste: "粘贴文本",
  json: "规划 JSON",
  csv: "CSV 表格",
  xlsx: "Excel 工作簿",
  selection: "所选区域",
};

const zh = {
  ways: "导入方式",
  wayPaste: "粘贴文本",
  wayFile: "文件",
  waySelection: "所选区域",
  pasteLabel: "规划正文",
  pastePlaceholder: "粘贴规划的全文，或其中写目标的部分…",
  region: "地区",
  chooseRegion: "请选择地区",
  title: "规划标题",
  titleHint: "留空则取正文的第一行",
  period: "规划期",
  periodHint: "如 2021-2025；提取后自动填写，可修改",
  extract: "提取目标",
  cancel: "取消",
  extracting: "正在提取…",
  progress: (done: number, total: number) => `正在提取：已读 ${done} / ${total} 行`,
  progressLabel: "提取进度",
  extracted: (n: number, lines: number) => `从 ${lines} 行中提取到 ${n} 条，请逐条核对：采用、不采用或修改后采用`,
  review: "核对提取结果",
  reviewCount: (accepted: number, rejected: number, total: number) =>
    `已采用 ${accepted} 条，不采用 ${rejected} 条，共 ${total} 条`,
  acceptAll: "全部采用",
  accept: "采用",
  reject: "不采用",
  decisionGroup: (n: number) => `第 ${n} 条的取舍`,
  edit: "修改",
  lineOf: (line: number) => `第${line}行`,
  lowConfidence: "请核对",
  lowConfidenceHint: "把握较低：未见动词、指标或年份，请核对",
  tensePast: "过去",
  tenseFuture: "将来",
  tenseUnknown: "时态未定",
  tenseFlipped: "已改",
  tenseLine: (tense: string, cue: string | null, kind: string) => `${tense}（${cue ?? "未见时态词"}）→ ${kind}`,
  flipToPast: "改为过去",
  flipToFuture: "改为将来",
  sectorField: "行业（上下级用 › 分隔）",
  yearField: "年份（或“每年”）",
  valueMaxField: "范围上限（不是范围留空）",
  showMore: (n: number) => `再显示 ${n} 条`,
  save: "保存为我的规划",
  saving: "正在校验并保存…",
  saved: (id: string, records: number, setAside: number) =>
    `已保存为我的规划 ${id}：${records} 条记录${setAside > 0 ? `；另有 ${setAside} 处数字列为待复核的排除项` : ""}`,
  chooseFiles: "选择文件…",
  filesLabel: "要导入的文件",
  filesHint:
    "规划 JSON（连同它的原文 .txt）、CSV 表格或 Excel 工作簿（.xlsx）；表格按模板的列填写，CSV 可为 UTF-8 或 GBK 编码。只选一个 .txt 文件时，按规划正文提取。",
  downloadTemplate: "下载模板（CSV）",
  templateDownloaded: (file: string) => `已下载模板 ${file}`,
  reading: (file: string) => `正在读取 ${file}…`,
  textLoaded: (file: string, encoding: string) =>
    `已读取 ${file}（${encoding}编码）到“粘贴文本”：请选择地区、核对标题后提取`,
  imported: (file: string, id: string, records: number, setAside: number) =>
    `已导入 ${file} 为我的规划 ${id}：${records} 条记录${setAside > 0 ? `；另有 ${setAside} 处数字列为待复核的排除项` : ""}`,
  selectionHint: "在工作表中选中按模板排列的区域（第一行为表头），再点击“读取所选区域”。",
  readSelection: "读取所选区域",
  notCells: "所选的不是单元格，可能选中了图表或图片；请先选中表格区域",
  selectionSource: "所选区域",
  selectionOnlyInExcel: "只有在 Excel 中才能读取所选区域。",
  readingSelection: "正在读取所选区域…",
  myPlansNone: "还没有导入的规划。",
  planMeta: (region: string, records: number, origin: ImportOrigin, date: string) =>
    `${region} · ${records} 条 · ${ORIGINS_ZH[origin]} · ${date}`,
  exportPlan: "导出",
  exportAria: (id: string) => `导出规划 ${id}`,
  deletePlan: "删除",
  deleteAria: (id: string) => `删除规划 ${id}`,
  confirmDelete: "确认删除",
  keepPlan: "保留",
  deleted: (id: string) => `已删除我的规划 ${id}`,
  exported: (planFile: string, documentFile: string) =>
    `已导出 ${planFile} 和 ${documentFile}：分别放入 seeds/plans/ 和 seeds/documents/，即可贡献给数据集`,
  notInUse: "未启用",
};

export type ImportStrings = typeof zh;

const ORIGINS_EN: Record<ImportOrigin, string> = {
  paste: "pasted text",
  json: "plan JSON",
  csv: "CSV table",
  xlsx: "Excel workbook",
  selection: "selection",
};

const en: ImportStrings = {
  ways: "Ways to import",
  wayPaste: "Paste text",
  wayFile: "File",
  waySelection: "Selection",
  pasteLabel: "The plan's text",
  pastePlaceholder: "Paste the plan's text, or the part that states its targets…",
  region: "Region",
  chooseRegion: "Choose a region",
  title: "Plan title",
  titleHint: "Blank: the first line of the text",
  period: "Plan period",
  periodHint: "Such as 2021-2025; filled in by the extraction, editable",
  extract: "Extract targets",
  cancel: "Cancel",
  extracting: "Extracting…",
  progress: (done, total) => `Extracting: ${done} of ${total} lines read`,
  progressLabel: "Extraction progress",
  extracted: (n, lines) => `${n} figures found in ${lines} lines; review each: accept, reject, or edit and accept`,
  review: "Review the figures",
  reviewCount: (accepted, rejected, total) => `${accepted} accepted, ${rejected} rejected, ${total} in all`,
  acceptAll: "Accept all",
  accept: "Accept",
  reject: "Reject",
  decisionGroup: (n) => `Decision on item ${n}`,
  edit: "Edit",
  lineOf: (line) => `line ${line}`,
  lowConfidence: "check",
  lowConfidenceHint: "Low confidence: no verb, metric or year seen; check it",
  tensePast: "past",
  tenseFuture: "future",
  tenseUnknown: "tense not said",
  tenseFlipped: "changed",
  tenseLine: (tense, cue, kind) => `${tense} (${cue ?? "no tense word seen"}) → ${kind}`,
  flipToPast: "Make it past",
  flipToFuture: "Make it future",
  sectorField: "Sector (levels split by ›)",
  yearField: "Year (or 每年)",
  valueMaxField: "Range's upper end (blank if none)",
  showMore: (n) => `Show ${n} more`,
  save: "Save as my plan",
  saving: "Verifying and saving…",
  saved: (id, records, setAside) =>
    `Saved as my plan ${id}: ${records} records${setAside > 0 ? `; ${setAside} other numbers set aside to review` : ""}`,
  chooseFiles: "Choose files…",
  filesLabel: "Files to import",
  filesHint:
    "A plan JSON (with its document .txt), a CSV table or an Excel workbook (.xlsx) with the template's columns; CSV in UTF-8 or GBK. A .txt alone is read as plan text.",
  downloadTemplate: "Download the template (CSV)",
  templateDownloaded: (file) => `Template ${file} downloaded`,
  reading: (file) => `Reading ${file}…`,
  textLoaded: (file, encoding) =>
    `${file} (${encoding}) is in “Paste text”: choose the region, check the title, then extract`,
  imported: (file, id, records, setAside) =>
    `${file} imported as my plan ${id}: ${records} records${setAside > 0 ? `; ${setAside} other numbers set aside to review` : ""}`,
  selectionHint:
    "Select a range laid out like the template (headers in its first row), then click “Read the selection”.",
  readSelection: "Read the selection",
  notCells: "the selection is not cells (a chart or a picture?); select the table first",
  selectionSource: "the selection",
  selectionOnlyInExcel: "The selection can be read in Excel only.",
  readingSelection: "Reading the selection…",
  myPlansNone: "No plans imported yet.",
  planMeta: (region, records, origin, date) => `${region} · ${records} records · ${ORIGINS_EN[origin]} · ${date}`,
  exportPlan: "Export",
  exportAria: (id) => `Export plan ${id}`,
  deletePlan: "Delete",
  deleteAria: (id) => `Delete plan ${id}`,
  confirmDelete: "Confirm delete",
  keepPlan: "Keep",
  deleted: (id) => `My plan ${id} deleted`,
  exported: (planFile, documentFile) =>
    `${planFile} and ${documentFile} exported: put them in seeds/plans/ and seeds/documents/ to contribute them`,
  notInUse: "not in use",
};

export const IMPORT_STRINGS: Readonly<Record<Locale, ImportStrings>> = { zh, en };
