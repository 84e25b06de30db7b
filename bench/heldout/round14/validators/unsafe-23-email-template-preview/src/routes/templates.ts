import { Router } from "express";
import pug from "pug";
import { requireAuth } from "../middleware/requireAuth";

const router = Router();

router.post("/preview", requireAuth, (req, res) => {
  const { layout, sample } = req.body as { layout: string; sample: Record<string, unknown> };
  const render = pug.compile(layout, { pretty: true });
  res.type("html").send(render({ ...sample, user: req.user }));
});

export default router;
