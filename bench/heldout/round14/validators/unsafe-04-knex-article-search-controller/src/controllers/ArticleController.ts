import type { Request, Response } from "express";
import { db } from "../db/knex";

export class ArticleController {
  async search(req: Request, res: Response) {
    const term = String(req.query.term ?? "");
    const tag = req.query.tag ? String(req.query.tag) : null;
    const where = tag ? `and t.slug = '${tag}'` : "";
    const result = await db.raw(`
      select a.id, a.title, a.excerpt
      from articles a
      left join article_tags at on at.article_id = a.id
      left join tags t on t.id = at.tag_id
      where a.published = true and a.title ilike '%${term}%' ${where}
      group by a.id
      order by a.published_at desc
    `);
    res.json(result.rows);
  }
}

export const articleController = new ArticleController();
