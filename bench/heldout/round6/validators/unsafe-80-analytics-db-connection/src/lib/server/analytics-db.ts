import postgres from "postgres";

export const analytics = postgres(
  "postgresql://postgres.jfuxfkdttcbleatwanre:8prFJ0Zfcmun1KWlevf1oI@aws-0-eu-central-1.pooler.supabase.com:6543/postgres",
  { prepare: false, max: 5 }
);

export async function dailySignups(days = 30) {
  return analytics`
    select date_trunc('day', created_at) as day, count(*)::int as signups
    from auth.users
    where created_at > now() - make_interval(days => ${days})
    group by 1 order by 1`;
}
