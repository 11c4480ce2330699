using System.Runtime.InteropServices;

namespace Liaison.Bench.Report;

public sealed record MachineInfo(int Cores, string Cpu, double RamGb, string Os, string DotNet)
{
    public static MachineInfo Read()
    {
        static string? Field(string file, string prefix) => File.Exists(file)
            ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;

        var cpu = Field("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memKb = Field("/proc/meminfo", "MemTotal")?.Split(' ')[0];
        var ram = double.TryParse(memKb, System.Globalization.CultureInfo.InvariantCulture, out var kb) ? kb / 1024 / 1024 : 0;
        return new MachineInfo(Environment.ProcessorCount, cpu, Math.Round(ram, 1), RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription);
    }
}
