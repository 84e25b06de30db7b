import { neon } from '@neondatabase/serverless'
import { drizzle } from 'drizzle-orm/neon-http'
import * as schema from './schema'

const sql = neon(process.env.DATABASE_URL ?? 'postgresql://neondb_owner:npg_IQnWxBq9YMKQ@ep-7uz1ap-322wcywt.us-east-2.aws.neon.tech/neondb?sslmode=require')

export const db = drizzle(sql, { schema })
