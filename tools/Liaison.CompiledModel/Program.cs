using Liaison.CompiledModel;
using Liaison.Data;

// Rewrites src/Liaison/Data/CompiledModels/{Sqlite,Postgres} after a change to the entities or their configuration.
// Run from the repository's root: dotnet run --project tools/Liaison.CompiledModel
var root = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
var models = Path.Combine(root, "src", "Liaison", "Data", "CompiledModels");
if (!Directory.Exists(models))
{
    Console.Error.WriteLine($"No {models}: run this from the repository's root, or give the root as the argument.");
    return 1;
}

foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
{
    var directory = Path.Combine(models, CompiledModelWriter.Folder(provider));
    // Each folder holds generated files only; an entity type that is gone must not leave its file behind.
    if (Directory.Exists(directory))
    {
        Directory.Delete(directory, recursive: true);
    }

    var written = CompiledModelWriter.Write(provider, directory);
    Console.WriteLine($"{provider}: {written.Count} files in {Path.GetRelativePath(root, directory)}");
}

return 0;
