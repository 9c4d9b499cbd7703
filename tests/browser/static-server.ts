import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
  ".csv": "text/csv; charset=utf-8",
  ".topojson": "application/json",
  ".geojson": "application/geo+json",
  ".parquet": "application/vnd.apache.parquet",
  ".duckdb": "application/octet-stream",
  ".txt": "text/plain",
};

/**
 * Serves the built site on 127.0.0.1 for the browser tests and benchmarks, with HTTP range
 * requests (DuckDB-WASM reads the database file by ranges). Several can run at once, unlike
 * `astro preview`, which allows one server per project.
 */
export async function serveStatic(root: string, port = 0): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root + sep) && path !== root) return void response.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
    if (!existsSync(path)) {
      const notFound = join(root, "404.html");
      response.writeHead(404, { "Content-Type": TYPES[".html"] });
      return void (existsSync(notFound) ? createReadStream(notFound).pipe(response) : response.end("Not found"));
    }
    const size = statSync(path).size;
    const headers = { "Content-Type": TYPES[extname(path)] ?? "application/octet-stream", "Accept-Ranges": "bytes" };
    const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? "");
    if (range) {
      const start = range[1] ? Number(range[1]) : Math.max(size - Number(range[2]), 0);
      const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      if (start >= size || start > end)
        return void response.writeHead(416, { "Content-Range": `bytes */${size}` }).end();
      response.writeHead(206, {
        ...headers,
        "Content-Range": `bytes ${start}-${end}/${size}`,
        "Content-Length": end - start + 1,
      });
      return void (request.method === "HEAD" ? response.end() : createReadStream(path, { start, end }).pipe(response));
    }
    response.writeHead(200, { ...headers, "Content-Length": size });
    if (request.method === "HEAD") return void response.end();
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
