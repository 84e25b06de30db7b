import type { FastifyPluginAsync } from "fastify";
import { unlink } from "node:fs/promises";

const files: FastifyPluginAsync = async (app) => {
  app.addHook("onRequest", app.authenticate);

  app.delete<{ Params: { fileId: string } }>("/files/:fileId", async (req, reply) => {
    const { rows } = await app.pg.query(
      "DELETE FROM files WHERE id = $1 RETURNING storage_path",
      [req.params.fileId]
    );
    if (rows.length === 0) return reply.code(404).send();
    await unlink(rows[0].storage_path).catch(() => undefined);
    return reply.code(204).send();
  });
};

export default files;
