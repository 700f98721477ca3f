export declare const WPS_ADDIN_NAME: string;
export declare function wpsFunctionsJson(): string;
export declare function wpsManifestXml(): string;
export declare function wpsRibbonXml(): string;
export declare function packageFolder(version: string): string;
export declare function writeWpsPackage(options: {
  from: string;
  to: string;
  version: string;
  baseUrl: string;
  packageUrl?: string;
}): string;
