import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** Stock alerts: one row per variant a workshop was told is running low, until it restocks. */
export class Migration20261215120000SellerStockAlert extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "seller_stock_alert" ("id" text not null, "seller_id" text not null, "product_id" text not null, "variant_id" text not null, "available" integer not null, "threshold" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_stock_alert_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_stock_alert_seller_id" ON "seller_stock_alert" ("seller_id") WHERE deleted_at IS NULL;`);
    // The claim: of two orders that bring the same variant low at once, only one insert succeeds.
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_stock_alert_variant_id_unique" ON "seller_stock_alert" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_stock_alert_deleted_at" ON "seller_stock_alert" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seller_stock_alert" cascade;`);
  }

}
