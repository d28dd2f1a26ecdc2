using System.Text.Json;

namespace PaperBot.Discord.Gateway;

/// <summary>The parts of READY's <c>d</c> the client keeps.</summary>
internal sealed record GatewayReadyPayload(string SessionId, string ResumeGatewayUrl, string UserId, string? ApplicationId)
{
    public static GatewayReadyPayload Parse(JsonElement data)
    {
        var applicationId = data.TryGetProperty("application", out var application)
            && application.ValueKind == JsonValueKind.Object
            && application.TryGetProperty("id", out var id)
                ? id.GetString()
                : null;
        return new GatewayReadyPayload(
            data.GetProperty("session_id").GetString() ?? throw new JsonException("READY without session_id"),
            data.GetProperty("resume_gateway_url").GetString() ?? throw new JsonException("READY without resume_gateway_url"),
            data.GetProperty("user").GetProperty("id").GetString() ?? throw new JsonException("READY without user.id"),
            applicationId);
    }
}
