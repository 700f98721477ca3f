/**
 * What the three workbook buttons run — the monitoring sheet's layout and writer, the .xlsx download, 转为数值 —
 * gathered in one module that the pane loads on the first click (a chunk of its own), off the start path.
 */
export { monitoringMode, monitoringSheet } from "../../sheet/monitoring";
export { downloadWorkbook } from "./download";
export { writeNewSheet } from "./sheet-writer";
export { convertToValues } from "./to-values";
export { workbookOutcomes } from "./workbook-outcomes";
