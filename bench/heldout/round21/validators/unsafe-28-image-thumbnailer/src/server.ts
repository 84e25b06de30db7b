import express from "express";
import { exec } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";

const run = promisify(exec);
const app = express();
const UPLOADS = path.join(process.cwd(), "uploads");

app.get("/thumb", async (req, res) => {
  const file = String(req.query.file ?? "");
  const width = String(req.query.w ?? "200");
  const out = path.join(UPLOADS, "thumbs", `${Date.now()}.jpg`);
  try {
    await run(`convert ${UPLOADS}/${file} -resize ${width}x ${out}`);
    res.sendFile(out);
  } catch (e) {
    res.status(500).json({ error: "thumbnail failed" });
  }
});

app.listen(3000);
