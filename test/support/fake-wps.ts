/**
 * A fake WPS 表格 host for tests without WPS: the `wps` global (also `Application`) as the add-in sees it,
 * enforcing what WPS and its tooling are documented to do (docs/wps.md, /work/shared/notes §1):
 * - AddCustomFunction records each function; a 1-D array type (`number[]`) is refused, as wpsjs's scanner refuses
 *   it ("一维数组不支持, 数组必须是二维数组"), and so is a second registration of one name;
 * - a formula's omitted arguments arrive as -2147352572 (COM's DISP_E_PARAMNOTFOUND);
 * - CreateTaskPane returns a pane (ID, Visible, DockPosition) that GetTaskPane finds again;
 * - PluginStorage is a string store shared by the add-in's pages;
 * - Application.CalculateFull() is counted; Application.ActiveSheet is a hook a sheet model plugs into.
 * Import-free, so the e2e can bundle it into the page (harness: fakeWpsScript()).
 */

export const FAKE_OMITTED = -2147352572;

export interface FakeMetadata {
  description?: string;
  result: { type?: string };
  parameters: { name?: string; type?: string; description?: string }[];
}

export interface FakeRegistration {
  readonly namespace: string;
  readonly name: string;
  readonly callback: (...args: unknown[]) => unknown;
  readonly metadata: FakeMetadata | undefined;
}

export interface FakePane {
  readonly ID: number;
  readonly url: string;
  readonly title: string | undefined;
  Visible: boolean;
  DockPosition: number;
  Width: number;
  Height: number;
  MaxWidth: number;
  MinWidth: number;
  MaxHeight: number;
  MinHeight: number;
  Navigate(url: string): void;
  Delete(): void;
}

export interface FakeWps {
  readonly registry: Map<string, FakeRegistration>;
  readonly panes: FakePane[];
  readonly calls: { addCustomFunction: number; createTaskPane: number; calculateFull: number };
  AddCustomFunction(namespace: string, name: string, callback: unknown, metadata?: FakeMetadata): void;
  CreateTaskPane(url: string, title?: string): FakePane;
  GetTaskPane(id: number): FakePane | null;
  readonly PluginStorage: {
    setItem(key: string, value: unknown): void;
    getItem(key: string): string;
    removeItem(key: string): void;
    clear(): void;
    key(index: number): string;
    readonly length: number;
  };
  CalculateFull(): void;
  Volatile(volatile?: unknown): void;
  ActiveSheet: unknown;
  readonly Application: FakeWps;
  /** A formula `=NS.NAME(args…)` as WPS evaluates it: missing trailing arguments passed as -2147352572. */
  calculate(fullName: string, ...args: unknown[]): unknown;
}

/** A WPS metadata type: a scalar or a 2-D array of one, `?` when optional. */
const TYPE = /^(string|number|bool|boolean|any|object)(\[\]\[\])?\??$/;

function checkType(type: string | undefined, where: string): void {
  if (type === undefined) return;
  if (/^[a-z]+\[\]\??$/.test(type)) throw new Error(`${where}: 一维数组不支持, 数组必须是二维数组 (${type})`);
  if (!TYPE.test(type)) throw new Error(`${where}: unknown type ${type}`);
}

export function createFakeWps(): FakeWps {
  const registry = new Map<string, FakeRegistration>();
  const panes: FakePane[] = [];
  const calls = { addCustomFunction: 0, createTaskPane: 0, calculateFull: 0 };
  const stored = new Map<string, string>();
  const host: FakeWps = {
    registry,
    panes,
    calls,
    AddCustomFunction(namespace, name, callback, metadata) {
      calls.addCustomFunction += 1;
      const key = `${namespace}.${name}`.toUpperCase();
      if (typeof callback !== "function") throw new Error(`${key}: the callback is not a function`);
      if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name)) throw new Error(`${key}: bad function name`);
      if (registry.has(key)) throw new Error(`${key}: already registered`);
      checkType(metadata?.result?.type, `${key} result`);
      for (const p of metadata?.parameters ?? []) checkType(p.type, `${key} ${p.name ?? "?"}`);
      registry.set(key, { namespace, name, callback: callback as (...args: unknown[]) => unknown, metadata });
    },
    CreateTaskPane(url, title) {
      calls.createTaskPane += 1;
      const pane: FakePane = {
        ID: 1000 + panes.length,
        url,
        title,
        Visible: false,
        DockPosition: 2,
        Width: 340,
        Height: 600,
        MaxWidth: 2000,
        MinWidth: 100,
        MaxHeight: 2000,
        MinHeight: 100,
        Navigate(next) {
          (pane as { url: string }).url = next;
        },
        Delete() {
          panes.splice(panes.indexOf(pane), 1);
        },
      };
      panes.push(pane);
      return pane;
    },
    GetTaskPane(id) {
      return panes.find((pane) => pane.ID === Number(id)) ?? null;
    },
    PluginStorage: {
      setItem: (key, value) => void stored.set(key, String(value)),
      getItem: (key) => stored.get(key) ?? (null as unknown as string),
      removeItem: (key) => void stored.delete(key),
      clear: () => stored.clear(),
      key: (index) => [...stored.keys()][index] ?? (null as unknown as string),
      get length() {
        return stored.size;
      },
    },
    CalculateFull() {
      calls.calculateFull += 1;
    },
    Volatile() {},
    ActiveSheet: null,
    get Application() {
      return host;
    },
    calculate(fullName, ...args) {
      const entry = registry.get(fullName.toUpperCase());
      if (!entry) return "#NAME?";
      const declared = entry.metadata?.parameters.length ?? args.length;
      const passed = Array.from({ length: Math.max(declared, args.length) }, (_, i) =>
        i < args.length && args[i] !== undefined ? args[i] : FAKE_OMITTED,
      );
      return entry.callback(...passed);
    },
  };
  return host;
}

/** Makes `host` the page's `wps` and `Application` globals. */
export function installFakeWps(target: object, host: FakeWps = createFakeWps()): FakeWps {
  Object.assign(target, { wps: host, Application: host });
  return host;
}
