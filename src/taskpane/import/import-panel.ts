/**
 * The 导入规划 section: a disclosure whose body (import/import-view.ts: paste, file, selection, the review, 我的规划)
 * is loaded when it is first opened, as its own chunk, so the pane's start path does not grow with it.
 */
import type { Catalog } from "../../core/catalog";
import type { LiveData } from "../../data/live-data";
import type { SelectionSource } from "./selection";
import type { Strings } from "../kit/i18n";
import { el, replaceChildren } from "../kit/dom";
import { adoptStyles } from "../kit/fluent";
import styles from "./import-panel.css";

let adopted = false;

export interface ImportLink {
  readonly live: LiveData;
  readonly strings: Strings;
  readonly host: SelectionSource;
  readonly inExcel: boolean;
  readonly catalog: () => Catalog;
}

export class ImportPanel {
  readonly element: HTMLDetailsElement;
  private readonly body: HTMLElement;
  private loading: Promise<void> | null = null;

  constructor(private readonly link: ImportLink) {
    if (!adopted) {
      adopted = true;
      adoptStyles(styles);
    }
    this.body = el("div", { class: "import-body", attrs: { "aria-busy": "true" } }, [
      el("p", { class: "hint", text: link.strings.importLoading }),
    ]);
    this.element = el("details", { class: "import-panel" }, [
      el("summary", { class: "import-summary", text: link.strings.importPlans }),
      this.body,
    ]);
    this.element.addEventListener("toggle", () => {
      if (this.element.open) void this.load();
    });
  }

  /** Loads the body once; a failure (the chunk not reachable) is said, and the next opening tries again. */
  load(): Promise<void> {
    this.loading ??= import(/* webpackChunkName: "import" */ "./import-view.js").then(
      ({ ImportView }) => {
        replaceChildren(this.body, [new ImportView(this.link).element]);
        this.body.removeAttribute("aria-busy");
      },
      (error: unknown) => {
        this.loading = null;
        const message = error instanceof Error ? error.message : String(error);
        replaceChildren(this.body, [
          el("p", { class: "hint error", text: this.link.strings.importLoadFailed(message) }),
        ]);
      },
    );
    return this.loading;
  }
}
