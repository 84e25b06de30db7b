import type { Request, Response } from "express";
import { pool } from "../db";

export class FileController {
  static async remove(req: Request, res: Response) {
    const ownerId = req.user?.id;
    if (!ownerId) return res.sendStatus(401);
    const result = await pool.query(
      "DELETE FROM files WHERE id = $1 AND owner_id = $2 RETURNING id",
      [req.params.id, ownerId]
    );
    return res.sendStatus(result.rowCount ? 204 : 404);
  }
}
