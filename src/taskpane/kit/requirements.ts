/**
 * Which ExcelApi requirement sets the host supports. Writing a whole sheet uses newer ones (freeze panes 1.7,
 * data validation 1.8, page layout 1.9, comments 1.10, spills 1.12, notes 1.18); where one is missing that part is
 * left out and the pane says so, rather than failing the whole sheet.
 */
export type ApiSupport = (version: string) => boolean;

interface RequirementsLike {
  isSetSupported(name: string, version?: string): boolean;
}

/** Office's own answer; outside Office (tests, a plain browser) nothing beyond ExcelApi 1.1 is assumed. */
export const excelApiSupport: ApiSupport = (version) => {
  const office = (globalThis as unknown as { Office?: { context?: { requirements?: RequirementsLike } } }).Office;
  try {
    return office?.context?.requirements?.isSetSupported("ExcelApi", version) ?? version === "1.1";
  } catch {
    return false;
  }
};
