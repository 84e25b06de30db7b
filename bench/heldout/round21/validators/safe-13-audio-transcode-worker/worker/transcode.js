import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomUUID } from "node:crypto";
import path from "node:path";

const run = promisify(execFile);
const FORMATS = new Set(["mp3", "ogg", "wav"]);
const WORK = "/var/transcode";

export async function transcode(inputKey, format) {
  if (!FORMATS.has(format)) throw new Error("unsupported format");
  if (!/^[a-f0-9-]{36}\.(webm|m4a)$/.test(inputKey)) throw new Error("bad key");
  const input = path.join(WORK, "in", inputKey);
  const output = path.join(WORK, "out", `${randomUUID()}.${format}`);
  await run("ffmpeg", ["-hide_banner", "-y", "-i", input, "-vn", output], { timeout: 60000 });
  return output;
}
