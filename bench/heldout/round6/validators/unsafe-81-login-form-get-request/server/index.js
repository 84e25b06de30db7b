import express from "express";
import bcrypt from "bcryptjs";
import { findUserByUsername, createSession } from "./users.js";

const app = express();

app.get("/api/login", async (req, res) => {
  const { username, password } = req.query;
  const user = await findUserByUsername(username);
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return res.status(401).json({ error: "Invalid credentials" });
  }
  const sid = await createSession(user.id);
  res.cookie("sid", sid, { httpOnly: true, sameSite: "lax", secure: true });
  res.json({ id: user.id, username: user.username });
});

app.listen(3001);
