/**
 * The HTTP server of the built site (`npm start`, the browser tests and the benches): a static
 * file server without dependencies that answers as a careful host does.
 *
 * - Ranges (DuckDB-WASM reads the database by ranges) and conditional requests, including a
 *   browser's second visit that revalidates the ranges it cached (see byte-range.ts and
 *   conditional.ts). `astro preview` answered that visit with 416.
 * - The headers of `_headers` (site-headers.ts), the same file a host applies: security headers
 *   (the Content-Security-Policy also reaches the workers, which a meta tag does not) and
 *   Cache-Control; files it gives no Cache-Control are revalidated on every use.
 * - Precompressed `.br` / `.gz` copies (scripts/dev/compress-assets.ts) when the browser accepts
 *   them, each with its own ETag; never for a request with a Range, nor for files read by ranges.
 * - Folders answer with their index.html (and a redirect to the trailing slash); 404.html for
 *   what does not exist; paths leaving the folder are refused.
 */
import { createReadStream, existsSync, type Stats } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { pipeline } from "node:stream/promises";
import { parseByteRange } from "./byte-range.ts";
import { evaluatePreconditions, rangeApplies, type Validators } from "./conditional.ts";
import { contentTypeOf } from "./content-type.ts";
import { headersForPath, type HeaderRule } from "./headers-file.ts";
import { loadSiteHeaders } from "./site-headers.ts";

/** Cache-Control of the files `_headers` gives none: cached, but revalidated on every use. */
export const DEFAULT_CACHE_CONTROL = "no-cache";

/**
 * Files read by ranges are only ever sent as they are: a browser that cached a compressed copy
 * whole answers later range requests from it, in compressed bytes.
 */
const IDENTITY_ONLY = new Set([".duckdb", ".parquet"]);
const ENCODINGS = [
  { suffix: ".br", token: "br" },
  { suffix: ".gz", token: "gzip" },
] as const;

type Target =
  | { kind: "file"; path: string; stats: Stats }
  | { kind: "redirect"; location: string }
  | { kind: "missing" }
  | { kind: "forbidden" };

export interface SiteServer {
  server: Server;
  /** http://host:port, without a trailing slash. */
  baseUrl: string;
  close(): Promise<void>;
}

export interface ListenOptions {
  host?: string;
  /** 0 (the default) takes any free port. */
  port?: number;
}

