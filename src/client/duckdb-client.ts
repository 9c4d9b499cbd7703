/**
 * The observatory database in the browser: DuckDB-WASM, started once per page and only when a
 * page asks for it, with observatory.duckdb ATTACHed read-only. Its gzipped copy (about 1 MB) is
 * downloaded and inflated in a worker while DuckDB compiles, and handed to DuckDB whole: that
 * takes fewer bytes and round trips than DuckDB's HTTP range reads of the 16 MB file, which
 * remain the fallback when the copy cannot be had.
 *
 * Importing this module costs nothing: the WASM bundle is only a URL (query/engine-files.ts:
 * the exception-handling build alone), and DuckDB's JavaScript is imported dynamically by
 * `getObservatoryDb()`, unless the page hands it over (the workspace page imports it with its
 * own script, so that nothing delays the start).
 *
 * Cancellation: each query runs on its own connection through `AsyncDuckDBConnection.send()`,
 * which DuckDB-WASM executes as a pending query polled step by step, so the worker sees
 * `cancelSent()` between two steps. A query stuck inside one long step never reaches a poll:
 * after a grace period the worker is terminated (as it is when it crashes) and the next
 * `getObservatoryDb()` starts a fresh one. Either way the page gets its database back: a query
 * sent while a cancel still waits for DuckDB's answer waits for it too, then runs on whichever
 * engine is left, so the first query after Cancel never meets a worker being terminated.
 *
 * Statements that would switch or detach the database, change the session's settings or load an
 * extension are refused before they reach DuckDB (query/statement-guard.ts).
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from "@duckdb/duckdb-wasm";
// Types only: apache-arrow is DuckDB-WASM's own dependency and loads with it.
import type { RecordBatch, Schema } from "apache-arrow";
import { publishedFilePath } from "../lib/routes.ts";
import { downloadDatabaseInWorker } from "./query/database-download.ts";
import { engineWasm, engineWorker } from "./query/engine-files.ts";
import { progressPace } from "./query/progress-pace.ts";
// The lexer that splits a script into statements (the workspace colours SQL with it too).
import { splitStatements } from "./query/sql-tokens.ts";
import { checkStatements } from "./query/statement-guard.ts";

/** The database is ATTACHed under this name; `USE` makes it every query's default catalog. */
export const DATABASE_ALIAS = "obs";

/** How long a cancel may take before the worker is terminated (a step that never yields). */
const CANCEL_GRACE_MS = 1500;

/**
 * A query result, read batch by batch (Apache Arrow record batches). Read it to its end or
 * leave the loop early: either way its connection is closed.
 */
export interface QueryStream extends AsyncIterable<RecordBatch> {
  readonly schema: Schema;
}

export interface ObservatoryDb {
  /** DuckDB's version, e.g. "v1.4.3". */
  readonly version: string;
  /**
   * Runs `sql` (one statement, or several separated by semicolons: the last one's result is
   * streamed). Aborting `signal` cancels the query at any point, before the first row or while
   * reading, and rejects with `QueryCancelledError`. A script with a refused statement rejects
   * with `StatementRefusedError` before any of it runs.
   */
  stream(sql: string, signal?: AbortSignal): Promise<QueryStream>;
  /** The whole result as row objects (BIGINT values are bigints): for small queries. */
  query(sql: string, signal?: AbortSignal): Promise<Record<string, unknown>[]>;
}

/** The query was cancelled, not failed. */
export class QueryCancelledError extends Error {
  override name = "QueryCancelledError";
  constructor(message = "The query was cancelled") {
    super(message);
  }
}

export interface ObservatoryDbOptions {
  /** Where the database file is served; defaults to data/observatory.duckdb under the site's base. */
  databaseUrl?: string;
  /**
   * Its gzipped copy, downloaded whole; defaults to data/observatory.duckdb.gz under the site's
   * base. `null`: read the database by ranges only.
   */
  compressedDatabaseUrl?: string | null;
  /**
   * DuckDB-WASM's module, when the page imported it statically: the workspace page does, so that
   * the engine's start is the first thing its script does, with no import to wait for.
   */
  engine?: typeof import("@duckdb/duckdb-wasm");
}

/** How the database reached DuckDB: its gzipped copy whole, or the file by HTTP ranges. */
export type DatabaseRead = "download" | "ranges";

let current: Promise<ObservatoryDb> | undefined;

/**
 * Where a start is: downloading the worker and module, compiling the module, opening DuckDB,
 * attaching the database; "ready" once it answers, "idle" before any start.
 */
export type EnginePhase = "idle" | "download" | "compile" | "start" | "attach" | "ready";

export interface EngineProgress {
  phase: EnginePhase;
  /** Bytes of the module downloaded so far and in all, while downloading (when the server says). */
  loaded?: number;
  total?: number;
}

/**
 * Performance marks set as each phase ends (scripts/dev/bench-query.ts reads them); the attach
 * mark's detail is the DatabaseRead.
 */
