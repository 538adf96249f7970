import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128212759 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller" add column if not exists "export_profile" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "seller" drop column if exists "export_profile";`);
  }

}
