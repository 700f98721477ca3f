/**
 * 我的规划: the plans the user imported, each with its region, records, origin and date, 导出 (the plan file and its
 * document, as seeds/ takes them) and 删除 (asked twice: the first press offers 确认删除 and 保留). A plan that no
 * longer fits the data in use (its id taken by a published plan, its region gone) says so and can still be exported.
 */
import type { LiveData } from "../../data/live-data";
import type { UserPlanState } from "../../data/user-plans";
import type { Strings } from "../kit/i18n";
import { el, replaceChildren } from "../kit/dom";
import { downloadFile } from "./download";
import { ORIGINS, type ImportStrings } from "./import-strings";

export class MyPlansView {
  readonly element: HTMLElement;
  private readonly list = el("ul", { class: "my-plans-list" });

  constructor(
    private readonly s: Strings,
    private readonly t: ImportStrings,
    private readonly live: LiveData,
    private readonly say: (message: string, error?: boolean) => void,
    /** What to add about the recalculation (in Excel: done, or press Ctrl+Alt+F9; elsewhere nothing). */
    private readonly recalcNote: (recalculated: boolean) => string,
  ) {
    this.element = el("section", { class: "my-plans", attrs: { "aria-labelledby": "my-plans-heading" } }, [
      el("h3", { attrs: { id: "my-plans-heading" }, text: s.myPlans }),
      this.list,
    ]);
    this.render();
  }

  render(): void {
    const states = this.live.userPlans;
    if (states.length === 0) {
      replaceChildren(this.list, [el("li", { class: "hint", text: this.t.myPlansNone })]);
      return;
    }
    replaceChildren(
      this.list,
      states.map((state) => this.item(state)),
    );
  }

  private item(state: UserPlanState): HTMLElement {
    const { t } = this;
    const { plan, origin, added } = state.userPlan;
    const buttons = el("div", { class: "buttons" });
    const actions = (): void =>
      replaceChildren(buttons, [
        el("fluent-button", {
          attrs: {
            size: "small",
            appearance: "outline",
            "data-plan-action": "export",
            "aria-label": t.exportAria(plan.id),
          },
          text: t.exportPlan,
          on: { click: () => this.export(plan.id) },
        }),
        el("fluent-button", {
          attrs: {
            size: "small",
            appearance: "outline",
            "data-plan-action": "delete",
            "aria-label": t.deleteAria(plan.id),
          },
          text: t.deletePlan,
          on: { click: () => confirm() },
        }),
      ]);
    const confirm = (): void => {
      const keep = el("fluent-button", {
        attrs: { size: "small", appearance: "outline", "data-plan-action": "keep" },
        text: t.keepPlan,
        on: {
          click: () => {
            actions();
            buttons.querySelector<HTMLElement>('[data-plan-action="delete"]')?.focus();
          },
        },
      });
      replaceChildren(buttons, [
        el("fluent-button", {
          attrs: { size: "small", appearance: "primary", "data-plan-action": "confirm-delete" },
          text: t.confirmDelete,
          on: { click: () => void this.remove(plan.id) },
        }),
        keep,
      ]);
      keep.focus();
    };
    actions();
    return el("li", { class: "my-plan", attrs: { "data-plan": plan.id } }, [
      el("p", { class: "my-plan-title" }, [
        el("span", { class: "plan-id", text: plan.id }),
        ` ${plan.title}`,
        state.fault
          ? el("fluent-badge", {
              attrs: { appearance: "tint", color: "warning", size: "small" },
              text: t.notInUse,
            })
          : null,
      ]),
      el("p", {
        class: "hint",
        text: t.planMeta(plan.region, plan.records.length, ORIGINS[origin], added.slice(0, 10)),
      }),
      state.fault ? el("p", { class: "my-plan-fault", text: state.fault.message[this.s.locale] }) : null,
      buttons,
    ]);
  }

  private export(id: string): void {
    const exported = this.live.exportUserPlan(id);
    if (!exported) return;
    downloadFile(exported.planFile, exported.planText);
    downloadFile(exported.documentFile, exported.documentText, "text/plain");
    this.say(this.t.exported(exported.planFile, exported.documentFile));
  }

  private async remove(id: string): Promise<void> {
    const removed = await this.live.removeUserPlan(id);
    if (!removed.ok) {
      this.say(this.s.failed(removed.fault.message[this.s.locale]), true);
      return;
    }
    this.say(`${this.t.deleted(id)}${this.recalcNote(removed.value.recalculated)}`);
    this.render();
  }
}
