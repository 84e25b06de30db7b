import { Router, type Request, type Response } from "express";
import { authenticate } from "./users";

const router = Router();

const AFTER_LOGIN = new Set(["/account", "/orders", "/settings", "/billing", "/support"]);

function pickDestination(input: unknown): string {
  return typeof input === "string" && AFTER_LOGIN.has(input) ? input : "/account";
}

router.post("/login", async (req: Request, res: Response) => {
  const user = await authenticate(req.body.email, req.body.password);
  if (!user) {
    return res.redirect(303, "/login?error=1");
  }

  req.session.regenerate((err) => {
    if (err) return res.sendStatus(500);
    req.session.userId = user.id;
    res.redirect(303, pickDestination(req.body.next));
  });
});

router.get("/logout", (req: Request, res: Response) => {
  req.session.destroy(() => res.redirect(303, "/"));
});

export default router;
