import { exec } from "node:child_process";
import { promisify } from "node:util";
import { writeFile } from "node:fs/promises";

const run = promisify(exec);

async function main() {
  const { stdout: sha } = await run("git rev-parse --short HEAD");
  const { stdout: branch } = await run("git rev-parse --abbrev-ref HEAD");
  const info = {
    commit: sha.trim(),
    branch: branch.trim(),
    builtAt: new Date().toISOString(),
  };
  await writeFile("public/build-info.json", JSON.stringify(info, null, 2));
  console.log("build info written", info);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
