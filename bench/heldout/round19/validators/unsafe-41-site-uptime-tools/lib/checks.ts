import { execSync } from "node:child_process";

export function runCheck(command: string, target: string): string {
  return execSync(`${command} ${target}`, { timeout: 10_000 }).toString();
}
