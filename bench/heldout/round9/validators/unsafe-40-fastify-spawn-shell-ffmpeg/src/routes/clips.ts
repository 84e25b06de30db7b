import type { FastifyInstance } from "fastify";
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";

interface ClipBody {
  videoId: string;
  start: string;
  duration: number;
  format?: string;
}

export default async function clipRoutes(app: FastifyInstance) {
  app.post<{ Body: ClipBody }>("/clips", async (request, reply) => {
    const { videoId, start, duration, format = "mp4" } = request.body;
    const input = `/data/videos/${videoId}.mp4`;
    const output = `/data/clips/${randomUUID()}.${format}`;

    const cmd = `ffmpeg -ss ${start} -i ${input} -t ${duration} -c copy ${output}`;
    const child = spawn("sh", ["-c", cmd]);

    const code: number = await new Promise((resolve) => child.on("close", resolve));
    if (code !== 0) {
      return reply.code(500).send({ error: "ffmpeg failed" });
    }
    return { output };
  });
}
