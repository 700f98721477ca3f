/**
 * The running add-in's dataset lifecycle, around the one CatalogHolder (the live catalogue): the bundled snapshot at start, a stored
 * dataset swapped in when it is valid and newer, refreshes from a web server, the way back to the bundled data,
 * and the documents fetched on demand for the source view. One operation at a time: a second one while the first
 * runs is refused (never interleaved). Order of a refresh: verify everything aside → keep it (storage) → swap →
 * `swapped` (the add-in asks Excel to recalculate). A failure at any step leaves the data in use and the stored
 * dataset as they were.
 *
 * The user's own plans (导入规划, user-plans.ts) are a second layer: the catalogue installed is the dataset in use
 * plus them, re-laid after every swap (a refresh, 恢复内置数据, the start). Adding or removing one goes the same way:
 * verify aside → keep the new list → swap → `swapped`.
 */
import type { Catalog } from "../core/catalog";
import { dataFault, type DataFault } from "../core/errors";
import type { Bilingual } from "../core/locale";
import type { Plan } from "../core/schema";
import {
  heldShards,
  holds,
  readIndex,
  SIZE_LIMITS,
  type DatasetSnapshot,
  type FileRef,
  type IndexedShard,
  type ShardContent,
} from "./compiled";
import { readNamesTable, type NamesTable } from "./names";
import { matchesRef, utf8 } from "./digest";
import { diffCatalogs, NO_CHANGE, type DatasetDiff } from "./diff";
import { formatIssue, type DatasetIssue } from "./issues";
import type { FetchOptions, Outcome, UpdateCheck } from "./refresh";
import type * as refresher from "./refresh.js";
import { catalogFromSnapshot, forgetShardText, shardOf, verifySnapshotFiles } from "./snapshot";
import type { CatalogHolder } from "./catalog-holder";
import { checkDataUrl, type UrlPolicy } from "./url";
import { isUserPlanId } from "./user-plan-id";
import type * as userPlanVerifier from "./user-plan-verify.js";
import {
  exportUserPlan,
  layerUserPlans,
  nextUserPlanId,
  readStoredUserPlans,
  renumberPlan,
  storedUserPlans,
  type ExportedPlan,
  type PlanCandidate,
  type UserPlan,
  type UserPlanState,
  type UserPlanStorage,
} from "./user-plans";

/** Why the catalogue was swapped: other data (a refresh, a restore, a user plan), or a region's shard loaded. */
export type SwapCause = "data" | "shard";

/** Where the data in use came from. */
export type DatasetSource = "bundled" | "stored" | "refreshed";

export interface ActiveDataset {
  readonly snapshot: DatasetSnapshot;
  readonly catalog: Catalog;
  readonly source: DatasetSource;
  /**
   * The index.json it was published as; documents it does not hold are fetched beside it. The bundled dataset's is
   * the add-in's own datasets/index.json, whatever data address the build set: its documents are published there.
   */
  readonly indexUrl: string;
}

/** What the storage keeps: one dataset, with where it came from. */
export interface StoredDataset {
  readonly snapshot: DatasetSnapshot;
  readonly indexUrl: string;
  readonly savedAt: string;
}

/** Where a refreshed dataset is kept across restarts (IndexedDB in the add-in, memory in tests). */
export interface DatasetStorage {
  /** The stored value as found (anything: it is verified before use), or null when nothing is stored. */
  load(): Promise<unknown>;
  /** Replaces the stored dataset in one step: either all of it is kept, or it fails and nothing changed. */
  save(stored: StoredDataset): Promise<void>;
  clear(): Promise<void>;
  /**
   * The shards loaded on first use, kept by file name (named by content, so one never changes): the next start
   * answers their regions at once. Absent where nothing can be kept across restarts.
   */
  readonly shards?: ShardCache;
}

export interface ShardCache {
  /** The text kept under a shard's file name, or null. */
  load(file: string): Promise<string | null>;
  save(file: string, text: string): Promise<void>;
}

