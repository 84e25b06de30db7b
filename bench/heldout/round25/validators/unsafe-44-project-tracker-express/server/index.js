const express = require("express");
const projects = require("./routes/projects");

const app = express();
app.use(express.json());
app.use("/api/projects", projects);

app.listen(process.env.PORT || 3001, () => console.log("API ready"));
