/**
 * `npm start` (after the build): `tsx scripts/serve/serve-site.ts [folder] [--host 127.0.0.1] [--port 4321]`
 * serves the built site (dist/ by default) with site-server.ts until interrupted.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../lib/paths.ts";
import { startSiteServer } from "./site-server.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { host: { type: "string", default: "127.0.0.1" }, port: { type: "string", default: "4321" } },
});
const root = positionals[0] ?? join(projectRoot, "dist");
const site = await startSiteServer(root, { host: values.host, port: Number(values.port) }).catch((error: unknown) => {
  const inUse = (error as NodeJS.ErrnoException).code === "EADDRINUSE";
  console.error(
    inUse ? `${values.host}:${values.port} is in use: stop the server there, or pass --port` : String(error),
  );
  process.exit(1);
});
console.log(
  `Serving ${root} on ${site.baseUrl}/ (French ${site.baseUrl}/fr/, Dutch /nl/, English /en/); Ctrl+C stops.`,
);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => void site.close().then(() => process.exit(0)));