export interface LiveDataOptions extends Omit<FetchOptions, "signal"> {
  readonly store: CatalogHolder;
  /** The snapshot bundled with the add-in, already in the store. */
  readonly bundled: ActiveDataset;
  readonly storage: DatasetStorage;
  /** Where the user's own plans are kept (beside the stored dataset); without it they cannot be added. */
  readonly userStorage?: UserPlanStorage;
  /** Which data addresses the page may read (see url.ts). */
  readonly urlPolicy: UrlPolicy;
  /**
   * After every swap, with the version of the data now in use (the dataset's, tagged when user plans lie over it);
   * the add-in asks Excel for a full recalculation here and answers whether Excel took it. Its failure is reported
   * (`recalculated: false`), not fatal: the data is already swapped.
   */
  readonly swapped?: (active: ActiveDataset, version: string, cause: SwapCause) => Promise<boolean> | boolean;
}

export interface SwapReport {
  /** Plans and figures that changed against the data in use before. */
  readonly diff: DatasetDiff;
  readonly active: ActiveDataset;
  /** The add-in asked Excel to recalculate (false outside Excel or when the request failed). */
  readonly recalculated: boolean;
}

export interface RefreshReport extends Partial<SwapReport> {
  /** The server offers the dataset already in use: nothing was downloaded or changed. */
  readonly current: boolean;
  /** The server offers data published before the data in use: nothing was downloaded or changed. */
  readonly older?: UpdateCheck;
  readonly downloaded: readonly string[];
}

/** A user plan added: which, how many numbers were set aside to review, whether Excel recalculated. */
export interface ImportReport {
  readonly userPlan: UserPlan;
  readonly setAside: number;
  readonly recalculated: boolean;
}

export type LiveDataEvent =
  | { readonly kind: "swapped"; readonly active: ActiveDataset }
  | { readonly kind: "busy"; readonly busy: boolean }
  | { readonly kind: "notice"; readonly fault: DataFault };

export class LiveData {
  private current: ActiveDataset;
  /** The user's plans laid over the dataset in use: each with null, or why it does not fit. */
  private layer: readonly UserPlanState[] = [];
  private installed: Catalog;
  private running = false;
  private lastNotice: DataFault | null = null;
  private readonly listeners = new Set<(event: LiveDataEvent) => void>();
  private readonly documents = new Map<string, Promise<Outcome<readonly string[]>>>();
  /** Regions being loaded (one load each at a time), and those whose shard failed, with why. */
  private readonly loading = new Map<string, Promise<Outcome<null>>>();
  private readonly failedRegions = new Map<string, DataFault>();
  private readonly idle = new Set<() => void>();
  private readonly names = new Map<string, Promise<Outcome<NamesTable | null>>>();

  constructor(private readonly options: LiveDataOptions) {
    this.current = options.bundled;
    this.installed = options.bundled.catalog;
    // A cell that asks for a region not loaded: fetch its shard (once), then the workbook recalculates.
    options.store.onWanted?.((region) => void this.loadRegion(region));
  }

  get active(): ActiveDataset {
    return this.current;
  }

  get bundled(): ActiveDataset {
    return this.options.bundled;
  }

  get busy(): boolean {
    return this.running;
  }

  /** The version of the data the functions answer from: the dataset's, tagged when user plans lie over it. */
  get version(): string {
    return this.installed.dataset.version;
  }

  /** The user's plans in import order, each in use (fault null) or set aside with the reason. */
  get userPlans(): readonly UserPlanState[] {
    return this.layer;
  }

  /** Whether the user's plans can be added and kept (the add-in has storage for them). */
  get canImport(): boolean {
    return this.options.userStorage !== undefined;
  }

  /** The id the next user plan gets: U001, U002… (after every user plan and any published one). */
  nextUserPlanId(): string {
    return nextUserPlanId(
      [...this.current.catalog.dataset.plans, ...this.layer.map((s) => s.userPlan.plan)].map((p) => p.id),
    );
  }

  /** The last thing the pane should tell (a discarded store); null when there is none. */
  get notice(): DataFault | null {
    return this.lastNotice;
  }

