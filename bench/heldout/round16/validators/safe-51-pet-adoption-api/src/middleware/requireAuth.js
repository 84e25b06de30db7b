import { createRemoteJWKSet, jwtVerify } from "jose";

const jwks = createRemoteJWKSet(new URL(process.env.AUTH_JWKS_URL));

export async function requireAuth(req, res, next) {
  const token = (req.headers.authorization || "").replace(/^Bearer /, "");
  if (!token) return res.status(401).json({ error: "Unauthorized" });
  try {
    const { payload } = await jwtVerify(token, jwks, { audience: "pets-api" });
    req.user = { id: payload.sub };
    next();
  } catch {
    res.status(401).json({ error: "Unauthorized" });
  }
}
