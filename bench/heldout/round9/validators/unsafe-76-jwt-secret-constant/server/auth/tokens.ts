import jwt from "jsonwebtoken";

const JWT_SECRET = "923843da294d998466d5f507880a219dfd309403c045e0ee11314f4dc140f738";
const ACCESS_TTL = "15m";
const REFRESH_TTL = "30d";

export interface TokenPayload {
  sub: string;
  email: string;
  role: "user" | "admin";
}

export function signAccessToken(payload: TokenPayload) {
  return jwt.sign(payload, JWT_SECRET, { expiresIn: ACCESS_TTL, algorithm: "HS256" });
}

export function signRefreshToken(userId: string) {
  return jwt.sign({ sub: userId, type: "refresh" }, JWT_SECRET, { expiresIn: REFRESH_TTL });
}

export function verifyToken(token: string): TokenPayload {
  return jwt.verify(token, JWT_SECRET, { algorithms: ["HS256"] }) as TokenPayload;
}
