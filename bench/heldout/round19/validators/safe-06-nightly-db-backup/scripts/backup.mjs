import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const out = createWriteStream(`/backups/db-${stamp}.sql`);

const dump = spawn("pg_dump", ["--no-owner", "--format=plain", process.env.DATABASE_URL], {
  stdio: ["ignore", "pipe", "inherit"],
});
dump.stdout.pipe(out);
dump.on("close", (code) => {
  if (code !== 0) {
    console.error(`pg_dump exited with ${code}`);
    process.exit(1);
  }
  console.log("backup written");
});
