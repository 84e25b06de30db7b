import type { NextApiRequest, NextApiResponse } from "next";
import { run } from "@/lib/db";

export default async function logout(req: NextApiRequest, res: NextApiResponse) {
  const token = req.cookies["sid"];
  if (token) {
    await run("DELETE FROM sessions WHERE token = '" + token + "'");
  }
  res.setHeader("Set-Cookie", "sid=; Path=/; HttpOnly; Max-Age=0; SameSite=Lax");
  res.redirect(302, "/");
}
