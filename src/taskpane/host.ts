/**
 * Where the page runs, which decides what the insert buttons do:
 * - Excel with custom functions: PLAN formulas;
 * - Excel without them (perpetual volume-licensed Office, some platforms): static values with their source;
 * - WPS 表格 (its `wps` global with an Application): PLAN formulas (the add-in's hidden page registers them);
 * - anywhere else (a plain browser, Office.onReady gives host null; another Office app): read-only, copy only.
 */
export type HostMode =
  | { readonly kind: "excel"; readonly customFunctions: boolean; readonly displayLanguage: string }
  | { readonly kind: "wps"; readonly customFunctions: true; readonly displayLanguage: string }
  | { readonly kind: "browser"; readonly reason: "no-office" | "other-host"; readonly displayLanguage: string };

/** The slice of office.js this module reads; typed loosely because outside Office it may be missing entirely. */
interface OfficeLike {
  onReady(): Promise<{ host: string | null; platform: string | null }>;
  context?: {
    displayLanguage?: string;
    requirements?: { isSetSupported(name: string, version?: string): boolean };
  };
}

/** office.js outside Office can take a while to give up on finding a host; past this, assume a browser. */
const READY_TIMEOUT_MS = 5000;

/** The slice of WPS's `wps` global this module reads. */
export interface WpsLike {
  readonly Application?: unknown;
}

export async function detectHost(
  office: OfficeLike | undefined = officeGlobal(),
  navigatorLanguage = browserLanguage(),
  wps: WpsLike | undefined = wpsGlobal(),
): Promise<HostMode> {
  // First: WPS's pane may load office.js too, which would wait for an Office host that never answers.
  if (wps?.Application) return { kind: "wps", customFunctions: true, displayLanguage: navigatorLanguage };
  if (!office) return { kind: "browser", reason: "no-office", displayLanguage: navigatorLanguage };
  const info = await Promise.race([
    office.onReady().catch(() => ({ host: null, platform: null })),
    new Promise<{ host: null; platform: null }>((resolve) =>
      setTimeout(() => resolve({ host: null, platform: null }), READY_TIMEOUT_MS),
    ),
  ]);
  if (!info.host) return { kind: "browser", reason: "no-office", displayLanguage: navigatorLanguage };
  const displayLanguage = office.context?.displayLanguage || navigatorLanguage;
  if (info.host !== "Excel") return { kind: "browser", reason: "other-host", displayLanguage };
  const requirements = office.context?.requirements;
  const customFunctions = requirements ? safeIsSetSupported(requirements, "CustomFunctionsRuntime", "1.1") : false;
  return { kind: "excel", customFunctions, displayLanguage };
}

function safeIsSetSupported(
  requirements: { isSetSupported(name: string, version?: string): boolean },
  name: string,
  version: string,
): boolean {
  try {
    return requirements.isSetSupported(name, version);
  } catch {
    return false;
  }
}

function officeGlobal(): OfficeLike | undefined {
  const office = (globalThis as unknown as { Office?: OfficeLike }).Office;
  return office && typeof office.onReady === "function" ? office : undefined;
}

function wpsGlobal(): WpsLike | undefined {
  const wps = (globalThis as unknown as { wps?: WpsLike }).wps;
  return wps && typeof wps === "object" ? wps : undefined;
}

function browserLanguage(): string {
  return typeof navigator !== "undefined" ? navigator.language : "zh-CN";
}
