import { sign, verify } from "hono/jwt";

const JWT_SECRET = process.env.JWT_SECRET ?? "UfVc4oF8q8bkK22FhC5skg32W9Ff6r2cAqlT7N103nHXD9bd";

export async function issueToken(userId: string) {
  return sign({ sub: userId, exp: Math.floor(Date.now() / 1000) + 60 * 60 * 24 * 7 }, JWT_SECRET);
}

export async function readToken(token: string) {
  return verify(token, JWT_SECRET);
}
