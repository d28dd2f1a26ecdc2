namespace PaperBot.Discord.Gateway;

internal static class GatewayUrls
{
    /// <summary>Without <c>v=</c> Discord routes to the deprecated v6; without <c>encoding=json</c> frames may not be JSON.</summary>
    public const string Query = "v=10&encoding=json";

    public static Uri WithQuery(string url)
    {
        var builder = new UriBuilder(url) { Query = Query };
        return builder.Uri;
    }
}