/** Serves `root` (a built site with its `_headers`) until `close()`. */
export async function startSiteServer(root: string, options: ListenOptions = {}): Promise<SiteServer> {
  const server = createServer(siteHandler(root));
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, host, () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    baseUrl: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** The request handler; reads `_headers` once, and throws when it is missing or inconsistent. */
export function siteHandler(folder: string): (request: IncomingMessage, response: ServerResponse) => void {
  const root = resolve(folder);
  const rules = loadSiteHeaders(root);
  const realRoot = realpath(root);
  return (request, response) => {
    serve(root, realRoot, rules, request, response).catch((error: unknown) => {
      // A visitor leaving mid-download (or DuckDB dropping a read) is not the server's error.
      const aborted = (error as NodeJS.ErrnoException).code === "ERR_STREAM_PREMATURE_CLOSE";
      if (!aborted) console.error(`${request.method} ${request.url}:`, error);
      if (!response.headersSent) plain(response, 500, "Internal server error");
      else response.destroy();
    });
  };
}

async function serve(
  root: string,
  realRoot: Promise<string>,
  rules: readonly HeaderRule[],
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const method = request.method ?? "GET";
  if (method !== "GET" && method !== "HEAD") return plain(response, 405, "Method not allowed", { Allow: "GET, HEAD" });
  const url = requestPath(request.url);
  if (!url) return plain(response, 400, "Bad request");
  const hostHeaders = headersForPath(rules, url.path);
  const target = await locate(root, await realRoot, url.path, url.search);
  if (target.kind === "forbidden") return plain(response, 403, "Forbidden", hostHeaders);
  if (target.kind === "redirect") {
    response.writeHead(301, merge(hostHeaders, { Location: target.location }));
    return void response.end();
  }
  if (target.kind === "missing") return notFound(root, method, response, hostHeaders);

  const { path, stats } = target;
  const wantsRange = request.headers.range !== undefined;
  const copies = IDENTITY_ONLY.has(extname(path)) ? [] : await compressedCopies(path);
  const token = preferredCoding(
    request.headers["accept-encoding"],
    copies.map((candidate) => candidate.token),
  );
  const copy = wantsRange ? undefined : copies.find((candidate) => candidate.token === token);
  const sent = copy ?? { path, stats, token: undefined };
  const validators: Validators = {
    etag: `"${sent.stats.size.toString(16)}-${Math.floor(sent.stats.mtimeMs).toString(16)}${copy ? `-${copy.token}` : ""}"`,
    lastModified: sent.stats.mtime,
  };
  const headers = merge(
    {
      "Content-Type": contentTypeOf(path),
      ETag: validators.etag,
      "Last-Modified": validators.lastModified.toUTCString(),
      "Cache-Control": DEFAULT_CACHE_CONTROL,
      ...(copy ? { "Content-Encoding": copy.token } : { "Accept-Ranges": "bytes" }),
      ...(copies.length > 0 ? { Vary: "Accept-Encoding" } : {}),
    },
    hostHeaders,
  );

  const precondition = evaluatePreconditions(method, request.headers, validators);
  if (precondition === "not-modified") {
    delete headers["content-type"];
    response.writeHead(304, headers);
    return void response.end();
  }
  if (precondition === "failed") return plain(response, 412, "Precondition failed", hostHeaders);

  const size = sent.stats.size;
  const range =
    wantsRange && rangeApplies(header(request.headers["if-range"]), validators)
      ? parseByteRange(request.headers.range, size)
      : ({ kind: "whole" } as const);
  if (range.kind === "unsatisfiable") {
    return plain(response, 416, "Range not satisfiable", hostHeaders, { "Content-Range": `bytes */${size}` });
  }
  const [start, end] = range.kind === "partial" ? [range.start, range.end] : [0, size - 1];
  if (range.kind === "partial") headers["content-range"] = `bytes ${start}-${end}/${size}`;
  headers["content-length"] = end - start + 1;
  response.writeHead(range.kind === "partial" ? 206 : 200, headers);
  if (method === "HEAD" || size === 0) return void response.end();
  await pipeline(createReadStream(sent.path, { start, end }), response);
}

/** The percent-decoded path and the query of a request target, or undefined when malformed. */
function requestPath(target: string | undefined): { path: string; search: string } | undefined {
  if (!target?.startsWith("/")) return undefined;
  const queryAt = target.indexOf("?");
  const rawPath = queryAt === -1 ? target : target.slice(0, queryAt);
  const search = queryAt === -1 ? "" : target.slice(queryAt);
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (path.includes("\0")) return undefined;
  return { path, search };
}

async function locate(root: string, realRoot: string, path: string, search: string): Promise<Target> {
  const segments = path.split("/");
  if (segments.some((segment) => segment === ".." || segment === "." || segment.includes("\\")))
    return { kind: "forbidden" };
  // Dot files, and the host configuration itself, are not part of the site.
  if (segments.some((segment) => segment.startsWith(".")) || path === "/_headers") return { kind: "missing" };
  const absolute = join(root, path);
  const inside = relative(root, absolute);
  if (inside.startsWith("..") || isAbsolute(inside)) return { kind: "forbidden" };
  let file = absolute;
  let stats = await stat(file).catch(() => undefined);
  if (stats?.isDirectory()) {
    // Built from the folder's place under the root, so that "//host" cannot become another site's address.
    const folder = inside.split(sep).filter(Boolean).join("/");
    if (!path.endsWith("/"))
      return { kind: "redirect", location: `/${encodeURI(folder ? `${folder}/` : "")}${search}` };
    file = join(file, "index.html");
    stats = await stat(file).catch(() => undefined);
  }
  if (!stats?.isFile()) return { kind: "missing" };
  // A link inside the folder must not lead out of it.
  const real = await realpath(file);
  if (!real.startsWith(realRoot + sep)) return { kind: "forbidden" };
  return { kind: "file", path: file, stats };
}

async function compressedCopies(path: string): Promise<{ path: string; stats: Stats; token: "br" | "gzip" }[]> {
  const found = await Promise.all(
    ENCODINGS.map(async ({ suffix, token }) => {
      const stats = await stat(path + suffix).catch(() => undefined);
      return stats?.isFile() ? { path: path + suffix, stats, token } : undefined;
    }),
  );
  return found.filter((copy) => copy !== undefined);
}

/** Each coding the client names in Accept-Encoding, with its q (1 when not given). */
function codingWeights(header: string | undefined): Map<string, number> {
  const weights = new Map<string, number>();
  for (const item of (header ?? "").split(",")) {
    const [token = "", ...params] = item.split(";").map((part) => part.trim().toLowerCase());
    if (!token) continue;
    const q = params.find((param) => param.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(token, Number.isFinite(weight) ? weight : 0);
  }
  return weights;
}

/** Content codings the client accepts (q > 0), from Accept-Encoding. */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const weights = codingWeights(header);
  const accepted = new Set([...weights].filter(([token, q]) => token !== "*" && q > 0).map(([token]) => token));
  if ((weights.get("*") ?? 0) > 0) for (const { token } of ENCODINGS) if (!weights.has(token)) accepted.add(token);
  return accepted;
}

/**
 * The coding to send among those `available` (in the server's order of preference): the one the
 * client weighs highest (RFC 9110 §12.5.3), the wildcard's q standing for codings it does not
 * name; the server's order among equals. Undefined when none is accepted.
 */
export function preferredCoding(header: string | undefined, available: readonly string[]): string | undefined {
  const weights = codingWeights(header);
  let best: { token: string; q: number } | undefined;
  for (const token of available) {
    const q = weights.get(token) ?? weights.get("*") ?? 0;
    if (q > 0 && (!best || q > best.q)) best = { token, q };
  }
  return best?.token;
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}

async function notFound(
  root: string,
  method: string,
  response: ServerResponse,
  hostHeaders: Map<string, string>,
): Promise<void> {
  const page = join(root, "404.html");
  if (!existsSync(page)) return plain(response, 404, "Not found", hostHeaders);
  const { size } = await stat(page);
  response.writeHead(
    404,
    merge({ "Content-Type": contentTypeOf(page), "Content-Length": size }, hostHeaders, {
      // Not the path's own rule (say, immutable under /_astro/): what is missing now may exist later.
      "Cache-Control": DEFAULT_CACHE_CONTROL,
    }),
  );
  if (method === "HEAD") return void response.end();
  await pipeline(createReadStream(page), response);
}

/** Header sets merged under lower-case names, later ones winning (`_headers` over the defaults). */
function merge(...parts: (Map<string, string> | Record<string, string | number>)[]): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  for (const part of parts)
    for (const [name, value] of part instanceof Map ? part : Object.entries(part)) headers[name.toLowerCase()] = value;
  return headers;
}

function plain(
  response: ServerResponse,
  status: number,
  text: string,
  hostHeaders: Map<string, string> | Record<string, string> = {},
  extra: Record<string, string> = {},
): void {
  const body = `${text}\n`;
  response.writeHead(
    status,
    merge(hostHeaders, extra, {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Length": Buffer.byteLength(body),
      "Cache-Control": "no-store",
    }),
  );
  response.end(response.req.method === "HEAD" ? undefined : body);
}
