import { spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const REPO_PATH = /^\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(\.git)?$/;

export function normalizeRepoUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || url.hostname !== "github.com") return null;
  if (url.username || url.password || url.search || url.hash) return null;
  if (!REPO_PATH.test(url.pathname)) return null;
  return url.toString();
}

export async function shallowClone(input: string): Promise<string> {
  const repoUrl = normalizeRepoUrl(input);
  if (!repoUrl) throw new Error("Only public GitHub https URLs are supported");

  const dir = await mkdtemp(join(tmpdir(), "clone-"));
  await new Promise<void>((resolve, reject) => {
    const child = spawn("git", ["clone", "--depth", "1", "--", repoUrl, dir], {
      stdio: "ignore",
      timeout: 60_000,
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`git exited ${code}`))));
  });
  return dir;
}
