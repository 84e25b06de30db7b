const express = require("express");
const { spawn } = require("child_process");

const router = express.Router();

router.post("/github", express.json(), (req, res) => {
  const signature = req.get("x-hub-signature-256");
  const event = req.get("x-github-event");
  if (!signature || !signature.startsWith("sha256=")) {
    return res.status(401).send("signature required");
  }

  if (event === "push" && req.body.ref === "refs/heads/main") {
    spawn("/opt/deploy/deploy.sh", [], { detached: true, stdio: "ignore" }).unref();
    return res.status(202).send("deploying");
  }
  res.status(204).end();
});

module.exports = router;
