const express = require("express");
const { spawn } = require("node:child_process");
const requireUser = require("../middleware/requireUser");
const notes = require("../services/notes");

const router = express.Router();
const FORMATS = { pdf: "pdf", docx: "docx", html: "html5" };

router.get("/notes/:id/export", requireUser, async (req, res) => {
  const key = String(req.query.format ?? "");
  if (!Object.hasOwn(FORMATS, key)) return res.status(400).json({ error: "Unknown format" });
  const format = FORMATS[key];

  const note = await notes.findForOwner(req.params.id, req.user.id);
  if (!note) return res.status(404).end();

  const child = spawn("pandoc", ["-f", "markdown", "-t", format, "-o", "-"], { shell: false });
  res.type(key);
  child.stdout.pipe(res);
  child.stdin.end(note.body);
});

module.exports = router;
