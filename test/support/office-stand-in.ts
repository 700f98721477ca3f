/**
 * The globals Excel gives custom functions, for src/functions in Node (mocha loads this first): the one
 * CustomFunctions stand-in, and the live store over the seeds compiled as the build publishes them, read through
 * the add-in's start path (catalogFromSnapshot), as the add-in installs its bundled snapshot.
 */
import installCustomFunctions = require("./custom-functions-stand-in.cjs");
import { CatalogStore } from "../../src/data/store";
import { install } from "../../src/functions/live";
import { compiledSeeds } from "./seeds";

export const associations = new Map<string, (...args: unknown[]) => unknown>();

const standIn = installCustomFunctions(globalThis, (id, fn) => associations.set(id, fn));

/** The class of the errors the functions throw (Excel shows its code in the cell). */
export const StandInError = standIn.Error;
export type StandInError = InstanceType<typeof StandInError>;

export const liveTestStore = new CatalogStore(compiledSeeds().catalog);
install(liveTestStore);
