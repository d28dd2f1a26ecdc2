using System.Diagnostics.Metrics;
using PaperBot.Core.Monitoring;

namespace PaperBot.TestKit;

/// <summary>The instruments for code a test builds by hand, outside a container.</summary>
public static class TestMetrics
{
    public static PaperBotMetrics Create(TimeProvider? time = null) => new(new PlainMeterFactory(), time ?? TimeProvider.System);

    private sealed class PlainMeterFactory : IMeterFactory
    {
        public Meter Create(MeterOptions options) => new(options);

        public void Dispose()
        {
        }
    }
}
