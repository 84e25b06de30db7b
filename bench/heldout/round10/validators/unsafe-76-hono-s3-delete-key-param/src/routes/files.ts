import { Hono } from "hono";
import { S3Client, DeleteObjectCommand, ListObjectsV2Command } from "@aws-sdk/client-s3";
import { requireUser } from "../middleware/auth";

const s3 = new S3Client({ region: process.env.AWS_REGION });
const Bucket = process.env.UPLOADS_BUCKET!;

type Env = { Variables: { userId: string } };
export const files = new Hono<Env>();

files.use("*", requireUser);

files.get("/", async (c) => {
  const out = await s3.send(new ListObjectsV2Command({ Bucket, Prefix: `${c.get("userId")}/` }));
  return c.json((out.Contents ?? []).map((o) => ({ key: o.Key, size: o.Size })));
});

files.delete("/:key{.+}", async (c) => {
  const key = decodeURIComponent(c.req.param("key"));
  await s3.send(new DeleteObjectCommand({ Bucket, Key: key }));
  return c.json({ deleted: key });
});
