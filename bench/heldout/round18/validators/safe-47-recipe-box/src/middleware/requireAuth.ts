import type { NextFunction, Request, Response } from "express";
import { createRemoteJWKSet, jwtVerify } from "jose";

const jwks = createRemoteJWKSet(new URL(`${process.env.AUTH_ISSUER}/.well-known/jwks.json`));

export interface AuthedRequest extends Request {
  user?: { id: string };
}

export async function requireAuth(req: AuthedRequest, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: "unauthorized" });
  try {
    const { payload } = await jwtVerify(token, jwks, { issuer: process.env.AUTH_ISSUER });
    req.user = { id: String(payload.sub) };
    return next();
  } catch {
    return res.status(401).json({ error: "unauthorized" });
  }
}
