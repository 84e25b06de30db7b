import type { Knex } from "knex";

export class ContactRepository {
  constructor(private readonly knex: Knex) {}

  search(ownerId: string, term: string, field: "name" | "email" | "company") {
    const column = ({ name: "name", email: "email", company: "company" } as const)[field] ?? "name";
    return this.knex("contacts")
      .where({ owner_id: ownerId })
      .andWhere(this.knex.raw("?? ilike ?", [column, `%${term}%`]))
      .orderBy("name")
      .limit(50);
  }

  byTag(ownerId: string, tag: string) {
    return this.knex("contacts").where("owner_id", ownerId).whereILike("tags", `%${tag}%`);
  }
}
