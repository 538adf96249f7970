import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** Uploads are stored in responsive sizes: the upload keeps the list, so a listing's images get it from us. */
export class Migration20261207160000SellerUploadVariants extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_upload" add column if not exists "variants" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "seller_upload" drop column if exists "variants";`);
  }

}
