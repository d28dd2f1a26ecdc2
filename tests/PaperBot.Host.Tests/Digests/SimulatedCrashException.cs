namespace PaperBot.Host.Tests.Digests;

/// <summary>Thrown where the process "dies"; nothing in PaperBot catches it.</summary>
public sealed class SimulatedCrashException(string message) : Exception(message);
