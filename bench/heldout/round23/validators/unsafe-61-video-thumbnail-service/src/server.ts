import Fastify from 'fastify'
import rateLimit from '@fastify/rate-limit'
import thumbnails from './routes/thumbnails'

const app = Fastify({ logger: true })
await app.register(rateLimit, { max: 30, timeWindow: '1 minute' })
await app.register(thumbnails, { prefix: '/api' })

await app.listen({ port: Number(process.env.PORT ?? 4000), host: '0.0.0.0' })
