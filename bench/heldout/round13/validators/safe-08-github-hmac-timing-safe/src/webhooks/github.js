const express = require("express");
const { isValidSignature } = require("./verify");
const { enqueueBuild } = require("../jobs");

const router = express.Router();

router.post("/github", express.raw({ type: "application/json" }), async (req, res) => {
  if (!isValidSignature(req.body, req.get("x-hub-signature-256"), process.env.GITHUB_WEBHOOK_SECRET)) {
    return res.status(401).send("invalid signature");
  }
  const event = JSON.parse(req.body.toString("utf8"));
  if (req.get("x-github-event") === "push") await enqueueBuild(event.repository.full_name, event.after);
  res.sendStatus(202);
});

module.exports = router;
