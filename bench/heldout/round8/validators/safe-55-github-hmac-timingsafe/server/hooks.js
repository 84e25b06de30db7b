const express = require("express");
const crypto = require("node:crypto");
const { execFile } = require("node:child_process");

const router = express.Router();
const DEPLOYABLE = new Set(["main"]);

function validSignature(raw, header) {
  if (!header || !header.startsWith("sha256=")) return false;
  const expected = Buffer.from(
    "sha256=" + crypto.createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET).update(raw).digest("hex")
  );
  const given = Buffer.from(header);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

router.post("/github", express.raw({ type: "application/json" }), (req, res) => {
  if (!validSignature(req.body, req.get("x-hub-signature-256"))) {
    return res.status(401).send("bad signature");
  }
  if (req.get("x-github-event") !== "push") return res.status(204).end();

  const payload = JSON.parse(req.body.toString("utf8"));
  const branch = String(payload.ref).replace("refs/heads/", "");
  if (!DEPLOYABLE.has(branch)) return res.status(204).end();

  execFile("./scripts/deploy.sh", [branch], (err) => err && console.error(err));
  res.json({ deploying: branch });
});

module.exports = router;
