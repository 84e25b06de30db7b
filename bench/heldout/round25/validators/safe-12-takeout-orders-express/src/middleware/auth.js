const jwt = require("jsonwebtoken");

module.exports = function auth(req, res, next) {
  try {
    req.user = jwt.verify(req.cookies.token, process.env.JWT_SECRET);
    next();
  } catch {
    res.status(401).json({ message: "Please log in" });
  }
};
