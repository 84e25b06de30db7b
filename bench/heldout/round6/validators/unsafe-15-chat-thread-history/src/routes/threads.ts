import { Router } from "express";
import { requireUser } from "../auth/requireUser";
import { getThreadWithMessages } from "../data/threads";

export const threads = Router();

threads.get("/threads/:threadId", requireUser, async (req, res) => {
  const thread = await getThreadWithMessages(req.params.threadId);
  if (!thread) return res.sendStatus(404);
  res.json(thread);
});
