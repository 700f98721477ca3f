/**
 * Keeps one refreshed dataset, the shards loaded on first use and the user's own plans in IndexedDB (through idb), each under its own key of one
 * object store, under Office's partition key where Office gives one (else one fixed key): a single put per save, so
 * a save either lands whole or fails and leaves the previous value.
 */
import { openDB, type IDBPDatabase } from "idb";
import type { DatasetStorage, ShardCache, StoredDataset } from "./live-data";
import type { StoredUserPlans, UserPlanStorage } from "./user-plans";

const DB_NAME = "plan-targets";
const STORE = "datasets";
const DEFAULT_KEY = "default";

let db: Promise<IDBPDatabase> | null = null;

function open(): Promise<IDBPDatabase> {
  if (typeof indexedDB === "undefined") return Promise.reject(new Error("IndexedDB is not available"));
  db ??= openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore(STORE);
    },
  });
  return db;
}

export function indexedDbStorage(key: () => Promise<string | null>): DatasetStorage {
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
    shards: indexedDbShardCache(),
  };
}

/**
 * The shards loaded on first use, by file name (`shard:shards/440000.<hash>.json`): named by content, so one entry
 * never changes and every partition may share it. Entries of older releases stay until the browser evicts them.
 */
function indexedDbShardCache(): ShardCache {
  return {
    async load(file) {
      if (typeof indexedDB === "undefined") return null;
      const text = (await (await open()).get(STORE, `shard:${file}`)) as unknown;
      return typeof text === "string" ? text : null;
    },
    async save(file, text) {
      if (typeof indexedDB === "undefined") return;
      await (await open()).put(STORE, text, `shard:${file}`);
    },
  };
}

/** The user's plans (导入规划), beside the stored dataset: key `user-plans:<partition>`. */
export function indexedDbUserPlanStorage(key: () => Promise<string | null>): UserPlanStorage {
  const slot = async (): Promise<string> => `user-plans:${(await key()) ?? DEFAULT_KEY}`;
  return {
    async load() {
      if (typeof indexedDB === "undefined") return null;
      return ((await (await open()).get(STORE, await slot())) as unknown) ?? null;
    },
    async save(stored: StoredUserPlans) {
      await (await open()).put(STORE, stored, await slot());
    },
  };
}
