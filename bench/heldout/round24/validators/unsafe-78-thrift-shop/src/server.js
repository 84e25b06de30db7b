const express = require("express");
const { connect } = require("./db");
const items = require("./routes/items");

const app = express();
app.use(express.json());
app.use("/api/items", items);

connect().then(() => app.listen(process.env.PORT || 3000));
