import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128211225 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "certificate" ("id" text not null, "scheme" text check ("scheme" in ('batikmark', 'sni_sppt_batik', 'sih_industri_hijau_batik', 'ekolabel_tipe1', 'ekolabel_tipe2_swadeklarasi', 'ipal_effluent_test', 'oeko_tex_std100', 'gots', 'halal_bpjph', 'lsp_competency', 'other')) not null, "subject_type" text check ("subject_type" in ('product', 'seller')) not null, "subject_id" text not null, "issuer" text not null, "number" text not null, "standard" text null, "batikmark_type" text check ("batikmark_type" in ('tulis', 'cap', 'kombinasi')) null, "issued_at" timestamptz null, "expires_at" timestamptz null, "status" text check ("status" in ('pending', 'verified', 'rejected', 'revoked')) not null default 'pending', "verification_method" text check ("verification_method" in ('document_inspection', 'issuer_registry_lookup', 'issuer_confirmation', 'site_visit')) null, "notes" text null, "review_note" text null, "reviewed_at" timestamptz null, "reviewed_by" text null, "reminded_60_at" timestamptz null, "reminded_30_at" timestamptz null, "expired_event_at" timestamptz null, "is_demo" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_subject_id" ON "certificate" ("subject_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_deleted_at" ON "certificate" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "certificate_event" ("id" text not null, "from_status" text check ("from_status" in ('pending', 'verified', 'rejected', 'revoked')) null, "to_status" text check ("to_status" in ('pending', 'verified', 'rejected', 'revoked')) not null, "actor_type" text not null, "actor_id" text not null, "method" text check ("method" in ('document_inspection', 'issuer_registry_lookup', 'issuer_confirmation', 'site_visit')) null, "note" text null, "certificate_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certificate_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_event_certificate_id" ON "certificate_event" ("certificate_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_event_deleted_at" ON "certificate_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "certificate_evidence" ("id" text not null, "file_id" text not null, "filename" text not null, "mime_type" text not null, "size" integer not null, "certificate_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certificate_evidence_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_evidence_certificate_id" ON "certificate_evidence" ("certificate_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_evidence_deleted_at" ON "certificate_evidence" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "certificate_event" add constraint "certificate_event_certificate_id_foreign" foreign key ("certificate_id") references "certificate" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "certificate_evidence" add constraint "certificate_evidence_certificate_id_foreign" foreign key ("certificate_id") references "certificate" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "certificate_event" drop constraint if exists "certificate_event_certificate_id_foreign";`);

    this.addSql(`alter table if exists "certificate_evidence" drop constraint if exists "certificate_evidence_certificate_id_foreign";`);

    this.addSql(`drop table if exists "certificate" cascade;`);

    this.addSql(`drop table if exists "certificate_event" cascade;`);

    this.addSql(`drop table if exists "certificate_evidence" cascade;`);
  }

}
