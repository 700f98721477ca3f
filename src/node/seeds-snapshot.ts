/**
 * The seeds, compiled once (`npm install` runs `npm run prepare`, which writes lib/seeds-snapshot.json): a CLI call
 * or the library then starts from that snapshot — no zod, no documents, only the snapshot's integrity check — as
 * the add-in starts from the one in its bundle. The snapshot records the size and time of every seed file it was
 * made from; if any changed since (a curator editing seeds/), it is not used and the seeds are verified as before.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Catalog } from "../core/catalog";
import type { DatasetSnapshot } from "../data/compiled";
import { catalogFromSnapshot } from "../data/snapshot";
import { SEEDS_DIR } from "./seeds";
import { publisher } from "./verifier";

/** lib/seeds-snapshot.json: beside the compiled library. */
export const SNAPSHOT_FILE = resolve(__dirname, "..", "seeds-snapshot.json");

interface Stored {
  readonly fingerprint: string;
  readonly snapshot: DatasetSnapshot;
}

/** The seed files as they are now: every name with its size and modification time. */
export function seedsFingerprint(seedsDir: string = SEEDS_DIR): string {
  const files = ["regions.json", "aliases.json", ...readdirSync(join(seedsDir, "plans")).map((f) => join("plans", f))];
  return files
    .sort()
    .map((file) => {
      const stat = statSync(join(seedsDir, file));
      return `${file}:${stat.size}:${Math.trunc(stat.mtimeMs)}`;
    })
    .join("\n");
}

/** The catalogue of the seeds from the snapshot, or null when there is none or the seeds changed since. */
export function catalogFromSeedsSnapshot(file: string = SNAPSHOT_FILE, seedsDir: string = SEEDS_DIR): Catalog | null {
  let stored: Stored;
  try {
    stored = JSON.parse(readFileSync(file, "utf8")) as Stored;
    if (stored.fingerprint !== seedsFingerprint(seedsDir)) return null;
  } catch {
    return null;
  }
  const built = catalogFromSnapshot(stored.snapshot);
  return built.ok ? built.catalog : null;
}

/** Verifies the seeds completely and writes the snapshot; returns the issues when they do not verify. */
export function writeSeedsSnapshot(file: string = SNAPSHOT_FILE, seedsDir: string = SEEDS_DIR): string | null {
  const { publishSeeds, publishFailure } = publisher();
  const published = publishSeeds({ seedsDir });
  if (!published.ok) return publishFailure(published.issues);
  const stored: Stored = { fingerprint: seedsFingerprint(seedsDir), snapshot: published.snapshot };
  writeFileSync(file, JSON.stringify(stored));
  return null;
}

if (require.main === module) {
  const failure = writeSeedsSnapshot();
  if (failure !== null) {
    // The library still works (it verifies the seeds on each start); say why it will be slower.
    console.error(failure);
  }
}
