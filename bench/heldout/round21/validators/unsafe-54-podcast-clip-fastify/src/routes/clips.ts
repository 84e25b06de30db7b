import type { FastifyInstance } from "fastify";
import { spawn } from "node:child_process";

export default async function clips(app: FastifyInstance) {
  app.post<{ Body: { source: string; start: string; seconds: number } }>(
    "/clips",
    { preHandler: app.authenticate },
    async (req, reply) => {
      const { source, start, seconds } = req.body;
      const out = `/var/clips/${req.user.id}-${Date.now()}.mp3`;
      const proc = spawn("sh", ["-c", `ffmpeg -ss ${start} -t ${seconds} -i "${source}" -vn ${out}`]);
      await new Promise((resolve) => proc.on("close", resolve));
      return reply.send({ file: out });
    },
  );
}
