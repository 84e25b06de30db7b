import { Injectable } from "@nestjs/common";
import { InjectConnection } from "nest-knexjs";
import type { Knex } from "knex";

@Injectable()
export class ProjectsService {
  constructor(@InjectConnection() private readonly knex: Knex) {}

  update(id: string, patch: { name?: string; archived?: boolean }) {
    return this.knex("projects").where({ id }).update(patch).returning("*");
  }

  remove(id: string) {
    return this.knex("projects").where({ id }).delete();
  }
}
