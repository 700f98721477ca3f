/**
 * What the add-in's composition root asks of Office about the data: the partition to keep data under, a full
 * recalculation after a swap, and the dataset version the workbook was last computed with (document settings).
 * Every call is safe outside Office (a plain browser, the bundle test): it then does nothing. Inside WPS 表格 the
 * same calls go to its object model (src/taskpane/hosts/wps-state.ts).
 */
import { wpsApplication, wpsDataVersion, wpsRecalculate } from "../taskpane/hosts/wps-state";

/** The document setting that holds the version of the data the workbook was computed with. */
export const DATA_VERSION_SETTING = "plan-targets.dataVersion";

const READY_TIMEOUT_MS = 5000;

function office(): typeof Office | undefined {
  const candidate = (globalThis as { Office?: typeof Office }).Office;
  return candidate && typeof candidate.onReady === "function" ? candidate : undefined;
}

function excel(): typeof Excel | undefined {
  const candidate = (globalThis as { Excel?: typeof Excel }).Excel;
  return candidate && typeof candidate.run === "function" ? candidate : undefined;
}

let ready: Promise<boolean> | null = null;

/** Whether an Office host answered (Office.onReady with a host) within a few seconds. */
export function officeReady(): Promise<boolean> {
  ready ??= new Promise<boolean>((resolve) => {
    const host = office();
    if (!host) return resolve(false);
    const timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
    host.onReady().then(
      (info) => {
        clearTimeout(timer);
        resolve(Boolean(info.host));
      },
      () => resolve(false),
    );
  });
  return ready;
}

/** Office's storage partition for this add-in (Office on the web, new Outlook…), or null where it gives none. */
export async function partitionKey(): Promise<string | null> {
  if (!(await officeReady())) return null;
  return office()?.context?.partitionKey || null;
}

function settings(): Office.Settings | null {
  return office()?.context?.document?.settings ?? null;
}

/** The version the open workbook remembers having been computed with, or null. */
export async function workbookDataVersion(): Promise<string | null> {
  const wps = wpsApplication();
  if (wps) return wpsDataVersion(wps);
  if (!(await officeReady())) return null;
  const value = settings()?.get(DATA_VERSION_SETTING) as unknown;
  return typeof value === "string" ? value : null;
}

/**
 * Asks Excel to recalculate every formula (custom functions are not volatile, so Excel would not re-run them by
 * itself), then remembers `version` in the workbook. Answers whether Excel took the request.
 */
export async function recalculateWorkbook(version: string): Promise<boolean> {
  const wps = wpsApplication();
  if (wps) return wpsRecalculate(wps, version);
  const host = excel();
  if (!host || !(await officeReady())) return false;
  await host.run(async (context) => {
    context.workbook.application.calculate(host.CalculationType.full);
    await context.sync();
  });
  await rememberDataVersion(version);
  return true;
}

async function rememberDataVersion(version: string): Promise<void> {
  const store = settings();
  if (!store) return;
  store.set(DATA_VERSION_SETTING, version);
  await new Promise<void>((resolve) => store.saveAsync(() => resolve()));
}
