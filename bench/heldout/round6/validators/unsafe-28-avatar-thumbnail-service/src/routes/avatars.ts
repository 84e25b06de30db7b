import type { FastifyInstance } from "fastify";
import { exec } from "node:child_process";
import { promisify } from "node:util";
import { pipeline } from "node:stream/promises";
import fs from "node:fs";
import path from "node:path";

const sh = promisify(exec);
const UPLOAD_DIR = "/var/app/uploads";

export default async function avatarRoutes(app: FastifyInstance) {
  app.post("/avatars", { preHandler: app.authenticate }, async (req, reply) => {
    const file = await req.file();
    if (!file) return reply.code(400).send({ error: "No file" });

    const size = (req.query as { size?: string }).size ?? "256x256";
    const src = path.join(UPLOAD_DIR, file.filename);
    await pipeline(file.file, fs.createWriteStream(src));

    const out = src.replace(/\.\w+$/, "") + "-thumb.webp";
    await sh(`convert "${src}" -resize ${size}^ -gravity center -extent ${size} "${out}"`);

    return { url: `/uploads/${path.basename(out)}` };
  });
}
