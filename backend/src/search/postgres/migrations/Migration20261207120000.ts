import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { SEARCH_SCHEMA_SQL } from "../_schema"

/** The product search table and everything it needs (`../_schema.ts`). */
export class Migration20261207120000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of SEARCH_SCHEMA_SQL) this.addSql(sql)
  }

  override async down(): Promise<void> {
    this.addSql("drop table if exists canting_search_product")
    this.addSql("drop table if exists canting_search_index")
    this.addSql("drop table if exists canting_search_state")
    this.addSql("drop function if exists canting_search_written()")
  }
}
