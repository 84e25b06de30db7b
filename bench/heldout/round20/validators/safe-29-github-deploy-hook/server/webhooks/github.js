const crypto = require("crypto");
const express = require("express");
const { triggerDeploy } = require("../deploy");

const router = express.Router();

function validSignature(raw, header) {
  if (typeof header !== "string") return false;
  const expected = "sha256=" + crypto.createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET).update(raw).digest("hex");
  const a = Buffer.from(header);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

router.post("/github", express.raw({ type: "application/json" }), async (req, res) => {
  if (!validSignature(req.body, req.get("x-hub-signature-256"))) return res.sendStatus(401);
  const payload = JSON.parse(req.body.toString("utf8"));
  if (req.get("x-github-event") === "push" && payload.ref === "refs/heads/main") {
    await triggerDeploy(payload.after);
  }
  res.json({ ok: true });
});

module.exports = router;
