import { Hono } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { appointments } from './routes/appointments'

const app = new Hono()
app.use('*', secureHeaders())
app.route('/api/appointments', appointments)

export default app
