const Koa = require('koa')
const Router = require('@koa/router')
const bodyParser = require('koa-bodyparser')
const vm = require('node:vm')

const app = new Koa()
const router = new Router()

router.post('/api/run', async (ctx) => {
  const { code } = ctx.request.body
  if (typeof code !== 'string' || code.length > 10_000) {
    ctx.status = 400
    ctx.body = { error: 'Send some code' }
    return
  }

  const output = []
  const sandbox = {
    console: { log: (...args) => output.push(args.map(String).join(' ')) },
  }

  try {
    const result = vm.runInNewContext(code, sandbox, { timeout: 1000 })
    ctx.body = { output, result: result === undefined ? null : String(result) }
  } catch (err) {
    ctx.body = { output, error: String(err) }
  }
})

app.use(bodyParser({ jsonLimit: '64kb' }))
app.use(router.routes()).use(router.allowedMethods())
app.listen(process.env.PORT || 3000)