  subscribe(listener: (event: LiveDataEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The absolute address of an index.json typed in the settings, or why it cannot be used. */
  resolveUrl(text: string): Outcome<string> {
    return checkDataUrl(text, this.options.urlPolicy);
  }

  /**
   * At start: swaps in the stored dataset when it is intact (sizes and sha256s, integrity) and newer than the
   * bundled one, and lays the user's stored plans over it; a damaged store is discarded and said so (`notice`).
   * Answers whether it swapped the stored dataset in.
   */
  restoreStored(): Promise<Outcome<boolean>> {
    return this.exclusive(async () => {
      const user = await this.loadUserPlans();
      const stored = await this.storedDataset();
      const chosen = stored.ok && stored.value ? stored.value : this.current;
      const next = await this.withCachedShards(chosen);
      if (next !== this.current || user.length > 0) {
        this.layer = user.map((userPlan) => ({ userPlan, fault: null }));
        await this.activate(next);
      }
      return stored.ok ? { ok: true, value: stored.value !== null } : stored;
    });
  }

  /**
   * Takes up what another page of the add-in kept (a refresh, 恢复内置数据, a user plan added or removed): the stored
   * dataset when it is intact and newer, else the bundled one, with the stored user plans laid over it.
   */
  resync(): Promise<Outcome<boolean>> {
    return this.exclusive(async () => {
      const user = await this.loadUserPlans();
      const stored = await this.storedDataset();
      this.layer = user.map((userPlan) => ({ userPlan, fault: null }));
      await this.activate(await this.withCachedShards(stored.ok && stored.value ? stored.value : this.options.bundled));
      return stored.ok ? { ok: true, value: stored.value !== null } : stored;
    });
  }

  /** The stored dataset when it is intact and newer than the bundled one; null when there is none to use. */
  private async storedDataset(): Promise<Outcome<ActiveDataset | null>> {
    let value: unknown;
    try {
      value = await this.options.storage.load();
    } catch (error) {
      return this.discard({ zh: errorText(error), en: errorText(error) });
    }
    if (value === null || value === undefined) return { ok: true, value: null };
    const stored = await verifyStored(value);
    if (!stored.ok) return this.discard(stored.detail);
    const bundled = this.options.bundled.snapshot.index;
    const index = stored.active.snapshot.index;
    const newer = index.version !== bundled.version && Date.parse(index.generated) > Date.parse(bundled.generated);
    return { ok: true, value: newer ? stored.active : null };
  }

  /** The stored user plans that are intact; damaged ones are dropped from the store and said so. */
  private async loadUserPlans(): Promise<UserPlan[]> {
    const storage = this.options.userStorage;
    if (!storage) return [];
    let read;
    try {
      read = await readStoredUserPlans(await storage.load());
    } catch (error) {
      this.tell(
        dataFault("STORED_USER_PLAN_CORRUPT", { plan: "?", detail: { zh: errorText(error), en: errorText(error) } }),
      );
      return [];
    }
    if (read.damaged.length > 0) {
      for (const fault of read.damaged) this.tell(fault);
      await storage.save(await storedUserPlans(read.plans)).catch(() => undefined);
    }
    return [...read.plans];
  }

  /**
   * Adds a plan of the user's: verified against the data in use (schema, quotes on the lines of its own document,
   * links, region, qualifier words), given the next free id, kept, then swapped in with the dataset; the workbook is
   * recalculated. Any failure (the verification, the storage) leaves everything as it was.
   */
  importPlan(candidate: PlanCandidate): Promise<Outcome<ImportReport>> {
    return this.exclusive(async (): Promise<Outcome<ImportReport>> => {
      const storage = this.options.userStorage;
      if (!storage) return { ok: false, fault: dataFault("STORAGE_FAILED", { detail: "IndexedDB" }) };
      let verifier: typeof userPlanVerifier;
      try {
        verifier = await import(/* webpackChunkName: "verify" */ "./user-plan-verify.js");
      } catch (error) {
        return { ok: false, fault: dataFault("VERIFIER_FAILED", { detail: errorText(error) }) };
      }
      const others = this.layer.map((s) => s.userPlan);
      const verified = verifier.verifyCandidate(candidate, this.current.catalog.dataset, others);
      if (!verified.ok) return verified;
      const plan = renumberPlan(verified.value.plan, this.nextUserPlanId(), candidate.text);
      const userPlan: UserPlan = {
        plan,
        text: candidate.text,
        origin: candidate.origin,
        added: new Date().toISOString(),
      };
      const list = [...others, userPlan];
      const layered = layerUserPlans(this.current.catalog.dataset, list);
      const state = layered.states.at(-1)!;
      if (state.fault) return { ok: false, fault: state.fault };
      const kept = await this.keepUserPlans(list);
      if (!kept.ok) return kept;
      const report = await this.activate(this.current);
      return { ok: true, value: { userPlan, setAside: verified.value.setAside, recalculated: report.recalculated } };
    });
  }

  /** Removes one of the user's plans: the list without it is kept, then swapped in; the workbook is recalculated. */
  removeUserPlan(id: string): Promise<Outcome<SwapReport>> {
    return this.exclusive(async (): Promise<Outcome<SwapReport>> => {
      const list = this.layer.map((s) => s.userPlan);
      if (!list.some((u) => u.plan.id === id)) {
        return { ok: false, fault: dataFault("USER_PLAN_NOT_FOUND", { plan: id }) };
      }
      const kept = await this.keepUserPlans(list.filter((u) => u.plan.id !== id));
      if (!kept.ok) return kept;
      return { ok: true, value: await this.activate(this.current) };
    });
  }

  /** One of the user's plans as the files seeds/ takes (plans/<id>.json and its document), or null. */
  exportUserPlan(id: string): ExportedPlan | null {
    const state = this.layer.find((s) => s.userPlan.plan.id === id);
    return state ? exportUserPlan(state.userPlan) : null;
  }

  /** Stores the user's plans (all of them, in one step), then takes them as the list to lay over the data. */
  private async keepUserPlans(list: readonly UserPlan[]): Promise<Outcome<null>> {
    try {
      await this.options.userStorage!.save(await storedUserPlans(list));
    } catch (error) {
      return { ok: false, fault: dataFault("STORAGE_FAILED", { detail: errorText(error) }) };
    }
    this.layer = list.map((userPlan) => ({ userPlan, fault: null }));
    return { ok: true, value: null };
  }

  /** Reads the index at `indexUrl` and says what it would change; downloads nothing else. */
  check(indexUrl: string): Promise<Outcome<UpdateCheck>> {
    return this.exclusive(async () => {
      const code = await loadRefresh();
      if (!code.ok) return code;
      return code.value.checkForUpdate(indexUrl, this.current.snapshot.index, this.options);
    });
  }

  /** Downloads and verifies what changed, keeps it, swaps it in and has the workbook recalculated. */
  refresh(indexUrl: string, signal?: AbortSignal): Promise<Outcome<RefreshReport>> {
    return this.exclusive(async (): Promise<Outcome<RefreshReport>> => {
      const shards = this.options.storage.shards;
      // A shard loaded on first use is held parsed; its text, if unchanged, comes from the shard cache.
      const kept = shards ? { kept: (file: string) => shards.load(file).catch(() => null) } : {};
      const options = { ...this.options, ...kept, ...(signal ? { signal } : {}) };
      const code = await loadRefresh();
      if (!code.ok) return code;
      const { checkForUpdate, fetchUpdate } = code.value;
      const checked = await checkForUpdate(indexUrl, this.current.snapshot.index, options);
      if (!checked.ok) return checked;
      if (checked.value.current) return { ok: true, value: { current: true, downloaded: [] } };
      if (checked.value.older) return { ok: true, value: { current: false, older: checked.value, downloaded: [] } };
      const update = await fetchUpdate(checked.value, this.current.snapshot, options);
      if (!update.ok) return update;
      const { snapshot, catalog, downloaded } = update.value;
      try {
        await this.options.storage.save({ snapshot, indexUrl, savedAt: new Date().toISOString() });
      } catch (error) {
        return { ok: false, fault: dataFault("STORAGE_FAILED", { detail: errorText(error) }) };
      }
      const report = await this.activate({ snapshot, catalog, source: "refreshed", indexUrl });
      return { ok: true, value: { current: false, downloaded, ...report } };
    });
  }

  /**
   * Loads a region's shard on first use: from the shard cache when it holds that very file, else from the server of
   * the data in use, verified as a refresh is (the schema, the quotes on their documents' lines); then it joins the
   * data in use and the workbook recalculates (`swapped` with cause "shard"). One load per region at a time; a
   * failure is kept (the region's cells say why) until the data in use changes. Never refused as busy: it waits
   * for a running operation to end.
   */
  loadRegion(region: string): Promise<Outcome<null>> {
    let running = this.loading.get(region);
    if (!running) {
      running = this.fetchRegion(region).finally(() => this.loading.delete(region));
      this.loading.set(region, running);
    }
    return running;
  }

  private async fetchRegion(region: string): Promise<Outcome<null>> {
    for (;;) {
      const base = this.current;
      const shards = base.snapshot.index.shards.filter((s) => s.region === region);
      const missing = shards.filter((s) => !holds(base.snapshot, s.file));
      if (missing.length === 0) return { ok: true, value: null };
      const failed = this.failedRegions.get(region);
      if (failed) return { ok: false, fault: failed };
      const got = await this.shardTexts(base, missing);
      await this.untilIdle();
      // Other data in use meanwhile (a refresh): load the region from that index. Another region that joined the same
      // data is no reason to fetch again: this one joins what is in use now.
      const now = this.current;
      if (now.snapshot.index !== base.snapshot.index || now.indexUrl !== base.indexUrl) continue;
      this.running = true;
      try {
        if (!got.ok) {
          this.failedRegions.set(region, got.fault);
          await this.activate(this.withFailures(now), "shard");
          return got;
        }
        const snapshot = heldParsed(
          { ...now.snapshot, documents: { ...now.snapshot.documents, ...got.value.documents } },
          got.value.files,
        );
        const built = catalogFromSnapshot(snapshot, this.failureTexts());
        if (!built.ok) {
          const fault = dataFault("STORED_CORRUPT", { detail: issueDetail(built.issues[0]!) });
          this.failedRegions.set(region, fault);
          await this.activate(this.withFailures(now), "shard");
          return { ok: false, fault };
        }
        await this.activate({ ...now, snapshot, catalog: built.catalog }, "shard");
        return { ok: true, value: null };
      } finally {
        this.running = false;
        this.wakeIdle();
      }
    }
  }

  /** `active` whose failed regions answer why (the catalogue rebuilt over the same files). */
  private withFailures(active: ActiveDataset): ActiveDataset {
    const built = catalogFromSnapshot(active.snapshot, this.failureTexts());
    return built.ok ? { ...active, catalog: built.catalog } : active;
  }

  private failureTexts(): Map<string, Bilingual> {
    return new Map([...this.failedRegions].map(([region, fault]) => [region, fault.message]));
  }

  /**
   * The names table of the data in use (the nation's plans, sector paths and metrics without their records), for
   * browsing and searching the regions not loaded; fetched once per index and checked against its sha256. Null for
   * data published without one (formats 1 and 2).
   */
  namesTable(): Promise<Outcome<NamesTable | null>> {
    const { snapshot, indexUrl } = this.current;
    const ref = snapshot.index.tables.names;
    if (!ref) return Promise.resolve({ ok: true, value: null });
    let table = this.names.get(ref.sha256);
    if (!table) {
      table = (async (): Promise<Outcome<NamesTable | null>> => {
        const code = await loadRefresh();
        if (!code.ok) return code;
        const limit = (this.options.limits ?? SIZE_LIMITS).shard;
        const got = await code.value.fetchFile(ref, indexUrl, { ...this.options, limit });
        if (!got.ok) return got;
        const read = readNamesTable(JSON.parse(got.value));
        return read ? { ok: true, value: read } : { ok: false, fault: dataFault("BAD_INDEX", { field: ref.file }) };
      })();
      this.names.set(ref.sha256, table);
      // A failure is not remembered: the next search tries again.
      void table.then((got) => {
        if (!got.ok) this.names.delete(ref.sha256);
      });
    }
    return table;
  }

  /** The texts of some shards of the data in use: kept ones (sha256 checked) first, else downloaded and verified. */
  private async shardTexts(
    base: ActiveDataset,
    shards: readonly IndexedShard[],
  ): Promise<Outcome<{ files: Record<string, string>; documents: Record<string, string> }>> {
    const files: Record<string, string> = {};
    const documents: Record<string, string> = {};
    for (const shard of shards) {
      const kept = await this.cachedShard(shard);
      if (kept !== null) {
        files[shard.file] = kept;
        continue;
      }
      const code = await loadRefresh();
      if (!code.ok) return code;
      const got = await code.value.fetchShard(shard, base.snapshot, base.indexUrl, this.options);
      if (!got.ok) return got;
      files[shard.file] = got.value.text;
      Object.assign(documents, got.value.documents);
      await this.options.storage.shards?.save(shard.file, got.value.text).catch(() => undefined);
    }
    return { ok: true, value: { files, documents } };
  }

  /** A shard from the cache when it is there and intact (its size and sha256 are the index's), else null. */
  private async cachedShard(shard: IndexedShard): Promise<string | null> {
    const text = await this.options.storage.shards?.load(shard.file).catch(() => null);
    if (typeof text !== "string") return null;
    return (await matchesRef(utf8(text), shard)) ? text : null;
  }

  /** `active` with every shard of its index the cache holds intact: what the last session loaded answers at once. */
  private async withCachedShards(active: ActiveDataset): Promise<ActiveDataset> {
    if (!this.options.storage.shards) return active;
    const files: Record<string, string> = {};
    for (const shard of active.snapshot.index.shards) {
      if (holds(active.snapshot, shard.file)) continue;
      const kept = await this.cachedShard(shard);
      if (kept !== null) files[shard.file] = kept;
    }
    if (Object.keys(files).length === 0) return active;
    const snapshot = heldParsed(active.snapshot, files);
    const built = catalogFromSnapshot(snapshot, this.failureTexts());
    return built.ok ? { ...active, snapshot, catalog: built.catalog } : active;
  }

  /** Clears the stored dataset and swaps the bundled one back in (when it is not already in use). */
  restoreBundled(): Promise<Outcome<SwapReport | null>> {
    return this.exclusive(async () => {
      try {
        await this.options.storage.clear();
      } catch (error) {
        return { ok: false, fault: dataFault("CLEAR_FAILED", { detail: errorText(error) }) };
      }
      if (this.current.snapshot.index === this.options.bundled.snapshot.index) return { ok: true, value: null };
      return { ok: true, value: await this.activate(await this.withCachedShards(this.options.bundled)) };
    });
  }

  /**
   * The lines of a plan's document in the dataset in use, checked against its sha256: a user plan's own text, the
   * document kept with a refreshed dataset, else the file named by content in the add-in's own datasets/ (the
   * built-in documents) or beside the index the data came from. Fetched once per document; not exclusive: reading a
   * document never changes the data.
   */
  documentLines(plan: Plan): Promise<Outcome<readonly string[]>> {
    if (isUserPlanId(plan.id)) {
      const own = this.layer.find((s) => s.userPlan.plan.id === plan.id);
      if (own) return Promise.resolve({ ok: true, value: own.userPlan.text.split(/\r?\n/) });
    }
    const { snapshot, indexUrl } = this.current;
    const ref = documentRef(snapshot, plan);
    if (!ref) {
      return Promise.resolve({
        ok: false,
        fault: dataFault("DOCUMENT_FAILED", { file: plan.document, detail: "index.json" }),
      });
    }
    const held = snapshot.documents?.[ref.file];
    const sources = [...new Set([this.options.bundled.indexUrl, indexUrl])];
    const key = `${ref.sha256} ${held === undefined ? sources.join(" ") : "held"}`;
    let lines = this.documents.get(key);
    if (!lines) {
      const text = held === undefined ? this.fetchDocument(ref, sources) : heldDocument(ref, held);
      lines = text.then((got) => (got.ok ? { ok: true, value: got.value.split(/\r?\n/) } : got));
      this.documents.set(key, lines);
      // A failure is not remembered: the next opening tries again.
      void lines.then((got) => {
        if (!got.ok) this.documents.delete(key);
      });
    }
    return lines;
  }

  /** The document from the first source that has it intact; a 404 goes on to the next, any other fault is said. */
  private async fetchDocument(ref: FileRef, sources: readonly string[]): Promise<Outcome<string>> {
    const code = await loadRefresh();
    if (!code.ok) return code;
    let got: Outcome<string> = { ok: false, fault: dataFault("NOT_FOUND", { file: ref.file }) };
    for (const source of sources) {
      got = await code.value.fetchFile(ref, source, this.options);
      if (got.ok || got.fault.code !== "NOT_FOUND") return got;
    }
    return got;
  }

  /**
   * Swaps in `next` with the user's plans laid over it (those that no longer fit are said so), then asks for the
   * recalculation. The diff is the dataset's own: what a refresh or a restore changed.
   */
  private async activate(next: ActiveDataset, cause: SwapCause = "data"): Promise<SwapReport> {
    const diff = cause === "shard" ? NO_CHANGE : diffCatalogs(this.current.catalog, next.catalog);
    if (next.snapshot.index !== this.current.snapshot.index) this.failedRegions.clear();
    this.current = next;
    const users = this.layer.map((s) => s.userPlan);
    // Without user plans the catalogue is the data's own (not a second one built over the same plans).
    const layered =
      users.length === 0 ? { states: [], catalog: next.catalog } : layerUserPlans(next.catalog.dataset, users);
    const newlyUnfit = layered.states.filter(
      (s) => s.fault && !this.layer.some((old) => old.userPlan === s.userPlan && old.fault?.code === s.fault?.code),
    );
    this.layer = layered.states;
    this.installed = layered.catalog;
    this.options.store.install(layered.catalog);
    for (const state of newlyUnfit) this.tell(state.fault!);
    let recalculated = false;
    try {
      recalculated = (await this.options.swapped?.(next, this.version, cause)) ?? false;
    } catch {
      recalculated = false;
    }
    // After the recalculation request, so a listener reading the workbook's version sees the new one.
    this.emit({ kind: "swapped", active: next });
    return { diff, active: next, recalculated };
  }

  private async discard(detail: Bilingual): Promise<Outcome<never>> {
    await this.options.storage.clear().catch(() => undefined);
    const fault = dataFault("STORED_CORRUPT", { detail });
    this.tell(fault);
    return { ok: false, fault };
  }

  /** A notice for the pane: kept as the last one (a pane that opens later shows it) and sent to the listeners. */
  private tell(fault: DataFault): void {
    this.lastNotice = fault;
    this.emit({ kind: "notice", fault });
  }

  private async exclusive<T>(operation: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
    if (this.running) return { ok: false, fault: dataFault("BUSY") };
    this.running = true;
    this.emit({ kind: "busy", busy: true });
    try {
      return await operation();
    } finally {
      this.running = false;
      this.emit({ kind: "busy", busy: false });
      this.wakeIdle();
    }
  }

  private wakeIdle(): void {
    const waiting = [...this.idle];
    this.idle.clear();
    for (const wake of waiting) wake();
  }

  /** Resolves once no operation runs (a shard waits for a refresh to finish before it joins the data). */
  private async untilIdle(): Promise<void> {
    while (this.running) await new Promise<void>((wake) => this.idle.add(wake));
  }

  private emit(event: LiveDataEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

let refreshCode: Promise<typeof refresher> | null = null;

/**
 * The download code (fetch, limits, sha256, the build's verification on demand) as a chunk of its own, loaded by the
 * first check, refresh or document read: the start path only answers cells. A failed load is tried again next time.
 */
async function loadRefresh(): Promise<Outcome<typeof refresher>> {
  refreshCode ??= import(/* webpackChunkName: "refresh" */ "./refresh.js");
  try {
    return { ok: true, value: await refreshCode };
  } catch (error) {
    refreshCode = null;
    return { ok: false, fault: dataFault("VERIFIER_FAILED", { detail: errorText(error) }) };
  }
}

type StoredCheck = { ok: true; active: ActiveDataset } | { ok: false; detail: Bilingual };

/** A stored value checked as the start path can afford: shape, index, every file's size and sha256, integrity. */
/** A document kept with the data, checked against its reference before it is shown. */
async function heldDocument(ref: FileRef, text: string): Promise<Outcome<string>> {
  const intact = await matchesRef(utf8(text), ref);
  return intact ? { ok: true, value: text } : { ok: false, fault: dataFault("HASH_MISMATCH", { file: ref.file }) };
}

async function verifyStored(value: unknown): Promise<StoredCheck> {
  const shape = (what: string): StoredCheck => ({ ok: false, detail: { zh: `缺少${what}`, en: `no ${what}` } });
  const stored = value as Partial<StoredDataset>;
  if (typeof stored !== "object" || typeof stored.indexUrl !== "string") return shape("indexUrl");
  const snapshot = stored.snapshot as Partial<DatasetSnapshot> | undefined;
  if (typeof snapshot?.files !== "object" || snapshot.files === null) return shape("files");
  const read = readIndex(snapshot.index);
  if (!read.ok) return { ok: false, detail: { zh: `index.json：${read.field}`, en: `index.json: ${read.field}` } };
  const documents = isTextRecord(snapshot.documents) ? { documents: snapshot.documents } : {};
  const checked: DatasetSnapshot = { index: read.index, files: snapshot.files, ...documents };
  const broken = await verifySnapshotFiles(checked);
  if (broken.length > 0) return { ok: false, detail: issueDetail(broken[0]!) };
  const built = catalogFromSnapshot(checked);
  if (!built.ok) return { ok: false, detail: issueDetail(built.issues[0]!) };
  return {
    ok: true,
    active: { snapshot: checked, catalog: built.catalog, source: "stored", indexUrl: stored.indexUrl },
  };
}

/** An object of texts (the documents kept with a dataset; a dataset stored by an older add-in has none). */
function isTextRecord(value: unknown): value is Record<string, string> {
  return typeof value === "object" && value !== null && Object.values(value).every((text) => typeof text === "string");
}

/**
 * `snapshot` with more shards, held parsed (the texts read, checked by the caller, then let go: the shard cache keeps
 * them). A text that does not read stays a text, for the catalogue's check to name.
 */
function heldParsed(snapshot: DatasetSnapshot, texts: Readonly<Record<string, string>>): DatasetSnapshot {
  const parsed: Record<string, ShardContent> = { ...snapshot.parsed };
  const files: Record<string, string> = { ...snapshot.files };
  for (const shard of snapshot.index.shards) {
    const text = texts[shard.file];
    if (text === undefined) continue;
    const content = shardOf({ files: { [shard.file]: text } }, shard, []);
    if (content) {
      parsed[shard.file] = content;
      forgetShardText(shard.file);
    } else files[shard.file] = text;
  }
  return { ...snapshot, files, parsed };
}

/** A plan's document as the snapshot's shards reference it, once per snapshot. */
const documentRefs = new WeakMap<DatasetSnapshot, Map<string, FileRef>>();

function documentRef(snapshot: DatasetSnapshot, plan: Plan): FileRef | undefined {
  let refs = documentRefs.get(snapshot);
  if (!refs) {
    refs = new Map();
    for (const shard of heldShards(snapshot)) {
      const content = shardOf(snapshot, shard, []);
      for (const [name, ref] of Object.entries(content?.documents ?? {})) refs.set(name, ref);
    }
    documentRefs.set(snapshot, refs);
  }
  return refs.get(plan.document);
}

function issueDetail(issue: DatasetIssue): Bilingual {
  return { zh: formatIssue(issue, "zh"), en: formatIssue(issue, "en") };
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
