create schema if not exists private;

revoke all on schema private from anon, authenticated;

-- server-side only; accessed through security definer functions
create table private.rate_limits (
  key text primary key,
  hits integer not null default 0,
  window_start timestamptz not null default now()
);

create or replace function public.hit_rate_limit(p_key text, p_limit integer)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_hits integer;
begin
  insert into private.rate_limits as r (key, hits, window_start)
  values (p_key, 1, now())
  on conflict (key) do update
    set hits = case when r.window_start < now() - interval '1 minute' then 1 else r.hits + 1 end,
        window_start = case when r.window_start < now() - interval '1 minute' then now() else r.window_start end
  returning hits into v_hits;
  return v_hits <= p_limit;
end;
$$;

revoke execute on function public.hit_rate_limit(text, integer) from anon, public;
grant execute on function public.hit_rate_limit(text, integer) to authenticated;
