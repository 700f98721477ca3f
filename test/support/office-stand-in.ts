/**
 * A stand-in for the globals Excel gives custom functions, so src/functions runs in Node:
 * CustomFunctions.Error (code + message), CustomFunctions.ErrorCode (Excel's error strings) and associate().
 * It also installs the live store over the Node seeds, as the add-in installs the bundled ones.
 */
import { CatalogStore } from "../../src/core/store";
import { install } from "../../src/functions/live";
import { seedCatalog } from "./seeds";

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
  busy: "#BUSY!",
  connect: "#CONNECT!",
  gettingData: "#GETTING_DATA",
} as const;

export class StandInError extends Error {
  constructor(
    readonly code: string,
    override readonly message: string = "",
  ) {
    super(message);
  }
}

export const associations = new Map<string, (...args: unknown[]) => unknown>();

const stand = {
  Error: StandInError,
  ErrorCode,
  associate(idOrMap: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown): void {
    if (typeof idOrMap === "string") associations.set(idOrMap, fn!);
    else for (const [id, f] of Object.entries(idOrMap)) associations.set(id, f);
  },
};

(globalThis as unknown as { CustomFunctions: typeof stand }).CustomFunctions = stand;

export const liveTestStore = new CatalogStore(seedCatalog());
install(liveTestStore);
