const express = require('express')
const Todo = require('../models/Todo')
const requireAuth = require('../middleware/requireAuth')

const router = express.Router()
router.use(requireAuth)

router.get('/', async (req, res) => {
  const todos = await Todo.find({ owner: req.user.id }).sort({ createdAt: -1 })
  res.json(todos)
})

router.patch('/:id', async (req, res) => {
  const { title, done, dueAt } = req.body
  const todo = await Todo.findByIdAndUpdate(
    req.params.id,
    { $set: { title, done, dueAt } },
    { new: true, runValidators: true, omitUndefined: true }
  )
  if (!todo) return res.status(404).json({ error: 'Not found' })
  res.json(todo)
})

module.exports = router
