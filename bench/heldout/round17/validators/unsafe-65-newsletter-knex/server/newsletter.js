const knex = require("./knex");

async function unsubscribe(req, res) {
  const email = req.body.email;
  await knex.raw("update subscribers set active = false where email = '" + email + "'");
  res.send("You have been unsubscribed.");
}

module.exports = { unsubscribe };
