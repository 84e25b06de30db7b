const jwt = require("jsonwebtoken");
const bcrypt = require("bcryptjs");
const { findUserByEmail } = require("./users");

const JWT_SECRET = process.env.JWT_SECRET || "kanban-8L9MwKBkTsyP-sd8JlPabxnABk6-secret";

async function login(email, password) {
  const user = await findUserByEmail(email);
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) return null;
  return jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { expiresIn: "7d" });
}

function verify(token) {
  return jwt.verify(token, JWT_SECRET);
}

module.exports = { login, verify };
