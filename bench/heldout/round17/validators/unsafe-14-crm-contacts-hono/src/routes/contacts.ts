import { Hono } from "hono";
import { listContacts } from "../repositories/contacts";

export const contacts = new Hono<{ Variables: { userId: string } }>();

contacts.get("/", async (c) => {
  const rows = await listContacts(c.get("userId"), c.req.query("order") ?? "name asc");
  return c.json(rows);
});
