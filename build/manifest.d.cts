export declare const DEV_URL: string;
export declare const BASE_URL_MESSAGES: { localhost: { zh: string; en: string } };
export declare function manifestVersion(version: string): string;
export declare function rewriteManifest(content: string, options: { baseUrl: string; version: string }): string;
export declare function xmlEscape(text: string): string;
export declare function checkBaseUrl(
  value: unknown,
): { ok: true; url: string } | { ok: false; message: { zh: string; en: string } };
