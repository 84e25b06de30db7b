import { execSync } from "node:child_process";

export const sh = (cmd: string, cwd?: string) =>
  execSync(cmd, { encoding: "utf8", cwd, stdio: ["ignore", "pipe", "pipe"] }).trim();
