import { execFile } from "child_process";
import { promisify } from "util";
import { z } from "zod";
import type { Request, Response } from "express";

const execFileAsync = promisify(execFile);
const Query = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });

export async function changelog(req: Request, res: Response) {
  const { limit } = Query.parse(req.query);
  const { stdout } = await execFileAsync("git", ["log", `-n${limit}`, "--pretty=format:%h%x09%an%x09%s"], {
    cwd: process.env.REPO_DIR,
    maxBuffer: 1024 * 1024,
  });
  const entries = stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [hash, author, subject] = line.split("\t");
      return { hash, author, subject };
    });
  res.json(entries);
}
