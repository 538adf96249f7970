import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207120000SellerIdentityLock extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "seller_change_request" ("id" text not null, "seller_id" text not null, "status" text check ("status" in ('pending', 'accepted', 'rejected')) not null default 'pending', "changes" jsonb not null, "previous" jsonb not null, "reason" text not null, "document_ids" text[] not null default '{}', "requested_by" text not null, "decided_by" text null, "decided_at" timestamptz null, "decision_note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_change_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_change_request_seller_id" ON "seller_change_request" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_change_request_deleted_at" ON "seller_change_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    // One pending request per seller, also under concurrent requests (the workflow's guard answers 409 first).
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_change_request_one_pending" ON "seller_change_request" ("seller_id") WHERE status = 'pending' AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_document_decision" ("id" text not null, "seller_id" text not null, "document_id" text not null, "kind" text not null, "decision" text check ("decision" in ('accepted', 'rejected')) not null, "note" text null, "actor_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_document_decision_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_document_decision_seller_id" ON "seller_document_decision" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_document_decision_document_id" ON "seller_document_decision" ("document_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_document_decision_deleted_at" ON "seller_document_decision" ("deleted_at") WHERE deleted_at IS NULL;`);

    // History starts with the decisions already on record (the latest one per document).
    this.addSql(`insert into "seller_document_decision" ("id", "seller_id", "document_id", "kind", "decision", "note", "actor_id", "created_at", "updated_at") select 'seldec_' || upper(replace(gen_random_uuid()::text, '-', '')), "seller_id", "id", "kind", "review_state", "review_note", "reviewed_by", "reviewed_at", "reviewed_at" from "seller_document" where "review_state" in ('accepted', 'rejected') and "reviewed_by" is not null and "reviewed_at" is not null and "deleted_at" is null and not exists (select 1 from "seller_document_decision" d where d."document_id" = "seller_document"."id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seller_change_request" cascade;`);

    this.addSql(`drop table if exists "seller_document_decision" cascade;`);
  }

}
