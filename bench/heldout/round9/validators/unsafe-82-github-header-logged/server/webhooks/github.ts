import { Router } from "express";
import { triggerDeploy } from "../services/deploy";

export const githubWebhook = Router();

githubWebhook.post("/github", async (req, res) => {
  const event = req.header("X-GitHub-Event");
  const delivery = req.header("X-GitHub-Delivery");
  const signature = req.header("X-Hub-Signature-256");

  console.log(`[github] ${event} delivery=${delivery} sig=${signature?.slice(0, 15)}…`);

  if (event === "ping") {
    return res.json({ ok: true });
  }

  if (event === "push") {
    const { ref, repository, head_commit } = req.body;
    if (ref === `refs/heads/${repository.default_branch}`) {
      await triggerDeploy({
        repo: repository.full_name,
        sha: head_commit.id,
        message: head_commit.message,
      });
      return res.status(202).json({ deploying: head_commit.id });
    }
  }

  res.status(204).end();
});
