import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128212758 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_readiness" drop constraint if exists "seller_readiness_seller_id_unique";`);
    this.addSql(`create table if not exists "readiness_snapshot" ("id" text not null, "seller_id" text not null, "score" integer not null, "band" text check ("band" in ('not_ready', 'ready_with_support', 'export_ready')) not null, "version" text not null, "computed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "readiness_snapshot_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_readiness_snapshot_seller_id" ON "readiness_snapshot" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_readiness_snapshot_deleted_at" ON "readiness_snapshot" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_readiness" ("id" text not null, "seller_id" text not null, "score" integer not null, "band" text check ("band" in ('not_ready', 'ready_with_support', 'export_ready')) not null, "version" text not null, "assessment" jsonb not null, "computed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_readiness_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_readiness_seller_id_unique" ON "seller_readiness" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_readiness_deleted_at" ON "seller_readiness" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "training_program" ("id" text not null, "kind" text check ("kind" in ('ppei_export_coaching_program', 'ppei_short_course', 'dinas_pekalongan_export_training', 'digital_marketing_training', 'lpei_coaching_or_business_matching', 'exhibition', 'trade_mission', 'other')) not null, "name" text not null, "organiser" text not null, "city" text null, "starts_at" timestamptz null, "ends_at" timestamptz null, "created_by" text not null, "is_demo" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "training_program_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_program_deleted_at" ON "training_program" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "training_award" ("id" text not null, "seller_id" text not null, "level" text check ("level" in ('participant', 'completed', 'graduate', 'first_export_achieved')) not null, "certificate_number" text null, "evidence_file_id" text null, "evidence_filename" text null, "evidence_mime_type" text null, "evidence_size" integer null, "verification" text check ("verification" in ('pending', 'verified', 'rejected')) not null default 'pending', "source" text check ("source" in ('seller_claim', 'operator')) not null default 'seller_claim', "note" text null, "reviewed_at" timestamptz null, "reviewed_by" text null, "is_demo" boolean not null default false, "program_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "training_award_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_award_seller_id" ON "training_award" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_award_program_id" ON "training_award" ("program_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_award_deleted_at" ON "training_award" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "training_award_event" ("id" text not null, "from_state" text check ("from_state" in ('pending', 'verified', 'rejected')) null, "to_state" text check ("to_state" in ('pending', 'verified', 'rejected')) not null, "actor_type" text not null, "actor_id" text not null, "note" text null, "award_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "training_award_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_award_event_award_id" ON "training_award_event" ("award_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_award_event_deleted_at" ON "training_award_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "training_award" add constraint "training_award_program_id_foreign" foreign key ("program_id") references "training_program" ("id") on update cascade;`);

    this.addSql(`alter table if exists "training_award_event" add constraint "training_award_event_award_id_foreign" foreign key ("award_id") references "training_award" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "training_award" drop constraint if exists "training_award_program_id_foreign";`);

    this.addSql(`alter table if exists "training_award_event" drop constraint if exists "training_award_event_award_id_foreign";`);

    this.addSql(`drop table if exists "readiness_snapshot" cascade;`);

    this.addSql(`drop table if exists "seller_readiness" cascade;`);

    this.addSql(`drop table if exists "training_program" cascade;`);

    this.addSql(`drop table if exists "training_award" cascade;`);

    this.addSql(`drop table if exists "training_award_event" cascade;`);
  }

}
