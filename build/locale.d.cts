export declare function environmentLocale(env: Readonly<Record<string, string | undefined>>): "zh" | "en";
