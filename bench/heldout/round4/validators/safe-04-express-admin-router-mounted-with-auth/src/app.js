const express = require("express");
const session = require("express-session");
const { requireAuth, requireAdmin } = require("./middleware/auth");
const publicRoutes = require("./routes/public");
const adminRoutes = require("./routes/admin");

const app = express();
app.use(express.json());
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, sameSite: "lax", secure: process.env.NODE_ENV === "production" },
  })
);

app.use("/api", publicRoutes);
app.use("/api/admin", requireAuth, requireAdmin, adminRoutes);

module.exports = app;
