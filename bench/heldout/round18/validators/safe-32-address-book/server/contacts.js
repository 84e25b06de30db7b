const { knex } = require("./db");

async function searchContacts(ownerId, term) {
  return knex("contacts")
    .where({ owner_id: ownerId })
    .andWhere((qb) => {
      qb.whereILike("name", `%${term}%`).orWhereILike("email", `%${term}%`);
    })
    .orderByRaw("lower(name) asc")
    .limit(50);
}

async function countByTag(ownerId, tag) {
  const { rows } = await knex.raw("select count(*)::int as n from contacts where owner_id = ? and ? = any(tags)", [ownerId, tag]);
  return rows[0].n;
}

module.exports = { searchContacts, countByTag };
