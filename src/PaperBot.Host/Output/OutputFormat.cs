namespace PaperBot.Host.Output;

public enum OutputFormat
{
    Text,
    Json,
}
