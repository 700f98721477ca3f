/**
 * Where a refresh may read from: an https address (http only for this computer: localhost, 127.0.0.1), allowed by
 * the page's Content-Security-Policy `connect-src` (the add-in's origin and the data host named at build time), so
 * a refused address is explained before the browser blocks it.
 */
import { dataFault } from "../core/errors";
import type { Outcome } from "./refresh";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export interface UrlPolicy {
  /** The page's address: relative addresses resolve against it, and 'self' is its origin. */
  readonly page: string;
  /** The sources of the page's connect-src; null when the page has no policy. */
  readonly connectSrc: readonly string[] | null;
}

/** The absolute address of an index.json, or why it cannot be used. */
export function checkDataUrl(text: string, policy: UrlPolicy): Outcome<string> {
  let url: URL;
  try {
    url = new URL(text.trim(), policy.page);
  } catch {
    return { ok: false, fault: dataFault("BAD_URL", { url: text }) };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { ok: false, fault: dataFault("BAD_URL", { url: text }) };
  }
  if (url.protocol === "http:" && !LOCAL_HOSTS.has(url.hostname)) {
    return { ok: false, fault: dataFault("INSECURE_URL", { url: url.href }) };
  }
  if (policy.connectSrc && !policy.connectSrc.some((source) => allows(source, url, new URL(policy.page)))) {
    const allowed = policy.connectSrc.map((s) => (s === "'self'" ? new URL(policy.page).origin : s)).join(" ");
    return { ok: false, fault: dataFault("URL_NOT_ALLOWED", { origin: url.origin, allowed }) };
  }
  return { ok: true, value: url.href };
}

/** Whether one CSP source expression ('self', https://host, https://*.host, http://host:*) allows `url`. */
export function allows(source: string, url: URL, page: URL): boolean {
  if (source === "'self'") return url.origin === page.origin;
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^/:]+|\*)(?::(\d+|\*))?(\/.*)?$/i.exec(source);
  if (!match) return false;
  const [, scheme, wildcard, host, port] = match;
  if (scheme && `${scheme.toLowerCase()}:` !== url.protocol) return false;
  if (!scheme && url.protocol !== page.protocol && !(page.protocol === "http:" && url.protocol === "https:")) {
    return false;
  }
  const hostname = url.hostname.toLowerCase();
  const wanted = host!.toLowerCase();
  if (wanted !== "*") {
    if (wildcard ? !hostname.endsWith(`.${wanted}`) : hostname !== wanted) return false;
  }
  if (port === "*") return true;
  const defaultPort = url.protocol === "https:" ? "443" : "80";
  return (port ?? defaultPort) === (url.port || defaultPort);
}

/** The sources of connect-src in a Content-Security-Policy (or default-src when it has none). */
export function connectSources(policy: string): string[] | null {
  const directives = new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map((parts) => [parts[0]!.toLowerCase(), parts.slice(1)] as const),
  );
  return directives.get("connect-src") ?? directives.get("default-src") ?? null;
}
