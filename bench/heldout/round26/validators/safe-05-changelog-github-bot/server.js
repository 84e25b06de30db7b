const express = require("express");
const crypto = require("crypto");
const { handleRelease } = require("./releases");

const app = express();

function validSignature(raw, header) {
  if (!header || !process.env.GITHUB_WEBHOOK_SECRET) return false;
  const expected = Buffer.from(
    "sha256=" + crypto.createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET).update(raw).digest("hex")
  );
  const given = Buffer.from(header);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

app.post("/webhooks/github", express.raw({ type: "application/json" }), async (req, res) => {
  if (!validSignature(req.body, req.get("x-hub-signature-256"))) {
    return res.sendStatus(401);
  }
  const payload = JSON.parse(req.body.toString("utf8"));
  if (req.get("x-github-event") === "release" && payload.action === "published") {
    await handleRelease(payload.repository.full_name, payload.release);
  }
  res.sendStatus(202);
});

app.listen(process.env.PORT || 8080);
