import type { Request, Response } from "express";
import { UserService } from "../services/UserService";

export class AuthController {
  constructor(private readonly users: UserService) {}

  login = async (req: Request, res: Response) => {
    const { email, password } = req.body;
    const user = await this.users.verifyPassword(email, password);
    if (!user) {
      return res.status(401).render("login", { error: "Invalid email or password" });
    }
    req.session.userId = user.id;
    const target = (req.query.returnTo as string) || "/";
    return res.redirect(target);
  };

  logout = (req: Request, res: Response) => {
    req.session.destroy(() => res.redirect("/"));
  };
}
