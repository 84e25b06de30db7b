create table public.referrals (
  user_id uuid primary key references auth.users (id) on delete cascade,
  code text not null unique,
  credits integer not null default 0
);

alter table public.referrals enable row level security;

create policy "read own referral" on public.referrals
  for select to authenticated using (user_id = (select auth.uid()));

create or replace function public.referral_leaderboard()
returns table (email text, code text, credits integer)
language sql
security definer
set search_path = public
as $$
  select u.email::text, r.code, r.credits
  from public.referrals r
  join auth.users u on u.id = r.user_id
  order by r.credits desc;
$$;

grant execute on function public.referral_leaderboard() to anon;
