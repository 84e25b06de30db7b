"use server";

import { execSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { auth } from "@/auth";

export async function importRepo(formData: FormData) {
  const session = await auth();
  if (!session?.user) throw new Error("Not signed in");

  const repoUrl = String(formData.get("repoUrl"));
  const branch = String(formData.get("branch") || "main");
  const dir = mkdtempSync(join(tmpdir(), "import-"));

  execSync(`git clone --depth 1 --branch ${branch} ${repoUrl} ${dir}`, { stdio: "inherit" });
  const files = execSync(`ls -1 ${dir}`).toString().split("\n").filter(Boolean);
  return { dir, files };
}
