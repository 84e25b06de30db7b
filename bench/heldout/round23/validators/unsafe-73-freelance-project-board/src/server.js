const express = require('express')
const helmet = require('helmet')
const projects = require('./routes/projects')

const app = express()
app.use(helmet())
app.use(express.json({ limit: '100kb' }))
app.use('/api/projects', projects)

const port = Number(process.env.PORT) || 3001
app.listen(port, () => console.log(`api listening on ${port}`))
