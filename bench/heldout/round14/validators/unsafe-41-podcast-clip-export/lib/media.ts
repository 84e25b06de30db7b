import { execSync } from "node:child_process";
import { join } from "node:path";
import { tmpdir } from "node:os";

export function cutClip(source: string, start: string, duration: number, title: string) {
  const out = join(tmpdir(), `${Date.now()}.mp3`);
  execSync(
    `ffmpeg -y -ss ${start} -t ${duration} -i "${source}" -metadata title="${title}" ${out}`,
    { stdio: "ignore" }
  );
  return out;
}
