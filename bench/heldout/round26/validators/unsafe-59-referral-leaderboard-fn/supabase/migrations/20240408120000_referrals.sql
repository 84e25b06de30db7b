create table public.referrals (
  id uuid primary key default gen_random_uuid(),
  referrer_id uuid not null references auth.users (id) on delete cascade,
  referred_email text not null,
  reward_cents integer not null default 0,
  created_at timestamptz not null default now()
);

alter table public.referrals enable row level security;

create policy "Referrers see their referrals"
  on public.referrals for select to authenticated
  using (referrer_id = (select auth.uid()));

create or replace function public.referrer_summary(p_user uuid)
returns table (email text, referrals bigint, earned_cents bigint)
language sql
security definer
set search_path = ''
as $$
  select u.email::text, count(r.id), coalesce(sum(r.reward_cents), 0)
  from auth.users u
  left join public.referrals r on r.referrer_id = u.id
  where u.id = p_user
  group by u.email;
$$;

grant execute on function public.referrer_summary(uuid) to anon, authenticated;
