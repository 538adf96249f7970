import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128184412 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller" drop constraint if exists "seller_handle_unique";`);
    this.addSql(`create table if not exists "seller" ("id" text not null, "handle" text not null, "name" text not null, "status" text check ("status" in ('draft', 'submitted', 'approved', 'rejected', 'changes_requested', 'suspended')) not null default 'draft', "email" text null, "sentra" text null, "city" text null, "province" text null, "founded_year" integer null, "techniques" text[] not null default '{}', "story" text null, "workforce_total" integer not null default 0, "workforce_bpjs" integer not null default 0, "apprentices_under_25" integer not null default 0, "wastewater_method" text check ("wastewater_method" in ('communal_ipal', 'own_ipal', 'natural_dye_only', 'none')) null, "ipal_name" text null, "logo_url" text null, "is_demo" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_handle_unique" ON "seller" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_deleted_at" ON "seller" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seller" cascade;`);
  }

}
