const express = require("express");
const { triggerDeploy } = require("../deploy");

const router = express.Router();

router.post("/github", express.json(), async (req, res) => {
  const event = req.get("x-github-event");
  const signature = req.get("x-hub-signature-256");
  console.log(`github ${event} delivery=${req.get("x-github-delivery")} sig=${signature ? "yes" : "no"}`);

  if (event === "push" && req.body.ref === "refs/heads/main") {
    await triggerDeploy(req.body.after, req.body.pusher?.name);
  }
  res.status(202).json({ ok: true });
});

module.exports = router;
