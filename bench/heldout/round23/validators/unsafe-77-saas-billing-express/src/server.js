const express = require('express')
const cookieParser = require('cookie-parser')
const billing = require('./routes/billing')

const app = express()
app.use(express.json())
app.use(cookieParser())
app.use('/api/billing', billing)

app.listen(process.env.PORT || 8080)
