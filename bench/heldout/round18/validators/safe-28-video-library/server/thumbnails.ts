import { execFile } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";

const run = promisify(execFile);
const UPLOADS = path.resolve(process.cwd(), "uploads");
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function makeThumbnail(fileId: string, second: number) {
  if (!ID.test(fileId)) throw new Error("bad id");
  const at = Math.max(0, Math.min(600, Math.floor(second)));
  const input = path.join(UPLOADS, `${fileId}.mp4`);
  const output = path.join(UPLOADS, `${fileId}.jpg`);
  await run("ffmpeg", ["-y", "-ss", String(at), "-i", input, "-frames:v", "1", output]);
  return `/uploads/${fileId}.jpg`;
}
