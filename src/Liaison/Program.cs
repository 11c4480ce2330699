using Liaison.Cli;

return await LiaisonCommandLine.Build().Parse(args).InvokeAsync();

/// <summary>Entry point; the command line decides between serving and the other verbs.</summary>
public partial class Program;
