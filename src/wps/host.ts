/// <reference types="et-jsapi-declare" />
/**
 * The part of WPS 表格's JS API (et-jsapi-declare) the add-in's entry page uses, typed from the vendor's own
 * declarations so a renamed member fails the type-check. Always reached through `wps`, never `Application`: on the
 * Mac some members are missing on `Application` but present on `wps`.
 */

/** What the entry page needs: registration, the task pane, the add-in's shared storage and recalculation. */
export type WpsHost = Pick<
  WPSMergedRoot,
  "AddCustomFunction" | "CreateTaskPane" | "GetTaskPane" | "PluginStorage" | "Application"
>;

/** The `wps` global of a WPS page, or null in any other page (a browser, Excel). */
export function wpsHost(): WpsHost | null {
  const candidate = (globalThis as { wps?: Partial<WpsHost> }).wps;
  return candidate && typeof candidate.AddCustomFunction === "function" ? (candidate as WpsHost) : null;
}
