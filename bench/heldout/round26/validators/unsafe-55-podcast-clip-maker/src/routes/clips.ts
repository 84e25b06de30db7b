import type { FastifyInstance } from "fastify";
import { exec } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";

const run = promisify(exec);
const MEDIA_DIR = process.env.MEDIA_DIR ?? "/var/media";

export default async function clipRoutes(app: FastifyInstance) {
  app.post<{ Body: { episode: string; start: string; duration: number; name: string } }>(
    "/clips",
    { preHandler: app.authenticate },
    async (req, reply) => {
      const { episode, start, duration, name } = req.body;
      const input = path.join(MEDIA_DIR, "episodes", `${episode}.mp3`);
      const output = path.join(MEDIA_DIR, "clips", `${name}.mp3`);

      await run(`ffmpeg -y -ss ${start} -t ${Number(duration)} -i "${input}" -c copy "${output}"`);

      return reply.code(201).send({ url: `/media/clips/${encodeURIComponent(name)}.mp3` });
    }
  );
}
