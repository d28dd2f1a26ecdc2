using System.Text;

namespace PaperBot.Host.Tests.Terminal;

/// <summary>A string writer the chat and the digest delivery write to while the test reads it.</summary>
public sealed class SharedStringWriter : StringWriter
{
    private readonly Lock gate = new();

    public override void Write(char value)
    {
        lock (gate)
            base.Write(value);
    }

    public override void Write(string? value)
    {
        lock (gate)
            base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (gate)
            base.Write(buffer, index, count);
    }

    public override string ToString()
    {
        lock (gate)
            return base.ToString();
    }

    public override Encoding Encoding => Encoding.UTF8;
}
