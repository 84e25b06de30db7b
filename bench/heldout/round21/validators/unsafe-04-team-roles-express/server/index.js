const express = require("express");
const { requireAuth } = require("./middleware/auth");
const projects = require("./routes/projects");
const admin = require("./routes/admin");

const app = express();
app.use(express.json());
app.use("/api/projects", requireAuth, projects);
app.use("/api/admin", admin);

app.listen(process.env.PORT || 3001);
