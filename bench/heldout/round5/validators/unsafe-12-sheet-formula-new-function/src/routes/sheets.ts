import type { FastifyInstance } from "fastify";
import { db } from "../db";

type Row = Record<string, number | string | null>;

function compileFormula(formula: string) {
  // formulas look like "row.price * row.qty" or "row.total - row.discount"
  return new Function("row", `return (${formula});`) as (row: Row) => unknown;
}

export default async function sheetRoutes(app: FastifyInstance) {
  app.post<{ Params: { sheetId: string }; Body: { column: string; formula: string } }>(
    "/sheets/:sheetId/computed-columns",
    { preHandler: app.authenticate },
    async (request, reply) => {
      const { sheetId } = request.params;
      const { column, formula } = request.body;

      const rows: Row[] = await db
        .selectFrom("sheet_rows")
        .selectAll()
        .where("sheet_id", "=", sheetId)
        .where("owner_id", "=", request.user.id)
        .execute();

      const fn = compileFormula(formula);
      const values = rows.map((r) => ({ id: r.id, [column]: fn(r) }));

      return reply.send({ column, values });
    }
  );
}
