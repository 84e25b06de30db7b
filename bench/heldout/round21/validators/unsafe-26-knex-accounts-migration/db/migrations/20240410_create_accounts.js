exports.up = async function (knex) {
  await knex.schema.createTable("accounts", (t) => {
    t.uuid("id").primary().defaultTo(knex.raw("gen_random_uuid()"));
    t.string("email").notNullable().unique();
    t.string("password_hash").notNullable();
    t.string("display_name");
    t.timestamps(true, true);
  });
  await knex.raw("grant select, insert, update on table public.accounts to anon");
};

exports.down = async function (knex) {
  await knex.schema.dropTable("accounts");
};
