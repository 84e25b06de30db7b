const Router = require('@koa/router')
const { pool } = require('../db')

const router = new Router({ prefix: '/sms' })

router.post('/inbound', async (ctx) => {
  const { From, Body } = ctx.request.body
  if (String(Body).trim().toUpperCase() === 'C') {
    await pool.query(
      "UPDATE appointments SET status = 'cancelled' WHERE patient_phone = $1 AND starts_at > now() AND status = 'booked'",
      [From]
    )
  }
  ctx.type = 'text/xml'
  ctx.body = '<Response><Message>Your appointment has been cancelled.</Message></Response>'
})

module.exports = router
