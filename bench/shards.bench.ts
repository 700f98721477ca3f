/**
 * The nation in shards (issue 20): publishing the synthetic national dataset at 1000× (verify, a shard per
 * province, the names table), the first answer for a province not loaded (fetch from a web server on 127.0.0.1 +
 * sha256 + the refresh's verification + index), the memory three loaded provinces take, and what the data adds to
 * the start path. Each beside a reference in the same run; reported, never asserted.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { INDEX_FILE, tableRefs } from "../src/data/compiled";
import { LiveData } from "../src/data/live-data";
import { compileDataset, indexText, snapshotOf, type PublishedDataset } from "../src/data/publish";
import { catalogFromSnapshot } from "../src/data/snapshot";
import { CatalogStore } from "../src/data/store";
import { readNamesTable } from "../src/data/names";
import { verifyDataset } from "../src/data/validate";
import { nationMatches } from "../src/taskpane/search/nation";
import { writePublished } from "../src/node/publish";
import { nationalDataset } from "./national";
import { serve } from "../test/e2e/harness";
import { report } from "./report";

const SCALE = Number(process.env.SHARDS_SCALE ?? 1000);
const LOADS = 5;
const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");
const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const gz = (text: string): number => gzipSync(Buffer.from(text), { level: 9 }).length / 1024;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function liveOver(published: PublishedDataset, indexUrl: string): { live: LiveData; store: CatalogStore } {
  const snapshot = snapshotOf(published, () => false);
  const built = catalogFromSnapshot(snapshot);
  if (!built.ok) throw new Error("the snapshot without regions does not load");
  const store = new CatalogStore(built.catalog);
  const live = new LiveData({
    store,
    bundled: { snapshot, catalog: built.catalog, source: "bundled", indexUrl },
    storage: { load: () => Promise.resolve(null), save: () => Promise.resolve(), clear: () => Promise.resolve() },
    urlPolicy: { page: indexUrl, connectSrc: null },
  });
  return { live, store };
}

async function main(): Promise<void> {
  const raw = nationalDataset(SCALE);
  const scale = `${SCALE}×`;
  let start = process.hrtime.bigint();
  const verified = verifyDataset(raw);
  if (!verified.ok) throw new Error(`the national dataset does not verify: ${JSON.stringify(verified.issues[0])}`);
  const verifyMs = ms(start);
  start = process.hrtime.bigint();
  const published = compileDataset({
    dataset: verified.dataset,
    documents: raw.documents ?? {},
    generated: "2026-12-07T00:00:00.000Z",
    updated: () => "2026-12-07",
    sha256: (bytes) => sha256(bytes),
  });
  const dir = mkdtempSync(join(tmpdir(), "plan-targets-shards-bench-"));
  const written = writePublished(published, dir);
  const compileMs = ms(start);
  console.log(
    `published ${verified.dataset.plans.length} plans in ${published.index.shards.length} shards, ${written.length} files: verify ${verifyMs.toFixed(0)} ms, shards + names + write ${compileMs.toFixed(0)} ms`,
  );
  report({
    figure: "publishing the national dataset as shards (verify + shards + names table + write)",
    scale,
    value: (verifyMs + compileMs) / 1000,
    unit: "",
    budget: 60,
    reference: `verify ${(verifyMs / 1000).toFixed(1)} s, shards ${(compileMs / 1000).toFixed(1)} s (seconds)`,
    ratio: null,
    before: null,
  });

  const server = await serve(dir);
  const url = `${server.origin}/${INDEX_FILE}`;
  try {
    // The biggest province: the first answer there is the worst case.
    const shard = [...published.index.shards].sort((a, b) => b.records - a.records)[0]!;
    const anyRecord = (
      JSON.parse(published.files[shard.file]!) as {
        plans: Array<{ records: Array<{ sector: string[]; metric: string; year: number | null }> }>;
      }
    ).plans[0]!.records.find((r) => r.year !== null)!;
    const question = {
      region: shard.region,
      sector: anyRecord.sector.join("›"),
      metric: anyRecord.metric,
      year: anyRecord.year,
    };
    const loads: number[] = [];
    const fetches: number[] = [];
    for (let run = 0; run < LOADS; run++) {
      const t0 = process.hrtime.bigint();
      const bytes = new Uint8Array(await (await fetch(new URL(shard.file, url))).arrayBuffer());
      if (bytes.length !== shard.bytes) throw new Error("short read");
      fetches.push(ms(t0));
      const { live, store } = liveOver(published, url);
      gc();
      const t1 = process.hrtime.bigint();
      const loaded = await live.loadRegion(shard.region);
      const answer = store.catalog.target(question);
      loads.push(ms(t1));
      if (!loaded.ok || !answer.ok) throw new Error(`no answer: ${JSON.stringify(loaded.ok ? answer : loaded)}`);
    }
    console.log(
      `first answer for ${shard.region} (${shard.records} records, ${(shard.bytes / 1e6).toFixed(1)} MB): ${loads.map((v) => v.toFixed(0)).join(", ")} ms`,
    );
    report({
      figure: `first answer for a province not loaded: fetch + sha256 + verify + index (${shard.records} records)`,
      scale,
      value: median(loads),
      unit: "ms",
      budget: 300,
      reference: `fetching the same ${(shard.bytes / 1e6).toFixed(1)} MB alone ${median(fetches).toFixed(0)} ms`,
      ratio: median(loads) / median(fetches),
      before: null,
    });

    // Three provinces held, indexed and answering: the heap they take beyond the add-in with none.
    const { live, store } = liveOver(published, url);
    gc();
    const empty = process.memoryUsage().heapUsed;
    const three = published.index.shards.slice(0, 3);
    for (const s of three) await live.loadRegion(s.region);
    for (const s of three) store.catalog.list({ region: s.region });
    gc();
    const heldMb = (process.memoryUsage().heapUsed - empty) / 1024 / 1024;
    const records = three.reduce((n, s) => n + s.records, 0);
    report({
      figure: `memory with 3 provinces loaded and indexed (${records} records; V8 heap, Node)`,
      scale,
      value: heldMb,
      unit: "",
      budget: 100,
      reference: `their shards' JSON ${(three.reduce((n, s) => n + s.bytes, 0) / 1024 / 1024).toFixed(0)} MB (MB)`,
      ratio: null,
      before: null,
    });
  } finally {
    await server.close();
  }

  // What the data adds to the add-in's start: index.json and the two tables (no province embedded), and the names
  // table the pane fetches to browse the nation.
  const startData =
    gz(indexText(published.index)) + tableRefs(published.index).reduce((n, t) => n + gz(published.files[t.file]!), 0);
  const names = gz(published.files[published.index.tables.names!.file]!);
  report({
    figure: "data on the start path (index.json + regions + aliases, no province embedded), gzip",
    scale,
    value: startData,
    unit: "KB",
    budget: null,
    reference: `the names table, fetched by the pane to browse the nation: ${names.toFixed(0)} KB gzip`,
    ratio: null,
    before: null,
  });
  // The pane's search of the provinces not loaded (the names table), typed key by key, three provinces held.
  const table = readNamesTable(JSON.parse(published.files[published.index.tables.names!.file]!));
  if (!table) throw new Error("the names table does not read");
  const absent = new Set(published.index.shards.slice(3).map((s) => s.region));
  let t = process.hrtime.bigint();
  nationMatches(table, "新", absent);
  const fold = ms(t);
  const keystrokes: number[] = [];
  for (const query of ["新材料产值", "稀土新材料", "镁基材料 规模", "工业互联网平台普及率"]) {
    for (let end = 1; end <= query.length; end++) {
      t = process.hrtime.bigint();
      nationMatches(table, query.slice(0, end), absent);
      keystrokes.push(ms(t));
    }
  }
  report({
    figure: "search of the provinces not loaded (names table), worst keystroke",
    scale,
    value: Math.max(...keystrokes),
    unit: "ms",
    budget: 16,
    reference: `median keystroke ${median(keystrokes).toFixed(1)} ms; the names folded once at the first: ${fold.toFixed(0)} ms`,
    ratio: null,
    before: null,
  });
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
