// The assembly is named "liaison" but its namespaces start with "Liaison"; resources follow the namespaces.
[assembly: Microsoft.Extensions.Localization.RootNamespace("Liaison")]

namespace Liaison;

/// <summary>Marker for the shared UI strings: English text is the key, <c>Resources/SharedResource.zh-Hans.resx</c> translates it.</summary>
public sealed class SharedResource;
