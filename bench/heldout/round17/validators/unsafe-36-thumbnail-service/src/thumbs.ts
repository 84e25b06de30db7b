import { exec as sh } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";

const run = promisify(sh);

export async function makeThumb(uploadDir: string, originalName: string) {
  const input = path.join(uploadDir, originalName);
  const output = path.join(uploadDir, "thumb_" + originalName);
  await run(`convert "${input}" -resize 256x256 "${output}"`);
  return output;
}
