import { execFile } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import type { Request, Response } from "express";

const run = promisify(execFile);
const UPLOADS = path.resolve("uploads");
const SAFE_NAME = /^[a-f0-9]{32}\.(png|jpe?g|webp)$/;

export async function resize(req: Request, res: Response) {
  const name = String(req.query.file ?? "");
  const width = Number.parseInt(String(req.query.w ?? "200"), 10);
  if (!SAFE_NAME.test(name) || !Number.isInteger(width) || width < 16 || width > 2048) {
    return res.status(400).json({ error: "bad request" });
  }
  const input = path.join(UPLOADS, name);
  const output = path.join(UPLOADS, "thumbs", `${width}-${name}`);
  await run("convert", [input, "-resize", `${width}x`, output]);
  res.sendFile(output);
}
