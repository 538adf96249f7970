import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128192935 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "seller_document" ("id" text not null, "kind" text check ("kind" in ('nib', 'npwp', 'ktp', 'trademark', 'bpjs', 'ipal_letter', 'other')) not null, "file_id" text not null, "filename" text not null, "mime_type" text not null, "size" integer not null, "review_state" text check ("review_state" in ('pending', 'accepted', 'rejected')) not null default 'pending', "review_note" text null, "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_document_seller_id" ON "seller_document" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_document_deleted_at" ON "seller_document" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_member" ("id" text not null, "email" text not null, "name" text null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_member_seller_id" ON "seller_member" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_member_deleted_at" ON "seller_member" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_status_event" ("id" text not null, "from_status" text check ("from_status" in ('draft', 'submitted', 'approved', 'rejected', 'changes_requested', 'suspended')) not null, "to_status" text check ("to_status" in ('draft', 'submitted', 'approved', 'rejected', 'changes_requested', 'suspended')) not null, "actor_type" text not null, "actor_id" text not null, "reason" text null, "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_status_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_status_event_seller_id" ON "seller_status_event" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_status_event_deleted_at" ON "seller_status_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "seller_document" add constraint "seller_document_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "seller_member" add constraint "seller_member_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "seller_status_event" add constraint "seller_status_event_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "seller" add column if not exists "owner_name" text null, add column if not exists "phone" text null, add column if not exists "street" text null, add column if not exists "kelurahan" text null, add column if not exists "kecamatan" text null, add column if not exists "postcode" text null, add column if not exists "nib" text null, add column if not exists "npwp" text null, add column if not exists "kbli" text[] not null default '{}', add column if not exists "scale_basis" text check ("scale_basis" in ('modal_usaha', 'hasil_penjualan_tahunan')) null, add column if not exists "declared_amount_idr" numeric null, add column if not exists "umkm_scale" text check ("umkm_scale" in ('mikro', 'kecil', 'menengah', 'besar')) null, add column if not exists "capacity" jsonb null, add column if not exists "artisans_over_50" integer not null default 0, add column if not exists "banner_url" text null, add column if not exists "raw_declared_amount_idr" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seller_document" cascade;`);

    this.addSql(`drop table if exists "seller_member" cascade;`);

    this.addSql(`drop table if exists "seller_status_event" cascade;`);

    this.addSql(`alter table if exists "seller" drop column if exists "owner_name", drop column if exists "phone", drop column if exists "street", drop column if exists "kelurahan", drop column if exists "kecamatan", drop column if exists "postcode", drop column if exists "nib", drop column if exists "npwp", drop column if exists "kbli", drop column if exists "scale_basis", drop column if exists "declared_amount_idr", drop column if exists "umkm_scale", drop column if exists "capacity", drop column if exists "artisans_over_50", drop column if exists "banner_url", drop column if exists "raw_declared_amount_idr";`);
  }

}
