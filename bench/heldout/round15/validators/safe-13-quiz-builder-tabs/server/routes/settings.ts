import { Router } from "express";
import { requireSession } from "../middleware/session";

const router = Router();
const TABS = new Set(["profile", "security", "notifications", "billing"]);

router.get("/settings", requireSession, (req, res) => {
  const tab = typeof req.query.tab === "string" && TABS.has(req.query.tab) ? req.query.tab : "profile";
  res.redirect(303, `/settings/${encodeURIComponent(tab)}`);
});

export default router;
