declare module "mapshaper" {
  /** Runs mapshaper commands on in-memory inputs; resolves to the output files by name. */
  export function applyCommands(
    commands: string,
    input?: Record<string, string | Buffer>,
  ): Promise<Record<string, string | Buffer>>;
  const mapshaper: { applyCommands: typeof applyCommands };
  export default mapshaper;
}
