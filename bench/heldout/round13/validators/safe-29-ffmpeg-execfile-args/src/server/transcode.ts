import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomUUID } from "node:crypto";
import path from "node:path";

const execFileAsync = promisify(execFile);

const PRESETS: Record<string, string[]> = {
  "720p": ["-vf", "scale=-2:720", "-b:v", "2500k"],
  "480p": ["-vf", "scale=-2:480", "-b:v", "1000k"],
};

export async function transcode(inputPath: string, preset: string) {
  const args = PRESETS[preset];
  if (!args) throw new Error("unknown preset");
  const output = path.join("/tmp/out", `${randomUUID()}.mp4`);
  await execFileAsync("ffmpeg", ["-y", "-i", inputPath, ...args, "-c:a", "aac", output], {
    timeout: 120_000,
  });
  return output;
}
