/**
 * The DuckDB-WASM files the site serves: the exception-handling (EH) build only. Every browser the
 * site supports (current Chromium, Firefox and Safari) runs WebAssembly exceptions, so the MVP
 * build (39 MB more per deploy, over some hosts' 25 MiB-per-file limit) is not shipped.
 *
 * Only URLs: Vite copies the files into the build, self-hosted
 * (https://vite.dev/guide/assets#explicit-url-imports); importing this module loads nothing.
 */
import engineWorker from "@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url";
import engineWasm from "@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url";

export { engineWasm, engineWorker };
