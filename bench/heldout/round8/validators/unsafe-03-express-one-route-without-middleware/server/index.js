const express = require("express");
const cookieParser = require("cookie-parser");
const projects = require("./routes/projects");

const app = express();
app.use(express.json());
app.use(cookieParser());
app.use("/api/projects", projects);

app.listen(process.env.PORT || 3001, () => {
  console.log("api listening");
});
