const crypto = require("crypto");
const express = require("express");
const { enqueueSync } = require("./jobs");

const router = express.Router();

router.post("/github", express.raw({ type: "application/json" }), async (req, res) => {
  const digest = "sha256=" + crypto.createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET).update(req.body).digest("hex");
  console.log("delivery", req.get("x-github-delivery"), digest.slice(0, 15));

  const payload = JSON.parse(req.body.toString("utf8"));
  if (req.get("x-github-event") === "push") {
    await enqueueSync(payload.repository.full_name, payload.after);
  }
  res.sendStatus(202);
});

module.exports = router;
