/** Types of build/datasets.cjs for the tests (the build itself is plain JavaScript, checked with // @ts-check). */
import type { Compiler } from "webpack";

export declare class DatasetsPlugin {
  constructor(options?: { seedsDir?: string });
  readonly seedsDir: string;
  apply(compiler: Compiler): void;
}
export declare const SNAPSHOT_MODULE: string;
export declare const PINYIN_TABLE: string;
export declare const UNVERIFIED_MODULE: string;
