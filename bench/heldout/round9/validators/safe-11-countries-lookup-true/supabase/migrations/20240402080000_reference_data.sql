create table public.countries (
  code char(2) primary key,
  name text not null,
  currency char(3) not null,
  vat_rate numeric(5, 2) not null default 0
);

alter table public.countries enable row level security;

create policy "Countries are readable by everyone"
  on public.countries
  for select
  to anon, authenticated
  using (true);

revoke insert, update, delete on public.countries from anon, authenticated;

insert into public.countries (code, name, currency, vat_rate) values
  ('FR', 'France', 'EUR', 20.00),
  ('DE', 'Germany', 'EUR', 19.00),
  ('ES', 'Spain', 'EUR', 21.00),
  ('IT', 'Italy', 'EUR', 22.00),
  ('PT', 'Portugal', 'EUR', 23.00),
  ('GB', 'United Kingdom', 'GBP', 20.00),
  ('US', 'United States', 'USD', 0.00);
