import { defineConfig } from 'drizzle-kit'

export default defineConfig({
  schema: './src/db/schema.ts',
  out: './drizzle',
  dialect: 'postgresql',
  dbCredentials: {
    url: 'postgresql://neondb_owner:npg_IQnWxBq9YMKQ@ep-7uz1ap-322wcywt.us-east-2.aws.neon.tech/neondb?sslmode=require',
  },
})
