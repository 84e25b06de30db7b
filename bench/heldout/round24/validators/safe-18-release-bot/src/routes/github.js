const express = require("express");
const crypto = require("node:crypto");
const db = require("../db");

const router = express.Router();

function validSignature(raw, header) {
  if (!header || !header.startsWith("sha256=")) return false;
  const expected = Buffer.from(
    "sha256=" + crypto.createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET).update(raw).digest("hex")
  );
  const got = Buffer.from(header);
  return got.length === expected.length && crypto.timingSafeEqual(got, expected);
}

router.post("/github", express.raw({ type: "application/json" }), async (req, res) => {
  if (!validSignature(req.body, req.get("x-hub-signature-256"))) {
    return res.status(401).send("bad signature");
  }
  const payload = JSON.parse(req.body.toString("utf8"));
  if (req.get("x-github-event") === "release" && payload.action === "published") {
    await db("releases").insert({
      repo: payload.repository.full_name,
      tag: payload.release.tag_name,
      url: payload.release.html_url,
    });
  }
  res.sendStatus(204);
});

module.exports = router;
