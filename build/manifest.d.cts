export declare const DEV_URL: string;
export declare function manifestVersion(version: string): string;
export declare function rewriteManifest(content: string, options: { baseUrl: string; version: string }): string;
