/** A text file offered to save (the plan JSON, its document, the template), through the pane's one download helper. */
import { offerDownload } from "../workbooks/download";

export function downloadFile(name: string, text: string, type = "application/json"): void {
  offerDownload(name, new Blob([text], { type: `${type};charset=utf-8` }));
}
