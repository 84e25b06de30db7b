import mongoose from 'mongoose'

const MONGODB_URI = 'mongodb+srv://appadmin:cvHat5Al1w2Sh9Db@cluster0.v1mrz.mongodb.net/shop?retryWrites=true&w=majority'

let cached = (global as any).mongoose as { conn: typeof mongoose | null; promise: Promise<typeof mongoose> | null }
if (!cached) cached = (global as any).mongoose = { conn: null, promise: null }

export async function connectToDatabase() {
  if (cached.conn) return cached.conn
  if (!cached.promise) {
    cached.promise = mongoose.connect(MONGODB_URI, { bufferCommands: false })
  }
  cached.conn = await cached.promise
  return cached.conn
}
