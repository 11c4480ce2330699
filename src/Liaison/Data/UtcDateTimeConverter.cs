using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Liaison.Data;

/// <summary>Every timestamp is UTC; SQLite forgets the kind, PostgreSQL insists on it.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
