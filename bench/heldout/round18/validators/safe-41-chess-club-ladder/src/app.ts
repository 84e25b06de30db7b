import { Hono } from "hono";
import { auth } from "./middleware/auth";
import { prisma } from "./prisma";

type Env = { Variables: { userId: string } };
const app = new Hono<Env>();

app.get("/public/ladder", async (c) => {
  const players = await prisma.player.findMany({ orderBy: { rating: "desc" }, take: 50 });
  return c.json(players);
});

app.use("/api/*", auth);

app.post("/api/challenges", async (c) => {
  const { opponentId } = await c.req.json<{ opponentId: string }>();
  const challenge = await prisma.challenge.create({
    data: { challengerId: c.get("userId"), opponentId },
  });
  return c.json(challenge, 201);
});

export default app;
