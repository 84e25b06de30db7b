const crypto = require("crypto");
const express = require("express");
const { enqueueSync } = require("./jobs");

const router = express.Router();

function validSignature(body, header) {
  if (!header) return false;
  const expected = Buffer.from(
    "sha256=" + crypto.createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET).update(body).digest("hex")
  );
  const got = Buffer.from(header);
  return got.length === expected.length && crypto.timingSafeEqual(got, expected);
}

router.post("/github", express.raw({ type: "application/json" }), async (req, res) => {
  if (!validSignature(req.body, req.get("x-hub-signature-256"))) return res.sendStatus(401);
  const payload = JSON.parse(req.body.toString("utf8"));
  if (req.get("x-github-event") === "push") await enqueueSync(payload.repository.full_name, payload.after);
  res.sendStatus(202);
});

module.exports = router;
