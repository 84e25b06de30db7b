const express = require("express");
const multer = require("multer");
const { execFile } = require("node:child_process");
const { promisify } = require("node:util");
const path = require("node:path");
const crypto = require("node:crypto");
const { requireAuth } = require("../middleware/auth");
const pool = require("../db");

const upload = multer({ dest: "/tmp/uploads", limits: { fileSize: 25 * 1024 * 1024 } });
const execFileAsync = promisify(execFile);
const router = express.Router();

router.post("/", requireAuth, upload.single("audio"), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: "No audio file" });

  const id = crypto.randomUUID();
  const output = path.join("/var/memos", `${id}.m4a`);
  await execFileAsync("ffmpeg", ["-y", "-i", req.file.path, "-c:a", "aac", "-b:a", "96k", output]);

  await pool.query("INSERT INTO memos (id, user_id, path) VALUES ($1, $2, $3)", [
    id,
    req.user.id,
    output,
  ]);
  res.status(201).json({ id });
});

module.exports = router;
