import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomUUID } from "node:crypto";
import path from "node:path";

const run = promisify(execFile);

export async function resizeAvatar(tmpPath: string, dir: string) {
  const out = path.join(dir, `${randomUUID()}.webp`);
  await run("convert", [tmpPath, "-resize", "256x256^", "-gravity", "center", "-extent", "256x256", out]);
  return out;
}
