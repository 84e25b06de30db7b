const knex = require("./knex");

async function checkInByEmail(gymId, email) {
  const member = await knex
    .raw("select id, name, plan_expires_at from members where gym_id = ? and lower(email) = lower('" + email + "')", [gymId])
    .then((r) => r.rows[0]);
  if (!member) return null;
  await knex("checkins").insert({ member_id: member.id, gym_id: gymId });
  return member;
}

module.exports = { checkInByEmail };
