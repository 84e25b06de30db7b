import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);
const WORK = "/tmp/memos";

export async function transcodeToMp3(data: Buffer): Promise<string> {
  const id = randomUUID();
  const input = join(WORK, `${id}.webm`);
  const output = join(WORK, `${id}.mp3`);
  await writeFile(input, data);
  await execFileAsync("ffmpeg", ["-y", "-i", input, "-codec:a", "libmp3lame", "-q:a", "4", output], {
    timeout: 60_000,
  });
  return output;
}
