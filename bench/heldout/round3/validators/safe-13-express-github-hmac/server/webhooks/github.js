const crypto = require("crypto");
const express = require("express");
const { deploy } = require("../deploy");

const router = express.Router();

function verify(req) {
  const sig = req.get("x-hub-signature-256") || "";
  const expected =
    "sha256=" + crypto.createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET).update(req.body).digest("hex");
  const a = Buffer.from(sig);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

router.post("/webhooks/github", express.raw({ type: "application/json" }), (req, res) => {
  if (!verify(req)) return res.status(401).send("Bad signature");

  const payload = JSON.parse(req.body.toString("utf8"));
  if (req.get("x-github-event") === "push" && payload.ref === "refs/heads/main") {
    deploy(payload.after).catch((e) => console.error("deploy failed", e));
  }
  res.status(202).json({ ok: true });
});

module.exports = router;
