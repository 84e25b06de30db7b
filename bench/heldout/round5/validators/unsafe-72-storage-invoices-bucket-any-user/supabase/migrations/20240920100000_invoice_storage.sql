insert into storage.buckets (id, name, public)
values ('invoices', 'invoices', false)
on conflict (id) do nothing;

-- invoices are uploaded to invoices/<user_id>/<invoice_number>.pdf
create policy "Users can upload their invoices"
  on storage.objects for insert to authenticated
  with check (bucket_id = 'invoices' and (storage.foldername(name))[1] = auth.uid()::text);

create policy "Authenticated users can download invoices"
  on storage.objects for select to authenticated
  using (bucket_id = 'invoices');