export const ENGINE_MARKS = {
  worker: "engine-worker",
  instantiate: "engine-instantiated",
  open: "engine-opened",
  attach: "engine-attached",
} as const;

let progress: EngineProgress = { phase: "idle" };
const watchers = new Set<(progress: EngineProgress) => void>();

function report(next: EngineProgress): void {
  progress = next;
  for (const watcher of watchers) watcher(next);
}

/** Calls `watcher` with the engine's progress now and at each change; returns the unsubscriber. */
export function watchEngine(watcher: (progress: EngineProgress) => void): () => void {
  watchers.add(watcher);
  watcher(progress);
  return () => watchers.delete(watcher);
}

/**
 * The page's database, started on the first call (whose options count). Concurrent and later
 * calls share it: the promise is kept, so two callers never start two workers. A failed start
 * is forgotten, so that the next call tries again.
 */
export function getObservatoryDb(options: ObservatoryDbOptions = {}): Promise<ObservatoryDb> {
  if (current) return current;
  const starting: Promise<ObservatoryDb> = start(options, () => {
    if (current === starting) current = undefined;
  });
  current = starting;
  starting.catch(() => {
    if (current === starting) current = undefined;
  });
  return starting;
}

async function start(options: ObservatoryDbOptions, forget: () => void): Promise<ObservatoryDb> {
  // The worker script starts downloading while DuckDB's JavaScript loads.
  if (!supportsWasmExceptions()) throw new Error(UNSUPPORTED_BROWSER);
  report({ phase: "download" });
  const worker = new Worker(engineWorker);
  const compressedUrl =
    options.compressedDatabaseUrl === undefined ? publishedUrl("observatory.duckdb.gz") : options.compressedDatabaseUrl;
  // Starts now, so that the download and inflating overlap DuckDB's compiling.
  const download = compressedUrl === null ? null : downloadDatabaseInWorker(compressedUrl);
  download?.catch(() => undefined);
  // An error thrown inside the worker (say, a Content-Security-Policy refusing to compile
  // WebAssembly) leaves DuckDB-WASM's promises pending forever: fail the start instead.
  const crashed = workerError(worker);
  const step = <T>(promise: Promise<T>) => Promise.race([promise, crashed]);
  let db: AsyncDuckDB | undefined;
  try {
    const duckdb = options.engine ?? (await step(import("@duckdb/duckdb-wasm")));
    db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    performance.mark(ENGINE_MARKS.worker);
    const paced = progressPace();
    await step(
      db.instantiate(engineWasm, null, ({ bytesLoaded, bytesTotal }) => {
        // Once the module is all there, the time left is compiling and running its start.
        const downloaded = bytesTotal > 0 && bytesLoaded >= bytesTotal;
        const next: EngineProgress = downloaded
          ? { phase: "compile" }
          : { phase: "download", loaded: bytesLoaded, total: bytesTotal };
        if (paced(next)) report(next);
      }),
    );
    performance.mark(ENGINE_MARKS.instantiate);
    report({ phase: "start" });
    await step(
      db.open({
        // HUGEINT (a sum of INTEGERs) and DECIMAL arrive as doubles: Arrow's decimals are
        // awkward in JavaScript, and the observatory's values all fit a double exactly.
        query: { castDecimalToDouble: true },
        // Read the file by ranges, as pages need them (DuckDB-WASM's default reads it whole);
        // whole only from a server that does not answer ranges.
        filesystem: { reliableHeadRequests: true, allowFullHTTPReads: true, forceFullHTTPReads: false },
      }),
    );
    performance.mark(ENGINE_MARKS.open);
    report({ phase: "attach" });
    const bytes = download ? await step(download.catch(() => null)) : null;
    const read: DatabaseRead = bytes ? "download" : "ranges";
    if (bytes) await step(db.registerFileBuffer("observatory.duckdb", bytes));
    else {
      const url = options.databaseUrl ?? publishedUrl("observatory.duckdb");
      await step(db.registerFileURL("observatory.duckdb", url, duckdb.DuckDBDataProtocol.HTTP, false));
    }
    const setup = await step(db.connect());
    // Offline and contained: no extension is fetched from DuckDB's servers, no other file or
    // URL can be read, and no query can switch these back on.
    await step(
      setup.query(`ATTACH 'observatory.duckdb' AS ${DATABASE_ALIAS} (READ_ONLY);
        SET autoinstall_known_extensions = false;
        SET autoload_known_extensions = false;
        SET enable_external_access = false;
        SET lock_configuration = true;`),
    );
    await step(setup.close());
    performance.mark(ENGINE_MARKS.attach, { detail: read });
    const version = await step(db.getVersion());
    report({ phase: "ready" });
    return observatoryDb(db, crashed, version, forget);
  } catch (error) {
    report({ phase: "idle" });
    if (db) await db.terminate();
    else worker.terminate();
    throw error;
  }
}

