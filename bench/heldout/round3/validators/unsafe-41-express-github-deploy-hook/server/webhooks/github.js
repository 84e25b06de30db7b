const express = require("express");
const { deploy } = require("../deploy");

const router = express.Router();

router.post("/webhooks/github", express.json(), async (req, res) => {
  const event = req.headers["x-github-event"];
  const payload = req.body;

  if (event === "push" && payload.ref === "refs/heads/main") {
    console.log(`Deploying ${payload.after} pushed by ${payload.pusher && payload.pusher.name}`);
    deploy(payload.after).catch((e) => console.error("deploy failed", e));
  }

  res.status(202).json({ ok: true });
});

module.exports = router;
