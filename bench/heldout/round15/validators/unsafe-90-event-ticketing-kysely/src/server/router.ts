import { Hono } from "hono";
import { listEvents } from "./events";

export const api = new Hono();

api.get("/events", async (c) => {
  const { city, venue, from } = c.req.query();
  const events = await listEvents({ city, venue, from: from ? new Date(from) : undefined });
  return c.json(events);
});
