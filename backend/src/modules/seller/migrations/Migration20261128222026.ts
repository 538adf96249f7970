import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128222026 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_document" add column if not exists "reviewed_by" text null, add column if not exists "reviewed_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "seller_document" drop column if exists "reviewed_by", drop column if exists "reviewed_at";`);
  }

}
