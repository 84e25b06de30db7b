const { Router } = require("express");
const { exec } = require("node:child_process");

const router = Router();
let cached = null;

router.get("/version", (_req, res) => {
  if (cached) return res.json(cached);
  exec("git rev-parse --short HEAD", { cwd: __dirname }, (err, stdout) => {
    cached = { commit: err ? "unknown" : stdout.trim(), node: process.version };
    res.json(cached);
  });
});

module.exports = router;
