using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace Liaison.Features.Demo.Scale;

// Updates of tracked rows in bulk (SQLite), with the columns and conversions of the inserts.
internal sealed partial class ScaleBulk
{
    /// <summary>
    /// SQLite: writes modified tracked rows with one prepared UPDATE per table (SaveChanges sends each row as a command of its
    /// own there), every mapped column from the current values, checking the concurrency tokens as SaveChanges does; the
    /// rows are unchanged afterwards.
    /// </summary>
    public void Update(IEnumerable<EntityEntry> entries)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var group in entries.GroupBy(e => e.Metadata.ClrType))
        {
            var table = TableFor(group.Key);
            if (!_updates.TryGetValue(group.Key, out var update))
            {
                _updates[group.Key] = update = UpdateCommand(table);
            }

            update.Transaction = transaction;
            var parameters = update.Parameters.Cast<DbParameter>().ToArray();
            var tokens = table.Columns.Where(c => c.Property.IsConcurrencyToken).ToList();
            foreach (var entry in group)
            {
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    parameters[c].Value = ProviderValue(table.Columns[c], entry.Entity) ?? DBNull.Value;
                }

                for (var t = 0; t < tokens.Count; t++)
                {
                    var original = entry.OriginalValues[tokens[t].Property];
                    parameters[table.Columns.Count + t].Value = (original is null || tokens[t].Converter is null ? original : tokens[t].Converter!.ConvertToProvider(original)) ?? DBNull.Value;
                }

                if (update.ExecuteNonQuery() != 1)
                {
                    throw new DbUpdateConcurrencyException($"{table.Name}: the row was changed or deleted meanwhile.");
                }

                // Stored: the current values become the original ones (Unchanged alone would put the original values back).
                entry.OriginalValues.SetValues(entry.CurrentValues);
                entry.State = EntityState.Unchanged;
            }
        }
    }

    private DbCommand UpdateCommand(Table table)
    {
        var update = db.Database.GetDbConnection().CreateCommand();
        var tokens = table.Columns.Where(c => c.Property.IsConcurrencyToken).ToList();
        var set = table.Columns.Select((c, i) => (c, i)).Where(x => !x.c.Property.IsPrimaryKey()).Select(x => $"{_sql.DelimitIdentifier(x.c.Name)} = @p{x.i}");
        var where = table.Columns.Select((c, i) => (c, i)).Where(x => x.c.Property.IsPrimaryKey()).Select(x => $"{_sql.DelimitIdentifier(x.c.Name)} = @p{x.i}")
            .Concat(tokens.Select((c, t) => $"{_sql.DelimitIdentifier(c.Name)} = @p{table.Columns.Count + t}"));
        update.CommandText = $"UPDATE {table.Name} SET {string.Join(", ", set)} WHERE {string.Join(" AND ", where)}";
        foreach (var (column, i) in table.Columns.Concat(tokens).Select((c, i) => (c, i)))
        {
            update.Parameters.Add(column.Mapping.CreateParameter(update, "@p" + i, null, nullable: true));
        }

        return update;
    }
}
