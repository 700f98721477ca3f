/**
 * Keeps one refreshed dataset in IndexedDB (through idb), under Office's partition key where Office gives one (else
 * one fixed key): a single put per save, so a save either lands whole or fails and leaves the previous value.
 */
import { openDB, type IDBPDatabase } from "idb";
import type { DatasetStorage, StoredDataset } from "../data/live-data";

const DB_NAME = "plan-targets";
const STORE = "datasets";
const DEFAULT_KEY = "default";

export function indexedDbStorage(key: () => Promise<string | null>): DatasetStorage {
  let db: Promise<IDBPDatabase> | null = null;
  const open = (): Promise<IDBPDatabase> => {
    if (typeof indexedDB === "undefined") return Promise.reject(new Error("IndexedDB is not available"));
    db ??= openDB(DB_NAME, 1, {
      upgrade(database) {
        database.createObjectStore(STORE);
      },
    });
    return db;
  };
  const slot = async (): Promise<string> => `dataset:${(await key()) ?? DEFAULT_KEY}`;
  return {
    async load() {
      if (typeof indexedDB === "undefined") return null;
      return ((await (await open()).get(STORE, await slot())) as unknown) ?? null;
    },
    async save(stored: StoredDataset) {
      await (await open()).put(STORE, stored, await slot());
    },
    async clear() {
      if (typeof indexedDB === "undefined") return;
      await (await open()).delete(STORE, await slot());
    },
  };
}
