/**
 * The ribbon's callbacks (ribbon.xml names them; WPS calls them as globals of the entry page): the 规划目标
 * button opens the add-in's existing taskpane page, and a second click hides it again. The pane's id is kept in
 * PluginStorage (shared by the add-in's pages, gone when WPS closes), so the same pane is toggled, not a new one.
 */
import type { WpsHost } from "./host";

/** The button's id in ribbon.xml. */
export const OPEN_PANE_BUTTON = "planTargetsOpenPane";
/** Where the open pane's id is kept. */
export const PANE_ID_KEY = "plan-targets.taskpane-id";
/** The pane's title (WPS shows it above the page). */
export const PANE_TITLE = "规划目标";
/** The button's picture, relative to the add-in's folder (the build copies it there). */
export const BUTTON_IMAGE = "icon-32.png";

/** GetTaskPane is declared to always answer; a pane the user closed for good may be gone (null), so check. */
type PaneHost = Pick<WpsHost, "CreateTaskPane" | "PluginStorage"> & {
  GetTaskPane(id: number): ReturnType<WpsHost["GetTaskPane"]> | null | undefined;
};

/** Shows the taskpane at `url`, or hides it when it is showing; answers whether it is visible now. */
export function toggleTaskpane(host: PaneHost, url: string): boolean {
  const kept = host.PluginStorage.getItem(PANE_ID_KEY);
  const existing = kept ? host.GetTaskPane(Number(kept)) : null;
  if (existing) {
    existing.Visible = !existing.Visible;
    return existing.Visible;
  }
  const pane = host.CreateTaskPane(url, PANE_TITLE);
  pane.Visible = true;
  host.PluginStorage.setItem(PANE_ID_KEY, pane.ID);
  return true;
}

/** A ribbon control as WPS passes it to a callback. */
interface RibbonControl {
  readonly Id?: string;
}

export interface RibbonCallbacks {
  OnAddinLoad(ribbon: unknown): boolean;
  OnAction(control: RibbonControl): boolean;
  GetImage(control: RibbonControl): string;
}

/** The callbacks for a page at `pageUrl`; the taskpane page sits beside it (taskpane.html). */
export function ribbonCallbacks(host: PaneHost, pageUrl: string): RibbonCallbacks {
  const taskpaneUrl = new URL("taskpane.html", pageUrl).href;
  return {
    OnAddinLoad: () => true,
    OnAction(control) {
      if (control.Id !== OPEN_PANE_BUTTON) return false;
      toggleTaskpane(host, taskpaneUrl);
      return true;
    },
    GetImage: () => BUTTON_IMAGE,
  };
}
