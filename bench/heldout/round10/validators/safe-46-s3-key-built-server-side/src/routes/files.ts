import { Hono } from "hono";
import { S3Client, DeleteObjectCommand } from "@aws-sdk/client-s3";
import { requireUser } from "../middleware/auth";

const s3 = new S3Client({ region: process.env.AWS_REGION });
const Bucket = process.env.UPLOADS_BUCKET!;

type Env = { Variables: { userId: string } };
export const files = new Hono<Env>();
files.use("*", requireUser);

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

files.delete("/:name", async (c) => {
  const name = c.req.param("name");
  if (!NAME.test(name) || name.includes("..")) {
    return c.json({ error: "Invalid file name" }, 400);
  }
  const key = `${c.get("userId")}/${name}`;
  await s3.send(new DeleteObjectCommand({ Bucket, Key: key }));
  return c.json({ deleted: name });
});

files.get("/health", (c) => c.text("ok"));
