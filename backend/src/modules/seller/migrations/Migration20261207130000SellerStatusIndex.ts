import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** Store product routes hide every product of a seller that is not approved: they look sellers up by status. */
export class Migration20261207130000SellerStatusIndex extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index if not exists "IDX_seller_status_not_approved" on "seller" ("status") where "deleted_at" is null and "status" <> 'approved';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_seller_status_not_approved";`);
  }

}
