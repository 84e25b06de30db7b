"use server";

import { execSync } from "child_process";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

export async function importRepository(formData: FormData) {
  const repoUrl = formData.get("repoUrl") as string;
  const branch = (formData.get("branch") as string) || "main";
  const dir = mkdtempSync(join(tmpdir(), "import-"));

  execSync(`git clone --depth 1 --branch ${branch} ${repoUrl} ${dir}`, { stdio: "pipe" });
  const files = execSync(`git -C ${dir} ls-files`).toString().split("\n").filter(Boolean);

  return { dir, fileCount: files.length };
}
