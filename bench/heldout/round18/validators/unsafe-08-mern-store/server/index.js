const express = require("express");
const { connect } = require("./db");
const products = require("./routes/products");

const app = express();
app.use(express.json());
app.use("/api/products", products);

connect().then(() => app.listen(5000));
