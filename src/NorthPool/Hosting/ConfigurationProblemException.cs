namespace NorthPool.Hosting;

// A setting that stops start-up before the options are validated (read while services are registered); the message
// names the key and what it accepts, and is all an operator sees (StartupFailure).
public sealed class ConfigurationProblemException(string message) : Exception(message);
