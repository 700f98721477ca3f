export declare const DEFAULT_DATA_URL: string;
export declare function dataPolicy(dataUrl: string | undefined): { dataUrl: string; connectSrc: string };
