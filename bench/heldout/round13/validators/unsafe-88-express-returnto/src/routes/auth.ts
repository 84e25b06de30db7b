import { Router, type Request, type Response } from "express";
import passport from "passport";

export const authRouter = Router();

authRouter.get("/login", (req: Request, res: Response) => {
  res.render("login", { returnTo: req.query.returnTo ?? "/" });
});

authRouter.post(
  "/login",
  passport.authenticate("local", { failureRedirect: "/login?failed=1" }),
  (req: Request, res: Response) => {
    const target = (req.query.returnTo as string) || (req.body.returnTo as string) || "/app";
    res.redirect(target);
  },
);

authRouter.post("/logout", (req, res, next) => {
  req.logout((err) => {
    if (err) return next(err);
    res.redirect((req.query.next as string) ?? "/");
  });
});
