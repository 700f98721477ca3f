/** The taskpane's start: the shared store and the data lifecycle (functions and taskpane see one catalogue). */
import { startTaskpane } from "../taskpane/taskpane";
import { recalculateWorkbook, workbookDataVersion } from "./office";
import { defaultDataUrl, liveData, store } from "./runtime";

void startTaskpane(store, {
  live: liveData,
  defaultUrl: defaultDataUrl,
  workbook: { recordedVersion: workbookDataVersion, recalculate: recalculateWorkbook },
});
