const crypto = require("node:crypto");
const express = require("express");
const { recordCheckRun } = require("../checks");

const router = express.Router();

function verify(raw, header) {
  if (!header || !header.startsWith("sha256=")) return false;
  const expected = Buffer.from(
    "sha256=" + crypto.createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET).update(raw).digest("hex"),
  );
  const given = Buffer.from(header);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

router.post("/github", express.raw({ type: "application/json" }), async (req, res) => {
  if (!verify(req.body, req.get("x-hub-signature-256"))) return res.status(401).send("bad signature");
  const payload = JSON.parse(req.body.toString("utf8"));
  if (req.get("x-github-event") === "check_run") {
    await recordCheckRun(payload.repository.full_name, payload.check_run);
  }
  res.status(204).end();
});

module.exports = router;