/** A published file's absolute URL (DuckDB's worker resolves nothing relative to the page). */
const publishedUrl = (file: string) => new URL(publishedFilePath(file), location.href).href;

/** The only build served needs WebAssembly exceptions (every current browser has them). */
const UNSUPPORTED_BROWSER = "This browser cannot run DuckDB-WASM (no WebAssembly exception handling)";

/** The test behind DuckDB's own `selectBundle` (a module using WebAssembly exception handling). */
function supportsWasmExceptions(): boolean {
  return WebAssembly.validate(
    new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11]),
  );
}

/** Rejects when the worker reports an uncaught error. */
function workerError(worker: Worker): Promise<never> {
  const crashed = new Promise<never>((_, reject) => {
    worker.addEventListener(
      "error",
      (event) => reject(new Error(event.message || "DuckDB's worker stopped on an error")),
      { once: true },
    );
  });
  crashed.catch(() => undefined);
  return crashed;
}

function observatoryDb(db: AsyncDuckDB, crashed: Promise<never>, version: string, forget: () => void): ObservatoryDb {
  // Rejects once the worker is gone, so that no caller waits for an answer forever.
  let stop!: (error: unknown) => void;
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  stopped.catch(() => undefined);
  let alive = true;
  /** Cancels still waiting for DuckDB's answer; each settles once answered or the worker is gone. */
  const cancelling = new Set<Promise<void>>();

  function terminate(reason: unknown = new Error("DuckDB was restarted: run the query again")): void {
    if (!alive) return;
    alive = false;
    forget();
    stop(reason);
    void db.terminate();
  }
  crashed.catch(terminate);

  async function stream(sql: string, signal?: AbortSignal): Promise<QueryStream> {
    const statements = splitStatements(sql);
    checkStatements(statements);
    const aborted = abortion(signal);
    // A cancel may still end in a restart: wait for it, so that this query runs on the engine left.
    while (cancelling.size > 0) await Promise.race([Promise.all(cancelling), aborted]);
    if (!alive) return (await getObservatoryDb()).stream(sql, signal);
    if (signal?.aborted) throw new QueryCancelledError();
    /** `promise`, unless the query is cancelled or the worker stopped first. */
    const guard = <T>(promise: Promise<T>): Promise<T> => {
      promise.catch(() => undefined);
      return Promise.race([promise, stopped, aborted]);
    };
    // Not cancellable: a connection opened after a cancel would never be closed.
    const connection = await Promise.race([db.connect(), stopped]);
    const onAbort = () => cancel(connection);
    signal?.addEventListener("abort", onAbort, { once: true });
    const release = () => {
      signal?.removeEventListener("abort", onAbort);
      if (alive) connection.close().catch(() => undefined);
    };
    try {
      await guard(connection.query(`USE ${DATABASE_ALIAS}`));
      // Earlier statements (e.g. CREATE TEMP TABLE) run first, each one cancellable too.
      for (const statement of statements.slice(0, -1)) {
        const reader = await guard(connection.send(statement, false));
        for await (const _ of reader) void _;
      }
      const reader = await guard(connection.send(statements.at(-1) ?? sql, true));
      // Reads the schema message, which the stream starts with.
      await guard(reader.open());
      return {
        schema: reader.schema,
        async *[Symbol.asyncIterator]() {
          try {
            while (true) {
              const next = await guard(reader.next());
              if (next.done) return;
              yield next.value;
            }
          } finally {
            release();
          }
        },
      };
    } catch (error) {
      release();
      throw error;
    }
  }

  /** Asks DuckDB to stop; terminates the worker if it does not answer in time. */
  function cancel(connection: AsyncDuckDBConnection): void {
    const settled = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        terminate();
        resolve();
      }, CANCEL_GRACE_MS);
      connection.cancelSent().then(
        () => {
          clearTimeout(timer);
          resolve();
        },
        () => {
          clearTimeout(timer);
          terminate();
          resolve();
        },
      );
    });
    cancelling.add(settled);
    void settled.then(() => cancelling.delete(settled));
  }

  async function query(sql: string, signal?: AbortSignal): Promise<Record<string, unknown>[]> {
    const rows: Record<string, unknown>[] = [];
    for await (const batch of await stream(sql, signal)) {
      for (const row of batch) if (row) rows.push(row.toJSON());
    }
    return rows;
  }

  return { version, stream, query };
}

/** Rejects with QueryCancelledError when `signal` aborts; never settles without a signal. */
function abortion(signal: AbortSignal | undefined): Promise<never> {
  const aborted = new Promise<never>((_, reject) => {
    if (!signal) return;
    if (signal.aborted) return reject(new QueryCancelledError());
    signal.addEventListener("abort", () => reject(new QueryCancelledError()), { once: true });
  });
  // Only a race that is still waiting reports it.
  aborted.catch(() => undefined);
  return aborted;
}
