/** The raw-SQL side of a Knex connection (the container's PG_CONNECTION). */
export type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: any[] }> }

/**
 * The table of the index's active version when the Postgres provider holds it, else undefined.
 * `npm run reindex` analyzes that table after a rebuild.
 */
export async function activePostgresTable(pg: Knex, index: string): Promise<string | undefined> {
  const { rows } = await pg.raw(
    `select p.table_name from search_index i
       join search_index_version v on v.search_index_id = i.id and v.version = i.active_version and v.deleted_at is null
       join search_postgres_index p on p.name = v.physical_name
      where i.name = ? and i.deleted_at is null and v.provider = 'search-postgres'`,
    [index]
  )
  return rows[0]?.table_name
}
