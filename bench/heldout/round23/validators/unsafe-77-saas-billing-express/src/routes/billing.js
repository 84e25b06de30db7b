const express = require('express')
const Stripe = require('stripe')
const { pool } = require('../db')

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY)
const router = express.Router()

router.post('/webhook', async (req, res) => {
  const event = req.body

  switch (event.type) {
    case 'customer.subscription.created':
    case 'customer.subscription.updated': {
      const sub = event.data.object
      const price = await stripe.prices.retrieve(sub.items.data[0].price.id)
      await pool.query(
        'UPDATE accounts SET plan = $1, subscription_status = $2, current_period_end = to_timestamp($3) WHERE stripe_customer_id = $4',
        [price.lookup_key, sub.status, sub.current_period_end, sub.customer]
      )
      break
    }
    case 'customer.subscription.deleted': {
      const sub = event.data.object
      await pool.query("UPDATE accounts SET plan = 'free', subscription_status = 'canceled' WHERE stripe_customer_id = $1", [
        sub.customer,
      ])
      break
    }
    default:
      break
  }

  res.json({ received: true })
})

module.exports = router
