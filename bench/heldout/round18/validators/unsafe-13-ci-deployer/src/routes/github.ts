import { Router } from "express";
import { triggerDeploy } from "../deploy";

export const github = Router();

github.post("/webhooks/github", async (req, res) => {
  const signature = req.header("x-hub-signature-256");
  const event = req.header("x-github-event");
  if (!signature) return res.status(401).send("missing signature");

  if (event === "push" && req.body.ref === "refs/heads/main") {
    await triggerDeploy(req.body.after);
  }
  res.status(202).send("accepted");
});
