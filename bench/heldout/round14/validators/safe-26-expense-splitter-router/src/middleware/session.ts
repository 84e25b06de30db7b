import type { Request, Response, NextFunction } from "express";
import { verifySessionCookie } from "../lib/session";

export async function requireSession(req: Request, res: Response, next: NextFunction) {
  const user = await verifySessionCookie(req.cookies?.sid);
  if (!user) {
    return res.status(401).json({ error: "Unauthorized" });
  }
  req.user = user;
  next();
}
