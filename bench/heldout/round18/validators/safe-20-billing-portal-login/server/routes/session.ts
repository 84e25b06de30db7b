import { Router } from "express";
import { verifyPassword, findUser } from "../lib/users";

const RETURN_PATHS: Record<string, string> = {
  dashboard: "/dashboard",
  billing: "/settings/billing",
  team: "/settings/team",
};

export const session = Router();

session.post("/login", async (req, res) => {
  const user = await findUser(String(req.body.email ?? ""));
  if (!user || !(await verifyPassword(user, String(req.body.password ?? "")))) {
    return res.redirect(303, "/login?e=1");
  }
  req.session.regenerate(() => {
    req.session.userId = user.id;
    const key = String(req.query.returnTo ?? "dashboard");
    res.redirect(303, Object.hasOwn(RETURN_PATHS, key) ? RETURN_PATHS[key] : "/dashboard");
  });
});
