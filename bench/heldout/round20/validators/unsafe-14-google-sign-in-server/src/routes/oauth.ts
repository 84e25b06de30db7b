import { Router } from "express";
import jwt from "jsonwebtoken";
import { exchangeGoogleCode, upsertUser } from "../services/google";

export const oauth = Router();

oauth.get("/google/callback", async (req, res) => {
  const code = String(req.query.code ?? "");
  const profile = await exchangeGoogleCode(code);
  const user = await upsertUser(profile);
  const token = jwt.sign({ sub: user.id, email: user.email }, process.env.JWT_SECRET!, { expiresIn: "30d" });
  res.redirect(`${process.env.APP_URL}/dashboard?token=${token}`);
});
