import type { Request, Response, NextFunction } from "express";
import jwt from "jsonwebtoken";

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.split(" ")[1];
  if (!token) return res.status(401).end();
  try {
    res.locals.user = jwt.verify(token, process.env.JWT_SECRET as string);
    return next();
  } catch {
    return res.status(401).end();
  }
}
