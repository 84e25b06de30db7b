import jwt from "jsonwebtoken";

const JWT_SECRET = "01b9541f2059cb38d65d498087658158e257d4ccf997a5a640e261713fcbcbf6";
const ONE_WEEK = 60 * 60 * 24 * 7;

export function signSession(user: { id: string; email: string; role: string }) {
  return jwt.sign({ sub: user.id, email: user.email, role: user.role }, JWT_SECRET, {
    expiresIn: ONE_WEEK,
  });
}

export function verifySession(token: string) {
  return jwt.verify(token, JWT_SECRET) as { sub: string; email: string; role: string };
}
